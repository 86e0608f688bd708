"""The layout fuzzer, and the library's sections and pairs on the layouts it generates."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import secretome_nlp as sn
from support.relayout import (PLACEMENTS, TRANSFORMS, Doc, abstract_cases, apply, apply_case, pairs_by_key,
                              random_combination, seed_case, title_case, wrap_text)

ROOT = Path(__file__).resolve().parents[1]
#: A spread of abstracts: glued capitals, standalone Russian headings, a title line, a merged heading.
SAMPLE = ["25591652", "25842921", "25872388", "26081319", "26145744", "26356398", "27030431", "26978491"]


@pytest.fixture(scope="module")
def cases():
    return {c.name: c for c in abstract_cases(ROOT)}


def test_original_layout_renders_back_exactly(cases) -> None:
    for case in cases.values():
        for doc, lang in zip(case.docs, ("ru", "en")):
            assert doc.render().text == (ROOT / "corpus" / "abstracts" / f"{case.name}_{lang}.txt").read_text("utf-8")


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_every_transform_keeps_track_of_its_headings(cases, name: str) -> None:
    for pmid in SAMPLE:
        for doc in cases[pmid].docs:
            fuzzed = apply(doc, [name])
            for block in doc.blocks:
                a, b = fuzzed.spans[block.key]
                assert fuzzed.text[a:b].lower() == block.heading.lower()
            # The words of the text survive every transform.
            words = re.findall(r"\w+", doc.render().text.lower())
            assert re.findall(r"\w+", fuzzed.text.replace("-\n", "").lower()) == words or name in (
                "numbered", "numbered_decimal", "numbered_roman")


def test_transforms_do_what_they_say(cases) -> None:
    doc = cases["25842921"].docs[1]  # "[Title]. OBJECTIVE To show… SUBJECTS AND METHODS Sixty…"
    crlf = apply(cases["25842921"].docs[0], ["crlf"]).text  # the Russian half has line breaks
    assert "\r\n" in crlf and "\n" not in crlf.replace("\r\n", "")
    assert "OBJECTIVE  To show" in apply(doc, ["headings_glued"]).text
    assert re.search(r"CHD\.  SUBJECTS AND METHODS\nSixty", apply(doc, ["headings_line_end"]).text)
    assert "\n## SUBJECTS AND METHODS\n" in apply(doc, ["markdown"]).text
    assert "\n**SUBJECTS AND METHODS.** Sixty" in apply(doc, ["bold"]).text
    assert "\nII. SUBJECTS AND METHODS\n" in apply(doc, ["numbered_roman"]).text
    assert "Subjects and Methods" in apply(doc, ["title_case"]).text
    assert "].  OBJECTIVE  To show" in apply(doc, ["heading_after_title"]).text
    wrapped = apply(doc, ["wrap72"]).text
    assert max(len(line) for line in wrapped.split("\n")) <= 80
    assert apply(doc, ["wrap72_hyphen"]).text.count("-\n") > 0
    assert apply(doc, ["english_first"]).english_first
    assert title_case("MATERIAL AND METHODS") == "Material and Methods"
    assert title_case("МАТЕРИАЛ И МЕТОДЫ") == "Материал и методы"


def test_wrap_never_cuts_a_protected_span() -> None:
    text = "word " * 30 + "MATERIAL AND METHODS " + "word " * 30
    start = text.index("MATERIAL")
    wrapped, inserted = wrap_text(text, 72, hyphenate=True, protected=[(start, start + 20)])
    shift = sum(n for at, n in inserted if at < start)
    assert wrapped[start + shift:start + shift + 20] == "MATERIAL AND METHODS"


def test_random_combinations_are_reproducible() -> None:
    a = [random_combination(random.Random(7)) for _ in range(5)]
    b = [random_combination(random.Random(7)) for _ in range(5)]
    assert a == b and all(sum(n in PLACEMENTS for n in c) == 1 for c in a)


def _parse(case, names):
    texts, spans = apply_case(case, names)
    return sn.parse(*texts, lemmas=False, entities=False, references=False), spans


@pytest.mark.parametrize("names", [[n] for n in sorted(TRANSFORMS) if n != "title_case"] + [["one_file"]] + [
    ["headings_line_end", "upper", "crlf", "wrap72_hyphen"],
    ["numbered", "title_case", "no_blank_lines", "english_first"],
    ["bold", "heading_after_title", "extra_blank_lines", "wrap72"],
])
def test_abstract_pairs_survive_the_layout(cases, names) -> None:
    """The hand-checked heading pairs come out of every layout, and no wrong pair does."""
    for pmid in SAMPLE:
        case = cases[pmid]
        article, spans = _parse(case, names)
        assert pairs_by_key(article, spans) == set(case.expected), (pmid, names)
        # No heading ends up inside a sentence.
        for s in article.sentences:
            for a, b in spans[s.source].values():
                assert not (s.start <= a and b <= s.end), (pmid, names, article.sources[s.source].text[s.start:s.end])


@pytest.mark.parametrize("names", [["numbered"], ["markdown"], ["title_case"], ["crlf", "no_blank_lines"],
                                   ["numbered", "title_case"], ["markdown", "upper"], ["wrap72_hyphen"],
                                   ["headings_own_line", "extra_blank_lines"]])
def test_seed_keeps_its_pairs_on_other_layouts(seed_text, seed_structure, names) -> None:
    case = seed_case(seed_text, seed_structure.sections, seed_structure.pairs)
    [doc] = case.docs
    fuzzed = apply(doc, names)
    article = sn.parse(fuzzed.text, lemmas=False, entities=False, references=False)
    assert pairs_by_key(article, [fuzzed.spans]) >= set(case.expected)
    body = [s for s in article.sections if s.level == 1 and s.lang == "ru"
            and s.kind in ("introduction", "aim", "methods", "main_content", "conclusion")]
    assert [s.kind for s in body] == ["introduction", "aim", "methods", "main_content", "conclusion"]
    assert abs(len(article.sentences) - len(seed_structure.sentences)) <= 0.05 * len(seed_structure.sentences)


def test_doc_from_text_keeps_dash_headings_in_their_sentence() -> None:
    text = "Цель исследования - изучить рост.\nРезультаты.\nРост выявлен.\n"
    doc = Doc.from_text(text, [(0, 17, "aim"), (34, 44, "results")], "ru")
    fuzzed = apply(doc, ["headings_glued"])
    assert fuzzed.text.startswith("Цель исследования - изучить рост.\nРезультаты. Рост выявлен.")
