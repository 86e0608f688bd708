"""Training of the context disambiguator on CoNLL-U data with gold lemmas."""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence

from .candidates import Candidate, normalise
from .conllu import Word
from .disambiguator import AveragedPerceptronTrainer, Disambiguator
from .lemmatizer import sentence_candidates

_log = logging.getLogger(__name__)


def gold_indices(cands: Sequence[Candidate], word: Word) -> list[int]:
    """Indices of the candidates whose lemma matches the gold lemma (and UPOS, if any does)."""
    lemma = normalise(word.lemma)
    by_lemma = [k for k, c in enumerate(cands) if normalise(c.lemma) == lemma]
    by_both = [k for k in by_lemma if cands[k].upos == word.upos]
    return by_both or by_lemma


def train(
    sentences: Sequence[list[Word]], epochs: int = 10, seeds: Sequence[int] = (13, 14, 15, 16, 17)
) -> Disambiguator:
    """Train averaged perceptrons over ``sentences`` and average them.

    One model per seed (the seed fixes the sentence order of each epoch); the
    final weights are the mean of the models' averaged weights, which was a
    little more accurate than any single seed on held-out Taiga.
    """
    prepared = []
    for sent in sentences:
        words = [w.form for w in sent]
        cands = sentence_candidates(words)
        gold = [gold_indices(c, w) for c, w in zip(cands, sent)]
        prepared.append((words, cands, gold))
    total: dict[str, float] = {}
    for seed in seeds:
        trainer = AveragedPerceptronTrainer()
        rng = random.Random(seed)
        order = list(prepared)
        for epoch in range(epochs):
            rng.shuffle(order)
            errors = sum(trainer.train_sentence(w, c, g) for w, c, g in order)
            _log.info("seed %d epoch %d: %d training errors", seed, epoch + 1, errors)
        for feature, weight in trainer.averaged(min_abs=0.0).weights.items():
            total[feature] = total.get(feature, 0.0) + weight / len(seeds)
    return Disambiguator({f: round(w, 4) for f, w in total.items() if abs(w) >= 1e-3})
