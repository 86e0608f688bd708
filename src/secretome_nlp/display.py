"""Rich display of core records in notebooks, without the core depending on the views.

``Article``, ``Entity``, ``Section`` and ``SectionPair`` define ``_repr_html_`` (the method
Jupyter calls) as :func:`html_of`. The views belong to the export layer, which the core must
not import; this bridge resolves them by name only when a notebook asks for HTML, so importing
the core never loads them and no core module has an import edge on ``export``.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["html_of"]

_VIEWS = "secretome_nlp.export.html"


def html_of(obj: Any) -> str:
    """The HTML view of a core record (what Jupyter shows when it is evaluated in a cell)."""
    render = getattr(importlib.import_module(_VIEWS), "render")
    return str(render(obj))
