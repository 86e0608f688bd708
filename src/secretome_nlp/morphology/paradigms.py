"""Declension paradigms used to generate inflected forms of lexicon words.

Each paradigm says how many letters to cut from the base form and which
endings (with case, number and gender) make up the forms. Only the classes
that the field vocabulary needs are listed; they follow standard Russian
grammar (Zaliznyak's types 1a for hard-stem nouns, 7a for ``-ие`` nouns,
1a/3a for adjectives).
"""

from __future__ import annotations

from typing import NamedTuple


class Ending(NamedTuple):
    """One inflectional ending with the grammemes it expresses (pymorphy3 names)."""

    ending: str
    case: str
    number: str
    gender: str | None


class Paradigm(NamedTuple):
    """A declension class: letters cut from the base form, then one of ``endings``."""

    cut: int
    endings: tuple[Ending, ...]


def _noun(gender: str, cut: int, sing: str, plur: str) -> Paradigm:
    cases = ("nomn", "gent", "datv", "accs", "ablt", "loct")
    out = []
    for number, row in (("sing", sing), ("plur", plur)):
        for case, alts in zip(cases, row.split(",")):
            for ending in alts.split("/"):
                out.append(Ending(ending.strip("-"), case, number, gender))
    return Paradigm(cut, tuple(out))


def _adjective(cut: int, stem_vowel: str) -> Paradigm:
    y = stem_vowel  # "ы" after hard consonants, "и" after velars and sibilants
    forms = {
        ("masc", "sing"): f"{y}й,ого,ому,{y}й/ого,{y}м,ом",
        ("neut", "sing"): f"ое,ого,ому,ое,{y}м,ом",
        ("femn", "sing"): "ая,ой,ой,ую,ой/ою,ой",
        (None, "plur"): f"{y}е,{y}х,{y}м,{y}е/{y}х,{y}ми,{y}х",
    }
    cases = ("nomn", "gent", "datv", "accs", "ablt", "loct")
    out = []
    for (gender, number), row in forms.items():
        for case, alts in zip(cases, row.split(",")):
            for ending in alts.split("/"):
                out.append(Ending(ending, case, number, gender))
    return Paradigm(cut, tuple(out))


PARADIGMS: dict[str, Paradigm] = {
    # цитокин, фибробласт, секретом: hard-stem masculine, plural -ы
    "m_hard": _noun("masc", 0, "-,а,у,-,ом,е", "ы,ов,ам,ы,ами,ах"),
    # макрофаг: velar stem, plural -и
    "m_velar": _noun("masc", 0, "-,а,у,-,ом,е", "и,ов,ам,и,ами,ах"),
    # экзосома, везикула, металлопротеиназа: feminine in -а, zero genitive plural
    "f_a": _noun("femn", 1, "а,ы,е,у,ой/ою,е", "ы,-,ам,ы,ами,ах"),
    # реэпителизация: feminine in -ия
    "f_ia": _noun("femn", 2, "ия,ии,ии,ию,ией/иею,ии", "ии,ий,иям,ии,иями,иях"),
    # прекондиционирование: neuter in -ие
    "n_ie": _noun("neut", 2, "ие,ия,ию,ие,ием,ии", "ия,ий,иям,ия,иями,иях"),
    # тканеинженерный: hard-stem adjective
    "adj_hard": _adjective(2, "ы"),
    # -кий/-гий/-хий adjectives
    "adj_velar": _adjective(2, "и"),
}


def inflect(base: str, paradigm: str) -> list[tuple[str, Ending]]:
    """All ``(form, ending)`` pairs of ``base`` declined by ``paradigm``."""
    p = PARADIGMS[paradigm]
    stem = base[: len(base) - p.cut] if p.cut else base
    return [(stem + e.ending, e) for e in p.endings]
