"""Word tokenisation for Russian/English biomedical text.

razdel does the heavy lifting; we then re-join the pieces it splits apart but
the field treats as one token: gene/cytokine names with hyphens, digits and
Greek letters (``TNF-α``, ``IL-1β``, ``ИЛ-6``, ``интерлейкина-6``,
``miR-29a``, ``CD63``). razdel already keeps decimals (``2,5``) together.
"""

from __future__ import annotations

import re

from razdel import tokenize as _razdel_tokenize

# A piece that may be glued to touching neighbours: letters, digits, Greek.
_CHARS = r"[0-9A-Za-zА-Яа-яЁёΑ-Ωα-ω]+"
# A razdel span that is a piece or already a hyphen compound (IL-1, miR-29);
# the hyphen is mandatory between repetitions, so matching stays linear.
_PIECE = re.compile(rf"{_CHARS}(?:[-‐‑]{_CHARS})*")
_HYPHENS = frozenset("-‐‑")
_DECIMAL_SEP = frozenset(",.")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character spans of the tokens of ``text``.

    Punctuation marks are tokens too (callers drop them if they wish);
    whitespace is never part of a token.
    """
    spans = [(t.start, t.stop) for t in _razdel_tokenize(text)]
    return _merge(text, spans)


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join runs of touching spans of the form piece ([-]? piece)* into one token.

    Works span by span (linear time); a hyphen is only absorbed when a
    touching piece follows it.
    """
    out: list[tuple[int, int]] = []
    n = len(spans)
    i = 0
    while i < n:
        start, end = spans[i]
        if not _PIECE.fullmatch(text, start, end):
            out.append((start, end))
            i += 1
            continue
        j = i  # index of the last span in the token
        while j + 1 < n and spans[j + 1][0] == spans[j][1]:
            nxt_start, nxt_end = spans[j + 1]
            piece = text[nxt_start:nxt_end]
            if _PIECE.fullmatch(piece):
                # "2" + "," + "5" is split by some razdel versions: decimals join too
                j += 1
            elif (piece in _HYPHENS or (piece in _DECIMAL_SEP and text[spans[j][0]:spans[j][1]].isdigit())) \
                    and j + 2 < n and spans[j + 2][0] == nxt_end \
                    and _PIECE.fullmatch(text, spans[j + 2][0], spans[j + 2][1]) \
                    and (piece in _HYPHENS or text[spans[j + 2][0]:spans[j + 2][1]].isdigit()):
                j += 2
            else:
                break
        out.append((start, spans[j][1]))
        i = j + 1
    return out
