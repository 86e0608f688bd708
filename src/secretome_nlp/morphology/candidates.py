"""Candidate readings of a Russian word form, with UD lemma conventions applied.

pymorphy3 lemmatises to OpenCorpora conventions; Universal Dependencies
(the scheme our evaluation and downstream users follow) differs in a few
systematic places, so each pymorphy3 parse may yield more than one candidate:

* prepositions keep their form (``со`` → ``со``, not ``с``);
* possessive ``его/её/их`` are DET with lemma = form, besides the PRON reading;
* neuter substantive pronouns (``того`` → ``то``) are PRON with a neuter lemma;
* comparatives may be lemmatised as themselves (``раньше``), as the adverb of
  the positive degree (``чаще`` → ``часто``) or as the positive adjective;
* participles are VERB (lemma = infinitive) or ADJ (lemma = full participle);
* short adjectives may keep the short masculine lemma (``должен``);
* superlatives are their own lemma (``лучших`` → ``лучший``).

Which candidate wins is decided in context by :mod:`.disambiguator`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .analyzer import is_dictionary_word, parses
from .tags import ud_feats, upos_of

_POSSESSIVE = frozenset({"его", "ее", "её", "их"})
# OpenCorpora grammemes that tell how a reading is used (the model sees them).
_MARKERS = frozenset(
    {"Adjx", "Subx", "Supr", "Qual", "Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Infr", "Arch", "Init", "Fixd"}
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible reading of a word: lemma, UPOS and the features the model uses."""

    lemma: str
    upos: str
    feats: str = ""
    source: str = "dict"  # dict | predict | lexicon | suffix | keep | rule
    variant: str = "base"  # which UD-convention transformation produced it
    rank: int = 0  # position of the underlying pymorphy3 parse
    score_rank: int = 0  # position by pooled pymorphy3 score among the form's readings
    score: float = 0.0  # pymorphy3's probability estimate of that parse
    # (case, number, gender) of every pymorphy3 parse merged into this reading;
    # used for agreement and government features.
    grams: frozenset = frozenset()
    opencorpora_pos: str | None = None


def normalise(text: str) -> str:
    """Lower-case, ``ё`` → ``е`` and strip combining stress marks (evaluation form)."""
    return text.lower().replace("ё", "е").replace("\u0301", "").replace("\u0300", "")


def _plain(grammeme: Any) -> str | None:
    return None if grammeme is None else str(grammeme)


#: Grammemes that vary between the forms of one lexeme; the rest of a tag (part of speech,
#: aspect, tense, voice, markers) identifies the lexeme's word class together with the lemma.
_INFLECTIONAL = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen1", "gen2", "acc2", "loc1",
                           "loc2", "sing", "plur", "masc", "femn", "neut", "ms-f", "Ms-f", "anim", "inan"})
_inflected: dict[tuple, str | None] = {}


def _inflect(parse: Any, grammemes: set[str]) -> str | None:
    """The form of ``parse``'s lexeme with ``grammemes`` (``None`` when it has none).

    Memoised per lexeme: pymorphy3 builds the whole paradigm for every call, and the
    forms of one lexeme (``должна``, ``должно``, ``должны``) ask for the same target.
    """
    key = (parse.normal_form, parse.tag.grammemes - _INFLECTIONAL, frozenset(grammemes))
    if key in _inflected:
        return _inflected[key]
    try:
        inflected = parse.inflect(grammemes)
    except (ValueError, KeyError):  # pymorphy3 raises on impossible grammeme sets
        inflected = None
    word = inflected.word if inflected is not None else None
    if len(_inflected) > 200_000:
        _inflected.clear()
    _inflected[key] = word
    return word


_SUPERLATIVE = re.compile(r"(.+[шжчщкгх])(?:ий|его|ему|им|ем|ая|ей|ую|ею|ое|ие|их|ими)")


def _superlative_lemma(form: str) -> str | None:
    """``лучших`` → ``лучший``, ``новейшего`` → ``новейший`` (stem + ``-ий``)."""
    match = _SUPERLATIVE.fullmatch(form)
    return match.group(1) + "ий" if match else None


_PRTF_ENDING = re.compile(
    r"(.+?)(?:ий|ый|ого|его|ому|ему|им|ым|ом|ем|ая|яя|ой|ей|ую|юю|ою|ею|ое|ее|ие|ые|их|ых|ими|ыми)(?:ся)?"
)
_PRTS_ENDING = re.compile(r"(.+?н|.+?т)(?:а|о|ы)?")


def _participle_lemma(form: str, pos: str) -> str | None:
    """Full masculine participle by string rule (cheaper than pymorphy3's inflect).

    ``изображающую`` → ``изображающий``, ``соединенных`` → ``соединенный``,
    short ``окрашено`` → ``окрашенный``; reflexive ``-ся`` forms are left to
    pymorphy3 (``None``).
    """
    if form.endswith(("ся", "сь")):
        return None
    if pos == "PRTF":
        match = _PRTF_ENDING.fullmatch(form)
        if not match:
            return None
        stem = match.group(1)
        return stem + ("ий" if stem[-1] in "щш" else "ый")
    match = _PRTS_ENDING.fullmatch(form)
    if not match:
        return None
    stem = match.group(1)
    return stem + "ный" if stem.endswith("н") else stem + "ый"


@lru_cache(maxsize=20_000)  # tags are few and hashable; reading grammemes off them is not free
def _tag_fields(tag: Any) -> tuple[str, frozenset, str]:
    """``feats``, ``grams`` and ``opencorpora_pos`` of a candidate, which depend on the tag alone."""
    pos = tag.POS
    return (ud_feats(tag),
            # plain str: pymorphy3 grammeme objects hash slowly in agreement checks
            frozenset({(_plain(tag.case), _plain(tag.number), _plain(tag.gender))}),
            "+".join([pos or str(tag).split(",")[0], *sorted(_MARKERS & tag.grammemes)]))


def _from_parse(parse: Any, form: str, rank: int, source: str) -> list[Candidate]:
    tag = parse.tag
    pos = tag.POS
    lemma = parse.normal_form
    feats, grams, opencorpora_pos = _tag_fields(tag)
    common: dict[str, Any] = {
        "feats": feats,
        "source": source,
        "rank": rank,
        "score": float(parse.score),
        "grams": grams,
        "opencorpora_pos": opencorpora_pos,
    }
    upos = upos_of(tag, lemma)
    out = [Candidate(lemma, upos, **common)]
    if pos == "PREP":
        out = [Candidate(form, "ADP", variant="prep_form", **common)]
    elif pos == "NPRO" and form in _POSSESSIVE and "3per" in tag:
        out.append(Candidate(form, "DET", variant="possessive", **common))
    elif pos == "ADJF" and "Apro" in tag and (tag.gender == "neut" or tag.number == "plur"):
        neuter = _inflect(parse, {"nomn", "sing", "neut"})
        if neuter and tag.gender == "neut":
            out.append(Candidate(neuter, "PRON", variant="neuter_pronoun", **common))
        if lemma == "весь":
            out.append(Candidate("все", "PRON", variant="neuter_pronoun", **common))
    elif pos == "NOUN" and tag.gender == "femn" and ("Surn" in tag or "Patr" in tag):
        # UD keeps the feminine of surnames and patronymics (Бахарева, Георгиевна)
        own = _inflect(parse, {"nomn", "sing"})
        if own and own != lemma:
            out.append(Candidate(own, upos, variant="feminine_name", **common))
    elif pos == "ADJF" and ("Supr" in tag or "Cmp2" in tag):
        # UD keeps the superlative as its own lemma (лучших → лучший, not хороший)
        own = _superlative_lemma(form)
        if own and own != lemma:
            out.append(Candidate(own, upos, variant="superlative", **common))
    elif pos == "ADJS":
        short = _inflect(parse, {"ADJS", "masc", "sing"})
        if short and short != lemma:
            out.append(Candidate(short, "ADJ", variant="short_lemma", **common))
    elif pos == "COMP":
        out = [Candidate(lemma, "ADJ", variant="positive_adj", **common)]
        out.append(Candidate(form, "ADV", variant="comparative_form", **common))
        adverb = _inflect(parse, {"ADJS", "neut", "sing"})
        if adverb:
            out.append(Candidate(adverb, "ADV", variant="positive_adverb", **common))
    elif pos in ("PRTF", "PRTS"):
        full = _participle_lemma(form, pos) or _inflect(parse, {"PRTF", "nomn", "sing", "masc"})
        if full:
            out.append(Candidate(full, "ADJ", variant="participle_adj", **common))
    elif pos == "ADVB" and lemma != form:
        out.append(Candidate(form, "ADV", variant="adverb_form", **common))
    return out


@lru_cache(maxsize=200_000)
def pymorphy_candidates(form: str) -> tuple[Candidate, ...]:
    """Candidates for a lower-cased, stress-free Cyrillic ``form`` from pymorphy3.

    Unknown words (guessed by pymorphy3's suffix predictor) additionally get a
    ``keep`` candidate (lemma = form), because foreign names and indeclinable
    loans are usually their own lemma.
    """
    known = is_dictionary_word(form)
    source = "dict" if known else "predict"
    seen: dict[tuple[str, str], Candidate] = {}
    for rank, parse in enumerate(parses(form)):
        for cand in _from_parse(parse, form, rank, source):
            key = (normalise(cand.lemma), cand.upos)
            old = seen.get(key)
            if old is None:
                seen[key] = cand if cand.lemma == key[0] else replace(cand, lemma=key[0])
            else:  # same reading from another parse: pool its scores and grammemes
                seen[key] = Candidate(old.lemma, old.upos, old.feats, old.source, old.variant, old.rank,
                                      old.score_rank, old.score + cand.score, old.grams | cand.grams,
                                      old.opencorpora_pos)
    if not known and (form, "PROPN") not in seen:
        seen[(form, "PROPN")] = Candidate(form, "PROPN", source="keep", variant="keep_form", rank=len(seen))
    # position by pooled score (stable: ties keep their order); score_rank is 0 by default,
    # so only candidates ranked lower need a copy
    place = {id(c): k for k, c in enumerate(sorted(seen.values(), key=lambda c: -c.score))}
    return tuple(replace(c, score_rank=min(place[id(c)], 3)) if place[id(c)] else c for c in seen.values())
