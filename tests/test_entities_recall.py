"""Recall on Russian text: class-wide mechanisms, each on sentences written for these tests
(none is copied from an evaluation set)."""

from __future__ import annotations

import pytest

from secretome_nlp.entities import EntityExtractor
from secretome_nlp.entities.extract import simple_sentences
from secretome_nlp.entities.guard import CUE_WORDS, cue_key
from secretome_nlp.entities.matcher import phrase_keys
from secretome_nlp.entities.normalize import LemmaCache, tokenize


@pytest.fixture(scope="module")
def ex() -> EntityExtractor:
    return EntityExtractor()


def found(ex: EntityExtractor, text: str) -> dict[str, str]:
    """surface → id of every mention."""
    res = ex.extract([text], simple_sentences(text))
    return {m.text: e.id for e in res.entities for m in e.mentions}


# --- 1. guard cue words are keyed like the sentence's words ------------------------------
@pytest.mark.parametrize("cue", ["экспрессия", "полиморфизм", "активность", "киназа", "аллель", "мутация"])
def test_russian_cue_word_keys_equal_the_text_keys(cue):
    text = f"{cue.capitalize()} изучали."
    keys = phrase_keys(text, tokenize(text), LemmaCache())
    assert cue in CUE_WORDS
    assert cue_key(cue) == keys[0]


@pytest.mark.parametrize("text,symbol,hgnc", [
    ("Экспрессия ERG в опухоли была повышена.", "ERG", "HGNC:3446"),
    ("Полиморфизм DBH изучали у пациентов с депрессией.", "DBH", "HGNC:2689"),
    ("Выявлены мутации ERG у трёх больных.", "ERG", "HGNC:3446"),
])
def test_guarded_symbol_admitted_by_a_russian_cue_word(ex, text, symbol, hgnc):
    assert found(ex, text).get(symbol) == hgnc


def test_guarded_symbol_without_context_stays_out(ex):
    # the same symbol with no gene or protein cue in the sentence is not admitted
    assert "ERG" not in found(ex, "Пациенту записали ERG после операции.")
