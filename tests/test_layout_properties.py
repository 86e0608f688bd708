"""Property tests over layouts (issue #13): re-laid texts keep what the corpus layout gives.

Hypothesis draws a combination of layout transforms (heading style, blank lines, hard
wrapping at a random width with or without hyphenation, CRLF) and applies it to the seed
or to a corpus abstract pair. Invariants: sentences within 5 %, the same references and
resolved citation markers, the same entity ids (Jaccard ≥ 0.95), no unassigned text, and
warnings only with the source range they concern; the originals give no warning.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import secretome_nlp as sn

sys.path.insert(0, str(Path(__file__).parent / "support"))
from relayout_loss import (crlf, extra_blank_lines, hard_wrap, markdown_headings,  # noqa: E402
                           missing_blank_lines, numbered_headings)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "eremin-2025-cellular-secretome-review.txt"
ABSTRACTS = sorted(p.name[:-len("_ru.txt")] for p in (ROOT / "corpus" / "abstracts").glob("*_ru.txt"))
OPTIONS = {"lemmas": False}  # entity ids, references and citations do not depend on lemmas
SETTINGS = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADINGS: dict[str, Callable[[str], str]] = {"as is": lambda t: t, "numbered": numbered_headings,
                                             "markdown": markdown_headings}
BLANKS: dict[str, Callable[[str], str]] = {"as is": lambda t: t, "extra": extra_blank_lines,
                                           "missing": missing_blank_lines}


@st.composite
def layouts(draw, headings: bool = True) -> Callable[[str], str]:
    """A random composition of layout transforms."""
    heading = draw(st.sampled_from(sorted(HEADINGS))) if headings else "as is"
    blanks = draw(st.sampled_from(sorted(BLANKS)))
    width = draw(st.one_of(st.none(), st.integers(min_value=50, max_value=100)))
    hyphenate = draw(st.booleans())
    windows = draw(st.booleans())

    def relay(text: str) -> str:
        text = BLANKS[blanks](HEADINGS[heading](text))
        if width is not None:
            text = hard_wrap(text, width, hyphenate)
        return crlf(text) if windows else text

    relay.__name__ = f"{heading}/{blanks}/wrap={width},{hyphenate}/crlf={windows}"
    return relay


@lru_cache(maxsize=None)
def _original(*paths: Path) -> sn.Article:
    return sn.parse(*paths, **OPTIONS)


def _facts(article: sn.Article) -> tuple[int, list, list, set]:
    refs = [{k: v for k, v in r.to_dict().items() if k not in ("text", "start", "end", "translation")}
            for r in article.references]
    resolved = [c.refs for c in article.citations if c.refs and not c.unresolved]
    return len(article.sentences), refs, resolved, {e.id for e in article.entities}


def _assert_invariants(original: sn.Article, relaid: sn.Article) -> None:
    n, refs, resolved, ids = _facts(original)
    m, relaid_refs, relaid_resolved, relaid_ids = _facts(relaid)
    assert abs(m - n) <= 0.05 * n, (n, m)
    assert relaid_refs == refs
    assert relaid_resolved == resolved
    if ids or relaid_ids:
        assert len(ids & relaid_ids) / len(ids | relaid_ids) >= 0.95
    for cov in relaid.coverage:
        assert cov.share("unassigned") <= 0.01, cov.unassigned_spans[:3]
    # A warning on a re-laid text (body headings of a form not recognised, front matter
    # whose lines ran together) must say where: a source range.
    assert all("characters " in w for w in relaid.warnings), relaid.warnings


def test_originals_have_no_warning() -> None:
    assert _original(SEED).warnings == ()
    for stem in ABSTRACTS:
        pair = (ROOT / "corpus" / "abstracts" / f"{stem}_ru.txt", ROOT / "corpus" / "abstracts" / f"{stem}_en.txt")
        article = sn.parse(*pair, lemmas=False, entities=False)
        assert article.warnings == (), stem
        assert all(c.unassigned == 0 for c in article.coverage), stem


@SETTINGS
@given(layouts())
def test_relaid_seed_keeps_its_content(relay: Callable[[str], str]) -> None:
    relaid = sn.parse(relay(SEED.read_text(encoding="utf-8")), **OPTIONS)
    _assert_invariants(_original(SEED), relaid)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ABSTRACTS), layouts(headings=False))
def test_relaid_abstracts_keep_their_content(stem: str, relay: Callable[[str], str]) -> None:
    folder = ROOT / "corpus" / "abstracts"
    ru, en = folder / f"{stem}_ru.txt", folder / f"{stem}_en.txt"
    original = _original(ru, en)
    relaid = sn.parse(relay(ru.read_text(encoding="utf-8")), relay(en.read_text(encoding="utf-8")), **OPTIONS)
    _assert_invariants(original, relaid)
    # Both halves keep their sentences (which section pairs come out is the heading
    # detector's business, tested by its own fuzzer).
    for lang in ("ru", "en"):
        n = sum(1 for s in original.sentences if s.lang == lang)
        m = sum(1 for s in relaid.sentences if s.lang == lang)
        assert abs(m - n) <= max(1, 0.05 * n), (lang, n, m)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.text(max_size=300))
def test_coverage_accounts_for_every_character_of_any_text(rnd, noise: str) -> None:
    """Any slice of the seed with noise: each non-space character in exactly one place."""
    seed = SEED.read_text(encoding="utf-8")
    start = rnd.randrange(len(seed))
    text = seed[start:start + rnd.randint(200, 8000)] + noise + "."
    try:
        article = sn.parse(text, lemmas=False, entities=False)
    except sn.InputError:
        return
    for cov in article.coverage:
        source = article.sources[cov.source].text
        assert cov.total == sum(1 for ch in source if not ch.isspace())
        assert cov.prose + cov.structured + cov.unassigned == cov.total
        assert sum(b - a for a, b in cov.unassigned_spans) >= cov.unassigned
        assert all(0 <= a < b <= len(source) for a, b in cov.unassigned_spans)
