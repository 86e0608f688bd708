"""The :class:`Article`: everything the library knows about one article.

An Article is plain data (records from :mod:`secretome_nlp.records`) plus convenience
look-ups for notebooks. Its JSON form is the versioned contract documented in
``docs/article-schema.md`` and ``export/article.schema.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .errors import SchemaVersionError
from .records.article import Metadata, Section, SectionPair, Sentence, Source
from .records.coverage import SourceCoverage

SCHEMA_VERSION = "1"

E = TypeVar("E")


@dataclass(frozen=True)
class Article:
    """A parsed bilingual article.

    Every ``start``/``end`` in it indexes ``sources[source].text`` (the decoded input).
    """

    doc_id: str
    sources: tuple[Source, ...]
    sections: tuple[Section, ...] = ()
    pairs: tuple[SectionPair, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    entities: tuple[Any, ...] = ()
    abbreviations: tuple[Any, ...] = ()
    references: tuple[Any, ...] = ()
    citations: tuple[Any, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Where every character of each source went (prose / structured / unassigned).
    coverage: tuple[SourceCoverage, ...] = ()

    # --- display --------------------------------------------------------------------
    def __repr__(self) -> str:
        # short: the generated repr would print every source text in full
        return (f"<Article {self.doc_id!r}: {len(self.sources)} source(s), {len(self.sections)} sections, "
                f"{len(self.pairs)} RU/EN pairs, {len(self.sentences)} sentences, {len(self.entities)} entities, "
                f"{len(self.references)} references>")

    def _repr_html_(self) -> str:
        """Jupyter's rich view: the same page as ``sn.view(article)``."""
        from .display import html_of

        return html_of(self)

    # --- look-ups -------------------------------------------------------------------
    def section(self, section_id: str) -> Section:
        """The section with id ``section_id`` (``KeyError`` if there is none)."""
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def sections_of(self, kind: str, lang: str | None = None) -> list[Section]:
        """Sections of a kind (``"introduction"``), optionally in one language."""
        return [s for s in self.sections if (s.kind == kind or kind in s.covers)
                and (lang is None or s.lang == lang)]

    def text_of(self, obj: Any) -> str:
        """The source text under any record with ``start``/``end`` (and ``source``)."""
        return self.sources[getattr(obj, "source", 0) or 0].text[obj.start:obj.end]

    def page_of(self, obj: Any) -> Any:
        """The :class:`~secretome_nlp.records.article.Page` on which a record (``start``, ``source``)
        begins; ``None`` when its source has no pages (anything but PDF)."""
        return self.sources[getattr(obj, "source", 0) or 0].page_at(obj.start)

    def repaired_view(self, source: int = 0) -> Any:
        """The repaired text of a source with its offset map (a :class:`~secretome_nlp.repair.RepairedText`).

        Rebuilt on demand (the repair is deterministic), so the Article stays plain data.
        """
        from .repair import repair

        return repair(self.sources[source].text)

    def sentences_in(self, section_id: str) -> list[Sentence]:
        """Sentences whose section is ``section_id``."""
        return [s for s in self.sentences if s.section == section_id]

    def entities_of(self, cls: type[E]) -> list[E]:
        """Entities that are instances of ``cls`` (``Cytokine`` includes chemokines)."""
        return [e for e in self.entities if isinstance(e, cls)]

    def entity(self, entity_id: str) -> Any:
        """The entity with canonical id ``entity_id`` (``KeyError`` if absent)."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def evidence(self, entity: Any) -> list[Any]:
        """References cited in the sentences that mention ``entity`` (an entity or its id)."""
        if isinstance(entity, str):
            entity = self.entity(entity)
        numbers = sorted({n for m in entity.mentions for n in getattr(m, "citations", ())})
        by_number = {r.number: r for r in self.references}
        return [by_number[n] for n in numbers if n in by_number]

    def citation_report(self) -> Any:
        """Uncited references and citations of numbers missing from the list (``CitationReport``)."""
        from .references import check_citations

        return check_citations(self.references, self.citations)

    def iter_pairs(self) -> Iterator[tuple[Section, Section, SectionPair]]:
        """``(ru section, en section, pair)`` for every pair."""
        by_id = {s.id: s for s in self.sections}
        for p in self.pairs:
            yield by_id[p.ru], by_id[p.en], p

    # --- serialisation --------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The Article as JSON-able data (schema version ``"1"``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": self.doc_id,
            "sources": [s.to_dict() for s in self.sources],
            "metadata": self.metadata.to_dict(),
            "sections": [s.to_dict() for s in self.sections],
            "pairs": [p.to_dict() for p in self.pairs],
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "abbreviations": [a.to_dict() for a in self.abbreviations],
            "references": [r.to_dict() for r in self.references],
            "citations": [c.to_dict() for c in self.citations],
            "warnings": list(self.warnings),
            "coverage": [c.to_dict() for c in self.coverage],
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The Article as a JSON string (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        """Rebuild an Article from :meth:`to_dict` output (lossless)."""
        version = str(d.get("schema_version"))
        if version != SCHEMA_VERSION:
            raise SchemaVersionError(f"schema_version {version!r} is not supported (expected {SCHEMA_VERSION!r})")
        from .records.entities import Abbreviation, entity_from_dict
        from .records.references import Citation, Reference

        return cls(
            doc_id=d["doc_id"],
            sources=tuple(Source.from_dict(s) for s in d["sources"]),
            sections=tuple(Section.from_dict(s) for s in d.get("sections", ())),
            pairs=tuple(SectionPair.from_dict(p) for p in d.get("pairs", ())),
            sentences=tuple(Sentence.from_dict(s) for s in d.get("sentences", ())),
            metadata=Metadata.from_dict(d.get("metadata", {})),
            entities=tuple(entity_from_dict(e) for e in d.get("entities", ())),
            abbreviations=tuple(Abbreviation.from_dict(a) for a in d.get("abbreviations", ())),
            references=tuple(Reference.from_dict(r) for r in d.get("references", ())),
            citations=tuple(Citation.from_dict(c) for c in d.get("citations", ())),
            warnings=tuple(d.get("warnings", ())),
            coverage=tuple(SourceCoverage.from_dict(c) for c in d.get("coverage", ())),
        )

    @classmethod
    def from_json(cls, text: str) -> "Article":
        """Rebuild an Article from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text))


def spans_of(article: Article) -> Iterator[tuple[str, int, int, int]]:
    """``(what, source, start, end)`` for every span-bearing object of the article."""
    for s in article.sections:
        yield "section", s.source, s.start, s.end
    for sentence in article.sentences:
        yield "sentence", sentence.source, sentence.start, sentence.end
        for a, b in sentence.tokens:
            yield "token", sentence.source, a, b
    srcs = {s.id: s.source for s in article.sections}
    for p in article.pairs:
        for g in p.sentences:
            for a, b in g.ru:
                yield "pair.ru", srcs[p.ru], a, b
            for a, b in g.en:
                yield "pair.en", srcs[p.en], a, b
    for e in article.entities:
        for m in e.mentions:
            yield "mention", m.source, m.start, m.end
    for r in article.references:
        yield "reference", getattr(r, "source", 0), r.start, r.end
    for c in article.citations:
        yield "citation", getattr(c, "source", 0), c.start, c.end
    for cov in article.coverage:
        for a, b in cov.unassigned_spans:
            yield "unassigned", cov.source, a, b
