"""PDF: the text layer in reading order, with a page map (pypdfium2, Apache-2.0/BSD).

Journal PDFs are typeset in two columns with running heads and page numbers. This module
turns pdfium's text page — every glyph with its box, font size and font — into lines
(pdfium's own line breaks, or a glyph that leaves the line's vertical extent;
superscripts stay on their line), and :mod:`~secretome_nlp.readers.pdf_layout` lays the
lines out as text: running heads out, columns in order, paragraphs, the page map.

No OCR: a PDF without a text layer raises :class:`~secretome_nlp.errors.NoTextLayerError`;
one that needs a password, :class:`~secretome_nlp.errors.EncryptedPDFError`.
"""

from __future__ import annotations

import statistics

from ..errors import EncryptedPDFError, MalformedPDFError, NoTextLayerError
from .base import Document
from .pdf_layout import HYPHENS, Line, PageLines, lay_out


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
        text, page_map = lay_out(pages)
        return Document(text, "pdf", self.name, tuple(page_map))


def _load(data: bytes, name: str) -> list[PageLines]:
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


def _page_lines(pdf, index: int) -> PageLines:
    import ctypes

    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        height = page.get_height()
        tp = page.get_textpage()
        lines: list[Line] = []
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
        return PageLines(index + 1, height, lines)
    finally:
        page.close()


def _make_line(chars: list) -> Line | None:
    text = "".join(c[0] for c in chars)
    if not text.strip():
        return None
    inked = [c for c in chars if not c[0].isspace() and c[2] > c[1]]
    if not inked:
        return None
    size = statistics.median(c[5] for c in inked)
    if len(inked) >= 2 and inked[-1][0] in HYPHENS and inked[-2][0].isalpha() \
            and inked[-1][1] - inked[-2][2] < 0.6 * size:
        # A justified line's final hyphen sits close to its word although pdfium puts
        # a generated space between them ("хемоки -"): the hyphen belongs to the word.
        text = text.rstrip()[:-1].rstrip() + "-"
    body = [c for c in inked if c[5] >= size * 0.9] or inked  # superscripts do not set the line box
    return Line(" ".join(text.split()), min(c[1] for c in inked), max(c[2] for c in inked),
                 min(c[3] for c in body), max(c[4] for c in body), size, False,
                 statistics.median(c[3] for c in body))


def _same_line(a: Line, b: Line) -> bool:
    """``b`` continues ``a`` on the same baseline (a separate text object: a footnote mark)."""
    return a.y0 - 1 <= b.middle <= a.y1 + 1 and a.x1 - 1 <= b.x0 < a.x1 + a.size  # not the next column


def _extend(a: Line, b: Line) -> None:
    a.text += (" " if b.x0 - a.x1 > a.size * 0.2 else "") + b.text
    a.x1 = max(a.x1, b.x1)
