"""Records for references, in-text citations and the citation check (issue #5).

All records are frozen dataclasses holding JSON-able values only; ``to_dict()`` and
``from_dict()`` round-trip losslessly (tuples become lists in the dict and back).
Offsets (``start``/``end``) refer to the string the parser was called with; the
pipeline maps them back to the original source text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

# Surname = everything before the first initial ("Andaloussi S.E." -> "Andaloussi",
# "van der Berg J." -> "van der Berg"); also handles "Smith, J." and "И.И. Иванов".
_INITIALS_TAIL = re.compile(r"(?:,?\s+(?:[A-ZА-ЯЁ][a-zа-яё]?\.?\s?-?){1,3})$")
_INITIALS_HEAD = re.compile(r"^(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?-?){1,3}\s*")


def author_surname(author: str) -> str:
    """Return the surname part of an author string as written (``"Mazini L."`` -> ``"Mazini"``)."""
    name = author.strip().rstrip(",")
    if "," in name:  # "Smith, J." (APA) — surname comes first, before the comma
        return name.split(",", 1)[0].strip()
    tail = _INITIALS_TAIL.sub("", name)
    if tail and tail != name:
        return tail.strip()
    head = _INITIALS_HEAD.sub("", name)  # "И.И. Иванов"
    return (head or name).strip()


def fold_name(name: str) -> str:
    """Case-, diacritic- and ё-insensitive key for matching surnames (``Rädler`` ~ ``Radler``)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("ё", "е"))
    # Dropping combining marks folds ä->a and also й->и; both only make matching laxer.
    return "".join(ch for ch in decomposed if ch.isalnum())


def _opt_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if value is not None else ()


@dataclass(frozen=True)
class BibliographicRecord:
    """The fields a reference and its translated twin share; ``text == source[start:end]``."""

    text: str
    authors: tuple[str, ...]
    title: str | None
    journal: str | None
    year: int | None
    volume: str | None
    issue: str | None
    pages: str | None
    doi: str | None
    url: str | None
    lang: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict (authors as a list)."""
        return {
            "text": self.text, "authors": list(self.authors), "title": self.title,
            "journal": self.journal, "year": self.year, "volume": self.volume,
            "issue": self.issue, "pages": self.pages, "doi": self.doi, "url": self.url,
            "lang": self.lang, "start": self.start, "end": self.end,
        }

    @staticmethod
    def _shared_fields(d: dict[str, Any]) -> dict[str, Any]:
        return {
            "text": d["text"], "authors": _opt_tuple(d.get("authors")), "title": d.get("title"),
            "journal": d.get("journal"), "year": d.get("year"), "volume": d.get("volume"),
            "issue": d.get("issue"), "pages": d.get("pages"), "doi": d.get("doi"), "url": d.get("url"),
            "lang": d.get("lang"), "start": d["start"], "end": d["end"],
        }


@dataclass(frozen=True)
class ReferenceTranslation(BibliographicRecord):
    """The bracketed transliterated/translated twin of a Russian reference.

    ``text == source[start:end]`` is the content *inside* the square brackets, e.g.
    ``Sviderskaya N.E., … 2019; 69(2): 135–146. (In Russ.)``.
    """

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ReferenceTranslation":
        """Inverse of :meth:`to_dict`."""
        return cls(**cls._shared_fields(d))


@dataclass(frozen=True)
class Reference(BibliographicRecord):
    """One entry of a reference list.

    ``number`` is the number as written (``24.``, ``[24]``, ``24)``) or the 1-based
    position for bulleted/unnumbered lists. ``text == source[start:end]`` is the entry
    without its list marker. ``doi`` is lower-cased, without ``https://doi.org/`` /
    ``doi:`` prefixes and trailing punctuation. ``translation`` is the bracketed
    ``[… (In Russ.)]`` twin of a Russian reference, parsed the same way.
    """

    number: int | None = None
    translation: ReferenceTranslation | None = None
    source: int = 0  # index into Article.sources

    @property
    def first_author(self) -> str | None:
        """The first author as written, or ``None``."""
        return self.authors[0] if self.authors else None

    @property
    def first_author_surname(self) -> str | None:
        """Surname of the first author (used to resolve author–year citations)."""
        return author_surname(self.authors[0]) if self.authors else None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict (authors as a list, translation as a nested dict)."""
        return {
            "number": self.number, **super().to_dict(),
            "translation": self.translation.to_dict() if self.translation else None,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Reference":
        """Inverse of :meth:`to_dict`."""
        tr = d.get("translation")
        return cls(**cls._shared_fields(d), number=d.get("number"),
                   translation=ReferenceTranslation.from_dict(tr) if tr else None, source=d.get("source", 0))


@dataclass(frozen=True)
class Citation:
    """An in-text citation marker: ``text == source[start:end]``.

    ``refs`` are the sorted reference numbers the marker resolves to (ranges expanded).
    ``unresolved`` are numbers written in the marker that are not in the reference list
    (only filled when a list was given). ``kind`` is ``"numeric"`` (``[1, 3–5]``),
    ``"superscript"`` (``^{1,2}``, ``¹⁻³``) or ``"author_year"`` (``(Smith et al., 2019)``).
    """

    start: int
    end: int
    text: str
    refs: tuple[int, ...]
    kind: str = "numeric"
    unresolved: tuple[int, ...] = ()
    source: int = 0  # index into Article.sources

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {
            "start": self.start, "end": self.end, "text": self.text, "refs": list(self.refs),
            "kind": self.kind, "unresolved": list(self.unresolved), "source": self.source,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Citation":
        """Inverse of :meth:`to_dict`."""
        return cls(
            d["start"], d["end"], d["text"], _opt_tuple(d.get("refs")),
            d.get("kind", "numeric"), _opt_tuple(d.get("unresolved")), d.get("source", 0),
        )


@dataclass(frozen=True)
class CitationReport:
    """Consistency of citations against the list.

    ``uncited``: reference numbers never cited. ``missing``: numbers cited but absent
    from the list. ``unmatched``: texts of author–year markers that match no reference.
    """

    uncited: tuple[int, ...]
    missing: tuple[int, ...]
    unmatched: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every reference is cited and every citation resolves."""
        return not (self.uncited or self.missing or self.unmatched)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-able dict."""
        return {"uncited": list(self.uncited), "missing": list(self.missing),
                "unmatched": list(self.unmatched)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "CitationReport":
        """Inverse of :meth:`to_dict`."""
        return cls(_opt_tuple(d.get("uncited")), _opt_tuple(d.get("missing")),
                   _opt_tuple(d.get("unmatched")))
