"""HTML views: the seed article's view, nesting, escaping, entity/section/pair views, colours."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest

import secretome_nlp as sn
from secretome_nlp.export.colours import KNOWN_LABELS, entity_colour
from secretome_nlp.records.entities import Tissue

from htmldom import parse_html

PAYLOAD_SCRIPT = "<script>alert(1)</script>"
PAYLOAD_IMG = "<img src=x onerror=alert(1)>"


def outer_spans(article) -> set[tuple[int, int, int]]:
    """Mention spans not strictly inside another mention span (computed without the views)."""
    spans = {(m.source, m.start, m.end) for e in article.entities for m in e.mentions}
    return {s for s in spans
            if not any(o != s and o[0] == s[0] and o[1] <= s[1] and s[2] <= o[2] for o in spans)}


def own_text(article, section) -> str:
    """The repaired text of a section up to its first child (all of it when it has none)."""
    end = min((s.start for s in article.sections if s.parent == section.id), default=section.end)
    view = article.repaired_view(section.source)
    return view.text[view.repaired_index(section.start):view.repaired_index(end)]


def test_seed_view_highlights_every_mention_not_nested_in_another(seed_article) -> None:
    dom = parse_html(sn.view(seed_article).html)
    marks = dom.find_all("mark", cls="sn-ent")
    outer = outer_spans(seed_article)
    assert len(marks) == len(outer) > 100
    view = seed_article.repaired_view(0)
    expected_texts = Counter(view.text[view.repaired_index(a):view.repaired_index(b)] for _, a, b in outer)
    assert Counter(m.text() for m in marks) == expected_texts
    drawn = {e.id for e in seed_article.entities for m in e.mentions if (m.source, m.start, m.end) in outer}
    assert {m.attrs["data-id"] for m in marks} == drawn


def test_seed_view_shows_every_section_once_with_its_text_intact(seed_article) -> None:
    dom = parse_html(sn.view(seed_article).html)
    blocks = dom.find_all("div", cls="sn-text")
    assert sorted(b.attrs["data-section"] for b in blocks) == sorted(s.id for s in seed_article.sections)
    for block in blocks:  # highlighting neither drops nor repeats a character
        assert block.text() == own_text(seed_article, seed_article.section(block.attrs["data-section"]))


def test_seed_view_shows_paired_abstract_sections_side_by_side(seed_article) -> None:
    dom = parse_html(sn.view(seed_article).html)
    for kind in ("introduction", "aim", "methods", "main_content", "conclusion"):
        ru, en = f"ru.abstract.{kind}", f"en.abstract.{kind}"
        [pair] = dom.find_all("details", data_ru=ru)
        assert pair.attrs["data-en"] == en
        [grid] = pair.find_all("div", cls="sn-pair")
        left, right = [c for c in grid.children if not isinstance(c, str)]
        assert [b.attrs["data-section"] for b in left.find_all(cls="sn-text")] == [ru]
        assert [b.attrs["data-section"] for b in right.find_all(cls="sn-text")] == [en]
    # short pairs open, the long Russian body sections start collapsed
    assert "open" in dom.find_all("details", data_ru="ru.abstract.aim")[0].attrs
    body = [d for d in dom.find_all("details", cls="sn-sec") if d.find_all(data_section="ru.main_content.body")]
    assert body and "open" not in body[0].attrs


def test_legend_lists_the_classes_with_their_colours(seed_article) -> None:
    dom = parse_html(sn.view(seed_article).html)
    [legend] = dom.find_all("div", cls="sn-legend")
    chips = {c.text(): c.attrs["style"] for c in legend.find_all("span", cls="sn-swatch")}
    assert set(chips) == {e.label for e in seed_article.entities}
    assert all(entity_colour(label) in style for label, style in chips.items())


def _with_extra_mentions(article):
    """The seed with a mention nested inside a two-word one and one overlapping its end."""
    outer_entity, outer = next((e, m) for e in article.entities for m in e.mentions if " " in m.text)
    cut = outer.text.index(" ") + 1
    text = article.sources[0].text
    nested = dataclasses.replace(outer, start=outer.start + cut, text=outer.text[cut:])
    overlap = dataclasses.replace(outer, start=outer.end - 2, end=outer.end + 4,
                                  text=text[outer.end - 2:outer.end + 4])
    extra = (Tissue("TEST:nested", "N", "nested", mentions=(nested,)),
             Tissue("TEST:overlap", "O", "overlap", mentions=(overlap,)))
    return dataclasses.replace(article, entities=article.entities + extra), outer


def test_nested_mentions_go_to_the_tooltip_and_overlaps_keep_the_text(seed_article) -> None:
    article, outer = _with_extra_mentions(seed_article)
    dom = parse_html(sn.view(article).html)
    marks = dom.find_all("mark", cls="sn-ent")
    # the nested one is not drawn, the overlap is
    assert len(marks) == len(outer_spans(article)) == len(outer_spans(seed_article)) + 1
    assert not [m for m in marks if m.attrs["data-id"] == "TEST:nested"]
    holder = [m for m in marks if "TEST:nested" in m.attrs["title"]]
    assert len(holder) == 1 and "inside:" in holder[0].attrs["title"]
    for block in dom.find_all("div", cls="sn-text"):
        assert block.text() == own_text(article, article.section(block.attrs["data-section"]))


def test_text_is_escaped_everywhere(tmp_path, seed_text) -> None:
    anchor = "Клеточный секретом (КС) представляет"
    assert anchor in seed_text
    text = seed_text.replace(anchor, f"Клеточный секретом (КС) {PAYLOAD_SCRIPT} {PAYLOAD_IMG} представляет", 1)
    path = tmp_path / "evil<b>name.txt"
    path.write_text(text, encoding="utf-8")
    article = sn.parse(path, lemmas=False, references=False)
    # a quote in a record field must not open an attribute
    first = article.entities[0]
    article = dataclasses.replace(article, entities=(
        dataclasses.replace(first, symbol='" onmouseover="alert(1)', name="<i>x</i>"),) + article.entities[1:])
    intro = article.section("ru.abstract.introduction")
    pages = {"article": sn.to_html(article), "entity": sn.to_html(article, first.id),
             "section": sn.to_html(article, intro), "pair": sn.to_html(article, article.pairs[4]),
             "repr": article._repr_html_(), "alone": first._repr_html_() + intro._repr_html_()}
    for name, page in pages.items():
        dom = parse_html(page)
        assert not dom.find_all("script") and not dom.find_all("img") and not dom.find_all("i"), name
        assert not [n for n in dom.iter() if any(k.startswith("on") for k in n.attrs)], name
    article_text = parse_html(pages["article"]).text()
    assert PAYLOAD_SCRIPT in article_text and PAYLOAD_IMG in article_text and "evil<b>name" in article_text
    assert PAYLOAD_SCRIPT in parse_html(pages["section"]).text()
    assert '" onmouseover="alert(1)' in parse_html(pages["entity"]).text()


def test_an_entity_shows_every_mention_in_context_with_its_references(seed_article) -> None:
    entity = max(seed_article.entities, key=lambda e: (len({m.lang for m in e.mentions}),
                                                         sum(bool(m.citations) for m in e.mentions)))
    assert {m.lang for m in entity.mentions} == {"ru", "en"}
    dom = parse_html(sn.view(seed_article, entity.id).html)
    rows = [r for r in dom.find_all("tr") if r.find_all("td")]
    assert len(rows) == len(entity.mentions)
    assert [r.find_all("td")[0].text() for r in rows] == sorted((m.lang for m in entity.mentions),
                                                                key=["ru", "en"].index)
    sentences = {s.id: s for s in seed_article.sentences}
    view = seed_article.repaired_view(0)
    contexts = Counter(r.find_all("td")[2].text() for r in rows)
    expected = Counter(view.text[view.repaired_index(sentences[m.sentence].start):
                                 view.repaired_index(sentences[m.sentence].end)] for m in entity.mentions)
    assert contexts == expected
    cited = seed_article.evidence(entity)
    assert cited
    items = dom.find_all("li")
    assert [int(li.attrs["value"]) for li in items] == [r.number for r in cited]
    assert all(li.text() == r.text for li, r in zip(items, cited))


def test_section_and_pair_views(seed_article) -> None:
    ru, en, pair = next((ru, en, p) for ru, en, p in seed_article.iter_pairs() if len(p.sentences) >= 4)
    dom = parse_html(sn.view(seed_article, pair).html)
    table_rows = [r for r in dom.find_all("tr") if r.find_all("td")]
    assert len(table_rows) == len(pair.sentences)
    assert dom.find_all("div", cls="sn-pair")
    section = parse_html(sn.view(seed_article, ru.id).html)
    assert section.find_all("div", cls="sn-text")[0].text() == own_text(seed_article, ru)
    # on their own (no article at hand) records still render what they hold
    assert ru.id in ru._repr_html_() and f"{pair.score:.2f}" in pair._repr_html_()
    with pytest.raises(KeyError, match="neither an entity id nor a section id"):
        sn.view(seed_article, "no-such-id")


def test_article_repr_is_short_and_its_html_is_the_view(seed_article) -> None:
    text = repr(seed_article)
    assert len(text) < 250 and seed_article.doc_id in text and f"{len(seed_article.entities)} entities" in text
    assert seed_article._repr_html_() == sn.view(seed_article).html


def test_entity_colour_is_stable_and_light_for_unknown_classes() -> None:
    assert entity_colour("Cytokine") != entity_colour("GrowthFactor")
    assert len({entity_colour(label) for label in KNOWN_LABELS}) == len(KNOWN_LABELS)
    new = [entity_colour(name) for name in ("SurfaceMarker", "AdhesionMolecule", "ProteaseInhibitor")]
    assert new == [entity_colour(name) for name in ("SurfaceMarker", "AdhesionMolecule", "ProteaseInhibitor")]
    assert len(set(new)) == 3
    for colour in new:
        assert re.fullmatch(r"#[0-9a-f]{6}", colour)
        assert min(int(colour[i:i + 2], 16) for i in (1, 3, 5)) >= 0xb0  # dark text stays readable
