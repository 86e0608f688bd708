"""Recall of Russian receptor names, glued receptor compounds and cell-type adjectives:
class-wide mechanisms, each on sentences written for these tests (none is copied from an
evaluation set)."""

from __future__ import annotations

import pytest

from secretome_nlp.entities.ru_names import relational_adjectives

from entity_helpers import found


# --- 1. a prefixed cell noun gives a prefixed relational adjective -----------------------
@pytest.mark.parametrize("noun,adj", [("T-клетка", "T-клеточный"), ("NK-клетка", "NK-клеточный"),
                                      ("С-клетка", "С-клеточный")])
def test_prefixed_cell_noun_keeps_its_prefix_in_the_adjective(noun, adj):
    assert relational_adjectives(noun) == [adj]


@pytest.mark.parametrize("text,surface,cl", [
    ("Т-клеточный иммунитет у мышей был подавлен.", "Т-клеточный", "CL:0000084"),
    ("Изучали частоту В-клеточных лимфом у пожилых.", "В-клеточных", "CL:0000236"),
    ("Снижение NK-клеточной цитотоксичности отмечено после терапии.", "NK-клеточной", "CL:0000623"),
    ("Мы наблюдали усиление T-клеточного ответа на антиген.", "T-клеточного", "CL:0000084"),
])
def test_cell_type_adjective_with_letter_prefix(ex, text, surface, cl):
    assert found(ex, text).get(surface) == cl


# --- 2. glued "<ligand>орецептор" names of "-ergic receptor" / "adrenoceptor" -------------
@pytest.mark.parametrize("english,russian", [
    ("alpha2 adrenoceptor", "α2-адренорецептор"),
    ("beta-adrenergic receptor", "β-адренорецептор"),
    ("adrenoceptor beta 1", "β1-адренорецептор"),
    ("cholinergic receptor muscarinic", "М-холинорецептор"),
    ("purinergic receptor", "пуринорецептор"),
])
def test_glued_receptor_names_by_rule(english, russian):
    from secretome_nlp.entities.ru_names import glued_receptor_names

    assert russian in glued_receptor_names(english)


@pytest.mark.parametrize("text,surface,rid", [
    ("Агонисты альфа-2-адренорецепторов снижают симпатический тонус.", "альфа-2-адренорецепторов", "FPLX:ADRA2"),
    ("Плотность β-адренорецепторов в миокарде снижалась.", "β-адренорецепторов", "FPLX:ADRB"),
    ("Селективные блокаторы β1-адренорецепторов назначали всем больным.", "β1-адренорецепторов", "HGNC:285"),
    ("Стимуляция бета2-адренорецепторов расслабляет бронхи.", "бета2-адренорецепторов", "HGNC:286"),
    ("Экспрессия α2A-адренорецептора изменялась.", "α2A-адренорецептора", "HGNC:281"),
    ("Антагонисты М-холинорецепторов уменьшают секрецию.", "М-холинорецепторов", "FPLX:CHRM"),
    ("Блокада М2-холинорецепторов учащает ритм.", "М2-холинорецепторов", "HGNC:1951"),
])
def test_glued_receptor_mentions(ex, text, surface, rid):
    assert found(ex, text).get(surface) == rid


def test_adrenoceptor_genes_are_typed_receptors():
    from secretome_nlp.entities.typing_rules import protein_type

    assert protein_type("ADRB2", "adrenoceptor beta 2") == "Receptor"
    assert protein_type("CHRM3", "cholinergic receptor muscarinic 3") == "Receptor"


# --- 3. a receptor name keeps its ligand's numeral and resolves its type ----------------
@pytest.mark.parametrize("text,surface,rid", [
    # a Roman numeral after the ligand is the ligand's: the family, over the whole name
    ("Плотность рецепторов ангиотензина II в почке возрастала.", "рецепторов ангиотензина II", "FPLX:AGTR"),
    # the type after it picks the member
    ("Рецептор ангиотензина II 2-го типа опосредует вазодилатацию.", "Рецептор ангиотензина II 2-го типа",
     "HGNC:338"),
    ("Блокада рецепторов ангиотензина II типа 1 снижала фиброз.", "рецепторов ангиотензина II типа 1", "HGNC:336"),
    ("Антагонисты рецепторов эндотелина типа А изучали у крыс.", "рецепторов эндотелина типа А", "HGNC:3179"),
    ("Рецепторы эндотелина типа В экспрессируются эндотелием.", "Рецепторы эндотелина типа В", "HGNC:3180"),
    ("Рецептор ИЛ-1 типа 2 связывает лиганд.", "Рецептор ИЛ-1 типа 2", "HGNC:5994"),
    # a name that already ends with its number only takes «типа»
    ("Агонисты рецепторов соматостатина 5-го типа тормозят секрецию.", "рецепторов соматостатина 5-го типа",
     "HGNC:11334"),
])
def test_receptor_numeral_and_type(ex, text, surface, rid):
    assert found(ex, text).get(surface) == rid


def test_receptor_type_suffix_parts():
    from secretome_nlp.entities.receptors import receptor_type_suffix

    text = "рецепторов ангиотензина II 1-го типа"
    end = len("рецепторов ангиотензина")
    assert receptor_type_suffix(text, end) == (end + 3, len(text), "1")
    # nothing after the name: unchanged
    assert receptor_type_suffix("рецептор инсулина в печени", len("рецептор инсулина")) == (17, 17, None)


def test_generic_receptor_word_is_not_given_a_type(ex):
    got = found(ex, "Изучали рецепторы II типа у мышей.")
    assert not any(v.startswith(("HGNC:", "FPLX:")) for k, v in got.items() if "рецептор" in k)


# --- 4. "-lar" adjectives are soft in Russian: -лярный -----------------------------------
@pytest.mark.parametrize("english,russian", [("bipolar cell", "биполярная клетка"),
                                             ("follicular dendritic cell", "фолликулярная дендритная клетка")])
def test_lar_adjectives_in_cell_names(english, russian):
    from secretome_nlp.entities.ru_names import russian_cell_names

    assert russian in russian_cell_names(english)


@pytest.mark.parametrize("english,russian", [("capillary endothelium", "капиллярный эндотелий"),
                                             ("mononuclear leukocyte", "мононуклеарный лейкоцит")])
def test_lar_adjectives_in_phrases(english, russian):
    from secretome_nlp.entities.ru_names import translate_phrase

    assert russian in translate_phrase(english)


@pytest.mark.parametrize("text,surface,cl", [
    ("В лаваже преобладали альвеолярные макрофаги.", "альвеолярные макрофаги", "CL:0000583"),
    ("Фолликулярные дендритные клетки удерживают иммунные комплексы.", "Фолликулярные дендритные клетки",
     "CL:0000442"),
    ("Парафолликулярные клетки секретируют кальцитонин.", "Парафолликулярные клетки", "CL:0000570"),
])
def test_lar_adjective_cell_mentions(ex, text, surface, cl):
    assert found(ex, text).get(surface) == cl


# --- 5. graft-origin adjectives are part of a cell-type name -----------------------------
@pytest.mark.parametrize("text,surface,cl", [
    ("После введения аллогенных мезенхимальных стволовых клеток воспаление стихало.",
     "аллогенных мезенхимальных стволовых клеток", "CL:0000134"),
    ("Использовали аутологичные (собственные) T-клетки пациента.", "аутологичные (собственные) T-клетки",
     "CL:0000084"),
    ("Инфузия сингенных макрофагов не влияла на рост опухоли.", "сингенных макрофагов", "CL:0000235"),
])
def test_origin_adjective_extends_cell_name(ex, text, surface, cl):
    got = found(ex, text)
    assert got.get(surface) == cl
