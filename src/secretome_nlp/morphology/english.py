"""English lemmatisation from spaCy's lookup table (spacy-lookups-data).

spaCy's rule lemmatiser needs POS tags; the lookup table does not, and it is
shipped in the installed ``spacy-lookups-data`` package (never downloaded).
A small domain override list fixes field terms that the table lacks or gets
wrong.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Sequence
from importlib import resources
from functools import cache, lru_cache

# Field terms: plural -> singular that the general table lacks or mangles.
_DOMAIN_OVERRIDES = {
    "secretomes": "secretome",
    "exosomes": "exosome",
    "ectosomes": "ectosome",
    "microvesicles": "microvesicle",
    "vesicles": "vesicle",
    "cytokines": "cytokine",
    "chemokines": "chemokine",
    "adipokines": "adipokine",
    "myokines": "myokine",
    "interleukins": "interleukin",
    "interferons": "interferon",
    "keratinocytes": "keratinocyte",
    "fibroblasts": "fibroblast",
    "tenocytes": "tenocyte",
    "chondrocytes": "chondrocyte",
    "adipocytes": "adipocyte",
    "metalloproteinases": "metalloproteinase",
    "angiopoietins": "angiopoietin",
    "macrophages": "macrophage",
    "data": "data",
    "media": "medium",
}
_PLURAL_S = re.compile(r"^[a-z]+(?:cyte|some|kine|blast|ase|cle|phage|in|ome)s$")


@cache
def _lookup_table() -> dict[str, str]:
    """spaCy's ``en`` lemma lookup table, read from the installed spacy-lookups-data.

    The file is read directly: going through ``spacy.lookups`` would import all of spaCy
    (a second of start-up in every process) for one JSON file.
    """
    resource = resources.files("spacy_lookups_data").joinpath("data").joinpath("en_lemma_lookup.json.gz")
    with resource.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    return table


@lru_cache(maxsize=200_000)  # function words repeat in every text, seen before or not
def lemmatize_english_word(word: str) -> str:
    """Lemma of one English token (codes and acronyms keep their form)."""
    if not word.isalpha() or (word.isupper() and len(word) > 1) or any(ch.isdigit() for ch in word):
        return word
    low = word.lower()
    if low in _DOMAIN_OVERRIDES:
        return _DOMAIN_OVERRIDES[low]
    if _PLURAL_S.match(low):
        return low[:-1]
    table = _lookup_table()
    return table.get(low) or table.get(word) or low


def lemmatize_english(words: Sequence[str]) -> list[str]:
    """Lemmas of a tokenised English sentence."""
    return [lemmatize_english_word(w) for w in words]
