"""Field-aware suffix model for Russian words that neither pymorphy3's
dictionary nor the domain lexicon knows.

pymorphy3 guesses unknown words from the endings of general vocabulary, which
goes wrong for biomedical terms (``цитокины`` → ``цитокина``). Biomedical
nouns are built from a small set of productive terminal elements whose gender
and declension are fixed (``-цит`` cell, ``-бласт``, ``-сома`` body, ``-аза``
enzyme, ``-ин`` protein, ``-ом`` "-ome", ``-оз``/``-ит`` conditions, the
endings of international drug names ``-вир``, ``-ам``, ``-ид``, ``-ат`` ...), so
an unknown word that ends in such an element plus a regular ending is
lemmatised by that element's paradigm.
"""

from __future__ import annotations

from functools import cache

from .candidates import Candidate
from .paradigms import PARADIGMS

# (terminal element of the lemma, paradigm). Longest elements first so that
# ``-сома`` wins over ``-ома``-like fragments.
_ELEMENTS: tuple[tuple[str, str], ...] = (
    ("ирование", "n_ie"),
    ("бласт", "m_hard"),
    ("класт", "m_hard"),
    ("кластер", "m_hard"),
    ("цит", "m_hard"),
    ("фаг", "m_velar"),
    ("осома", "f_a"),
    ("кула", "f_a"),
    ("стаз", "m_hard"),
    ("аза", "f_a"),
    ("ген", "m_hard"),
    ("кин", "m_hard"),
    ("тин", "m_hard"),
    ("цин", "m_hard"),
    ("нин", "m_hard"),
    ("рин", "m_hard"),
    ("лин", "m_hard"),
    # "-ome" nouns; only after letters that adjectival "-ом" endings never
    # leave (``-овом``, ``-ском`` are adjectives)
    ("том", "m_hard"),
    ("лом", "m_hard"),
    ("дом", "m_hard"),
    ("биом", "m_hard"),
    ("еом", "m_hard"),
    ("оз", "m_hard"),
    # inflammations (артрит, тендинит, дерматит)
    ("рит", "m_hard"),
    ("нит", "m_hard"),
    ("тит", "m_hard"),
    ("ция", "f_ia"),
    # International nonproprietary drug names (masculine, hard stem):
    # -вир, -пам/-ам, -ид, -ан, -ат, -ол, -он, -ен, -ил, -ин; velar -ак.
    ("вир", "m_hard"),
    ("ам", "m_hard"),
    ("ид", "m_hard"),
    ("ан", "m_hard"),
    ("ат", "m_hard"),
    ("ол", "m_hard"),
    ("он", "m_hard"),
    ("ен", "m_hard"),
    ("ил", "m_hard"),
    ("ед", "m_hard"),
    ("ин", "m_hard"),
    ("ак", "m_velar"),
)
# Relational adjectives of the field (-альный, -арный, -ный, -ический).
_ADJECTIVE_ELEMENTS: tuple[tuple[str, str], ...] = (
    ("ный", "adj_hard"),
    ("ский", "adj_velar"),
    ("ческий", "adj_velar"),
)
_MIN_STEM = 3  # letters before the element: keeps short common words out


@cache
def _ending_index() -> dict[str, list[tuple[str, str, frozenset, str]]]:
    """``inflected element -> [(lemma element, upos, grams, paradigm)]``."""
    index: dict[str, list[tuple[str, str, frozenset, str]]] = {}
    for elements, upos in ((_ELEMENTS, "NOUN"), (_ADJECTIVE_ELEMENTS, "ADJ")):
        for element, name in elements:
            paradigm = PARADIGMS[name]
            stem = element[: len(element) - paradigm.cut] if paradigm.cut else element
            grams: dict[str, set] = {}
            for e in paradigm.endings:
                if not e.ending and name.startswith("m_"):
                    # The bare masculine stem is the lemma itself and also ends
                    # many unrelated words (трамблет|ом is instrumental, not
                    # "-ome"); only overt endings are stripped.
                    continue
                grams.setdefault(stem + e.ending, set()).add((e.case, e.number, e.gender))
            for inflected, g in grams.items():
                index.setdefault(inflected, []).append((element, upos, frozenset(g), name))
    return index


def guess_field_word(form: str) -> Candidate | None:
    """A suffix-model candidate for an unknown lower-case ``form``, or None.

    The longest matching inflected element wins, e.g. ``теноцитами`` →
    ``-цит`` + ``-ами`` → ``теноцит``; ``эктосомах`` → ``эктосома``.
    """
    if not form.isalpha():
        return None  # hashtags, hyphenated compounds: not a single field word
    index = _ending_index()
    for cut in range(min(len(form) - _MIN_STEM, 12), 1, -1):
        tail = form[-cut:]
        matches = index.get(tail)
        if matches:
            element, upos, grams, _ = matches[0]
            lemma = form[:-cut] + element
            return Candidate(lemma, upos, source="suffix", variant="suffix", score=1.0, grams=grams)
    return None
