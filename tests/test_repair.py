"""The repaired view and its offset map."""

from __future__ import annotations

import pytest

from secretome_nlp.repair import repair


@pytest.mark.parametrize("source, repaired", [
    ("Точно диффе-\n\nренцировать состав", "Точно дифференцировать состав"),
    ("очередь\n\nна стандартизацию", "очередь на стандартизацию"),
    ("потенциал секретомы\n\nма в стимулировании", "потенциал секретомы в стимулировании"),
    ("при культивировании *in vitro*, и", "при культивировании in vitro, и"),
    ("* **Для корреспонденции:** Ерёмин", "* Для корреспонденции: Ерёмин"),
    ("ссылка <https://doi.org/10.1/x> (In Russ.)", "ссылка https://doi.org/10.1/x (In Russ.)"),
    ("Ерёмин П.С.^{1,*}, Рожкова", "Ерёмин П.С., Рожкова"),
    ("клеток-\nпродуцентов и", "клеток-продуцентов и"),
    ("Конец абзаца.\n\nНовый абзац", "Конец абзаца.\n\nНовый абзац"),
    ("ВВЕДЕНИЕ\n\nИнтерес", "ВВЕДЕНИЕ\n\nИнтерес"),
])
def test_repairs(source: str, repaired: str) -> None:
    assert repair(source).text == repaired


def test_offset_map_points_into_the_source(seed_text) -> None:
    view = repair(seed_text)
    word = "дифференцировать"
    i = view.text.index(word)
    start, end = view.source_span(i, i + len(word))
    assert seed_text[start:end] == "диффе-\n\nренцировать"
    j = view.text.index("in vitro")
    assert seed_text[slice(*view.source_span(j, j + 8))] == "in vitro"
    # Every unchanged character maps to itself.
    k = view.text.index("Интерес к изучению")
    s, e = view.source_span(k, k + 18)
    assert seed_text[s:e] == "Интерес к изучению"
    assert view.source_span(len(view.text), len(view.text)) == (len(seed_text), len(seed_text))


@pytest.mark.parametrize("source, repaired", [
    ("Results and сonclusion.", "Results and conclusion."),   # Cyrillic с in an English word
    ("Клеточный секрeтом", "Клеточный секретом"),             # Latin e in a Russian word
    ("рН раствора 7,4", "рН раствора 7,4"),                   # no majority script: left alone
    ("IL-6 и ИЛ-6", "IL-6 и ИЛ-6"),
])
def test_homoglyphs(source: str, repaired: str) -> None:
    view = repair(source)
    assert view.text == repaired and len(view.text) == len(source)


def test_homoglyph_heading_is_found_and_reported_as_written() -> None:
    import secretome_nlp as sn

    ru = "Цель - оценить.\nРезультаты и заключение.\nЛечение эффективно у всех больных.\n"
    en = "AIM To assess.\nResults and сonclusion.\nTreatment works in all patients.\n"
    article = sn.parse(ru, en, lemmas=False, entities=False, references=False)
    merged = article.section("en.results+conclusion")
    assert merged.heading == "Results and сonclusion"  # the source text, homoglyph included
    assert {p.kind for p in article.pairs} == {"aim", "results+conclusion"}
