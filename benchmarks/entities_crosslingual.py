"""Cross-lingual agreement of entity ids on the parallel abstracts (``corpus/abstracts``).

For each ``<PMID>_ru.txt`` / ``<PMID>_en.txt`` pair: the Jaccard index of the sets of
entity ids found in the Russian and in the English abstract, the pair parsed as one article
(``sn.parse(ru, en)``: what users get, cross-lingual projection included); with
``--extractor-only`` each half goes through the extractor alone.

Empty pairs (no entity of our types on either side) have an undefined Jaccard; they are
reported separately and *excluded* from the main mean (``mean_jaccard``); the mean with
empty∩empty counted as 1.0 is given too (``mean_jaccard_empty_as_1``).  Both are given
for all ids and for specific (non-generic) ids only.

Usage::

    PYTHONPATH=src /work/venv/bin/python benchmarks/entities_crosslingual.py \
        [--dir corpus/abstracts] [--out benchmarks/results/entities_crosslingual.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from secretome_nlp.entities import EntityExtractor  # noqa: E402
from secretome_nlp.entities.extract import simple_sentences  # noqa: E402


def ids_of(ex: EntityExtractor, text: str, lang: str, specific_only: bool) -> dict[str, list[str]]:
    """Entity id → surface forms found in ``text``."""
    res = ex.extract([text], simple_sentences(text, lang))
    return {e.id: sorted({m.text for m in e.mentions}) for e in res.entities if not (specific_only and e.generic)}


PIPELINE = True
_PARSED: dict = {}


def ids_of_pair(ru: Path, en: Path, specific_only: bool) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Entity id → surface forms in each half of a pair parsed as one article (the pipeline:
    sections, alignment, extraction and the cross-lingual projection)."""
    import secretome_nlp as sn

    key = (str(ru), str(en))
    if key not in _PARSED:
        _PARSED[key] = sn.parse(str(ru), str(en), allow_truncated=True)
    article = _PARSED[key]
    sides: list[dict[str, list[str]]] = [{}, {}]
    for ent in article.entities:
        if specific_only and ent.generic:
            continue
        for m in ent.mentions:
            side = 0 if "_ru" in (article.sources[m.source].path or "") else 1
            sides[side].setdefault(ent.id, [])
            if m.text not in sides[side][ent.id]:
                sides[side][ent.id].append(m.text)
    return sides[0], sides[1]


def jaccard(a: set[str], b: set[str]) -> float | None:
    """|a∩b| / |a∪b|, or ``None`` when both are empty."""
    if not a and not b:
        return None
    return len(a & b) / len(a | b)


def run(root: Path, specific_only: bool, ex: EntityExtractor) -> dict:
    """Per-pair Jaccard, means and the five worst pairs."""
    pairs = []
    for ru in sorted(root.glob("*_ru.txt")):
        en = ru.with_name(ru.name.replace("_ru.txt", "_en.txt"))
        if not en.exists():
            continue
        if PIPELINE:
            r, e = ids_of_pair(ru, en, specific_only)
        else:
            r = ids_of(ex, ru.read_text(encoding="utf-8"), "ru", specific_only)
            e = ids_of(ex, en.read_text(encoding="utf-8"), "en", specific_only)
        j = jaccard(set(r), set(e))
        pairs.append({"pmid": ru.name.split("_")[0], "jaccard": j,
                      "ru_only": {k: r[k] for k in sorted(set(r) - set(e))},
                      "en_only": {k: e[k] for k in sorted(set(e) - set(r))},
                      "both": sorted(set(r) & set(e))})
    scored = [p for p in pairs if p["jaccard"] is not None]
    mean = sum(p["jaccard"] for p in scored) / len(scored) if scored else None
    mean1 = sum(p["jaccard"] if p["jaccard"] is not None else 1.0 for p in pairs) / len(pairs) if pairs else None
    worst = sorted(scored, key=lambda p: (p["jaccard"], p["pmid"]))[:5]
    return {"pairs": len(pairs), "non_empty_pairs": len(scored), "empty_pairs": len(pairs) - len(scored),
            "mean_jaccard": round(mean, 4) if mean is not None else None,
            "mean_jaccard_empty_as_1": round(mean1, 4) if mean1 is not None else None,
            "worst5": worst, "all": pairs}


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT / "corpus/abstracts")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/entities_crosslingual.json")
    ap.add_argument("--extractor-only", action="store_true",
                    help="each half through the extractor alone (no sections, alignment or projection)")
    args = ap.parse_args()
    global PIPELINE
    PIPELINE = not args.extractor_only
    ex = EntityExtractor()
    out = {"all_ids": run(args.dir, False, ex), "specific_ids": run(args.dir, True, ex)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    for k, v in out.items():
        print(f"{k}: pairs={v['pairs']} non-empty={v['non_empty_pairs']} mean={v['mean_jaccard']} "
              f"mean(empty=1)={v['mean_jaccard_empty_as_1']}")
        for w in v["worst5"]:
            print(f"   {w['pmid']} J={w['jaccard']:.3f} ru_only={w['ru_only']} en_only={w['en_only']}")


if __name__ == "__main__":
    main()
