"""Lay markup out as text: blocks separated by a blank line, inline white space collapsed.

The JATS and HTML readers walk their trees and hand blocks to a :class:`TextBuilder`;
it keeps the running offset so that a reader can record where each element's text
lands (:class:`~secretome_nlp.readers.base.Element`). Every character of the result is
the document's own text, except the blank lines between blocks and the separators a
reader adds on purpose (``". "`` after a run-in title, ``": "`` after a label).
"""

from __future__ import annotations

import re

from .base import Element

_SPACE = re.compile(r"\s+")


class TextBuilder:
    """Accumulates text block by block and the elements found in it."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._block_open = False
        self._pending_space = False
        self.elements: list[Element] = []

    @property
    def offset(self) -> int:
        """Where the next character will go (a pending space counted)."""
        return self._length + (1 if self._pending_space and self._block_open else 0)

    def start_block(self) -> None:
        """Begin a block (a paragraph, a title, a list item): a blank line before it."""
        self.end_block()
        if self._length:
            self._emit("\n\n")
        self._block_open = True

    def end_block(self) -> None:
        """Finish the current block (trailing white space dropped)."""
        self._block_open = False
        self._pending_space = False

    def add(self, text: str | None) -> None:
        """Inline text: runs of white space become one space; none at a block's start."""
        if not text:
            return
        if not self._block_open:
            self.start_block()
        pieces = _SPACE.split(text)
        for i, piece in enumerate(pieces):
            if i > 0:
                self._pending_space = True
            if piece:
                if self._pending_space and self._at_block_content():
                    self._emit(" ")
                self._pending_space = False
                self._emit(piece)

    def add_raw(self, text: str) -> None:
        """A separator the reader adds (``". "``), kept exactly."""
        if not self._block_open:
            self.start_block()
        self._pending_space = False
        self._emit(text)

    def mark(self, name: str, start: int, attrs: dict[str, str] | None = None, end: int | None = None) -> Element:
        """Record an element whose text runs from ``start`` to ``end`` (default: the current offset)."""
        e = Element(name, start, self._length if end is None else end, tuple(sorted((attrs or {}).items())))
        self.elements.append(e)
        return e

    def text(self) -> str:
        """The text laid out so far."""
        return "".join(self._parts)

    def _at_block_content(self) -> bool:
        return bool(self._parts) and not self._parts[-1].endswith(("\n", " "))

    def _emit(self, s: str) -> None:
        self._parts.append(s)
        self._length += len(s)
