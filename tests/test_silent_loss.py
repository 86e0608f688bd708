"""No silent loss (issue #13): every paragraph of an article is accounted for, whatever its layout.

The seed article is re-laid the way other journals and PDF extractors lay articles out
(``tests/support/relayout_loss.py``) and must keep what the corpus layout gives: its
sentences (within 5 %), every reference with the same fields, every resolved citation
marker, the same entity ids (Jaccard ≥ 0.95). A layout the library cannot read must
produce a warning naming the part of the text that was not analysed.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest

import secretome_nlp as sn
from secretome_nlp import pipeline
from secretome_nlp.coverage import compute_coverage
from secretome_nlp.errors import ImplausibleArticleError, InputError
from secretome_nlp.plausibility import check_citations, check_references, check_unassigned

sys.path.insert(0, str(Path(__file__).parent / "support"))
from relayout_loss import (crlf, extra_blank_lines, hard_wrap, markdown_headings,  # noqa: E402
                           missing_blank_lines, numbered_headings, odd_headings)

SEED = Path(__file__).resolve().parents[1] / "corpus" / "eremin-2025-cellular-secretome-review.txt"


LAYOUTS: dict[str, Callable[[str], str]] = {
    "numbered": numbered_headings,
    "markdown": markdown_headings,
    "wrapped-hyphenated": lambda t: hard_wrap(t, 72, hyphenate=True),
    "wrapped": lambda t: hard_wrap(t, 72, hyphenate=False),
    "crlf": crlf,
}


@lru_cache(maxsize=None)
def _relaid(name: str) -> sn.Article:
    return sn.parse(LAYOUTS[name](SEED.read_text(encoding="utf-8")), doc_id=name)


def _resolved(article: sn.Article) -> list[tuple[int, ...]]:
    return [c.refs for c in article.citations if c.refs and not c.unresolved]


def _fields(ref) -> dict:
    d = ref.to_dict()
    for k in ("text", "start", "end", "source", "translation"):
        d.pop(k)
    return d


def _assert_nothing_lost(original: sn.Article, relaid: sn.Article) -> None:
    n = len(original.sentences)
    assert 0.95 * n <= len(relaid.sentences) <= 1.05 * n
    assert [_fields(r) for r in relaid.references] == [_fields(r) for r in original.references]
    assert _resolved(relaid) == _resolved(original)
    ids, relaid_ids = {e.id for e in original.entities}, {e.id for e in relaid.entities}
    assert len(ids & relaid_ids) / len(ids | relaid_ids) >= 0.95
    for cov in relaid.coverage:
        assert cov.share("unassigned") <= 0.01


# --- the acceptance floor on every layout -------------------------------------------
@pytest.mark.parametrize("name", [
    "numbered",
    "markdown",
    "wrapped-hyphenated", "wrapped", "crlf",
])
def test_relaid_seed_keeps_everything_without_warning(seed_article, name) -> None:
    relaid = _relaid(name)
    _assert_nothing_lost(seed_article, relaid)
    # Read as the corpus layout is: headings recognised, nothing to warn about.
    assert not relaid.warnings
    assert relaid.sections_of("introduction", "ru")


@pytest.mark.parametrize("name", ["numbered", "markdown"])
def test_unrecognised_body_headings_are_analysed_not_swallowed(seed_article, name) -> None:
    """Whether or not the headings are recognised, the body is analysed; if not, a warning says so."""
    relaid = _relaid(name)
    _assert_nothing_lost(seed_article, relaid)
    if not relaid.sections_of("introduction", "ru"):
        assert any("without a body heading" in w for w in relaid.warnings)
    assert not relaid.sections_of("dates") or all(s.end - s.start < 400 for s in relaid.sections_of("dates"))


def test_original_seed_has_no_warning_and_no_unassigned_text(seed_article) -> None:
    assert seed_article.warnings == ()
    [cov] = seed_article.coverage
    assert cov.unassigned == 0 and cov.unassigned_spans == ()
    assert cov.prose > cov.structured > 0


# --- a layout nobody knows ------------------------------------------------------------
@pytest.fixture(scope="module")
def odd_text() -> str:
    return odd_headings(SEED.read_text(encoding="utf-8"))


def test_odd_layout_warns_naming_the_part_not_analysed(odd_text) -> None:
    article = sn.parse(odd_text, lemmas=False, entities=False)
    [warning] = [w for w in article.warnings if "without a body heading" in w]
    first_heading = odd_text.index("~~ Part 1 ~~")
    # The warning gives the source range (starting at the first unread heading) and its first words.
    assert f"characters {first_heading}–" in warning and "~~ Part 1 ~~" in warning
    # … and the body behind it was still analysed.
    body = [s for s in article.sentences if s.start > first_heading and s.section.startswith("ru.body")]
    assert len(body) > 50 and article.citations


def test_strict_turns_the_warning_into_an_error(odd_text) -> None:
    with pytest.raises(ImplausibleArticleError) as info:
        sn.parse(odd_text, lemmas=False, entities=False, strict=True)
    assert isinstance(info.value, InputError) and "without a body heading" in str(info.value)
    # The corpus layout passes strict parsing.
    sn.parse(SEED, lemmas=False, entities=False, strict=True)


def test_checks_catch_a_swallowed_body_without_the_fallback(odd_text, monkeypatch) -> None:
    """The plausibility checks do not depend on the fallback: switched off, they still warn."""
    monkeypatch.setattr(pipeline, "recover_bodies", lambda views, sections: (list(sections), []))
    article = sn.parse(odd_text, lemmas=False, entities=False)
    text = "\n".join(article.warnings)
    assert "metadata section 'ru.dates" in text and "not analysed as prose" in text
    assert "no citation marker was found" in text
    assert article.coverage[0].share("prose") < 0.25


def test_a_reference_list_under_an_unknown_heading_is_reported() -> None:
    text = SEED.read_text(encoding="utf-8").replace("Список литературы / Reference", "~~ Sources ~~")
    article = sn.parse(text, lemmas=False, entities=False)
    assert not article.references
    warnings = "\n".join(article.warnings)
    start = text.index("Data Access Statement")
    assert "metadata section 'en.author_info.data_availability'" in warnings and f"characters {start}–" in warnings
    assert "numeric citation markers" in warnings and "no reference list was found" in warnings
    with pytest.raises(ImplausibleArticleError):
        sn.parse(text, lemmas=False, entities=False, references=True, strict=True)


# --- the coverage account -------------------------------------------------------------
def test_coverage_counts_every_non_space_character_once(seed_article) -> None:
    for cov in seed_article.coverage:
        text = seed_article.sources[cov.source].text
        assert cov.total == sum(1 for ch in text if not ch.isspace())
        assert cov.prose + cov.structured + cov.unassigned == cov.total
        assert abs(sum(cov.share(p) for p in ("prose", "structured", "unassigned")) - 1) < 1e-9


def test_coverage_round_trips_through_json(seed_structure) -> None:
    assert seed_structure.coverage
    assert sn.Article.from_json(seed_structure.to_json()) == seed_structure


def test_dropped_sentences_and_references_become_unassigned_and_warn(seed_article) -> None:
    sentence = max(seed_article.sentences, key=lambda s: s.end - s.start)
    refs = seed_article.references
    damaged = dataclasses.replace(
        seed_article, sentences=tuple(s for s in seed_article.sentences if s is not sentence),
        references=refs[:25])
    [cov] = compute_coverage(damaged)
    spans = dict(cov.unassigned_spans)
    assert spans.get(sentence.start) == sentence.end  # the lost sentence, exactly
    lost = next(span for span in cov.unassigned_spans if span[0] == refs[25].start)  # the lost entries …
    assert refs[-1].end <= lost[1] <= refs[-1].end + 1  # … as one run (the last one's closing ">" too)
    [unassigned] = check_unassigned(damaged, [cov])
    assert f"characters {lost[0]}–{lost[1]}" in unassigned
    [numbering] = check_references(damaged)
    assert "past its last entry (25)" in numbering and "26–45" in numbering
    assert any("point to no entry" in w for w in check_citations(damaged))


def test_cited_numbers_missing_from_the_list_warn() -> None:
    text = SEED.read_text(encoding="utf-8")
    doctored = text.replace("[13–15]", "[13–15, 77]", 1)
    assert doctored != text
    article = sn.parse(doctored, lemmas=False, entities=False)
    assert any("“[13–15, 77]”" in w and "point to no entry" in w for w in article.warnings)


# --- command line and batch -----------------------------------------------------------
def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "secretome_nlp", *args], capture_output=True, text=True,
                          encoding="utf-8")


def test_cli_summary_shows_coverage_and_warnings_and_strict_fails(tmp_path, odd_text) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_text(odd_text, encoding="utf-8")
    fast = ("--no-lemmas", "--no-entities")
    proc = _cli("parse", str(odd), "--format", "summary", *fast)
    assert proc.returncode == 0
    assert "coverage (source 0," in proc.stdout and "warnings: 1" in proc.stdout
    strict = _cli("parse", str(odd), "--strict", *fast)
    assert strict.returncode == 1 and strict.stdout == ""
    assert len(strict.stderr.strip().splitlines()) == 1 and "without a body heading" in strict.stderr
    seed = _cli("parse", str(SEED), "--format", "summary", *fast)
    assert "warnings: 0" in seed.stdout and "unassigned 0.0%" in seed.stdout


def test_cli_batch_reports_warnings_and_coverage(tmp_path, odd_text) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "odd.txt").write_text(odd_text, encoding="utf-8")
    (corpus / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    fast = ("--no-lemmas", "--no-entities", "--workers", "1")
    out = tmp_path / "out"
    proc = _cli("batch", str(corpus), "--out", str(out), *fast)
    assert proc.returncode == 0 and "2 articles, 0 failed, 1 with warnings" in proc.stdout
    rows = (out / "warnings.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "job\tdoc_id\tn_warnings\twarnings" and len(rows) == 2
    assert rows[1].split("\t")[1:3] == ["odd", "1"] and "without a body heading" in rows[1]
    import pandas as pd

    coverage = pd.read_parquet(out / "tables" / "coverage")  # one dataset of parts
    assert list(coverage.columns[:6]) == ["doc_id", "source", "total", "prose", "structured", "unassigned"]
    assert len(coverage) == 2
    strict = _cli("batch", str(corpus), "--out", str(tmp_path / "strict"), "--strict", *fast)
    assert strict.returncode == 3
    errors = (tmp_path / "strict" / "errors.tsv").read_text(encoding="utf-8")
    assert "ImplausibleArticleError" in errors and "odd.txt" in errors and "seed.txt" not in errors
