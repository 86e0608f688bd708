"""Plots for the questions people ask of a review or a corpus of them.

* :func:`entity_frequency` / :func:`plot_entity_frequency`: how many mentions of each entity
  class each kind of section holds (introduction, methods, body …), as a table and as
  stacked bars in the classes' colours;
* :func:`cooccurrence` / :func:`plot_cooccurrence`: which entities are mentioned in the same
  sentence, as a table and a heatmap.

Every function takes what :func:`~secretome_nlp.export.collect.iter_articles` takes: one
Article, many, ``BatchResult``s or a batch output folder. The tables need only pandas; the
plots need matplotlib, an optional extra (``pip install 'secretome-nlp[plot]'``).
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import TYPE_CHECKING, Any

from .collect import ArticleSource, iter_articles
from .colours import entity_colour

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["entity_frequency", "cooccurrence", "plot_entity_frequency", "plot_cooccurrence"]

_NO_MATPLOTLIB = "plots need matplotlib, an optional extra: pip install 'secretome-nlp[plot]'"


def _pyplot() -> Any:
    try:
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ImportError(_NO_MATPLOTLIB) from exc
    return plt


def entity_frequency(articles: ArticleSource, *, generic: bool = True) -> "pd.DataFrame":
    """Mentions per entity class (rows) and section kind (columns), both languages together.

    Section kinds are in the order they first occur (so an article's order is kept); a
    mention in a sub-section counts for the sub-section's kind. ``generic=False`` leaves out
    class mentions (``цитокины``).
    """
    import pandas as pd

    counts: Counter[tuple[str, str]] = Counter()
    kinds: dict[str, None] = {}
    for a in iter_articles(articles):
        kind_of = {s.id: s.kind for s in a.sections}
        for s in a.sections:
            kinds.setdefault(s.kind)
        for e in a.entities:
            if e.generic and not generic:
                continue
            for m in e.mentions:
                counts[e.label, kind_of.get(m.section, "unsectioned")] += 1
    labels = sorted({label for label, _ in counts}, key=lambda x: -sum(n for (lab, _), n in counts.items() if lab == x))
    used = [k for k in [*kinds, "unsectioned"] if any(kind == k for _, kind in counts)]
    frame = pd.DataFrame([[counts[label, k] for k in used] for label in labels], index=labels, columns=used)
    frame.index.name, frame.columns.name = "class", "section kind"
    return frame


def cooccurrence(articles: ArticleSource, *, top: int = 20, generic: bool = True,
                 lang: str | None = None) -> "pd.DataFrame":
    """How many sentences mention both of two entities, for the ``top`` most mentioned ones.

    Rows and columns are the entities (named by symbol, else name; ``frame.attrs["ids"]`` maps
    the names to entity ids), ordered by the number of sentences mentioning them; the diagonal
    is that number. A sentence and its translation count separately unless ``lang`` picks one
    language. ``generic=False`` leaves out class mentions.
    """
    import pandas as pd

    per_sentence: dict[tuple[str, str], set[str]] = {}
    names: dict[str, str] = {}
    for a in iter_articles(articles):
        for e in a.entities:
            if e.generic and not generic:
                continue
            names.setdefault(e.id, e.symbol or e.name or e.id)
            for m in e.mentions:
                if lang is None or m.lang == lang:
                    per_sentence.setdefault((a.doc_id, m.sentence), set()).add(e.id)
    alone: Counter[str] = Counter(i for ids in per_sentence.values() for i in ids)
    chosen = [i for i, _ in sorted(alone.items(), key=lambda kv: (-kv[1], names[kv[0]]))[:top]]
    index = {i: k for k, i in enumerate(chosen)}
    pairs: Counter[tuple[str, str]] = Counter()
    for ids in per_sentence.values():
        for x, y in combinations(sorted(i for i in ids if i in index), 2):
            pairs[x, y] += 1
    matrix = [[alone[x] if x == y else pairs[min(x, y), max(x, y)] for y in chosen] for x in chosen]
    shown = _unique([names[i] for i in chosen], chosen)
    frame = pd.DataFrame(matrix, index=shown, columns=shown)
    frame.attrs["ids"] = dict(zip(shown, chosen))
    return frame


def _unique(names: list[str], ids: list[str]) -> list[str]:
    """Display names, with the id added where two entities share a name."""
    seen = Counter(names)
    return [f"{n} ({i})" if seen[n] > 1 else n for n, i in zip(names, ids)]


def plot_entity_frequency(articles: ArticleSource, *, generic: bool = True, ax: Any = None) -> Any:
    """Stacked bars: mentions per section kind, one colour per entity class. Returns the Axes."""
    plt = _pyplot()
    frame = entity_frequency(articles, generic=generic)
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.45 * max(len(frame.columns), 4) + 1.2))
    left = [0] * len(frame.columns)
    for label, row in frame.iterrows():
        values = list(row)
        ax.barh(list(frame.columns), values, left=left, color=entity_colour(str(label)),
                edgecolor="#333333", linewidth=0.4, label=label)
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()  # first section on top, as in the article
    ax.set_xlabel("mentions")
    ax.set_title("Entity mentions by class and section")
    ax.legend(fontsize="small", frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    return ax


def plot_cooccurrence(articles: ArticleSource, *, top: int = 20, generic: bool = True,
                      lang: str | None = None, ax: Any = None) -> Any:
    """Heatmap of :func:`cooccurrence` (diagonal left blank; counts written in the cells)."""
    plt = _pyplot()
    import numpy as np

    frame = cooccurrence(articles, top=top, generic=generic, lang=lang)
    n = len(frame)
    if ax is None:
        _, ax = plt.subplots(figsize=(0.42 * n + 3, 0.42 * n + 2))
    values = frame.to_numpy(dtype=float, copy=True)
    np.fill_diagonal(values, np.nan)  # the diagonal (sentences per entity) would swamp the scale
    image = ax.imshow(values, cmap="Blues", vmin=0)
    ax.set_xticks(range(n), frame.columns, rotation=60, ha="right", fontsize="small")
    ax.set_yticks(range(n), frame.index, fontsize="small")
    peak = np.nanmax(values) if n > 1 else 0
    for i in range(n):
        for j in range(n):
            if i != j and values[i, j]:
                ax.text(j, i, int(values[i, j]), ha="center", va="center", fontsize="x-small",
                        color="white" if values[i, j] > peak / 2 else "black")
    ax.figure.colorbar(image, ax=ax, fraction=0.04, label="sentences with both")
    ax.set_title("Entities mentioned in the same sentence")
    return ax
