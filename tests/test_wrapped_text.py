"""Hard-wrapped text (what PDF extraction gives) keeps its paragraphs and its references (issue #13)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from secretome_nlp.references import parse_reference_list
from secretome_nlp.repair import repair, wrap_width

sys.path.insert(0, str(Path(__file__).parent / "support"))
from relayout_loss import crlf, hard_wrap  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "eremin-2025-cellular-secretome-review.txt"


def _words(text: str) -> str:
    return " ".join(text.split())


def _letters(text: str) -> str:
    """Words with hyphens between letters dropped: a word cut at a line end and glued back
    with its hyphen kept (``гладко-мышечные``; no dictionary tells it from a compound such
    as ``клеток-продуцентов``) still counts as the same word here."""
    return re.sub(r"(?<=\w)-(?=\w)", "", _words(text))


def test_corpus_layouts_are_not_taken_for_hard_wrapping() -> None:
    """One line per paragraph (the seed) or per sentence (the abstracts) is not a wrapped text."""
    assert wrap_width(SEED.read_text(encoding="utf-8")) is None
    for path in sorted((ROOT / "corpus" / "abstracts").glob("*.txt")):
        assert wrap_width(path.read_text(encoding="utf-8")) is None, path.name


@pytest.mark.parametrize("width", [50, 72, 100])
@pytest.mark.parametrize("hyphenate", [True, False])
def test_wrapped_seed_repairs_to_the_same_text(width: int, hyphenate: bool) -> None:
    seed = SEED.read_text(encoding="utf-8")
    wrapped = hard_wrap(seed, width, hyphenate)
    assert wrap_width(wrapped) == width
    view = repair(wrapped)
    # Word for word what the unwrapped article repairs to: lines joined, cut words glued.
    assert _letters(view.text) == _letters(repair(seed).text)
    # Paragraphs stay paragraphs: as many blank-line-separated blocks, each on one line
    # (apart from list items and headings, which keep their own lines).
    assert view.text.count("\n\n") == repair(seed).text.count("\n\n")
    # Every repaired character still maps into the source.
    assert all(0 <= view.to_source(i) < len(wrapped) for i in range(0, len(view.text), 97))


def test_paragraph_line_breaks_are_joined_but_headings_and_list_items_are_not() -> None:
    lines = ["Клеточный секретом представляет собой сложную смесь биоактивных молекул,",
             "выделяемых клетками при культивировании, и рассматривается как много-",
             "обещающий инструмент в создании тканеинженерных конструкций для повыше-",
             "ния эффективности регенерации твердых и мягких тканей. В состав входят",
             "цитокины, факторы роста, хемокины, ферменты и внеклеточные везикулы.",
             "РЕЗУЛЬТАТЫ",
             "Эти паракринные факторы, секретируемые клетками, играют решающую роль в",
             "модулировании различных клеточных процессов, таких как воспаление, ангиогенез",
             "и ремоделирование внеклеточного матрикса. Высокая биологическая активность",
             "и способность модулировать клеточные реакции делают секретом перспективной",
             "альтернативой как традиционной медикаментозной терапии, так и немедикамен-",
             "тозным формам лечения с использованием трансплантации стволовых клеток.",
             "1. Первый пункт списка, который остаётся отдельной строкой текста в",
             "2. Второй пункт списка, который тоже остаётся отдельной строкой текста"]
    text = "\n".join(lines) + "\n"
    view = repair(text).text
    assert "много-обещающий" not in view and "многообещающий инструмент" in view
    assert "смесь биоактивных молекул, выделяемых клетками" in view
    assert "повышения эффективности" in view and "немедикаментозным формам" in view
    assert "везикулы.\nРЕЗУЛЬТАТЫ\nЭти" in view  # a heading in capitals keeps its lines
    assert "текста в\n2. Второй" in view  # so does a numbered item


def test_crlf_wrapped_text_is_unwrapped_too() -> None:
    seed = SEED.read_text(encoding="utf-8")
    view = repair(crlf(hard_wrap(seed, 72, True)))
    assert _letters(view.text) == _letters(repair(seed).text)


# --- references ------------------------------------------------------------------------
TWINS = """Список литературы / References
1. Свидерская Н.Е., Ильина Т.А. Пространственная организация ЭЭГ при решении задач разного типа. Журнал высшей нервной деятельности им. И.П. Павлова. 2019; 69(2): 135–146.
Sviderskaya N.E., Ilina T.A. Spatial organization of the EEG during solving tasks of different types. Zhurnal vysshei nervnoi deyatelnosti im. I.P. Pavlova. 2019; 69(2): 135–146. (In Russ.)
2. Кузнецова Д.А., Прокопьев А.В. Кондиционированная среда мезенхимальных стромальных клеток в лечении хронических ран // Клеточные технологии в биологии и медицине. 2021. Т. 12, № 3. С. 45–52. Kuznetsova D.A., Prokopiev A.V. Conditioned medium of mesenchymal stromal cells in the treatment of chronic wounds. Kletochnye tekhnologii v biologii i meditsine. 2021; 12(3): 45–52. (In Russ.)
3. Mazini L., Rochette L., Admou B., et al. Hopes and Limits of Adipose-Derived Stem Cells (ADSCs) and Mesenchymal Stem Cells (MSCs) in Wound Healing. International journal of molecular sciences. 2020; 21(4): 1306. https://doi.org/10.3390/ijms21041306
"""

AUTHOR_YEAR = """Литература

Иванов А.А., Петрова Б.Б. Влияние условий культивирования на состав секретома // Гены и клетки. 2020. Т. 15, № 3. С. 45–52.
Ivanov A.A., Petrova B.B. Vliyanie uslovii kultivirovaniya na sostav sekretoma. Geny i kletki. 2020; 15(3): 45–52. (In Russ.)
Lee J.H. Extracellular vesicles or exosomes? On the terminology of cell-secreted particles. Stem Cell Res Ther. 2020; 11: 287.
"""


def _fields(ref) -> dict:
    d = ref.to_dict()
    for k in ("text", "start", "end", "source"):
        d.pop(k)
    t = d.pop("translation")
    if t is not None:
        d["translation"] = {k: v for k, v in t.items() if k not in ("text", "start", "end")}
    return d


def test_unbracketed_twins_are_the_translation_of_their_entry() -> None:
    refs = parse_reference_list(TWINS, 0, len(TWINS))
    assert [r.number for r in refs] == [1, 2, 3]
    sv, kz, mazini = refs
    assert sv.lang == "ru" and sv.journal == "Журнал высшей нервной деятельности им. И.П. Павлова"
    assert sv.translation is not None and sv.translation.authors == ("Sviderskaya N.E.", "Ilina T.A.")
    assert sv.translation.title == "Spatial organization of the EEG during solving tasks of different types"
    assert (sv.translation.year, sv.translation.pages) == (2019, "135–146")
    assert kz.translation is not None and kz.translation.journal == "Kletochnye tekhnologii v biologii i meditsine"
    assert kz.journal == "Клеточные технологии в биологии и медицине"
    assert mazini.translation is None  # an English entry has no twin
    for r in refs:
        assert TWINS[r.start:r.end] == r.text
        if r.translation is not None:
            assert TWINS[r.translation.start:r.translation.end] == r.translation.text


def test_author_year_list_keeps_a_twin_with_its_entry() -> None:
    refs = parse_reference_list(AUTHOR_YEAR, 0, len(AUTHOR_YEAR))
    assert len(refs) == 2
    assert refs[0].authors == ("Иванов А.А.", "Петрова Б.Б.") and refs[0].translation is not None
    assert refs[0].translation.journal == "Geny i kletki"
    assert refs[1].authors == ("Lee J.H.",)


@pytest.mark.parametrize("text", [TWINS, AUTHOR_YEAR], ids=["numbered", "author-year"])
@pytest.mark.parametrize("width", [45, 60, 80])
@pytest.mark.parametrize("hyphenate", [True, False])
def test_wrapped_entries_parse_to_the_same_references(text: str, width: int, hyphenate: bool) -> None:
    wrapped = hard_wrap(text, width, hyphenate)
    assert wrapped.count("\n") >= text.count("\n") + 3  # the entries do span several lines
    original = parse_reference_list(text, 0, len(text))
    refs = parse_reference_list(wrapped, 0, len(wrapped))
    assert [_fields(r) for r in refs] == [_fields(r) for r in original]
    assert all(wrapped[r.start:r.end] == r.text for r in refs)


def test_wrapped_seed_list_keeps_every_field() -> None:
    seed = SEED.read_text(encoding="utf-8")
    heading = seed.index("Список литературы / Reference")
    original = parse_reference_list(seed, heading, len(seed))
    wrapped = hard_wrap(seed, 60, True)
    start = wrapped.index("Список литературы / Reference")
    refs = parse_reference_list(wrapped, start, len(wrapped))
    assert len(refs) == len(original) and [_fields(r) for r in refs] == [_fields(r) for r in original]


def test_narrow_columns_keep_the_reference_list_whole() -> None:
    """Two-column PDFs give lines of 30–45 characters: continuation lines of names
    ("Hu Y., Li S., Wang Y.") must not cut the list into author sections."""
    import textwrap

    import secretome_nlp as sn

    seed = SEED.read_text(encoding="utf-8")
    original = sn.parse(seed, lemmas=False, entities=False)
    for width in (30, 40):
        # Words and URLs are not cut (an English compound cut at its hyphen, "medium-" /
        # "mediated", cannot be told from a hyphenated word without an English dictionary).
        narrow = "\n\n".join("\n".join(textwrap.fill(line, width, break_long_words=False,
                                                      break_on_hyphens=False) for line in p.split("\n"))
                              for p in seed.split("\n\n"))
        article = sn.parse(narrow, lemmas=False, entities=False)
        assert [_fields(r) for r in article.references] == [_fields(r) for r in original.references]
        assert [c.refs for c in article.citations] == [c.refs for c in original.citations]
        assert not article.warnings


def test_a_title_block_after_the_list_is_not_taken_for_entries() -> None:
    import secretome_nlp as sn

    text = (SEED.read_text(encoding="utf-8").rstrip()
            + "\n\nOn the Secretome of Cells\n\nIvanov I.I., Petrov P.P.\n\n"
            + "¹ National Medical Research Center, Moscow, Russia\n")
    article = sn.parse(text, lemmas=False, entities=False)
    [refs] = [s for s in article.sections if s.kind == "references"]
    assert "On the Secretome" not in text[refs.start:refs.end]
    assert len(article.references) == 45
