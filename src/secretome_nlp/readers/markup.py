"""What markup states outright takes precedence over what is inferred from the text.

JATS says where each citation is (``<xref ref-type="bibr">``), which DOI a reference has
(``<pub-id pub-id-type="doi">``) and who the authors are with their ORCIDs; an HTML page
says its bibliographic data in ``citation_*`` meta tags. The pipeline parses the text of
every source as usual and then lets these statements replace the inferred values — no
guessing where the markup says it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ..records.article import Affiliation, Author, Metadata
from ..records.references import Citation
from .base import Document


def with_markup_metadata(metadata: Metadata, documents: Sequence[Document]) -> Metadata:
    """``metadata`` with every field that some document's markup states replaced by it."""
    for doc in documents:
        stated = doc.metadata
        if not stated:
            continue
        changes: dict[str, Any] = {}
        for key in ("doi", "year", "volume", "issue", "pages"):
            if stated.get(key):
                changes[key] = stated[key]
        for key in ("title", "journal", "dates"):
            if stated.get(key):
                merged = dict(getattr(metadata, key))
                merged.update({k: v for k, v in stated[key].items() if v})
                changes[key] = merged
        if stated.get("keywords"):
            merged_kw = dict(metadata.keywords)
            merged_kw.update({k: list(v) for k, v in stated["keywords"].items() if v})
            changes["keywords"] = merged_kw
        if stated.get("authors"):
            changes["authors"] = _authors(stated["authors"], metadata.authors)
        if stated.get("affiliations"):
            changes["affiliations"] = tuple(Affiliation.from_dict(a) for a in stated["affiliations"])
        metadata = dataclasses.replace(metadata, **changes)
    return metadata


def _authors(stated: Sequence[dict[str, Any]], inferred: Sequence[Author]) -> tuple[Author, ...]:
    """Authors as the markup lists them; what it leaves out (e-mail) kept from the text."""
    out = []
    for i, d in enumerate(stated):
        text_author = inferred[i] if i < len(inferred) else Author()
        out.append(Author(
            ru=d.get("ru") or text_author.ru, en=d.get("en") or text_author.en,
            orcid=d.get("orcid") or text_author.orcid,
            email=tuple(d.get("email") or text_author.email),
            affiliations=tuple(d.get("affiliations") or text_author.affiliations)))
    return tuple(out)


def with_markup_references(documents: Sequence[Document], references: list, citations: list) -> tuple[list, list]:
    """References with the DOIs their markup states; citations where the markup puts them.

    A source whose markup has citation elements (``citation`` with ``refs``) gets exactly
    those citations instead of the ones found by pattern; a reference whose ``ref``
    element states a DOI gets that DOI.
    """
    for i, doc in enumerate(documents):
        dois = {e.get("label"): e.get("doi") for e in doc.elements_named("ref") if e.get("doi")}
        if dois:
            references = [dataclasses.replace(r, doi=dois.get(str(r.number), r.doi).lower())  # type: ignore[union-attr]
                          if r.source == i and str(r.number) in dois else r for r in references]
        marked = doc.elements_named("citation")
        if marked:
            numbers = {r.number for r in references if r.source == i}
            own = []
            for e in marked:
                refs = tuple(int(n) for n in (e.get("refs") or "").split(",") if n)
                own.append(Citation(e.start, e.end, doc.text[e.start:e.end],
                                    tuple(n for n in refs if n in numbers), "numeric",
                                    tuple(n for n in refs if n not in numbers), i))
            citations = [c for c in citations if c.source != i] + own
    citations.sort(key=lambda c: (c.source, c.start, c.end))
    return references, citations
