"""pandas DataFrames of one or many Articles: one tidy table per kind of record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .collect import ArticleSource, iter_articles

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: The tables :func:`to_frames` returns, in order.
TABLES = ("articles", "sections", "pairs", "sentences", "entities", "mentions", "references", "citations",
          "coverage")


def to_frames(articles: ArticleSource) -> dict[str, "pd.DataFrame"]:
    """Tables of one Article or many, keyed by name (see :data:`TABLES`).

    ``articles`` is an Article, a ``BatchResult`` (failed ones are skipped), a batch output
    folder (its article JSON files are read one at a time), or an iterable of these.
    Every row carries ``doc_id``; text columns are slices of the source, so the tables
    can be filtered and joined without the Article objects.
    """
    import pandas as pd

    from ..records.coverage import PLACES

    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for a in iter_articles(articles):
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
                                     "unassigned_spans": [list(s) for s in c.unassigned_spans]})
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
            rows["references"].append({"doc_id": a.doc_id, **d,
                                       "authors": "; ".join(d.get("authors") or [])})
        for c in a.citations:
            rows["citations"].append({"doc_id": a.doc_id, **c.to_dict()})
    return {name: pd.DataFrame(rows[name]) for name in TABLES}
