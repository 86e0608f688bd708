"""What a reader returns, and the registry that chooses a reader for some bytes.

A reader turns the bytes of one input into a :class:`Document`: the decoded text that
every later stage works on (and that every reported offset indexes), plus what the
format itself knows — the page map of a PDF, the element structure of XML/HTML, and
metadata stated by markup. Readers are chosen by content sniffing; the file suffix only
breaks ties (and picks the reader whose error message fits a damaged file).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..records.article import Page, Source


@dataclass(frozen=True)
class Element:
    """A markup element whose text content is ``text[start:end]``.

    ``name`` is the element's role in the reader's vocabulary (``"sec"``, ``"title"``,
    ``"ref"``, ``"xref"``…); ``attrs`` holds the attributes the reader kept (``rid``,
    ``doi``, ``lang``…).
    """

    name: str
    start: int
    end: int
    attrs: tuple[tuple[str, str], ...] = ()

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value of attribute ``key``."""
        return dict(self.attrs).get(key, default)


@dataclass(frozen=True)
class Document:
    """A reader's result: the decoded text and what the format knows about it.

    ``metadata`` holds fields stated by markup, keyed like
    :meth:`~secretome_nlp.records.article.Metadata.to_dict` (only the keys the markup
    gives); they take precedence over what is inferred from the text.
    """

    text: str
    encoding: str
    format: str
    pages: tuple[Page, ...] = ()
    elements: tuple[Element, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict)
    path: str | None = None
    sha256: str = ""

    def to_source(self) -> Source:
        """The :class:`Source` record of this document (what the Article keeps)."""
        return Source(self.path, self.sha256, self.encoding, self.text, self.format, self.pages)

    def elements_named(self, name: str) -> list[Element]:
        """Elements with this ``name`` in document order."""
        return [e for e in self.elements if e.name == name]


class Reader(Protocol):
    """One input format.

    ``sniff`` looks at the first bytes and answers 2 (certainly this format), 1 (could
    be) or 0 (is not); ``read`` turns the whole input into a :class:`Document` or raises
    a subclass of :class:`~secretome_nlp.errors.InputError`.
    """

    name: str
    suffixes: tuple[str, ...]

    def sniff(self, head: bytes) -> int: ...

    def read(self, data: bytes, name: str) -> Document: ...


class Registry:
    """Readers by name; :meth:`choose` picks one for an input."""

    def __init__(self) -> None:
        self._readers: dict[str, Reader] = {}

    def register(self, reader: Reader) -> Reader:
        """Add (or replace) the reader for ``reader.name``."""
        self._readers[reader.name] = reader
        return reader

    def get(self, name: str) -> Reader:
        """The reader called ``name`` (``KeyError`` names the known ones)."""
        try:
            return self._readers[name]
        except KeyError:
            raise KeyError(f"no reader {name!r} (known: {', '.join(sorted(self._readers))})") from None

    def names(self) -> list[str]:
        """Names of the registered readers."""
        return sorted(self._readers)

    def suffixes(self) -> tuple[str, ...]:
        """Every file suffix some reader claims (lower case, with the dot)."""
        return tuple(sorted({s for r in self._readers.values() for s in r.suffixes}))

    def choose(self, data: bytes, suffix: str = "") -> Reader:
        """The reader for ``data``: the surest sniff wins; the suffix breaks ties."""
        head = data[:8192]
        suffix = suffix.lower()
        best = max(self._readers.values(),
                   key=lambda r: (r.sniff(head), suffix in r.suffixes))
        return best
