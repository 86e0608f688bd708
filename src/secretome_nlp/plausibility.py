"""Plausibility checks on a parsed Article: warn when part of the text was not analysed.

A wrong layout guess loses text quietly: a front-matter section swallows the body, a
reference list stops at entry 25 while the text cites 45, markers resolve to nothing.
Each check here looks at the finished Article (and its coverage account) for one such
symptom and returns warnings that say **which** part of the text was affected (source
offsets and first words), so that a batch can report them or, with ``strict``, fail.

The limits are generous on purpose: they are set from what such sections hold in real
articles (a title is a line, a dates block a few lines), and the tests check that none
fires on the corpus articles as laid out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .coverage import compute_coverage, unassigned_excerpts
from .errors import ImplausibleArticleError
from .records.coverage import SourceCoverage

if TYPE_CHECKING:  # pragma: no cover
    from .article import Article

#: Longest plausible text (characters) of a metadata section; a longer one holds something
#: else (most often a body or a reference list whose heading was not recognised).
FRONT_MATTER_LIMITS = {"title": 600, "authors": 1500, "affiliations": 3000, "keywords": 800, "dates": 400,
                       "citation": 2000, "correspondence": 800, "contributions": 1500, "funding": 1000,
                       "conflicts": 1000, "data_availability": 1000}
#: This many numeric markers ("[12]") with no reference list found: the list was lost.
MIN_MARKERS_FOR_A_LIST = 5
#: Below this share of prose, a source of at least :data:`MIN_ARTICLE_CHARS` has lost its body.
MIN_PROSE_SHARE = 0.25
MIN_ARTICLE_CHARS = 3000
#: Above this share (or span length) unassigned text is reported.
MAX_UNASSIGNED_SHARE = 0.03
MAX_UNASSIGNED_SPAN = 300
#: A reference list this long with no citation at all in the text means the text was not searched.
MIN_REFERENCES_FOR_CITATIONS = 5


def _excerpt(text: str, start: int, end: int, words: int = 8) -> str:
    return " ".join(text[start:end].split()[:words])


def _where(article: "Article", source: int, start: int, end: int) -> str:
    return (f"source {source}, characters {start}–{end} "
            f"(“{_excerpt(article.sources[source].text, start, end)} …”)")


def check_front_matter(article: "Article") -> list[str]:
    """Metadata sections (front matter, additional information) far longer than such sections are."""
    out = []
    for s in article.sections:
        limit = FRONT_MATTER_LIMITS.get(s.kind)
        if limit is not None and s.end - s.start > limit:
            out.append(f"metadata section '{s.id}' is {s.end - s.start} characters long (such sections "
                       f"hold at most about {limit}): {_where(article, s.source, s.start, s.end)} was read as "
                       f"metadata, not analysed as prose or parsed as references")
    return out


def check_prose(article: "Article", coverage: Sequence[SourceCoverage]) -> list[str]:
    """A source of article length whose text is almost all something other than prose."""
    out = []
    for cov in coverage:
        if cov.total < MIN_ARTICLE_CHARS or cov.share("prose") >= MIN_PROSE_SHARE:
            continue
        biggest = max((s for s in article.sections if s.source == cov.source and s.level == 1),
                      key=lambda s: s.end - s.start, default=None)
        where = (f"; the largest section is '{biggest.id}', {_where(article, cov.source, biggest.start, biggest.end)}"
                 if biggest is not None else "")
        out.append(f"source {cov.source}: only {cov.share('prose'):.0%} of the text was analysed as prose "
                   f"({sum(1 for s in article.sentences if s.source == cov.source)} sentences){where}")
    return out


def check_unassigned(article: "Article", coverage: Sequence[SourceCoverage]) -> list[str]:
    """Text that no section, sentence or reference entry holds."""
    out = []
    for cov in coverage:
        big = cov.unassigned_spans and cov.unassigned_spans[0][1] - cov.unassigned_spans[0][0] > MAX_UNASSIGNED_SPAN
        if cov.share("unassigned") > MAX_UNASSIGNED_SHARE or big:
            spans = "; ".join(unassigned_excerpts(article, [cov]))
            out.append(f"source {cov.source}: {cov.unassigned} characters ({cov.share('unassigned'):.1%}) were "
                       f"not analysed (no section, sentence or reference entry holds them), largest: {spans}")
    return out


def check_references(article: "Article") -> list[str]:
    """Numbering gaps in a reference list, and in-text numbers that point past its end."""
    out = []
    for source in sorted({getattr(r, "source", 0) or 0 for r in article.references}):
        refs = [r for r in article.references if (getattr(r, "source", 0) or 0) == source]
        numbers = sorted({r.number for r in refs if r.number is not None})
        if not numbers:
            continue
        gaps = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
        cited = {n for c in article.citations if (getattr(c, "source", 0) or 0) == source
                 for n in (*c.refs, *c.unresolved)}
        past = sorted(n for n in cited if n > numbers[-1])
        if not gaps and not past:
            continue
        start, end = min(r.start for r in refs), max(r.end for r in refs)
        problems = []
        if gaps:
            problems.append(f"numbers missing from it: {_numbers(gaps)}")
        if past:
            problems.append(f"the text cites numbers past its last entry ({numbers[-1]}): {_numbers(past)}")
        out.append(f"reference list ({_where(article, source, start, end)}) has {len(refs)} entries; "
                   f"{'; '.join(problems)} — entries were probably merged or not recognised")
    return out


def check_citations(article: "Article") -> list[str]:
    """Citation markers that resolve to nothing, and reference lists nothing cites."""
    out: list[str] = []
    if not article.references:
        # Nothing to resolve against: fine for an abstract ("χ²" is no citation), not for
        # a text full of "[12]" markers, whose list was not found.
        numeric = [c for c in article.citations if c.kind == "numeric"]
        if len(numeric) >= MIN_MARKERS_FOR_A_LIST:
            out.append(f"{len(numeric)} numeric citation markers (first “{numeric[0].text}” at source "
                       f"{getattr(numeric[0], 'source', 0) or 0}, characters {numeric[0].start}–{numeric[0].end}) "
                       f"but no reference list was found: the list was probably read as another section")
        return out
    listed = {(getattr(r, "source", 0) or 0, r.number) for r in article.references}
    unresolved = [c for c in article.citations
                  if c.unresolved or not c.refs
                  or any((getattr(c, "source", 0) or 0, n) not in listed for n in c.refs)]
    if unresolved:
        shown = ", ".join(f"“{c.text}” at source {getattr(c, 'source', 0) or 0}, characters {c.start}–{c.end}"
                          for c in unresolved[:5])
        more = f" and {len(unresolved) - 5} more" if len(unresolved) > 5 else ""
        out.append(f"{len(unresolved)} citation markers point to no entry of the reference list: {shown}{more}")
    if len(article.references) >= MIN_REFERENCES_FOR_CITATIONS and not article.citations:
        out.append(f"the reference list has {len(article.references)} entries but no citation marker was found in "
                   f"the text: the body was probably not analysed")
    return out


def _numbers(ns: Sequence[int]) -> str:
    """``1–3, 7, 9–12`` (runs collapsed)."""
    runs: list[list[int]] = []
    for n in ns:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}–{b}" if b > a else str(a) for a, b in runs)


def plausibility_warnings(article: "Article", coverage: Sequence[SourceCoverage],
                          references_checked: bool = True) -> list[str]:
    """Every warning the checks raise on ``article`` (see the module docstring)."""
    out = check_front_matter(article) + check_prose(article, coverage) + check_unassigned(article, coverage)
    if references_checked:
        out += check_references(article) + check_citations(article)
    return out


def audit(article: "Article", *, references_parsed: bool = True, strict: bool = False,
          layout_warnings: Sequence[str] = ()) -> "Article":
    """The Article with its coverage account and plausibility warnings added.

    ``layout_warnings`` are warnings an earlier stage already added (a recovered body);
    with ``strict`` they and the plausibility warnings raise
    :class:`~secretome_nlp.errors.ImplausibleArticleError` instead.
    """
    coverage = compute_coverage(article, references_parsed)
    found = [w for w in plausibility_warnings(article, coverage, references_parsed) if w not in article.warnings]
    problems = [*layout_warnings, *found]
    if strict and problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ImplausibleArticleError(f"{article.doc_id}: {problems[0]}{more}")
    return dataclasses.replace(article, coverage=coverage, warnings=(*article.warnings, *found))
