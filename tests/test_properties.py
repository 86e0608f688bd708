"""Property tests: whatever comes in, parse returns a valid Article or a documented error."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import secretome_nlp as sn
from secretome_nlp.article import spans_of
from secretome_nlp.repair import repair

FAST = {"lemmas": False, "entities": False, "references": False}
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    try:
        article = sn.parse(text, **FAST)
    except sn.InputError:
        return  # documented: empty, binary, truncated, not an article…
    for _what, source, start, end in spans_of(article):
        assert 0 <= start <= end <= len(article.sources[source].text)
    for s in article.sections:
        assert s.start <= s.end
    sn.Article.from_dict(article.to_dict())


@SETTINGS
@given(st.text(min_size=1, max_size=2000))
def test_arbitrary_unicode(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.randoms(use_true_random=False))
def test_shuffled_seed_paragraphs(rnd: random.Random) -> None:
    from pathlib import Path

    seed = (Path(__file__).resolve().parents[1] / "corpus" / "eremin-2025-cellular-secretome-review.txt"
            ).read_text(encoding="utf-8")
    paragraphs = seed.split("\n\n")
    rnd.shuffle(paragraphs)
    _check("\n\n".join(paragraphs[: rnd.randint(1, len(paragraphs))]))


NOISE = st.text(alphabet=st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГДЕЖЗИЙ"
                                              "abcdefxyzABCXYZ0123456789.,;:-–—()[]*^{}<>/\n\t ¹²")),
                min_size=1, max_size=3000)


@SETTINGS
@given(NOISE)
def test_mixed_script_noise(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.text(max_size=500))
def test_repair_map_is_monotonic_and_in_range(text: str) -> None:
    view = repair(text)
    previous = 0
    for i in range(len(view.text) + 1):
        j = view.to_source(i)
        assert previous <= j <= len(text)
        previous = j


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), NOISE)
def test_full_pipeline_on_seed_fragments_with_noise(rnd: random.Random, noise: str) -> None:
    """Every stage (lemmas, entities, references) survives damaged input."""
    from pathlib import Path

    seed = (Path(__file__).resolve().parents[1] / "corpus" / "eremin-2025-cellular-secretome-review.txt"
            ).read_text(encoding="utf-8")
    start = rnd.randrange(len(seed))
    text = seed[start:start + rnd.randint(200, 6000)] + noise + "."
    try:
        article = sn.parse(text)
    except sn.InputError:
        return
    for _what, source, s, e in spans_of(article):
        assert 0 <= s <= e <= len(article.sources[source].text)
    for entity in article.entities:
        for m in entity.mentions:
            assert article.sources[m.source].text[m.start:m.end] == m.text
    assert sn.Article.from_dict(article.to_dict()) == article


@SETTINGS
@given(st.one_of(st.text(max_size=400), NOISE))
def test_lemmatize_text_never_breaks_offsets(text: str) -> None:
    tokens = sn.lemmatize_text(text)
    previous_end = 0
    for tok in tokens:
        assert previous_end <= tok.start < tok.end <= len(text)
        assert text[tok.start:tok.end] == tok.text and tok.lemma
        previous_end = tok.end
    words = [t.text for t in tokens]
    assert len(sn.lemmatize(words)) == len(words)
