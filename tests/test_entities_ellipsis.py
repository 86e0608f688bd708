"""Suspended hyphens: the first prefix shares the second word's tail (T- и B-лимфоцитов)."""

from __future__ import annotations

import pytest

from secretome_nlp.entities import extract_from_text


def _mentions(text: str) -> list[tuple[str, str]]:
    result = extract_from_text(text)
    return sorted((m.text, e.id) for e in result.entities for m in e.mentions)


@pytest.mark.parametrize("text, expected", [
    # "лимфоцитов" inside "B-лимфоцитов" is a nested mention of the broader type
    ("Использовали маркеры T- и B-лимфоцитов.", [("B-лимфоцитов", "CL:0000236"), ("T", "CL:0000084"),
                                                 ("лимфоцитов", "CL:0000542")]),
    ("В ткани найдены T- и B-клетки.", [("B-клетки", "CL:0000236"), ("T", "CL:0000084")]),
    # No completion without a mention in the second word.
    ("Клетки пре- и постнатального периода.", []),
])
def test_suspended_hyphen(text: str, expected: list[tuple[str, str]]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Levels were determined by enzyme immunoassay.", []),
    ("Levels were measured by enzyme-linked immunosorbent assay.", []),
    ("Enzymes and cytokines were secreted.", [("Enzymes", "MESH:D004798"), ("cytokines", "MESH:D016207")]),
])
def test_class_word_in_a_method_name_is_not_a_mention(text: str, expected: list[tuple[str, str]]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # One locus: the HGNC gene itself.
    ("Уровень miR-29a вырос.", [("miR-29a", "HGNC:31616")]),
    # Several loci make one mature miRNA: one derived id, every locus in xrefs.
    ("Levels of miR-29b-3p and let-7a rose.", [("let-7a", "secretome:MIRLET7A"), ("miR-29b-3p", "secretome:MIR29B")]),
    # A locus number is not part of the miRNA number: miR-93 is not MIR9-3.
    ("miR-93 and miR-9 were measured.", [("miR-9", "secretome:MIR9"), ("miR-93", "HGNC:31645")]),
])
def test_mirna_loci(text: str, expected: list[tuple[str, str]]) -> None:
    assert _mentions(text) == expected


def test_derived_mirna_entry_lists_its_loci() -> None:
    from secretome_nlp.entities.lexicon import load_lexicon

    entry = load_lexicon().get("secretome:MIR29B")
    assert entry is not None and dict(entry.xrefs)["hgnc"] == "HGNC:31619|HGNC:31620"
    assert entry.type == "NucleicAcid" and not entry.generic


@pytest.mark.parametrize("text, symbol", [
    ("Recombinant EPO was given.", "EPO"),
    ("OSM and LIF signal through gp130.", "OSM"),
])
def test_listed_cytokine_symbols_match_bare(text: str, symbol: str) -> None:
    assert symbol in {e.symbol for e in extract_from_text(text).entities}
