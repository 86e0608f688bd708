"""Typed mentions that no source names: ``рецептор GPR999``, ``XYZ1 kinase``,
``фактор роста ABC``.

A protein-shaped name (a symbol-like token with a type head noun) that the lexicon cannot
resolve is still reported — as an entity of the head noun's class with
``resolved=False`` and a stable project-local id ``secretome:unresolved:<Type>:<KEY>`` —
so that users see it and can add it to a lexicon of their own instead of losing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["UnresolvedHit", "find_unresolved", "unresolved_id"]

_SYM = r"(?P<sym>(?=[A-Za-z0-9\-αβγ]*[A-Z])(?=[A-Za-z0-9\-αβγ]*\d)[A-Za-z][A-Za-z0-9αβγ]*(?:-[A-Za-z0-9αβγ]+)*)"
_PATTERNS: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = [  # (pattern, type, head words it needs)
    (re.compile(rf"\bрецептор[а-яё]*\s+{_SYM}(?![\w-])", re.IGNORECASE), "Receptor", ("рецептор",)),
    (re.compile(rf"(?<![\w-]){_SYM}\s+receptors?\b"), "Receptor", ("receptor",)),
    (re.compile(rf"\bфактор[а-яё]*\s+роста\s+{_SYM}(?![\w-])", re.IGNORECASE), "GrowthFactor", ("роста",)),
    (re.compile(rf"(?<![\w-]){_SYM}\s+(?:kinase|киназ[а-яё]*)\b", re.IGNORECASE), "Enzyme", ("kinase", "киназ")),
    (re.compile(r"\b(?:матриксн[а-яё]*\s+)?металлопротеиназ[а-яё]*[-\s](?P<sym>\d{1,2})\b", re.IGNORECASE), "Enzyme",
     ("металлопротеиназ",)),
]


@dataclass(frozen=True)
class UnresolvedHit:
    """A typed, unresolved mention ``[start, end)`` with its entity type and symbol."""

    start: int
    end: int
    type: str
    symbol: str


def unresolved_id(type_: str, symbol: str) -> str:
    """The stable project-local id of an unresolved mention."""
    key = re.sub(r"[^A-Za-z0-9αβγ]", "", symbol).upper()
    return f"secretome:unresolved:{type_}:{key}"


def find_unresolved(text: str, start: int, end: int) -> list[UnresolvedHit]:
    """Protein-shaped names with a type head noun in ``text[start:end]``."""
    out = []
    low = text[start:end].lower()
    for pattern, type_, heads in _PATTERNS:
        if not any(h in low for h in heads):
            continue  # no head noun, no match: most sentences skip the scan
        for m in pattern.finditer(text, start, end):
            out.append(UnresolvedHit(m.start(), m.end(), type_, m.group("sym")))
    return out
