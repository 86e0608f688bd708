"""Train the Russian lemma disambiguator on UD Russian Taiga (dev + test).

    python benchmarks/train_lemma_disambiguator.py [--data DIR] [--epochs N] [--out PATH] [--cross-validate]

Reads ``../shared/data/ud-russian-taiga`` (relative to the repository) when
present; UD GSD is never used for training (it is the evaluation set).
Writes ``src/secretome_nlp/data/morphology/disambiguator.json.gz``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from secretome_nlp.morphology.candidates import normalise  # noqa: E402
from secretome_nlp.morphology.conllu import read_conllu  # noqa: E402
from secretome_nlp.morphology.lemmatizer import analyse_russian  # noqa: E402
from secretome_nlp.morphology.training import train  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ud-russian-taiga"
DEFAULT_OUT = ROOT / "src" / "secretome_nlp" / "data" / "morphology" / "disambiguator.json.gz"


def held_out_accuracy(model, sentences) -> float:
    """Lemma accuracy (non-PUNCT, lower-case, ё = е) of ``model`` on ``sentences``."""
    total = correct = 0
    for sent in sentences:
        for word, reading in zip(sent, analyse_russian([w.form for w in sent], model)):
            if word.upos != "PUNCT":
                total += 1
                correct += normalise(word.lemma) == normalise(reading.lemma)
    return correct / total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--epochs", type=int, default=10)  # flat from 6 to 15 on Taiga dev→test
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cross-validate", action="store_true",
                        help="also report 2-fold accuracy (train dev → test, test → dev); does not change the output")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    files = [args.data / "ru_taiga-ud-dev.conllu", args.data / "ru_taiga-ud-test.conllu"]
    missing = [f for f in files if not f.is_file()]
    if missing:
        print(f"training data not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    if args.cross_validate:
        folds = [list(read_conllu(f)) for f in files]
        for name, (train_part, test_part) in {"dev→test": folds, "test→dev": folds[::-1]}.items():
            print(f"cross-validation {name}: {held_out_accuracy(train(train_part, epochs=args.epochs), test_part):.4f}")
    sentences = [s for f in files for s in read_conllu(f)]
    print(f"{len(sentences)} sentences, {sum(map(len, sentences))} words")
    t0 = time.perf_counter()
    model = train(sentences, epochs=args.epochs)
    model.save(args.out)
    print(f"{len(model.weights)} weights -> {args.out} ({args.out.stat().st_size // 1024} KiB) in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
