"""Subject–verb agreement with a personal pronoun: a hard constraint.

After a nominative personal pronoun of the 1st/2nd person (``я``, ``ты``,
``мы``, ``вы``) a word that has a finite-verb reading in the same person is
the predicate (``я мою руки`` → ``мыть``, not the possessive ``мой``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import Candidate, normalise

_PERSON = {"я": "1", "мы": "1", "ты": "2", "вы": "2"}


def apply_subject_agreement(words: Sequence[str], candidates: list[tuple[Candidate, ...]]) -> None:
    """Keep, in place, only the agreeing verb readings right after a personal pronoun."""
    for i in range(1, len(candidates)):
        person = _PERSON.get(normalise(words[i - 1]))
        if person is None or len(candidates[i]) < 2:
            continue
        verbs = tuple(c for c in candidates[i] if c.upos in ("VERB", "AUX") and f"Person={person}" in c.feats)
        if verbs:
            candidates[i] = verbs
