"""Minimal CoNLL-U reader for training and evaluation (words, lemmas, UPOS)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple


class Word(NamedTuple):
    """One syntactic word of a CoNLL-U sentence."""

    form: str
    lemma: str
    upos: str


def read_conllu(path: str | Path) -> Iterator[list[Word]]:
    """Yield sentences as lists of words (multiword-token and empty-node lines skipped)."""
    sentence: list[Word] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sentence:
                    yield sentence
                sentence = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sentence.append(Word(cols[1], cols[2], cols[3]))
    if sentence:
        yield sentence
