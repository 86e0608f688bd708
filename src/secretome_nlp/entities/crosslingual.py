"""Cross-lingual projection of one-word mentions through aligned sentences (cognates).

A bilingual article says the same thing twice.  When an entity is found in an English
sentence and not in the Russian sentence aligned with it (or the reverse), the other
sentence often names it with a cognate the lexicon did not derive: *deltoid* /
«дельтовидной», *neuroepithelium* / «нейроэпителия», *cholinesterase* /
«холинэстеразы».  Such a word is found by its consonant skeleton — the consonants of the
word in a common Latin spelling (``c``/``к`` → ``k``, ``ph``/``ф`` → ``f``, ``х`` → ``k``,
doubled letters once, Russian ``-овидный`` read as ``-oid``) — which survives
transliteration and Russian case endings.  The
projected mention gets the entity's id; only one-word mentions of specific entities are
projected, only inside aligned sentence groups, and only onto words that are no mention yet.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Sequence

from ..records.article import Sentence
from ..records.entities import Entity, Mention

__all__ = ["consonant_skeleton", "project_cognates", "AlignedGroup"]

#: (ru source, ru sentence spans, en source, en sentence spans) of one alignment bead.
AlignedGroup = tuple[int, Sequence[tuple[int, int]], int, Sequence[tuple[int, int]]]

_LATIN = [("ph", "f"), ("ch", "k"), ("th", "t"), ("qu", "kv"), ("ck", "k"), ("x", "ks"), ("c", "k"), ("q", "k"),
          ("w", "v"), ("z", "s"), ("j", "j")]
_CYRILLIC = str.maketrans({"б": "b", "в": "v", "г": "g", "д": "d", "ж": "j", "з": "s", "к": "k", "л": "l",
                           "м": "m", "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "k",
                           "ц": "s", "ч": "k", "ш": "s", "щ": "s"})
_WORD = re.compile(r"[^\W\d_]{5,}")


def consonant_skeleton(word: str) -> str:
    """The consonants of ``word`` in a common Latin spelling, doubled letters once."""
    w = word.lower()
    if re.search(r"[а-яё]", w):
        w = re.sub(r"[ое]видн", "оидн", w)  # -овидный is Russian for -oid (дельтовидный, сигмовидный)
        w = w.translate(_CYRILLIC)
    else:
        for a, b in _LATIN:
            w = w.replace(a, b)
        w = w.replace("h", "")  # Latin h has no Russian consonant (hem- → гем- is g, rare)
    consonants = re.sub(r"[^bdfgjklmnprstv]", "", w)
    return re.sub(r"(.)\1+", r"\1", consonants)


def _cognate(a: str, b: str) -> bool:
    """Same consonant skeleton up to a case ending (one extra consonant: -ом, -ами)."""
    sa, sb = consonant_skeleton(a), consonant_skeleton(b)
    if len(sa) < 4 or len(sb) < 4:
        return False
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return long_.startswith(short) and len(long_) - len(short) <= 1


class _Occupancy:
    """The character ranges of one source that mentions already cover (``covers`` in log time)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._max_end: list[int] = []  # the furthest end among spans[0..i]: nested spans need it
        for _, b in self._spans:
            self._max_end.append(max(b, self._max_end[-1]) if self._max_end else b)
        self._extra: list[tuple[int, int]] = []  # projected in this pass (few)

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return (i >= 0 and self._max_end[i] > pos) or any(a <= pos < b for a, b in self._extra)

    def add(self, start: int, end: int) -> None:
        self._extra.append((start, end))


def project_cognates(entities: Sequence[Entity], texts: Sequence[str], sentences: Sequence[Sentence],
                     groups: Sequence[AlignedGroup]) -> list[Entity]:
    """Entities with mentions projected onto cognates in aligned sentences (see module doc)."""
    # mentions of each source, in the entities' order (the first entity to claim a word keeps it)
    per_source: dict[int, list[tuple[Entity, Mention]]] = {}
    for e in entities:
        for m in e.mentions:
            per_source.setdefault(m.source, []).append((e, m))
    occupied = {src: _Occupancy((m.start, m.end) for _, m in pairs) for src, pairs in per_source.items()}
    sentence_at = {(s.source, s.start): s for s in sentences}
    added: dict[str, list[Mention]] = {}
    for ru_src, ru_spans, en_src, en_spans in groups:
        sides = ((ru_src, ru_spans, en_src, en_spans), (en_src, en_spans, ru_src, ru_spans))
        for src, spans, other_src, other_spans in sides:
            here = [(e, m) for e, m in per_source.get(src, ())
                    if not e.generic and e.resolved and any(a <= m.start and m.end <= b for a, b in spans)
                    and _WORD.fullmatch(m.text)]
            there_ids = {e.id for e, m in per_source.get(other_src, ())
                         if any(a <= m.start and m.end <= b for a, b in other_spans)}
            taken = occupied.setdefault(other_src, _Occupancy(()))
            for e, m in here:
                if e.id in there_ids:
                    continue
                for a, b in other_spans:
                    for w in _WORD.finditer(texts[other_src], a, b):
                        if taken.covers(w.start()):
                            continue
                        if _cognate(m.text, w.group(0)):
                            sent = sentence_at.get((other_src, a))
                            lang = sent.lang if sent else ("ru" if re.search("[а-яё]", w.group(0), re.I) else "en")
                            added.setdefault(e.id, []).append(Mention(
                                other_src, w.start(), w.end(), w.group(0), lang,
                                sent.section if sent else "", sent.id if sent else ""))
                            taken.add(w.start(), w.end())
                            there_ids.add(e.id)
                            break
                    if e.id in there_ids:
                        break
    if not added:
        return list(entities)
    out = []
    for e in entities:
        extra = added.get(e.id)
        if extra:
            mentions = tuple(sorted((*e.mentions, *extra), key=lambda m: (m.source, m.start, m.end)))
            names = {k: tuple(v) for k, v in e.names.items()}
            for m in extra:
                if m.text not in names.get(m.lang, ()):
                    names[m.lang] = (*names.get(m.lang, ()), m.text)
            e = dataclasses.replace(e, mentions=mentions, names=names)
        out.append(e)
    return out
