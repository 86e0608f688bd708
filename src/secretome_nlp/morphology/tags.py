"""Mapping of OpenCorpora (pymorphy3) tags to Universal Dependencies UPOS/feats."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_POS_TO_UPOS = {
    "NOUN": "NOUN",
    "ADJF": "ADJ",
    "ADJS": "ADJ",
    "COMP": "ADV",
    "VERB": "VERB",
    "INFN": "VERB",
    "PRTF": "VERB",
    "PRTS": "VERB",
    "GRND": "VERB",
    "NUMR": "NUM",
    "ADVB": "ADV",
    "NPRO": "PRON",
    "PRED": "ADV",
    "PREP": "ADP",
    "CONJ": "CCONJ",
    "PRCL": "PART",
    "INTJ": "INTJ",
}
_NON_WORD_TO_UPOS = {"LATN": "X", "NUMB": "NUM", "ROMN": "NUM", "PNCT": "PUNCT", "UNKN": "X"}
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_SUBORDINATING = frozenset(
    {"что", "чтобы", "если", "когда", "хотя", "как", "будто", "потому", "поскольку", "пока", "ли"}
)

_CASE = {
    "nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc", "acc2": "Acc",
    "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Voc",
}
_GENDER = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}
_NUMBER = {"sing": "Sing", "plur": "Plur"}
_TENSE = {"past": "Past", "pres": "Pres", "futr": "Fut"}
_ASPECT = {"perf": "Perf", "impf": "Imp"}
_PERSON = {"1per": "1", "2per": "2", "3per": "3"}


def upos_of(tag: Any, lemma: str) -> str:
    """UD UPOS for a pymorphy3 tag (``lemma`` separates AUX, SCONJ and DET)."""
    pos = tag.POS
    if pos is None:
        for gram, upos in _NON_WORD_TO_UPOS.items():
            if gram in tag:
                return upos
        return "X"
    if pos == "NOUN" and _PROPER & tag.grammemes:
        return "PROPN"
    if pos == "ADJF" and "Apro" in tag:
        return "DET"
    if pos == "CONJ" and lemma in _SUBORDINATING:
        return "SCONJ"
    if pos in ("VERB", "INFN") and lemma == "быть":
        return "AUX"
    return _POS_TO_UPOS.get(pos, "X")


@lru_cache(maxsize=20_000)  # tags are few and hashable; parsing them is not free
def ud_feats(tag: Any) -> str:
    """A UD FEATS string (``Case=Nom|Number=Sing``) from a pymorphy3 tag."""
    if tag is None:
        return ""
    feats: dict[str, str] = {}
    for key, table, value in (
        ("Case", _CASE, tag.case),
        ("Gender", _GENDER, tag.gender),
        ("Number", _NUMBER, tag.number),
        ("Tense", _TENSE, tag.tense),
        ("Aspect", _ASPECT, tag.aspect),
        ("Person", _PERSON, tag.person),
    ):
        if value in table:
            feats[key] = table[value]
    if tag.POS in ("PRTF", "PRTS"):
        feats["VerbForm"] = "Part"
    elif tag.POS == "GRND":
        feats["VerbForm"] = "Conv"
    elif tag.POS == "INFN":
        feats["VerbForm"] = "Inf"
    elif tag.POS == "VERB":
        feats["VerbForm"] = "Fin"
    if tag.POS == "COMP":
        feats["Degree"] = "Cmp"
    if tag.POS in ("ADJS", "PRTS"):
        feats["Variant"] = "Short"
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items()))
