"""DOIs: one pattern and one normal form (lower case, no resolver prefix) for the whole library."""

from __future__ import annotations

import re

DOI_BODY = r"10\.\d{4,9}/[^\s<>\"]+"
#: A DOI with an optional resolver prefix (``https://doi.org/``, ``dx.doi.org``, ``doi:``, ``DOI``).
DOI_PATTERN = re.compile(r"<?(?:https?://(?:dx\.)?doi\.org/|\bdoi\s*:?\s*)?(?P<doi>" + DOI_BODY + r")>?", re.I)
_TRAILING_PUNCT = ".,;:"


def normalize_doi(raw: str) -> str:
    """Lower-case a DOI and drop URL/``doi:`` prefixes, angle brackets and trailing punctuation."""
    m = DOI_PATTERN.search(raw)
    doi = m.group("doi") if m else raw.strip()
    doi = doi.rstrip(_TRAILING_PUNCT)
    # A closing bracket belongs to the DOI only when balanced inside it
    # ("10.1016/S0140-6736(20)30183-5" keeps its parentheses).
    for open_, close in ("()", "[]", "<>"):
        while doi.endswith(close) and doi.count(close) > doi.count(open_):
            doi = doi[:-1].rstrip(_TRAILING_PUNCT)
    return doi.lower()
