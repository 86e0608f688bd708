"""Sections, pairs and metadata of the seed article and the parallel abstracts."""

from __future__ import annotations

import pytest

import secretome_nlp as sn
from secretome_nlp.sections import SECTION_KINDS, split_sections

PAIRED_KINDS = ["title", "authors", "affiliations", "abstract", "introduction", "aim", "methods",
                "main_content", "conclusion", "keywords", "citation", "correspondence", "dates",
                "author_info", "contributions", "funding", "conflicts", "data_availability"]


def test_seed_front_matter_is_paired(seed_structure) -> None:
    pairs = {(p.ru, p.en): p.kind for p in seed_structure.pairs}
    kinds = sorted(pairs.values())
    assert kinds == sorted(PAIRED_KINDS)
    # The abstract's run-in subsections pair inside the abstract, nothing else.
    for sub in ("introduction", "aim", "methods", "main_content", "conclusion"):
        assert (f"ru.abstract.{sub}", f"en.abstract.{sub}") in pairs
    by_id = {s.id: s for s in seed_structure.sections}
    for (ru, en), kind in pairs.items():
        assert by_id[ru].lang == "ru" and by_id[en].lang == "en"


def test_seed_body_sections_found_and_unpaired(seed_structure) -> None:
    body = [s for s in seed_structure.sections if s.level == 1 and s.lang == "ru"
            and s.kind in ("introduction", "aim", "methods", "main_content", "conclusion")]
    assert [s.heading for s in body] == ["ВВЕДЕНИЕ", "ЦЕЛЬ", "МАТЕРИАЛЫ И МЕТОДЫ", "ОСНОВНАЯ ЧАСТЬ ОБЗОРА",
                                         "ЗАКЛЮЧЕНИЕ"]
    paired = {p.ru for p in seed_structure.pairs}
    assert not any(s.id in paired for s in body)
    subsections = [s for s in seed_structure.sections if s.parent == "ru.main_content"]
    assert [s.heading for s in subsections] == [
        "Клеточный секрет: биохимический состав и биологические функции",
        "Экспериментальные и доклинические исследования терапевтического потенциала клеточного секрета",
        "Ограничения применения и перспективные исследования",
    ]
    assert all(s.level == 2 and s.kind == "body" for s in subsections)


def test_footnote_mark_belongs_to_the_section_it_marks(seed_structure, seed_text) -> None:
    corr = seed_structure.section("en.correspondence")
    assert seed_text[corr.start:corr.end].startswith("* **For correspondence:**")
    citation = seed_structure.section("en.citation")
    assert seed_text[citation.start:citation.end].endswith("(In Russ.).")


def test_seed_sections_cover_run_in_and_bilingual_headings(seed_structure) -> None:
    headings = {s.id: s.heading for s in seed_structure.sections}
    assert headings["ru.abstract.aim"] == "ЦЕЛЬ"
    assert headings["ru.citation"] == "Для цитирования / For citation"
    assert headings["en.abstract.main_content"] == "MAIN CONTENT OF THE REVIEW"
    refs = seed_structure.sections_of("references")
    assert len(refs) == 1 and refs[0].heading == "Список литературы / Reference"
    assert {s.kind for s in seed_structure.sections} <= set(SECTION_KINDS)


def test_section_offsets_index_the_source(seed_structure, seed_text) -> None:
    for s in seed_structure.sections:
        assert seed_text[s.start:s.end].strip() == seed_text[s.start:s.end]
        if s.heading:
            assert seed_text[s.heading_start:s.heading_end] == s.heading
            # Only bullets and footnote marks may stand before the heading on its line.
            assert seed_text[s.start:s.heading_start].strip(" *•-–") == ""


def test_seed_metadata_complete(seed_structure) -> None:
    md = seed_structure.metadata
    assert md.doi == "10.38025/2078-1962-2025-24-5-106-112"
    assert md.title["ru"].startswith("Возможности использования клеточного секретома")
    assert md.title["en"] == "Possibilities of Using Cellular Secretome to Stimulate Soft Tissue Regeneration: a Review"
    assert [(a.ru, a.en) for a in md.authors] == [
        ("Ерёмин П.С.", "Petr S. Eremin"), ("Рожкова Е.А.", "Elena A. Rozhkova"),
        ("Гильмутдинова И.Р.", "Ilmira R. Gilmutdinova")]
    assert [a.orcid for a in md.authors] == ["0000-0001-8832-8470", "0000-0002-2440-9244", "0000-0001-6743-2615"]
    assert md.authors[0].email == ("ereminps@gmail.com", "ereminps@nmicrk.ru")
    assert [a.affiliations for a in md.authors] == [(1,), (1,), (2,)]
    assert [a.number for a in md.affiliations] == [1, 2]
    assert md.affiliations[1].en == "National Medical Research Center for Therapy and Preventive Medicine, Moscow, Russia"
    assert md.keywords == {"ru": ["клеточный секретом", "тканеинженерные конструкции", "регенеративная медицина"],
                           "en": ["cellular secretome", "tissue engineering structures", "regenerative medicine"]}
    assert md.dates == {"received": "2025-08-12", "accepted": "2025-08-20", "published": "2025-10-20"}
    assert md.journal == {"ru": "Вестник восстановительной медицины", "en": "Bulletin of Rehabilitation Medicine"}
    assert (md.year, md.volume, md.issue, md.pages) == (2025, "24", "5", "106–112")


def test_sentence_alignment_in_abstract_pairs(seed_structure) -> None:
    pair = next(p for p in seed_structure.pairs if p.ru == "ru.abstract.main_content")
    assert len(pair.sentences) == 5
    text = seed_structure.sources[0].text
    first = pair.sentences[0]
    assert text[slice(*first.ru[0])].startswith("Использование технологий биоинженерии")
    assert text[slice(*first.en[0])].startswith("The use of bioengineering")
    last = pair.sentences[-1]
    assert "вариабельность состава" in text[slice(*last.ru[0])]
    assert "variability of composition" in text[slice(*last.en[0])]


@pytest.mark.parametrize("pmid", ["25591652", "26356617", "26977615", "25823269"])
def test_abstract_parts_pair_in_either_order(pmid, request) -> None:
    root = request.config.rootpath / "corpus" / "abstracts"
    a = sn.parse(root / f"{pmid}_en.txt", root / f"{pmid}_ru.txt", lemmas=False, entities=False,
                 references=False)
    assert a.sources[0].path.endswith("_ru.txt")  # Russian first, whatever the order given
    assert a.doc_id == pmid
    kinds = [p.kind for p in a.pairs]
    assert "methods" in kinds and any("results" in k for k in kinds) and len(kinds) >= 3
    for ru, en, p in a.iter_pairs():
        assert ru.source == 0 and en.source == 1 and p.sentences


def test_merged_heading_pairs_with_each_counterpart() -> None:
    ru = "Цель - оценить.\nМатериал и методы.\nОбследовано 20 больных.\nРезультаты и заключение.\nВыявлено 5 случаев. Лечение эффективно.\n"
    en = "AIM To assess.\nMATERIAL AND METHODS We examined 20 patients.\nRESULTS Five cases were found.\nCONCLUSION Treatment works.\n"
    a = sn.parse(ru, en, lemmas=False, entities=False, references=False)
    merged = [p for p in a.pairs if p.ru == "ru.results+conclusion"]
    assert sorted(p.kind for p in merged) == ["conclusion", "results"]


@pytest.mark.parametrize("line, kinds", [
    ("ВВЕДЕНИЕ", ("introduction",)),
    ("Материал и методы.", ("methods",)),
    ("Цель исследования - клинический анализ.", ("aim",)),
    ("ЦЕЛЬ. Характеристика состояния.", ("aim",)),
    ("OBJECTIVE  To analyze seizures.", ("aim",)),
    ("The study was done.  AIM To describe.", ("aim",)),
    ("Заживление ран важно. Цель — оценить роль клеток.", ("aim",)),
    ("Цель — показать связь.  Материал и методы.", ("methods",)),
    ("Wound healing matters. Aim: to assess the cells.", ("aim",)),
    ("Получены данные. Результаты. в тексте со строчной.", None),
    ("Список литературы / Reference", ("references",)),
    ("Результаты и заключение.", ("results", "conclusion")),
    ("Результаты исследования показали рост.", None),
    ("Заключение договора было отложено, и работа шла медленно.", None),
])
def test_heading_forms(line, kinds) -> None:
    sections = split_sections(line + "\nТекст раздела, достаточно длинный для абзаца.\n")
    found = [s for s in sections if s.heading]
    if kinds is None:
        assert not found
    else:
        assert found and found[-1].covers == kinds


def test_another_journal_layout(request) -> None:
    path = request.config.rootpath / "tests" / "data" / "structure" / "alt_layout.txt"
    a = sn.parse(path)
    pairs = {p.ru: p.en for p in a.pairs}
    for sub in ("introduction", "aim", "methods", "results", "conclusion"):
        assert pairs[f"ru.abstract.{sub}"] == f"en.abstract.{sub}"
    assert pairs["ru.title"] == "en.title" and pairs["ru.keywords"] == "en.keywords"
    md = a.metadata
    assert [(x.ru, x.en, x.affiliations) for x in md.authors] == [
        ("И.И. Иванов", "I.I. Ivanov", (1,)), ("П.П. Петров", "P.P. Petrov", (2,))]
    assert md.title["en"] == "Mesenchymal stromal cells in wound healing"
    assert [r.doi for r in a.references] == ["10.1000/xyz123", "10.1002/stem.123"]
    assert [c.refs for c in a.citations] == [(1,), (2,), (1, 2)]


def test_windows_line_endings_give_the_same_structure(seed_text, seed_structure) -> None:
    crlf = sn.parse(seed_text.replace("\n", "\r\n"), lemmas=False, entities=False, references=False)
    assert [(s.id, s.kind) for s in crlf.sections] == [(s.id, s.kind) for s in seed_structure.sections]
    assert [(p.ru, p.en, len(p.sentences)) for p in crlf.pairs] == \
        [(p.ru, p.en, len(p.sentences)) for p in seed_structure.pairs]
    assert len(crlf.sentences) == len(seed_structure.sentences)
    assert crlf.metadata == seed_structure.metadata
