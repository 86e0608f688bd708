"""Time of entity extraction relative to parsing the corpus (target: ≤ 30 % overhead).

For the seed review and every parallel abstract pair in ``corpus/``:

* ``parse_s``: ``secretome_nlp.pipeline.parse(..., entities=False)`` (the parse without us);
* ``extract_s``: :meth:`EntityExtractor.extract` over the same article's sentences.

Overhead = ``extract_s / parse_s``.  The extractor (tries, lexicon) is built once before
timing, as the pipeline does; its build time is reported separately.  Falls back to
razdel sentences + morphology lemmatisation as the "parse" if the pipeline is missing.

Usage::

    PYTHONPATH=src /work/venv/bin/python benchmarks/entities_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from secretome_nlp.entities import EntityExtractor  # noqa: E402
from secretome_nlp.entities.extract import simple_sentences  # noqa: E402


def jobs() -> list[tuple[str, ...]]:
    """Inputs of the corpus: the seed file, then each abstract pair (ru, en)."""
    out: list[tuple[str, ...]] = [(str(ROOT / "corpus/eremin-2025-cellular-secretome-review.txt"),)]
    for ru in sorted((ROOT / "corpus/abstracts").glob("*_ru.txt")):
        en = ru.with_name(ru.name.replace("_ru", "_en"))
        if en.exists():
            out.append((str(ru), str(en)))
    return out


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/entities_speed.json")
    args = ap.parse_args()

    t0 = time.perf_counter()
    ex = EntityExtractor()
    build_s = time.perf_counter() - t0

    try:
        from secretome_nlp.pipeline import parse
    except Exception:  # pragma: no cover - pipeline not available
        parse = None

    parse_s = extract_s = first_s = 0.0
    n_sent = n_docs = failed = 0
    for job in jobs():
        texts: list[str]
        if parse is not None:
            try:
                best = float("inf")
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    art = parse(*job, entities=False)
                    best = min(best, time.perf_counter() - t)
                texts = [s.text for s in art.sources]
                sents = list(art.sentences)
            except Exception:
                failed += 1
                continue
        else:
            texts = [Path(p).read_text(encoding="utf-8") for p in job]
            best = float("inf")
            for _ in range(args.repeat):
                t = time.perf_counter()
                sents = [s for i, txt in enumerate(texts) for s in simple_sentences(txt, None, i)]
                from secretome_nlp.morphology import lemmatize_text
                for txt in texts:
                    lemmatize_text(txt)
                best = min(best, time.perf_counter() - t)
        parse_s += best
        ebest = float("inf")
        for i in range(args.repeat):
            t = time.perf_counter()
            ex.extract(texts, sents)
            dt = time.perf_counter() - t
            if i == 0:
                first_s += dt  # cold: includes lemmatising words not seen before
            ebest = min(ebest, dt)
        extract_s += ebest
        n_sent += len(sents)
        n_docs += 1
    out = {
        "documents": n_docs, "failed_parses": failed, "sentences": n_sent,
        "baseline": "pipeline.parse(entities=False)" if parse is not None else "razdel + lemmatize_text",
        "parse_seconds": round(parse_s, 4), "extract_seconds": round(extract_s, 4),
        "overhead": round(extract_s / parse_s, 4) if parse_s else None,
        "extract_first_run_seconds": round(first_s, 4),
        "overhead_first_run": round(first_s / parse_s, 4) if parse_s else None,
        "sentences_per_second": round(n_sent / extract_s, 1) if extract_s else None,
        "extractor_build_seconds": round(build_s, 3), "repeat(best of)": args.repeat,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1), encoding="utf-8")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
