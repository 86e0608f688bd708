"""Split a text into a tree of sections: standalone, run-in and bilingual headings.

The text is read line by line. A line is a *standalone heading* (``ВВЕДЕНИЕ``,
``Материал и методы.``), starts with a *run-in heading* (``ЦЕЛЬ. Характеристика…``,
``Цель исследования - …``, ``OBJECTIVE  To analyse…``, ``Funding. This study…``), holds
further run-in headings after a sentence end (``…were studied.  MATERIAL AND METHODS
Seventy-five…``), or is a *bilingual heading* (``Для цитирования / For citation: …``).
Lines without a heading may still open implicit front-matter sections (title, author
list, affiliations) or, inside a review body, unnamed subsections (a short line without
final punctuation). The heading vocabulary lives in ``data/headings.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

from .langid import detect_language
from .records.article import Section

#: The documented vocabulary of section kinds.
SECTION_KINDS = (
    "title", "authors", "affiliations", "abstract", "introduction", "aim", "methods",
    "results", "discussion", "conclusion", "main_content", "keywords", "citation",
    "correspondence", "dates", "author_info", "contributions", "funding", "conflicts",
    "data_availability", "acknowledgements", "references", "body", "other",
)
#: Kinds that structure an abstract (children of ``abstract`` when one is open).
ABSTRACT_PARTS = frozenset({"introduction", "aim", "methods", "results", "discussion", "conclusion",
                            "main_content"})
#: Kinds that belong under ``author_info`` (additional information) when one is open.
AUTHOR_INFO_PARTS = frozenset({"contributions", "funding", "conflicts", "data_availability",
                               "acknowledgements"})
#: Level-1 kinds whose body may hold unnamed subsections (a review's main text).
BODY_KINDS = frozenset({"introduction", "methods", "results", "discussion", "conclusion",
                        "main_content", "body", "aim"})


@dataclass(frozen=True)
class HeadingRule:
    """One row of the heading vocabulary."""

    kinds: tuple[str, ...]
    lang: str
    pattern: str


@lru_cache(maxsize=1)
def heading_rules() -> tuple[HeadingRule, ...]:
    """The heading vocabulary from package data (read once per process)."""
    text = resources.files("secretome_nlp").joinpath("data/headings.tsv").read_text("utf-8")
    rules = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, lang, pattern = line.split("\t")
        rules.append(HeadingRule(tuple(kind.split("+")), lang, pattern))
    return tuple(rules)


@dataclass(frozen=True)
class _Matchers:
    phrase: re.Pattern[str]  # any heading phrase, one named group per rule
    rules: tuple[HeadingRule, ...]


@lru_cache(maxsize=1)
def _matchers() -> _Matchers:
    rules = heading_rules()
    alternatives = [f"(?P<r{i}>{rule.pattern})" for i, rule in enumerate(rules)]
    # Longer alternatives first so that "результаты и заключение" beats "результаты".
    order = sorted(range(len(rules)), key=lambda i: -len(rules[i].pattern))
    phrase = re.compile("|".join(alternatives[i] for i in order), re.I)
    return _Matchers(phrase, rules)


@dataclass
class _Heading:
    kinds: tuple[str, ...]
    lang: str
    start: int          # heading text start
    end: int            # heading text end (without trailing punctuation)


def _rule_of(match: re.Match[str]) -> HeadingRule:
    name = next(k for k, v in match.groupdict().items() if v is not None)
    return _matchers().rules[int(name[1:])]


_LEAD = r"[\s*•\-–]{0,4}"
_BILINGUAL = re.compile(r"(?P<ru>[А-ЯЁа-яё][А-ЯЁа-яё ]+?)\s*/\s*(?P<en>[A-Za-z][A-Za-z' ]+?)\s*(?:[.:]|$)")


def _full_phrase(text: str, start: int, end: int) -> re.Match[str] | None:
    m = _matchers().phrase.fullmatch(text, start, end)
    return m


def _line_headings(text: str, start: int, end: int) -> list[_Heading]:
    """Headings found on one line ``text[start:end]`` (stripped of white space)."""
    line = text[start:end]
    lead_match = re.match(_LEAD, line)
    lead = lead_match.end() if lead_match else 0
    body_start = start + lead
    # 1. A bilingual heading: Для цитирования / For citation: …
    b = _BILINGUAL.match(text, body_start, end)
    ru_phrase = _full_phrase(text, b.start("ru"), b.end("ru")) if b else None
    if b and ru_phrase and _full_phrase(text, b.start("en"), b.end("en")):
        rule = _rule_of(ru_phrase)
        return [_Heading(rule.kinds, "ru+en", b.start(), b.end("en"))]
    # 2. A standalone heading: the whole line (maybe with a final . or :).
    stripped_end = end
    while stripped_end > body_start and text[stripped_end - 1] in ".: ":
        stripped_end -= 1
    if stripped_end - body_start <= 80:
        m = _full_phrase(text, body_start, stripped_end)
        if m:
            rule = _rule_of(m)
            return [_Heading(rule.kinds, rule.lang, body_start, stripped_end)]
    # 3. Run-in headings at the line start and after sentence ends.
    headings = []
    for pos in _candidate_positions(text, body_start, end):
        h = _run_in_at(text, pos, end, at_line_start=(pos == body_start))
        if h:
            headings.append(h)
    return headings


def _candidate_positions(text: str, start: int, end: int) -> Iterator[int]:
    yield start
    for m in re.finditer(r"(?<=[.!?)\]])\s+(?=[A-ZА-ЯЁ])", text[start:end]):
        yield start + m.end()


_AFTER_RUN_IN = re.compile(r"\s*(?:[.:]|\s[-–—])\s*(?=\S)|\s*[.:]?\s*$")


def _run_in_at(text: str, pos: int, end: int, at_line_start: bool) -> _Heading | None:
    m = _matchers().phrase.match(text, pos, end)
    if not m:
        return None
    rule = _rule_of(m)
    word = m.group(0)
    if m.end() < end and (text[m.end()].isalnum() or text[m.end()] in "-'’"):
        return None  # a longer word (Резюмируя, Resultsets)
    if not at_line_start and not (set(rule.kinds) <= ABSTRACT_PARTS | {"other"}):
        return None  # mid-line headings only structure abstracts
    upper = word.isupper() and len(word) > 2
    after = text[m.end():end]
    if upper and rule.lang == "en" and re.match(r"\s+-?(?=[A-Za-z\d(«\"])", after):
        # Upper-case English headings run straight into the text, whatever its case.
        return _Heading(rule.kinds, rule.lang, m.start(), m.end())
    if _AFTER_RUN_IN.match(text, m.end(), end):
        separator = re.match(r"\s*([.:]|[-–—])?\s*", after)
        assert separator is not None  # every part of the pattern is optional
        rest = after[separator.end():]
        # "Результаты. В ходе…" needs a capital after the full stop; after a colon or a
        # dash ("Цель — оценить…", "Aim: to assess…") lower case is the rule.
        lower_ok = separator.group(1) is not None and separator.group(1) != "."
        # A heading that closes its line ("…ИБС.  Материал и методы.") opens the next lines.
        ends_line = not rest and separator.group(1) is not None
        if (at_line_start or ends_line or rest[:1].isupper() or rest[:1].isdigit()
                or (lower_ok and rest[:1].isalpha())):
            return _Heading(rule.kinds, rule.lang, m.start(), m.end())
    return None


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


def split_sections(text: str, source: int = 0) -> list[Section]:
    """Sections of ``text`` in document order, with parents, levels and languages."""
    units = list(_lines(text))
    opened: list[_Open] = []
    current_l1: int | None = None

    def open_section(kinds, level, start, hs, he, lang, parent) -> int:
        opened.append(_Open(tuple(kinds), level, start, hs, he, lang, parent))
        return len(opened) - 1

    for idx, (a, b) in enumerate(units):
        line = text[a:b]
        headings = _line_headings(text, a, b)
        if headings:
            for n, h in enumerate(headings):
                l1 = opened[current_l1] if current_l1 is not None else None
                kinds = h.kinds
                # The line's first section takes the whole line, footnote marks and bullets
                # before the heading included ("* **Для корреспонденции:**").
                start = a if n == 0 else h.start
                if l1 and set(kinds) <= ABSTRACT_PARTS and l1.kinds[0] == "abstract":
                    open_section(kinds, 2, start, h.start, h.end, h.lang, current_l1)
                elif l1 and set(kinds) <= AUTHOR_INFO_PARTS and l1.kinds[0] == "author_info":
                    open_section(kinds, 2, start, h.start, h.end, h.lang, current_l1)
                elif l1 and kinds == ("dates",) and l1.kinds == ("dates",):
                    continue  # consecutive date lines form one section
                else:
                    current_l1 = open_section(kinds, 1, start, h.start, h.end, h.lang, None)
            continue
        l1 = opened[current_l1] if current_l1 is not None else None
        next_line = text[units[idx + 1][0]:units[idx + 1][1]] if idx + 1 < len(units) else ""
        if is_author_line(line):
            current_l1 = open_section(("authors",), 1, a, None, None, "", None)
        elif is_affiliation_line(line) and l1 and l1.kinds[0] in ("authors", "affiliations"):
            if l1.kinds[0] != "affiliations":
                current_l1 = open_section(("affiliations",), 1, a, None, None, "", None)
        elif (is_author_line(next_line) and len(line) < 400 and not line.endswith(".")) or (
                re.fullmatch(r"\[[^\]]+\]\.?", line) and (l1 is None or l1.kinds[0] == "title")):
            current_l1 = open_section(("title",), 1, a, None, None, "", None)
        elif l1 is None:
            current_l1 = open_section(("other",), 1, a, None, None, "", None)
        elif (l1.kinds[0] in BODY_KINDS and l1.heading_start is not None and _is_subheading(line, next_line)
              and _standalone_heading(text, l1)):
            open_section(("body",), 2, a, a, b, "", current_l1)
    return _finish(text, source, opened)


def _standalone_heading(text: str, section: _Open) -> bool:
    """True when the section's heading stands on a line of its own (a body heading)."""
    assert section.heading_end is not None
    line_end = text.find("\n", section.heading_end)
    rest = text[section.heading_end:line_end if line_end >= 0 else len(text)]
    return not rest.strip(" .:\r")


def _is_subheading(line: str, next_line: str) -> bool:
    """A short capitalised line without final punctuation, followed by text."""
    words = line.split()
    return (2 <= len(words) <= 20 and len(line) < 200 and line[0].isupper()
            and line[-1] not in ".!?;,:" and bool(next_line))


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
    for i, sec in enumerate(opened):
        body = text[sec.start:ends[i]]
        lang = detect_language(body)
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
