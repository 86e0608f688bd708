"""Sentence alignment scored against a hand alignment of parallel abstracts, with two baselines.

Gold (one JSON per abstract, made blind to the library's output):
``{"doc": PMID, "ru": [[start, end], ...], "en": [[start, end], ...],
"links": [[[ru idx, ...], [en idx, ...]], ...]}``, offsets into
``corpus/abstracts/<PMID>_{ru,en}.txt``.

Score: link F1. Gold links are all (Russian sentence, English sentence) pairs inside each
gold group. A predicted group (``article.pairs[*].sentences``, document-level pairs
included) links gold sentences r and e when it covers more than half of r's characters
and more than half of e's. Precision, recall and F1 over the two link sets (micro).

Baselines, computed on the GOLD sentences (so they are spared sentence splitting):
``position`` (k-th Russian ↔ k-th English), ``position_linked`` (the same among the
sentences that have a counterpart, so that an unmatched English title line does not shift
it; this baseline is told which sentences are unmatched) and ``gale_church`` (length-only
Gale & Church 1993 dynamic programme, written here independently of the library).

    python benchmarks/sentence_alignment.py [--gold DIR] [--label held-out|dev]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import secretome_nlp as sn  # noqa: E402

Span = tuple[int, int]
Link = tuple[int, int]


def covered(spans: list[Span], target: Span) -> int:
    """Characters of ``target`` inside ``spans``."""
    return sum(max(0, min(b, target[1]) - max(a, target[0])) for a, b in spans)


def predicted_links(groups: list[tuple[list[Span], list[Span]]], ru: list[Span], en: list[Span]) -> set[Link]:
    links = set()
    for g_ru, g_en in groups:
        rs = [i for i, s in enumerate(ru) if 2 * covered(g_ru, s) > s[1] - s[0]]
        es = [j for j, s in enumerate(en) if 2 * covered(g_en, s) > s[1] - s[0]]
        links.update((i, j) for i in rs for j in es)
    return links


def gold_links(doc: dict) -> set[Link]:
    return {(i, j) for ru_idx, en_idx in doc["links"] for i in ru_idx for j in en_idx}


def position_baseline(n: int, m: int) -> set[Link]:
    return {(k, k) for k in range(min(n, m))}


def position_linked_baseline(doc: dict) -> set[Link]:
    """k-th ↔ k-th among the sentences that have a counterpart at all (the gold's 1-0/0-1,
    such as the English title line, left out): the position baseline without the offset
    that one unmatched title gives it."""
    ru = sorted({i for r, e in doc["links"] if r and e for i in r})
    en = sorted({j for r, e in doc["links"] if r and e for j in e})
    return set(zip(ru, en))


# Gale & Church (1993): priors of the bead types and the length model (c = expected ratio,
# s2 = variance per character); c is the document's own ratio of characters.
_GC_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2,
              (2, 2): 0.011}
_GC_S2 = 6.8


def _gc_cost(l1: int, l2: int, c: float) -> float:
    if l1 == 0 and l2 == 0:
        return 0.0
    mean = (l1 + l2 / c) / 2
    delta = (l2 - l1 * c) / math.sqrt(mean * _GC_S2 * c) if mean else 0.0
    p = 2 * (1 - 0.5 * (1 + math.erf(abs(delta) / math.sqrt(2))))
    return -math.log(max(p, 1e-12))


def gale_church(ru_lens: list[int], en_lens: list[int]) -> set[Link]:
    n, m = len(ru_lens), len(en_lens)
    c = (sum(en_lens) / sum(ru_lens)) if sum(ru_lens) else 1.0
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == inf:
                continue
            for (di, dj), prior in _GC_PRIORS.items():
                if i + di > n or j + dj > m:
                    continue
                x = cost[i][j] - math.log(prior) + _gc_cost(sum(ru_lens[i:i + di]), sum(en_lens[j:j + dj]), c)
                if x < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = x
                    back[i + di][j + dj] = (di, dj)
    links: set[Link] = set()
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj = step
        links.update((a, b) for a in range(i - di, i) for b in range(j - dj, j))
        i, j = i - di, j - dj
    return links


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "true_positives": tp,
            "predicted_links": n_pred, "gold_links": n_gold}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "data" / "alignment_gold")
    parser.add_argument("--abstracts", type=Path, default=ROOT / "corpus" / "abstracts")
    parser.add_argument("--label", default="held-out", help="held-out (first run) or dev (after changes)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "sentence_alignment.json")
    args = parser.parse_args()
    files = sorted(args.gold.glob("*.json"))
    if not files:
        print(f"no gold files in {args.gold}", file=sys.stderr)
        return 1
    totals = {name: [0, 0, 0] for name in ("library", "position", "position_linked", "gale_church")}
    per_doc = []
    parse_seconds = 0.0
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        pmid = str(doc["doc"])
        ru = [tuple(s) for s in doc["ru"]]
        en = [tuple(s) for s in doc["en"]]
        gold = gold_links(doc)
        started = time.perf_counter()
        article = sn.parse(args.abstracts / f"{pmid}_ru.txt", args.abstracts / f"{pmid}_en.txt",
                           lemmas=False, entities=False, references=False)
        parse_seconds += time.perf_counter() - started
        assert article.sources[0].path.endswith("_ru.txt")
        groups = [([tuple(s) for s in g.ru], [tuple(s) for s in g.en]) for p in article.pairs for g in p.sentences]
        predictions = {
            "library": predicted_links(groups, ru, en),
            "position": position_baseline(len(ru), len(en)),
            "position_linked": position_linked_baseline(doc),
            "gale_church": gale_church([b - a for a, b in ru], [b - a for a, b in en]),
        }
        row = {"doc": pmid, "gold_links": len(gold)}
        for name, links in predictions.items():
            tp = len(links & gold)
            for k, v in enumerate((tp, len(links), len(gold))):
                totals[name][k] += v
            row[name] = prf(tp, len(links), len(gold))["f1"]
        row["pair_kinds"] = [p.kind for p in article.pairs]
        per_doc.append(row)
    result = {
        "label": args.label,
        "gold_dir": str(args.gold.relative_to(ROOT) if args.gold.is_relative_to(ROOT) else args.gold),
        "documents": len(files),
        **{name: prf(*totals[name]) for name in totals},
        "parse_seconds": round(parse_seconds, 2),
        "per_document": per_doc,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"{len(files)} abstracts ({args.label}), {totals['library'][2]} gold links")
    for name in totals:
        r = result[name]
        print(f"  {name:12s} P {r['precision']:.4f}  R {r['recall']:.4f}  F1 {r['f1']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
