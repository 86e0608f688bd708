"""Split a text into a tree of sections: standalone, run-in and bilingual headings.

The text is read line by line. A line is a *standalone heading* (``ВВЕДЕНИЕ``,
``Материал и методы.``), starts with a *run-in heading* (``ЦЕЛЬ. Характеристика…``,
``Цель исследования - …``, ``OBJECTIVE  To analyse…``, ``Funding. This study…``), holds
further run-in headings after a sentence end (``…were studied.  MATERIAL AND METHODS
Seventy-five…``), or is a *bilingual heading* (``Для цитирования / For citation: …``).
Lines without a heading may still open implicit front-matter sections (title, author
list, affiliations) or, inside a review body, unnamed subsections (a short line without
final punctuation). Which words on a line are headings is decided in :mod:`.headings`
(vocabulary in ``data/headings.tsv``, candidates scored by layout evidence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .headings import (ABSTRACT_PARTS, HeadingRule, heading_positions, heading_rules, lead_end, line_headings,
                       longest_heading)
from .langid import detect_language, script_ratio
from .records.article import Section

__all__ = ["ABSTRACT_PARTS", "AUTHOR_INFO_PARTS", "BODY_KINDS", "SECTION_KINDS", "HeadingRule", "heading_rules",
           "is_affiliation_line", "is_author_line", "split_sections"]

#: The documented vocabulary of section kinds.
SECTION_KINDS = (
    "title", "authors", "affiliations", "abstract", "introduction", "aim", "methods",
    "results", "discussion", "conclusion", "main_content", "keywords", "citation",
    "correspondence", "dates", "author_info", "contributions", "funding", "conflicts",
    "data_availability", "acknowledgements", "references", "body", "other",
)
#: Kinds that belong under ``author_info`` (additional information) when one is open.
AUTHOR_INFO_PARTS = frozenset({"contributions", "funding", "conflicts", "data_availability",
                               "acknowledgements"})
#: Level-1 kinds whose body may hold unnamed subsections (a review's main text).
BODY_KINDS = frozenset({"introduction", "methods", "results", "discussion", "conclusion",
                        "main_content", "body", "aim"})
#: A bracketed title line as the abstract files write it: ``[Title].``
_BRACKETED_TITLE = re.compile(r"\[[^\]]+\]\.?")


# --- implicit front-matter units ---------------------------------------------------
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# "Ерёмин П.С." or "П.С. Ерёмин"; "Petr S. Eremin", "Eremin P.S." or "P.S. Eremin".
_NAME_RU = (r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?"
            r"|(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)")
_NAME_EN = (r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
            r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:[A-Z]\.\s?){1,2}"
            r"|(?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
_MARKS = r"(?:\^\{[^}]*\}|[" + _SUPERSCRIPTS + r"*,\d])*"
_AUTHOR_LINE = re.compile(
    rf"\s*(?:(?:{_NAME_RU}|{_NAME_EN}){_MARKS}\s*(?:,|\band\b|\bи\b)?\s*)+\s*$")
_AFFILIATION_LINE = re.compile(rf"\s*(?:[{_SUPERSCRIPTS}]+|\^\{{\d+\}}|\d{{1,2}}(?=\s+[А-ЯЁA-Z]))\s*\S")


def is_author_line(line: str) -> bool:
    """A line that lists authors (``Ерёмин П.С.^{1,*}, Рожкова Е.А.¹``)."""
    return len(line) < 600 and bool(_AUTHOR_LINE.fullmatch(line))


def is_affiliation_line(line: str) -> bool:
    """A numbered affiliation line (``¹ Национальный медицинский …``)."""
    return bool(_AFFILIATION_LINE.match(line)) and not re.match(r"\s*\d+\.", line)


# --- the tree ----------------------------------------------------------------------
@dataclass
class _Open:
    kinds: tuple[str, ...]
    level: int
    start: int
    heading_start: int | None
    heading_end: int | None
    lang_hint: str
    parent: int | None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        a, b = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        s = len(text[a:b]) - len(text[a:b].lstrip())
        e = len(text[a:b].rstrip())
        if e > s:
            yield a + s, a + e


def _join_title_lines(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One unit for a bracketed title that a hard wrap broke over lines (``[The role of…`` / ``…study].``)."""
    if not units or text[units[0][0]] != "[" or "]" in text[units[0][0]:units[0][1]]:
        return units
    close = text.find("]", units[0][0], units[0][0] + 600)
    if close < 0 or re.search(r"\n[ \t]*\r?\n", text[units[0][0]:close]):
        return units
    k = next(i for i, (a, b) in enumerate(units) if a <= close < b)
    return [(units[0][0], units[k][1])] + units[k + 1:]


def _join_broken_headings(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One unit for two lines that a hard wrap broke inside a heading phrase («… patients.
    MATERIAL AND» / «METHODS We studied …»): the phrase is only whole across the break."""
    out: list[tuple[int, int]] = []
    for a, b in units:
        if out and text.count("\n", out[-1][1], a) == 1 and _heading_crosses(text, out[-1], a, b):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _heading_crosses(text: str, previous: tuple[int, int], a: int, b: int) -> bool:
    """True when a heading phrase starting on line ``previous`` (at its start or after a
    sentence end) runs on into the line ``text[a:b]``."""
    start, end = previous
    for pos in heading_positions(text, start, end):
        found = longest_heading(text, pos, b)
        if found is not None and found[1] > a:
            return True
    return False


def split_sections(text: str, source: int = 0) -> list[Section]:
    """Sections of ``text`` in document order, with parents, levels and languages."""
    units = _join_broken_headings(text, _join_title_lines(text, list(_lines(text))))
    wrapped = _hard_wrapped(text, units)
    opened: list[_Open] = []
    current_l1: int | None = None

    def open_section(kinds, level, start, hs, he, lang, parent) -> int:
        opened.append(_Open(tuple(kinds), level, start, hs, he, lang, parent))
        return len(opened) - 1

    for idx, (a, b) in enumerate(units):
        line = text[a:b]
        next_line = text[units[idx + 1][0]:units[idx + 1][1]] if idx + 1 < len(units) else ""
        l1 = opened[current_l1] if current_l1 is not None else None
        # A line that goes on from an unfinished one (hard wrap, no blank line between).
        continues = idx > 0 and text.count("\n", units[idx - 1][1], a) < 2 and \
            bool(re.search(r"[a-zа-яё,]$", text[units[idx - 1][0]:units[idx - 1][1]]))
        headings = line_headings(text, a, b, next_line, numbered_ok=not (l1 and l1.kinds[0] == "references"),
                                 continues=continues)
        if headings:
            # A bracketed title before the first heading on its line ("[Title].  AIM  To…").
            titled = bool(_BRACKETED_TITLE.fullmatch(text[a:headings[0].start].rstrip()))
            if titled:
                current_l1 = open_section(("title",), 1, a, None, None, "", None)
            for n, h in enumerate(headings):
                l1 = opened[current_l1] if current_l1 is not None else None
                kinds = h.kinds
                # The line's first section takes the whole line, footnote marks, bullets and
                # numbers before the heading included ("* **Для корреспонденции:**", "1. Введение").
                # A heading after a sentence end leaves that sentence to the section before.
                at_lead = lead_end(text, a, b)[0] == h.start
                start = a if n == 0 and not titled and at_lead else h.start
                if l1 and set(kinds) <= ABSTRACT_PARTS and l1.kinds[0] == "abstract":
                    open_section(kinds, 2, start, h.start, h.end, h.lang, current_l1)
                elif l1 and set(kinds) <= AUTHOR_INFO_PARTS and l1.kinds[0] == "author_info":
                    open_section(kinds, 2, start, h.start, h.end, h.lang, current_l1)
                elif l1 and kinds == ("dates",) and l1.kinds == ("dates",):
                    continue  # consecutive date lines form one section
                else:
                    current_l1 = open_section(kinds, 1, start, h.start, h.end, h.lang, None)
            continue
        prev_line = text[units[idx - 1][0]:units[idx - 1][1]] if idx else ""
        prev_start = units[idx - 1][0] if idx else -1
        blank_before = idx == 0 or text.count("\n", units[idx - 1][1], a) >= 2
        if is_author_line(line):
            current_l1 = open_section(("authors",), 1, a, None, None, "", None)
        elif is_affiliation_line(line) and l1 and l1.kinds[0] in ("authors", "affiliations"):
            if l1.kinds[0] != "affiliations":
                current_l1 = open_section(("affiliations",), 1, a, None, None, "", None)
        elif (is_author_line(next_line) and len(line) < 400 and not line.endswith(".")) or (
                _BRACKETED_TITLE.fullmatch(line) and (l1 is None or l1.kinds[0] == "title")):
            if l1 and l1.kinds == ("other",) and l1.start == prev_start and not blank_before:
                l1.kinds = ("title",)  # a title hard-wrapped over two lines
            else:
                current_l1 = open_section(("title",), 1, a, None, None, "", None)
        elif l1 is None and (title := _BRACKETED_TITLE.match(text, a, b)) and text[title.end():b].strip():
            # "[Title].  The objective of…": the title, then unlabelled text on the same line.
            open_section(("title",), 1, a, None, None, "", None)
            rest = title.end() + len(text[title.end():b]) - len(text[title.end():b].lstrip())
            current_l1 = open_section(("other",), 1, rest, None, None, "", None)
        elif (l1 is not None and blank_before and l1.level == 1 and l1.kinds[0] not in _FRONT_MATTER
              and _switches_script(line, text[l1.start:min(a, l1.start + 400)])):
            # A paragraph in the other script starts the other half of a text that has no
            # headings to say so (an English abstract followed by its Russian original).
            current_l1 = open_section(("other",), 1, a, None, None, "", None)
        elif l1 is None or (l1.kinds == ("title",) and text[l1.start] == "[" and l1.start < a):
            # Text before any heading, or after a bracketed title line ("[Title]." then text).
            current_l1 = open_section(("other",), 1, a, None, None, "", None)
        elif (l1.kinds[0] in BODY_KINDS and l1.heading_start is not None
              and _is_subheading(line, next_line, prev_line, blank_before, prev_start == l1.start, wrapped)
              and _standalone_heading(text, l1)):
            open_section(("body",), 2, a, a, b, "", current_l1)
    return _finish(text, source, opened)


def _standalone_heading(text: str, section: _Open) -> bool:
    """True when the section's heading stands on a line of its own (a body heading)."""
    assert section.heading_end is not None
    line_end = text.find("\n", section.heading_end)
    rest = text[section.heading_end:line_end if line_end >= 0 else len(text)]
    return not rest.strip(" .:\r")


#: Level-1 kinds whose lines switch script as a rule (names, bilingual front matter, references).
_FRONT_MATTER = frozenset({"title", "authors", "affiliations", "keywords", "citation", "correspondence", "dates",
                           "author_info", "references"})


def _script(text: str) -> str:
    """``ru`` or ``en`` when one script clearly dominates the text's letters, else ``""``."""
    cyr, lat = script_ratio(text)
    if cyr + lat < 20:
        return ""
    return "ru" if cyr >= 0.8 * (cyr + lat) else "en" if lat >= 0.8 * (cyr + lat) else ""


def _switches_script(line: str, section_text: str) -> bool:
    """True when ``line`` is clearly in the other script than the section so far."""
    new, old = _script(line), _script(section_text)
    return bool(new and old and new != old)


def _hard_wrapped(text: str, units: list[tuple[int, int]]) -> bool:
    """True when most long lines stop at about the same width (text wrapped at a margin, as from a PDF).

    The width is the median of the long lines; lines rejoined by the repair of hyphenated
    breaks are longer, so only a majority, not all, need to be near it.
    """
    lengths = sorted(b - a for a, b in units if b - a >= 40)
    if len(lengths) < 5:
        return False
    width = lengths[len(lengths) // 2]
    near = sum(1 for n in lengths if 0.85 * width <= n <= 1.1 * width + 2)
    return width <= 120 and near >= 0.6 * len(lengths)


def _is_subheading(line: str, next_line: str, prev_line: str, blank_before: bool, after_heading: bool,
                   wrapped: bool) -> bool:
    """A short capitalised line without final punctuation, followed by text.

    In hard-wrapped text most lines lack final punctuation: there a subheading must follow
    a blank line (or its section's heading line), or a line that ends a sentence and be
    shorter than a wrapped line; the next line must not continue it.
    """
    words = line.split()
    return (2 <= len(words) <= 20 and len(line) < 200 and line[0].isupper()
            and line[-1] not in ".!?;,:-" and bool(next_line)
            and (blank_before or ((after_heading or prev_line[-1:] in (".", "!", "?", ":", ""))
                                  and (not wrapped or len(line) < 60)))
            and (next_line[:1].isupper() or next_line[:1] in "«\"")
            and line.count("(") == line.count(")")
            and words[-1].lower() not in _CONTINUES)


#: Words a heading does not end with but a hard-wrapped line often does.
_CONTINUES = frozenset("""в во на с со и или а но к ко по о об от до из за для при без что как не же
of in with and or the a an to for by from at on as that than was were is are be""".split())


_ENGLISH_FUNCTION_WORDS = frozenset("the of and in to was were with for is are that by from".split())


def _clearly_english(text: str) -> bool:
    """English prose is about a fifth function words; a cheap check before langdetect."""
    words = re.findall(r"[A-Za-z]+", text[:2000])
    return len(words) >= 20 and sum(w.lower() in _ENGLISH_FUNCTION_WORDS for w in words) >= 0.1 * len(words)


def _finish(text: str, source: int, opened: list[_Open]) -> list[Section]:
    if not opened:
        return []
    # A section ends where the next one of the same or a higher level begins (one pass,
    # with the still-open sections on a stack).
    ends = [len(text)] * len(opened)
    still_open: list[int] = []
    for i, sec in enumerate(opened):
        while still_open and opened[still_open[-1]].level >= sec.level:
            ends[still_open.pop()] = sec.start
        still_open.append(i)
    for i, sec in enumerate(opened):
        while ends[i] > sec.start and text[ends[i] - 1].isspace():
            ends[i] -= 1
    ids: list[str] = []
    used: dict[str, int] = {}
    sections = []
    latin_language: list[str] = []  # langdetect's word on this text's Latin-script prose, asked once
    for i, sec in enumerate(opened):
        body = text[sec.start:ends[i]]
        # A heading of known language settles mixed or short text without langdetect.
        hint = sec.lang_hint if sec.lang_hint in ("ru", "en") else None
        if hint:
            lang = detect_language(body, fallback=hint)
        else:
            lang = detect_language(body, fallback="latin")
            if lang == "latin":  # mixed script: langdetect decides
                lang = detect_language(body)
            elif lang == "en" and len(body) >= 200 and not _clearly_english(body):
                # Long Latin-script text is English only if it is not another language;
                # one check per text, on the first such section, rather than one per section.
                if not latin_language:
                    latin_language.append(detect_language(body))
                lang = latin_language[0]
        if lang == "und":
            lang = sec.lang_hint if sec.lang_hint in ("ru", "en") else "und"
        base = (ids[sec.parent] + "." if sec.parent is not None else f"{lang}.") + "+".join(sec.kinds)
        n = used.get(base, 0) + 1
        used[base] = n
        sid = base if n == 1 else f"{base}-{n}"
        ids.append(sid)
        heading = text[sec.heading_start:sec.heading_end] if sec.heading_start is not None else ""
        sections.append(Section(
            id=sid, source=source, lang=lang, kind=sec.kinds[0], heading=heading, level=sec.level,
            parent=ids[sec.parent] if sec.parent is not None else None, start=sec.start, end=ends[i],
            heading_start=sec.heading_start, heading_end=sec.heading_end, covers=sec.kinds))
    return sections
