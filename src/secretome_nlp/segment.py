"""Sentence splitting for Russian and English scientific prose.

razdel (Natasha's segmenter) handles ``т. е.``, initials (``Ерёмин П.С.``), ``и др.`` and
decimal commas; a small post-pass rejoins the splits it makes after reference
abbreviations followed by a number or a lower-case word (``рис. 1``, ``Fig. 2``,
``et al. showed``) and after a semicolon (``1) …; 2) …``), and another splits where a line ends with a full stop and the next
starts with a capital, which razdel leaves joined after an abbreviation (``ст.``), and after
an acronym in capitals that razdel takes for one of its abbreviations (``УКР.``) or a unit
after a number (``3 см.``) before a capitalised word.
"""

from __future__ import annotations

import re
from typing import Iterator

Span = tuple[int, int]

# Abbreviations after which a sentence does not end when a number or lower case follows.
_NO_BREAK_AFTER = re.compile(
    r"(?:\b(?:рис|табл|см|ср|гл|стр|с|т|вып|ред|изд|гг?|св|ок|прим|no|No|Fig|Figs|fig|Tab|"
    r"Table|Eq|eq|al|vs|cf|approx|e\.g|i\.e|Ref|ref|pp?|vol|Vol))\.\s*$")
_STARTS_CONTINUATION = re.compile(r"^\s*(?:[a-zа-яё\d(\[]|—|–)")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans (absolute offsets into ``text``) of ``text[start:end]``.

    Paragraph breaks (blank lines) always end a sentence, so a heading or a list item
    never runs into the following text.
    """
    from razdel import sentenize

    end = len(text) if end is None else end
    spans: list[Span] = []
    for block_start, block_end in _paragraphs(text, start, end):
        block = text[block_start:block_end]
        merged: list[list[int]] = []
        for s in sentenize(block):
            if merged and _continues(block[merged[-1][0]:merged[-1][1]], block[s.start:s.stop]):
                merged[-1][1] = s.stop
            else:
                merged.append([s.start, s.stop])
        for a, b in merged:
            spans.extend((block_start + x, block_start + y) for x, y in _split_at_line_ends(block, a, b))
    return spans


# An acronym in capitals, a full stop and a capitalised word: a sentence boundary. razdel
# takes some acronyms for its lower-case abbreviations («УКР.» for «укр.», Ukrainian) and
# keeps the sentences joined. Initials are single letters and do not match.
_ACRONYM_END = re.compile(r"(?<![\w.])[A-ZА-ЯЁ]{2,}\.([ \t]+)(?=[A-ZА-ЯЁ][a-zа-яё])")
# A number, a unit abbreviation, a full stop and a capitalised word: a sentence boundary
# («диаметром 3 см. Особенностью…», «в 2015 г. Исследование…»); razdel reads «см.» as «смотри».
_UNIT_END = re.compile(r"(?<=\d)[ \u00a0]?(?:см|мм|мкм|нм|км|мг|мкг|нг|кг|мл|мкл|ч|мин|сут|сек|мес|нед|г)\."
                       r"([ \t]+)(?=[A-ZА-ЯЁ][a-zа-яё])")


# A line that ends with a full stop and a next line that starts with a capital: a sentence
# boundary even after an abbreviation ("…при ХБП I-II ст.\nЧастота…"), unless the full
# stop closes an initial ("Иванов И.\nИ. Петров") or the next line starts with one
# ("им. акад.\nБ.В. Петровского").
_LINE_END_BOUNDARY = re.compile(r"(?<![\s.][A-ZА-ЯЁ]\.)(?<=[.!?])[ \t]*\r?\n[ \t]*(?=[A-ZА-ЯЁ«\"])(?![A-ZА-ЯЁ]\.)")


def _split_at_line_ends(block: str, start: int, end: int) -> Iterator[Span]:
    cuts = [(m.start(), m.end()) for m in _LINE_END_BOUNDARY.finditer(block, start, end)]
    cuts += [m.span(1) for m in _ACRONYM_END.finditer(block, start, end)]
    cuts += [m.span(1) for m in _UNIT_END.finditer(block, start, end)]
    pos = start
    for a, b in sorted(set(cuts)):
        if a < pos:
            continue
        yield pos, _strip(block, pos, a)[1]
        pos = b
    yield pos, end


def _continues(previous: str, current: str) -> bool:
    # A semicolon ends no sentence: razdel splits enumerations ("1) …; 2) …") at it.
    if previous.rstrip().endswith(";"):
        return True
    return bool(_NO_BREAK_AFTER.search(previous) and _STARTS_CONTINUATION.match(current))


def _paragraphs(text: str, start: int, end: int) -> Iterator[Span]:
    pos = start
    for m in re.finditer(r"\r?\n[ \t]*\r?\n|\f", text[start:end]):
        a, b = pos, start + m.start()
        if text[a:b].strip():
            yield _strip(text, a, b)
        pos = start + m.end()
    if text[pos:end].strip():
        yield _strip(text, pos, end)


def _strip(text: str, a: int, b: int) -> Span:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
