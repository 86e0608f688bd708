"""The views' stylesheet and small HTML helpers shared by every view.

One ``<style>`` block scoped to ``.sn-root``: colours are CSS variables with a light default,
switched to dark by ``prefers-color-scheme: dark`` and by the dark themes of JupyterLab (which
sets ``data-jp-theme-light="false"`` on ``<body>``) and VS Code (``body.vscode-dark``), whatever
the OS prefers. Entity highlights keep
dark text on their light class colour, so they read the same on either background.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from ..colours import entity_colour

_DARK = "--sn-fg:#e8e8e8;--sn-bg:#1e1e1e;--sn-muted:#a8a8a8;--sn-border:#4a4a4a;--sn-panel:#2a2a2a;"

CSS = (
    "<style>"
    ".sn-root{--sn-fg:#1b1b1b;--sn-bg:#ffffff;--sn-muted:#5a5a5a;--sn-border:#d4d4d4;--sn-panel:#f5f5f5;"
    "color:var(--sn-fg);background:var(--sn-bg);font-family:system-ui,-apple-system,'Segoe UI',sans-serif;"
    "font-size:14px;line-height:1.5;padding:.6em .8em;max-width:100%}"
    f"@media (prefers-color-scheme:dark){{.sn-root{{{_DARK}}}}}"
    f"[data-jp-theme-light=false] .sn-root,.vscode-dark .sn-root{{{_DARK}}}"
    ".sn-root h3{margin:.2em 0 .4em;font-size:1.15em}"
    ".sn-root h4{margin:.1em 0;font-size:.95em;color:var(--sn-muted);font-weight:600}"
    ".sn-root table{border-collapse:collapse;margin:.3em 0}"
    ".sn-root td,.sn-root th{padding:.15em .8em .15em 0;vertical-align:top;text-align:left;"
    "border-bottom:1px solid var(--sn-border)}"
    ".sn-text{white-space:pre-wrap;overflow-wrap:anywhere}"
    ".sn-pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.2em}"
    ".sn-sec{border-left:3px solid var(--sn-border);margin:.35em 0;padding:.1em 0 .1em .6em}"
    ".sn-sec>summary{cursor:pointer;color:var(--sn-muted);font-weight:600}"
    ".sn-sec>summary small,.sn-muted{color:var(--sn-muted);font-weight:normal}"
    ".sn-ent{color:#111;border-radius:3px;padding:0 2px;box-decoration-break:clone}"
    ".sn-legend{display:flex;flex-wrap:wrap;gap:.3em .9em;margin:.3em 0 .6em;padding:.3em .5em;"
    "background:var(--sn-panel);border-radius:4px}"
    ".sn-swatch{display:inline-block;color:#111;border-radius:3px;padding:0 .35em;margin-right:.25em}"
    ".sn-refs li{margin:.15em 0}"
    "</style>"
)


def esc(value: object) -> str:
    """``value`` as HTML text or attribute value (quotes escaped too)."""
    return html.escape("" if value is None else str(value), quote=True)


def swatch(label: str, text: str | None = None) -> str:
    """A class-coloured chip showing ``text`` (default: the label)."""
    return (f'<span class="sn-swatch" style="background:{esc(entity_colour(label))}">'
            f"{esc(label if text is None else text)}</span>")


def legend(counts: Iterable[tuple[str, int, int]]) -> str:
    """The legend of entity classes: ``(label, n entities, n mentions)`` rows, as chips."""
    items = [f"<span>{swatch(label)}<span class='sn-muted'>{n_ent} entities, {n_men} mentions</span></span>"
             for label, n_ent, n_men in counts]
    if not items:
        return "<div class='sn-legend sn-muted'>No entities.</div>"
    return ("<div class='sn-legend'><b>Entity classes</b>" + "".join(items)
            + "<span class='sn-muted'>(hover a highlight: class, id, cited references)</span></div>")


def page(body: str, title: str) -> str:
    """A standalone HTML document around a view.

    Its Content-Security-Policy forbids scripts and every network request (inline styles
    only), so a saved view cannot run or fetch anything even if a bug let markup through.
    """
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            "<meta name='color-scheme' content='light dark'>"
            f"<title>{esc(title)}</title></head><body style='margin:0'>{body}</body></html>")
