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


# A whitespace-delimited chunk whose razdel tokens are known without running razdel:
# one word of one script (razdel splits mixed-script words), or a bare number, with at
# most one opening and one closing mark that no razdel joining rule touches next to a
# word (no dashes, slashes, underscores; no "!" after "yahoo"). razdel never joins
# across whitespace, and its rules only look one atom past a split, so such a chunk's
# split does not depend on its neighbours: a letter word before "." or "," never joins
# (razdel joins those only between digits).
_SIMPLE = re.compile(r"(?P<open>[«(\[\"]?)(?P<word>[А-Яа-яЁё]+|[A-Za-z]+)(?P<close>[,;:.?»)\]\"]?)|[0-9]+")
_CHUNK = re.compile(r"\S+")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character spans of the tokens of ``text``.

    Punctuation marks are tokens too (callers drop them if they wish);
    whitespace is never part of a token.
    """
    return _merge(text, _razdel_spans(text))


def _razdel_spans(text: str) -> list[tuple[int, int]]:
    """razdel's token spans of ``text``, with razdel run only where the chunk is not simple.

    On unseen text razdel was a sixth of the parse; most chunks of prose are plain
    words, which are split here directly (tests check equality with razdel).
    """
    spans: list[tuple[int, int]] = []
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(text)]
    i, n = 0, len(chunks)
    while i < n:
        a, b = chunks[i]
        m = _SIMPLE.fullmatch(text, a, b)
        if m is not None:
            if m.group("word") is None:
                spans.append((a, b))
            else:
                if m.group("open"):
                    spans.append((a, a + 1))
                spans.append(m.span("word"))
                if m.group("close"):
                    spans.append((b - 1, b))
            i += 1
            continue
        j = i  # a run of chunks that need razdel: chunks[i..j]
        while j + 1 < n and _SIMPLE.fullmatch(text, *chunks[j + 1]) is None:
            j += 1
        # razdel sees one chunk of context on each side (its rules look one atom past a split).
        lo = chunks[i - 1][0] if i > 0 else chunks[i][0]
        hi = chunks[j + 1][1] if j + 1 < n else chunks[j][1]
        start, end = chunks[i][0], chunks[j][1]
        spans.extend((lo + t.start, lo + t.stop) for t in _razdel_tokenize(text[lo:hi])
                     if start <= lo + t.start and lo + t.stop <= end)
        i = j + 1
    return spans


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
