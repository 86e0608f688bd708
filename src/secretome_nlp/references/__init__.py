"""References, in-text citations and evidence links (issue #5).

* :func:`parse_reference_list` — reference list -> :class:`Reference` records;
* :func:`find_citations` — citation markers in body spans -> :class:`Citation` records;
* :func:`check_citations` — uncited references / missing numbers;
* :func:`citations_in` — reference numbers cited inside a sentence span;
* :func:`citation_table`, :func:`most_cited` — the cross-article citation graph.
"""

from secretome_nlp.records.references import Citation, CitationReport, Reference, ReferenceTranslation
from secretome_nlp.references.citations import check_citations, citations_in, find_citations
from secretome_nlp.references.reflist import normalize_doi, parse_reference_list, script_lang
from secretome_nlp.references.table import TABLE_COLUMNS, citation_table, most_cited, reference_key

__all__ = [
    "Citation", "CitationReport", "Reference", "ReferenceTranslation",
    "parse_reference_list", "normalize_doi", "script_lang",
    "find_citations", "check_citations", "citations_in",
    "citation_table", "most_cited", "reference_key", "TABLE_COLUMNS",
]
