"""An Article as spaCy ``Doc``s: our tokens, sentences, lemmas, sections and entity mentions.

``to_spacy(article)`` gives one ``Doc`` per source by default: ``doc.text`` *is*
``article.sources[i].text``, so every character offset of the Article is a character offset
of the Doc. ``by="section"`` gives one Doc per section instead (containers contribute only
their own text before their first child, so each character is in one Doc); there
``doc.user_data["secretome"]["start"]`` is the source offset of ``doc.text[0]``.

In each Doc

* tokens are our tokens (split further wherever a mention starts or ends, so that every
  mention is a span of whole tokens; text outside sentences is split at whitespace);
* ``token.lemma_`` is our lemma for tokens inside sentences (empty elsewhere);
* sentence starts are ours (``doc.sents`` works without a parser);
* ``doc.spans["secretome"]`` holds every mention: ``label_`` = entity class (``Cytokine``),
  ``kb_id_`` = entity id (``HGNC:6018``), plus ``span._.entity_id`` and ``span._.generic``,
  as the ``secretome_entities`` component sets them;
* ``doc.ents`` holds the mentions not nested in another (``spacy.util.filter_spans``), so
  ``displacy.render(docs, style="ent", options=displacy_options())`` colours our classes and
  ``style="span"`` shows the nested ones too;
* ``doc.spans["sections"]`` holds the sections (``label_`` = kind, ``id_`` = section id)
  when ``by="source"``.

The reverse direction, finding our entities in any spaCy pipeline's Docs, is the
``secretome_entities`` component (:mod:`secretome_nlp.entities.spacy_component`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..entities.spacy_component import SPANS_KEY, _ensure_extensions
from .colours import colour_map

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..article import Article

__all__ = ["to_spacy", "displacy_options", "SPANS_KEY", "SECTIONS_KEY"]

#: ``doc.spans`` key of the sections (``by="source"``).
SECTIONS_KEY = "sections"

_RUNS = re.compile(r"\S+|\s+")


@dataclass(frozen=True)
class _Unit:
    """One Doc to build: ``[start, end)`` of a source, and the section it is (if one)."""

    source: int
    start: int
    end: int
    section: str | None


def _units(article: "Article", by: str) -> Iterator[_Unit]:
    if by == "source":
        for i, src in enumerate(article.sources):
            yield _Unit(i, 0, len(src.text), None)
    elif by == "section":
        first_child: dict[str, int] = {}
        for s in article.sections:
            if s.parent:
                first_child[s.parent] = min(first_child.get(s.parent, s.start), s.start)
        for s in article.sections:
            yield _Unit(s.source, s.start, first_child.get(s.id, s.end), s.id)
    else:
        raise ValueError(f"by={by!r}: use 'source' or 'section'")


def _words(text: str, cuts: list[int]) -> tuple[list[str], list[bool], list[int]]:
    """Words and trailing-space flags reproducing ``text`` exactly, split at every cut point.

    spaCy stores one optional space after each token; any other whitespace becomes a token of
    its own (as spaCy's tokenizer does).
    """
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    for run in _RUNS.finditer(text):
        a, b = run.span()
        if text[a].isspace():
            if words and not spaces[-1] and text[a] == " ":
                spaces[-1] = True
                a += 1
            if a < b:
                words.append(text[a:b])
                spaces.append(False)
                starts.append(a)
            continue
        i = bisect.bisect_right(cuts, a)
        while i < len(cuts) and cuts[i] < b:
            words.append(text[a:cuts[i]])
            spaces.append(False)
            starts.append(a)
            a = cuts[i]
            i += 1
        words.append(text[a:b])
        spaces.append(False)
        starts.append(a)
    return words, spaces, starts


def _doc(article: "Article", unit: _Unit, nlp: "Language") -> "Doc":
    from spacy.tokens import Doc
    from spacy.util import filter_spans

    base = unit.start
    text = article.sources[unit.source].text[unit.start:unit.end]

    def inside(a: int, b: int, source: int) -> bool:
        return source == unit.source and unit.start <= a and b <= unit.end

    sentences = [s for s in article.sentences if inside(s.start, s.end, s.source)]
    mentions = [(e, m) for e in article.entities for m in e.mentions if inside(m.start, m.end, m.source)]
    lemmas = {(a - base, b - base): lemma for s in sentences for (a, b), lemma in zip(s.tokens, s.lemmas)}
    cuts = sorted({x for span in lemmas for x in span}
                  | {x - base for _, m in mentions for x in (m.start, m.end)}
                  | {x - base for s in sentences for x in (s.start, s.end)})
    words, spaces, starts = _words(text, cuts)

    # Sentence starts and lemmas go through the constructor: setting them token by token makes
    # spaCy re-check the whole Doc's annotation each time (quadratic in the Doc's length).
    sentence_starts = {s.start - base for s in sentences}
    sentence_spans = sorted((s.start - base, s.end - base) for s in sentences)
    begins = [a for a, _ in sentence_spans]
    ends = [b for _, b in sentence_spans]
    sent_starts: list[bool | int | None] = []  # the type spaCy declares
    previous_inside = False
    for k, start in enumerate(starts):
        j = bisect.bisect_right(begins, start) - 1
        now_inside = j >= 0 and start < ends[j]
        # a token outside every sentence (heading, reference entry) starts a stretch of its own
        sent_starts.append(k == 0 or start in sentence_starts or (previous_inside and not now_inside))
        previous_inside = now_inside
    token_lemmas = [lemmas.get((start, start + len(word)), "") for start, word in zip(starts, words)]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, lemmas=token_lemmas, sent_starts=sent_starts)
    assert doc.text == text  # the words reproduce the text, so char offsets carry over

    _ensure_extensions()
    spans = []
    for entity, m in mentions:
        span = doc.char_span(m.start - base, m.end - base, label=entity.label, kb_id=entity.id)
        if span is None:  # cannot happen: mention edges are cut points (kept as a loud guard)
            raise AssertionError(f"mention {m.text!r} at {m.start} is not on token boundaries")
        span._.entity_id = entity.id
        span._.generic = entity.generic
        spans.append(span)
    spans.sort(key=lambda s: (s.start, -s.end))
    doc.spans[SPANS_KEY] = spans
    doc.ents = filter_spans(spans)
    if unit.section is None:
        sections = []
        for s in article.sections:
            if inside(s.start, s.end, s.source):
                span = doc.char_span(s.start - base, s.end - base, label=s.kind, span_id=s.id,
                                     alignment_mode="expand")
                if span is not None:
                    sections.append(span)
        doc.spans[SECTIONS_KEY] = sections
    doc.user_data["secretome"] = {"doc_id": article.doc_id, "source": unit.source, "start": base,
                                  "section": unit.section}
    return doc


def to_spacy(article: "Article", nlp: "Language | None" = None, *, by: str = "source") -> list["Doc"]:
    """spaCy Docs of ``article``: one per source (``by="source"``) or per section (``by="section"``).

    ``nlp`` supplies the vocabulary (default: a blank multi-language pipeline); its components
    are not run, so call ``nlp(doc)`` on the results to add your own annotations on top.
    """
    import spacy

    nlp = nlp if nlp is not None else spacy.blank("xx")
    return [_doc(article, unit, nlp) for unit in _units(article, by)]


def displacy_options(labels: Iterable[str] | None = None, *, style: str = "ent") -> dict[str, Any]:
    """displaCy ``options`` colouring our entity classes (``style`` ``"ent"`` or ``"span"``).

    ``labels`` restricts ``"ent"`` rendering to those classes (default: every class, in the
    colours the HTML views use).
    """
    colors = colour_map(labels)
    if style == "span":
        return {"spans_key": SPANS_KEY, "colors": colors}
    return {"ents": list(colors), "colors": colors}
