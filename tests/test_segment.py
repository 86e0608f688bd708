"""Sentence splitting on the hard cases of scientific Russian and English."""

from __future__ import annotations

import pytest

from secretome_nlp.segment import split_sentences


@pytest.mark.parametrize("text, count", [
    ("Ерёмин П.С. и Рожкова Е.А. показали это. Второе предложение.", 2),
    ("Это цитокины, т. е. сигнальные молекулы. Далее текст.", 2),
    ("Как показано на рис. 1, объём составил 2,5 мл. Затем всё.", 2),
    ("Smith et al. showed that cells grow. Fig. 1 shows it.", 2),
    ("The value was 2.5 ml. Next sentence [5, 6].", 2),
    ("Экзосомы и др. везикулы [13–15]. Новое предложение.", 2),
    ("Заголовок\n\nТекст абзаца без точки", 2),
    ("Groups: 1) 13 with asthma; 2) 100 with IT; 3) 19 controls. Next sentence.", 2),
    ("Выявлены изменения при ХБП I-II ст.\nЧастота нарушений росла.", 2),
    ("Авторы Иванов И.\nИ. Петров показали это.", 1),
])
def test_sentence_counts(text: str, count: int) -> None:
    spans = split_sentences(text)
    assert len(spans) == count
    for a, b in spans:
        assert text[a:b] == text[a:b].strip()


def test_an_acronym_and_a_full_stop_end_a_sentence_before_a_capitalised_word():
    """razdel reads some capitalised acronyms as its lower-case abbreviations («УКР.» as «укр.»)
    and joins the next sentence; initials stay inside their sentence."""
    from secretome_nlp.segment import split_sentences

    text = "Пациенты были разделены на группы с УКР и без УКР. Контрольную группу составили добровольцы."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Пациенты были разделены на группы с УКР и без УКР.", "Контрольную группу составили добровольцы."]
    names = "Работу выполнили А.В. Петров и Е.Н. Сидорова в 2020 г."
    assert len(split_sentences(names)) == 1


def test_a_number_and_a_unit_end_a_sentence_before_a_capitalised_word():
    """razdel reads «см.» after a number as «смотри» and joins the next sentence."""
    from secretome_nlp.segment import split_sentences

    text = "Размер очага составил 4 см. Края были ровными. Длина 5 см. и ширина 3 мм. совпадали."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Размер очага составил 4 см.", "Края были ровными.", "Длина 5 см. и ширина 3 мм. совпадали."]
