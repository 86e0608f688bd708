"""A repaired view of a source text with an offset map back to the source.

Extraction from PDF leaves damage: words hyphenated across line and page breaks
(``диффе-\\n\\nренцировать``), paragraphs broken by a page break (a paragraph that ends
without punctuation and a next one that starts in lower case), fragments of a broken
word on the next page (``секретомы\\n\\nма``), markdown leftovers (``*in vitro*``,
``**…**``, ``<https://…>``, ``^{1,*}``), paragraphs hard-wrapped into lines of one width
(joined back where the next line's first word would not have fitted), and look-alike
letters of the other script inside a word (``сonclusion`` typed with a Cyrillic ``с``). The stages after this one work on
:attr:`RepairedText.text` and convert every span with :meth:`RepairedText.source_span`,
so the offsets that users see always index the original text.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

#: A repair: replace ``source[start:end]`` by ``replacement``, with a ``reason``.
@dataclass(frozen=True)
class Edit:
    """One repair of the source text."""

    start: int
    end: int
    replacement: str
    reason: str


class RepairedText:
    """The repaired text and, for each of its characters, the source index it came from."""

    __slots__ = ("source", "text", "edits", "_to_source")

    def __init__(self, source: str, edits: Iterable[Edit] = ()) -> None:
        self.source = source
        self.edits = tuple(sorted(edits, key=lambda e: (e.start, e.end)))
        pieces: list[str] = []
        mapping = array("q")
        pos = 0
        for edit in self.edits:
            if edit.start < pos:  # overlapping edits: keep the first one
                continue
            pieces.append(source[pos:edit.start])
            mapping.extend(range(pos, edit.start))
            pieces.append(edit.replacement)
            # Inserted characters point at the start of what they replace.
            mapping.extend([edit.start] * len(edit.replacement))
            pos = edit.end
        pieces.append(source[pos:])
        mapping.extend(range(pos, len(source)))
        mapping.append(len(source))  # sentinel: the end of the text maps to the end
        self.text = "".join(pieces)
        self._to_source = mapping

    def to_source(self, index: int) -> int:
        """Source offset of the repaired character at ``index`` (``len(text)`` allowed)."""
        return self._to_source[index]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the repaired text to a half-open span of the source."""
        if end <= start:
            s = self._to_source[start]
            return s, s
        return self._to_source[start], self._to_source[end - 1] + 1

    def repaired_index(self, source_index: int) -> int:
        """Smallest repaired index whose source offset is at or after ``source_index``."""
        import bisect

        return bisect.bisect_left(self._to_source, source_index)


# --- markdown leftovers -------------------------------------------------------------
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.S)
# Inside: no "*" and no blank line (one line break is a hard-wrapped italic, "*Journal of\nMedicine*").
_ITALIC = re.compile(r"(?<![\*\w])\*(?=[^\s*])((?:[^*\n]|\r?\n(?![ \t]*\r?\n))+?)(?<=[^\s*])\*(?![\*\w])")
_ANGLE_URL = re.compile(r"<((?:https?|ftp)://[^\s<>]+|doi:[^\s<>]+)>")
_SUPERSCRIPT = re.compile(r"\^\{([^{}\n]{1,20})\}")


def _markup_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for rx, reason in ((_BOLD, "bold"), (_ITALIC, "italic"), (_ANGLE_URL, "angle-url")):
        for m in rx.finditer(text):
            # Drop the delimiters, keep the inner text in place (two edits, no shift inside).
            edits.append(Edit(m.start(), m.start(1), "", reason))
            edits.append(Edit(m.end(1), m.end(), "", reason))
    for m in _SUPERSCRIPT.finditer(text):
        edits.append(Edit(m.start(), m.end(), "", "superscript"))
    return edits


# --- breaks inside words and paragraphs -------------------------------------------
# Line ends may be \n or \r\n (files from Windows); a page number may sit between the halves.
_WORD_HYPHEN_BREAK = re.compile(
    r"(\w+)-[ \t]*\r?\n[ \t\r\n\f]*(?:\d{1,4}[ \t]*\r?\n[ \t\r\n\f]*)?([a-zа-яё]\w*|[A-ZА-ЯЁ]{2,}\b)")
_WORDS = re.compile(r"\w+(?:-\w+)*")
_PARAGRAPH_BREAK = re.compile(
    r"([^\s.!?:;»\"”)\]>])[ \t]*\r?\n(?:[ \t]*\r?\n|\f)+[ \t]*(?=([a-zа-яё][\w-]*))")


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def is_known_word(word: str) -> bool:
    """Whether ``word`` is a dictionary word (pymorphy3 for Cyrillic, letters-only for Latin)."""
    if re.fullmatch(r"[а-яё]+", word.lower()):
        return _morph().word_is_known(word.lower())
    return False


def is_cut_word(head: str, tail: str, known: Callable[[str], bool] | None = None) -> bool:
    """Whether ``head-`` at a line end and ``tail`` on the next line are one word cut by the typesetter.

    Latin words are glued (no dictionary here); Cyrillic ones unless both halves are words
    and the whole is not (``клеток-продуцентов`` keeps its hyphen). A tail of four letters
    or fewer is a word's ending more often than a compound's second word, even when the
    dictionary knows it (``прогнозируем-ость``, ``секрет-омов``).
    """
    known = known or is_known_word
    joined = head + tail
    return (bool(re.search(r"[a-zA-Z]", joined)) or known(joined) or len(tail) <= 4
            or not (known(head) and known(tail)))


def _hyphen_edits(text: str, known: Callable[[str], bool]) -> list[Edit]:
    edits = []
    seen: set[str] | None = None  # the text's own words, built on the first hyphen break
    for m in _WORD_HYPHEN_BREAK.finditer(text):
        head, tail = m.group(1), m.group(2)
        if tail.isupper() and not head.isupper():
            continue  # "Adipose-" / "DERIVED": not one word cut in two
        if seen is None:
            seen = {w.lower() for w in _WORDS.findall(text)}
        # The article itself is the best dictionary for its terms: "секрет-/омов" is cut
        # where "секретомов" occurs whole elsewhere, "клеток-/продуцентов" is a compound
        # where the hyphenated form does.
        whole, compound = (head + tail).lower(), f"{head}-{tail}".lower()
        if whole in seen or compound in seen:
            cut = whole in seen
        else:
            cut = tail.isupper() or is_cut_word(head, tail, known)  # CONC- / LUSION: capitals
        if cut:
            # A word cut by the typesetter: glue the halves, drop hyphen and break.
            edits.append(Edit(m.end(1), m.start(2), "", "dehyphenate"))
        else:
            # Two real words joined by a hyphen (клеток-продуцентов): keep the hyphen.
            edits.append(Edit(m.end(1) + 1, m.start(2), "", "join-compound"))
    return edits


# --- hard-wrapped lines ----------------------------------------------------------------
_LINE = re.compile(r"[^\r\n]*(?:\r?\n|$)")
# A line that starts a list item, a markdown heading or a heading in capitals (``ABSTRACT``,
# ``МАТЕРИАЛЫ И МЕТОДЫ.``) is never a wrapped continuation.
_ITEM_START = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|\[\d{1,4}\])[ \t]+[А-ЯЁA-Z]|[-•*▪·][ \t]|#"
                         r"|[А-ЯЁA-Z]{4,}(?:[ \t]+[А-ЯЁA-Z]{1,})*[ \t]*(?:[.:]|\r?\n|$))")
#: Fewest line breaks inside paragraphs before a text is judged hard-wrapped.
_MIN_WRAPPED_LINES = 8
#: Narrowest and widest margin (characters) taken for hard wrapping.
_MIN_WRAP_WIDTH = 30
_MAX_WRAP_WIDTH = 160
_SENTENCE_END = re.compile(r"[.!?:;…][»\"”)\]]*[ \t]*$")
# A line of at most six words starting with a capital: "Результаты.", "Material and methods:",
# "Список литературы / References" (no colon inside, so never a URL).
_SHORT_HEADING = re.compile(r"[A-ZА-ЯЁ][^\s:]*(?:[ \t]+[^\s:]+){0,5}[.:]?")


def wrap_width(text: str) -> int | None:
    """The margin a hard-wrapped text was wrapped at, or ``None`` when it is not hard-wrapped.

    PDF extraction gives lines of nearly equal length inside each paragraph: most lines
    that a non-blank line follows end within a word's length of the widest of them. A
    text with one line per paragraph or per sentence (line lengths spread widely) is not
    wrapped, whatever its longest line.
    """
    inner = []
    lines = [m.group().rstrip("\r\n") for m in _LINE.finditer(text)]
    for line, following in zip(lines, lines[1:]):
        # Lines that stop mid-sentence with text after them: in a wrapped text these are
        # the wrapped lines; elsewhere they are few (headings, list items).
        if line.strip() and following.strip() and not _SENTENCE_END.search(line):
            inner.append(len(line.rstrip()))
    if len(inner) < _MIN_WRAPPED_LINES:
        return None
    # The margin is the longest length that several lines reach: greedy breaking fills
    # about one line in ten to the margin exactly, while a token too long to break (a URL)
    # overshoots it once, at its own length.
    counts = Counter(inner)
    enough = max(2, len(inner) // 50)
    width = max((n for n, c in counts.items() if c >= enough), default=0)
    near = sum(1 for n in inner if width - 20 <= n <= width)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH or near < 0.6 * len(inner):
        return None
    return width


def _unwrap_edits(text: str, taken: list[tuple[int, int]]) -> list[Edit]:
    """Join the lines of hard-wrapped paragraphs (line break → one space, offsets kept by the map).

    A break is a wrap when the next line's first word would not have fitted on the line
    (the rule every greedy line breaker follows); a shorter line ends its paragraph, a
    heading or a list item, and keeps its break.
    """
    width = wrap_width(text)
    if width is None:
        return []
    edits = []
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    for (a, b), (c, d) in zip(spans, spans[1:]):
        line = text[a:b].rstrip()
        following = text[c:d]
        if not line.strip() or not following.strip() or _ITEM_START.match(following):
            continue
        first_word = following.split(None, 1)[0]
        if len(line) + 1 + len(first_word) <= width:
            continue
        if _SENTENCE_END.search(line) and _SHORT_HEADING.fullmatch(following.strip()):
            # "…in 103 patients." then "Results." alone: a short line after a sentence end
            # is a heading or a paragraph of its own more often than a wrapped tail.
            continue
        start, end = a + len(line), c + len(following) - len(following.lstrip())
        if any(x < end and start < y for x, y in taken):
            continue  # a hyphenated word: its own repair joins it
        # "Adipose-" / "Derived": a compound broken at its own hyphen stays one word.
        edits.append(Edit(start, end, "" if re.search(r"\w-$", line) else " ", "unwrap"))
    return edits


def _paragraph_edits(text: str, known: Callable[[str], bool], taken: list[tuple[int, int]]) -> list[Edit]:
    edits = []
    for m in _PARAGRAPH_BREAK.finditer(text):
        start, end = m.end(1), m.start(2)
        if any(a < end and start < b for a, b in taken):
            continue
        head_match = re.search(r"(\w+)$", text[max(0, start - 64):start])  # a window: no O(n) slice
        head = head_match.group(1) if head_match else ""
        tail = m.group(2)
        if (head and tail.isalpha() and len(tail) <= 3 and not known(tail)
                and is_cyrillic(tail) and not known(head + tail)):
            # A broken word's remnant at the top of the next page (секретомы / ма): the
            # word before is complete, so the remnant is dropped from the view.
            tail_end = end + len(tail)
            edits.append(Edit(start, tail_end, "", "drop-fragment"))
        elif head and tail.isalpha() and known(head + tail) and not known(tail) and is_cyrillic(head):
            edits.append(Edit(start, end, "", "join-word"))
        else:
            edits.append(Edit(start, end, " ", "join-paragraph"))
    return edits


def is_cyrillic(word: str) -> bool:
    """True when ``word`` is written in Cyrillic letters."""
    return bool(re.fullmatch(r"[А-Яа-яЁё]+", word))


# --- homoglyphs ------------------------------------------------------------------------
# Letters that look the same in both scripts: extraction and careless typing mix them
# ("Results and сonclusion" with a Cyrillic "с"). Same length, so offsets never move.
_LATIN_TO_CYRILLIC = dict(zip("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ"))
_CYRILLIC_TO_LATIN = {v: k for k, v in _LATIN_TO_CYRILLIC.items()}
#: A run of letters with letters of both scripts in it (most words have one script and are
#: skipped by the regex engine, not by Python).
_MIXED_WORD = re.compile(r"(?<![A-Za-zА-Яа-яЁё])(?=[A-Za-zА-Яа-яЁё]*?[A-Za-z])(?=[A-Za-zА-Яа-яЁё]*?[А-Яа-яЁё])"
                         r"[A-Za-zА-Яа-яЁё]+")


def _homoglyph_edits(text: str) -> list[Edit]:
    edits = []
    for m in _MIXED_WORD.finditer(text):
        word = m.group()
        latin = sum(1 for c in word if c.isascii())
        cyrillic = len(word) - latin
        if not latin or not cyrillic or latin == cyrillic:
            continue  # one script, or no majority to follow (рН)
        table = _CYRILLIC_TO_LATIN if latin > cyrillic else _LATIN_TO_CYRILLIC
        if not all(c in table for c in word if (c.isascii()) != (latin > cyrillic)):
            continue  # a minority letter without a look-alike: leave the word alone
        for i, c in enumerate(word):
            if c in table and (c.isascii()) != (latin > cyrillic):
                edits.append(Edit(m.start() + i, m.start() + i + 1, table[c], "homoglyph"))
    return edits


def repair(text: str, known: Callable[[str], bool] | None = None) -> RepairedText:
    """Build the repaired view of ``text``.

    ``known`` decides whether a string is a dictionary word (default: pymorphy3); it
    chooses between gluing a hyphenated word (``диффе-ренцировать``) and keeping a real
    compound (``клеток-продуцентов``).
    """
    known = known or is_known_word
    edits = _markup_edits(text) + _homoglyph_edits(text)
    hyphen = _hyphen_edits(text, known)
    taken = [(e.start, e.end) for e in hyphen]
    edits += hyphen
    unwrap = _unwrap_edits(text, taken)
    edits += unwrap
    taken += [(e.start, e.end) for e in unwrap]
    edits += _paragraph_edits(text, known, taken)
    return RepairedText(text, edits)
