"""In-text citation markers, their resolution against the list, and evidence links.

Markers recognised inside the spans the pipeline passes (body text only — author lines
with affiliation superscripts are outside them):

* numeric brackets ``[1]``, ``[5, 6]``, ``[13–15]``, ``[1, 3–5]``, ``[1; 3]``;
* superscripts ``^{1,2}`` and Unicode ``¹⁻³`` right after a word;
* author–year ``(Иванов и др., 2020)``, ``(Smith et al., 2019; Lee, 2020)`` and narrative
  ``Иванов И.И. и соавт. (2020)``, resolved by first-author surname + year.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from secretome_nlp.records.references import (
    Citation,
    CitationReport,
    Reference,
    author_surname,
    fold_name,
)
from secretome_nlp.references.patterns import INITIALS, SURNAME, UPPER

__all__ = ["find_citations", "check_citations", "citations_in"]

_DASHES = "–—−‒-"  # hyphen last: it is literal only at the end of a class
_ITEM = rf"\d{{1,4}}(?:\s*[{_DASHES}]\s*\d{{1,4}})?"
_BRACKET = re.compile(rf"\[\s*(?P<body>{_ITEM}(?:\s*[,;]\s*{_ITEM})*)\s*\]")
_CARET = re.compile(rf"(?<!\d)\^\{{\s*(?P<body>{_ITEM}(?:\s*[,;]\s*{_ITEM})*)\s*\}}")
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_ASCII = str.maketrans(_SUPERSCRIPT_DIGITS + "⁻", "0123456789-")
_SUP_ITEM = rf"[{_SUPERSCRIPT_DIGITS}]+(?:[⁻{_DASHES}][{_SUPERSCRIPT_DIGITS}]+)?"
# Only after a letter or closing punctuation: "10⁶" is an exponent, not a citation.
_SUP = re.compile(rf"(?<=[^\W\d_]|[)\].,])(?P<body>{_SUP_ITEM}(?:,{_SUP_ITEM})*)(?![{_SUPERSCRIPT_DIGITS}])")
_WORD_BEFORE = re.compile(r"(\w+)$")
# "Рожкова Е.А.¹": a superscript right after an initial is an affiliation marker.
_INITIAL_BEFORE = re.compile(r"(?<!\w)[A-ZА-ЯЁ]\.$")
# Units whose squared/cubed form is written with a superscript ("см²", "µm³").
_UNITS = frozenset("m cm mm km nm µm μm um dm l ml м см мм км нм мкм дм л мл".split())
_NUMBER_SEP = re.compile(r"\s*[,;]\s*")
_RANGE = re.compile(rf"(?P<lo>\d+)\s*[{_DASHES}]\s*(?P<hi>\d+)")
# A year-like number (not a reference number when the list is shorter than that).
_YEARLIKE_MIN = 1000
# A range longer than this is not a citation range ("[100–2000]" nm, "[1900–2020]").
_MAX_RANGE = 200

_ETAL = r"(?:\s*,?\s*(?:et\s+al\.?|и\s+др\.?|и\s+соавт\.?|and\s+colleagues|с\s+соавт\.?))"
_SECOND = rf"(?:\s*(?:,|\band\b|&|\bи\b)\s*{SURNAME}(?:\s+{INITIALS})?)"
_YEARS = r"(?P<years>(?:1[6-9]|20)\d\d[a-zа-я]?(?:\s*,\s*(?:1[6-9]|20)\d\d[a-zа-я]?)*)"
_AY_ITEM = re.compile(
    rf"(?P<name>{SURNAME})(?P<initials>\s+{INITIALS})?(?P<more>{_ETAL}|{_SECOND})?\s*,?\s*{_YEARS}"
)
_AY_PREFIX = re.compile(rf"[^{UPPER}]{{0,25}}")  # "см. ", "e.g., ", "reviewed in "
_AY_SUFFIX = re.compile(r"\s*(?:,\s*(?:p|pp|с|стр)\.\s*[\d–-]+)?[\s.,]*")
_PAREN = re.compile(r"\((?P<body>[^()]{4,400})\)")
_NARRATIVE = re.compile(
    rf"(?<![\w-])(?P<name>{SURNAME})(?P<initials>\s+{INITIALS})?(?P<more>{_ETAL}|{_SECOND})?\s*\(\s*{_YEARS}\s*\)"
)
_YEAR_KEY = re.compile(r"(?P<year>\d{4})(?P<suffix>[a-zа-я]?)")


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------
def find_citations(
    text: str,
    spans: Sequence[tuple[int, int]],
    references: Sequence[Reference] | None = None,
) -> list[Citation]:
    """Find citation markers inside ``spans`` of ``text``, sorted by offset.

    With ``references``, numbers absent from the list go to ``Citation.unresolved`` and
    year-like bracketed numbers beyond the list (``[2020]``) are not taken as markers;
    author–year markers are resolved to reference numbers.
    """
    numbers = {r.number for r in references if r.number is not None} if references else None
    merged = _merge(spans)
    found: dict[tuple[int, int], Citation] = {}
    for s, e in merged:
        for cit in _numeric(text, s, e, numbers):
            found.setdefault((cit.start, cit.end), cit)
    # In a document that cites by number, "(ВОЗ, 2020)" is a source note, not a marker:
    # there only author–year markers that resolve or have a strong shape are kept.
    numeric_style = any(c.kind == "numeric" for c in found.values())
    for s, e in merged:
        for cit in _author_year(text, s, e, references, list(found.values()), numeric_style):
            found.setdefault((cit.start, cit.end), cit)
    return sorted(found.values(), key=lambda c: (c.start, c.end))


def check_citations(references: Sequence[Reference], citations: Iterable[Citation]) -> CitationReport:
    """Report references never cited and numbers cited but absent from the list."""
    numbers = {r.number for r in references if r.number is not None}
    cited: set[int] = set()
    unmatched: list[str] = []
    for c in citations:
        cited.update(c.refs)
        cited.update(c.unresolved)
        if c.kind == "author_year" and not c.refs:
            unmatched.append(c.text)
    return CitationReport(
        uncited=tuple(sorted(numbers - cited)),
        missing=tuple(sorted(cited - numbers)),
        unmatched=tuple(unmatched),
    )


def citations_in(span: tuple[int, int], citations: Iterable[Citation]) -> tuple[int, ...]:
    """Sorted reference numbers of the citations starting inside ``span`` (a sentence).

    A marker counts when it starts inside the span, so a sentence splitter that cuts
    before the final ``[5, 6].`` bracket's end still gets it.
    """
    s, e = span
    refs = {n for c in citations if s <= c.start < e for n in c.refs}
    return tuple(sorted(refs))


# ---------------------------------------------------------------------------
# Numeric and superscript markers
# ---------------------------------------------------------------------------
def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans (so a marker is never reported twice)."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _expand(body: str) -> list[int] | None:
    """``"1, 3–5"`` -> [1, 3, 4, 5]; ``None`` if a part is not a plausible citation range."""
    out: list[int] = []
    for part in _NUMBER_SEP.split(body.strip()):
        rng = _RANGE.fullmatch(part)
        if rng:
            lo, hi = int(rng.group("lo")), int(rng.group("hi"))
            if not 0 < lo < hi or hi - lo > _MAX_RANGE:
                return None
            out.extend(range(lo, hi + 1))
        else:
            out.append(int(part))
    return out


def _numeric(text: str, s: int, e: int, numbers: set[int] | None) -> list[Citation]:
    out = []
    for kind, pattern in (("numeric", _BRACKET), ("superscript", _CARET), ("superscript", _SUP)):
        for m in pattern.finditer(text, s, e):
            if kind == "superscript" and (_after_unit(text, m.start()) or _after_initial(text, m.start())):
                continue
            nums = _expand(m.group("body").translate(_SUP_TO_ASCII))
            if nums is None or 0 in nums or _year_like(nums, numbers):
                continue
            refs = tuple(sorted({n for n in nums if numbers is None or n in numbers}))
            unresolved = tuple(sorted({n for n in nums if numbers is not None and n not in numbers}))
            out.append(Citation(m.start(), m.end(), m.group(), refs, kind, unresolved))
    return out


def _year_like(nums: list[int], numbers: set[int] | None) -> bool:
    """True for ``[2020]``-style brackets: year-sized numbers beyond the list."""
    limit = max(numbers) if numbers else 0
    return any(n >= _YEARLIKE_MIN and n > limit for n in nums)


def _after_initial(text: str, pos: int) -> bool:
    return _INITIAL_BEFORE.search(text, max(0, pos - 3), pos) is not None


def _after_unit(text: str, pos: int) -> bool:
    word = _WORD_BEFORE.search(text, max(0, pos - 10), pos)
    return word is not None and word.group(1).lower() in _UNITS


# ---------------------------------------------------------------------------
# Author–year markers
# ---------------------------------------------------------------------------
def _author_year(
    text: str, s: int, e: int, references: Sequence[Reference] | None, taken: Iterable[Citation],
    numeric_style: bool,
) -> list[Citation]:
    index = _author_year_index(references or ())
    occupied = [(c.start, c.end) for c in taken]
    out: list[Citation] = []
    for m in _PAREN.finditer(text, s, e):
        keys, strong = _parenthetical_keys(m.group("body"))
        if not keys or _overlaps(m.start(), m.end(), occupied):
            continue
        cit = _resolve(m.start(), m.end(), text, keys, index)
        if cit.refs or strong or not numeric_style:
            out.append(cit)
            occupied.append((m.start(), m.end()))
    for m in _NARRATIVE.finditer(text, s, e):
        if _overlaps(m.start(), m.end(), occupied):
            continue
        keys = _keys(m.group("name"), m.group("years"))
        cit = _resolve(m.start(), m.end(), text, keys, index)
        # A bare "Word (2020)" is too weak a shape to report unless it resolves.
        if cit.refs or m.group("initials") or m.group("more"):
            out.append(cit)
    return out


def _overlaps(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < oe and os_ < e for os_, oe in spans)


def _parenthetical_keys(body: str) -> tuple[list[tuple[str, int, str]], bool]:
    """Keys of ``(A et al., 2019; B, 2020)`` — empty unless every part is an author–year item.

    The flag is True when some item has "et al."/a second author/initials (a strong shape).
    """
    keys: list[tuple[str, int, str]] = []
    strong = False
    for part in body.split(";"):
        if not part.strip():
            continue
        prefix = _AY_PREFIX.match(part)
        m = _AY_ITEM.match(part, prefix.end() if prefix else 0)
        if not m or not _AY_SUFFIX.fullmatch(part, m.end()):
            return [], False
        strong = strong or bool(m.group("more") or m.group("initials"))
        keys.extend(_keys(m.group("name"), m.group("years")))
    return keys, strong


def _keys(name: str, years: str) -> list[tuple[str, int, str]]:
    return [(fold_name(name), int(y.group("year")), y.group("suffix")) for y in _YEAR_KEY.finditer(years)]


def _author_year_index(references: Sequence[Reference]) -> dict[tuple[str, int], list[int]]:
    """(folded first-author surname, year) -> reference numbers, in list order.

    The transliterated twin's surname is indexed too, so ``(Sviderskaya et al., 2019)``
    finds ``Свидерская Н.Е. … 2019``.
    """
    index: dict[tuple[str, int], list[int]] = defaultdict(list)
    for ref in references:
        if ref.number is None:
            continue
        for authors, year in _author_variants(ref):
            if authors and year is not None:
                key = (fold_name(author_surname(authors[0])), year)
                if ref.number not in index[key]:
                    index[key].append(ref.number)
    return index


def _author_variants(ref: Reference) -> list[tuple[tuple[str, ...], int | None]]:
    variants = [(ref.authors, ref.year)]
    if ref.translation is not None:
        variants.append((ref.translation.authors, ref.translation.year or ref.year))
    return variants


def _resolve(
    start: int, end: int, text: str, keys: list[tuple[str, int, str]], index: dict[tuple[str, int], list[int]]
) -> Citation:
    refs: set[int] = set()
    for name, year, suffix in keys:
        candidates = index.get((name, year), [])
        if suffix and len(candidates) > 1:
            # 2019a/2019b follow list order among the same author's works of that year.
            pos = ord(suffix) - ord("a" if suffix.isascii() else "а")
            candidates = candidates[pos:pos + 1]
        refs.update(candidates)
    return Citation(start, end, text[start:end], tuple(sorted(refs)), "author_year")
