"""Notebook views: an Article's RU↔EN pairs side by side, entities highlighted.

``secretome_nlp.view(article)`` returns an object that Jupyter renders as HTML; ``to_html``
gives the same page as a string to save. Everything is escaped; no scripts, no network.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..article import Article
    from ..records.article import Section
    from ..repair import RepairedText

_COLOURS = {
    "Cytokine": "#fde2e1", "Chemokine": "#fcd5ce", "Adipokine": "#fae1dd", "GrowthFactor": "#e2f0cb",
    "Enzyme": "#ffe5b4", "ECMProtein": "#f1e3d3", "Receptor": "#e8dff5", "VesicleMarker": "#d7e3fc",
    "VesicleType": "#cde8f6", "Secretome": "#d0f4de", "CellType": "#fff1c1", "Tissue": "#e4e4e4",
    "NucleicAcid": "#f0d9ff",
}
_STYLE = ("<style>.sn-pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;margin:.4em 0}"
          ".sn-pair h4{margin:.2em 0;font-size:90%;color:#555}.sn-ent{border-radius:3px;padding:0 2px}"
          ".sn-meta td{padding:0 1em 0 0;vertical-align:top}</style>")


def _highlight(article: "Article", view: "RepairedText", source: int, start: int, end: int) -> str:
    """The repaired text of source span ``[start, end)``, entity mentions in coloured spans.

    Readers see the text without extraction damage (no ``*in vitro*``, no broken words);
    every highlighted span still comes from a mention's source offsets.
    """
    text = view.text
    r_start, r_end = view.repaired_index(start), view.repaired_index(end)
    spans = sorted((view.repaired_index(m.start), view.repaired_index(m.end), e) for e in article.entities
                   for m in e.mentions if m.source == source and start <= m.start and m.end <= end)
    out, pos = [], r_start
    for s, t, entity in spans:
        if s < pos:
            continue  # nested mention: the outer one is shown
        out.append(html.escape(text[pos:s]))
        title = html.escape(f"{entity.label} {entity.id} {entity.symbol or ''}")
        colour = _COLOURS.get(entity.label, "#eee")
        out.append(f'<span class="sn-ent" style="background:{colour}" title="{title}">'
                   f"{html.escape(text[s:t])}</span>")
        pos = t
    out.append(html.escape(text[pos:r_end]))
    return "".join(out).replace("\n", "<br>")


def to_html(article: "Article") -> str:
    """A self-contained HTML page: metadata, then the sections in order, RU/EN pairs side by side."""
    md = article.metadata
    rows = [("DOI", md.doi), ("Title (ru)", md.title.get("ru")), ("Title (en)", md.title.get("en")),
            ("Journal", f"{md.journal.get('ru') or ''} / {md.journal.get('en') or ''}, {md.year}; "
                        f"{md.volume}({md.issue}):{md.pages}"),
            ("Authors", "; ".join(f"{a.ru or ''} / {a.en or ''}" for a in md.authors)),
            ("Entities", str(len(article.entities))), ("References", str(len(article.references)))]
    parts = [_STYLE, f"<h3>{html.escape(article.doc_id)}</h3><table class='sn-meta'>"]
    parts += [f"<tr><td><b>{k}</b></td><td>{html.escape(str(v or ''))}</td></tr>" for k, v in rows]
    parts.append("</table>")
    pairs = {ru.id: (ru, en, pair) for ru, en, pair in article.iter_pairs()}
    paired_en = {pair.en for pair in article.pairs}
    parents = {s.parent for s in article.sections if s.parent}
    views = [article.repaired_view(i) for i in range(len(article.sources))]

    def block(section: "Section") -> str:
        return _highlight(article, views[section.source], section.source, section.start, section.end)

    for section in article.sections:
        if section.id in parents or section.id in paired_en or section.kind == "references":
            continue  # containers are shown through their children; EN halves beside their RU
        if section.id in pairs:
            ru, en, pair = pairs[section.id]
            parts.append(
                f"<div class='sn-pair'><div><h4>{html.escape(ru.id)} ({pair.kind})</h4>"
                f"{block(ru)}</div>"
                f"<div><h4>{html.escape(en.id)} · score {pair.score:.2f}</h4>"
                f"{block(en)}</div></div>")
        else:
            parts.append(f"<div><h4>{html.escape(section.id)} (unpaired)</h4>"
                         f"{block(section)}</div>")
    return "".join(parts)


class ArticleView:
    """What Jupyter shows for ``secretome_nlp.view(article)``."""

    def __init__(self, article: "Article") -> None:
        self.article = article

    def _repr_html_(self) -> str:
        return to_html(self.article)


def view(article: "Article") -> ArticleView:
    """A notebook view of ``article`` (RU/EN pairs side by side, entities highlighted)."""
    return ArticleView(article)
