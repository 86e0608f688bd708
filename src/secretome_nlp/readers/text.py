"""Plain text: decoded by :func:`secretome_nlp.io.decode` (UTF-8/16, cp1251, KOI8-R)."""

from __future__ import annotations

from .base import Document


class TextReader:
    """The fallback reader: anything that is not claimed more surely by another format."""

    name: str = "text"
    suffixes: tuple[str, ...] = (".txt", ".text", ".md")

    def sniff(self, head: bytes) -> int:
        return 1

    def read(self, data: bytes, name: str) -> Document:
        from ..io import decode

        text, encoding = decode(data, name)
        return Document(text, encoding, self.name)
