"""The coverage account of an Article: each character of each source in exactly one place.

A character that is not white space is *prose* when a prose section holds it and the
analysis reached it (a sentence — hence lemmas, entities and citations — or the
section's heading), *structured* when a metadata section holds it or a parsed
reference-list entry does, and *unassigned* otherwise. The account is computed from the
finished Article alone (source offsets), so it checks the pipeline rather than trusting it.

Punctuation left between a heading and its text (``ВВЕДЕНИЕ.``) is not a loss: a gap
without a letter or digit counts to the section that holds it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .records.coverage import SourceCoverage

if TYPE_CHECKING:  # pragma: no cover
    from .article import Article
    from .records.article import Section

#: Section kinds whose text is metadata or a reference list rather than analysed prose.
STRUCTURED_KINDS = frozenset({"references", "citation", "title", "authors", "affiliations", "keywords",
                              "dates", "correspondence", "author_info", "contributions", "funding",
                              "conflicts", "data_availability"})

# Codes of the owner of a character and of its final place (0: white space, not counted).
_NONE, _PROSE, _STRUCT, _REFS = 0, 1, 2, 3
_P, _S, _U = 1, 2, 3
_WHITESPACE = re.compile(r"\s+")
_ALNUM = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
_UNREACHED = re.compile(rb"\x03+")


def place_of(kind: str) -> str:
    """``"structured"`` for metadata and reference sections, else ``"prose"``."""
    return "structured" if kind in STRUCTURED_KINDS else "prose"


def _fill(buf: bytearray, start: int, end: int, value: int) -> None:
    start, end = max(0, start), min(len(buf), end)
    if end > start:
        buf[start:end] = bytes([value]) * (end - start)


def source_coverage(article: "Article", source: int, references_parsed: bool = True) -> SourceCoverage:
    """The coverage of ``article.sources[source]``.

    ``references_parsed=False`` (the reference stage was switched off) counts a reference
    list as structured without asking for its entries.
    """
    text = article.sources[source].text
    n = len(text)
    sections: list[Section] = sorted((s for s in article.sections if s.source == source), key=lambda s: s.level)
    owner = bytearray(n)
    final = bytearray([_U]) * n
    for s in sections:  # parents first: a child's range overwrites its parent's
        if place_of(s.kind) == "prose":
            code, place = _PROSE, _U  # prose counts only where the analysis reached it
        elif s.kind == "references" and references_parsed:
            code, place = _REFS, _U   # a reference list counts where an entry was parsed
        else:
            code, place = _STRUCT, _S
        _fill(owner, s.start, s.end, code)
        _fill(final, s.start, s.end, place)
    prose_ids = {s.id for s in sections if place_of(s.kind) == "prose"}
    for s in sections:
        if s.heading_start is not None and s.heading_end is not None:
            _fill(final, s.heading_start, s.heading_end, _P if s.id in prose_ids else _S)
    for sent in article.sentences:
        if sent.source == source and sent.section in prose_ids:
            _fill(final, sent.start, sent.end, _P)
    for r in article.references:
        if (getattr(r, "source", 0) or 0) == source:
            _fill(final, r.start, r.end, _S)
    for m in _WHITESPACE.finditer(text):
        _fill(final, m.start(), m.end(), 0)
    spans: list[tuple[int, int]] = []
    for run in _UNREACHED.finditer(bytes(final)):
        a, b = run.span()
        # A run outside every section takes the owner of the text just before it (a
        # closing ">" that the repaired view dropped from a section's end).
        code = owner[a] or (owner[a - 1] if a else _NONE)
        # Punctuation between a heading and its text, a list marker (``24.``) of a
        # reference entry: not a loss.
        filler = _LETTER if code == _REFS else _ALNUM
        if code != _NONE and not filler.search(text, a, b):
            _fill(final, a, b, _S if code in (_STRUCT, _REFS) else _P)
        else:
            spans.append((a, b))
    spans = _merge(text, spans)
    for a, b in spans:  # list markers and punctuation between lost runs are lost with them
        _fill(final, a, b, _U)
        for m in _WHITESPACE.finditer(text, a, b):
            _fill(final, m.start(), m.end(), 0)
    spans.sort(key=lambda s: (s[0] - s[1], s[0]))  # largest first
    prose, structured, unassigned = final.count(_P), final.count(_S), final.count(_U)
    return SourceCoverage(source, prose + structured + unassigned, prose, structured, unassigned, tuple(spans))


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join unassigned runs separated by white space, punctuation or list markers only
    (one lost paragraph or run of reference entries, one span)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and not _LETTER.search(text, out[-1][1], a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def compute_coverage(article: "Article", references_parsed: bool = True) -> tuple[SourceCoverage, ...]:
    """The coverage of every source of ``article``, in source order."""
    return tuple(source_coverage(article, i, references_parsed) for i in range(len(article.sources)))


def unassigned_excerpts(article: "Article", coverage: Sequence[SourceCoverage], limit: int = 3,
                        words: int = 8) -> list[str]:
    """``source S, characters A–B (“first words …”)`` for the largest unassigned spans."""
    out = []
    for cov in coverage:
        text = article.sources[cov.source].text
        for a, b in cov.unassigned_spans[:limit]:
            first = " ".join(text[a:b].split()[:words])
            out.append(f"source {cov.source}, characters {a}–{b} (“{first} …”)")
    return out
