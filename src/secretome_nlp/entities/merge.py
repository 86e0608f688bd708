"""Cross-lingual merge: all mentions of one id, in any language, become one entity object."""

from __future__ import annotations

from typing import Iterable, Mapping

from ..records.entities import Entity, Mention, entity_class
from .lexicon import Lexicon

__all__ = ["merge_mentions"]


def merge_mentions(lexicon: Lexicon, mentions: Iterable[tuple[str, Mention]],
                   unresolved: Mapping[str, tuple[str, str]] | None = None) -> tuple[Entity, ...]:
    """Group ``(entity_id, mention)`` pairs by id into typed entities.

    ``names`` lists the lexicon's names first, then surface forms seen in the text (each
    once, in order of appearance); entities come out in order of first mention.
    ``unresolved`` maps the ids of typed mentions that no source names to ``(type,
    symbol)``; they become entities with ``resolved=False``.
    """
    unresolved = unresolved or {}
    by_id: dict[str, list[Mention]] = {}
    for eid, m in mentions:
        by_id.setdefault(eid, []).append(m)
    out: list[Entity] = []
    for eid, ms in by_id.items():
        entry = lexicon.get(eid)
        ms = sorted(set(ms), key=lambda m: (m.source, m.start, m.end))
        if entry is None:
            if eid not in unresolved:  # pragma: no cover - ids come from the lexicon or the unresolved pass
                continue
            type_, symbol = unresolved[eid]
            surface: dict[str, list[str]] = {}
            for m in ms:
                bucket = surface.setdefault(m.lang if m.lang in ("ru", "en") else "en", [])
                if m.text not in bucket:
                    bucket.append(m.text)
            out.append(entity_class(type_)(
                id=eid, symbol=symbol, name=ms[0].text, names={k: tuple(v) for k, v in surface.items()},
                mentions=tuple(ms), resolved=False))
            continue
        names: dict[str, list[str]] = {"ru": list(entry.ru_names), "en": list(entry.en_names)}
        for m in ms:
            bucket = names.setdefault(m.lang if m.lang in ("ru", "en") else "en", [])
            if m.text not in bucket:
                bucket.append(m.text)
        cls = entity_class(entry.type)
        out.append(cls(
            id=eid, symbol=entry.symbol, name=entry.name,
            names={k: tuple(v) for k, v in names.items()}, xrefs=dict(entry.xrefs),
            generic=entry.generic, mentions=tuple(ms),
        ))
    out.sort(key=lambda e: (e.mentions[0].source, e.mentions[0].start) if e.mentions else (0, 0))
    return tuple(out)
