"""The coverage record: where every character of a source went (issue #13)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Span = tuple[int, int]

#: The places a character can be in, in report order.
PLACES = ("prose", "structured", "unassigned")


@dataclass(frozen=True)
class SourceCoverage:
    """How the non-white-space characters of one source were used.

    ``prose``: inside a prose section and analysed (a sentence or the section's heading);
    ``structured``: inside a metadata section or a parsed reference-list entry;
    ``unassigned``: everything else — text in no section, or text of a prose section or a
    reference list that no sentence or entry covers. ``prose + structured + unassigned ==
    total``. ``unassigned_spans`` locate the unassigned text (source offsets, largest first).
    """

    source: int
    total: int
    prose: int
    structured: int
    unassigned: int
    unassigned_spans: tuple[Span, ...] = ()

    def chars(self, place: str) -> int:
        """Characters in ``place`` (one of :data:`PLACES`)."""
        if place not in PLACES:
            raise KeyError(place)
        return int(getattr(self, place))

    def share(self, place: str) -> float:
        """Share of the source's characters in ``place`` (0 for an empty source)."""
        return self.chars(place) / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "total": self.total,
            "chars": {p: self.chars(p) for p in PLACES},
            "share": {p: round(self.share(p), 4) for p in PLACES},
            "unassigned_spans": [list(s) for s in self.unassigned_spans],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "SourceCoverage":
        chars = d.get("chars", {})
        return cls(int(d["source"]), int(d["total"]), int(chars.get("prose", 0)),
                   int(chars.get("structured", 0)), int(chars.get("unassigned", 0)),
                   tuple((int(a), int(b)) for a, b in d.get("unassigned_spans", ())))
