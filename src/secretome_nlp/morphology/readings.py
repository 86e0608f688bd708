"""Candidate readings of one token: deterministic rules first, then the domain
lexicon, the pymorphy3 analysis and the field suffix model.

Tokens that a rule settles (punctuation, numbers, Latin script, abbreviations,
hyphenated codes) get exactly one candidate; the others get the list the
context disambiguator chooses from.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..langid import CYRILLIC_LETTER, LATIN_LETTER
from .abbreviations import expand_abbreviation
from .analyzer import is_dictionary_word, parses
from .candidates import Candidate, normalise, pymorphy_candidates
from .lexicon import domain_lexicon
from .unknown import guess_field_word

_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[\W_]+")
# Ordinal numerals written with digits: 1960-х, 14-го, 3-им → 1960-й, 14-й, 3-й.
_ORDINAL = re.compile(r"(\d+)[-‐‑](?:й|я|е|го|ого|му|ому|м|ом|х|ых|ми|ыми|ю|ую|ая|ое|ые|ой|ий|ие|их|им|ими|ым)")
# Cyrillic word + hyphen + code: интерлейкина-6, ИЛ-1β, CD-маркер is not this.
_WORD_CODE = re.compile(r"([А-Яа-яЁё]+)([-‐‑][0-9A-Za-zΑ-Ωα-ω]+(?:[-‐‑][0-9A-Za-zΑ-Ωα-ω]+)*)")


def _fixed(lemma: str, upos: str, variant: str = "rule") -> tuple[Candidate, ...]:
    return (Candidate(lemma, upos, source="rule", variant=variant, score=1.0),)


def _is_abbreviation(word: str) -> bool:
    """All-caps and mixed-case Cyrillic acronyms (МСК, КС, ВОЗ, мРНК) keep their form.

    Long all-caps tokens that are ordinary dictionary words (headings such as
    ВВЕДЕНИЕ) are lemmatised as words.
    """
    if any(not part.isupper() and any(ch.isupper() for ch in part[1:]) for part in word.split("-")):
        return True  # mixed case inside a part: мРНК, микроРНК, иПСК (not Санкт-Петербург)
    if not (word.isupper() and len(word) >= 2):
        return False
    low = word.lower()
    if len(low) >= 4 and is_dictionary_word(low):
        return all("Abbr" in p.tag for p in parses(low))
    return True


@lru_cache(maxsize=200_000)
def token_candidates(word: str, sentence_initial: bool = False) -> tuple[Candidate, ...]:
    """Candidate readings of the token ``word`` in Russian text."""
    if not _LETTER.search(word):
        if _DIGIT.search(word):
            return _fixed(word, "NUM", "number")
        if _PUNCT.fullmatch(word):
            return _fixed(word, "PUNCT" if word not in "%§№$€#&+" else "SYM", "punct")
        return _fixed(word, "SYM", "symbol")
    abbreviation = expand_abbreviation(word)
    if abbreviation is not None:
        return _fixed(*abbreviation, "abbreviation")
    if not CYRILLIC_LETTER.search(word):
        # Latin-script tokens (VEGF, in vitro, TNF-α) and codes keep their form.
        return _fixed(word, "PROPN" if word[:1].isupper() else "X", "foreign")
    ordinal = _ORDINAL.fullmatch(word)
    if ordinal is not None:
        return _fixed(ordinal.group(1) + "-й", "ADJ", "ordinal")
    if LATIN_LETTER.search(word) or _DIGIT.search(word):
        return _hyphen_code(word, sentence_initial)
    if _is_abbreviation(word):
        return _fixed(word, "PROPN", "acronym")
    form = normalise(word)
    lexical = domain_lexicon().get(form)
    if lexical is not None:
        if is_dictionary_word(form):
            # A homonym of an ordinary word (секретом / секрет): keep both, the
            # domain reading first; context decides (see domain.py).
            return lexical + pymorphy_candidates(form)
        return lexical
    if not is_dictionary_word(form) and (word.islower() or sentence_initial):
        guess = guess_field_word(form)
        if guess is not None:
            return (guess,)
    candidates = pymorphy_candidates(form)
    if word[:1].isupper() and not word.isupper() and not any(c.variant == "keep_form" for c in candidates):
        # A capitalised word may be a name that merely looks like a common word
        # (Жиль, Мерло): offer the name reading lemma = form.
        candidates = candidates + (Candidate(form, "PROPN", source="keep", variant="keep_title", rank=len(candidates)),)
    return candidates


def _hyphen_code(word: str, sentence_initial: bool) -> tuple[Candidate, ...]:
    """``интерлейкина-6`` → ``интерлейкин-6``; ``ИЛ-6`` and other codes keep their form."""
    match = _WORD_CODE.fullmatch(word)
    if match is None:
        return _fixed(word, "PROPN", "code")
    head, code = match.groups()
    if head.isupper() or len(head) < 3:
        return _fixed(word, "PROPN", "code")
    head_reading = token_candidates(head, sentence_initial)[0]
    return (Candidate(head_reading.lemma + code, "PROPN", source="rule", variant="code",
                      score=1.0, grams=head_reading.grams),)
