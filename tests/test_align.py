"""Sentence alignment: the dynamic programme, merged headings, document-level fallback, titles."""

from __future__ import annotations

from pathlib import Path

import pytest

import secretome_nlp as sn
from secretome_nlp.align import align_sentences

ROOT = Path(__file__).resolve().parents[1]
NO_EXTRAS = dict(lemmas=False, entities=False, references=False)

RU = ["Обследованы 120 больных в возрасте 40–60 лет.", "У 35 из них выявлен сахарный диабет 2 типа.",
      "Уровень IL-6 был повышен в 2,5 раза.", "Лечение длилось 12 недель.",
      "Через 6 месяцев рецидив наблюдали у 9 больных.", "Побочных эффектов не отмечено."]
EN = ["We examined 120 patients aged 40–60 years.", "Of them, 35 had type 2 diabetes mellitus.",
      "IL-6 levels were 2.5 times higher.", "Treatment lasted 12 weeks.",
      "After 6 months, 9 patients relapsed.", "No adverse effects were noted."]


def _spans(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, spans = "", []
    for s in sentences:
        spans.append((len(text), len(text) + len(s)))
        text += s + " "
    return text, spans


def _beads(ru: list[str], en: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    ru_text, ru_spans = _spans(ru)
    en_text, en_spans = _spans(en)
    groups = align_sentences(ru_text, ru_spans, en_text, en_spans)
    return [(tuple(ru_spans.index(s) for s in g.ru), tuple(en_spans.index(s) for s in g.en)) for g in groups]


def test_parallel_sentences_align_one_to_one() -> None:
    assert _beads(RU, EN) == [((i,), (i,)) for i in range(6)]


@pytest.mark.parametrize("missing", [1, 2, 3, 4])
def test_one_missing_sentence_does_not_shift_the_rest(missing: int) -> None:
    en = EN[:missing] + EN[missing + 1:]
    beads = _beads(RU, en)
    # The Russian sentence without a counterpart is a 1-0 bead; everything else stays 1-1.
    assert ((missing,), ()) in beads
    assert [b for b in beads if b[1]] == [((i,), (i if i < missing else i - 1,)) for i in range(6) if i != missing]


def test_a_sentence_split_in_two_is_a_one_to_two_bead() -> None:
    en = EN[:3] + ["Treatment lasted 12 weeks", "and was given daily."] + EN[4:]
    en[3] = "Treatment lasted 12 weeks, and it was given daily by nurses in the clinic."
    en[4] = "The dose was not changed."
    ru = RU[:3] + ["Лечение длилось 12 недель, его проводили ежедневно медсёстры в клинике, доза не менялась."] + RU[4:]
    beads = _beads(ru, en)
    assert ((3,), (3, 4)) in beads
    assert beads[-1] == ((4,), (6,)) or beads[-2:] == [((4,), (5,)), ((5,), (6,))]


def test_merged_heading_aligns_each_part_with_its_counterpart() -> None:
    ru = ("Цель - оценить лечение.\nМатериал и методы.\nОбследовано 20 больных.\n"
          "Результаты и заключение.\nВыявлено 5 случаев рецидива за 12 месяцев. Лечение эффективно и безопасно.\n")
    en = ("AIM To assess treatment. MATERIAL AND METHODS We examined 20 patients. "
          "RESULTS Five relapses were found within 12 months. CONCLUSION Treatment is effective and safe.\n")
    a = sn.parse(ru, en, **NO_EXTRAS)
    got = {}
    for p in a.pairs:
        for g in p.sentences:
            got.setdefault(p.en, []).append(([a.sources[0].text[x:y] for x, y in g.ru],
                                             [a.sources[1].text[x:y] for x, y in g.en]))
    assert got["en.results"] == [(["Выявлено 5 случаев рецидива за 12 месяцев."], ["Five relapses were found within 12 months."])]
    assert got["en.conclusion"] == [(["Лечение эффективно и безопасно."], ["Treatment is effective and safe."])]


def test_unpaired_sections_align_at_document_level() -> None:
    ru = ("Цель исследования - изучить рост клеток.\nМатериал и методы.\nИзучены 30 культур.\n"
          "Результаты.\nРост составил 45%.\n")
    en = "[Growth of cells].  The aim was to study cell growth. We studied 30 cultures. Growth was 45%.\n"
    a = sn.parse(ru, en, **NO_EXTRAS)
    assert [p.kind for p in a.pairs] == ["document"]
    [pair] = a.pairs
    links = [([a.sources[0].text[x:y] for x, y in g.ru], [a.sources[1].text[x:y] for x, y in g.en])
             for g in pair.sentences]
    assert links == [(["изучить рост клеток."], ["The aim was to study cell growth."]),
                     (["Изучены 30 культур."], ["We studied 30 cultures."]),
                     (["Рост составил 45%."], ["Growth was 45%."])]
    # The bracketed title is a section of its own and in no alignment group.
    title = next(s for s in a.sections if s.kind == "title")
    assert a.sources[1].text[title.start:title.end] == "[Growth of cells]."
    assert all(not (title.start <= x < title.end) for g in pair.sentences for x, _ in g.en)


def test_a_section_whose_counterpart_heading_is_missing_joins_the_previous_pair() -> None:
    ru = ("Цель - сравнить белки.\nРезультаты.\nУровень белка вырос в 2 раза.\n"
          "Заключение.\nОпределение белка в слезе полезно для мониторинга терапии.\n")
    en = ("AIM To compare proteins. RESULTS Protein levels rose 2-fold. "
          "Determination of the protein in tears is useful for monitoring of the therapy.\n")
    a = sn.parse(ru, en, **NO_EXTRAS)
    pair = next(p for p in a.pairs if p.kind == "results")
    assert [(len(g.ru), len(g.en)) for g in pair.sentences] == [(1, 1), (1, 1)]
    last = pair.sentences[-1]
    assert a.sources[0].text[slice(*last.ru[0])].startswith("Определение белка")
    assert a.sources[1].text[slice(*last.en[0])].startswith("Determination of the protein")


def test_titles_of_both_halves_pair() -> None:
    ru = "[Рост клеток in vitro].\nЦель - изучить рост.\n"
    en = "[Cell growth in vitro].  AIM To study growth.\n"
    a = sn.parse(ru, en, **NO_EXTRAS)
    assert {p.kind for p in a.pairs} == {"title", "aim"}
    title = next(p for p in a.pairs if p.kind == "title")
    assert [(len(g.ru), len(g.en)) for g in title.sentences] == [(1, 1)]


def test_the_seed_has_no_document_pairs(seed_structure) -> None:
    assert "document" not in {p.kind for p in seed_structure.pairs}


def test_every_sentence_of_a_parallel_abstract_is_aligned() -> None:
    # Russian headings on their own lines; English capitals run into the text after a title line.
    a = sn.parse(ROOT / "corpus" / "abstracts" / "25842921_ru.txt", ROOT / "corpus" / "abstracts" / "25842921_en.txt",
                 **NO_EXTRAS)
    for source, side in ((0, "ru"), (1, "en")):
        aligned = {span for p in a.pairs for g in p.sentences for span in getattr(g, side)}
        prose = {(s.start, s.end) for s in a.sentences if s.source == source and not s.section.endswith("title")}
        assert prose and prose <= aligned


def test_english_only_headings_align_at_document_level() -> None:
    ru = "Изучен рост 30 культур клеток. Рост составил 45% за 7 суток. Клетки пригодны для терапии.\n"
    en = ("[Cell growth].  MATERIAL AND METHODS The growth of 30 cell cultures was studied. "
          "RESULTS Growth was 45% in 7 days. CONCLUSION The cells are suitable for therapy.\n")
    a = sn.parse(ru, en, **NO_EXTRAS)
    assert [p.kind for p in a.pairs] == ["document"]
    beads = [(len(g.ru), len(g.en)) for p in a.pairs for g in p.sentences]
    assert beads == [(1, 1), (1, 1), (1, 1)]


def test_one_file_english_half_first_without_headings() -> None:
    text = ("[Cell growth].  The growth of 30 cell cultures was studied. Growth was 45% in 7 days.\n\n"
            "Изучен рост 30 культур клеток. Рост составил 45% за 7 суток.\n")
    a = sn.parse(text, **NO_EXTRAS)
    assert [(s.kind, s.lang) for s in a.sections] == [("title", "en"), ("other", "en"), ("other", "ru")]
    [pair] = a.pairs
    assert pair.kind == "document" and [(len(g.ru), len(g.en)) for g in pair.sentences] == [(1, 1), (1, 1)]
