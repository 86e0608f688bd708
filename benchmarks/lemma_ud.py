"""Lemma accuracy on UD Russian GSD dev, ours against baselines, gold tokenisation.

    python benchmarks/lemma_ud.py [--conllu PATH] [--no-natasha]

Metric: share of non-punctuation words (gold UPOS != PUNCT) whose predicted
lemma equals the gold lemma after lower-casing and ё → е. Each system sees the
gold words of one sentence at a time. Baselines measured in the same run:

* pymorphy3 first parse (``MorphAnalyzer().parse(w)[0].normal_form``);
* spaCy ``blank("ru")`` with spaCy's ``Lemmatizer`` in ``pymorphy3`` mode
  (no tagger in the pipeline, as the component is normally added);
* Natasha (slovnet morphology tagger + ``MorphVocab.lemmatize``), if installed.

Writes ``benchmarks/results/lemma_ud.json``. GSD dev is evaluation data only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from secretome_nlp.morphology import lemmatize  # noqa: E402
from secretome_nlp.morphology.conllu import read_conllu  # noqa: E402

DEFAULT_CONLLU = ROOT.parent / "shared" / "data" / "ud-russian-gsd" / "ru_gsd-ud-dev.conllu"
RESULTS = ROOT / "benchmarks" / "results" / "lemma_ud.json"


def norm(s: str) -> str:
    return s.lower().replace("ё", "е")


def pymorphy_first(sentences):
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    return [[morph.parse(w)[0].normal_form for w in words] for words in sentences]


def spacy_pymorphy3(sentences):
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("ru")
    nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
    nlp.initialize()
    out = []
    for words in sentences:
        doc = nlp(Doc(nlp.vocab, words=words))
        out.append([t.lemma_ for t in doc])
    return out


def natasha(sentences):
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger

    tagger = NewsMorphTagger(NewsEmbedding())
    vocab = MorphVocab()
    out = []
    for words, markup in zip(sentences, tagger.map(sentences)):
        lemmas = []
        for tok in markup.tokens:
            try:
                lemmas.append(vocab.lemmatize(tok.text, tok.pos, tok.feats))
            except Exception:  # natasha raises on some unknown POS/feats combos
                lemmas.append(tok.text.lower())
        out.append(lemmas)
    return out


def ours(sentences):
    return [lemmatize(words, "ru") for words in sentences]


def score(gold, predicted):
    total = correct = 0
    errors: Counter = Counter()
    by_pos: Counter = Counter()
    for sent, pred in zip(gold, predicted):
        for word, lemma in zip(sent, pred):
            if word.upos == "PUNCT":
                continue
            total += 1
            if norm(lemma) == norm(word.lemma):
                correct += 1
            else:
                errors[(word.upos, word.form, word.lemma, lemma)] += 1
                by_pos[word.upos] += 1
    return correct / total, total, errors, by_pos


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conllu", type=Path, default=DEFAULT_CONLLU)
    parser.add_argument("--no-natasha", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="print this many of our most frequent errors")
    args = parser.parse_args()
    if not args.conllu.is_file():
        print(f"evaluation data not found: {args.conllu}", file=sys.stderr)
        return 2
    gold = list(read_conllu(args.conllu))
    sentences = [[w.form for w in s] for s in gold]
    systems = {
        "pymorphy3 first parse": pymorphy_first,
        "spaCy blank ru + Lemmatizer(mode=pymorphy3)": spacy_pymorphy3,
        "natasha (slovnet morph + MorphVocab)": None if args.no_natasha else natasha,
        "secretome_nlp.morphology.lemmatize": ours,
    }
    results = {}
    for name, system in systems.items():
        if system is None:
            results[name] = {"status": "skipped (--no-natasha)"}
            continue
        t0 = time.perf_counter()
        try:
            predicted = system(sentences)
        except Exception as exc:  # a baseline that cannot run is reported, not fatal
            results[name] = {"status": f"failed: {type(exc).__name__}: {exc}"}
            continue
        seconds = time.perf_counter() - t0
        acc, total, errors, by_pos = score(gold, predicted)
        results[name] = {
            "accuracy": round(acc, 4),
            "tokens": total,
            "seconds": round(seconds, 2),
            "errors_by_gold_upos": dict(by_pos.most_common()),
            "top_errors": [
                {"upos": u, "form": f, "gold": g, "predicted": p, "count": c}
                for (u, f, g, p), c in errors.most_common(40)
            ],
        }
        if system is ours and args.errors:
            for (u, f, g, p), c in errors.most_common(args.errors):
                print(f"{c:3d} {u:6s} {f} gold={g} ours={p}")
    print(f"\nUD Russian GSD dev ({args.conllu.name}), lemma accuracy, non-PUNCT tokens, lower-case, ё=е\n")
    print(f"{'system':48s} {'accuracy':>9s} {'tokens':>7s} {'seconds':>8s}")
    for name, r in results.items():
        if "accuracy" in r:
            print(f"{name:48s} {r['accuracy']:9.4f} {r['tokens']:7d} {r['seconds']:8.2f}")
        else:
            print(f"{name:48s} {r['status']}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"data": args.conllu.name, "results": results}, ensure_ascii=False, indent=2) + "\n",
                       encoding="utf-8")
    print(f"\nwritten {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
