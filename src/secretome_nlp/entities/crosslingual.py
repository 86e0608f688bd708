"""Cross-lingual projection of mentions through aligned sentences (cognates).

A bilingual article says the same thing twice.  When an entity is found in an English
sentence and not in the Russian sentence aligned with it (or the reverse), the other
sentence often names it with a cognate the lexicon did not derive: *deltoid* /
«дельтовидной», *neuroepithelium* / «нейроэпителия», *cholinesterase* /
«холинэстеразы».  Such a word is found by its consonant skeleton — the consonants of the
word in a common Latin spelling (``c``/``к`` → ``k``, ``ph``/``ф`` → ``f``, ``х`` → ``k``,
doubled letters once, Russian ``-овидный`` read as ``-oid``) — which survives
transliteration and Russian case endings.  A name of several parts (*E-cadherin*,
*semaphorin 3A*, *alpha-fetoprotein*, *glutathione peroxidase*) is found as a run of
parts with the same codes in the same order (look-alike letters and spelled-out Greek
read alike) and cognate words, word by word or glued («глутатионпероксидазы»); a family
mention inside the run stays, nested («кадгерина» in «Е-кадгерина»).  The
projected mention gets the entity's id; only mentions of specific entities are projected,
only inside aligned sentence groups, and only onto words that are no mention yet.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence

from ..records.article import Sentence
from ..records.entities import Entity, Mention
from .normalize import to_latin
from .ru_names import GREEK_WORDS

__all__ = ["consonant_skeleton", "project_cognates", "AlignedGroup"]

#: (ru source, ru sentence spans, en source, en sentence spans) of one alignment bead.
AlignedGroup = tuple[int, Sequence[tuple[int, int]], int, Sequence[tuple[int, int]]]

_LATIN = [("ph", "f"), ("ch", "k"), ("th", "t"), ("sh", "s"), ("rh", "r"), ("kh", "k"), ("gh", "g"), ("qu", "kv"),
          ("ck", "k"), ("x", "ks"), ("q", "k"), ("w", "v"), ("z", "s"), ("j", "j")]
#: Latin c before e, i, y is Russian ц (cyto- → цито-), elsewhere к (secretion → секреция).
_SOFT_C = re.compile(r"c(?=[eiy])")
_CYRILLIC = str.maketrans({"б": "b", "в": "v", "г": "g", "д": "d", "ж": "j", "з": "s", "к": "k", "л": "l",
                           "м": "m", "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "k",
                           "ц": "s", "ч": "k", "ш": "s", "щ": "s"})
_WORD = re.compile(r"[^\W\d_]{5,}")


@functools.lru_cache(maxsize=65_536)
def consonant_skeleton(word: str) -> str:
    """The consonants of ``word`` in a common Latin spelling, doubled letters once."""
    w = word.lower()
    if re.search(r"[а-яё]", w):
        w = re.sub(r"[ое]видн", "оидн", w)  # -овидный is Russian for -oid (дельтовидный, сигмовидный)
        w = w.translate(_CYRILLIC)
    else:
        for a, b in _LATIN:
            w = w.replace(a, b)
        w = _SOFT_C.sub("s", w).replace("c", "k")
        w = w.replace("h", "g")  # a Latin h left alone is Russian г: hem- гем-, hepato- гепато-, cadherin кадгерин
    consonants = re.sub(r"[^bdfgjklmnprstv]", "", w)
    return re.sub(r"(.)\1+", r"\1", consonants)


def _cognate(a: str, b: str) -> bool:
    """Same consonant skeleton up to a case ending (one extra consonant: -ом, -ами)."""
    sa, sb = consonant_skeleton(a), consonant_skeleton(b)
    if len(sa) < 4 or len(sb) < 4:
        return False
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return long_.startswith(short) and len(long_) - len(short) <= 1


#: A part of a multi-word name: a run of letters and digits (``alpha``, ``3A``, ``α1``).
_PART = re.compile(r"[^\W_]+")
#: What may separate the parts of one name: nothing, a space or a hyphen.
_JOINER = re.compile(r"[ \-‐‑–]?")
@functools.lru_cache(maxsize=65_536)  # windows of the other sentence are tried for every name
def _signature(text: str, min_parts: int = 2) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Consonant skeletons of a name's words and its codes in order (``E-cadherin``:
    (``kdgrn``,), (``E``,)); ``None`` for names of fewer than ``min_parts`` parts or with too
    little to compare."""
    words: list[str] = []
    codes: list[str] = []
    for part in _PART.findall(text):
        low = part.lower()
        if low in GREEK_WORDS:
            codes.append(GREEK_WORDS[low])
        elif part.isalpha() and len(part) >= 3:
            words.append(consonant_skeleton(part))
        else:
            codes.append(to_latin(part).upper())  # look-alike letters read alike: Е-кадгерин, 3А
    if len(words) + len(codes) < min_parts or sum(map(len, words)) < 5 or any(len(w) < 2 for w in words):
        return None
    return tuple(words), tuple(codes)


def _same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Word skeletons that agree up to a case ending: word by word when the counts match, else
    glued (``глутатионпероксидазы`` = ``glutathione peroxidase``)."""
    if len(a) == len(b):
        return all(x.startswith(y) and len(x) - len(y) <= 1 or y.startswith(x) and len(y) - len(x) <= 1
                   for x, y in zip(a, b))
    x, y = "".join(a), "".join(b)
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return long_.startswith(short) and len(long_) - len(short) <= 1


def _phrase_counterpart(name: str, text: str, a: int, b: int, taken: "_Occupancy") -> tuple[int, int] | None:
    """The first run of parts in ``text[a:b]`` that spells the multi-part ``name`` in the other
    script: the same codes in the same order (``3A`` = «3А»), cognate words."""
    target = _signature(name)
    if target is None:
        return None
    n = len(_PART.findall(name))
    parts = list(_PART.finditer(text, a, b))
    for i, first in enumerate(parts):
        if taken.covers(first.start()):
            continue
        for j in range(i, min(len(parts), i + n + 1)):
            if j > i and (_JOINER.fullmatch(text, parts[j - 1].end(), parts[j].start()) is None
                          or taken.covers(parts[j].start())):
                break
            found = _signature(text[first.start():parts[j].end()], min_parts=1)
            if found is not None and found[1] == target[1] and _same_words(found[0], target[0]):
                return first.start(), parts[j].end()
    return None


#: Sections whose words are never mentions (as in the extractor): references, citation blocks.
_SKIPPED_SECTIONS = ("reference", "citation", "correspondence", "author_info")


def _propagate(added: dict[str, list[Mention]], texts: Sequence[str], sentences: Sequence[Sentence],
               strong: dict[int, "_Occupancy"], weak: dict[int, list[Mention]],
               occupied: dict[int, "_Occupancy"]) -> None:
    """One sense per article: a name projected once is the same entity wherever the article
    repeats it (in any case form), aligned or not. Adds to ``added``."""
    for eid, mentions in list(added.items()):
        for name in {(m.source, m.text): m for m in mentions}.values():
            multi = _signature(name.text) is not None
            for s in sentences:
                if s.source != name.source or any(k in s.section for k in _SKIPPED_SECTIONS):
                    continue
                text, pos = texts[s.source], s.start
                while pos < s.end:
                    if multi:
                        found = _phrase_counterpart(name.text, text, pos, s.end,
                                                    strong.setdefault(s.source, _Occupancy(())))
                    else:
                        found = _single_counterpart(name.text, text, pos, s.end,
                                                    occupied.setdefault(s.source, _Occupancy(())))
                    if found is None:
                        break
                    pos = found[1]
                    if not _takes(found, weak.get(s.source, ()), occupied[s.source]):
                        continue
                    mentions.append(Mention(s.source, found[0], found[1], text[found[0]:found[1]], s.lang,
                                            s.section, s.id))
                    occupied[s.source].add(*found)
                    strong[s.source].add(*found)


def _takes(run: tuple[int, int], families: Iterable[Mention], occupied: "_Occupancy") -> bool:
    """True when a projected name may take ``run``: every family mention it overlaps lies
    strictly inside it (and stays, nested), and no other mention covers any of its characters."""
    a, b = run
    inside = [w for w in families if w.start < b and a < w.end]
    if any(w.start < a or w.end > b or (w.start, w.end) == run for w in inside):
        return False
    return not any(occupied.covers(p) and not any(w.start <= p < w.end for w in inside) for p in range(a, b))


def _is_family(entity: Entity) -> bool:
    """A FamPlex family or complex: a longer, specific name may contain its mention."""
    return entity.id.startswith("FPLX:")


def _single_counterpart(word: str, text: str, a: int, b: int, taken: "_Occupancy") -> tuple[int, int] | None:
    """The first free word of ``text[a:b]`` that is a cognate of the one-word ``word``."""
    for w in _WORD.finditer(text, a, b):
        if not taken.covers(w.start()) and _cognate(word, w.group(0)):
            return w.start(), w.end()
    return None


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
    order = {id(m): k for k, (_, m) in enumerate(p for pairs in per_source.values() for p in pairs)}
    occupied = {src: _Occupancy((m.start, m.end) for _, m in pairs) for src, pairs in per_source.items()}
    # A family mention inside a longer name («кадгерина» in «Е-кадгерина») does not stop the
    # longer name's projection; it stays, nested in the member's mention (as the extractor
    # keeps a family word inside a member's name).
    strong = {src: _Occupancy((m.start, m.end) for e, m in pairs if not _is_family(e))
              for src, pairs in per_source.items()}
    weak = {src: [m for e, m in pairs if _is_family(e)] for src, pairs in per_source.items()}
    sentence_at = {(s.source, s.start): s for s in sentences}
    # mentions of each source by start, to take those of a group's sentences in log time
    by_start = {src: sorted(pairs, key=lambda p: p[1].start) for src, pairs in per_source.items()}
    starts = {src: [m.start for _, m in pairs] for src, pairs in by_start.items()}

    def within(src: int, spans: Sequence[tuple[int, int]]) -> list[tuple[Entity, Mention]]:
        """Mentions of ``src`` inside one of ``spans``, in text order."""
        out = []
        for a, b in spans:
            k = bisect.bisect_left(starts.get(src, []), a)
            for e, m in by_start.get(src, [])[k:]:
                if m.start >= b:
                    break
                if m.end <= b:
                    out.append((e, m))
        return out

    added: dict[str, list[Mention]] = {}
    for ru_src, ru_spans, en_src, en_spans in groups:
        sides = ((ru_src, ru_spans, en_src, en_spans), (en_src, en_spans, ru_src, ru_spans))
        for src, spans, other_src, other_spans in sides:
            # in the entities' order, as before: the first entity to claim a word keeps it
            here = sorted(((e, m) for e, m in within(src, spans)
                           if not e.generic and e.resolved
                           and (_WORD.fullmatch(m.text) or _signature(m.text) is not None)),
                          key=lambda p: order[id(p[1])])
            there_ids = {e.id for e, m in within(other_src, other_spans)}
            taken = occupied.setdefault(other_src, _Occupancy(()))
            for e, m in here:
                if e.id in there_ids:
                    continue
                text = texts[other_src]
                for a, b in other_spans:
                    if _WORD.fullmatch(m.text):
                        found = _single_counterpart(m.text, text, a, b, taken)
                    else:
                        found = _phrase_counterpart(m.text, text, a, b, strong.setdefault(other_src, _Occupancy(())))
                        if found is not None and not _takes(found, weak.get(other_src, ()), taken):
                            found = None  # crosses a family mention, or an added one
                    if found is None:
                        continue
                    start, end = found
                    sent = sentence_at.get((other_src, a))
                    lang = sent.lang if sent else ("ru" if re.search("[а-яё]", text[start:end], re.I) else "en")
                    added.setdefault(e.id, []).append(Mention(
                        other_src, start, end, text[start:end], lang,
                        sent.section if sent else "", sent.id if sent else ""))
                    taken.add(start, end)
                    strong.setdefault(other_src, _Occupancy(())).add(start, end)
                    there_ids.add(e.id)
                    break
    if not added:
        return list(entities)
    _propagate(added, texts, sentences, strong, weak, occupied)
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
