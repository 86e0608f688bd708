"""Section pairing precision and recall over re-laid (fuzzed) parallel texts.

Every one of the 104 parallel abstracts in ``corpus/abstracts`` and the seed article is
re-laid by each named transform of ``tests/support/relayout.py`` alone and by random
combinations of them (fixed seed), then parsed. Expected pairs: for the abstracts, the
hand-checked gold heading pairs (``benchmarks/data/abstract_pairs_gold.tsv``); for the
seed, the pairs of its original layout (checked by ``tests/test_structure.py``). A
predicted pair is right when its Russian and English headings are the expected ones,
wherever the transform moved them; pairs of sections without a heading (titles, author
lists) are not counted, as in ``section_pairing.py``.

Also reported: how much of the sentence alignment survives the re-layout (link F1 between
the alignment of the original and of the re-laid text, sentences compared by their
letters and digits, so that line breaks, hyphens and markup do not count; a heading that
ends up inside a sentence does).

    python benchmarks/section_pairing_fuzzed.py [--combinations 3] [--seed 2026]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import secretome_nlp as sn  # noqa: E402
from support.relayout import (CASE_TRANSFORMS, TRANSFORMS, Case, abstract_cases, apply_case,  # noqa: E402
                              pairs_by_key, random_combination, seed_case)

SEED = ROOT / "corpus" / "eremin-2025-cellular-secretome-review.txt"


def _letters(text: str) -> str:
    """A sentence reduced to its letters and digits (line breaks, hyphens and markup do not count)."""
    return "".join(c for c in text.lower() if c.isalnum())


def sentence_links(article) -> set[tuple[str, str]]:
    """Aligned (Russian sentence, English sentence) links, each sentence by its letters."""
    links = set()
    for p in article.pairs:
        for g in p.sentences:
            ru = [_letters(article.sources[article.section(p.ru).source].text[a:b]) for a, b in g.ru]
            en = [_letters(article.sources[article.section(p.en).source].text[a:b]) for a, b in g.en]
            links.update((r, e) for r in ru for e in en)
    return links


def run_case(case: Case, names: list[str]) -> tuple[set, set, set]:
    """(predicted pairs, expected pairs, sentence links) of one case re-laid by ``names``."""
    texts, spans = apply_case(case, names)
    article = sn.parse(*texts, lemmas=False, entities=False, references=False)
    predicted = {p for p in pairs_by_key(article, spans)
                 if not p[0].startswith("id:") and not p[1].startswith("id:")}
    return predicted, set(case.expected), sentence_links(article)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--combinations", type=int, default=3, help="random combinations per text")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--only", help="run one transform only (debugging)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seed_text = SEED.read_text(encoding="utf-8")
    original = sn.parse(seed_text, lemmas=False, entities=False, references=False)
    cases = abstract_cases(ROOT) + [seed_case(seed_text, original.sections, original.pairs)]
    layouts = [[name] for name in [*TRANSFORMS, *sorted(CASE_TRANSFORMS)]] if not args.only else [[args.only]]
    per_layout: dict[str, Counter] = {}
    total: Counter = Counter()
    misses = []
    started = time.perf_counter()
    parses = 0
    for case in cases:
        original_links: set = set()
        plans = [["original"]] + layouts + ([random_combination(rng) for _ in range(args.combinations)]
                                            if not args.only else [])
        for names in plans:
            steps = [n for n in names if n != "original"]
            predicted, expected, links = run_case(case, steps)
            parses += 1
            if not steps:
                original_links = links
            for counter in (per_layout.setdefault("+".join(names) if len(names) == 1 else "random combination",
                                                  Counter()), total):
                counter["links_original"] += len(original_links)
                counter["links_fuzzed"] += len(links)
                counter["links_same"] += len(links & original_links)
            label = "+".join(names) if len(names) == 1 or names == ["original"] else "random combination"
            c = per_layout.setdefault(label, Counter())
            for counter in (c, total):
                counter["expected"] += len(expected)
                counter["predicted"] += len(predicted)
                counter["correct"] += len(expected & predicted)
            if predicted != expected and len(misses) < 60:
                misses.append({"text": case.name, "layout": names,
                               "missed": sorted(expected - predicted), "wrong": sorted(predicted - expected)})
    elapsed = time.perf_counter() - started

    def pr(c: Counter) -> dict:
        same = 2 * c["links_same"] / (c["links_original"] + c["links_fuzzed"]) if c["links_original"] else 0.0
        return {"expected": c["expected"], "predicted": c["predicted"], "correct": c["correct"],
                "precision": round(c["correct"] / c["predicted"], 4) if c["predicted"] else 0.0,
                "recall": round(c["correct"] / c["expected"], 4) if c["expected"] else 0.0,
                "alignment_agreement_f1": round(same, 4)}

    result = {"texts": len(cases), "parses": parses, "seconds": round(elapsed, 1), "seed": args.seed,
              "combinations_per_text": args.combinations, "overall": pr(total),
              "per_layout": {k: pr(v) for k, v in sorted(per_layout.items())}, "first_misses": misses}
    if not args.only:
        (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
        (ROOT / "benchmarks" / "results" / "section_pairing_fuzzed.json").write_text(
            json.dumps(result, indent=2, ensure_ascii=False))
    o = result["overall"]
    print(f"{len(cases)} texts, {parses} parses: precision {o['precision']:.4f}  recall {o['recall']:.4f}"
          f"  ({o['correct']}/{o['predicted']} predicted, {o['correct']}/{o['expected']} expected; {elapsed:.0f} s)")
    print(f"sentence alignment agreement with the original layout (link F1): {o['alignment_agreement_f1']:.4f}")
    for k, v in result["per_layout"].items():
        print(f"  {k:28s} P {v['precision']:.3f}  R {v['recall']:.3f}  alignment {v['alignment_agreement_f1']:.3f}"
              f"  ({v['expected']} expected)")
    for m in misses[:15]:
        print("miss", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
