"""One colour per entity class, for the HTML views, displaCy and plots.

Every colour lookup of the export layer goes through :func:`entity_colour`, which reads the
entity-type registry (``records/entities.py``: each class is registered with its colour). Colours are light
backgrounds: highlighted text is always drawn dark on them, which keeps it readable in light
and dark themes alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

__all__ = ["entity_colour", "colour_map", "KNOWN_LABELS"]

def _registered() -> dict[str, str]:
    """Label → colour of every registered entity class (the one registry, in its order)."""
    from ..records.entities import ENTITY_TYPES

    return {label: t.colour for label, t in ENTITY_TYPES.items()}


#: Labels with an assigned colour (legend order: the registry's).
KNOWN_LABELS: tuple[str, ...] = tuple(_registered())


def entity_colour(label: str) -> str:
    """The background colour (``#rrggbb``) of entity class ``label``.

    Unknown labels get a light colour derived from a hash of the label: stable across runs
    and processes (unlike ``hash()``), so a new class keeps its colour in every view.
    """
    known = _registered().get(label)
    if known is not None:
        return known
    digest = hashlib.sha256(label.encode("utf-8")).digest()
    # light pastel: each channel in 0xb0..0xef, so dark text stays readable on it
    return "#" + "".join(f"{0xb0 + b % 0x40:02x}" for b in digest[:3])


def colour_map(labels: Iterable[str] | None = None) -> dict[str, str]:
    """``{label: colour}`` for ``labels`` (default: every known class), e.g. for displaCy's ``colors``."""
    return {label: entity_colour(label) for label in (KNOWN_LABELS if labels is None else labels)}
