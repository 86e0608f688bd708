"""The tokenizer's fast path gives exactly razdel's tokens (it only skips razdel on plain chunks)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import tokenize as razdel_tokenize

from secretome_nlp.morphology.tokenizer import _razdel_spans

ROOT = Path(__file__).resolve().parents[1]


def _razdel(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.stop) for t in razdel_tokenize(text)]


def test_equal_to_razdel_on_the_corpus() -> None:
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _razdel_spans(text) == _razdel(text), path.name


# Pieces that exercise razdel's joining rules across and inside chunks: decimals and
# fractions (2,5 1/2 .5), dashes, underscores, runs of marks (?! ...), smileys, yahoo!,
# mixed scripts, Greek, brackets and quotes next to words.
_PIECES = ["слово", "Слово", "ИЛ", "word", "Word", "yahoo", "2019", "5", "β", "Δ", "т", "е", "а",
           " ", "  ", "\n", ".", ",", "-", "–", "—", "_", "/", "\\", "(", ")", "[", "]", "«", "»", '"',
           "!", "?", "…", ":", ";", "%", "*", "+", ":)", "'"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map("".join))
def test_equal_to_razdel_on_generated_text(text: str) -> None:
    assert _razdel_spans(text) == _razdel(text)
