"""One colour per entity class, for the HTML views, displaCy and plots.

Every colour lookup of the export layer goes through :func:`entity_colour`, so the map can be
pointed at a single entity-class registry without touching the views. Colours are light
backgrounds: highlighted text is always drawn dark on them, which keeps it readable in light
and dark themes alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

__all__ = ["entity_colour", "colour_map", "KNOWN_LABELS"]

# The classes of records/entities.py, in the order legends list them.
_COLOURS: dict[str, str] = {
    "Cytokine": "#fbb4ae", "Chemokine": "#f4a6c0", "Adipokine": "#f9c8b4", "GrowthFactor": "#ccebc5",
    "Enzyme": "#fed9a6", "ECMProtein": "#e5d8bd", "Receptor": "#decbe4", "VesicleMarker": "#b3cde3",
    "VesicleType": "#a6dcef", "Secretome": "#b8e6c9", "CellType": "#ffffcc", "Tissue": "#d9d9d9",
    "NucleicAcid": "#f2d0f9", "Entity": "#e0e0e0",
}

#: Labels with an assigned colour (legend order).
KNOWN_LABELS: tuple[str, ...] = tuple(_COLOURS)


def entity_colour(label: str) -> str:
    """The background colour (``#rrggbb``) of entity class ``label``.

    Unknown labels get a light colour derived from a hash of the label: stable across runs
    and processes (unlike ``hash()``), so a new class keeps its colour in every view.
    """
    known = _COLOURS.get(label)
    if known is not None:
        return known
    digest = hashlib.sha256(label.encode("utf-8")).digest()
    # light pastel: each channel in 0xb0..0xef, so dark text stays readable on it
    return "#" + "".join(f"{0xb0 + b % 0x40:02x}" for b in digest[:3])


def colour_map(labels: Iterable[str] | None = None) -> dict[str, str]:
    """``{label: colour}`` for ``labels`` (default: every known class), e.g. for displaCy's ``colors``."""
    return {label: entity_colour(label) for label in (KNOWN_LABELS if labels is None else labels)}
