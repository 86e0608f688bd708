"""Determiner or pronoun? A constraint from the following word.

The possessives ``его/её/их`` are determiners when they modify the next word
(``его работа``) and personal pronouns when they stand alone (``видели его
вчера``). They are indeclinable, so the part of speech of the next word
decides; when that word is itself ambiguous the model decides. (The same
constraint for declinable demonstratives — ``этом``/``это`` — was measured
on held-out Taiga and removed: it made things worse.)
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import Candidate

_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def apply_determiner_context(words: Sequence[str], candidates: list[tuple[Candidate, ...]]) -> None:
    """Narrow, in place, the DET/PRON ambiguity of possessives by the next word."""
    for i, cands in enumerate(candidates):
        det = tuple(c for c in cands if c.upos == "DET")
        pron = tuple(c for c in cands if c.upos == "PRON")
        if not det or not pron:
            continue
        nxt = candidates[i + 1] if i + 1 < len(candidates) else ()
        nominal = [c for c in nxt if c.upos in _NOMINAL and c.grams]
        if not any(c.variant == "possessive" for c in det):
            continue
        if nominal and all(c.upos in _NOMINAL for c in nxt):
            keep = det  # only a noun phrase can follow: possessive determiner
        elif not nominal:
            keep = pron  # nothing for it to modify: personal pronoun
        else:
            continue  # the next word is ambiguous itself: the model decides
        candidates[i] = keep + tuple(c for c in cands if c.upos not in ("DET", "PRON"))
