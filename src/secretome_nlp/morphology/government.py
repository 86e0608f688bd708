"""Case government after prepositions: a hard constraint on candidate readings.

A word right after a preposition is (almost always) the start of its noun
phrase, so it must be a nominal form in a case the preposition governs
(``из стали`` → ``сталь``, genitive; never the verb ``стать``). The table is
standard Russian grammar. (Carrying the constraint on through modifiers was
measured on held-out Taiga and made things slightly worse, so it stops at the
first word.)
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import Candidate, normalise

_GEN, _DAT, _ACC, _INS, _LOC = "gent", "datv", "accs", "ablt", "loct"
GOVERNED_CASES: dict[str, frozenset[str]] = {
    p: frozenset(cases)
    for p, cases in {
        "из": (_GEN,), "изо": (_GEN,), "от": (_GEN,), "ото": (_GEN,), "до": (_GEN,), "без": (_GEN,),
        "для": (_GEN,), "у": (_GEN,), "около": (_GEN,), "вокруг": (_GEN,), "после": (_GEN,),
        "среди": (_GEN,), "из-за": (_GEN,), "из-под": (_GEN,), "кроме": (_GEN,), "против": (_GEN,),
        "вследствие": (_GEN,), "помимо": (_GEN,), "путем": (_GEN,), "путём": (_GEN,),
        "к": (_DAT,), "ко": (_DAT,), "благодаря": (_DAT,), "согласно": (_DAT,),
        "через": (_ACC,), "сквозь": (_ACC,), "про": (_ACC,),
        "при": (_LOC,), "о": (_LOC, _ACC), "об": (_LOC, _ACC), "обо": (_LOC, _ACC),
        "в": (_ACC, _LOC, "loc2"), "во": (_ACC, _LOC, "loc2"), "на": (_ACC, _LOC, "loc2"),
        "с": (_GEN, _INS, _ACC), "со": (_GEN, _INS, _ACC), "по": (_DAT, _ACC, _LOC),
        "за": (_ACC, _INS), "под": (_ACC, _INS), "подо": (_ACC, _INS), "над": (_INS,), "надо": (_INS,),
        "перед": (_INS,), "передо": (_INS,), "между": (_INS, _GEN), "пред": (_INS,),
    }.items()
}
# Readings that can open a noun phrase after a preposition.
_NP_START = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM"})


def apply_government(words: Sequence[str], candidates: list[tuple[Candidate, ...]]) -> None:
    """Drop, in place, readings that a preceding preposition rules out.

    Acts when the previous token is a preposition of the table and at least
    one reading of the current token is a nominal form in a governed case;
    otherwise (fixed expressions, elliptic text) every reading is kept.
    """
    for i in range(1, len(candidates)):
        cases = GOVERNED_CASES.get(normalise(words[i - 1]))
        prepositions = tuple(c for c in candidates[i - 1] if c.upos == "ADP")
        cands = candidates[i]
        if cases is None or not prepositions or len(cands) < 2:
            continue
        allowed = tuple(
            c for c in cands
            if (c.upos in _NP_START or c.variant == "participle_adj") and any(g[0] in cases for g in c.grams)
        )
        if allowed:
            candidates[i - 1] = prepositions
            # Readings without case information (names kept as they are, codes) stay possible.
            candidates[i] = allowed + tuple(c for c in cands if c not in allowed and not c.grams)
