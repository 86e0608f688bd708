"""Notebook views: an Article's RU↔EN pairs side by side, entities highlighted.

``sn.view(article)`` returns an object Jupyter renders as HTML; ``sn.view(article, what)``
shows one entity (by object or id), section (by object or id) or RU/EN pair in context.
Evaluating an ``Article``, ``Entity``, ``Section`` or ``SectionPair`` in a cell renders it too
(their ``_repr_html_`` comes here through :func:`render`). ``to_html`` gives a standalone page.

Every piece of text is escaped; the views contain no scripts and load nothing from the
network (saved pages also carry a Content-Security-Policy that forbids both). Colours read
well in light and dark themes; long sections start collapsed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .views.records import record_html
from .views.sections import article_html
from .views.theme import page

if TYPE_CHECKING:  # pragma: no cover
    from ..article import Article

__all__ = ["HTMLView", "view", "to_html", "render"]


def render(obj: Any, article: "Article | None" = None) -> str:
    """The HTML fragment (stylesheet included) for an Article or one of its records."""
    from ..article import Article

    if isinstance(obj, Article):
        return article_html(obj)
    return record_html(obj, article)


def _resolve(article: "Article", what: Any) -> Any:
    """An entity or section named by id; records are returned as they are."""
    if not isinstance(what, str):
        return what
    try:
        return article.entity(what)
    except KeyError:
        pass
    try:
        return article.section(what)
    except KeyError:
        raise KeyError(f"{what!r} is neither an entity id nor a section id of {article.doc_id}") from None


class HTMLView:
    """What Jupyter shows for :func:`view`; ``.html`` is the fragment, ``.save(path)`` a page."""

    def __init__(self, html: str, title: str) -> None:
        self.html = html
        self.title = title

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<HTMLView {self.title} ({len(self.html)} characters of HTML)>"

    def save(self, path: str | Path) -> Path:
        """Write a standalone HTML page (UTF-8) and return its path."""
        out = Path(path)
        out.write_text(page(self.html, self.title), encoding="utf-8")
        return out


def view(article: "Article", what: Any = None) -> HTMLView:
    """A notebook view of ``article``, or of one of its entities, sections or RU/EN pairs.

    ``what`` is an Entity, Section or SectionPair of the article, or an entity or section id
    (``"HGNC:6018"``, ``"ru.abstract.aim"``); ``KeyError`` if the id is unknown.
    """
    if what is None:
        return HTMLView(article_html(article), article.doc_id)
    record = _resolve(article, what)
    name = getattr(record, "id", None) or f"{getattr(record, 'ru', '')} ↔ {getattr(record, 'en', '')}"
    return HTMLView(record_html(record, article), f"{article.doc_id} · {name}")


def to_html(article: "Article", what: Any = None) -> str:
    """A standalone HTML page of :func:`view` (to save or open in a browser)."""
    v = view(article, what)
    return page(v.html, v.title)
