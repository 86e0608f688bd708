"""PDF: the text layer in reading order, with a page map (pypdfium2, Apache-2.0/BSD).

Journal PDFs are typeset in two columns with running heads and page numbers. The reader
works from the position of every character (pdfium's text page):

1. characters → lines (pdfium's own line breaks, superscripts kept on their line);
2. running heads, footers and page numbers — lines in the top or bottom band of a page
   that repeat on other pages (digits ignored) or are a bare number — are taken out of
   the text and kept in :attr:`Page.removed` (the printed number becomes ``Page.label``);
3. the gutter is the vertical strip in the middle of the page that no column-width line
   crosses; lines that cross it span both columns and cut the page into bands, read top
   to bottom, the left column before the right one inside each band;
4. lines → paragraphs: a new paragraph starts after a larger vertical gap than the
   page's line pitch, at a change between bold and regular type, or after a short line
   that ends a sentence. Paragraphs are separated by a blank line; inside a paragraph
   lines are joined by a space, except after a line-final hyphen, where the line break
   is kept (``диффе-⏎ренцировать``) so that the repair stage decides between a word cut
   by the typesetter and a real compound.

No OCR: a PDF without a text layer raises :class:`~secretome_nlp.errors.NoTextLayerError`.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from ..errors import EncryptedPDFError, MalformedPDFError, NoTextLayerError
from ..records.article import Page
from .base import Document

#: Share of the page height at the top and at the bottom where running heads live.
_MARGIN_BAND = 0.08
_PAGE_NUMBER = re.compile(r"^\W{0,3}(?:[Сс]тр\.?\s*|[Pp]age\s*|[Pp]\.\s*)?(\d{1,4})(?:\s*(?:из|of)\s*\d{1,4})?\W{0,3}$")
_HEAD_NUMBER = re.compile(r"^(\d{1,4})\s+\S|\S\s+(\d{1,4})(?:\s*/\s*\d{1,4})?$")
_HYPHENS = "-\u00ad\u2010\x02"
_URL_TAIL = re.compile(r"(?:https?://|www\.|doi\.org/|\b10\.\d{4,9}/)\S*(?<![.,;)])$")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)\]]?$")
_LIST_MARKER = re.compile(r"(?:\d{1,3}[.)]|\[\d{1,3}\]|[•●▪–-])\s")


@dataclass
class _Line:
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
class _Page:
    number: int
    height: float
    lines: list[_Line] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    label: str | None = None


class PdfReader:
    """PDF files with a text layer (journal PDFs, eLibrary downloads)."""

    name: str = "pdf"
    suffixes: tuple[str, ...] = (".pdf",)

    def sniff(self, head: bytes) -> int:
        return 2 if b"%PDF-" in head[:1024] else 0

    def read(self, data: bytes, name: str) -> Document:
        pages = _load(data, name)
        if not any(p.lines for p in pages):
            raise NoTextLayerError(f"{name}: PDF has no text layer (a scan?); OCR it first")
        _strip_running_heads(pages)
        for p in pages:
            p.lines = _reading_order(p.lines)
        text, page_map = _assemble(pages)
        return Document(text, "pdf", self.name, tuple(page_map))


def _load(data: bytes, name: str) -> list[_Page]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD or "password" in str(exc).lower():
            raise EncryptedPDFError(f"{name}: PDF is encrypted (password-protected); cannot read its text") from None
        raise MalformedPDFError(f"{name}: damaged PDF ({str(exc).splitlines()[0]})") from None
    try:
        return [_page_lines(pdf, i) for i in range(len(pdf))]
    finally:
        pdf.close()


def _page_lines(pdf, index: int) -> _Page:
    import ctypes

    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        height = page.get_height()
        tp = page.get_textpage()
        lines: list[_Line] = []
        chars: list[tuple[str, float, float, float, float, float]] = []
        name = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()

        def bold(i: int) -> bool:
            # Weight is often unset in embedded fonts; the font name says "Bold" reliably.
            raw.FPDFText_GetFontInfo(tp.raw, i, name, 128, ctypes.byref(flags))
            return b"bold" in name.value.lower() or raw.FPDFText_GetFontWeight(tp.raw, i) >= 600

        matrix = raw.FS_MATRIX()

        def scale(i: int) -> float:
            # Font sizes are in text space; a producer that scales the page (Chromium: px → pt)
            # says so in the glyph's matrix.
            if not raw.FPDFText_GetMatrix(handle, i, ctypes.byref(matrix)):
                return 1.0
            return abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0

        def flush() -> None:
            line = _make_line(chars)
            if line is not None:
                line.bold = bold(max(first_inked, 0))
                line.size *= scale(max(first_inked, 0))
                if lines and _same_line(lines[-1], line):
                    _extend(lines[-1], line)
                else:
                    lines.append(line)
            chars.clear()

        # Raw calls with reused ctypes doubles: the helper's get_charbox costs twice as much.
        box = [ctypes.c_double() for _ in range(4)]
        refs = [ctypes.byref(x) for x in box]
        handle = tp.raw
        # The last glyph's left edge and size, and the vertical extent of the line so far.
        last: tuple[float, float, float, float] | None = None  # left, bottom, top, size
        first_inked = -1
        for i in range(tp.count_chars()):
            code = raw.FPDFText_GetUnicode(handle, i)
            ch = chr(code)
            if ch in "\r\n":
                flush()
                last, first_inked = None, -1
                continue
            if ch.isspace():  # spaces carry no geometry the reader uses: spare the calls
                chars.append((" ", 0.0, 0.0, 0.0, 0.0, 0.0))
                continue
            raw.FPDFText_GetCharBox(handle, i, *refs)  # left, right, bottom, top
            left, right, bottom, top = box[0].value, box[1].value, box[2].value, box[3].value
            size = raw.FPDFText_GetFontSize(handle, i)
            inked = right > left
            if inked and last is not None and (top < last[1] or bottom > last[2] or left < last[0] - 4 * last[3]):
                # pdfium does not always mark a line break: a glyph that does not overlap
                # the line vertically (the next line, the top of the next column) or lies
                # far back to the left starts a new line.
                flush()
                last, first_inked = None, -1
            if code == 2 or (ch in "-\u00ad" and raw.FPDFText_IsHyphen(handle, i)):
                ch = "-"
                while chars and chars[-1][0].isspace():
                    chars.pop()  # a justified line may leave a gap before its hyphen
            if inked:
                # The line's extent (not the last glyph's: "." is low, a raised "*" high).
                last = (left, min(bottom, last[1]) if last else bottom, max(top, last[2]) if last else top, size)
                if first_inked < 0:
                    first_inked = i
            chars.append((ch, left, right, bottom, top, size))
        flush()
        tp.close()
        return _Page(index + 1, height, lines)
    finally:
        page.close()


def _make_line(chars: list) -> _Line | None:
    text = "".join(c[0] for c in chars)
    if not text.strip():
        return None
    inked = [c for c in chars if not c[0].isspace() and c[2] > c[1]]
    if not inked:
        return None
    size = statistics.median(c[5] for c in inked)
    if len(inked) >= 2 and inked[-1][0] in _HYPHENS and inked[-2][0].isalpha() \
            and inked[-1][1] - inked[-2][2] < 0.6 * size:
        # A justified line's final hyphen sits close to its word although pdfium puts
        # a generated space between them ("хемоки -"): the hyphen belongs to the word.
        text = text.rstrip()[:-1].rstrip() + "-"
    body = [c for c in inked if c[5] >= size * 0.9] or inked  # superscripts do not set the line box
    return _Line(" ".join(text.split()), min(c[1] for c in inked), max(c[2] for c in inked),
                 min(c[3] for c in body), max(c[4] for c in body), size, False,
                 statistics.median(c[3] for c in body))


def _same_line(a: _Line, b: _Line) -> bool:
    """``b`` continues ``a`` on the same baseline (a separate text object: a footnote mark)."""
    return a.y0 - 1 <= b.middle <= a.y1 + 1 and a.x1 - 1 <= b.x0 < a.x1 + a.size  # not the next column


def _extend(a: _Line, b: _Line) -> None:
    a.text += (" " if b.x0 - a.x1 > a.size * 0.2 else "") + b.text
    a.x1 = max(a.x1, b.x1)


# --- running heads, footers, page numbers ---------------------------------------------
def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _strip_running_heads(pages: list[_Page]) -> None:
    def in_band(line: _Line, page: _Page) -> bool:
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
def _gutter(lines: list[_Line]) -> float | None:
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


def _reading_order(lines: list[_Line]) -> list[_Line]:
    lines = sorted(lines, key=lambda l: (-l.y1, l.x0))
    g = _gutter(lines)
    if g is None:
        return lines
    out: list[_Line] = []
    band: list[_Line] = []

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
def _pitch(lines: list[_Line]) -> float:
    """Median distance between consecutive baselines of one column, per point of type size."""
    diffs = [(a.base - b.base) / a.size for a, b in zip(lines, lines[1:])
             if a.column == b.column and abs(a.size - b.size) < 0.5 and 0 < a.base - b.base < 2.5 * a.size]
    return statistics.median(diffs) if diffs else 0.0


def _new_paragraph(a: _Line, b: _Line, pitch: float, left_edge: float, right_edge: float,
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
    return short and (ends or indented or (a.bold and _next_word_fits(a, b, left_edge, right_edge))) \
        and not b.text[0].islower()


def _centred(line: _Line, left_edge: float, right_edge: float) -> bool:
    margin_left, margin_right = line.x0 - left_edge, right_edge - line.x1
    return min(margin_left, margin_right) > 2 * line.size and abs(margin_left - margin_right) < 2 * line.size


def _next_word_fits(a: _Line, b: _Line, left_edge: float, right_edge: float) -> bool:
    """Whether ``b``'s first word would have fitted at the end of ``a``: then ``a`` ended on purpose.

    (A wrapped title or heading line stops short only by less than the next word.)
    """
    char = (b.x1 - b.x0) / max(len(b.text), 1)
    slack = right_edge - a.x1 + (a.x0 - left_edge if _centred(a, left_edge, right_edge) else 0.0)
    return slack > (len(b.text.split(" ", 1)[0]) + 1) * char


def _assemble(pages: list[_Page]) -> tuple[str, list[Page]]:
    """The text (paragraphs, joined lines) and the page map."""
    parts: list[str] = []  # line texts at even indices, separators at odd ones
    first_part: list[int] = []  # index in ``parts`` of each page's first line
    hyphen_joints: list[int] = []  # separators after a line-final hyphen before a lower-case letter
    prev: _Line | None = None
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
                elif prev.text[-1] in _HYPHENS and len(prev.text) > 1 and prev.text[-2].isalnum():
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
