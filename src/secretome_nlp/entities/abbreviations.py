"""Article-local abbreviation definitions ``long form (SHORT)`` in Russian and English.

Schwartz & Hearst (2003) style: the short form is a parenthesised token with an upper-case
letter; its characters must be found, right to left, in the words before the parenthesis,
the first one at a word start (``мезенхимальных стволовых клеток (МСК)``,
``микровезикулы (МВ)``, ``adipose-derived stem cells (ADSCs)``).  Works on inflected
Russian long forms because only letters are compared.  When a matched mention ends right
before the parenthesis the abbreviation inherits its entity id; a Latin short form after a
Russian long form (``фактор роста эндотелия сосудов (VEGF)``) is accepted when the short
form is already a known symbol of the same entity.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..langid import CYRILLIC_LETTER, LATIN_LETTER
from ..records.entities import Abbreviation
from .matcher import Candidate
from .ru_names import GREEK_WORDS

__all__ = ["find_abbreviations", "schwartz_hearst_start", "SHORT_RE"]

#: "(КС)", "(ADSCs)", "(MSC-CM)", "(α1-АТ)": 2–10 characters, at least one upper-case letter;
#: a Greek letter may start it (Russian and English abbreviate α1-antitrypsin as α1-АТ / α1-AT).
SHORT_RE = re.compile(r"\(\s*(?P<short>[A-Za-zА-Яа-яЁёα-ω][A-Za-zА-Яа-яЁёα-ω0-9\-]{1,9})\s*[)]")
_UPPER = re.compile(r"[A-ZА-ЯЁ]")
_ROMAN = re.compile(r"^[IVXLC]+$")
_WORD = re.compile(r"[^\W_]+")


def _script(s: str) -> str:
    return "ru" if CYRILLIC_LETTER.search(s) else ("en" if LATIN_LETTER.search(s) else "")


#: A spelled-out Greek letter: the short form writes the letter (alpha-2-macroglobulin → α2-MG).
_GREEK_WORD = re.compile(r"(?<![^\W\d_])(alpha|beta|gamma|delta|kappa|альфа|бета|гамма|дельта|каппа)(?![^\W\d_])")


def _as_letter(m: re.Match[str]) -> str:
    """The Greek letter of a spelled-out one, padded to the word's length so that offsets
    into the text stay valid; the padding is no letter and so never matches."""
    return GREEK_WORDS[m.group(1)] + " " * (len(m.group(1)) - 1)


def schwartz_hearst_start(short: str, before: str) -> int | None:
    """Start index in ``before`` of the shortest long form for ``short``, or ``None``.

    ``before`` is the text preceding the parenthesis.  Characters of ``short`` (letters
    and digits only, case-insensitive, a trailing plural ``s`` ignored) are matched right
    to left; the first character must begin a word.  The long form may have at most
    ``min(len(short) + 5, 2 * len(short))`` words.
    """
    s = [ch.lower() for ch in short if ch.isalnum()]
    if len(s) > 2 and short.endswith("s") and short[:-1].isupper():
        s = s[:-1]
    if not s:
        return None
    words = list(_WORD.finditer(before))
    if not words:
        return None
    max_words = min(len(s) + 5, 2 * len(s))
    lower = _GREEK_WORD.sub(_as_letter, before.lower())
    window_start = words[max(0, len(words) - max_words)].start()
    si, li = len(s) - 1, len(before) - 1
    while si >= 0:
        ch = s[si]
        while li >= window_start and (
            lower[li] != ch or (si == 0 and li > 0 and lower[li - 1].isalnum())
        ):
            li -= 1
        if li < window_start:
            return None
        si -= 1
        li -= 1
    start = li + 1
    # the long form starts at the beginning of the word holding the first matched char
    while start > 0 and before[start - 1].isalnum():
        start -= 1
    return start


def find_abbreviations(
    text: str, sent_start: int, sent_end: int, source: int, lang: str,
    mentions: Sequence[Candidate], symbol_table: dict[str, str],
) -> list[Abbreviation]:
    """Abbreviations defined in one sentence ``text[sent_start:sent_end]``."""
    out: list[Abbreviation] = []
    chunk = text[sent_start:sent_end]
    ends: dict[int, Candidate] = {}
    for cand in mentions:  # the longest mention ending at a position (not one nested in it)
        if cand.end not in ends or cand.start < ends[cand.end].start:
            ends[cand.end] = cand
    for m in SHORT_RE.finditer(chunk):
        short = m.group("short")
        if not _UPPER.search(short) or _ROMAN.match(short) or short.isdigit():
            continue
        p_open = sent_start + m.start()
        before_end = p_open
        while before_end > sent_start and text[before_end - 1].isspace():
            before_end -= 1
        s_start = sent_start + m.start("short")
        s_end = s_start + len(short)
        mention = ends.get(before_end)
        if mention is not None and mention.start < s_start and not (mention.start <= s_start < mention.end):
            long_text = text[mention.start:before_end]
            if _script(short) == _script(long_text):
                ok = schwartz_hearst_start(short, long_text) is not None
            else:
                ok = symbol_table.get(short.replace("-", "")) == mention.entity_id
            if ok or symbol_table.get(short.replace("-", "")) == mention.entity_id:
                out.append(Abbreviation(short, long_text, lang, mention.entity_id, source, s_start, s_end,
                                        mention.start, before_end))
                continue
        before = text[sent_start:before_end]
        st = schwartz_hearst_start(short, before) if _script(short) == _script(before[-40:]) else None
        if st is not None:
            long_text = before[st:]
            out.append(Abbreviation(short, long_text, lang, None, source, s_start, s_end,
                                    sent_start + st, before_end))
    return out
