"""Tests for issue #5: reference lists, in-text citations, evidence links, citation table."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretome_nlp.records.references import Citation, CitationReport, Reference, ReferenceTranslation
from secretome_nlp.references import (
    TABLE_COLUMNS,
    check_citations,
    citation_table,
    citations_in,
    find_citations,
    most_cited,
    normalize_doi,
    parse_reference_list,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "eremin-2025-cellular-secretome-review.txt"
DATA = Path(__file__).resolve().parent / "data" / "references"
LIST_HEADING = "Список литературы / Reference"


# ---------------------------------------------------------------------------
# Helpers: slice the seed with plain string search (the section splitter is separate)
# ---------------------------------------------------------------------------
def _list_span(text: str, heading: str) -> tuple[int, int]:
    """Body of the reference list: from the line after ``heading`` to the end."""
    return text.index("\n", text.index(heading)) + 1, len(text)


def _seed_body_span(text: str) -> tuple[int, int]:
    published = text.index("Published:")
    return text.index("ВВЕДЕНИЕ", published), text.index("ДОПОЛНИТЕЛЬНАЯ ИНФОРМАЦИЯ")


def _sentence_span(text: str, needle: str, lo: int = 0) -> tuple[int, int]:
    """Sentence around ``needle``: after the previous '. ' / line break, to the next '.'."""
    i = text.index(needle, lo)
    start = max(text.rfind(". ", lo, i) + 2, text.rfind("\n", lo, i) + 1)
    return start, text.index(".", i) + 1


def _parse_fixture(name: str, heading: str) -> tuple[str, list[Reference], tuple[int, int]]:
    text = (DATA / name).read_text(encoding="utf-8")
    start, end = _list_span(text, heading)
    return text, parse_reference_list(text, start, end), (0, text.index(heading))


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_refs(seed_text: str) -> list[Reference]:
    return parse_reference_list(seed_text, *_list_span(seed_text, LIST_HEADING))


@pytest.fixture(scope="module")
def seed_cits(seed_text: str, seed_refs: list[Reference]) -> list[Citation]:
    return find_citations(seed_text, [_seed_body_span(seed_text)], seed_refs)


# ---------------------------------------------------------------------------
# Seed article: reference list
# ---------------------------------------------------------------------------
def test_seed_has_45_references_numbered_in_order(seed_refs: list[Reference]) -> None:
    assert [r.number for r in seed_refs] == list(range(1, 46))


def test_seed_every_reference_has_core_fields_and_exact_offsets(
    seed_text: str, seed_refs: list[Reference]
) -> None:
    for ref in seed_refs:
        assert seed_text[ref.start:ref.end] == ref.text
        assert ref.doi and ref.doi == ref.doi.lower() and ref.doi.startswith("10.")
        assert ref.year and 2010 <= ref.year <= 2025
        assert ref.authors and ref.journal and ref.title
        assert "*" not in ref.journal and "*" not in ref.title
        assert ref.lang == "en"
        assert ref.translation is None
    # The list is bulleted up to 23 and numbered from 24: markers are not part of the text.
    assert seed_refs[0].text.startswith("Mazini L.")
    assert seed_refs[23].text.startswith("Laksmitawati D.R.")


@pytest.mark.parametrize(
    "number, doi, year, first_author, journal",
    [
        (1, "10.3390/ijms21041306", 2020, "Mazini L.", "International journal of molecular sciences"),
        (5, "10.1002/jlb.3mr0422-665r", 2022, "Ding T.", "J Leukoc Biol"),
        (7, "10.1016/j.celrep.2024.114742", 2024, "Huang J.", "Cell Rep"),
        (12, "10.1089/ten.teb.2022.0118", 2023, "Kim H.", "Tissue engineering. Part B, Reviews"),
        (17, "10.1016/j.ymthe.2023.02.013", 2023, "Rädler J.",
         "Molecular therapy: the journal of the American Society of Gene Therapy"),
        (24, "10.12659/msmbr.933726", 2022, "Laksmitawati D.R.", "Medical science monitor basic research"),
        (34, "10.1007/s12015-023-10517-1", 2023, "Rosochowicz M.A.", "Stem Cell Rev Rep"),
        (38, "10.1042/bsr20241389", 2025, "Pinheiro-Machado E.", "Biosci Rep"),
        (45, "10.1093/jnen/nlad053", 2023, "Hajisoltani R.",
         "Journal of neuropathology and experimental neurology"),
    ],
)
def test_seed_spot_checks(
    seed_refs: list[Reference], number: int, doi: str, year: int, first_author: str, journal: str
) -> None:
    ref = seed_refs[number - 1]
    assert (ref.number, ref.doi, ref.year, ref.first_author, ref.journal) == (
        number, doi, year, first_author, journal)


def test_seed_volume_issue_pages_and_authors(seed_refs: list[Reference]) -> None:
    r1, r4, r5, r15, r21 = (seed_refs[i - 1] for i in (1, 4, 5, 15, 21))
    assert (r1.volume, r1.issue, r1.pages) == ("21", "4", "1306")
    assert (r4.volume, r4.issue, r4.pages) == (None, "15", "e2103222")  # "2022; (15): e2103222"
    assert (r5.volume, r5.issue, r5.pages) == ("112", "5", "1013–1023")
    assert r15.pages == "eaau6977"
    assert (r21.volume, r21.pages) == ("13", "414–423")  # "13:414–423" without spaces
    assert r1.authors == ("Mazini L.", "Rochette L.", "Admou B.")  # "et al." is not an author
    assert seed_refs[16].authors == ("Rädler J.", "Gupta D.", "Zickler A.", "Andaloussi S.E.")
    assert seed_refs[42].authors[1] == "Šimoliūnas E."
    assert seed_refs[33].title.endswith("osteoarthritis management?")
    assert seed_refs[2].journal == "bioRxiv" and seed_refs[2].pages == "2024.08.26.609692"


# ---------------------------------------------------------------------------
# Seed article: citations and evidence
# ---------------------------------------------------------------------------
def test_seed_has_44_bracketed_markers_all_resolved(
    seed_text: str, seed_cits: list[Citation]
) -> None:
    assert len(seed_cits) == 44
    body_start, body_end = _seed_body_span(seed_text)
    for c in seed_cits:
        assert body_start <= c.start < c.end <= body_end
        assert seed_text[c.start:c.end] == c.text and c.text.startswith("[")
        assert c.kind == "numeric" and c.refs and not c.unresolved
    assert seed_cits[0].refs == (1,)


def test_seed_ranges_are_expanded(seed_cits: list[Citation]) -> None:
    by_text = {c.text: c.refs for c in seed_cits}
    assert by_text["[13–15]"] == (13, 14, 15)
    assert by_text["[16–18]"] == (16, 17, 18)
    assert by_text["[27, 32, 33]"] == (27, 32, 33)


def test_seed_every_reference_cited(seed_refs: list[Reference], seed_cits: list[Citation]) -> None:
    report = check_citations(seed_refs, seed_cits)
    assert report == CitationReport(uncited=(), missing=(), unmatched=())
    assert report.ok


def test_seed_doctored_copy_reports_uncited_and_missing(seed_text: str) -> None:
    # Drop reference 30 from the list and cite a non-existent [46] instead of [28].
    line30 = seed_text.index("\n30. Surico")
    doctored = seed_text[:line30] + seed_text[seed_text.index("\n", line30 + 1):]
    doctored = doctored.replace("кожи [28]", "кожи [46]", 1)
    refs = parse_reference_list(doctored, *_list_span(doctored, LIST_HEADING))
    assert len(refs) == 44 and 30 not in {r.number for r in refs}
    cits = find_citations(doctored, [_seed_body_span(doctored)], refs)
    assert len(cits) == 44
    bad = [c for c in cits if c.unresolved]
    assert sorted(c.text for c in bad) == ["[30]", "[46]"]
    report = check_citations(refs, cits)
    assert report.uncited == (28,)
    assert report.missing == (30, 46)
    assert not report.ok


@pytest.mark.parametrize(
    "needle, expected",
    [
        ("ИЛ-6 и хемокинов CCL2 и CXCL1", (6,)),
        ("(G-CSF)", (7,)),
        ("(VEGF)", (5, 6)),
        ("(FGF)", (5, 6)),
        ("[13–15]", (13, 14, 15)),
        ("ВВ циркулируют во внеклеточной жидкости", ()),
    ],
)
def test_seed_sentences_carry_citations(
    seed_text: str, seed_cits: list[Citation], needle: str, expected: tuple[int, ...]
) -> None:
    span = _sentence_span(seed_text, needle, _seed_body_span(seed_text)[0])
    assert citations_in(span, seed_cits) == expected


def test_citations_in_counts_marker_starting_in_span(seed_text: str, seed_cits: list[Citation]) -> None:
    c = next(c for c in seed_cits if c.text == "[5, 6]")
    assert citations_in((c.start - 5, c.start + 1), seed_cits) == (5, 6)
    assert citations_in((c.end, c.end + 10), seed_cits) == ()


def test_front_matter_is_not_cited_when_outside_spans(seed_text: str, seed_refs: list[Reference]) -> None:
    # The "[Eremin P.S., … (In Russ.)]" citation line and affiliation markers produce nothing.
    head = seed_text.index("Published:")
    cits = find_citations(seed_text, [(0, head)], seed_refs)
    assert [c for c in cits if c.kind == "numeric"] == []
    assert all(c.text in "¹²" for c in cits)  # "Elena A. Rozhkova¹" is inseparable from a word¹


# ---------------------------------------------------------------------------
# Citation markers: unit cases
# ---------------------------------------------------------------------------
def _refs(n: int) -> list[Reference]:
    return [Reference(f"Ref {i}", (f"Author{i} A.",), None, None, 2000 + i, None, None, None,
                      None, None, "en", 0, 0, number=i) for i in range(1, n + 1)]


@pytest.mark.parametrize(
    "marker, expected",
    [
        ("[1]", (1,)), ("[5, 6]", (5, 6)), ("[1; 3]", (1, 3)), ("[1, 3–5]", (1, 3, 4, 5)),
        ("[13-15]", (13, 14, 15)), ("[13−15]", (13, 14, 15)), ("[13—15]", (13, 14, 15)),
        ("[ 2 ,4 ]", (2, 4)), ("^{1,2}", (1, 2)), ("^{3–5}", (3, 4, 5)),
        ("¹", (1,)), ("¹⁻³", (1, 2, 3)), ("¹,⁴", (1, 4)),
    ],
)
def test_marker_forms(marker: str, expected: tuple[int, ...]) -> None:
    text = f"Cytokines regulate repair{marker} in wounds."
    cits = find_citations(text, [(0, len(text))], _refs(20))
    assert [(c.text, c.refs) for c in cits] == [(marker, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Название статьи [In Russ.] и ещё [Electronic resource].",
        "Выборка 2020 г. [2020] была больше.",
        "Площадь 5 см² и 10⁶ клеток на мл.",
        "Интервал [100–2000] нм указан в скобках.",
        "Volume 5 m^{3} and 10^{6} cells are not citations.",
        "Рожкова Е.А.¹, Гильмутдинова И.Р.² — affiliation markers after initials.",
    ],
)
def test_non_markers_are_ignored(text: str) -> None:
    assert find_citations(text, [(0, len(text))], _refs(5)) == []


def test_numbers_beyond_list_are_unresolved_not_dropped() -> None:
    text = "Shown before [3, 46] and [47]."
    cits = find_citations(text, [(0, len(text))], _refs(45))
    assert [(c.refs, c.unresolved) for c in cits] == [((3,), (46,)), ((), (47,))]
    assert check_citations(_refs(45), cits).missing == (46, 47)


def test_without_references_numbers_are_kept_but_years_are_not() -> None:
    text = "Known [3]; in [2020] and [1995] nothing."
    cits = find_citations(text, [(0, len(text))])
    assert [(c.text, c.refs) for c in cits] == [("[3]", (3,))]


def test_source_notes_are_not_markers_in_numeric_documents() -> None:
    text = "Данные ВОЗ (ВОЗ, 2020) и обзор [1]; см. также (Smith et al., 2019)."
    cits = find_citations(text, [(0, len(text))], _refs(3))
    assert [(c.text, c.refs) for c in cits] == [("[1]", (1,)), ("(Smith et al., 2019)", ())]
    assert check_citations(_refs(3), cits).unmatched == ("(Smith et al., 2019)",)


def test_only_given_spans_are_searched() -> None:
    text = "A [1]. B [2]. C [3]."
    cits = find_citations(text, [(7, 13), (0, 6), (2, 5)], _refs(3))
    assert [c.refs for c in cits] == [(1,), (2,)]


@given(st.lists(st.tuples(st.integers(1, 40), st.integers(0, 4)), min_size=1, max_size=5),
       st.sampled_from(["-", "–", "—", "−"]), st.sampled_from([", ", ",", "; "]))
def test_numeric_marker_expansion_property(items: list[tuple[int, int]], dash: str, sep: str) -> None:
    parts, expected = [], set()
    for lo, width in items:
        parts.append(f"{lo}{dash}{lo + width}" if width else str(lo))
        expected.update(range(lo, lo + width + 1))
    marker = "[" + sep.join(parts) + "]"
    text = f"Известно, что {marker}."
    cits = find_citations(text, [(0, len(text))], _refs(50))
    assert len(cits) == 1 and cits[0].text == marker
    assert cits[0].refs == tuple(sorted(expected))


# ---------------------------------------------------------------------------
# Constructed reference lists (tests/data/references, see tests/data/README.md)
# ---------------------------------------------------------------------------
def test_author_year_list_and_markers() -> None:
    text, refs, body = _parse_fixture("author_year.txt", "Литература\n")
    assert [r.number for r in refs] == list(range(1, 9))
    assert [r.first_author_surname for r in refs] == [
        "Caplan", "Gnecchi", "Иванов", "Lee", "Петров", "Петров", "Phinney", "Théry"]
    assert [r.year for r in refs] == [2006, 2008, 2020, 2020, 2018, 2018, 2017, 2018]
    ivanov = refs[2]
    assert (ivanov.journal, ivanov.volume, ivanov.issue, ivanov.pages, ivanov.lang) == (
        "Гены и клетки", "15", "3", "45–52", "ru")
    assert refs[3].title == "Extracellular vesicles or exosomes? On the terminology of cell-secreted particles"
    assert refs[3].journal == "Stem Cell Res Ther" and refs[3].doi is None
    phinney = refs[6]  # APA: "Phinney, D. G., & Pittenger, M. F. (2017). Title. Journal, 35(4), 851–858."
    assert phinney.authors == ("Phinney, D. G.", "Pittenger, M. F.")
    assert (phinney.journal, phinney.volume, phinney.issue, phinney.pages) == ("Stem Cells", "35", "4", "851–858")
    # The year inside the MISEV2018 title is not the publication year's anchor; the DOI on
    # its own line belongs to the same entry.
    assert refs[7].journal == "J Extracell Vesicles" and refs[7].doi == "10.1080/20013078.2018.1535750"

    cits = find_citations(text, [body], refs)
    got = {c.text: c.refs for c in cits}
    assert got == {
        "(Caplan, Dennis, 2006; Gnecchi et al., 2008)": (1, 2),
        "(Иванов и др., 2020)": (3,),
        "Петров П.П. и соавт. (2018a)": (5,),
        "(Петров и др., 2018b)": (6,),
        "(Théry et al., 2018; Phinney & Pittenger, 2017)": (7, 8),
        "(см. Lee, 2020)": (4,),
        "(Сидоров, 2015)": (),
    }
    assert all(c.kind == "author_year" for c in cits)  # "[2020]" is a year, not reference 2020
    report = check_citations(refs, cits)
    assert report == CitationReport(uncited=(), missing=(), unmatched=("(Сидоров, 2015)",))


def test_references_without_doi() -> None:
    _, refs, _ = _parse_fixture("no_doi.txt", "References\n")
    assert [r.number for r in refs] == [1, 2, 3, 4, 5]
    assert all(r.doi is None for r in refs)
    who, book, pittenger, kilroy, gost = refs
    assert who.authors == ("World Health Organization",)
    assert who.url == "https://www.who.int/publications/i/item/9789240051164"
    assert (who.year, who.title) == (2022, "Global report on infection prevention and control")
    assert book.url is None and book.journal is None and book.year == 2016
    assert book.title == "Culture of animal cells: a manual of basic technique and specialized applications"
    assert (pittenger.journal, pittenger.year, pittenger.volume, pittenger.issue, pittenger.pages) == (
        "Science", 1999, "284", "5411", "143–147")
    assert kilroy.url is None and kilroy.journal == "J Cell Physiol"
    assert gost.lang == "ru" and gost.year == 2016 and gost.url == "http://docs.cntd.ru/document/1200141705"


def test_doi_prefixes_and_split_across_lines() -> None:
    text, refs, _ = _parse_fixture("split_doi.txt", "References\n")
    assert [r.doi for r in refs] == [
        "10.1016/j.celrep.2024.114742",     # "https://doi.org/10.1016/j.celrep.\n2024.114742"
        "10.1126/science.aau6977",          # "DOI 10.1126/science.aau6977."
        "10.1161/circresaha.108.176826",    # "http://dx.doi.org/10.1161/\nCIRCRESAHA.108.176826"
        "10.1002/stem.2575",                # "doi: 10.1002/stem.2575;" then "PMID: …" on the next line
    ]
    assert all(r.url is None for r in refs)
    assert "\n" in refs[0].text and text[refs[0].start:refs[0].end] == refs[0].text


@pytest.mark.parametrize(
    "raw, doi",
    [
        ("<https://doi.org/10.1002/JLB.3MR0422-665R>", "10.1002/jlb.3mr0422-665r"),
        ("doi:10.1016/S0140-6736(20)30183-5.", "10.1016/s0140-6736(20)30183-5"),
        ("(https://doi.org/10.1016/j.tice.2021.101559)", "10.1016/j.tice.2021.101559"),
        ("DOI 10.1134/S0044467719020138,", "10.1134/s0044467719020138"),
    ],
)
def test_normalize_doi(raw: str, doi: str) -> None:
    assert normalize_doi(raw) == doi


def test_russian_references_with_transliterated_twins() -> None:
    text, refs, _ = _parse_fixture("russian_twins.txt", "Список литературы / References\n")
    assert [r.number for r in refs] == [1, 2, 3, 4]
    sv = refs[0]
    assert sv.lang == "ru" and sv.authors == ("Свидерская Н.Е.", "Ильина Т.А.")
    assert sv.journal == "Журнал высшей нервной деятельности им. И.П. Павлова"
    assert (sv.year, sv.volume, sv.issue, sv.pages) == (2019, "69", "2", "135–146")
    assert sv.doi == "10.1134/s0044467719020138"  # the DOI after the closing bracket
    tr = sv.translation
    assert tr is not None and tr.lang == "en"
    assert text[tr.start:tr.end] == tr.text and tr.text.startswith("Sviderskaya N.E.")
    assert tr.text.endswith("(In Russ.)") and sv.start < tr.start < tr.end < sv.end
    assert tr.authors == ("Sviderskaya N.E.", "Ilina T.A.")
    assert tr.journal == "Zhurnal vysshei nervnoi deyatelnosti im. I.P. Pavlova"
    assert (tr.year, tr.volume, tr.issue, tr.pages) == (2019, "69", "2", "135–146")
    assert tr.title == "Spatial organization of the EEG during solving tasks of different types"

    eremin = refs[1]  # twin on its own line, DOI inside the brackets
    assert eremin.translation is not None and eremin.translation.authors[0] == "Eremin P.S."
    assert eremin.translation.journal == "Bulletin of Rehabilitation Medicine"
    assert eremin.doi == eremin.translation.doi == "10.38025/2078-1962-2025-24-5-106-112"
    assert eremin.journal == "Вестник восстановительной медицины"

    gost = refs[2]  # "// Журнал. 2021. Т. 12, № 3. С. 45–52."
    assert (gost.journal, gost.year, gost.volume, gost.issue, gost.pages) == (
        "Клеточные технологии в биологии и медицине", 2021, "12", "3", "45–52")
    assert gost.translation.journal == "Kletochnye tekhnologii v biologii i meditsine"
    assert gost.doi is None

    assert refs[3].translation is None and refs[3].lang == "en"


def test_transliterated_surname_resolves_author_year_marker() -> None:
    text, refs, _ = _parse_fixture("russian_twins.txt", "Список литературы / References\n")
    sentence = "EEG coherence changes with the task (Sviderskaya et al., 2019; Свидерская и др., 2019)."
    cits = find_citations(sentence, [(0, len(sentence))], refs)
    assert [c.refs for c in cits] == [(1,)]


def test_numbered_list_styles_and_wrapped_lines() -> None:
    text = (
        "Список литературы\n"
        "[1] Kalluri R. The biology and function of extracellular vesicles in immune response\n"
        "and immunity. Immunity.\n"
        "2024. 57(8): 1752–1768.\n"
        "[2] Tan Q., Xia D., Ying X. miR-29a in Exosomes from Bone Marrow Mesenchymal Stem Cells.\n"
        "Int. J. Stem Cells. 2020; 13:414–423.\n"
    )
    refs = parse_reference_list(text, 0, len(text))
    assert [r.number for r in refs] == [1, 2]
    assert refs[0].title == "The biology and function of extracellular vesicles in immune response and immunity"
    # "2024. 57(8)…" at the start of a wrapped line is not entry number 2024.
    assert (refs[0].year, refs[0].volume, refs[0].pages) == (2024, "57", "1752–1768")
    assert refs[1].journal == "Int. J. Stem Cells" and refs[1].pages == "414–423"


# ---------------------------------------------------------------------------
# Records: lossless JSON round trip
# ---------------------------------------------------------------------------
def test_records_round_trip_through_json(
    seed_refs: list[Reference], seed_cits: list[Citation]
) -> None:
    _, twins, _ = _parse_fixture("russian_twins.txt", "Список литературы / References\n")
    for ref in [*seed_refs, *twins]:
        back = Reference.from_dict(json.loads(json.dumps(ref.to_dict(), ensure_ascii=False)))
        assert back == ref
    assert twins[0].translation is not None
    tr = twins[0].translation
    assert ReferenceTranslation.from_dict(json.loads(json.dumps(tr.to_dict()))) == tr
    for c in [*seed_cits, Citation(1, 5, "[46]", (), "numeric", (46,))]:
        assert Citation.from_dict(json.loads(json.dumps(c.to_dict()))) == c
    report = CitationReport((1, 2), (46,), ("(Сидоров, 2015)",))
    assert CitationReport.from_dict(json.loads(json.dumps(report.to_dict()))) == report


# ---------------------------------------------------------------------------
# Citation graph across articles
# ---------------------------------------------------------------------------
def test_citation_table_and_most_cited(seed_refs: list[Reference]) -> None:
    _, twins, _ = _parse_fixture("russian_twins.txt", "Список литературы / References\n")
    _, author_year, _ = _parse_fixture("author_year.txt", "Литература\n")
    other = "1. Lee J.H. Extracellular vesicles or exosomes? On the terminology of cell-secreted particles. Stem Cell Res Ther. 2020; 11: 287.\n"
    articles = [
        SimpleNamespace(doc_id="eremin2025", references=seed_refs),
        SimpleNamespace(doc_id="twins", references=twins),
        SimpleNamespace(doc_id="author_year", references=author_year),
        SimpleNamespace(doc_id="other", references=parse_reference_list(other, 0, len(other))),
    ]
    table = citation_table(articles)
    assert tuple(table.columns) == TABLE_COLUMNS
    assert len(table) == 45 + 4 + 8 + 1
    row = table[(table.doc_id == "eremin2025") & (table.ref_number == 5)].iloc[0]
    assert (row.doi, row.year, row.first_author) == ("10.1002/jlb.3mr0422-665r", 2022, "Ding T.")

    top = most_cited(table, n=3)
    assert list(top.columns) == ["key", "doi", "first_author", "year", "title", "n_docs", "doc_ids"]
    first = top.iloc[0]
    assert first.doi == "10.3390/ijms21041306"  # Mazini 2020 in the seed and in the twins list
    assert first.n_docs == 2 and first.doc_ids == ("eremin2025", "twins")
    # Without a DOI the join falls back to surname + year + title prefix (Lee 2020).
    lee = top[top.doi.isna()].iloc[0]
    assert lee.first_author == "Lee J.H." and lee.n_docs == 2
    assert set(top.n_docs.iloc[2:]) <= {1, 2}
    # A document listing the same work twice counts once: n_docs counts documents.
    dup = SimpleNamespace(doc_id="dup", references=[seed_refs[0], seed_refs[0]])
    assert most_cited(citation_table([dup]), n=1).iloc[0].n_docs == 1


def test_citation_table_empty() -> None:
    table = citation_table([])
    assert tuple(table.columns) == TABLE_COLUMNS and table.empty
    assert most_cited(table).empty


# ---------------------------------------------------------------------------
# Robustness: any input keeps offsets exact and never raises
# ---------------------------------------------------------------------------
_ALPHABET = st.sampled_from(list("aZяЖ.,;:()[]-–* \n0123456789<>/^{}¹²⁻") + ["doi:10.1000/x", "et al.", "2020"])


@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_parsers_keep_offsets_on_arbitrary_text(text: str) -> None:
    for ref in parse_reference_list(text, 0, len(text)):
        assert text[ref.start:ref.end] == ref.text
        if ref.translation is not None:
            assert text[ref.translation.start:ref.translation.end] == ref.translation.text
    for cit in find_citations(text, [(0, len(text))], _refs(10)):
        assert text[cit.start:cit.end] == cit.text


@pytest.mark.parametrize(
    "marker, expected",
    [
        ("(Rädler et al., 2023)", (17,)),
        ("(Radler et al., 2023)", (17,)),           # diacritics folded
        ("(см. Šimoliūnas, 2021)", ()),              # second author: not the resolution key
        ("(Pranskunas et al., 2021; Kalluri, 2020, 2024)", (15, 16, 43)),
        ("Kalluri R. and LeBleu V.S. (2020)", (15,)),
    ],
)
def test_author_year_markers_against_seed_list(
    seed_refs: list[Reference], marker: str, expected: tuple[int, ...]
) -> None:
    text = f"Экзосомы изучены подробно {marker}."
    cits = find_citations(text, [(0, len(text))], seed_refs)
    assert [(c.text, c.refs) for c in cits] == [(marker, expected)]
