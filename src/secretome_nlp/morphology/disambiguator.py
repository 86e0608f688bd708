"""Context disambiguation of candidate readings: a greedy averaged perceptron.

Each candidate reading of a token is scored by a linear model over sparse
features: the candidate's own properties (UPOS, UD-convention variant,
pymorphy3 rank/score, the word form and lemma) and its context (neighbouring
word forms, the reading already chosen for the previous token, case after
the previous word — prepositional government —, adjective–noun agreement
with the neighbours). Tokens are decoded left to right; the highest-scoring
candidate wins.

The weights are trained on UD Russian Taiga (see
``benchmarks/train_lemma_disambiguator.py``) and shipped as
``data/morphology/disambiguator.json.gz``.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from importlib import resources
from pathlib import Path

from .candidates import Candidate, normalise

_DATA_PACKAGE = "secretome_nlp"
WEIGHTS_FILE = "disambiguator.json.gz"
_AGREEING = frozenset({"ADJ", "DET", "NUM", "VERB"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
#: The default of every weight lookup (an unseen feature weighs nothing).
_ZEROS = repeat(0.0)


@dataclass(frozen=True, slots=True)
class TokenContext:
    """Per-token information that the features of its neighbours look at."""

    form: str  # normalised form
    shape: str  # "lower" | "title" | "upper" | "other"
    ambiguity: str  # sorted set of candidate UPOS, e.g. "ADJ+NOUN"
    nominal_grams: frozenset  # (case, number, gender) of its nominal readings


def _shape(word: str) -> str:
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    if word[:1].isupper():
        return "title"
    return "other"


#: id of a candidate tuple → (the tuple, its word, its context record). Candidate tuples come
#: from the per-word caches, so the same word mostly brings the same tuple object.
_CONTEXT_MEMO: dict[int, tuple[Sequence[Candidate], str, TokenContext]] = {}


def _context(word: str, cands: Sequence[Candidate]) -> TokenContext:
    hit = _CONTEXT_MEMO.get(id(cands))
    if hit is not None and hit[0] is cands and hit[1] == word:
        return hit[2]
    nominal = frozenset(g for c in cands if c.upos in _NOMINAL for g in c.grams)
    ctx = TokenContext(normalise(word), _shape(word), "+".join(sorted({c.upos for c in cands})), nominal)
    if len(_CONTEXT_MEMO) > 200_000:
        _CONTEXT_MEMO.clear()
    _CONTEXT_MEMO[id(cands)] = (cands, word, ctx)  # holds the tuple: its id cannot be reused meanwhile
    return ctx


def contexts(words: Sequence[str], candidates: Sequence[Sequence[Candidate]]) -> list[TokenContext]:
    """Context records for a sentence's tokens."""
    return [_context(word, cands) for word, cands in zip(words, candidates)]


def static_features(form: str, shape: str, cand: Candidate) -> list[str]:
    """Features of a candidate that do not depend on the sentence."""
    return reading_features(cand) + form_features(form, shape, cand)


def reading_features(cand: Candidate) -> list[str]:
    """The static features that depend on the reading alone, not on the word form."""
    u = cand.upos
    return [
        "b",
        f"u={u}",
        f"v={cand.variant}|{u}",
        f"s={cand.source}|{u}",
        f"r={min(cand.rank, 3)}|{cand.source}",
        f"sr={cand.score_rank}|{cand.variant}",
        f"sc={round(cand.score, 1)}|{cand.variant}",
        f"op={cand.opencorpora_pos}|{u}",
    ]


def form_features(form: str, shape: str, cand: Candidate) -> list[str]:
    """The static features that depend on the word form (and its reading)."""
    u = cand.upos
    edit = _edit_script(form, cand.lemma)
    return [
        f"w|u={form}|{u}",
        f"w|l={form}|{cand.lemma}",
        f"l|u={cand.lemma}|{u}",
        f"suf3|u={form[-3:]}|{u}",
        f"suf2|v={form[-2:]}|{cand.variant}",
        f"sh|u={shape}|{u}|{cand.source}",
        f"ls|v={cand.lemma[-2:]}|{cand.variant}",
        f"same|v={cand.lemma == form}|{cand.source}",
        f"edit={edit}|{u}",
        f"edit2={form[-2:]}|{edit}|{u}",
    ]


def _edit_script(form: str, lemma: str) -> str:
    """How the lemma's ending differs from the form's (``шретером``→``шретер``: ``-ом+``)."""
    k = 0
    limit = min(len(form), len(lemma))
    while k < limit and form[k] == lemma[k]:
        k += 1
    return f"-{form[k:][-4:]}+{lemma[k:][-4:]}"


@lru_cache(maxsize=50_000)  # a small inventory of tag sets, met in every sentence
def _cases(grams: frozenset) -> tuple[str, ...]:
    """The cases of a reading's grammeme triples, sorted (a reproducible feature order)."""
    return tuple(sorted({g[0] for g in grams if g[0]}))


_AGREEMENT_MEMO: dict[tuple[frozenset, frozenset], bool] = {}


def _agree(grams: frozenset, others: frozenset) -> bool:
    """True when some reading in ``grams`` agrees with some reading in ``others`` (memoised:
    the sets come from a small inventory of tags and recur in every sentence)."""
    key = (grams, others)
    hit = _AGREEMENT_MEMO.get(key)
    if hit is None:
        if len(_AGREEMENT_MEMO) > 200_000:
            _AGREEMENT_MEMO.clear()
        hit = _AGREEMENT_MEMO[key] = any(_compatible(a, b) for a in grams for b in others)
    return hit


def _compatible(a: tuple, b: tuple) -> bool:
    """Case, number and (in the singular) gender agree; None agrees with anything."""
    return (
        a[0] == b[0]
        and (a[1] is None or b[1] is None or a[1] == b[1])
        and (a[2] is None or b[2] is None or a[1] == "plur" or a[2] == b[2])
    )


def context_features(
    ctx: Sequence[TokenContext], i: int, cand: Candidate, prev: Candidate | None, prev2: Candidate | None
) -> list[str]:
    """Features of a candidate at position ``i`` given its neighbours."""
    u = cand.upos
    pu = prev.upos if prev is not None else "BOS"
    p2u = prev2.upos if prev2 is not None else "BOS"
    pw = ctx[i - 1].form if i > 0 else "<s>"
    nw = ctx[i + 1].form if i + 1 < len(ctx) else "</s>"
    namb = ctx[i + 1].ambiguity if i + 1 < len(ctx) else "EOS"
    feats = [
        f"pu|u={pu}|{u}",
        f"p2u|pu|u={p2u}|{pu}|{u}",
        f"pw|u={pw}|{u}",
        f"nw|u={nw}|{u}",
        f"namb|u={namb}|{u}",
        f"pu|v={pu}|{cand.variant}",
        f"pw|v={pw}|{cand.variant}",
        f"nw|v={nw}|{cand.variant}",
        f"first|sh|u={i == 0}|{ctx[i].shape}|{u}",
        f"nsuf|u={nw[-2:]}|{u}",
        f"psuf|u={pw[-2:]}|{u}",
    ]
    person = cand.feats.partition("Person=")[2][:1]
    if person:
        feats.append(f"pw|pers={pw}|{person}|{u}")
    for case in _cases(cand.grams):
        feats.append(f"pw|c={pw}|{case}|{u}")
        feats.append(f"pu|c={pu}|{case}|{u}")
    if u in _AGREEING and i + 1 < len(ctx):
        nxt = ctx[i + 1].nominal_grams
        agrees = _agree(cand.grams, nxt)
        feats.append(f"agrN={agrees}|{u}|{bool(nxt)}")
    if prev is not None and prev.upos in _AGREEING and prev.grams and cand.grams:
        agrees = _agree(cand.grams, prev.grams)
        feats.append(f"agrP={agrees}|{prev.upos}|{u}")
    return feats


class Disambiguator:
    """A linear scorer of candidate readings (weights: feature -> float)."""

    def __init__(self, weights: dict[str, float] | None = None) -> None:
        self.weights: dict[str, float] = dict(weights or {})
        # Per-instance memo of static scores; forms repeat a lot in real text.
        self._static: dict[tuple[str, ...], float] = {}
        self._reading: dict[tuple, float] = {}
        self._context: dict[tuple, float] = {}

    def _static_score(self, form: str, shape: str, cand: Candidate) -> float:
        key = (form, shape, cand.lemma, cand.upos, cand.variant, cand.source)
        score = self._static.get(key)
        if score is None:
            w = self.weights
            # the reading's part recurs across words (a small inventory): summed once per reading
            reading = (cand.upos, cand.variant, cand.source, min(cand.rank, 3), cand.score_rank,
                       round(cand.score, 1), cand.opencorpora_pos)
            part = self._reading.get(reading)
            if part is None:
                part = self._reading[reading] = sum(map(w.get, reading_features(cand), _ZEROS))
            score = part + sum(map(w.get, form_features(form, shape, cand), _ZEROS))
            if len(self._static) > 500_000:
                self._static.clear()
            self._static[key] = score
        return score

    def score(self, ctx: Sequence[TokenContext], i: int, cand: Candidate,
              prev: Candidate | None, prev2: Candidate | None) -> float:
        """Model score of ``cand`` at position ``i``.

        The context features fall into groups that each read a few things (the previous
        readings; the previous word; the next word; agreement); each group's sum is memoised on
        what it reads, since those combinations recur across sentences where whole contexts do not.
        """
        w = self.weights
        s = self._static_score(ctx[i].form, ctx[i].shape, cand)
        u, variant = cand.upos, cand.variant
        pu = prev.upos if prev is not None else "BOS"
        p2u = prev2.upos if prev2 is not None else "BOS"
        cases = _cases(cand.grams)
        memo = self._context
        key: tuple = (0, pu, p2u, u, variant, i == 0, ctx[i].shape, cases)
        a = memo.get(key)
        if a is None:
            a = memo[key] = sum(map(w.get, [
                f"pu|u={pu}|{u}", f"p2u|pu|u={p2u}|{pu}|{u}", f"pu|v={pu}|{variant}",
                f"first|sh|u={i == 0}|{ctx[i].shape}|{u}", *[f"pu|c={pu}|{c}|{u}" for c in cases]], _ZEROS))
        pw = ctx[i - 1].form if i > 0 else "<s>"
        person = cand.feats.partition("Person=")[2][:1]
        key = (1, pw, u, variant, person, cases)
        b = memo.get(key)
        if b is None:
            b = memo[key] = sum(map(w.get, [
                f"pw|u={pw}|{u}", f"pw|v={pw}|{variant}", f"psuf|u={pw[-2:]}|{u}",
                *([f"pw|pers={pw}|{person}|{u}"] if person else []), *[f"pw|c={pw}|{c}|{u}" for c in cases]], _ZEROS))
        last = i + 1 >= len(ctx)
        nw = "</s>" if last else ctx[i + 1].form
        namb = "EOS" if last else ctx[i + 1].ambiguity
        key = (2, nw, namb, u, variant)
        c = memo.get(key)
        if c is None:
            c = memo[key] = sum(map(w.get, [f"nw|u={nw}|{u}", f"namb|u={namb}|{u}", f"nw|v={nw}|{variant}",
                                           f"nsuf|u={nw[-2:]}|{u}"], _ZEROS))
        d = 0.0
        if u in _AGREEING and not last:
            nxt = ctx[i + 1].nominal_grams
            d += w.get(f"agrN={_agree(cand.grams, nxt)}|{u}|{bool(nxt)}", 0.0)
        if prev is not None and prev.upos in _AGREEING and prev.grams and cand.grams:
            d += w.get(f"agrP={_agree(cand.grams, prev.grams)}|{prev.upos}|{u}", 0.0)
        if len(memo) > 500_000:
            memo.clear()
        return s + (a + b + c + d)

    def decode(self, words: Sequence[str], candidates: Sequence[Sequence[Candidate]]) -> list[Candidate]:
        """Choose one candidate per token, left to right."""
        ctx = contexts(words, candidates)
        chosen: list[Candidate] = []
        for i, cands in enumerate(candidates):
            prev = chosen[i - 1] if i > 0 else None
            prev2 = chosen[i - 2] if i > 1 else None
            if len(cands) == 1:
                chosen.append(cands[0])
                continue
            chosen.append(max(cands, key=lambda c: self.score(ctx, i, c, prev, prev2)))
        return chosen

    def save(self, path: str | Path) -> None:
        """Write the weights as gzipped JSON."""
        weights = dict(sorted(self.weights.items()))
        data = json.dumps({"format": 1, "weights": weights}, ensure_ascii=False, separators=(",", ":"))
        # mtime=0 keeps the file byte-identical across identical training runs
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
            fh.write(data.encode("utf-8"))

    @classmethod
    def load(cls, path: str | Path) -> "Disambiguator":
        """Read weights written by :meth:`save`."""
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return cls(json.load(fh)["weights"])


@cache
def default_disambiguator() -> Disambiguator:
    """The packaged model (loaded once per process; empty weights if absent)."""
    resource = resources.files(_DATA_PACKAGE).joinpath("data").joinpath("morphology").joinpath(WEIGHTS_FILE)
    if not resource.is_file():
        return Disambiguator()
    with resources.as_file(resource) as path:
        return Disambiguator.load(path)


class AveragedPerceptronTrainer:
    """Trains a :class:`Disambiguator` with the averaged perceptron update."""

    def __init__(self) -> None:
        self.model = Disambiguator()
        self._totals: dict[str, float] = defaultdict(float)
        self._stamps: dict[str, int] = defaultdict(int)
        self._step = 0

    def _features(self, ctx, i, cand, prev, prev2) -> list[str]:
        return static_features(ctx[i].form, ctx[i].shape, cand) + context_features(ctx, i, cand, prev, prev2)

    def _update(self, feats: list[str], delta: float) -> None:
        w = self.model.weights
        for f in feats:
            self._totals[f] += (self._step - self._stamps[f]) * w.get(f, 0.0)
            self._stamps[f] = self._step
            w[f] = w.get(f, 0.0) + delta

    def train_sentence(self, words: Sequence[str], candidates: Sequence[Sequence[Candidate]],
                       gold: Sequence[Sequence[int]]) -> int:
        """One perceptron pass over a sentence; ``gold[i]`` = indices of correct candidates.

        Returns the number of tokens whose prediction was wrong.
        """
        self.model._static.clear()
        self.model._reading.clear()
        self.model._context.clear()
        ctx = contexts(words, candidates)
        chosen: list[Candidate] = []
        errors = 0
        for i, cands in enumerate(candidates):
            self._step += 1
            prev = chosen[i - 1] if i > 0 else None
            prev2 = chosen[i - 2] if i > 1 else None
            if len(cands) == 1:
                chosen.append(cands[0])
                continue
            feats = [self._features(ctx, i, c, prev, prev2) for c in cands]
            w = self.model.weights
            scores = [sum(w.get(f, 0.0) for f in fs) for fs in feats]
            best = max(range(len(cands)), key=scores.__getitem__)
            good = gold[i]
            if good and best not in good:
                errors += 1
                target = max(good, key=scores.__getitem__)
                self._update(feats[target], 1.0)
                self._update(feats[best], -1.0)
                # Teacher forcing: the context of the next token is the gold reading.
                chosen.append(cands[target])
            else:
                chosen.append(cands[best])
        return errors

    def averaged(self, min_abs: float = 1e-3) -> Disambiguator:
        """The averaged model, dropping near-zero weights to keep the file small."""
        out = {}
        for f, w in self.model.weights.items():
            total = self._totals[f] + (self._step - self._stamps[f]) * w
            avg = total / max(self._step, 1)
            if abs(avg) >= min_abs:
                out[f] = round(avg, 4)
        return Disambiguator(out)
