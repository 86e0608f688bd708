"""Rule-generated families: IL-n, CCLn, CXCLn, MMP-n, TIMP-n, FGFn, TLRn, BMPn, CDn, miR-n.

A family hit is a span plus a *key* in HGNC-symbol shape (``IL6``, ``MMP9``, ``MIR29A``);
the lexicon turns the key into an entity id, so a number that names no gene (``IL-99``)
produces nothing.  Handles both scripts (``ИЛ-6``, ``интерлейкина 6``, ``interleukin-6``)
and coordinated forms (``интерлейкинов 6, 8 и 18``, ``IL-6, -8 and -18``, ``MMP-2/9``,
``toll like receptor (TLR) 2 and TLR4``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["FamilyHit", "FamilyMatcher"]

# Abbreviated prefixes: written case-sensitively, glued to the number or with a hyphen.
_ABBR = {
    "IL": "IL", "ИЛ": "IL", "CCL": "CCL", "CXCL": "CXCL", "XCL": "XCL", "CX3CL": "CX3CL",
    "CXCR": "CXCR", "CCR": "CCR", "MMP": "MMP", "ММП": "MMP", "TIMP": "TIMP", "ТИМП": "TIMP",
    "FGF": "FGF", "ФРФ": "FGF", "TLR": "TLR", "BMP": "BMP", "КМБ": "BMP", "IGFBP": "IGFBP", "CD": "CD",
}
# Spelled-out prefixes (any case, any inflection), optionally followed by "(ABBR)".
_WORDS = [
    (r"интерлейкин[а-яё]*", "IL"),
    (r"interleukins?", "IL"),
    (r"(?:матриксн[а-яё]*\s+)?металлопротеин(?:аз|ез)[а-яё]*", "MMP"),
    (r"matrix\s+metalloprotein(?:ase|ases)", "MMP"),
    (r"тканев[а-яё]*\s+ингибитор[а-яё]*\s+(?:матриксных\s+)?металлопротеиназ[а-яё]*", "TIMP"),
    (r"tissue\s+inhibitors?\s+of\s+(?:matrix\s+)?metalloproteinases?", "TIMP"),
    (r"фактор[а-яё]*\s+роста\s+фибробластов", "FGF"),
    (r"fibroblast\s+growth\s+factors?", "FGF"),
    (r"toll[-‐\s]like\s+receptors?", "TLR"),
    (r"(?:толл|toll)[-‐\s]подобн[а-яё]*\s+рецептор[а-яё]*", "TLR"),
    (r"bone\s+morphogenetic\s+proteins?", "BMP"),
    (r"костн[а-яё]*\s+морфогенетическ[а-яё]*\s+бел[а-яё]*", "BMP"),
    (r"хемокин[а-яё]*\s+(?=CC?X?C?L)", ""),  # "хемокин CCL2": the symbol matcher does the rest
]
_GREEK = {"α": "A", "β": "B", "γ": "G"}
_DIGIT = re.compile(r"\d")
_HY = r"\-‐‑–"
_NUM = rf"(?P<num>\d{{1,3}})(?P<suf>[A-Ga-g]|[αβγ])?(?![\w{_HY}]?\d)(?![A-Za-zА-Яа-яЁё])"
_MIR = re.compile(
    rf"(?<![\w{_HY}])(?:hsa[{_HY}])?(?:miR|MiR|miRNA|microRNA|микроРНК|миР)[{_HY}\s]?"
    rf"(?P<num>\d{{1,4}})(?P<suf>[a-z])?(?:[{_HY}](?P<copy>\d))?(?:[{_HY}][35]p)?(?![\w])"
)


#: Apolipoproteins as Russian writes them: апоЕ, апо-А-I, апоВ-100 (Cyrillic or Latin letter).
_APO = re.compile(r"(?<![\w-])(?:апо|apo|Apo|Апо)[-‐ ]?(?P<letter>[A-EHJLMOА-ЕВСЕНМО])(?:[-‐ ]?(?P<num>[IV]{1,3}|\d{1,3}))?(?![\w])")
_ROMAN_NUM = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}
_CYR_LETTER = str.maketrans("АВСЕНМО", "ABCEHMO")

#: The let-7 family (let-7a … let-7k, hsa-let-7a-5p), named without "miR".
_LET7 = re.compile(rf"(?<![\w{_HY}])(?:hsa[{_HY}])?let[{_HY}]7(?P<suf>[a-k])(?:[{_HY}]\d)?(?:[{_HY}][35]p)?(?![\w])")


@dataclass(frozen=True)
class FamilyHit:
    """A family member found in the text: ``[start, end)`` and its symbol-shaped key."""

    start: int
    end: int
    key: str


class FamilyMatcher:
    """Compiled family regexes; build once, reuse for every sentence."""

    def __init__(self) -> None:
        abbr = "|".join(sorted(map(re.escape, _ABBR), key=len, reverse=True))
        words = "|".join(f"(?P<w{i}>{p})" for i, (p, _) in enumerate(_WORDS) if _WORDS[i][1])
        # "MMP 1" (space) is accepted too; "IL 6" is written that way in some abstracts.
        self._abbr_re = re.compile(rf"(?<![\w{_HY}])(?P<pfx>{abbr})(?:[{_HY}]| (?=\d))?{_NUM}")
        self._word_re = re.compile(
            rf"(?<![\w])(?P<word>{words})(?:\s*\((?P<paren>[A-ZА-Я]{{2,5}})\))?[{_HY}\s]?{_NUM}",
            re.IGNORECASE,
        )
        self._word_family = {f"w{i}": fam for i, (_, fam) in enumerate(_WORDS) if fam}
        self._cont = re.compile(
            rf"(?P<sep>\s*,\s*(?:(?:и|and|or|или)\s+)?|\s+(?:и|and|or|или)\s+|\s*[/&]\s*)"
            rf"(?:(?P<pfx>{abbr})[{_HY}]?|(?P<dash>[{_HY}]))?{_NUM}"
        )

    def find(self, text: str, offset: int = 0) -> list[FamilyHit]:
        """All family hits in ``text`` (offsets shifted by ``offset``).

        A ligand named inside its receptor ("рецептора интерлейкина-2") is dropped later,
        with every other candidate, by the extractor's receptor check.
        """
        hits: list[FamilyHit] = []
        # Family names carry a number (apolipoproteins excepted) and the other patterns need
        # their prefix word: each scan runs only on text that has what it needs.
        numbered = _DIGIT.search(text) is not None
        low = text.lower()
        for m in self._abbr_re.finditer(text) if numbered else ():
            fam = _ABBR[m.group("pfx")]
            hits.extend(self._with_continuation(text, m, fam, offset))
        for m in self._word_re.finditer(text) if numbered else ():
            fam = next(self._word_family[k] for k, v in m.groupdict().items() if v and k in self._word_family)
            hits.extend(self._with_continuation(text, m, fam, offset))
        if numbered and ("mir" in low or "мир" in low or "microrna" in low or "микрорнк" in low):
            for m in _MIR.finditer(text):
                key = "MIR" + m.group("num") + (m.group("suf") or "").upper() + (m.group("copy") or "")
                hits.append(FamilyHit(m.start() + offset, m.end() + offset, key))
        if "апо" in low or "apo" in low:
            for m in _APO.finditer(text):
                letter = m.group("letter").translate(_CYR_LETTER)
                num = m.group("num") or ""
                num = _ROMAN_NUM.get(num, num)
                if letter == "B" and num in ("100", "48"):
                    num = ""  # apoB-100 and apoB-48 are both APOB
                hits.append(FamilyHit(m.start() + offset, m.end() + offset, f"APO{letter}{num}"))
        if numbered and "let" in low:
            for m in _LET7.finditer(text):
                hits.append(FamilyHit(m.start() + offset, m.end() + offset, "MIRLET7" + m.group("suf").upper()))
        return hits

    def _with_continuation(self, text: str, m: re.Match, fam: str, offset: int) -> list[FamilyHit]:
        out = [FamilyHit(m.start() + offset, m.end() + offset, _key(fam, m))]
        pos = m.end()
        items: list[tuple[FamilyHit, bool, str]] = []
        while True:
            c = self._cont.match(text, pos)
            if c is None:
                break
            if c.group("pfx") and _ABBR[c.group("pfx")] != fam:
                break  # "IL-6 and TNF…" / "IL-6 и MMP-9": another family, matched on its own
            bare = not (c.group("pfx") or c.group("dash"))
            # The mention is the number (with its prefix when repeated), not the dash: "-8" → "8".
            num_start = c.start("pfx") if c.group("pfx") else c.start("num")
            items.append((FamilyHit(num_start + offset, c.end() + offset, _key(fam, c)), bare, c.group("sep").strip()))
            pos = c.end()
        if items:
            # Bare numbers ("интерлейкинов 6, 8 и 18") only count inside a real coordination:
            # the list must close with a conjunction, use slashes ("MMP-2/9") or have at
            # least two continuation numbers; "ИЛ-6, 8 пациентов" stays IL-6 alone.
            last_sep = items[-1][2]
            closes = last_sep in ("/", "&") or last_sep.split()[-1:] in (["и"], ["and"], ["or"], ["или"])
            closes = closes or len(items) >= 2  # "MMP 1, 2, 7": a list of two or more numbers
            for hit, bare, _ in items:
                if bare and not closes:
                    break
                out.append(hit)
        return out


def _key(fam: str, m: re.Match) -> str:
    suf = m.group("suf") or ""
    suf = _GREEK.get(suf, suf.upper())
    if fam == "CD":
        return f"CD{m.group('num')}{(m.group('suf') or '').lower()}" if m.group("suf") else f"CD{m.group('num')}"
    return f"{fam}{m.group('num')}{suf}"
