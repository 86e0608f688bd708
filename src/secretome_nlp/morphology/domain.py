"""Context rules for domain terms that are homonyms of ordinary words.

In this field ``секретом`` is the noun *secretome* (lemma ``секретом``), but
in ordinary Russian it is the instrumental of ``секрет`` (``под секретом``,
``с секретом``). The domain reading is never instrumental (that would be
``секретомом``), so the general reading is chosen only when the context
demands an instrumental: a preceding preposition that governs it, or a
preceding modifier that can only be instrumental (``маленьким секретом``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import Candidate, normalise

# Prepositions that govern the instrumental case.
_INSTRUMENTAL_PREPOSITIONS = frozenset(
    {"с", "со", "под", "подо", "над", "надо", "за", "перед", "передо", "между", "меж"}
)


def _instrumental_context(words: Sequence[str], i: int, candidates: Sequence[Sequence[Candidate]]) -> bool:
    """True if position ``i`` must be an instrumental singular (masculine) noun.

    Looks left over modifiers: the nearest one decides by agreement (an
    instrumental singular reading, and no nominative/accusative masculine one
    that the domain reading could agree with); a governing preposition decides
    directly.
    """
    j = i - 1
    while j >= 0:
        if normalise(words[j]) in _INSTRUMENTAL_PREPOSITIONS:
            return True
        modifiers = [
            c for c in candidates[j]
            if c.upos in ("ADJ", "DET") or (c.opencorpora_pos or "").startswith("PRTF")
        ]
        if not modifiers:
            return False
        grams = {g for c in modifiers for g in c.grams}
        if any(g[0] in ("nomn", "accs") and g[1] == "sing" and g[2] in ("masc", None) for g in grams):
            return False  # клеточный секретом: agrees with the domain reading
        if any(g[0] == "ablt" and g[1] == "sing" and g[2] in ("masc", None) for g in grams):
            return True  # маленьким секретом
        j -= 1
    return False


def resolve_domain_homonyms(words: Sequence[str], candidates: list[tuple[Candidate, ...]]) -> None:
    """Narrow, in place, the readings of domain/general homonyms by context."""
    for i, cands in enumerate(candidates):
        if len(cands) < 2 or cands[0].source != "lexicon":
            continue
        domain = tuple(c for c in cands if c.source == "lexicon")
        general = tuple(c for c in cands if c.source != "lexicon")
        if not general:
            continue
        if _instrumental_context(words, i, candidates) and any(
            g[0] == "ablt" for c in general for g in c.grams
        ):
            candidates[i] = general
        else:
            candidates[i] = domain
