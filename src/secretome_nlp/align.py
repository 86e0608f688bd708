"""Pair Russian sections with their English counterparts and align sentences inside pairs.

Sections pair by kind, by nesting (the abstract's ВВЕДЕНИЕ pairs with the abstract's
INTRODUCTION, never with a body section) and by order. A merged heading pairs with each
counterpart it covers (``Результаты и заключение`` ↔ RESULTS, CONCLUSION).

Sentences align with a Gale–Church style dynamic programme over character lengths
(Russian runs ~10% longer than English), with a bonus for lexical anchors that survive
translation: numbers, Latin-script terms and abbreviations, citation markers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from .records.article import Section, SectionPair, SentenceGroup

Span = tuple[int, int]

#: Expected Russian/English length ratio in characters, and its variance per character.
RU_EN_RATIO = 1.1
_VARIANCE = 6.8
#: Bead types with their prior cost (-log probability), as in Gale & Church (1993).
_BEADS = {(1, 1): 0.0, (1, 2): 2.3, (2, 1): 2.3, (2, 2): 4.6, (1, 0): 4.6, (0, 1): 4.6}
_ANCHOR = re.compile(r"\d+(?:[.,]\d+)?|[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]|[A-Z]")
#: Section kinds that never pair (their counterpart is not a translation).
UNPAIRED_KINDS = frozenset({"references", "other"})


def _context(section: Section, by_id: dict[str, Section]) -> str | None:
    parent = by_id.get(section.parent) if section.parent else None
    return parent.kind if parent else None


def pair_sections(sections: Sequence[Section]) -> list[tuple[Section, Section, str]]:
    """``(ru, en, kind)`` for every Russian section that has an English counterpart."""
    by_id = {s.id: s for s in sections}
    ru = [s for s in sections if s.lang == "ru" and s.kind not in UNPAIRED_KINDS]
    en = [s for s in sections if s.lang == "en" and s.kind not in UNPAIRED_KINDS]
    used: set[tuple[str, str]] = set()  # (English section id, kind) already paired
    found: dict[tuple[str, str], list[str]] = {}
    order: list[tuple[Section, Section]] = []
    for r in ru:
        r_ctx = _context(r, by_id)
        for kind in r.covers or (r.kind,):
            match = next((e for e in en if (e.id, kind) not in used and kind in (e.covers or (e.kind,))
                          and _context(e, by_id) == r_ctx), None)
            if match is None:
                continue
            used.add((match.id, kind))
            key = (r.id, match.id)
            if key not in found:
                found[key] = []
                order.append((r, match))
            found[key].append(kind)
    return [(r, e, "+".join(found[(r.id, e.id)])) for r, e in order]


def length_score(ru_len: int, en_len: int) -> float:
    """How plausible it is that ``ru_len`` characters translate ``en_len`` (0..1)."""
    if ru_len == 0 or en_len == 0:
        return 0.0
    return math.exp(-abs(math.log(ru_len / (en_len * RU_EN_RATIO))))


def _anchors(text: str) -> set[str]:
    return {a.lower() for a in _ANCHOR.findall(text) if not a.isdigit() or len(a) < 5}


def _bead_cost(ru_text: str, en_text: str, kind: tuple[int, int]) -> float:
    prior = _BEADS[kind]
    lr, le = len(ru_text), len(en_text)
    if lr == 0 or le == 0:
        return prior + 3.0
    mean = (lr / RU_EN_RATIO + le) / 2
    delta = (lr / RU_EN_RATIO - le) / math.sqrt(_VARIANCE * mean)
    cost = prior + delta * delta / 2
    a, b = _anchors(ru_text), _anchors(en_text)
    if a or b:
        # Shared numbers and Latin terms are strong evidence; unmatched ones are weak evidence against.
        cost -= 2.0 * len(a & b) / max(1, len(a | b))
    return cost


def align_sentences(ru_text: str, ru: Sequence[Span], en_text: str, en: Sequence[Span]) -> list[SentenceGroup]:
    """Alignment beads between two sentence lists; spans index their own texts."""
    n, m = len(ru), len(en)
    if n == 0 or m == 0:
        return []
    INF = float("inf")
    cost = [[INF] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0

    def joined(text: str, spans: Sequence[Span], i: int, k: int) -> str:
        return text[spans[i][0]:spans[i + k - 1][1]] if k else ""

    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == INF:
                continue
            for (di, dj) in _BEADS:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                c = cost[i][j] + _bead_cost(joined(ru_text, ru, i, di), joined(en_text, en, j, dj), (di, dj))
                if c < cost[ni][nj]:
                    cost[ni][nj] = c
                    back[ni][nj] = (di, dj)
    groups: list[SentenceGroup] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj = step
        groups.append(SentenceGroup(tuple(ru[i - di:i]), tuple(en[j - dj:j])))
        i, j = i - di, j - dj
    groups.reverse()
    return groups


def make_pair(ru: Section, en: Section, kind: str, groups: Sequence[SentenceGroup]) -> SectionPair:
    """A :class:`SectionPair` scored by length plausibility and the share of 1–1 beads."""
    score = length_score(ru.end - ru.start, en.end - en.start)
    if groups:
        one_to_one = sum(1 for g in groups if len(g.ru) == 1 and len(g.en) == 1) / len(groups)
        score = 0.6 + 0.2 * score + 0.2 * one_to_one
    else:
        score = 0.6 + 0.4 * score
    return SectionPair(ru.id, en.id, kind, round(score, 4), tuple(groups))
