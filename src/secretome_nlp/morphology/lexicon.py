"""The domain lexicon: field vocabulary that pymorphy3 does not know or mis-parses.

The data file lists lemmas with a declension class; every inflected form is
generated from the paradigm (:mod:`.paradigms`) when the lexicon is first
used, so the file stays short and the forms stay consistent.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .candidates import Candidate
from .paradigms import inflect

_DATA_PACKAGE = "secretome_nlp"
LEXICON_FILE = "domain_lexicon.tsv"


def parse_lexicon(text: str) -> dict[str, tuple[Candidate, ...]]:
    """Build ``form -> candidates`` from lexicon TSV ``text``."""
    pooled: dict[tuple[str, str, str], set] = {}
    for line_no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise ValueError(f"{LEXICON_FILE}:{line_no}: expected 4 tab-separated fields")
        base, lemma, upos, paradigm = fields
        for form, ending in inflect(base, paradigm):
            key = (form, lemma, upos)
            pooled.setdefault(key, set()).add((ending.case, ending.number, ending.gender))
    out: dict[str, list[Candidate]] = {}
    for (form, lemma, upos), grams in pooled.items():
        out.setdefault(form, []).append(
            Candidate(lemma, upos, source="lexicon", variant="lexicon", score=1.0, grams=frozenset(grams))
        )
    return {form: tuple(cands) for form, cands in out.items()}


@cache
def domain_lexicon() -> dict[str, tuple[Candidate, ...]]:
    """The packaged domain lexicon, loaded once per process."""
    resource = resources.files(_DATA_PACKAGE).joinpath("data").joinpath("morphology").joinpath(LEXICON_FILE)
    text = resource.read_text(encoding="utf-8")
    return parse_lexicon(text)
