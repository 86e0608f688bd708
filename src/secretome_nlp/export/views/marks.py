"""Entity highlights over a stretch of source text.

Mentions can nest («фактор роста эндотелия сосудов» holds «эндотелия») or, rarely, overlap.
HTML cannot show both as coloured runs, so the highlighter draws every mention that is not
nested in another one and lists the nested ones in its tooltip. Text is drawn from the
repaired view (no ``*in vitro*`` markup, no words broken across pages) while every highlight
still comes from a mention's source offsets, mapped through ``RepairedText.repaired_index``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..colours import entity_colour
from .theme import esc

if TYPE_CHECKING:  # pragma: no cover
    from ...article import Article
    from ...repair import RepairedText

__all__ = ["Mark", "outer_marks", "Highlighter"]


@dataclass
class Mark:
    """One highlighted run: the mentions exactly on ``[start, end)`` and those nested inside it."""

    source: int
    start: int
    end: int
    mentions: list[tuple[Any, Any]] = field(default_factory=list)  # (entity, mention)
    nested: list[tuple[Any, Any]] = field(default_factory=list)

    def title(self) -> str:
        """Tooltip: class, id and symbol of each mention here, cited references, nested mentions."""
        lines = []
        for entity, mention in self.mentions:
            cited = f" · cites [{', '.join(map(str, mention.citations))}]" if mention.citations else ""
            lines.append(f"{entity.label} · {entity.id} · {entity.symbol or entity.name}{cited}")
        for entity, mention in self.nested:
            lines.append(f"  inside: «{mention.text}» {entity.label} · {entity.id}")
        return "\n".join(lines)


def outer_marks(pairs: Iterable[tuple[Any, Any]]) -> list[Mark]:
    """Marks for ``(entity, mention)`` pairs: one per mention not nested in another, in text order.

    Mentions are taken by start, longest first; a mention ending at or before the furthest end
    seen so far on its source lies inside an earlier one (same span included) and joins it. A
    mention overlapping the previous one without being inside it gets a mark of its own
    (drawn from where the previous one ends).
    """
    marks: list[Mark] = []
    cover: dict[int, Mark] = {}  # per source: the mark reaching furthest right
    for entity, m in sorted(pairs, key=lambda p: (p[1].source, p[1].start, -p[1].end)):
        outer = cover.get(m.source)
        if outer is not None and m.end <= outer.end:
            same = (m.start, m.end) == (outer.start, outer.end)
            (outer.mentions if same else outer.nested).append((entity, m))
            continue
        mark = Mark(m.source, m.start, m.end, [(entity, m)])
        marks.append(mark)
        cover[m.source] = mark
    return marks


class Highlighter:
    """Draws stretches of an article's sources with its entity mentions highlighted."""

    def __init__(self, article: "Article", pairs: Iterable[tuple[Any, Any]] | None = None) -> None:
        self.article = article
        if pairs is None:
            pairs = ((e, m) for e in article.entities for m in e.mentions)
        self.marks = outer_marks(pairs)
        self._views: dict[int, "RepairedText"] = {}

    def view(self, source: int) -> "RepairedText":
        """The repaired view of ``source`` (built once per highlighter)."""
        if source not in self._views:
            self._views[source] = self.article.repaired_view(source)
        return self._views[source]

    def marks_in(self, source: int, start: int, end: int) -> Sequence[Mark]:
        """Marks lying inside ``[start, end)`` of ``source``."""
        return [k for k in self.marks if k.source == source and start <= k.start and k.end <= end]

    def html(self, source: int, start: int, end: int) -> str:
        """Escaped text of source span ``[start, end)`` with its marks as coloured ``<mark>`` runs."""
        view = self.view(source)
        text, at = view.text, view.repaired_index
        out, pos = [], at(start)
        stop = at(end)
        for k in self.marks_in(source, start, end):
            s, t = max(at(k.start), pos), at(k.end)
            out.append(esc(text[pos:s]))
            entity = k.mentions[0][0]
            out.append(f'<mark class="sn-ent" style="background:{esc(entity_colour(entity.label))}" '
                       f'data-label="{esc(entity.label)}" data-id="{esc(entity.id)}" '
                       f'title="{esc(k.title())}">{esc(text[s:t])}</mark>')
            pos = max(pos, t)
        out.append(esc(text[pos:stop]))
        return "".join(out)
