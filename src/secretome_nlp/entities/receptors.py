"""Receptors named after their ligand: ``IL-6 receptor``, ``рецептор ИЛ-6``,
``рецептора интерлейкина-6``, ``sIL-6R`` (soluble) → IL6R; ``рецептор VEGF`` → VEGFR.

HGNC writes most such receptors as the ligand's symbol plus ``R`` (IL6R, IL2RA, CSF1R,
EGFR, FGFR1, PDGFRA/B, TGFBR1, VEGFR via FamPlex), so the receptor is looked up from the
ligand's matched key and approved symbol; a ligand named inside a receptor name is never
reported as the ligand.  When no receptor is found the mention is still a receptor, of
unknown id (see :mod:`secretome_nlp.entities.unresolved`).
"""

from __future__ import annotations

import re
from typing import Callable

from .matcher import Candidate

__all__ = ["receptor_span", "receptor_keys"]

_AFTER = re.compile(r"[\s\-‐]*(?P<word>receptors?\b|R\b|рецептор[а-яё]*\b)", re.IGNORECASE)
_BEFORE = re.compile(r"(?P<word>(?:растворим[а-яё]*\s+|soluble\s+)?рецептор[а-яё]*)\s+(?:к\s+)?$", re.IGNORECASE)


def receptor_span(text: str, c: Candidate) -> tuple[int, int] | None:
    """The span of the receptor name around ligand candidate ``c``, or ``None`` when the
    ligand is not named as part of a receptor."""
    m = _AFTER.match(text, c.end)
    if m:
        return c.start, m.end()
    b = _BEFORE.search(text[max(0, c.start - 40):c.start])
    if b:
        return c.start - (len(text[max(0, c.start - 40):c.start]) - b.start()), c.end
    return None


def receptor_keys(matched_key: str, symbol: str) -> list[str]:
    """Symbol keys a ligand's receptor may have in HGNC or FamPlex (``IL6`` → ``IL6R``,
    ``IL6RA``; ``VEGFA`` → ``VEGFR``; ``TGFB1`` → ``TGFBR1``, ``TGFBR``)."""
    keys = []
    for base in dict.fromkeys((matched_key, symbol)):
        if not base:
            continue
        keys += [base + "R", base + "RA", base + "R1"]
        stem = re.sub(r"[A-Z]?\d*$", "", base)  # VEGFA → VEGF, TGFB1 → TGFB
        if stem and stem != base:
            keys += [stem + "R", stem + "R1"]
    return keys


def find_receptor(keys: list[str], lookup: Callable[[str], str | None]) -> str | None:
    """The first key that names an entity."""
    for k in keys:
        found = lookup(k)
        if found:
            return found
    return None
