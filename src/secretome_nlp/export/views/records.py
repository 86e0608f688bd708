"""Views of one entity, one section or one RU/EN pair.

With the article at hand a record is shown in context: an entity as every mention in its
sentence, Russian then English, with the references cited there; a pair as its aligned
sentences side by side. Without it (a record evaluated on its own in a cell) the view shows
what the record itself holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .marks import Highlighter
from .sections import pair_html, section_html
from .theme import CSS, esc, swatch

if TYPE_CHECKING:  # pragma: no cover
    from ...article import Article
    from ...records.article import Section, SectionPair

__all__ = ["entity_html", "pair_alignment_html", "record_html"]

_LANGS = ("ru", "en")


def _wrap(body: str) -> str:
    return f"{CSS}<div class='sn-root'>{body}</div>"


def _entity_header(entity: Any) -> str:
    names = "; ".join(f"{lang}: {', '.join(entity.names.get(lang, ()))}" for lang in _LANGS
                      if entity.names.get(lang))
    xrefs = ", ".join(f"{k}:{v}" for k, v in sorted(entity.xrefs.items()))
    generic = " <span class='sn-muted'>(class mention)</span>" if entity.generic else ""
    return (f"<h3>{swatch(entity.label)} {esc(entity.symbol or entity.name)} "
            f"<span class='sn-muted'>{esc(entity.id)} · {esc(entity.name)}</span>{generic}</h3>"
            + (f"<div class='sn-muted'>names {esc(names)}</div>" if names else "")
            + (f"<div class='sn-muted'>xrefs {esc(xrefs)}</div>" if xrefs else ""))


def _cites(mention: Any) -> str:
    return esc(", ".join(f"[{n}]" for n in mention.citations))


def entity_html(entity: Any, article: "Article | None" = None) -> str:
    """An entity: each mention in its sentence (or alone without ``article``), RU then EN."""
    rows = []
    sentences = {s.id: s for s in article.sentences} if article is not None else {}
    hl = Highlighter(article, [(entity, m) for m in entity.mentions]) if article is not None else None
    for lang in _LANGS + tuple(sorted({m.lang for m in entity.mentions} - set(_LANGS))):
        for m in sorted((m for m in entity.mentions if m.lang == lang), key=lambda m: (m.source, m.start)):
            sent = sentences.get(m.sentence)
            if hl is not None and sent is not None:
                context = hl.html(sent.source, sent.start, sent.end)
            elif hl is not None:  # no sentence record: a window around the mention
                context = hl.html(m.source, max(0, m.start - 80), m.end + 80)
            else:
                context = f"«{esc(m.text)}»"
            rows.append(f"<tr><td>{esc(m.lang)}</td><td>{esc(m.section)}</td>"
                        f"<td class='sn-text' lang='{esc(m.lang)}'>{context}</td><td>{_cites(m)}</td></tr>")
    table = ("<table><tr><th>lang</th><th>section</th><th>mention in context</th><th>cites</th></tr>"
             + "".join(rows) + "</table>")
    refs = ""
    if article is not None:
        cited = article.evidence(entity)
        items = "".join(f"<li value='{esc(r.number)}'>{esc(r.text)}</li>" for r in cited
                        if isinstance(r.number, int))
        refs = (f"<h4>References cited where it is mentioned ({len(cited)})</h4><ol class='sn-refs'>{items}</ol>"
                if cited else "<h4>No references cited where it is mentioned</h4>")
    else:
        refs = "<div class='sn-muted'>Show it with its article for context: sn.view(article, entity)</div>"
    return _wrap(_entity_header(entity) + f"<h4>{len(entity.mentions)} mentions</h4>" + table + refs)


def pair_alignment_html(article: "Article", pair: "SectionPair") -> str:
    """A RU/EN pair: the two sections side by side, then their aligned sentence groups."""
    ru, en = article.section(pair.ru), article.section(pair.en)
    hl = Highlighter(article)
    rows = []
    for g in pair.sentences:
        cells = [" ".join(hl.html(sec.source, a, b) for a, b in spans) for sec, spans in ((ru, g.ru), (en, g.en))]
        rows.append(f"<tr><td class='sn-text' lang='ru'>{cells[0]}</td>"
                    f"<td class='sn-text' lang='en'>{cells[1]}</td></tr>")
    groups = (f"<h4>{len(pair.sentences)} aligned sentence groups</h4>"
              "<table><tr><th>ru</th><th>en</th></tr>" + "".join(rows) + "</table>") if rows else ""
    return _wrap(pair_html(article, ru, [en], [pair], hl) + groups)


def _section_alone(section: "Section") -> str:
    return _wrap(f"<h4>{esc(section.heading.strip() or section.kind)}</h4>"
                 f"<div class='sn-muted'>{esc(section.id)} · {esc(section.kind)} · {esc(section.lang)} · "
                 f"source {section.source} [{section.start}:{section.end}] · parent {esc(section.parent)}</div>"
                 "<div class='sn-muted'>Show it with its article for the text: sn.view(article, section)</div>")


def _pair_alone(pair: "SectionPair") -> str:
    return _wrap(f"<h4>{esc(pair.ru)} ↔ {esc(pair.en)}</h4>"
                 f"<div class='sn-muted'>{esc(pair.kind)} · score {pair.score:.2f} · "
                 f"{len(pair.sentences)} aligned sentence groups</div>"
                 "<div class='sn-muted'>Show it with its article for the text: sn.view(article, pair)</div>")


def record_html(record: Any, article: "Article | None" = None) -> str:
    """The view of an Entity, Section or SectionPair (in context when ``article`` is given)."""
    from ...records.article import Section, SectionPair
    from ...records.entities import Entity

    if isinstance(record, Entity):
        return entity_html(record, article)
    if isinstance(record, Section):
        return _wrap(section_html(article, record)) if article is not None else _section_alone(record)
    if isinstance(record, SectionPair):
        return pair_alignment_html(article, record) if article is not None else _pair_alone(record)
    raise TypeError(f"no view for {type(record).__name__} (expected an Article, Entity, Section or SectionPair)")
