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

__all__ = ["receptor_span", "receptor_keys", "receptor_type_suffix"]

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


#: A Roman numeral right after a Russian receptor name is its ligand's («рецепторов
#: ангиотензина II»: angiotensin II); the receptor's own type is written with «тип».
_LIGAND_ROMAN = re.compile(r"[ \t\u00a0]+(?:I{1,3}|IV)(?![\w-])")
_TYPE_CODE = r"\d{1,2}|[IVX]{1,4}|[A-DАВС]"
#: «типа 1», «подтипа B», «1-го типа», «2 типа» after a receptor name.
_TYPE_AFTER = re.compile(
    rf"\s+(?:(?:под)?тип[а-яё]*\s+(?P<a>{_TYPE_CODE})(?![\w-])|"
    rf"(?P<b>{_TYPE_CODE})(?:-?(?:го|ого|й|ый|ий))?\s+(?:под)?тип[а-яё]*\b)")
#: «типа» after a name that already ends with its number («рецептор соматостатина 2 типа»).
_TYPE_WORD = re.compile(r"(?:-?(?:го|ого|й|ый|ий))?\s+(?:под)?тип[а-яё]*\b")
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6"}
_LATIN_OF = str.maketrans("АВС", "ABC")


def receptor_type_suffix(text: str, end: int) -> tuple[int, int, str | None]:
    """What follows a Russian receptor name ending at ``end``: ``(end of the ligand part,
    end of the whole name, type code or None)``.  A Roman numeral after the ligand belongs
    to the ligand («ангиотензина II»); «типа N», «N-го типа» give the receptor's type (``1``,
    ``A``); «типа» after a name that ends with its number only extends the name."""
    lig_end = end
    if not text[end - 1:end].isdigit():
        m = _LIGAND_ROMAN.match(text, end)
        if m:
            lig_end = m.end()
    t = _TYPE_AFTER.match(text, lig_end)
    if t:
        code = t.group("a") or t.group("b")
        return lig_end, t.end(), _ROMAN.get(code, code).translate(_LATIN_OF)
    if text[lig_end - 1:lig_end].isdigit():
        w = _TYPE_WORD.match(text, lig_end)
        if w:
            return lig_end, w.end(), None
    return lig_end, lig_end, None


def type_member_keys(symbol: str, code: str) -> list[str]:
    """Symbol keys of a receptor family's member of type ``code`` (``AGTR`` + ``1`` →
    ``AGTR1``; ``IL1R1`` + ``2`` → ``IL1R2``; ``EDNR`` + ``A`` → ``EDNRA``)."""
    base = re.sub(r"\d+[A-Z]?$", "", symbol)
    return list(dict.fromkeys([symbol + code, base + code]))
