"""Typed entity extraction (issue #4): ids, families, inflection, false positives.

Sentences are real ones from the seed review and the parallel abstracts in corpus/
(quoted here so the tests do not depend on file layout), plus a few minimal forms for
the coordination rules.
"""

from __future__ import annotations

import pytest

from secretome_nlp.entities import (
    CellType, Chemokine, Cytokine, Entity, EntityExtractor, GrowthFactor, Mention, Secretome, Tissue,
    VesicleType, entities_of, entity_from_dict, extract_entities, extract_from_text,
)
from secretome_nlp.records.article import Sentence


@pytest.fixture(scope="module")
def ex() -> EntityExtractor:
    return EntityExtractor()


def found(ex: EntityExtractor, text: str, lang: str | None = None) -> dict[str, list[str]]:
    """id → surface forms of every mention."""
    from secretome_nlp.entities.extract import simple_sentences

    res = ex.extract([text], simple_sentences(text, lang))
    return {e.id: [m.text for m in e.mentions] for e in res.entities}


def by_symbol(ex: EntityExtractor, text: str) -> dict[str, list[str]]:
    from secretome_nlp.entities.extract import simple_sentences

    res = ex.extract([text], simple_sentences(text))
    return {e.symbol: [m.text for m in e.mentions] for e in res.entities if not e.generic}


# --- one id for every spelling -------------------------------------------------------
@pytest.mark.parametrize("text,surface", [
    ("характеризуется более выраженной экспрессией интерлейкина ИЛ-6 и хемокинов CCL2", "ИЛ-6"),
    ("такие как интерлейкин-6 (IL-6), С-реактивный белок", "интерлейкин-6"),
    ("такие как интерлейкин-6 (IL-6), С-реактивный белок", "IL-6"),
    ("повышение уровня интерлейкина-6 в сыворотке", "интерлейкина-6"),
    ("the pro-inflammatory cytokine interleukin-6 was measured", "interleukin-6"),
    ("IL6 expression", "IL6"),
])
def test_il6_is_hgnc_6018(ex, text, surface):
    res = found(ex, text)
    assert surface in res.get("HGNC:6018", []), res


def test_il6_spellings_are_one_entity(ex):
    text = "Экспрессия ИЛ-6 возрастала. Уровень интерлейкина-6 снижался. IL-6 was secreted."
    res = extract_from_text(text)
    il6 = [e for e in res.entities if e.id == "HGNC:6018"]
    assert len(il6) == 1
    assert il6[0].symbol == "IL6" and isinstance(il6[0], Cytokine)
    assert {m.text for m in il6[0].mentions} == {"ИЛ-6", "интерлейкина-6", "IL-6"}
    assert il6[0].xrefs.get("ncbigene") == "3569"


@pytest.mark.parametrize("surface,symbol", [
    ("MCP-1", "CCL2"), ("IL-8", "CXCL8"), ("ИЛ-8", "CXCL8"), ("bFGF", "FGF2"), ("KGF", "FGF7"),
    ("SDF-1", "CXCL12"), ("SDF1", "CXCL12"), ("TNF-α", "TNF"), ("TNF-alpha", "TNF"), ("ФНО-α", "TNF"),
    ("TGF-β1", "TGFB1"), ("G-CSF", "CSF3"), ("VEGF", "VEGFA"), ("CXCR4", "CXCR4"), ("TSG101", "TSG101"),
    ("ALIX", "PDCD6IP"), ("CD63", "CD63"), ("miR-29a", "MIR29A"), ("IL-1β", "IL1B"), ("ИЛ-17", "IL17A"),
])
def test_aliases_resolve_to_approved_symbol(ex, surface, symbol):
    res = by_symbol(ex, f"Уровень {surface} повышался.")
    assert res.get(symbol) == [surface], res


@pytest.mark.parametrize("surface,hgnc", [
    ("MCP-1", "HGNC:10618"), ("IL-8", "HGNC:6025"), ("KGF", "HGNC:3685"), ("SDF-1", "HGNC:10672"),
])
def test_alias_ids(ex, surface, hgnc):
    assert hgnc in found(ex, f"The level of {surface} increased.")


def test_unnumbered_family_is_a_famplex_family(ex):
    res = extract_from_text("Уровень ТФР-β и фактора роста фибробластов повышался.")
    ids = {e.id: e for e in res.entities}
    # a named family is specific (it names the TGF-β family), unlike a class word ("факторы роста")
    assert not ids["FPLX:TGFB"].generic and not ids["FPLX:FGF"].generic
    assert not any(isinstance(e, CellType) for e in res.entities)  # not "фибробласт" inside FGF


# --- coordinated forms -----------------------------------------------------------------
@pytest.mark.parametrize("text,symbols", [
    ("увеличение интерлейкинов 6, 8 и 18", {"IL6", "CXCL8", "IL18"}),
    ("increased IL-6, -8 and -18", {"IL6", "CXCL8", "IL18"}),
    ("активность MMP-2/9 в тканях", {"MMP2", "MMP9"}),
    ("экспрессия TLR2 и TLR4", {"TLR2", "TLR4"}),
    ("toll like receptor (TLR) 2 and TLR4 signalling", {"TLR2", "TLR4"}),
    # real: seed review and abstract 25842923
    ("хемокинов CCL2 и CXCL1, в то время как полное разрешение воспаления сопровождается "
     "повышенным уровнем в ткани ИЛ-12 и ИЛ-17", {"CCL2", "CXCL1", "IL12", "IL17A"}),
    ("ставили иммуногистохимические реакции на выявление MMP 1, 2, 7, Apo-Cas", {"MMP1", "MMP2", "MMP7"}),
    ("толл-подобные рецепторы (TLR2, TLR4, TLR9)", {"TLR2", "TLR4", "TLR9"}),
])
def test_coordination(ex, text, symbols):
    assert set(by_symbol(ex, text)) == symbols


def test_bare_number_after_comma_is_not_coordination(ex):
    assert set(by_symbol(ex, "Уровень ИЛ-6, 8 пациентов имели осложнения.")) == {"IL6"}


def test_ligand_inside_receptor_name_is_not_the_ligand(ex):
    # real: abstract 27030325 (ru/en)
    assert "HGNC:6001" not in found(ex, "снижение содержания растворимого рецептора интерлейкина-2 (sCD25)")
    assert "HGNC:6001" not in found(ex, "a decrease in the serum level of soluble interleukin-2 receptor (sCD25)")


# --- Russian inflection of multi-word terms ---------------------------------------------------
@pytest.mark.parametrize("text,entity_id", [
    ("изучении регенераторного действия мезенхимальных стволовых клеток", "CL:0000134"),
    ("Факторы роста, такие как фактор роста эндотелия сосудов (VEGF)", "HGNC:12680"),
    ("уровня фактора роста эндотелия сосудов", "HGNC:12680"),
    ("смесь из растворимых факторов и внеклеточных везикул", "GO:1903561"),
    ("уровня гранулоцитарного колониестимулирующего фактора (G-CSF)", "HGNC:2438"),
    ("эндокринной функции жировой ткани", "UBERON:0001013"),
    ("mesenchymal stem cells", "CL:0000134"),
    ("growth factors", "FPLX:Growth_factor"),
    ("скопления эозинофилов в наружной оболочке", "CL:0000771"),
    # relational adjective (abstract 26978635): the English side says "leukocyte infiltration"
    ("стенке сифона с окружающей их лейкоцитарной инфильтрацией", "CL:0000738"),
    ("with the surrounding leukocyte infiltration", "CL:0000738"),
])
def test_inflected_terms(ex, text, entity_id):
    assert entity_id in found(ex, text)


# --- false positives --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Данные записаны на CD-ROM.",
    "IL is an abbreviation used by nobody here.",
    "ГФ и ИЛ без номера не являются сущностями.",
    "Ерёмин П.С., Рожкова Е.А., Гильмутдинова И.Р. Вестник восстановительной медицины.",
    "doi: 10.1016/j.cell.IL6.2020 и https://example.org/CCL2/MMP9 и ILGenes@mail.ru",
    "Стадия II и тип I по классификации.",
])
def test_false_positives_stay_out(ex, text):
    res = extract_from_text(text)
    assert [e for e in res.entities if not e.generic] == []


def test_msc_inside_msc_cm(ex):
    assert found(ex, "MSC-CM was applied.").get("CL:0000134") == ["MSC"]


def test_t_cells_only_as_cell_type(ex):
    res = found(ex, "Engineered regulatory T-cells were used.")
    assert "CL:0000815" in res or "CL:0000084" in res
    assert all(s != "T" for forms in res.values() for s in forms)


# --- types ------------------------------------------------------------------------------------
def test_chemokine_is_a_cytokine_and_entities_of(ex):
    res = extract_from_text("хемокинов CCL2 и CXCL1, а также VEGF и ИЛ-6")
    ccl2 = next(e for e in res.entities if e.symbol == "CCL2")
    assert isinstance(ccl2, Chemokine) and isinstance(ccl2, Cytokine) and isinstance(ccl2, Entity)
    assert {e.symbol for e in entities_of(res.entities, Cytokine)} == {"CCL2", "CXCL1", "IL6", "chemokine"}
    assert [e.symbol for e in entities_of(res.entities, GrowthFactor)] == ["VEGFA"]
    generic = next(e for e in res.entities if e.generic)
    assert generic.id == "MESH:D018925" and isinstance(generic, Chemokine)


def test_round_trip(ex):
    res = extract_from_text("Клеточный секретом (КС) содержит экзосомы и ИЛ-6. The CS contains exosomes.")
    for e in res.entities:
        d = e.to_dict()
        back = entity_from_dict(d)
        assert type(back) is type(e) and back.to_dict() == d
        assert d["label"] == type(e).__name__
    assert {type(e) for e in res.entities} >= {Secretome, VesicleType, Cytokine}


def test_mention_round_trip():
    m = Mention(0, 1, 5, "ИЛ-6", "ru", "sec1", "s3", (4, 7))
    assert Mention.from_dict(m.to_dict()) == m


# --- API over Sentence records, cross-lingual merge, sections -----------------------------------------
def test_extract_entities_merges_languages_and_keeps_sentence_ids():
    ru = "Клеточный секретом (КС) содержит цитокины. В состав КС входят экзосомы."
    en = "The cellular secretome (CS) includes cytokines and exosomes."
    sents = [
        Sentence("ru-1", 0, "abstract-ru", "ru", 0, 42),
        Sentence("ru-2", 0, "abstract-ru", "ru", 43, len(ru)),
        Sentence("en-1", 1, "abstract-en", "en", 0, len(en)),
    ]
    res = extract_entities([ru, en], sents)
    sec = next(e for e in res.entities if e.id == "MESH:D000089282")
    assert {m.lang for m in sec.mentions} == {"ru", "en"}
    assert {m.text for m in sec.mentions} == {"Клеточный секретом", "КС", "cellular secretome", "CS"}
    for e in res.entities:
        for m in e.mentions:
            text = [ru, en][m.source]
            assert text[m.start:m.end] == m.text
            s = next(s for s in sents if s.id == m.sentence)
            assert s.source == m.source and s.start <= m.start < m.end <= s.end and s.section == m.section
    exo = next(e for e in res.entities if e.id == "GO:0070062")
    assert {m.sentence for m in exo.mentions} == {"ru-2", "en-1"}
    assert {(a.short, a.entity_id) for a in res.abbreviations} >= {("КС", "MESH:D000089282"),
                                                                   ("CS", "MESH:D000089282")}


def test_tissue_type(ex):
    res = extract_from_text("мезенхимальные стромальные клетки костного мозга и жировая ткань")
    assert {e.id for e in entities_of(res.entities, Tissue)} == {"UBERON:0001013", "UBERON:0002371"}
    cell = next(m for e in entities_of(res.entities, CellType) if e.id == "CL:0002540" for m in e.mentions)
    marrow = next(m for e in entities_of(res.entities, Tissue) if e.id == "UBERON:0002371" for m in e.mentions)
    # the tissue is a nested mention inside the cell type's
    assert cell.start < marrow.start and marrow.end == cell.end and marrow.text == "костного мозга"


def test_lexicon_not_loaded_at_import():
    import subprocess
    import sys

    code = ("import secretome_nlp.entities as m; from secretome_nlp.entities.lexicon import load_lexicon;"
            "print(load_lexicon.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


# --- optional spaCy component ------------------------------------------------------------------
def test_spacy_component():
    spacy = pytest.importorskip("spacy")
    import secretome_nlp.entities.spacy_component  # noqa: F401  (registers the factory)

    nlp = spacy.blank("xx")
    nlp.add_pipe("secretome_entities")
    doc = nlp("Клеточный секретом (КС) содержит ИЛ-6, MCP-1 и экзосомы.")
    got = {(s.text, s.label_, s._.entity_id) for s in doc.spans["secretome"]}
    assert ("MCP-1", "Chemokine", "HGNC:10618") in got
    assert ("КС", "Secretome", "MESH:D000089282") in got
    assert {e.text for e in doc.ents} >= {"Клеточный секретом", "экзосомы"}
    nlp2 = spacy.blank("xx")  # a second pipeline reuses the extensions without force=True
    nlp2.add_pipe("secretome_entities", config={"set_ents": False})
    assert nlp2("IL-6").ents == ()
