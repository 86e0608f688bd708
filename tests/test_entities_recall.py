"""Recall on Russian text: class-wide mechanisms, each on sentences written for these tests
(none is copied from an evaluation set)."""

from __future__ import annotations

import pytest

from secretome_nlp.entities.extract import simple_sentences
from secretome_nlp.entities.guard import CUE_WORDS, cue_key
from secretome_nlp.entities.matcher import phrase_keys
from secretome_nlp.entities.normalize import LemmaCache, tokenize

from entity_helpers import found


# --- 1. guard cue words are keyed like the sentence's words ------------------------------
@pytest.mark.parametrize("cue", ["экспрессия", "полиморфизм", "активность", "киназа", "аллель", "мутация"])
def test_russian_cue_word_keys_equal_the_text_keys(cue):
    text = f"{cue.capitalize()} изучали."
    keys = phrase_keys(text, tokenize(text), LemmaCache())
    assert cue in CUE_WORDS
    assert cue_key(cue) == keys[0]


@pytest.mark.parametrize("text,symbol,hgnc", [
    ("Экспрессия ERG в опухоли была повышена.", "ERG", "HGNC:3446"),
    ("Полиморфизм DBH изучали у пациентов с депрессией.", "DBH", "HGNC:2689"),
    ("Выявлены мутации ERG у трёх больных.", "ERG", "HGNC:3446"),
])
def test_guarded_symbol_admitted_by_a_russian_cue_word(ex, text, symbol, hgnc):
    assert found(ex, text).get(symbol) == hgnc


def test_guarded_symbol_without_context_stays_out(ex):
    # the same symbol with no gene or protein cue in the sentence is not admitted
    assert "ERG" not in found(ex, "Пациенту записали ERG после операции.")


# --- 2. approved names without their parenthetical qualifier ---------------------------
def _build_module():
    """The lexicon build script, imported for its pure rule functions."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "build_entity_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_entity_lexicon", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def build():
    return _build_module()


def test_parenthetical_qualifier_is_dropped_from_a_name(build):
    genes = [{"Approved symbol": "AAA1", "Approved name": "frobnicase (Qq blood group)"},
             {"Approved symbol": "BBB1", "Approved name": "heat shock thing family A (Hsp70) member 3"},
             {"Approved symbol": "CCC1", "Approved name": "poly(A) widget"},
             {"Approved symbol": "DDD1", "Approved name": "twinase (inactive)"},
             {"Approved symbol": "DDD2", "Approved name": "twinase (putative)"}]
    assert build._unqualified_names(genes) == {"AAA1": "frobnicase",
                                               "BBB1": "heat shock thing family A member 3"}


@pytest.mark.parametrize("text,hgnc", [
    ("Экспрессия базигина на мембране опухолевых клеток возрастала.", "HGNC:1116"),   # basigin (Ok blood group)
    ("Basigin was expressed on the tumour cell membrane.", "HGNC:1116"),
])
def test_gene_found_by_its_unqualified_name(ex, text, hgnc):
    assert hgnc in found(ex, text).values()


# --- 3. an enzyme's unnumbered name names the first of at most two numbered genes -------
def _hgnc_row(sym: str, name: str) -> list[str]:
    return [f"HGNC:{sym}", "Enzyme", sym, name, "", sym, "", "0", "test", ""]


def test_bare_enzyme_name_goes_to_the_first_of_two_numbered_genes(build):
    genes = [{"Approved symbol": s, "Approved name": n} for s, n in [
        ("GLX1", "glyoxalate frobnicase 1"), ("GLX2", "glyoxalate frobnicase 2"),     # two: GLX1 takes it
        ("TRI1", "triol frobnicase 1"), ("TRI2", "triol frobnicase 2"), ("TRI3", "triol frobnicase 3"),  # a family
        ("FAM1", "famase 1"), ("FAM2", "famase 2"),                                     # a FamPlex name
        ("LIK1", "likase 1"), ("LIK1L", "likase 1 like"),                               # a fragment follows
        ("CLS1", "clasase 1"), ("XCL1", "special clasase 1"),                           # a class word
        ("ANK1", "ankyrase repeat containing 1"),                                       # a fragment stem
    ]]
    rows = [_hgnc_row(g["Approved symbol"], g["Approved name"]) for g in genes]
    rows.append(["FPLX:FAM", "Enzyme", "FAM", "famase", "", "FAM", "", "0", "test", ""])
    build._bare_first_members(rows, genes)
    en = {r[2]: r[3].split("|") for r in rows}
    assert "glyoxalate frobnicase" in en["GLX1"] and "glyoxalate frobnicase" not in en["GLX2"]
    for sym in ("TRI1", "FAM1", "LIK1", "CLS1", "ANK1"):
        assert len(en[sym]) == 1, (sym, en[sym])


@pytest.mark.parametrize("text,hgnc", [
    ("Активность аргиназы в макрофагах повышалась.", "HGNC:663"),          # arginase 1 / 2 → ARG1
    ("Arginase activity rose in the macrophages.", "HGNC:663"),
    ("Транскетолаза и трансальдолаза работают в пентозофосфатном пути.", "HGNC:11559"),  # TALDO1
])
def test_bare_enzyme_name_in_text(ex, text, hgnc):
    assert hgnc in found(ex, text).values()


def test_a_famplex_family_keeps_its_bare_name(ex):
    assert "FPLX:SOD" in found(ex, "Активность супероксиддисмутазы в эритроцитах снижена.").values()


# --- 4. Russian enzyme names: glued, hyphenated, Greek prefix kept ----------------------
def test_substrate_enzyme_names_in_all_russian_spellings():
    from secretome_nlp.entities.ru_names import translate_phrase

    forms = translate_phrase("ornithine decarboxylase")
    assert "орнитиндекарбоксилаза" in forms and "орнитин-декарбоксилаза" in forms
    assert translate_phrase("beta-glucuronidase") == ["β-глукуронидаза"]
    assert "норадреналин-β-гидроксилаза" in translate_phrase("noradrenaline beta-hydroxylase")


@pytest.mark.parametrize("text,hgnc", [
    ("Ингибиторы β-секретазы уменьшали накопление амилоида.", "HGNC:933"),      # beta-secretase 1: BACE1
    ("Ингибиторы бета-секретазы уменьшали накопление амилоида.", "HGNC:933"),
    ("Активность тирозин-гидроксилазы в нейронах возрастала.", "HGNC:11782"),    # TH, hyphenated
])
def test_russian_enzyme_spellings_in_text(ex, text, hgnc):
    assert hgnc in found(ex, text).values()


# --- 5. article-local short forms with Greek letters and digits -------------------------
def test_greek_numbered_names_in_both_russian_spellings():
    from secretome_nlp.entities.ru_names import translate_phrase

    assert translate_phrase("beta-2-microglobulin") == ["β2-микроглобулин", "β-2-микроглобулин"]


def test_long_form_with_a_spelled_out_greek_letter():
    from secretome_nlp.entities.abbreviations import schwartz_hearst_start

    assert schwartz_hearst_start("β2-MG", "We measured beta-2-microglobulin") == len("We measured ")
    assert schwartz_hearst_start("β2-МГ", "Измеряли бета-2-микроглобулин") == len("Измеряли ")


@pytest.mark.parametrize("text,short,hgnc", [
    ("Измеряли уровень β2-микроглобулина (β2-МГ) в моче. Повышение β2-МГ отмечено у всех.", "β2-МГ", "HGNC:914"),
    ("Urinary beta-2-microglobulin (β2-MG) was measured. The β2-MG level rose in all.", "β2-MG", "HGNC:914"),
    ("Измеряли активность аргиназы (АРГ) в плазме. Активность АРГ росла.", "АРГ", "HGNC:663"),
])
def test_article_local_short_form_found_everywhere(ex, text, short, hgnc):
    res = ex.extract([text], simple_sentences(text))
    surfaces = [m.text for e in res.entities if e.id == hgnc for m in e.mentions]
    assert surfaces.count(short) == 2, surfaces


# --- 6. cell cue words vouch for guarded cell-type symbols only ---------------------------
def test_cell_cue_admits_a_guarded_cell_symbol(ex):
    text = "Доля Трег среди лимфоцитов периферической крови снижалась."
    assert found(ex, text).get("Трег") == "CL:0000815"
    assert "Трег" not in found(ex, "Доля Трег в крови снижалась после терапии.")


def test_cell_cue_does_not_admit_a_guarded_gene_symbol(ex):
    assert "ERG" not in found(ex, "Клетки пациента записали на ERG после операции.")


# --- 7. genetic-variant context for guarded symbols ---------------------------------------
@pytest.mark.parametrize("text", [
    "Частота варианта DBH*444 A у больных была выше.",                                # allele notation
    "DBH изучали у ста двадцати больных алкоголизмом, распределение генотипов не отличалось.",  # a cue word far off
])
def test_guarded_symbol_in_a_genetic_variant_sentence(ex, text):
    assert found(ex, text).get("DBH") == "HGNC:2689"


def test_symbol_without_variant_context_stays_out(ex):
    assert "DBH" not in found(ex, "DBH изучали у ста двадцати больных алкоголизмом.")
