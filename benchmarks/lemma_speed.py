"""Throughput of ``lemmatize_text`` on the Russian corpus against raw pymorphy3.

    python benchmarks/lemma_speed.py [--repeat N]

Text: ``corpus/eremin-2025-cellular-secretome-review.txt`` and
``corpus/abstracts/*_ru.txt``. Single process. The lemmatiser's one-off
loading (dictionaries, lexicon, weights) is done before timing, as in a
long-running process; pymorphy3's ``MorphAnalyzer().parse`` is timed on the
same word tokens. Writes ``benchmarks/results/lemma_speed.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from secretome_nlp.morphology import lemmatize_text, tokenize  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "lemma_speed.json"


def corpus_texts() -> list[str]:
    files = [ROOT / "corpus" / "eremin-2025-cellular-secretome-review.txt"]
    files += sorted((ROOT / "corpus" / "abstracts").glob("*_ru.txt"))
    return [f.read_text(encoding="utf-8") for f in files if f.is_file()]


def clear_caches() -> None:
    """Empty the per-form caches (the loaded dictionaries and weights stay)."""
    from secretome_nlp.morphology import analyzer, candidates, english, readings
    from secretome_nlp.morphology.disambiguator import default_disambiguator

    for fn in (analyzer.parses, analyzer.is_dictionary_word, candidates.pymorphy_candidates, readings.token_candidates,
               candidates._tag_fields, english.lemmatize_english_word):
        fn.cache_clear()
    default_disambiguator()._static.clear()
    default_disambiguator()._reading.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (best one is reported)")
    args = parser.parse_args()
    texts = corpus_texts()
    words = [t[a:b] for t in texts for a, b in tokenize(t)]
    n_tokens = len(words)

    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    lemmatize_text("Клеточный секретом содержит цитокины.")  # one-off loading, not timed

    def best(fn) -> float:
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    raw = best(lambda: [morph.parse(w) for w in words])
    clear_caches()
    t0 = time.perf_counter()
    for t in texts:
        lemmatize_text(t)
    cold = time.perf_counter() - t0
    ours = best(lambda: [lemmatize_text(t) for t in texts])
    result = {
        "files": len(texts),
        "tokens": n_tokens,
        "pymorphy3_parse_tokens_per_s": round(n_tokens / raw),
        "lemmatize_text_tokens_per_s": round(n_tokens / ours),
        "lemmatize_text_first_pass_empty_caches_tokens_per_s": round(n_tokens / cold),
        "note": "lemmatize_text includes tokenisation (razdel) and disambiguation; best of --repeat passes "
                "with warm per-form caches, as in a long-running process; the first pass starts from empty caches",
    }
    print(f"{n_tokens} tokens in {len(texts)} files")
    print(f"{'pymorphy3 MorphAnalyzer().parse':40s} {result['pymorphy3_parse_tokens_per_s']:>10d} tokens/s")
    print(f"{'secretome_nlp lemmatize_text':40s} {result['lemmatize_text_tokens_per_s']:>10d} tokens/s")
    print(f"{'  (first pass, empty caches)':40s} {result['lemmatize_text_first_pass_empty_caches_tokens_per_s']:>10d} tokens/s")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
