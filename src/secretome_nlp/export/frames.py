"""Tables of one or many Articles: one tidy table per kind of record.

:data:`COLUMNS` is the single definition of every table's columns and their types; the
rows :func:`article_rows` builds, the DataFrames of :func:`to_frames` and the batch's
Parquet/CSV datasets all follow it (docs/batch-output.md documents it for users).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .collect import ArticleSource, iter_articles

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from ..article import Article

_S, _I, _F, _B, _LI = "string", "int64", "float64", "bool", "list<int64>"

#: Every table's columns, in order, with their type: ``string``, ``int64``, ``float64``,
#: ``bool`` or ``list<int64>``. Any column may be null except ``doc_id``.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (("doc_id", _S), ("doi", _S), ("title_ru", _S), ("title_en", _S), ("journal_ru", _S),
                 ("journal_en", _S), ("year", _I), ("volume", _S), ("issue", _S), ("pages", _S),
                 ("n_authors", _I), ("n_sections", _I), ("n_pairs", _I), ("n_entities", _I),
                 ("n_references", _I), ("n_warnings", _I), ("warnings", _S), ("unassigned_share", _F)),
    "sections": (("doc_id", _S), ("id", _S), ("source", _I), ("lang", _S), ("kind", _S), ("heading", _S),
                 ("level", _I), ("parent", _S), ("start", _I), ("end", _I), ("heading_start", _I),
                 ("heading_end", _I), ("covers", _S), ("text", _S)),
    "pairs": (("doc_id", _S), ("ru", _S), ("en", _S), ("kind", _S), ("score", _F), ("n_groups", _I)),
    "sentences": (("doc_id", _S), ("id", _S), ("section", _S), ("lang", _S), ("source", _I), ("start", _I),
                  ("end", _I), ("text", _S), ("lemmas", _S)),
    "entities": (("doc_id", _S), ("id", _S), ("label", _S), ("symbol", _S), ("name", _S), ("generic", _B),
                 ("resolved", _B), ("n_mentions", _I), ("langs", _S)),
    "mentions": (("doc_id", _S), ("entity", _S), ("label", _S), ("source", _I), ("start", _I), ("end", _I),
                 ("text", _S), ("lang", _S), ("section", _S), ("sentence", _S), ("citations", _LI),
                 ("polarity", _S)),
    "references": (("doc_id", _S), ("number", _I), ("text", _S), ("authors", _S), ("title", _S),
                   ("journal", _S), ("year", _I), ("volume", _S), ("issue", _S), ("pages", _S), ("doi", _S),
                   ("url", _S), ("lang", _S), ("start", _I), ("end", _I), ("source", _I)),
    "citations": (("doc_id", _S), ("start", _I), ("end", _I), ("text", _S), ("refs", _LI), ("kind", _S),
                  ("unresolved", _LI), ("source", _I)),
    "coverage": (("doc_id", _S), ("source", _I), ("total", _I), ("prose", _I), ("structured", _I),
                 ("unassigned", _I), ("prose_share", _F), ("structured_share", _F), ("unassigned_share", _F),
                 ("unassigned_spans", _S)),
}

#: The tables :func:`to_frames` returns, in order.
TABLES = tuple(COLUMNS)


def article_rows(a: "Article") -> dict[str, list[dict[str, Any]]]:
    """The rows of every table for one Article (keys as in :data:`COLUMNS`)."""
    from ..records.coverage import PLACES

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    md = a.metadata
    total_chars = sum(c.total for c in a.coverage)
    rows["articles"].append({
        "doc_id": a.doc_id, "doi": md.doi, "title_ru": md.title.get("ru"), "title_en": md.title.get("en"),
        "journal_ru": md.journal.get("ru"), "journal_en": md.journal.get("en"), "year": md.year,
        "volume": md.volume, "issue": md.issue, "pages": md.pages, "n_authors": len(md.authors),
        "n_sections": len(a.sections), "n_pairs": len(a.pairs), "n_entities": len(a.entities),
        "n_references": len(a.references), "n_warnings": len(a.warnings), "warnings": "; ".join(a.warnings),
        "unassigned_share": sum(c.unassigned for c in a.coverage) / total_chars if total_chars else None,
    })
    for c in a.coverage:
        rows["coverage"].append({"doc_id": a.doc_id, "source": c.source, "total": c.total,
                                 **{p: c.chars(p) for p in PLACES},
                                 **{f"{p}_share": c.share(p) for p in PLACES},
                                 # "start-end" ranges into sources[source].text, largest first
                                 "unassigned_spans": " ".join(f"{s}-{e}" for s, e in c.unassigned_spans)})
    for s in a.sections:
        rows["sections"].append({"doc_id": a.doc_id, **s.to_dict(), "covers": "+".join(s.covers),
                                 "text": a.text_of(s)})
    for ru, en, p in a.iter_pairs():
        rows["pairs"].append({"doc_id": a.doc_id, "ru": p.ru, "en": p.en, "kind": p.kind,
                              "score": p.score, "n_groups": len(p.sentences)})
    for sent in a.sentences:
        rows["sentences"].append({"doc_id": a.doc_id, "id": sent.id, "section": sent.section,
                                  "lang": sent.lang, "source": sent.source, "start": sent.start,
                                  "end": sent.end, "text": a.text_of(sent), "lemmas": " ".join(sent.lemmas)})
    for e in a.entities:
        rows["entities"].append({"doc_id": a.doc_id, "id": e.id, "label": e.label, "symbol": e.symbol,
                                 "name": e.name, "generic": e.generic, "resolved": e.resolved,
                                 "n_mentions": len(e.mentions),
                                 "langs": ",".join(sorted({m.lang for m in e.mentions}))})
        for m in e.mentions:
            rows["mentions"].append({"doc_id": a.doc_id, "entity": e.id, "label": e.label,
                                     **{k: v for k, v in m.to_dict().items() if k != "citations"},
                                     "citations": list(m.citations)})
    for r in a.references:
        d = r.to_dict()
        d.pop("translation", None)
        rows["references"].append({"doc_id": a.doc_id, **d, "authors": "; ".join(d.get("authors") or [])})
    for c in a.citations:
        rows["citations"].append({"doc_id": a.doc_id, **c.to_dict()})
    return rows


def to_frames(articles: ArticleSource) -> dict[str, "pd.DataFrame"]:
    """Tables of one Article or many, keyed by name (see :data:`TABLES` and :data:`COLUMNS`).

    ``articles`` is an Article, a ``BatchResult`` (failed ones are skipped), a batch output
    folder (its article JSON files are read one at a time), or an iterable of these.
    Every row carries ``doc_id``; text columns are slices of the source, so the tables
    can be filtered and joined without the Article objects.
    """
    import pandas as pd

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for a in iter_articles(articles):
        for name, table_rows in article_rows(a).items():
            rows[name].extend(table_rows)
    return {name: pd.DataFrame(rows[name], columns=[c for c, _ in COLUMNS[name]]) for name in TABLES}
