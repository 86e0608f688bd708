"""Precision on Russian and English text: class-wide mechanisms against wrong ids and wrong
spans, each on sentences written for these tests (none is copied from an evaluation set)."""

from __future__ import annotations

import pytest


from entity_helpers import found


# --- 1. immunoglobulin isotypes are antibody classes, not the gene a folded alias names ---
@pytest.mark.parametrize("text,isotype", [
    ("У больных целиакией повышены антитела класса IgA к глиадину.", "IgA"),
    ("Serum IgA and IgM levels were measured in all donors.", "IgA"),
    ("Секреторный sIgA слюны снижался после курса терапии.", "sIgA"),
])
def test_immunoglobulin_isotype_is_no_gene(ex, text, isotype):
    # CD79A's alias "Ig-alpha" folds to the key "IgA"; the isotype must not read as CD79A
    hits = found(ex, text)
    assert all(isotype not in surface for surface in hits), hits


def test_gene_symbols_next_to_isotypes_still_found(ex):
    hits = found(ex, "Экспрессия CD79A и CD19 на B-клетках, продуцирующих IgG.")
    assert hits.get("CD79A") == "HGNC:1698"
    assert "IgG" not in hits


# --- 2. a dash set off by spaces separates phrases ----------------------------------------
def test_spaced_dash_ends_a_name(ex):
    # "клетки - CD4+" is a cell word, a dash and a marker list, not the name «клетки CD4+»
    text = "Выделяли клетки - CD4+CD25+ и культивировали их неделю."
    hits = found(ex, text)
    assert not any(s.startswith("клетки") and "CD4" in s for s in hits), hits
    assert hits.get("CD4") == "HGNC:1678"


def test_glued_hyphen_still_joins_a_name(ex):
    assert found(ex, "Число Т-лимфоцитов снижалось.").get("Т-лимфоцитов") == "CL:0000084"


# --- 3. a cell or tissue adjective before a protein names the protein's source -------------
@pytest.mark.parametrize("text,adjective,protein", [
    ("Измеряли активность тромбоцитарной моноаминоксидазы у больных.", "тромбоцитарной", "моноаминоксидазы"),
    ("Уровень лейкоцитарной миелопероксидазы повышался.", "лейкоцитарной", "миелопероксидазы"),
])
def test_source_adjective_before_protein_is_no_cell_mention(ex, text, adjective, protein):
    hits = found(ex, text)
    assert protein in hits
    assert adjective not in hits, hits


def test_cell_adjective_before_a_non_protein_word_is_kept(ex):
    assert found(ex, "Наблюдали тромбоцитарной агрегации снижение.").get("тромбоцитарной") == "CL:0000233"


# --- 4. an INN variant suffix after a Greek-lettered protein names a drug -------------------
@pytest.mark.parametrize("text,surface", [
    ("Больные получали интерферон бета-1b через день.", "интерферон бета"),
    ("Patients received interferon beta-1a for a year.", "interferon beta"),
])
def test_inn_variant_of_a_protein_is_no_protein_mention(ex, text, surface):
    assert not any(s.startswith(surface) for s in found(ex, text))


def test_greek_lettered_protein_without_variant_suffix_is_kept(ex):
    assert found(ex, "Уровень интерферона гамма в сыворотке повышался.").get("интерферона гамма") == "HGNC:5438"


# --- 5. a family word inside its member's name is a nested mention of the family -----------
@pytest.mark.parametrize("text,member,member_id,family", [
    ("Активность каспазы-3 в опухоли повышалась.", "каспазы-3", "HGNC:1504", "каспазы"),
    ("Caspase-9 activity rose after the treatment.", "Caspase-9", "HGNC:1511", "Caspase"),
])
def test_family_word_nested_in_member_name(ex, text, member, member_id, family):
    hits = found(ex, text)
    assert hits.get(member) == member_id
    assert hits.get(family) == "FPLX:Caspase"


def test_family_word_not_nested_in_a_non_member(ex):
    # «рецептор» words and other names keep no family inside them unless it is the member's family
    hits = found(ex, "Уровень интерлейкина-6 в сыворотке повышался.")
    assert hits.get("интерлейкина-6") == "HGNC:6018"
    assert not any(v.startswith("FPLX:") for v in hits.values()), hits
