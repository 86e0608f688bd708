"""Sections, RU/EN pairs and the whole article as HTML.

The article view walks the sections in order: a Russian section with an English counterpart
is drawn beside it (two columns), English sections already drawn that way are not repeated,
and a container (РЕЗЮМЕ, ДОПОЛНИТЕЛЬНАЯ ИНФОРМАЦИЯ) shows only its own text before its first
child, so every character, and every mention, appears exactly once. Sections longer than
:data:`COLLAPSE_AT` characters start collapsed (``<details>``).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .marks import Highlighter
from .theme import CSS, esc, legend

if TYPE_CHECKING:  # pragma: no cover
    from ...article import Article
    from ...records.article import Section, SectionPair

__all__ = ["COLLAPSE_AT", "article_html", "section_html", "pair_html", "own_end"]

#: Sections (or pairs) with more characters than this start collapsed.
COLLAPSE_AT = 1500


def own_end(article: "Article", section: "Section") -> int:
    """Where ``section``'s own text ends: at its first child, or at its end if it has none."""
    starts = [s.start for s in article.sections if s.parent == section.id]
    return min(starts, default=section.end)


def _block(hl: Highlighter, section: "Section", end: int | None = None) -> str:
    end = section.end if end is None else end
    return (f"<div class='sn-text' lang='{esc(section.lang)}' data-section='{esc(section.id)}'>"
            f"{hl.html(section.source, section.start, end)}</div>")


def _summary(section: "Section", extra: str = "") -> str:
    heading = section.heading.strip() or section.kind.replace("_", " ")
    return (f"<summary>{esc(heading)} <small>{esc(section.id)} · {esc(section.kind)} · "
            f"{esc(section.lang)}{esc(extra)}</small></summary>")


def _details(inner: str, length: int, summary: str, attrs: str = "") -> str:
    state = "" if length > COLLAPSE_AT else " open"
    return f"<details class='sn-sec'{attrs}{state}>{summary}{inner}</details>"


def section_html(article: "Article", section: "Section", hl: Highlighter | None = None,
                 end: int | None = None) -> str:
    """One section, highlighted, collapsible (``end`` cuts it short, e.g. at its first child)."""
    hl = hl or Highlighter(article)
    stop = section.end if end is None else end
    return _details(_block(hl, section, stop), stop - section.start, _summary(section))


def pair_html(article: "Article", ru: "Section", ens: list["Section"], pairs: list["SectionPair"],
              hl: Highlighter | None = None, own: bool = False) -> str:
    """A Russian section beside its English counterpart(s); ``own`` draws containers' own text only."""
    hl = hl or Highlighter(article)

    def stop(s: "Section") -> int:
        return own_end(article, s) if own else s.end

    left = _block(hl, ru, stop(ru))
    right = "".join(_block(hl, en, stop(en)) for en in ens)
    length = max([stop(ru) - ru.start] + [stop(en) - en.start for en in ens])
    score = ", ".join(f"{p.score:.2f}" for p in pairs)
    ids = " + ".join(en.id for en in ens)
    summary = (f"<summary>{esc(ru.heading.strip() or ru.kind)} ↔ "
               f"{esc(' / '.join(en.heading.strip() or en.kind for en in ens))} "
               f"<small>{esc(ru.id)} ↔ {esc(ids)} · {esc(pairs[0].kind)} · score {esc(score)}</small></summary>")
    grid = f"<div class='sn-pair'><div>{left}</div><div>{right}</div></div>"
    return _details(grid, length, summary, f" data-ru='{esc(ru.id)}' data-en='{esc(ids)}'")


def _metadata(article: "Article") -> str:
    md = article.metadata
    journal = " / ".join(j for j in (md.journal.get("ru"), md.journal.get("en")) if j)
    where = ", ".join(x for x in (journal, str(md.year or ""),
                                  f"{md.volume or ''}({md.issue or ''}):{md.pages or ''}") if x.strip("():"))
    rows = [("DOI", md.doi), ("Title (ru)", md.title.get("ru")), ("Title (en)", md.title.get("en")),
            ("Journal", where), ("Authors", "; ".join(" / ".join(x for x in (a.ru, a.en) if x)
                                                    for a in md.authors)),
            ("Keywords (ru)", ", ".join(md.keywords.get("ru", []))),
            ("Keywords (en)", ", ".join(md.keywords.get("en", []))),
            ("Counts", f"{len(article.sections)} sections, {len(article.pairs)} RU/EN pairs, "
                       f"{len(article.entities)} entities, {len(article.references)} references")]
    return "<table>" + "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows if v) + "</table>"


def class_counts(article: "Article") -> list[tuple[str, int, int]]:
    """``(label, entities, mentions)`` per entity class of ``article``, most mentioned first."""
    ents: Counter[str] = Counter()
    mens: Counter[str] = Counter()
    for e in article.entities:
        ents[e.label] += 1
        mens[e.label] += len(e.mentions)
    return [(label, ents[label], n) for label, n in mens.most_common()]


def article_html(article: "Article") -> str:
    """The article view (a fragment with its own stylesheet): metadata, legend, sections."""
    hl = Highlighter(article)
    by_id = {s.id: s for s in article.sections}
    pairs_of: dict[str, list["SectionPair"]] = {}
    for p in article.pairs:
        pairs_of.setdefault(p.ru, []).append(p)
    beside = {p.en for p in article.pairs}
    parents = {s.parent for s in article.sections if s.parent}
    parts = [CSS, "<div class='sn-root'>", f"<h3>{esc(article.doc_id)}</h3>", _metadata(article),
             legend(class_counts(article))]
    for section in article.sections:
        if section.id in beside:
            continue  # drawn beside its Russian counterpart
        container = section.id in parents
        if section.id in pairs_of:
            ps = pairs_of[section.id]
            parts.append(pair_html(article, section, [by_id[p.en] for p in ps], ps, hl, own=container))
        else:
            parts.append(section_html(article, section, hl, own_end(article, section) if container else None))
    parts.append("</div>")
    return "".join(parts)
