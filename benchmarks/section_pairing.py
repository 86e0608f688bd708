"""Section-kind pairing precision and recall on the 104 parallel abstracts.

Gold: ``benchmarks/data/abstract_pairs_gold.tsv`` (RU heading offset ↔ EN heading offset,
built by ``build_abstract_pairs_gold.py`` and checked by hand). A predicted pair counts
as correct when its Russian and English sections start at the gold headings.

A development figure: the gold's heading rules and the library's vocabulary were both
written from these abstracts. For layouts the corpus does not show, see
``section_pairing_fuzzed.py``.

    python benchmarks/section_pairing.py            # prints figures, writes results/section_pairing.json
"""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import secretome_nlp as sn  # noqa: E402


def main() -> int:
    gold: set[tuple[str, int, int]] = set()
    with open(ROOT / "benchmarks" / "data" / "abstract_pairs_gold.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            gold.add((row["pmid"], int(row["ru_start"]), int(row["en_start"])))
    folder = ROOT / "corpus" / "abstracts"
    predicted: set[tuple[str, int, int]] = set()
    started = time.perf_counter()
    n = 0
    for ru_file in sorted(folder.glob("*_ru.txt")):
        pmid = ru_file.stem[:-3]
        article = sn.parse(ru_file, folder / f"{pmid}_en.txt", lemmas=False, entities=False, references=False)
        n += 1
        for ru, en, pair in article.iter_pairs():
            if pair.kind == "document":
                continue  # a document-level alignment, not a section pair
            if ru.heading_start is None or en.heading_start is None:
                continue  # implicit sections (titles) have no heading to compare
            predicted.add((pmid, ru.heading_start, en.heading_start))
    elapsed = time.perf_counter() - started
    tp = len(gold & predicted)
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(gold) if gold else 0.0
    result = {"figure": "development (gold rules written from the same abstracts)", "articles": n, "gold_pairs": len(gold), "predicted_pairs": len(predicted), "true_positives": tp,
              "precision": round(precision, 4), "recall": round(recall, 4), "seconds": round(elapsed, 2),
              "false_positives": sorted(predicted - gold)[:20], "false_negatives": sorted(gold - predicted)[:20]}
    (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / "results" / "section_pairing.json").write_text(json.dumps(result, indent=2))
    print(f"abstract pairs: {n}; gold {len(gold)}, predicted {len(predicted)}, correct {tp}")
    print(f"precision {precision:.4f}  recall {recall:.4f}  ({elapsed:.1f} s)")
    for label in ("false_positives", "false_negatives"):
        for item in result[label]:
            print(label[:-1], *item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
