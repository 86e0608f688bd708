"""Public lemmatisation API: sentences of words and raw text, Russian and English."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..langid import CYRILLIC_LETTER, LATIN_LETTER
from .abbreviations import expand_abbreviation
from .agreement import apply_subject_agreement
from .candidates import Candidate
from .disambiguator import Disambiguator, default_disambiguator
from .domain import resolve_domain_homonyms
from .english import lemmatize_english_word
from .government import apply_government
from .pronouns import apply_determiner_context
from .readings import token_candidates
from .tokenizer import tokenize

_LANGS = ("ru", "en")


@dataclass(frozen=True, slots=True)
class LemmaToken:
    """A word token of a text with its lemma and UD part of speech."""

    text: str
    start: int
    end: int
    lemma: str
    pos: str


def analyse_russian(words: Sequence[str], model: Disambiguator | None = None) -> list[Candidate]:
    """The chosen reading (lemma, UPOS, features) of every word of a Russian sentence."""
    model = model if model is not None else default_disambiguator()
    chosen = model.decode(words, sentence_candidates(words))
    return [_restore_case(w, c) for w, c in zip(words, chosen)]


def lemmatize_word(word: str) -> str:
    """The lemma of one Russian word on its own (what ``lemmatize([word])`` gives).

    When every candidate reading has the same lemma the context decoder has nothing to
    choose, so it is skipped: the same answer, without its cost (most words).
    """
    cands = sentence_candidates([word])
    lemmas = {_restore_case(word, c).lemma for c in cands[0]}
    if len(lemmas) == 1:
        return lemmas.pop()
    # what analyse_russian([word]) does, without narrowing the candidates a second time
    return _restore_case(word, default_disambiguator().decode([word], cands)[0]).lemma


def sentence_candidates(words: Sequence[str]) -> list[tuple[Candidate, ...]]:
    """Candidate readings of every word of a sentence, narrowed by the hard context rules.

    Order matters: domain homonyms first (they may add general readings),
    then preposition government, subject agreement and DET/PRON context.
    """
    candidates = [
        token_candidates(_with_period(words, i), i == 0 or _after_sentence_start(words, i))
        for i in range(len(words))
    ]
    resolve_domain_homonyms(words, candidates)
    apply_government(words, candidates)
    apply_subject_agreement(words, candidates)
    apply_determiner_context(words, candidates)
    return candidates


def _with_period(words: Sequence[str], i: int) -> str:
    """``г`` followed by a ``.`` token is the abbreviation ``г.`` (razdel splits them)."""
    word = words[i]
    if i + 1 < len(words) and words[i + 1] == "." and expand_abbreviation(word + ".") is not None:
        return word + "."
    return word


def _after_sentence_start(words: Sequence[str], i: int) -> bool:
    """True after an opening quote/bracket or a sentence-final mark (capital is not a name cue)."""
    return words[i - 1] in {"«", '"', "(", "—", "-", ".", "!", "?", "…", ":"}


def _restore_case(word: str, cand: Candidate) -> Candidate:
    """Proper names keep an initial capital in their lemma (UD convention)."""
    if cand.upos == "PROPN" and cand.source not in ("rule",) and word[:1].isupper() and cand.lemma.islower():
        return replace(cand, lemma=cand.lemma[:1].upper() + cand.lemma[1:])
    return cand


def _english_upos(word: str) -> str:
    if not any(ch.isalnum() for ch in word):
        return "PUNCT"
    if any(ch.isdigit() for ch in word) and not any(ch.isalpha() for ch in word):
        return "NUM"
    return "X"


def lemmatize(words: Sequence[str], lang: str = "ru") -> list[str]:
    """Lemmas of one pre-tokenised sentence.

    The whole sentence is given so that context can choose among readings
    (``изделия из стали`` → ``сталь``, ``клетки стали делиться`` → ``стать``).
    Russian lemmas are lower case except proper names, acronyms and codes,
    which keep their form (``МСК``, ``ИЛ-6``, ``VEGF``); numbers keep their form.
    """
    if lang not in _LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {_LANGS}")
    if not words:
        return []
    if lang == "en":
        return [lemmatize_english_word(w) for w in words]
    return [c.lemma for c in analyse_russian(words)]


def _script_lang(word: str) -> str | None:
    if CYRILLIC_LETTER.search(word):
        return "ru"
    if LATIN_LETTER.search(word):
        return "en"
    return None


def lemmatize_text(text: str, lang: str | None = None) -> list[LemmaToken]:
    """Tokenise ``text`` and lemmatise every token (punctuation included, POS ``PUNCT``).

    ``lang=None`` decides per token by script: Cyrillic words are Russian,
    Latin-script words English. Russian words are disambiguated in the
    context of their Russian neighbours (runs of Russian tokens are analysed
    as one sentence, with punctuation and Latin tokens as context).
    """
    if lang is not None and lang not in _LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {_LANGS}")
    spans = tokenize(text)
    words = [text[a:b] for a, b in spans]
    out: list[LemmaToken] = []
    for sent in _sentences(words):
        if lang == "en" or (lang is None and not any(_script_lang(words[k]) == "ru" for k in sent)):
            for k in sent:
                w = words[k]
                out.append(LemmaToken(w, *spans[k], lemmatize_english_word(w), _english_upos(w)))
            continue
        readings = analyse_russian([words[k] for k in sent])
        for k, reading in zip(sent, readings):
            w = words[k]
            if lang is None and _script_lang(w) == "en" and not CYRILLIC_LETTER.search(w):
                lemma, pos = lemmatize_english_word(w), reading.upos
            else:
                lemma, pos = reading.lemma, reading.upos
            out.append(LemmaToken(w, spans[k][0], spans[k][1], lemma, pos))
    return out


_SENTENCE_END = frozenset({".", "!", "?", "…", "?!", "!?"})


def _sentences(words: Sequence[str]) -> list[list[int]]:
    """Split token indices into rough sentences (context windows for decoding)."""
    sents: list[list[int]] = [[]]
    for k, w in enumerate(words):
        sents[-1].append(k)
        if w in _SENTENCE_END:
            sents.append([])
    return [s for s in sents if s]
