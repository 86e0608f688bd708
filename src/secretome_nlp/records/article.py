"""Records for the article's structure: sources, sections, sentences, pairs, metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class Page:
    """One page of a paginated source (PDF): ``start``/``end`` into ``Source.text``.

    ``number`` is the physical page number (1-based); ``label`` the printed page number
    when the page shows one (``"107"``); ``removed`` the running heads, footers and page
    numbers taken out of the text, kept here so that nothing is lost.
    """

    number: int
    start: int
    end: int
    label: str | None = None
    removed: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "start": self.start, "end": self.end, "label": self.label,
                "removed": list(self.removed)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Page":
        return cls(d["number"], d["start"], d["end"], d.get("label"), tuple(d.get("removed", ())))


@dataclass(frozen=True)
class Source:
    """One decoded input file (or text) and how it was decoded.

    ``format`` names the reader that produced ``text`` (``"text"``, ``"pdf"``, ``"jats"``,
    ``"html"``); ``pages`` is the page map of a paginated source (empty otherwise).
    """

    path: str | None
    sha256: str
    encoding: str
    text: str
    format: str = "text"
    pages: tuple[Page, ...] = ()

    def page_at(self, offset: int) -> Page | None:
        """The page holding the character at ``offset`` (``None`` for unpaginated sources)."""
        import bisect

        if not self.pages:
            return None
        i = bisect.bisect_right([p.start for p in self.pages], offset) - 1
        return self.pages[max(i, 0)]

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "encoding": self.encoding, "text": self.text,
                "format": self.format, "pages": [p.to_dict() for p in self.pages]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Source":
        return cls(d.get("path"), d["sha256"], d["encoding"], d["text"], d.get("format", "text"),
                   tuple(Page.from_dict(p) for p in d.get("pages", ())))


@dataclass(frozen=True)
class Section:
    """A section of one source: heading plus body, ``start``/``end`` into ``sources[source].text``.

    ``heading`` is the heading's text as written (empty for implicit sections such as the
    title block); ``level`` is 1 for top-level sections; ``parent`` is the id of the
    enclosing section or ``None``; ``covers`` lists every kind a merged heading names
    (``Результаты и заключение`` covers results and conclusion).
    """

    id: str
    source: int
    lang: str
    kind: str
    heading: str
    level: int
    parent: str | None
    start: int
    end: int
    heading_start: int | None = None
    heading_end: int | None = None
    covers: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "source": self.source, "lang": self.lang, "kind": self.kind,
            "heading": self.heading, "level": self.level, "parent": self.parent,
            "start": self.start, "end": self.end,
            "heading_start": self.heading_start, "heading_end": self.heading_end,
            "covers": list(self.covers or (self.kind,)),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Section":
        return cls(
            d["id"], d["source"], d["lang"], d["kind"], d["heading"], d["level"], d.get("parent"),
            d["start"], d["end"], d.get("heading_start"), d.get("heading_end"),
            tuple(d.get("covers", (d["kind"],))),
        )

    def _repr_html_(self) -> str:
        """Jupyter's rich view (``sn.view(article, record)`` shows it in context)."""
        from ..display import html_of

        return html_of(self)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a section with its tokens' lemmas (filled by the morphology stage)."""

    id: str
    source: int
    section: str
    lang: str
    start: int
    end: int
    tokens: tuple[Span, ...] = ()
    lemmas: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "source": self.source, "section": self.section, "lang": self.lang,
            "start": self.start, "end": self.end,
            "tokens": [list(t) for t in self.tokens], "lemmas": list(self.lemmas),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Sentence":
        return cls(
            d["id"], d["source"], d["section"], d["lang"], d["start"], d["end"],
            tuple((int(a), int(b)) for a, b in d.get("tokens", ())), tuple(d.get("lemmas", ())),
        )


@dataclass(frozen=True)
class SentenceGroup:
    """One alignment bead: Russian sentence spans ↔ English sentence spans (1–1, 1–2, 2–1, …)."""

    ru: tuple[Span, ...]
    en: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"ru": [list(s) for s in self.ru], "en": [list(s) for s in self.en]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "SentenceGroup":
        return cls(tuple((a, b) for a, b in d["ru"]), tuple((a, b) for a, b in d["en"]))


@dataclass(frozen=True)
class SectionPair:
    """A Russian section paired with its English counterpart.

    ``ru``/``en`` are section ids. A merged heading (``Результаты и заключение``)
    pairs with several English sections: then there is one pair per counterpart.
    """

    ru: str
    en: str
    kind: str
    score: float
    sentences: tuple[SentenceGroup, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "ru": self.ru, "en": self.en, "kind": self.kind, "score": self.score,
            "sentences": [g.to_dict() for g in self.sentences],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "SectionPair":
        return cls(d["ru"], d["en"], d["kind"], float(d["score"]),
                   tuple(SentenceGroup.from_dict(g) for g in d.get("sentences", ())))

    def _repr_html_(self) -> str:
        """Jupyter's rich view (``sn.view(article, record)`` shows it in context)."""
        from ..display import html_of

        return html_of(self)


@dataclass(frozen=True)
class Author:
    """An author in both scripts, with identifiers and affiliation numbers."""

    ru: str | None = None
    en: str | None = None
    orcid: str | None = None
    email: tuple[str, ...] = ()
    affiliations: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"ru": self.ru, "en": self.en, "orcid": self.orcid, "email": list(self.email),
                "affiliations": list(self.affiliations)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Author":
        return cls(d.get("ru"), d.get("en"), d.get("orcid"), tuple(d.get("email", ())),
                   tuple(d.get("affiliations", ())))


@dataclass(frozen=True)
class Affiliation:
    """A numbered affiliation in both languages."""

    number: int
    ru: str | None = None
    en: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "ru": self.ru, "en": self.en}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Affiliation":
        return cls(d["number"], d.get("ru"), d.get("en"))


def _bilingual(d: dict[str, Any] | None) -> dict[str, Any]:
    d = d or {}
    return {"ru": d.get("ru"), "en": d.get("en")}


@dataclass(frozen=True)
class Metadata:
    """Bibliographic metadata of the article (both languages where the article has them)."""

    doi: str | None = None
    title: dict[str, str | None] = field(default_factory=lambda: {"ru": None, "en": None})
    authors: tuple[Author, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    keywords: dict[str, list[str]] = field(default_factory=lambda: {"ru": [], "en": []})
    dates: dict[str, str | None] = field(
        default_factory=lambda: {"received": None, "accepted": None, "published": None})
    journal: dict[str, str | None] = field(default_factory=lambda: {"ru": None, "en": None})
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doi": self.doi, "title": _bilingual(self.title),
            "authors": [a.to_dict() for a in self.authors],
            "affiliations": [a.to_dict() for a in self.affiliations],
            "keywords": {"ru": list(self.keywords.get("ru", [])), "en": list(self.keywords.get("en", []))},
            "dates": {k: self.dates.get(k) for k in ("received", "accepted", "published")},
            "journal": _bilingual(self.journal), "year": self.year, "volume": self.volume,
            "issue": self.issue, "pages": self.pages,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Metadata":
        return cls(
            doi=d.get("doi"), title=_bilingual(d.get("title")),
            authors=tuple(Author.from_dict(a) for a in d.get("authors", ())),
            affiliations=tuple(Affiliation.from_dict(a) for a in d.get("affiliations", ())),
            keywords={"ru": list(d.get("keywords", {}).get("ru", [])),
                      "en": list(d.get("keywords", {}).get("en", []))},
            dates={k: d.get("dates", {}).get(k) for k in ("received", "accepted", "published")},
            journal=_bilingual(d.get("journal")), year=d.get("year"), volume=d.get("volume"),
            issue=d.get("issue"), pages=d.get("pages"),
        )
