"""Lay the lines of a PDF out as text: running heads out, columns in order, paragraphs.

Works on the lines :mod:`secretome_nlp.readers.pdf` builds from pdfium's glyphs:

1. running heads, footers and page numbers — lines in the top or bottom band of a page
   that repeat on other pages (digits ignored) or are a bare number — are taken out of
   the text and kept in :attr:`Page.removed`; the printed number (alone, at the outer end
   of a head, or as ``n/N``) becomes ``Page.label``;
2. the gutter is the vertical strip in the middle of the page crossed by the fewest
   column-width lines; lines that cross it span both columns and cut the page into
   bands, read top to bottom, the left column before the right one inside each band;
3. lines → paragraphs: a new paragraph starts after a larger gap than the page's line
   pitch, at a change of type (bold, size), or after a line that stops short because its
   sentence, heading or list item ended or because the next line is indented. Paragraphs
   are separated by a blank line; inside one, lines are joined by a space, except after
   a line-final hyphen before a lower-case letter, where the line break stays
   (``диффе-⏎ренцировать``) so that the repair stage decides between a word cut by the
   typesetter and a compound.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from ..records.article import Page

#: Share of the page height at the top and at the bottom where running heads live.
_MARGIN_BAND = 0.08
_PAGE_NUMBER = re.compile(r"^\W{0,3}(?:[Сс]тр\.?\s*|[Pp]age\s*|[Pp]\.\s*)?(\d{1,4})(?:\s*(?:из|of)\s*\d{1,4})?\W{0,3}$")
_HEAD_NUMBER = re.compile(r"^(\d{1,4})\s+\S|\S\s+(\d{1,4})(?:\s*/\s*\d{1,4})?$")
#: Characters a line may end with when a word is cut there.
HYPHENS = "-\u00ad\u2010\x02"
_URL_TAIL = re.compile(r"(?:https?://|www\.|doi\.org/|\b10\.\d{4,9}/)\S*(?<![.,;)])$")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)\]]{0,2}$")
_LIST_MARKER = re.compile(r"(?:\d{1,3}[.)]|\[\d{1,3}\]|[•●▪–-])\s")


@dataclass
class Line:
    """One line of text with its box (PDF space: y grows upwards) and type."""

    text: str
    x0: float
    x1: float
    y0: float  # bottom (PDF space: y grows upwards)
    y1: float  # top
    size: float
    bold: bool
    base: float = 0.0  # baseline: the median bottom of the line's glyphs (descenders aside)
    page: int = 0
    column: int = 0  # 0 spans the page or single column, 1 left, 2 right

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class PageLines:
    """The lines of one page and what the layout took out of it."""

    number: int
    height: float
    lines: list[Line] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    label: str | None = None


# --- running heads, footers, page numbers ---------------------------------------------
def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _strip_running_heads(pages: list[PageLines]) -> None:
    def in_band(line: Line, page: PageLines) -> bool:
        return line.y0 > page.height * (1 - _MARGIN_BAND) or line.y1 < page.height * _MARGIN_BAND

    shapes = Counter(_shape(line.text) for p in pages for line in p.lines if in_band(line, p))
    for p in pages:
        kept = []
        for line in p.lines:
            number = _PAGE_NUMBER.match(line.text)
            if in_band(line, p) and (number or (shapes[_shape(line.text)] >= 2 and len(pages) >= 2)):
                p.removed.append(line.text)
                if p.label is None:
                    # A bare number, or one at the outer end of a running head ("107 Ерёмин…").
                    label = number or _HEAD_NUMBER.search(line.text)
                    p.label = next(g for g in label.groups() if g) if label else None
            else:
                kept.append(line)
        p.lines = kept


# --- columns and reading order --------------------------------------------------------
def _gutter(lines: list[Line]) -> float | None:
    """x of the gap between two columns, or ``None`` for a single-column page.

    Column lines are narrower than 60 % of the text width; the gutter is the x in the
    middle of the page crossed by the fewest of them (a centred short line may cross
    it: it is then read as spanning), with column lines on both sides.
    """
    if len(lines) < 4:
        return None
    left, right = min(l.x0 for l in lines), max(l.x1 for l in lines)
    width = right - left
    narrow = [l for l in lines if l.x1 - l.x0 < width * 0.6]
    if len(narrow) < 6:
        return None
    best: tuple[int, float, float] | None = None  # (crossings, -run length, x)
    x, run_start, run_count = left + width * 0.3, left + width * 0.3, -1
    while x <= left + width * 0.7:
        count = sum(1 for l in narrow if l.x0 < x < l.x1)
        if count != run_count:
            run_start, run_count = x, count
        candidate = (count, -(x - run_start), (x + run_start) / 2)
        if best is None or candidate < best:
            best = candidate
        x += 1.0
    assert best is not None
    crossings, _, g = best
    on_left = sum(1 for l in narrow if l.x1 <= g)
    on_right = sum(1 for l in narrow if l.x0 >= g)
    if crossings > max(2, len(narrow) // 20) or on_left < 3 or on_right < 3:
        return None
    return g


def _reading_order(lines: list[Line]) -> list[Line]:
    lines = sorted(lines, key=lambda l: (-l.y1, l.x0))
    g = _gutter(lines)
    if g is None:
        return lines
    out: list[Line] = []
    band: list[Line] = []

    def flush() -> None:
        out.extend(l for l in band if l.column == 1)
        out.extend(l for l in band if l.column == 2)
        band.clear()

    for line in lines:
        if line.x0 < g < line.x1:
            flush()
            line.column = 0
            out.append(line)
        else:
            line.column = 1 if line.x1 <= g else 2
            band.append(line)
    flush()
    return out


# --- paragraphs and the page map ----------------------------------------------------------
def _pitch(lines: list[Line]) -> float:
    """Median distance between consecutive baselines of one column, per point of type size."""
    diffs = [(a.base - b.base) / a.size for a, b in zip(lines, lines[1:])
             if a.column == b.column and abs(a.size - b.size) < 0.5 and 0 < a.base - b.base < 2.5 * a.size]
    return statistics.median(diffs) if diffs else 0.0


def _new_paragraph(a: Line, b: Line, pitch: float, left_edge: float, right_edge: float,
                   a_starts: bool = False) -> bool:
    """Whether line ``b`` starts a new paragraph after line ``a``.

    ``left_edge`` is the left edge of ``b``'s column, ``right_edge`` the right edge of ``a``'s;
    ``a_starts`` tells whether ``a`` began its paragraph. Signals, from the surest: a
    larger gap than the line pitch, a change of type (bold, size), then a last line that
    stops short of the right edge because the sentence, the heading (bold) or the list
    item ended there, or because the next line is indented (first-line indent).
    """
    short = a.x1 < right_edge - 0.5 * a.size  # the last line of a paragraph stops short (a justified one does not)
    ends = bool(_SENTENCE_END.search(a.text)) or bool(_LIST_MARKER.match(b.text))
    if a.page != b.page or b.base > a.base:
        # The flow moved to the top of the next column or page: the paragraph goes on
        # unless its last line ended it or the type changes (a heading tops the column).
        if a.bold != b.bold or abs(a.size - b.size) > 0.5:
            return True
        return short and (ends or b.x0 > left_edge + 0.6 * b.size
                          or (a.bold and _next_word_fits(a, b, left_edge, right_edge)))
    gap = a.base - b.base
    if gap <= 0 or (pitch and gap > pitch * a.size * 1.12) or a.bold != b.bold or abs(a.size - b.size) > 0.5:
        return True
    # A first-line indent — not the hanging indent of a numbered list's second line, nor
    # a centred line (a title's second line).
    # A first-line indent: deeper than the line before, or as deep as a line that itself
    # began a paragraph (one-line paragraphs in a row) — not the hanging indent of a
    # list's continuation lines, nor a centred line (a title's second line).
    indented = b.x0 > left_edge + 0.6 * b.size and not _centred(b, left_edge, right_edge) \
        and not _LIST_MARKER.match(a.text) and (b.x0 > a.x0 + 0.6 * b.size or a_starts)
    if a_starts and indented and abs(a.x0 - b.x0) < 0.3 * b.size:
        # Two first lines in a row at the paragraph indent: ``a`` was a whole paragraph,
        # even if it filled the line (an unbreakable e-mail address ran to the edge).
        return not b.text[0].islower()
    return short and (ends or indented or (a.bold and _next_word_fits(a, b, left_edge, right_edge))) \
        and not b.text[0].islower()


def _centred(line: Line, left_edge: float, right_edge: float) -> bool:
    margin_left, margin_right = line.x0 - left_edge, right_edge - line.x1
    return min(margin_left, margin_right) > 2 * line.size and abs(margin_left - margin_right) < 2 * line.size


def _next_word_fits(a: Line, b: Line, left_edge: float, right_edge: float) -> bool:
    """Whether ``b``'s first word would have fitted at the end of ``a``: then ``a`` ended on purpose.

    (A wrapped title or heading line stops short only by less than the next word.)
    """
    char = (b.x1 - b.x0) / max(len(b.text), 1)
    slack = right_edge - a.x1 + (a.x0 - left_edge if _centred(a, left_edge, right_edge) else 0.0)
    return slack > (len(b.text.split(" ", 1)[0]) + 1) * char


def _assemble(pages: list[PageLines]) -> tuple[str, list[Page]]:
    """The text (paragraphs, joined lines) and the page map."""
    parts: list[str] = []  # line texts at even indices, separators at odd ones
    first_part: list[int] = []  # index in ``parts`` of each page's first line
    hyphen_joints: list[int] = []  # separators after a line-final hyphen before a lower-case letter
    prev: Line | None = None
    prev_edge = 0.0
    prev_starts = True
    for p in pages:
        pitch = _pitch(p.lines)
        edges = {c: max((l.x1 for l in p.lines if l.column == c), default=0.0) for c in (0, 1, 2)}
        lefts = {c: min((l.x0 for l in p.lines if l.column == c), default=0.0) for c in (0, 1, 2)}
        first_part.append(len(parts))
        for line in p.lines:
            line.page = p.number
            if prev is not None:
                same_page = prev.page == p.number
                if _new_paragraph(prev, line, pitch, lefts[line.column],
                                  edges[prev.column] if same_page else prev_edge, prev_starts):
                    sep = "\n\n"
                elif prev.text[-1] in HYPHENS and len(prev.text) > 1 and prev.text[-2].isalnum():
                    # A typesetter only cuts a word before a lower-case letter; before a
                    # capital or a digit the hyphen is the text's own (Adipose-Derived,
                    # 106-112), so the line break simply goes.
                    sep = "\n" if line.text[0].islower() else ""
                    if sep:
                        hyphen_joints.append(len(parts))
                elif _URL_TAIL.search(prev.text):
                    sep = "\n"  # a link broken at the line end: no space inside it
                else:
                    sep = " "
                parts.append(sep)
            if line is p.lines[0]:
                first_part[-1] = len(parts)
            prev_starts = prev is None or parts[-1] == "\n\n"
            parts.append(line.text)
            prev = line
            prev_edge = edges[line.column]
    _settle_hyphens(parts, hyphen_joints)
    starts, length, k = [], 0, 0
    for i, part in enumerate(parts):
        while k < len(first_part) and first_part[k] == i:
            starts.append(length)
            k += 1
        length += len(part)
    starts.extend([length] * (len(pages) - len(starts)))
    text = "".join(parts)
    page_map = []
    for i, p in enumerate(pages):
        end = starts[i + 1] if i + 1 < len(pages) else len(text)
        page_map.append(Page(p.number, starts[i], max(starts[i], end), p.label, tuple(p.removed)))
    return text, page_map


def _settle_hyphens(parts: list[str], joints: list[int]) -> None:
    """Keep the line break after a line-final hyphen only where the word may have been cut.

    Whether ``stem-⏎cell`` is a cut word or a compound broken at its own hyphen, the
    document itself often tells: the same compound written elsewhere with its hyphen
    (and never without) is a compound — its line break goes and the hyphen stays. The
    other joints keep ``-⏎`` for the repair stage to decide (dictionary words).
    """
    if not joints:
        return
    text = "".join(parts).lower()
    # One pass over the text: pairs of words joined by a hyphen, and single words.
    pairs = Counter(m.groups() for m in re.finditer(r"(\w+)-(\w+)", text))
    words = Counter(re.findall(r"\w+", text))
    for j in joints:
        head = re.search(r"(\w+)-$", parts[j - 1])
        tail = re.match(r"\w+", parts[j + 1])
        if not head or not tail:
            continue
        h, t = head.group(1).lower(), tail.group().lower()
        if pairs[(h, t)] and not words[h + t]:
            parts[j] = ""


def lay_out(pages: list[PageLines]) -> tuple[str, list[Page]]:
    """The text of the pages in reading order, without running heads, and its page map."""
    _strip_running_heads(pages)
    for p in pages:
        p.lines = _reading_order(p.lines)
    return _assemble(pages)
