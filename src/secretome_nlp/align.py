"""Pair Russian sections with their English counterparts and align sentences inside pairs.

Sections pair by kind, by nesting (the abstract's ВВЕДЕНИЕ pairs with the abstract's
INTRODUCTION, never with a body section) and by order. A merged heading pairs with each
counterpart it covers (``Результаты и заключение`` ↔ RESULTS, CONCLUSION).

Sentences align with a Gale–Church style dynamic programme over character lengths
(the expected ratio is the two texts' own), with a bonus for lexical anchors that survive
translation: numbers, Latin-script terms and abbreviations, citation markers.

:func:`align_article` aligns each group of pairs that share a section together (a merged
``Результаты и заключение`` against RESULTS then CONCLUSION), and when prose sections of
both languages are left unpaired between the same pairs (a heading one half lacks), it
aligns them at document level instead of giving up: one ``document`` pair per such gap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .headings import ABSTRACT_PARTS
from .records.article import Section, SectionPair, SentenceGroup

Span = tuple[int, int]

#: Expected Russian/English length ratio in characters, and its variance per character.
RU_EN_RATIO = 1.1
_VARIANCE = 6.8
#: Bead types with their prior cost (-log probability), as in Gale & Church (1993), plus 1-3
#: and 3-1: Russian abstracts often pack into one sentence what the English splits in three.
_BEADS = {(1, 1): 0.0, (1, 2): 2.3, (2, 1): 2.3, (2, 2): 4.6, (1, 3): 4.6, (3, 1): 4.6, (1, 0): 4.0, (0, 1): 4.0}
#: Cost of each number found on one side of a bead only (up to three).
_UNMATCHED_NUMBER = 0.8
#: Section kinds that never pair (their counterpart is not a translation).
UNPAIRED_KINDS = frozenset({"references", "other"})
#: Kinds whose unpaired sections take part in the document-level alignment (abstract prose).
DOCUMENT_KINDS = ABSTRACT_PARTS | {"abstract", "other"}
#: The kind of a pair made by the document-level alignment.
DOCUMENT_PAIR = "document"


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


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]|[A-Z]")
_CITATION = re.compile(r"\[\d+(?:[,–-]\s*\d+)*\]")


@dataclass(frozen=True)
class _Features:
    """What the cost of a bead needs from one sentence, computed once."""

    length: int
    numbers: frozenset[str]   # 0,2 and 0.2 alike
    latin: frozenset[str]     # Latin-script words, lower case (terms and symbols in Russian text)


def _features(text: str) -> _Features:
    numbers = frozenset(n.replace(",", ".").rstrip(".") for n in _NUMBER.findall(text))
    cites = frozenset(_CITATION.findall(text))
    return _Features(len(text), numbers | cites, frozenset(w.lower() for w in _LATIN.findall(text)))


def _merged(features: Sequence[_Features]) -> _Features:
    """The features of several consecutive sentences taken as one."""
    if len(features) == 1:
        return features[0]
    return _Features(sum(f.length for f in features), frozenset().union(*(f.numbers for f in features)),
                     frozenset().union(*(f.latin for f in features)))


def _anchor_cost(ru: _Features, en: _Features) -> float:
    """Evidence of the anchors, as a cost: negative when the two sides share them.

    Numbers and citation markers count on both sides; Latin words count from the Russian
    side (terms, gene symbols, abbreviations kept in Latin script), since every English
    word is Latin. Shared anchors are strong evidence; anchors on one side only are weak
    evidence against, except numbers: a number that only one side has is a sentence the
    bead should not have taken in.
    """
    if not ru.numbers and not en.numbers and not ru.latin:
        return 0.0
    shared = len(ru.numbers & en.numbers) + len(ru.latin & en.latin)
    score = shared / (len(ru.numbers | en.numbers) + len(ru.latin))
    cost = 1.0 - 3.0 * score
    if ru.numbers and en.numbers:
        cost += min(3, len(ru.numbers ^ en.numbers)) * _UNMATCHED_NUMBER
    return cost


def _length_cost(lr: int, le: int, ratio: float) -> float:
    """Gale & Church's length term: how far the lengths are from a translation's."""
    mean = (lr / ratio + le) / 2
    delta = (lr / ratio - le) / math.sqrt(_VARIANCE * mean)
    # −log of the two-tailed probability of a deviation this large, as Gale & Church.
    return -math.log(max(math.erfc(abs(delta) / math.sqrt(2)), 1e-12))


def align_sentences(ru_text: str, ru: Sequence[Span], en_text: str, en: Sequence[Span]) -> list[SentenceGroup]:
    """Alignment beads between two sentence lists; spans index their own texts.

    A dynamic programme over 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0 and 0-1 beads, so that a sentence
    with no counterpart costs one 1-0 bead and the rest stays aligned. The expected
    length ratio is that of the two texts (clamped to 0.7–1.6), not a constant, refined
    from the 1-1 beads of a first pass.
    """
    n, m = len(ru), len(en)
    if n == 0 or m == 0:
        return []
    rf = [_features(ru_text[a:b]) for a, b in ru]
    ef = [_features(en_text[a:b]) for a, b in en]
    # Features of every run of up to three sentences, and the anchor cost of every bead,
    # computed once for both passes.
    ru_runs = {(i, k): _merged(rf[i:i + k]) for k in (1, 2, 3) for i in range(n - k + 1)}
    en_runs = {(j, k): _merged(ef[j:j + k]) for k in (1, 2, 3) for j in range(m - k + 1)}
    anchors: dict[tuple[int, int, int, int], float] = {}

    def bead_cost(i: int, di: int, j: int, dj: int, ratio: float) -> float:
        """−log probability of a bead: its prior, its length mismatch, its anchors (Gale & Church 1993)."""
        prior = _BEADS[(di, dj)]
        if not di or not dj:
            return prior
        r, e = ru_runs[(i, di)], en_runs[(j, dj)]
        key = (i, di, j, dj)
        if key not in anchors:
            anchors[key] = _anchor_cost(r, e)
        return prior + _length_cost(r.length, e.length, ratio) + anchors[key]

    total_ru, total_en = sum(f.length for f in rf), sum(f.length for f in ef)
    ratio = min(1.6, max(0.7, total_ru / total_en)) if total_en else RU_EN_RATIO
    beads = _best_beads(n, m, lambda i, di, j, dj: bead_cost(i, di, j, dj, ratio))
    # A sentence missing from one side biases the ratio of the totals: re-estimate it from
    # the 1-1 beads and align again when it moved towards the usual ratio.
    one_ru = one_en = 0
    i = j = 0
    for di, dj in beads:
        if di == dj == 1:
            one_ru, one_en = one_ru + rf[i].length, one_en + ef[j].length
        i, j = i + di, j + dj
    if one_en and one_ru:
        refined = min(1.6, max(0.7, one_ru / one_en))
        # Only towards the usual ratio: 1-1 beads that hide an omission push it away.
        if abs(math.log(refined / ratio)) > 0.05 and \
                abs(math.log(refined / RU_EN_RATIO)) < abs(math.log(ratio / RU_EN_RATIO)):
            beads = _best_beads(n, m, lambda i, di, j, dj: bead_cost(i, di, j, dj, refined))
    groups: list[SentenceGroup] = []
    i = j = 0
    for di, dj in beads:
        groups.append(SentenceGroup(tuple(ru[i:i + di]), tuple(en[j:j + dj])))
        i, j = i + di, j + dj
    return groups


def _best_beads(n: int, m: int, cost_of: Callable[[int, int, int, int], float]) -> list[tuple[int, int]]:
    """The cheapest sequence of beads (dynamic programme over the bead types)."""
    INF = float("inf")
    cost = [[INF] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == INF:
                continue
            for (di, dj) in _BEADS:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                c = here + cost_of(i, di, j, dj)
                if c < cost[ni][nj]:
                    cost[ni][nj] = c
                    back[ni][nj] = (di, dj)
    beads: list[tuple[int, int]] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        beads.append(step)
        i, j = i - step[0], j - step[1]
    beads.reverse()
    return beads


def make_pair(ru: Section, en: Section, kind: str, groups: Sequence[SentenceGroup]) -> SectionPair:
    """A :class:`SectionPair` scored by length plausibility and the share of 1–1 beads."""
    score = length_score(ru.end - ru.start, en.end - en.start)
    if groups:
        one_to_one = sum(1 for g in groups if len(g.ru) == 1 and len(g.en) == 1) / len(groups)
        score = 0.6 + 0.2 * score + 0.2 * one_to_one
    else:
        score = 0.6 + 0.4 * score
    return SectionPair(ru.id, en.id, kind, round(score, 4), tuple(groups))


def _components(pairs: Sequence[tuple[Section, Section, str]]) -> list[list[int]]:
    """Indices of pairs grouped by shared sections (a merged heading links its pairs)."""
    parent = list(range(len(pairs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, (r, e, _kind) in enumerate(pairs):
        for sid in (r.id, e.id):
            if sid in first:
                parent[find(i)] = find(first[sid])
            else:
                first[sid] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(pairs)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _align_sections(ru_secs: Sequence[Section], en_secs: Sequence[Section],
                    sentences: Mapping[str, Sequence[Span]], texts: Sequence[str]) -> list[tuple[str, str, SentenceGroup]]:
    """Align the sentences of several sections as one text; each group with its owners' ids."""
    ru_spans = [(sp, s.id) for s in ru_secs for sp in sentences.get(s.id, ())]
    en_spans = [(sp, s.id) for s in en_secs for sp in sentences.get(s.id, ())]
    if not ru_spans or not en_spans:
        return []
    owner = {sp: sid for sp, sid in ru_spans}
    en_owner = {sp: sid for sp, sid in en_spans}
    groups = align_sentences(texts[ru_secs[0].source], [sp for sp, _ in ru_spans],
                             texts[en_secs[0].source], [sp for sp, _ in en_spans])
    return [(owner[g.ru[0]] if g.ru else "", en_owner[g.en[0]] if g.en else "", g) for g in groups]


def align_article(sections: Sequence[Section], sentences: Mapping[str, Sequence[Span]],
                  texts: Sequence[str]) -> list[SectionPair]:
    """Section pairs with their sentence alignment, plus document-level pairs for what is left.

    ``sentences`` maps a section id to its sentence spans (in order, indexing
    ``texts[section.source]``). Pairs that share a section (a merged heading) are aligned
    as one text. Unpaired prose sections lying between the same pairs in both halves are
    aligned together as a ``document`` pair. An unpaired prose section with nothing
    opposite it (its counterpart's heading is missing, so its text sits in the previous
    section of the other half) joins the alignment of the pair just before it (or just
    after it, before the first pair), whose groups then include its sentences.
    """
    pairs = pair_sections(sections)
    components = _components(pairs)
    sides: list[tuple[list[Section], list[Section]]] = []
    for component in components:
        ru_secs = sorted({pairs[i][0].id: pairs[i][0] for i in component}.values(), key=lambda s: s.start)
        en_secs = sorted({pairs[i][1].id: pairs[i][1] for i in component}.values(), key=lambda s: s.start)
        sides.append((ru_secs, en_secs))
    document: list[tuple[list[Section], list[Section]]] = []
    for gap_ru, gap_en, before, after in _gaps(sections, sides, sentences):
        if gap_ru and gap_en:
            document.append((gap_ru, gap_en))
            continue
        for side, extra in ((0, gap_ru), (1, gap_en)):
            if not extra:
                continue
            if (before is not None and _follows(sections, sides[before][side][-1], extra[0])
                    and _fits_better(sides[before], side, extra, sentences)):
                sides[before][side].extend(extra)
            elif (after is not None and _follows(sections, extra[-1], sides[after][side][0])
                  and _fits_better(sides[after], side, extra, sentences)):
                sides[after][side][:0] = extra  # text before the first heading of one half
    groups: dict[int, list[SentenceGroup]] = {i: [] for i in range(len(pairs))}
    for component, (ru_secs, en_secs) in zip(components, sides):
        if len({s.source for s in ru_secs}) > 1 or len({s.source for s in en_secs}) > 1:
            continue
        by_ids = {(pairs[i][0].id, pairs[i][1].id): i for i in component}
        for ru_id, en_id, g in _align_sections(ru_secs, en_secs, sentences, texts):
            # A group goes to the pair of its sections, else to a pair of either one, else
            # to the component's last pair (sentences of a joined unpaired section).
            target = by_ids.get((ru_id, en_id))
            if target is None:
                target = next((i for i in component if pairs[i][0].id == ru_id or pairs[i][1].id == en_id),
                              component[-1])
            groups[target].append(g)
    out = [make_pair(r, e, kind, groups[i]) for i, (r, e, kind) in enumerate(pairs)]
    for ru_secs, en_secs in document:
        aligned = [g for _r, _e, g in _align_sections(ru_secs, en_secs, sentences, texts)]
        out.append(make_pair(ru_secs[0], en_secs[0], DOCUMENT_PAIR, aligned))
    return out


def _fits_better(component: tuple[list[Section], list[Section]], side: int, extra: Sequence[Section],
                 sentences: Mapping[str, Sequence[Span]]) -> bool:
    """True when adding ``extra`` to one side brings the component's length ratio closer to a translation's.

    This is what tells a heading missing from the other half (its text is there, inside the
    previous section) from text that has no counterpart at all (a Russian-only body).
    """
    def chars(secs: Sequence[Section]) -> int:
        return sum(b - a for s in secs for a, b in sentences.get(s.id, ()))

    ru, en = chars(component[0]), chars(component[1])
    if not ru or not en:
        return False
    added = chars(extra)
    before = abs(math.log(ru / (en * RU_EN_RATIO)))
    after = abs(math.log((ru + added) / (en * RU_EN_RATIO))) if side == 0 else \
        abs(math.log(ru / ((en + added) * RU_EN_RATIO)))
    return after < before


def _follows(sections: Sequence[Section], before: Section, section: Section) -> bool:
    """True when ``section`` comes right after ``before`` in its source (a sibling, same language)."""
    same = [s for s in sections if s.source == section.source and s.level == section.level]
    i = next((k for k, s in enumerate(same) if s.id == section.id), 0)
    return i > 0 and same[i - 1].id == before.id and before.lang == section.lang


def _gaps(sections: Sequence[Section], sides: Sequence[tuple[list[Section], list[Section]]],
          sentences: Mapping[str, Sequence[Span]]
          ) -> list[tuple[list[Section], list[Section], int | None, int | None]]:
    """Unpaired prose sections grouped by the gap between paired sections they fall in.

    Returns ``(russian, english, component just before, component just after)``; nothing
    when the pairs do not stand in the same order in both halves (gaps could not be matched).
    """
    paired = {s.id for ru_secs, en_secs in sides for s in ru_secs + en_secs}
    marks = [((ru[0].source, ru[0].start), (en[0].source, en[0].start)) for ru, en in sides]
    order = sorted(range(len(marks)), key=lambda k: marks[k][0])
    if any(marks[a][1] > marks[b][1] for a, b in zip(order, order[1:])):
        return []
    gaps: dict[int, tuple[list[Section], list[Section]]] = {}
    for s in sections:
        if s.id in paired or s.kind not in DOCUMENT_KINDS or s.lang not in ("ru", "en") or not sentences.get(s.id):
            continue
        side = 0 if s.lang == "ru" else 1
        gap = sum(1 for k in order if marks[k][side] < (s.source, s.start))
        gaps.setdefault(gap, ([], []))[side].append(s)
    out = []
    for gap in sorted(gaps):
        ru_secs, en_secs = (sorted(x, key=lambda s: s.start) for x in gaps[gap])
        if len({s.source for s in ru_secs}) > 1 or len({s.source for s in en_secs}) > 1:
            continue
        out.append((ru_secs, en_secs, order[gap - 1] if gap else None, order[gap] if gap < len(order) else None))
    return out
