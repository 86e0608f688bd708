"""Citation graph across articles: one row per reference, and the most cited works."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from secretome_nlp.records.references import Reference, author_surname, fold_name

if TYPE_CHECKING:  # pandas is imported by the functions that build tables: parsing never needs it
    import pandas as pd

__all__ = ["citation_table", "most_cited", "reference_key", "TABLE_COLUMNS"]

TABLE_COLUMNS = ("doc_id", "ref_number", "doi", "year", "first_author", "title", "journal")
_MOST_CITED_COLUMNS = ("key", "doi", "first_author", "year", "title", "n_docs", "doc_ids")
# Enough of a title to tell two works of one author and year apart, short enough to
# survive differences in subtitles and punctuation.
_TITLE_PREFIX = 40
_NON_ALNUM = re.compile(r"\W+")


class HasReferences(Protocol):
    """Anything with a document id and its parsed reference list (e.g. the Article)."""

    doc_id: str
    references: Sequence[Reference]


def citation_table(articles: Iterable[HasReferences]) -> pd.DataFrame:
    """One row per reference of each article, columns :data:`TABLE_COLUMNS`."""
    import pandas as pd

    rows = [
        {
            "doc_id": art.doc_id, "ref_number": ref.number, "doi": ref.doi, "year": ref.year,
            "first_author": ref.first_author, "title": ref.title, "journal": ref.journal,
        }
        for art in articles
        for ref in art.references
    ]
    table = pd.DataFrame(rows, columns=list(TABLE_COLUMNS))
    # Nullable ints keep missing numbers/years as <NA> instead of turning them into floats.
    return table.astype({"ref_number": "Int64", "year": "Int64"})


def _is_missing(value: object) -> bool:
    """True for pandas' and NumPy's missing values (``pd.NA``, ``NaN``, ``NaT``)."""
    if isinstance(value, float):
        return value != value
    import pandas as pd

    return bool(pd.isna(value)) if type(value).__module__.startswith(("pandas", "numpy")) else False


def reference_key(doi: object, first_author: object, year: object, title: object) -> str:
    """Join key of a cited work: ``doi:<doi>``, else ``<surname>|<year>|<title prefix>``."""
    if isinstance(doi, str) and doi:
        return f"doi:{doi.lower()}"
    surname = fold_name(author_surname(first_author)) if isinstance(first_author, str) else ""
    year_s = "" if year is None or _is_missing(year) else str(int(str(year).split(".")[0]))
    title_s = _NON_ALNUM.sub("", title.casefold())[:_TITLE_PREFIX] if isinstance(title, str) else ""
    return f"{surname}|{year_s}|{title_s}"


def most_cited(table: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` works cited by most documents, grouped by DOI (fallback: author+year+title).

    Columns: ``key, doi, first_author, year, title, n_docs, doc_ids`` (``doc_ids`` a sorted
    tuple); sorted by ``n_docs`` descending, then ``key``.
    """
    import pandas as pd

    if table.empty:
        return pd.DataFrame(columns=list(_MOST_CITED_COLUMNS))
    keyed = table.assign(
        key=[reference_key(*row) for row in table[["doi", "first_author", "year", "title"]].itertuples(index=False)]
    )
    grouped = keyed.groupby("key", sort=False).agg(
        doi=("doi", "first"), first_author=("first_author", "first"), year=("year", "first"),
        title=("title", "first"), n_docs=("doc_id", "nunique"),
        doc_ids=("doc_id", lambda ids: tuple(sorted(set(ids)))),
    ).reset_index()
    grouped = grouped.sort_values(["n_docs", "key"], ascending=[False, True], kind="stable")
    return grouped.head(n).reset_index(drop=True)[list(_MOST_CITED_COLUMNS)]
