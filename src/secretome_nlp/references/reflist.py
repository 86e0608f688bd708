"""Parse a reference list (Vancouver/NLM, GOST, APA-like) into :class:`Reference` records.

The parser is deliberately rule-based (in the spirit of GROBID's/anystyle's field
order heuristics, without a trained model): split the list into entries by their
markers, pull out identifiers (DOI, URL) and the bracketed English twin of a Russian
reference, then read ``authors → title → journal → year; volume(issue): pages``.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from secretome_nlp.doi import DOI_PATTERN, normalize_doi
from secretome_nlp.records.references import Reference, ReferenceTranslation
from secretome_nlp.langid import script_ratio
from secretome_nlp.references.patterns import INITIALS, SURNAME, UPPER
from secretome_nlp.repair import is_cut_word

__all__ = ["parse_reference_list", "normalize_doi", "script_lang"]

# ---------------------------------------------------------------------------
# Entry markers
# ---------------------------------------------------------------------------
# "24. ", "[24] ", "24) " — the number is validated against the previous one so that a
# wrapped continuation line such as "2019. 69(2): 135–146" is not taken for entry 2019.
_NUMBERED = re.compile(r"[ \t]*(?:\[(?P<a>\d{1,4})\]|(?P<b>\d{1,4})[.)])[ \t]+(?=\S)")
_BULLET = re.compile(r"[ \t]*[-*•·▪–][ \t]+(?=\S)")
# A new entry of an unnumbered (author–year) list starts with "Surname I." or "Surname, I.".
_AUTHOR_START = re.compile(
    rf"[ \t]*(?:[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?,?\s+(?:[{UPPER}][a-zа-яё]?\.|[A-Z]{{1,3}}[,.])"
    rf"|(?:[{UPPER}]\.\s?){{1,3}}[{UPPER}][\w'’-]+)"
)
# The section heading itself, when the caller passes it along with the list.
_HEADING = re.compile(
    r"[ \t#*]*(?:Список\s+литературы|Литература|Библиографический\s+список|References?|Bibliography"
    r"|Literature(?:\s+cited)?)\b[^\n]{0,30}$",
    re.I,
)
_ENDS_ENTRY = re.compile(r"[.>)\]\d]\s*$")
# How far an explicit number may jump ahead and still be an entry number (tolerates a
# dropped entry but not a year or a volume at the start of a wrapped line).
_MAX_NUMBER_GAP = 3

# ---------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------
_DOI = DOI_PATTERN
_URL = re.compile(r"<?(?P<url>(?:https?://|www\.)[^\s<>]+)>?", re.I)
# A DOI cut by a line break: the line ends inside a DOI and the next line goes on with a
# token that cannot start a new field ("10.1016/j.celrep.\n2024.114742").
_DOI_AT_EOL = re.compile(r"10\.\d{4,9}/[^\s<>\[\],;]*$")
_DOI_CONTINUATION = re.compile(r"(?:[a-z0-9]|[A-Za-z0-9]*\d)[^\s\[\]<>]*")
# A DOI whose line ends in "/", "." or "-" is certainly unfinished: any token goes on.
_DOI_UNFINISHED = re.compile(r"10\.\d{4,9}/(?:[^\s<>\[\],;]*[./-])?$")
_ANY_TOKEN = re.compile(r"[^\s\[\]<>()]+")
_FIELD_LABEL = re.compile(r"(?:PMID|PMCID|EDN|URL|DOI|https?|www|Epub|eCollection)\b", re.I)
_TRAILING_DOI_PUNCT = ".,;:"
_NOISE = re.compile(
    r"\(\s*(?:In\s+Russ(?:ian)?\.?|На\s+русском\s+языке|in\s+Russian)\s*\)\.?"
    r"|\b(?:PMID|PMCID|EDN)\s*:?\s*[\w.]+\.?"
    r"|\b(?:URL|Available\s+(?:at|from))\s*:\s*"
    r"|\[\s*(?:Электронный\s+ресурс|Electronic\s+resource|Internet)\s*\]"
    r"|\(\s*(?:дата\s+обращения|accessed|cited)[^)]*\)\.?",
    re.I,
)
_TWIN = re.compile(r"\[(?P<body>[^\[\]]{20,})\]")
# Where an unbracketed twin may start: a new line, or a sentence end followed by a capital.
_TWIN_START = re.compile(r"\n[ \t]*(?=\S)|(?<=[.)])[ \t]+(?=[A-Z])")
_CUT_WORD_HEAD = re.compile(r"([^\W\d_]{2,})-$")
_CUT_WORD_TAIL = re.compile(r"[a-zа-яё]+")
_IN_RUSS = re.compile(r"In\s+Russ|in\s+Russian", re.I)

# ---------------------------------------------------------------------------
# Authors
# ---------------------------------------------------------------------------
_AUTHOR = re.compile(
    rf"(?:{SURNAME}[ \t]+{INITIALS}"          # Mazini L.   Andaloussi S.E.
    rf"|{SURNAME},[ \t]+{INITIALS}"           # Smith, J. A.
    rf"|{INITIALS}[ \t]?{SURNAME}"            # И.И. Иванов
    rf"|{SURNAME}[ \t]+[A-Z]{{1,3}}(?=[,.]))"  # Smith JA,  (NLM without dots)
)
_AUTHOR_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+|&[ \t]*|и[ \t]+)?|;[ \t]*|[ \t]+(?:and|&|и)[ \t]+)")
_ET_AL = re.compile(r"[ \t]*,?[ \t]*(?:et[ \t]+al\.?|и[ \t]+др\.?|и[ \t]+соавт\.?)")

# ---------------------------------------------------------------------------
# Title / journal / year / volume / issue / pages
# ---------------------------------------------------------------------------
_YEAR = re.compile(r"(?<![\w./–-])(?P<year>1[6-9]\d\d|20\d\d)[a-z]?(?![\w/–-])")
# Pages or an article number: "1013–1023", "765–70", "e2103222", "eaau6977", "S12–S15".
_PAGES = r"[A-Za-z]{0,5}\d+[A-Za-z]?(?:[ \t]*[-–—−][ \t]*[A-Za-z]{0,5}\d+[A-Za-z]?)?"
_TAILS = (
    # 2020; 21(4): 1306   2022; (15): e2103222   2020; 13:414–423   2019. 69(2): 135–146
    re.compile(rf"\s*[;.,]?\s*(?P<volume>\d+[A-Za-z]?)?\s*(?:\((?P<issue>[^()]{{1,20}})\))?\s*:\s*(?P<pages>{_PAGES})"),
    # 2019. Т. 69, № 2. С. 135–146   2020. Vol. 21, No. 4. P. 1306
    re.compile(
        rf"\s*[.,;]?\s*(?:Vol|Т|Том|V)\.?\s*(?P<volume>[\w-]+)"
        rf"(?:\s*[,.]?\s*(?:No|N|№|Iss|Issue|Вып)\.?\s*(?P<issue>[\w/–-]+))?"
        rf"(?:\s*[,.:]?\s*(?:Pp|pp|P|p|С|с)\.?\s*(?P<pages>{_PAGES}))?"
    ),
    # 2020; 21(4)   2020, 21(4), 1306
    re.compile(rf"\s*[;.,]?\s*(?P<volume>\d+)\s*\((?P<issue>[^()]{{1,20}})\)(?:\s*[,:]\s*(?P<pages>{_PAGES}))?"),
    # 2024; 2024.08.26.609692 (bioRxiv elocation)   2020; e1306
    re.compile(r"\s*;\s*(?P<pages>[A-Za-z]?\d[\w.]*\w)"),
    # 2020. P. 35–40 / С. 35–40
    re.compile(rf"\s*[.,]\s*(?:Pp|pp|P|p|С|с)\.\s*(?P<pages>{_PAGES})"),
)
# APA: "Journal, 21(4), 1306–1310"
_APA_TAIL = re.compile(rf",\s*(?P<volume>\d+)\s*(?:\((?P<issue>[^()]{{1,20}})\))?(?:,\s*(?P<pages>{_PAGES}))?")
_APA_YEAR = re.compile(r"\(\s*(?P<year>1[6-9]\d\d|20\d\d)[a-z]?\s*\)\.?\s*")
_STARRED = re.compile(r"\*+(?P<body>[^*]+?)\*+")
# Sentence break inside "Title. Journal": punctuation, space, capital (or markup) ahead.
_BREAK = re.compile(r"(?<=[.?!])\s+(?=[*\"«“A-ZА-ЯЁ\[\d])")
_WORD_BEFORE = re.compile(r"(\S+)[.?!]$")
_ABBREVIATIONS = frozenset(
    "vs e.g i.e al etc sp spp approx dr st no vol fig ed eds т.д т.п др им г см рис изд".split()
)
# "World Health Organization. Title…": an organisation as the author.
_CORPORATE = re.compile(
    r"[^.]{0,80}\b(?:Organi[sz]ation|Society|Association|Committee|Consortium|Group|Institute|Agency"
    r"|Council|Ministry|Министерство|Организация|Общество|Ассоциация|Комитет|Институт)\b[^.]{0,80}?\.\s+"
)
# "Geneva: WHO", "М.: Стандартинформ", "7th ed. Hoboken: Wiley" — a book's publisher, not a journal.
_PUBLISHER = re.compile(r"(?:^|\.\s)(?:[A-ZА-ЯЁ][\w-]*\.?\s?){1,3}:\s")
# A "?" ends the title unless a later "word. Capital" break shows the title goes on
# ("Extracellular vesicles or exosomes? On the terminology…. Stem Cell Res Ther").
_LATER_WORD_BREAK = re.compile(r"\b[a-zа-яё]{4,}\.\s+[*A-ZА-ЯЁ]")
_SPACES = re.compile(r"\s+")
_DASH_SPACES = re.compile(r"\s*([-–—−])\s*")


class _Entry(NamedTuple):
    number: int | None
    start: int
    end: int


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------
def parse_reference_list(text: str, start: int = 0, end: int | None = None) -> list[Reference]:
    """Parse the reference list occupying ``text[start:end]``.

    Accepts numbered (``1.``, ``[1]``, ``1)``), bulleted (``- …``, numbered by order) and
    unnumbered author–year lists (numbered by order). Every returned reference has
    ``text[ref.start:ref.end] == ref.text`` (the entry without its list marker).
    """
    end = len(text) if end is None else end
    return [_parse_entry(text, entry) for entry in _split_entries(text, start, end)]


def script_lang(text: str) -> str | None:
    """``"ru"`` if Cyrillic letters dominate, ``"en"`` if Latin ones do, else ``None``."""
    cyr, lat = script_ratio(text)
    if cyr == lat == 0:
        return None
    return "ru" if cyr > lat else "en"


# ---------------------------------------------------------------------------
# Splitting the list into entries
# ---------------------------------------------------------------------------
def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text[start:end]``, without the newline."""
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def _marker(line: str, previous: int | None) -> tuple[bool, int | None, int]:
    """(is_marker, explicit_number, marker_length) for a line."""
    m = _NUMBERED.match(line)
    if m:
        n = int(m.group("a") or m.group("b"))
        expected = 1 if previous is None else previous + 1
        if expected <= n <= expected + _MAX_NUMBER_GAP or (previous is None and n <= _MAX_NUMBER_GAP + 1):
            return True, n, m.end()
    m = _BULLET.match(line)
    if m:
        return True, None, m.end()
    return False, None, 0


def _split_entries(text: str, start: int, end: int) -> list[_Entry]:
    lines = _lines(text, start, end)
    marked = any(_NUMBERED.match(text, s, e) or _BULLET.match(text, s, e) for s, e in lines)
    return _split_marked(text, lines) if marked else _split_unmarked(text, lines)


def _split_marked(text: str, lines: list[tuple[int, int]]) -> list[_Entry]:
    """Entries start at marker lines; other non-blank lines continue the current entry."""
    entries: list[list[int | None]] = []  # [number, start, end]
    previous: int | None = None
    for s, e in lines:
        line = text[s:e]
        if not line.strip() or (not entries and _HEADING.match(line)):
            continue
        is_marker, number, length = _marker(line, previous)
        if is_marker:
            number = number if number is not None else (previous or 0) + 1
            entries.append([number, s + length, e])
            previous = number
        elif entries:
            entries[-1][2] = e
        elif _YEAR.search(line):  # text before the first marker that looks like a reference
            previous = 1
            entries.append([1, s + len(line) - len(line.lstrip()), e])
    return [_trimmed(text, n, int(s or 0), int(e or 0)) for n, s, e in entries]


def _split_unmarked(text: str, lines: list[tuple[int, int]]) -> list[_Entry]:
    """Author–year lists: a blank line, or an author-like start after a finished line, opens an entry."""
    spans: list[list[int]] = []
    after_blank = True
    for s, e in lines:
        line = text[s:e]
        if not line.strip() or (not spans and _HEADING.match(line)):
            after_blank = True
            continue
        prev_done = bool(spans) and _ENDS_ENTRY.search(text[spans[-1][0]:spans[-1][1]]) is not None
        if after_blank or not spans or (prev_done and _AUTHOR_START.match(line)):
            spans.append([s + len(line) - len(line.lstrip()), e])
        else:
            spans[-1][1] = e
        after_blank = False
    return [_trimmed(text, i, s, e) for i, (s, e) in enumerate(_merge_twins(text, spans), 1)]


def _merge_twins(text: str, spans: list[list[int]]) -> list[list[int]]:
    """Join a Latin ``… (In Russ.)`` entry to the Cyrillic entry before it: one work, two scripts."""
    out: list[list[int]] = []
    for s, e in spans:
        chunk = text[s:e]
        if (out and _IN_RUSS.search(chunk) and script_lang(_strip_identifiers(chunk)) == "en"
                and script_lang(_strip_identifiers(text[out[-1][0]:out[-1][1]])) == "ru"):
            out[-1][1] = e
        else:
            out.append([s, e])
    return out


def _trimmed(text: str, number: int | None, s: int, e: int) -> _Entry:
    while e > s and text[e - 1].isspace():
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return _Entry(number, s, e)


# ---------------------------------------------------------------------------
# Parsing one entry
# ---------------------------------------------------------------------------
def _parse_entry(text: str, entry: _Entry) -> Reference:
    raw = text[entry.start:entry.end]
    twin = _find_twin(raw)
    translation = None
    main_raw = raw
    if twin is None and (bare := _find_bare_twin(raw)) is not None:
        twin = bare
        main_raw = raw[:bare[0]] + " " * (bare[1] - bare[0]) + raw[bare[1]:]
    elif twin is not None:
        t0, t1 = twin
        # Blank the twin out (same length) so identifiers after it stay with the main part.
        main_raw = raw[:t0 - 1] + " " * (t1 - t0 + 2) + raw[t1 + 1:]
    if twin is not None:
        t0, t1 = twin
        translation = ReferenceTranslation(text=raw[t0:t1], start=entry.start + t0, end=entry.start + t1,
                                           **_parse_fields(_flatten(raw[t0:t1])))
    fields = _parse_fields(_flatten(main_raw))
    if translation is not None and fields["doi"] is None:
        fields["doi"] = translation.doi  # same work: the twin's DOI is the reference's
    return Reference(text=raw, start=entry.start, end=entry.end, number=entry.number, translation=translation,
                     **fields)


def _find_twin(raw: str) -> tuple[int, int] | None:
    """Span of the inside of a ``[Latin twin (In Russ.)]`` bracket of a Cyrillic reference."""
    for m in _TWIN.finditer(raw):
        body = m.group("body")
        outside = raw[:m.start()] + raw[m.end():]
        if script_lang(_strip_identifiers(body)) == "en" and _YEAR.search(body) and (
            _IN_RUSS.search(body) or script_lang(_strip_identifiers(outside)) == "ru"
        ):
            return m.start("body"), m.end("body")
    return None


def _find_bare_twin(raw: str) -> tuple[int, int] | None:
    """Span of a Latin twin written without brackets after a Cyrillic reference.

    ``Иванов И.И. Название. Журнал. 2020; 1(2): 3–4.`` followed (on the next line or after
    the full stop) by ``Ivanov I.I. Nazvanie. Zhurnal. 2020; 1(2): 3–4. (In Russ.)``: the
    tail starts with an author, is in Latin script, has a year, and either says
    ``(In Russ.)`` or starts on a line of its own.
    """
    for m in _TWIN_START.finditer(raw):
        head, tail = raw[:m.start()], raw[m.end():]
        if (script_lang(_strip_identifiers(head)) == "ru" and script_lang(_strip_identifiers(tail)) == "en"
                and _AUTHOR.match(tail) and _YEAR.search(tail)
                and (_IN_RUSS.search(tail) or m.group().startswith("\n"))):
            end = len(raw.rstrip())
            return m.end(), end
    return None


def _flatten(raw: str) -> str:
    """Join the lines of an entry with single spaces, gluing a DOI or a word cut by a line break."""
    out = ""
    for line in (ln.strip() for ln in raw.splitlines()):
        if not line:
            continue
        if out and _continues_doi(out, line):
            out += line
        elif out and (cut := _CUT_WORD_HEAD.search(out)) and (tail := _CUT_WORD_TAIL.match(line)):
            # "regen-" / "eration": one word; "cell-" / "derived" keeps its hyphen (as the repair decides).
            glue = is_cut_word(cut.group(1), tail.group())
            out = (out[:-1] if glue else out) + line
        elif out and _CUT_WORD_HEAD.search(out) and line[:1].isupper():
            out += line  # "Adipose-" / "Derived…": a hyphenated compound broken at its hyphen
        else:
            out = f"{out} {line}" if out else line
    return out


def _continues_doi(before: str, line: str) -> bool:
    if _FIELD_LABEL.match(line) or not _DOI_AT_EOL.search(before):
        return False
    token = _ANY_TOKEN if _DOI_UNFINISHED.search(before) else _DOI_CONTINUATION
    return token.match(line) is not None


def _strip_identifiers(s: str) -> str:
    s = _DOI.sub(" ", s)
    s = _URL.sub(" ", s)
    return _NOISE.sub(" ", s)


def _parse_fields(flat: str) -> dict[str, Any]:
    """The bibliographic fields of one flattened entry, keyed as in ``BibliographicRecord``."""
    doi_m = _DOI.search(flat)
    doi = normalize_doi(doi_m.group("doi")) if doi_m else None
    url = None
    for m in _URL.finditer(flat):
        if not _DOI.search(m.group("url")):
            url = m.group("url").rstrip(_TRAILING_DOI_PUNCT + ")]")
            break
    body = _SPACES.sub(" ", _strip_identifiers(flat)).strip()
    lang = script_lang(body)
    authors, rest = _parse_authors(body)
    if not authors:
        corporate = _CORPORATE.match(rest)
        if corporate:
            authors, rest = (_clean(corporate.group()) or "",), rest[corporate.end():]
    title, journal, year, volume, issue, pages = _parse_source(rest)
    return {"authors": authors, "title": title, "journal": journal, "year": year, "volume": volume,
            "issue": issue, "pages": pages, "doi": doi, "url": url, "lang": lang}


def _parse_authors(s: str) -> tuple[tuple[str, ...], str]:
    """Consume the author list at the start of ``s``; return (authors, remainder)."""
    authors: list[str] = []
    pos = 0
    while True:
        m = _AUTHOR.match(s, pos)
        if not m:
            break
        authors.append(m.group().strip().rstrip(","))
        pos = m.end()
        etal = _ET_AL.match(s, pos)
        if etal:
            pos = etal.end()
            break
        sep = _AUTHOR_SEP.match(s, pos)
        if not sep or not _AUTHOR.match(s, sep.end()):
            break
        pos = sep.end()
    return tuple(authors), s[pos:].lstrip(" .,:;")


def _parse_source(rest: str) -> tuple[str | None, str | None, int | None, str | None, str | None, str | None]:
    """Split what follows the authors into title, journal, year, volume, issue, pages."""
    apa = _APA_YEAR.match(rest)
    if apa:
        return _parse_apa(rest[apa.end():], int(apa.group("year")))
    year_m, tail = _locate_year(rest)
    if year_m is None:
        title, journal = _split_title_journal(rest)
        return title, journal, None, None, None, None
    title, journal = _split_title_journal(rest[:year_m.start()])
    vol, iss, pages = _tail_groups(tail)
    return title, journal, int(year_m.group("year")), vol, iss, pages


def _locate_year(rest: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The first year followed by a volume/pages tail; else the last year; plus that tail."""
    years = list(_YEAR.finditer(rest))
    for ym in years:
        if ym.start() == 0:
            continue
        for tail in _TAILS:
            tm = tail.match(rest, ym.end())
            if tm:
                return ym, tm
    return (years[-1], None) if years else (None, None)


def _parse_apa(rest: str, year: int) -> tuple[str | None, str | None, int, str | None, str | None, str | None]:
    title, remainder = _first_sentence(rest)
    journal, vol, iss, pages = remainder, None, None, None
    tm = _APA_TAIL.search(remainder)
    if tm:
        journal = remainder[:tm.start()]
        vol, iss, pages = _tail_groups(tm)
    return _clean(title), _clean(journal), year, vol, iss, pages


def _tail_groups(tm: re.Match[str] | None) -> tuple[str | None, str | None, str | None]:
    if tm is None:
        return None, None, None
    groups = tm.groupdict()
    pages = groups.get("pages")
    return (
        groups.get("volume"),
        (groups.get("issue") or "").strip() or None,
        _DASH_SPACES.sub(r"\1", pages) if pages else None,
    )


def _split_title_journal(pre: str) -> tuple[str | None, str | None]:
    """Title and journal from ``Title. *Journal*.`` / ``Title // Journal.`` / ``Title. Journal.``."""
    pre = pre.strip().rstrip(" .,;")
    starred = list(_STARRED.finditer(pre))
    if starred and starred[-1].start() > 0:
        last = starred[-1]
        return _clean(pre[:last.start()]), _clean(last.group("body"))
    if " // " in pre:
        title, journal = pre.split(" // ", 1)
        return _clean(title), _clean(journal)
    title, journal = _first_sentence(pre)
    if _PUBLISHER.search(journal):
        journal = ""
    return _clean(title), _clean(journal)


def _first_sentence(s: str) -> tuple[str, str]:
    """Split at the first sentence break that is not after an initial or abbreviation."""
    for m in _BREAK.finditer(s):
        head = s[:m.start()]
        if head.endswith(("?", "!")) and _LATER_WORD_BREAK.search(s, m.end()):
            continue
        word = _WORD_BEFORE.search(head)
        if word and head.endswith("."):
            token = word.group(1).lstrip("(*").lower()
            if len(token) == 1 or token in _ABBREVIATIONS:
                continue
        return head, s[m.end():]
    return s, ""


def _clean(s: str | None) -> str | None:
    """Drop markdown emphasis, outer punctuation and extra spaces; ``None`` if empty."""
    if s is None:
        return None
    s = _SPACES.sub(" ", s.replace("*", "")).strip(" .,;:/")
    return s or None
