"""Heading detection as a decision over candidates: the layouts of issue 9 and issue 13."""

from __future__ import annotations

import pytest

import secretome_nlp as sn
from secretome_nlp.headings import THRESHOLD, line_headings
from secretome_nlp.sections import split_sections

BODY = "Обследованы 20 больных с ИБС в возрасте 40–60 лет.\n"


def _headed(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.heading, s.covers) for s in split_sections(text) if s.heading]


@pytest.mark.parametrize("text, expected", [
    # at the end of a line, after a sentence end (capitals, no punctuation)
    ("Stroke is common in the elderly.  AIM\nTo assess the risk.\n", [("AIM", ("aim",))]),
    # glued to the sentence it heads, capitals or title case
    ("AIM  To assess the risk.\n", [("AIM", ("aim",))]),
    ("Aim  To assess the risk.\n", [("Aim", ("aim",))]),
    # alone on a line, capitals followed by lower case
    ("OBJECTIVE\nto analyze two cases.\n", [("OBJECTIVE", ("aim",))]),
    # numbered, decimal, roman, markdown and bold
    ("1. Введение\n" + BODY, [("Введение", ("introduction",))]),
    ("1.2 Материал и методы\n" + BODY, [("Материал и методы", ("methods",))]),
    ("II. Results\nFive cases were found.\n", [("Results", ("results",))]),
    ("## ВВЕДЕНИЕ\n" + BODY, [("ВВЕДЕНИЕ", ("introduction",))]),
    ("**Цель.** Оценить роль клеток.\n", [("Цель", ("aim",))]),
    # title case run into the text after a sentence end
    ("The aim was set. Material and Methods A total of 13 rabbits were used.\n",
     [("Material and Methods", ("methods",))]),
    # the longest phrase of the vocabulary wins
    ("Результаты и обсуждение.\nУ пациентов наблюдали рост.\n", [("Результаты и обсуждение", ("results", "discussion"))]),
    ("Findings. Five cases were found.\n", [("Findings", ("results",))]),
])
def test_heading_layouts(text: str, expected: list) -> None:
    assert _headed(text) == expected


@pytest.mark.parametrize("text", [
    # a hard-wrapped sentence that starts with a heading word
    "The first cases were described long ago. Results\nof the study were never published.\n",
    # a heading word followed by an abbreviation starts a sentence
    "Получены данные. Результаты МРТ показали очаги.\n",
    # a wrapped line that starts with a lower-case vocabulary word
    "The patients were examined by clinical and instrumental\nmethods. The results were good.\n",
    # sentences that start with heading words
    "Результаты исследования показали рост.\n",
    "Conclusions drawn from small samples mislead.\n",
])
def test_sentences_that_start_with_heading_words(text: str) -> None:
    assert _headed(text) == []


def test_scores_follow_the_evidence() -> None:
    line = "The study was done.  AIM To describe."
    [found] = line_headings(line, 0, len(line))
    assert found.kinds == ("aim",) and found.score >= THRESHOLD
    wrapped = "Results of the study"
    assert line_headings(wrapped, 0, len(wrapped)) == []


def test_numbered_reference_entries_are_not_headings() -> None:
    text = ("Список литературы\n\n1. Conclusion. Smith J. Wound healing. Nature. 2020; 5: 1–2.\n"
            "2. Results of trials. Lee K. Cells. 2021; 3: 4–5.\n")
    assert [s.kind for s in split_sections(text)] == ["references"]


def test_bracketed_title_before_a_heading_is_a_title_section() -> None:
    text = "[Mesenchymal cells in wound healing].  OBJECTIVE  To assess the cells. RESULTS Five cases.\n"
    sections = split_sections(text)
    assert [(s.kind, s.heading) for s in sections] == [("title", ""), ("aim", "OBJECTIVE"), ("results", "RESULTS")]
    title = sections[0]
    assert text[title.start:title.end] == "[Mesenchymal cells in wound healing]."


def test_bracketed_title_broken_over_lines() -> None:
    text = "[Mesenchymal stromal cells in the healing\nof chronic wounds].  The cells were studied.\n"
    sections = split_sections(text)
    assert [s.kind for s in sections] == ["title", "other"]
    assert text[sections[1].start:].startswith("The cells were studied.")


def test_heading_after_a_sentence_end_leaves_the_sentence_to_the_previous_section() -> None:
    ru = "Цель - оценить роль клеток.  Материал и методы.\nОбследованы 20 больных.\n"
    en = "The study was needed.  AIM\nTo assess the cells.  MATERIAL AND METHODS\nTwenty patients were examined.\n"
    a = sn.parse(ru, en, lemmas=False, entities=False, references=False)
    texts = {s.section: [] for s in a.sentences}
    for s in a.sentences:
        texts[s.section].append(a.sources[s.source].text[s.start:s.end])
    assert texts["en.aim"] == ["To assess the cells."]
    assert texts["en.methods"] == ["Twenty patients were examined."]
    assert texts["ru.methods"] == ["Обследованы 20 больных."]


@pytest.mark.parametrize("layout", [
    "**{h}.** {t}", "## {h}\n{t}", "1. {h}\n{t}", "{h}\n{t}", "{H}  {t}", "Предыдущее предложение.  {H}\n{t}",
])
def test_a_heading_never_becomes_part_of_a_sentence(layout: str) -> None:
    ru = "\n".join(layout.format(h=h, H=h.upper(), t=t) for h, t in [
        ("Цель", "Оценить роль клеток в заживлении ран."),
        ("Результаты", "Заживление ускорилось у 12 больных."),
        ("Заключение", "Клетки полезны."),
    ]) + "\n"
    a = sn.parse(ru, "AIM To assess cells. RESULTS Healing was faster in 12 patients. CONCLUSION Cells help.\n",
                 lemmas=False, entities=False, references=False)
    sentences = [a.sources[0].text[s.start:s.end] for s in a.sentences if s.source == 0]
    for heading in ("Цель", "Результаты", "Заключение"):
        assert not any(heading.lower() in s.lower() for s in sentences), sentences
    assert {p.kind for p in a.pairs} == {"aim", "results", "conclusion"}


def test_a_run_in_heading_broken_by_a_hard_wrap_is_one_heading():
    """A short hard-wrapped abstract (too few lines to be unwrapped) breaks a run-in heading
    over two lines: «PATIENTS AND» / «METHODS The…» is still the methods heading."""
    import secretome_nlp as sn

    text = ("[Outcomes of a new graft].  OBJECTIVE To compare two grafts in knee surgery. PATIENTS AND\n"
            "METHODS Forty adults received either graft and were followed for a year. RESULTS Both grafts\n"
            "healed. CONCLUSION The new graft is as good as the old one.")
    article = sn.parse(text, lemmas=False, entities=False, allow_truncated=True)
    kinds = [s.kind for s in article.sections]
    assert "methods" in kinds
    assert not any(text[s.start:s.end].strip().endswith("PATIENTS AND") for s in article.sentences)
