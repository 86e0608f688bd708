"""Input formats: plain text, PDF, JATS XML and HTML article pages.

One registry (:data:`registry`) holds a reader per format; :func:`secretome_nlp.io.read_document`
asks it to choose by content sniffing, with the file suffix as a hint. Adding a format is
one module with a class that has ``name``, ``suffixes``, ``sniff`` and ``read``, plus one
``registry.register(...)`` line below. Heavy libraries (pypdfium2, lxml) are imported by
the readers on first use, never at import.
"""

from __future__ import annotations

from .base import Document, Element, Reader, Registry
from .html import HtmlReader
from .jats import JatsReader
from .pdf import PdfReader
from .text import TextReader

#: The readers the library knows. ``registry.register(MyReader())`` adds a format.
registry = Registry()
registry.register(TextReader())
registry.register(PdfReader())
registry.register(JatsReader())
registry.register(HtmlReader())

__all__ = ["Document", "Element", "Reader", "Registry", "registry", "TextReader", "PdfReader",
           "JatsReader", "HtmlReader"]
