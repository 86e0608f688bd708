"""sn.to_spacy: our mentions, lemmas, sentences and sections as spaCy Docs, and displaCy on them."""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from spacy import displacy
from spacy.language import Language

import secretome_nlp as sn
from secretome_nlp.export.colours import entity_colour
from secretome_nlp.export.spacy_docs import SECTIONS_KEY, SPANS_KEY, displacy_options
from secretome_nlp.records.entities import Tissue


def mention_keys(article) -> list[tuple]:
    return sorted((m.source, m.start, m.end, m.text, e.label, e.id) for e in article.entities for m in e.mentions)


def span_keys(docs) -> list[tuple]:
    out = []
    for doc in docs:
        meta = doc.user_data["secretome"]
        base = meta["start"]
        out += [(meta["source"], s.start_char + base, s.end_char + base, s.text, s.label_, s.kb_id_)
                for s in doc.spans[SPANS_KEY]]
    return sorted(out)


@pytest.fixture(scope="module")
def nested_seed(seed_article):
    """The seed plus a mention nested inside a two-word mention."""
    outer = next(m for e in seed_article.entities for m in e.mentions if " " in m.text)
    cut = outer.text.index(" ") + 1
    nested = dataclasses.replace(outer, start=outer.start + cut, text=outer.text[cut:])
    return dataclasses.replace(seed_article, entities=seed_article.entities
                               + (Tissue("TEST:nested", "N", "nested", mentions=(nested,)),))


@pytest.mark.parametrize("by", ["source", "section"])
def test_every_mention_becomes_a_span_with_its_text_class_and_id(nested_seed, by) -> None:
    docs = sn.to_spacy(nested_seed, by=by)
    assert span_keys(docs) == mention_keys(nested_seed)
    for doc in docs:
        # ents: the mentions not nested in another; the nested one only in doc.spans
        assert all(e.label_ and e.kb_id_ for e in doc.ents)
        assert all(s._.entity_id == s.kb_id_ for s in doc.spans[SPANS_KEY])
        assert "TEST:nested" not in {e.kb_id_ for e in doc.ents}
    spans = {(m.source, m.start, m.end) for e in nested_seed.entities for m in e.mentions}
    outer = {s for s in spans if not any(o != s and o[0] == s[0] and o[1] <= s[1] and s[2] <= o[2] for o in spans)}
    assert sum(len(d.ents) for d in docs) == len(outer)
    assert "TEST:nested" in {s.kb_id_ for d in docs for s in d.spans[SPANS_KEY]}


def test_docs_keep_the_source_text_sentences_lemmas_and_sections(seed_article) -> None:
    [doc] = sn.to_spacy(seed_article)
    assert doc.text == seed_article.sources[0].text  # offsets of the Article are offsets of the Doc
    by_char = {t.idx: t for t in doc}
    kept = total = 0
    for sentence in seed_article.sentences:
        assert by_char[sentence.start].is_sent_start
        for (a, b), lemma in zip(sentence.tokens, sentence.lemmas):
            total += 1
            token = by_char.get(a)
            if token is not None and token.idx + len(token.text) == b:
                kept += 1
                assert token.lemma_ == lemma
    assert kept >= 0.98 * total  # only tokens split at a mention edge lose their lemma
    # our sentences are Doc sentences (text between them, e.g. headings, forms sentences of its own)
    assert {(s.start, s.end) for s in seed_article.sentences} <= {(s.start_char, s.end_char) for s in doc.sents}
    sections = doc.spans[SECTIONS_KEY]
    assert [(s.id_, s.label_) for s in sections] == [(s.id, s.kind) for s in seed_article.sections]


def test_section_docs_cover_each_character_once(seed_article) -> None:
    docs = sn.to_spacy(seed_article, by="section")
    assert [d.user_data["secretome"]["section"] for d in docs] == [s.id for s in seed_article.sections]
    text = seed_article.sources[0].text
    for doc in docs:
        start = doc.user_data["secretome"]["start"]
        assert text[start:start + len(doc.text)] == doc.text
    spans = sorted((d.user_data["secretome"]["start"], d.user_data["secretome"]["start"] + len(d.text)) for d in docs)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_displacy_renders_our_classes_in_our_colours(seed_article) -> None:
    docs = sn.to_spacy(seed_article, by="section")
    intro = next(d for d in docs if d.user_data["secretome"]["section"] == "ru.abstract.introduction")
    html = displacy.render(intro, style="ent", options=displacy_options(), jupyter=False)
    for ent in intro.ents:
        assert ent.label_ in html and entity_colour(ent.label_) in html
    spans_html = displacy.render(intro, style="span", options=displacy_options(style="span"), jupyter=False)
    # the span renderer draws token by token: every label in its colour, every token of a span
    for span in intro.spans[SPANS_KEY]:
        assert span.label_ in spans_html and entity_colour(span.label_) in spans_html
        assert all(token.text in spans_html for token in span)


def test_users_run_their_own_components_on_the_docs(seed_article) -> None:
    if not Language.has_factory("test_count_cytokines"):
        @Language.component("test_count_cytokines")
        def count(doc):
            doc.user_data["cytokines"] = sum(e.label_ == "Cytokine" for e in doc.ents)
            return doc
    nlp = spacy.blank("ru")
    nlp.add_pipe("test_count_cytokines")
    [doc] = sn.to_spacy(seed_article, nlp)
    doc = nlp(doc)
    assert doc.user_data["cytokines"] == sum(len(e.mentions) for e in seed_article.entities if e.label == "Cytokine")
    assert doc.vocab is nlp.vocab


def test_unknown_grouping_is_an_error(seed_article) -> None:
    with pytest.raises(ValueError, match="by='page'"):
        sn.to_spacy(seed_article, by="page")


def test_both_directions_label_spans_the_same_way(seed_article) -> None:
    """The secretome_entities component (text -> spans) and to_spacy (Article -> spans) agree on
    how a mention is carried: same spans key, label_ = class, kb_id_ = _.entity_id = entity id."""
    nlp = spacy.blank("ru")
    nlp.add_pipe("secretome_entities")
    sentence = next(s for s in seed_article.sentences
                    if sum(m.sentence == s.id for e in seed_article.entities for m in e.mentions) >= 3)
    text = seed_article.text_of(sentence)
    from_text = nlp(text)
    [from_article] = sn.to_spacy(seed_article)
    ours = {(s.start_char - sentence.start, s.end_char - sentence.start, s.label_, s.kb_id_, s._.entity_id)
            for s in from_article.spans[SPANS_KEY] if sentence.start <= s.start_char and s.end_char <= sentence.end}
    theirs = {(s.start_char, s.end_char, s.label_, s.kb_id_, s._.entity_id) for s in from_text.spans[SPANS_KEY]}
    assert len(ours) >= 3 and all(k == i for *_, k, i in ours | theirs)
    # the component sees one sentence: article-local abbreviations (КС = клеточный секретом) are
    # unknown to it, so it finds a subset of the article's mentions, carried identically
    assert theirs and theirs <= ours
