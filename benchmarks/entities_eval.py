"""Entity extraction scored against gold that the library never chose, labelled or filtered.

Usage (from the repository root, after ``pip install '.[test,bench]'``)::

    python benchmarks/entities_eval.py --split tune        # development figures (tuning half)
    python benchmarks/entities_eval.py --split sealed      # the sealed half: run ONCE, at the end
    python benchmarks/entities_eval.py --blind             # the blind hand gold (10 parallel abstracts)
    python benchmarks/entities_eval.py --dev               # the seed gold (a development set)

Gold sets
---------
* **NEREL-BIO train** (``../shared/data/nerel-bio-train``, 509 Russian abstracts annotated by
  others).  Split by document with a fixed rule decided before any result was seen:
  ``int(sha256(pmid).hexdigest(), 16) % 2 == 0`` → tuning half, else sealed half.  Scope is
  decided without the library by ``benchmarks/data/nerel_scope/spans.tsv``: every distinct
  CHEM/GENE/ANATOMY ``(type, text)`` of the 509 documents with a decision (in scope: class,
  canonical id, specific; out of scope: a reason), written by an annotator from
  ``benchmarks/data/nerel_scope/guideline.md`` who never saw the library's output.
* **Blind hand gold** (``benchmarks/data/entities_blind_gold/mentions.tsv``): every mention in
  10 parallel abstracts (RU and EN), annotated from its guideline by an annotator who never
  saw the library's output; the abstracts were chosen by a fixed rule (``selection.md``).
* The **seed gold** was used to build the lexicon in #4: its figure is a development figure.
  NEREL-BIO dev (also used in #4) is not scored: the scope table covers the train documents.

Scoring
-------
Specific mentions with a canonical id only (gold ``specific == 1`` and a non-empty id; the
library's non-generic, resolved mentions).  A prediction is correct when ``(start, end,
id)`` equals a gold mention's (strict).  Discontinuous brat spans are scored at their first
fragment.  Recall is per gold class, precision per predicted class.  A smaller lexicon can
only lower recall: the gold does not depend on it.  Misses and false positives are grouped
by cause (no candidate at all, wrong id, boundary, out-of-scope span, unannotated text).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import secretome_nlp as sn  # noqa: E402
import secretome_nlp.records.article  # noqa: E402,F401

SHARED = ROOT.parent / "shared" / "data"
SCOPE = ROOT / "benchmarks/data/nerel_scope/spans.tsv"
BLIND = ROOT / "benchmarks/data/entities_blind_gold/mentions.tsv"
SEED = ROOT / "corpus/eremin-2025-cellular-secretome-review.txt"
SEED_GOLD = ROOT / "tests/data/entities/seed_gold.tsv"
NEREL_TYPES = ("CHEM", "GENE", "ANATOMY")

Gold = dict[tuple[str, int, int], tuple[str, str]]  # (doc, start, end) -> (id, class)


def half_of(pmid: str) -> str:
    """The fixed split rule: ``tune`` or ``sealed``."""
    return "tune" if int(hashlib.sha256(pmid.encode()).hexdigest(), 16) % 2 == 0 else "sealed"


def read_scope() -> dict[tuple[str, str], dict[str, str]]:
    """``(nerel type, text)`` → the scope decision row."""
    with SCOPE.open(encoding="utf-8") as fh:
        return {(r["nerel_type"], r["text"]): r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}


def brat_spans(ann: Path) -> list[tuple[str, int, int, str]]:
    """``(type, start, end, text)`` of CHEM/GENE/ANATOMY T-lines (first fragment's offsets)."""
    out = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, info, text = line.split("\t", 2)
        typ, rest = info.split(" ", 1)
        if typ not in NEREL_TYPES:
            continue
        first = rest.split(";")[0].split()
        start, end = int(first[0]), int(first[1])
        # The library keeps an immunophenotype sign as the mention's polarity, not in its
        # text: a gold "CD4+" is scored as "CD4".
        if typ in ("GENE", "CHEM", "ANATOMY") and text[-1:] in "+−-" and text[:2] == "CD":
            end -= 1
        out.append((typ, start, end, text))
    return out


def nerel_gold(folder: Path, docs: list[str], scope: dict) -> tuple[Gold, dict, dict]:
    """In-scope specific gold, out-of-scope spans (with reasons), and all annotated spans."""
    gold: Gold = {}
    out_of_scope: dict[tuple[str, int, int], str] = {}
    annotated: dict[tuple[str, int, int], str] = {}
    for doc in docs:
        for typ, s, e, text in brat_spans(folder / f"{doc}_ru.ann"):
            row = scope.get((typ, text))
            annotated[(doc, s, e)] = typ
            if row is None:
                continue
            if row["in_scope"] == "1" and row["specific"] == "1" and row["id"]:
                gold[(doc, s, e)] = (row["id"], row["class"])
            elif row["in_scope"] == "0":
                out_of_scope[(doc, s, e)] = row["reason"]
    return gold, out_of_scope, annotated


def predictions(article: Any, doc: str, lang_of_source: dict[int, str] | None = None) -> dict:
    """``(doc[, lang], start, end)`` → (id, class) for specific resolved mentions."""
    out = {}
    for ent in article.entities:
        if ent.generic or not ent.resolved:
            continue
        for m in ent.mentions:
            key = (doc, m.start, m.end) if lang_of_source is None else (f"{doc}_{lang_of_source[m.source]}", m.start, m.end)
            out[key] = (ent.id, ent.label)
    return out


def score(gold: Gold, pred: dict, out_of_scope: dict, annotated: dict) -> dict:
    """P/R/F1 overall, recall per gold class, precision per predicted class, causes."""
    tp = {k for k, v in pred.items() if gold.get(k, (None,))[0] == v[0]}
    by_doc_gold = defaultdict(list)
    for (doc, s, e), v in gold.items():
        by_doc_gold[doc].append((s, e, v))
    recall_cls: dict[str, Counter] = defaultdict(Counter)
    miss_causes: Counter = Counter()
    misses = []
    for k, (gid, gcls) in gold.items():
        recall_cls[gcls]["gold"] += 1
        if k in tp:
            recall_cls[gcls]["tp"] += 1
            continue
        doc, s, e = k
        same_span = pred.get(k)
        overlapping = [(ps, pe, v) for (pd, ps, pe), v in pred.items() if pd == doc and ps < e and s < pe]
        if same_span is not None:
            cause = "wrong id"
        elif any(v[0] == gid for _, _, v in overlapping):
            cause = "boundary"
        elif overlapping:
            cause = "overlapping mention of another id"
        else:
            cause = "no candidate"
        miss_causes[cause] += 1
        misses.append({"doc": doc, "start": s, "end": e, "id": gid, "class": gcls, "cause": cause,
                       "predicted": same_span[0] if same_span else None})
    prec_cls: dict[str, Counter] = defaultdict(Counter)
    fp_causes: Counter = Counter()
    fps = []
    for k, (pid, pcls) in pred.items():
        prec_cls[pcls]["pred"] += 1
        if k in tp:
            prec_cls[pcls]["tp"] += 1
            continue
        doc, s, e = k
        if k in gold:
            cause = "wrong id"
        elif k in out_of_scope:
            cause = f"out of scope: {out_of_scope[k]}"
        elif any(d == doc and gs < e and s < ge for (d, gs, ge) in gold):
            cause = "boundary / nested"
        elif k in annotated:
            cause = "annotated span without a decision"
        elif any(d == doc and gs < e and s < ge for (d, gs, ge) in annotated):
            cause = "overlaps an annotated span"
        else:
            cause = "text not annotated"
        fp_causes[cause.split(":")[0] if cause.startswith("out of scope") else cause] += 1
        fps.append({"doc": doc, "start": s, "end": e, "id": pid, "class": pcls, "cause": cause})
    lenient = _lenient(gold, pred)
    n_tp, n_gold, n_pred = len(tp), len(gold), len(pred)
    p = n_tp / n_pred if n_pred else 0.0
    r = n_tp / n_gold if n_gold else 0.0
    return {
        "gold": n_gold, "predicted": n_pred, "tp": n_tp, "precision": round(p, 4), "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "recall_by_gold_class": {c: {"gold": v["gold"], "recall": round(v["tp"] / v["gold"], 4)}
                                 for c, v in sorted(recall_cls.items())},
        "precision_by_predicted_class": {c: {"predicted": v["pred"], "precision": round(v["tp"] / v["pred"], 4)}
                                         for c, v in sorted(prec_cls.items())},
        "lenient": lenient,
        "miss_causes": dict(miss_causes.most_common()), "false_positive_causes": dict(fp_causes.most_common()),
        "misses": misses, "false_positives": fps,
    }


def _lenient(gold: Gold, pred: dict) -> dict:
    """Overlap scoring: a gold mention is found when a prediction with the same id overlaps it
    (annotation styles differ on modifiers: «аллогенных гемопоэтических стволовых клеток»);
    each prediction and each gold mention is matched at most once."""
    by_doc: dict[str, list] = defaultdict(list)
    for (doc, s, e), (pid, _) in pred.items():
        by_doc[doc].append([s, e, pid, False])
    found = 0
    for (doc, s, e), (gid, _) in sorted(gold.items()):
        for item in by_doc.get(doc, ()):
            if not item[3] and item[2] == gid and item[0] < e and s < item[1]:
                item[3] = True
                found += 1
                break
    p = found / len(pred) if pred else 0.0
    r = found / len(gold) if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _with_text(result: dict, texts: dict[str, str]) -> dict:
    for item in result["misses"] + result["false_positives"]:
        item["text"] = texts[item["doc"]][item["start"]:item["end"]]
    return result


class _TextArticle:
    """Entities of a plain text through ``extract_from_text`` (``--simple``: isolates the
    extractor from section and sentence detection)."""

    def __init__(self, path: Path) -> None:
        from secretome_nlp.entities import extract_from_text

        text = path.read_text(encoding="utf-8")
        self.sources = [sn.records.article.Source(str(path), "", "utf-8", text)]
        self.entities = extract_from_text(text).entities


def run_nerel(split: str, simple: bool = False) -> dict:
    """Score one half of NEREL-BIO train; ``simple`` runs the extractor on plain text alone."""
    scope = read_scope()
    folder = SHARED / "nerel-bio-train"
    docs = [d for d in sorted(p.name[:-7] for p in folder.glob("*_ru.txt")) if half_of(d) == split]
    gold, oos, annotated = nerel_gold(folder, docs, scope)
    pred: dict = {}
    texts = {}
    t0 = time.perf_counter()
    for doc in docs:
        path = folder / f"{doc}_ru.txt"
        article = _TextArticle(path) if simple else sn.parse(str(path), references=False, allow_truncated=True)
        texts[doc] = article.sources[0].text
        pred.update(predictions(article, doc))
    result = _with_text(score(gold, pred, oos, annotated), texts)
    result.update({"documents": len(docs), "seconds": round(time.perf_counter() - t0, 1)})
    return result


def run_blind() -> dict:
    """Score the blind hand gold of 10 parallel abstracts (both languages)."""
    gold: Gold = {}
    docs = set()
    with BLIND.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            docs.add(r["doc"])
            if r["specific"] == "1" and r["id"]:
                gold[(f"{r['doc']}_{r['lang']}", int(r["start"]), int(r["end"]))] = (r["id"], r["class"])
    pred: dict = {}
    texts = {}
    folder = ROOT / "corpus/abstracts"
    for doc in sorted(docs):
        article = sn.parse(str(folder / f"{doc}_ru.txt"), str(folder / f"{doc}_en.txt"), allow_truncated=True)
        langs = {i: ("ru" if "_ru" in (s.path or "") else "en") for i, s in enumerate(article.sources)}
        for i, s in enumerate(article.sources):
            texts[f"{doc}_{langs[i]}"] = s.text
        pred.update(predictions(article, doc, langs))
    annotated = {k: "gold" for k in gold}
    result = _with_text(score(gold, pred, {}, annotated), texts)
    result["documents"] = len(docs)
    return result


def run_seed() -> dict:
    """The seed article's hand gold (development figure: the lexicon was extended after it).

    The gold carries hand-chosen ids and no class, so both sides are grouped by the id's
    vocabulary (HGNC, FamPlex, CL, UBERON, GO, MeSH) rather than by the library's classes.
    """
    article = sn.parse(str(SEED))
    text = article.sources[0].text
    gold: Gold = {}
    lines = set()
    for row in SEED_GOLD.read_text(encoding="utf-8").splitlines()[1:]:
        lang, s, e, surf, eid, vocabulary, gen = row.split("\t")
        lines.add(text.count("\n", 0, int(s)))
        if gen == "0":
            gold[("seed", int(s), int(e))] = (eid, vocabulary)
    pred = {k: (eid, _vocabulary(eid)) for k, (eid, _) in predictions(article, "seed").items()
            if text.count("\n", 0, k[1]) in lines}
    return _with_text(score(gold, pred, {}, {}), {"seed": text})


def _vocabulary(entity_id: str) -> str:
    """The vocabulary an id belongs to, by its prefix (``FPLX:VEGF`` → FamPlex)."""
    prefix = entity_id.split(":")[0]
    return {"MESH": "MeSH", "FPLX": "FamPlex"}.get(prefix, prefix)


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "sealed"), help="NEREL-BIO train half to score")
    ap.add_argument("--blind", action="store_true", help="score the blind hand gold")
    ap.add_argument("--dev", action="store_true", help="the seed gold (a development set)")
    ap.add_argument("--simple", action="store_true", help="NEREL: extractor on plain text, no section/sentence stage")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = []
    if args.split:
        jobs.append((f"entities_nerel_{args.split}", lambda: run_nerel(args.split, args.simple)))
    if args.blind:
        jobs.append(("entities_blind", run_blind))
    if args.dev:
        # NEREL-BIO dev is not scored: the scope table decides the (type, text) pairs of the
        # train documents only, so most dev spans would have no decision.
        jobs.append(("entities_seed_dev", run_seed))
    for name, job in jobs:
        result = job()
        (args.out / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        summary = {k: result[k] for k in ("gold", "predicted", "precision", "recall", "f1")}
        print(name, json.dumps(summary), "lenient:", json.dumps(result["lenient"]))
        for cls, v in result["recall_by_gold_class"].items():
            pv = result["precision_by_predicted_class"].get(cls, {})
            print(f"  {cls:18s} gold {v['gold']:4d} R {v['recall']:.3f}   pred {pv.get('predicted', 0):4d} "
                  f"P {pv.get('precision', 0):.3f}")
        print("  misses:", result["miss_causes"], " false positives:", result["false_positive_causes"])


if __name__ == "__main__":
    main()
