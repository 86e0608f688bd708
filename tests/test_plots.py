"""Entity frequency and co-occurrence tables and their plots, over one article or many."""

from __future__ import annotations

import sys
from itertools import combinations

import pandas as pd
import pytest

import secretome_nlp as sn
from secretome_nlp.export.plots import cooccurrence, entity_frequency

ABSTRACT = ("corpus/abstracts/25591652_ru.txt", "corpus/abstracts/25591652_en.txt")


@pytest.fixture(scope="module")
def abstract_article(request):
    root = request.config.rootpath
    return sn.parse(*(root / p for p in ABSTRACT))


def test_frequency_counts_mentions_by_class_and_section_kind(seed_article) -> None:
    tables = sn.to_frames(seed_article)
    kinds = tables["sections"].set_index("id")["kind"]
    mentions = tables["mentions"].assign(kind=lambda d: d["section"].map(kinds))
    expected = pd.crosstab(mentions["label"], mentions["kind"])
    got = entity_frequency(seed_article)
    assert got.sum().sum() == len(mentions) > 100
    assert got.loc[expected.index, expected.columns].equals(expected.rename_axis(index="class", columns="section kind"))
    assert list(got.columns) == [k for k in dict.fromkeys(s.kind for s in seed_article.sections) if k in expected]
    no_generic = entity_frequency(seed_article, generic=False)
    assert no_generic.sum().sum() == sum(len(e.mentions) for e in seed_article.entities if not e.generic)


def test_frequency_over_many_articles_adds_up(seed_article, abstract_article) -> None:
    both = entity_frequency([seed_article, abstract_article])
    added = entity_frequency(seed_article).add(entity_frequency(abstract_article), fill_value=0)
    assert both.equals(added.loc[both.index, both.columns].astype(int))


def test_cooccurrence_counts_sentences_with_both_entities(seed_article) -> None:
    frame = cooccurrence(seed_article, top=12)
    ids = frame.attrs["ids"]
    mentions = sn.to_frames(seed_article)["mentions"]
    sentences = mentions.groupby("sentence")["entity"].agg(set)
    assert frame.shape == (12, 12) and (frame.to_numpy() == frame.to_numpy().T).all()
    for a, b in combinations(frame.index, 2):
        assert frame.loc[a, b] == sum(ids[a] in s and ids[b] in s for s in sentences), (a, b)
    for a in frame.index:
        assert frame.loc[a, a] == sum(ids[a] in s for s in sentences)
    diagonal = [frame.loc[a, a] for a in frame.index]
    assert diagonal == sorted(diagonal, reverse=True)  # the most mentioned first
    assert diagonal[-1] >= max(sum(i in s for s in sentences) for i in set(mentions["entity"]) - set(ids.values()))


def test_cooccurrence_of_one_language(seed_article) -> None:
    ru = cooccurrence(seed_article, top=5, lang="ru")
    en = cooccurrence(seed_article, top=5, lang="en")
    every = cooccurrence(seed_article, top=200)
    for name in set(ru.index) & set(en.index):
        assert ru.loc[name, name] + en.loc[name, name] == every.loc[name, name]


def test_plots_draw_the_tables(seed_article, abstract_article) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import numpy as np

    articles = [seed_article, abstract_article]
    ax = sn.plot_entity_frequency(articles)
    table = entity_frequency(articles)
    assert len(ax.containers) == len(table)  # one bar series per class
    assert sum(bar.get_width() for c in ax.containers for bar in c) == table.sum().sum()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(table.index)
    ax = sn.plot_cooccurrence(articles, top=8)
    image = ax.images[0].get_array()
    frame = cooccurrence(articles, top=8)
    off = ~np.eye(8, dtype=bool)
    assert (np.asarray(image)[off] == frame.to_numpy()[off]).all() and np.ma.getmaskarray(image).sum() in (0, 8)
    assert [t.get_text() for t in ax.get_yticklabels()] == list(frame.index)


def test_plots_without_matplotlib_say_how_to_install_it(seed_article, monkeypatch) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib -> ImportError
    with pytest.raises(ImportError, match=r"pip install 'secretome-nlp\[plot\]'"):
        sn.plot_entity_frequency(seed_article)
    with pytest.raises(ImportError, match="matplotlib"):
        sn.plot_cooccurrence(seed_article)
    # the tables need no matplotlib
    assert entity_frequency(seed_article).sum().sum() == len(sn.to_frames(seed_article)["mentions"])
