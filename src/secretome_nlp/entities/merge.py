"""Cross-lingual merge: all mentions of one id, in any language, become one entity object."""

from __future__ import annotations

from typing import Iterable

from ..records.entities import ENTITY_CLASSES, Entity, Mention
from .lexicon import Lexicon

__all__ = ["merge_mentions"]


def merge_mentions(lexicon: Lexicon, mentions: Iterable[tuple[str, Mention]]) -> tuple[Entity, ...]:
    """Group ``(entity_id, mention)`` pairs by id into typed entities.

    ``names`` lists the lexicon's names first, then surface forms seen in the text (each
    once, in order of appearance); entities come out in order of first mention.
    """
    by_id: dict[str, list[Mention]] = {}
    for eid, m in mentions:
        by_id.setdefault(eid, []).append(m)
    out: list[Entity] = []
    for eid, ms in by_id.items():
        entry = lexicon.get(eid)
        if entry is None:  # pragma: no cover - ids always come from the lexicon
            continue
        ms = sorted(set(ms), key=lambda m: (m.source, m.start, m.end))
        names: dict[str, list[str]] = {"ru": list(entry.ru_names), "en": list(entry.en_names)}
        for m in ms:
            bucket = names.setdefault(m.lang if m.lang in ("ru", "en") else "en", [])
            if m.text not in bucket:
                bucket.append(m.text)
        cls = ENTITY_CLASSES.get(entry.type, Entity)
        out.append(cls(
            id=eid, symbol=entry.symbol, name=entry.name,
            names={k: tuple(v) for k, v in names.items()}, xrefs=dict(entry.xrefs),
            generic=entry.generic, mentions=tuple(ms),
        ))
    out.sort(key=lambda e: (e.mentions[0].source, e.mentions[0].start) if e.mentions else (0, 0))
    return tuple(out)
