"""Heading candidates on a line and the decision over them.

A heading is recognised in two steps. *Candidates* come from the vocabulary
(``data/headings.tsv``: kinds of heading in both languages) matched at the places a
heading can stand: the start of a line (after a bullet, a number ``1.``/``1.1``/``I.`` or
markdown ``##``/``**``) and after a sentence end inside a line. Each candidate is then
*scored* with layout evidence, because the same words open sentences too
(``Результаты исследования показали…``):

=========================================  =====  ===========================================
evidence                                   score  example
=========================================  =====  ===========================================
at the start of the line                   +1     ``Результаты. В ходе…``
  (after a line that stops mid-sentence: −1)      ``…to use the`` / ``RESULTS in treatment…``
written in capitals                        +2     ``…in the elderly.  AIM``
numbered or markdown                       +2     ``1. Введение``, ``## ВВЕДЕНИЕ``, ``**Цель.**``
ends the line, with ``.``/``:``            +3     ``…ИБС.  Материал и методы.``
ends the line, next line starts upper      +3     ``…elderly.  AIM`` / ``To assess…``
ends the line, next line starts lower      −5     a hard-wrapped ``Results`` / ``of the study…``
  (capitals, numbered or markdown: +1)            ``OBJECTIVE`` / ``to analyze…``
``.`` then a capital or a digit            +3     ``Results. Five cases…``
``:`` or a dash, then any text             +3     ``Цель — оценить…``, ``Aim: to assess…``
``.`` then lower case                      −5     ``…Результаты. в тексте…``
  (capitals: 0)
two spaces, then text                      +3     ``AIM  To assess…``, ``Aim  To assess…``
one space, then anything (capitals)        +1     ``AIM To describe``
one space, then a capital or a digit       +3     ``Material and Methods A total of…``
  (not an abbreviation: ``Результаты МРТ``)
one space, then lower case                 −2     ``Результаты исследования показали…``
=========================================  =====  ===========================================

A candidate with a score of 3 or more is a heading. At each place the longest phrase of
the vocabulary is the candidate (``Результаты и обсуждение``, not ``Результаты``); one that
starts with a lower-case letter is none (``…instrumental`` / ``methods. RESULTS``). Inside
a line only the parts of a structured abstract (and ``unlabelled``) are looked for;
front-matter headings (``Received``, ``Funding``) must start their line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

#: Kinds that structure an abstract (children of ``abstract`` when one is open).
ABSTRACT_PARTS = frozenset({"introduction", "aim", "methods", "results", "discussion", "conclusion",
                            "main_content"})
#: Score from which a candidate is a heading.
THRESHOLD = 3


@dataclass(frozen=True)
class HeadingRule:
    """One row of the heading vocabulary."""

    kinds: tuple[str, ...]
    lang: str
    pattern: str


@dataclass(frozen=True)
class Heading:
    """A heading found on a line: its kinds, language and span (without punctuation)."""

    kinds: tuple[str, ...]
    lang: str
    start: int
    end: int
    score: int = THRESHOLD


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
    any_phrase: re.Pattern[str]                 # a quick test: does any heading start here?
    rules: tuple[tuple[HeadingRule, re.Pattern[str]], ...]


def _spaced(pattern: str) -> str:
    """A vocabulary pattern whose word gaps also match a line break (a hard wrap inside a
    heading: «MATERIAL AND» / «METHODS»), so the phrase is the same across lines."""
    return pattern.replace(" ", r"[ \t]*(?:\r?\n)?[ \t]*(?<=\s)")


@lru_cache(maxsize=1)
def _matchers() -> _Matchers:
    rules = heading_rules()
    any_phrase = re.compile("|".join(f"(?:{_spaced(rule.pattern)})" for rule in rules), re.I)
    return _Matchers(any_phrase, tuple((rule, re.compile(_spaced(rule.pattern), re.I)) for rule in rules))


def longest_heading(text: str, pos: int, end: int) -> tuple[HeadingRule, int] | None:
    """The rule with the longest phrase at ``pos`` ("результаты и обсуждение", not "результаты"),
    with the phrase's end."""
    m = _matchers()
    if not m.any_phrase.match(text, pos, end):
        return None
    best: tuple[HeadingRule, int] | None = None
    for rule, pattern in m.rules:
        found = pattern.match(text, pos, end)
        if found and (best is None or found.end() > best[1]):
            best = (rule, found.end())
    return best


def full_phrase(text: str, start: int, end: int) -> HeadingRule | None:
    """The vocabulary rule that ``text[start:end]`` is, as a whole, or None."""
    for rule, pattern in _matchers().rules:
        if pattern.fullmatch(text, start, end):
            return rule
    return None


# Bullets and footnote marks; then a number (1. / 1.1 / I.) or markdown (## / **).
_BULLETS = re.compile(r"[\s*•\-–]{0,4}")
_MARKUP = re.compile(r"(?:#{1,6}[ \t]+|\*\*|(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)[ \t]+(?:\*\*)?)")
_BILINGUAL = re.compile(r"(?P<ru>[А-ЯЁа-яё][А-ЯЁа-яё ]+?)\s*/\s*(?P<en>[A-Za-z][A-Za-z' ]+?)\s*(?:[.:]|$)")
_ABBREVIATION = re.compile(r"[A-ZА-ЯЁ]{2,}|[A-ZА-ЯЁ]-?\d")
_SENTENCE_END = re.compile(r"(?<=[.!?)\]])[ \t]+(?:\*\*)?(?=[A-ZА-ЯЁ])")
# What follows a heading phrase: markup, punctuation, white space, then the next character.
_FOLLOW = re.compile(r"(?P<close>\**)(?P<punct>[ \t]*[.:]|[ \t]+[-–—])?(?P<close2>\**)(?P<space>[ \t]*)"
                     r"(?P<next>.?)")


def lead_end(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the words of a line start after bullets and numbering, and whether it is numbered/markdown."""
    m = _BULLETS.match(text, start, end)
    pos = m.end() if m else start
    if text.startswith("**", pos - 2) and pos - 2 >= start:
        return pos, True  # bold: "**Цель.** Текст"
    markup = _MARKUP.match(text, pos, end)
    if markup and markup.end() < end:
        return markup.end(), True
    return pos, False


def line_headings(text: str, start: int, end: int, next_line: str = "",
                  numbered_ok: bool = True, continues: bool = False) -> list[Heading]:
    """Headings on the line ``text[start:end]`` (stripped of white space).

    ``next_line`` is the next non-empty line (a heading that closes its line is told from a
    hard-wrapped sentence by it); ``numbered_ok`` is False inside a reference list, where
    a numbered line is an entry; ``continues`` is True when the previous line stopped
    mid-sentence, so that this line's start is no line start for a run-in heading.
    """
    body_start, markup = lead_end(text, start, end)
    if markup and not numbered_ok and not text.startswith("#", start):
        return []
    # A bilingual heading: Для цитирования / For citation: …
    b = _BILINGUAL.match(text, body_start, end)
    if b:
        ru = full_phrase(text, b.start("ru"), b.end("ru"))
        if ru and full_phrase(text, b.start("en"), b.end("en")):
            return [Heading(ru.kinds, "ru+en", b.start(), b.end("en"))]
    found: list[Heading] = []
    for pos in heading_positions(text, body_start, end):
        h = _candidate(text, pos, end, next_line, at_line_start=pos == body_start, markup=markup,
                       continues=continues)
        if h is not None and h.score >= THRESHOLD and (not found or h.start >= found[-1].end):
            found.append(h)
    return found


def heading_positions(text: str, start: int, end: int) -> Iterator[int]:
    """Where a heading may start on the line ``text[start:end]``: its start and each sentence start."""
    yield start
    for m in _SENTENCE_END.finditer(text, start, end):
        yield m.end()


def _candidate(text: str, pos: int, end: int, next_line: str, at_line_start: bool,
               markup: bool, continues: bool) -> Heading | None:
    found = longest_heading(text, pos, end)
    if found is None:
        return None
    rule, phrase_end = found
    if text[pos].islower():
        return None  # headings start with a capital; "methods. RESULTS" is a wrapped line
    if phrase_end < end and (text[phrase_end].isalnum() or text[phrase_end] in "-'’"):
        return None  # a longer word (Резюмируя, Resultsets)
    if not at_line_start and not set(rule.kinds) <= ABSTRACT_PARTS | {"other"}:
        return None  # mid-line headings only structure abstracts
    word = text[pos:phrase_end]
    caps = word.isupper() and len(word) > 2
    follow = _follow_score(text, phrase_end, end, next_line, caps or markup)
    # The start of a line that goes on from an unfinished one is inside a sentence
    # ("…to use the" / "RESULTS in treatment…"), unless punctuation closes the heading
    # ("…nmicrk.ru" / "Статья получена: 12.08.2025") or it is the whole line.
    run_in = bool(re.match(r"\**[ \t]+\S", text[phrase_end:end]))  # no punctuation between
    line_start = (-1 if continues and run_in and not markup else 1) if at_line_start else 0
    score = line_start + (2 if caps else 0) + (2 if markup and at_line_start else 0) + follow
    return Heading(rule.kinds, rule.lang, pos, phrase_end, score)


def _follow_score(text: str, pos: int, end: int, next_line: str, caps: bool) -> int:
    """Evidence from what follows the heading phrase (see the module's table).

    ``caps`` is True for capitals and for numbered or markdown headings: both are headings
    whatever case follows them.
    """
    f = _FOLLOW.match(text, pos, end)
    assert f is not None  # every part of the pattern is optional
    punct = (f.group("punct") or "").strip()
    nxt = f.group("next")
    if not nxt:  # the heading closes its line
        if punct:
            return 3
        if not next_line:
            return 1
        if next_line[:1].isupper() or next_line[:1].isdigit():
            return 3
        # Lower case next: a wrapped sentence ("Results" / "of the study"), unless the
        # heading is in capitals ("OBJECTIVE" / "to analyze…").
        return 1 if caps else -5
    if punct in ("-", "–", "—", ":"):
        return 3
    if punct == ".":
        if nxt.isupper() or nxt.isdigit() or nxt in "(«\"[":
            return 3
        return 0 if caps else -5  # "**OBJECTIVE.** to analyze…" is still a heading
    if len(f.group("space")) >= 2:
        return 3 if caps or not nxt.islower() else -2
    if caps:
        return 1
    if nxt.isdigit() or (nxt.isupper() and not _ABBREVIATION.match(text, f.start("next"))):
        # "Material and Methods A total of…": a sentence does not go on from these words
        # to a capital, unless the capital starts an abbreviation ("Результаты МРТ показали").
        return 3
    return -2
