"""Run the stages in order: read → repair → sections → sentences → align → metadata →
morphology → references → entities, and assemble the :class:`Article`.

Each stage works on the repaired view of a source and every span is converted back to
source offsets here, at one boundary (:meth:`RepairedText.source_span`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .align import align_article
from .article import Article
from .coverage import STRUCTURED_KINDS
from .recovery import attach_lead_ins, recover_bodies, rejoin_reference_lists
from .errors import NotAnArticleError, TruncatedArticleError
from .io import DEFAULT_MAX_BYTES, InputLike, read_document
from .langid import detect_language, script_ratio
from .metadata import extract_metadata
from .plausibility import audit
from .readers.base import Document
from .readers.markup import with_markup_metadata, with_markup_references
from .records.article import Metadata, Section, Sentence, Source
from .repair import RepairedText, repair
from .sections import split_sections
from .segment import split_sentences

#: Sections whose text is not prose: no sentences, no citation search.
_NON_PROSE = frozenset({"references", "authors", "affiliations", "dates"})
#: Sections where in-text citation markers are looked for.
_NO_CITATIONS = STRUCTURED_KINDS


_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|\[\d{1,3}\]|[-•*])\s")


@dataclass(frozen=True)
class ParseOptions:
    """What :func:`parse` does; every stage can be switched off for speed."""

    max_bytes: int = DEFAULT_MAX_BYTES
    allow_truncated: bool = False
    lemmas: bool = True
    entities: bool = True
    references: bool = True
    #: Raise :class:`~secretome_nlp.errors.ImplausibleArticleError` instead of warning
    #: when part of the text was not analysed (see :mod:`secretome_nlp.plausibility`).
    strict: bool = False
    #: Paths of user lexicons (TSV, the packaged lexicon's columns) whose entries the entity
    #: stage adds to the packaged ones (see :func:`secretome_nlp.read_user_lexicon`).
    lexicons: tuple[str, ...] = ()


def looks_truncated(text: str) -> bool:
    """True when the text stops in the middle of a sentence (the file was cut short)."""
    stripped = text.rstrip()
    if not stripped:
        return False
    last_line = stripped.rsplit("\n", 1)[-1].strip()
    last = stripped[-1]
    if last in ".!?…»\"”)]>}*" or last.isdigit():
        return False
    # A reference-list entry or a bare link may end without punctuation.
    if _LIST_ITEM.match(last_line) or re.search(r"(?:https?://|www\.|doi)\S*$", last_line, re.I):
        return False
    # A short last line is a heading or a list item; prose lines are long.
    return len(last_line) > 60 and (last.isalpha() or last in ",;:-–—(«")


def parse(*inputs: InputLike, doc_id: str | None = None, options: ParseOptions | None = None,
          **option_overrides: object) -> Article:
    """Parse one bilingual article, or its Russian and English parts given separately.

    ``inputs`` are paths, ``bytes`` or text strings: one (a bilingual article) or two
    (the same article's Russian and English parts, in either order). Keyword options
    (``max_bytes``, ``allow_truncated``, ``lemmas``, ``entities``, ``references``, ``strict``)
    override :class:`ParseOptions`.

    Raises a subclass of :class:`~secretome_nlp.errors.InputError` for unreadable input.
    """
    if not 1 <= len(inputs) <= 2:
        raise TypeError("parse() takes one bilingual article or its two language parts")
    opts = dataclasses.replace(options or ParseOptions(), **option_overrides)  # type: ignore[arg-type]
    documents = [read_document(x, opts.max_bytes) for x in inputs]
    sources = [d.to_source() for d in documents]
    warnings: list[str] = []
    for src in sources:
        cyr, lat = script_ratio(src.text)
        if cyr + lat < 20:
            raise NotAnArticleError(f"{src.path or '<text>'}: no Russian or English text to parse")
        if looks_truncated(src.text):
            message = f"{src.path or '<text>'}: text ends mid-sentence (truncated file?)"
            if not opts.allow_truncated:
                raise TruncatedArticleError(message)
            warnings.append(message)
    if len(sources) == 2:
        # Russian part first, whatever order the caller used.
        order = sorted(range(2), key=lambda i: 0 if detect_language(sources[i].text[:20000]) == "ru" else 1)
        sources, documents = [sources[i] for i in order], [documents[i] for i in order]
    return _assemble(sources, doc_id or _doc_id(sources), opts, warnings, documents)


def doc_id_from_path(path: str) -> str:
    """The ``doc_id`` of an article read from ``path``: the file stem without ``_ru``/``_en``."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return re.sub(r"_(ru|en)$", "", stem)


def _doc_id(sources: Sequence[Source]) -> str:
    if sources[0].path:
        return doc_id_from_path(sources[0].path)
    return hashlib.sha256("".join(s.sha256 for s in sources).encode()).hexdigest()[:16]


def _map_section(section: Section, view: RepairedText) -> Section:
    start, end = view.source_span(section.start, section.end)
    hs = he = None
    heading = section.heading
    if section.heading_start is not None and section.heading_end is not None:
        hs, he = view.source_span(section.heading_start, section.heading_end)
        heading = view.source[hs:he]  # as written, like every other text field
    return dataclasses.replace(section, start=start, end=end, heading_start=hs, heading_end=he, heading=heading)


def _children_of(sections: Sequence[Section]) -> dict[str, list[Section]]:
    """Child sections of every section id, built once per source."""
    children: dict[str, list[Section]] = {}
    for s in sections:
        if s.parent is not None:
            children.setdefault(s.parent, []).append(s)
    return children


def _own_ranges(section: Section, children: Sequence[Section]) -> list[tuple[int, int]]:
    """The parts of a section's body that no child section covers."""
    start = section.heading_end if section.heading_end is not None else section.start
    ranges, pos = [], start
    for child in sorted(children, key=lambda c: c.start):
        if child.start > pos:
            ranges.append((pos, child.start))
        pos = max(pos, child.end)
    if section.end > pos:
        ranges.append((pos, section.end))
    return ranges


def _sentences(view: RepairedText, source: int, sections: Sequence[Section]) -> list[Sentence]:
    """Sentences (in repaired-view offsets) of every prose section."""
    text = view.text
    out: list[Sentence] = []
    children = _children_of(sections)
    for sec in sections:
        if sec.kind in _NON_PROSE:
            continue
        k = 0
        for a, b in _own_ranges(sec, children.get(sec.id, [])):
            while a < b and (text[a] in " .:-–—*\t\n" or text[a].isspace()):
                a += 1  # skip the punctuation (and bold markup) that ends a run-in heading
            for s, e in split_sentences(text, a, b):
                lang = detect_language(text[s:e], fallback=sec.lang)
                out.append(Sentence(f"{sec.id}:{k}", source, sec.id, lang, s, e))
                k += 1
    return out


def _assemble(sources: list[Source], doc_id: str, opts: ParseOptions, warnings: list[str],
              documents: Sequence[Document] = ()) -> Article:
    views = [repair(s.text) for s in sources]
    view_sections: list[Section] = []
    for i, view in enumerate(views):
        view_sections.extend(split_sections(view.text, source=i))
    view_sections = rejoin_reference_lists(views, attach_lead_ins(views, view_sections))
    view_sections, recovered = recover_bodies(views, view_sections)
    warnings.extend(recovered)
    view_sections = _unique_ids(view_sections)
    view_sentences: list[Sentence] = []
    for i, view in enumerate(views):
        view_sentences.extend(_sentences(view, i, [s for s in view_sections if s.source == i]))
    if opts.lemmas:
        view_sentences = _lemmatise(views, view_sentences)

    sections = [_map_section(s, views[s.source]) for s in view_sections]
    sentences = [_map_sentence(s, views[s.source]) for s in view_sentences]
    metadata = with_markup_metadata(_metadata(views, sections), documents)

    by_section: dict[str, list[tuple[int, int]]] = {}
    for s in sentences:
        by_section.setdefault(s.section, []).append((s.start, s.end))
    pairs = align_article(sections, by_section, [src.text for src in sources])

    references: list = []
    citations: list = []
    if opts.references:
        references, citations = with_markup_references(documents, *_references(views, view_sections))
    entities: list = []
    abbreviations: list = []
    if opts.entities:
        entities, abbreviations = _entities(views, view_sentences, sentences, citations, opts.lexicons)
        entities = _project_across_languages(entities, sources, sentences, sections, pairs)
    article = Article(doc_id=doc_id, sources=tuple(sources), sections=tuple(sections), pairs=tuple(pairs),
                      sentences=tuple(sentences), metadata=metadata, entities=tuple(entities),
                      abbreviations=tuple(abbreviations), references=tuple(references),
                      citations=tuple(citations), warnings=tuple(warnings))
    return audit(article, references_parsed=opts.references, strict=opts.strict, layout_warnings=recovered)


def _metadata(views: Sequence[RepairedText], sections: Sequence[Section]) -> Metadata:
    """Metadata read from the source texts with only words cut at line ends rejoined.

    A typeset title, affiliation or keyword list may be hyphenated (``мяг-⏎ких``); the
    other repairs stay out, because the metadata reader needs the marks they remove
    (``^{1,*}`` after an author's name).
    """
    texts: list[str] = []
    mapped: list[Section] = []
    for i, view in enumerate(views):
        joins = RepairedText(view.source, [e for e in view.edits if e.reason in ("dehyphenate", "join-compound")])
        texts.append(joins.text)
        at = joins.repaired_index
        mapped.extend(dataclasses.replace(
            s, start=at(s.start), end=at(s.end),
            heading_start=None if s.heading_start is None else at(s.heading_start),
            heading_end=None if s.heading_end is None else at(s.heading_end)) for s in sections if s.source == i)
    return extract_metadata(texts, mapped)


def _unique_ids(sections: list[Section]) -> list[Section]:
    seen: dict[str, int] = {}
    renamed: dict[tuple[int, str], str] = {}
    out = []
    for s in sections:
        n = seen.get(s.id, 0) + 1
        seen[s.id] = n
        new_id = s.id if n == 1 else f"{s.id}~{s.source}"
        renamed[(s.source, s.id)] = new_id
        parent = renamed.get((s.source, s.parent)) if s.parent else None
        out.append(dataclasses.replace(s, id=new_id, parent=parent))
    return out


def _map_sentence(sentence: Sentence, view: RepairedText) -> Sentence:
    if not view.edits:  # nothing repaired: view offsets are source offsets (skips a map per token)
        return sentence
    start, end = view.source_span(sentence.start, sentence.end)
    tokens = tuple(view.source_span(a, b) for a, b in sentence.tokens)
    return dataclasses.replace(sentence, start=start, end=end, tokens=tokens)


def _lemmatise(views: Sequence[RepairedText], sentences: list[Sentence]) -> list[Sentence]:
    from .morphology import lemmatize, tokenize

    out = []
    for s in sentences:
        text = views[s.source].text[s.start:s.end]
        spans = tokenize(text)
        words = [text[a:b] for a, b in spans]
        lemmas = lemmatize(words, lang=s.lang if s.lang in ("ru", "en") else "ru") if words else []
        out.append(dataclasses.replace(
            s, tokens=tuple((s.start + a, s.start + b) for a, b in spans), lemmas=tuple(lemmas)))
    return out


def _references(views: Sequence[RepairedText], sections: Sequence[Section]) -> tuple[list, list]:
    from .references import find_citations, parse_reference_list

    references: list = []
    citations: list = []
    for i, view in enumerate(views):
        own = [s for s in sections if s.source == i]
        refs: list[Any] = []
        for sec in own:
            if sec.kind == "references":
                # The list is parsed on the source itself: its markdown (*journal*) delimits
                # fields, and the parser rejoins DOIs broken across lines on its own.
                start, end = view.source_span(sec.heading_end if sec.heading_end is not None else sec.start,
                                              sec.end)
                refs.extend(dataclasses.replace(r, source=i) for r in parse_reference_list(view.source, start, end))
        # Every part of a prose section that no child covers (text before a first
        # subsection included), in the repaired view.
        children = _children_of(own)
        spans = [span for s in own if s.kind not in _NO_CITATIONS
                 for span in _own_ranges(s, children.get(s.id, []))]
        found = find_citations(view.text, spans, refs) if refs or spans else []
        references.extend(refs)
        citations.extend(_map_span_record(c, view, i) for c in found)
    return references, citations


def _map_span_record(record, view: RepairedText, source: int):
    start, end = view.source_span(record.start, record.end)
    changes: dict[str, object] = {"start": start, "end": end}
    names = {f.name for f in dataclasses.fields(record)}
    if "source" in names:
        changes["source"] = source
    if "text" in names:
        changes["text"] = view.source[start:end]  # the contract: text == source[start:end]
    return dataclasses.replace(record, **changes)


def _project_across_languages(entities: list, sources: Sequence[Source], sentences: Sequence[Sentence],
                              sections: Sequence[Section], pairs: Sequence) -> list:
    """One-word mentions found on one side of an aligned sentence pair, projected onto their
    cognate on the other side (:mod:`secretome_nlp.entities.crosslingual`)."""
    from .entities.crosslingual import project_cognates

    source_of = {s.id: s.source for s in sections}
    groups = [(source_of[p.ru], g.ru, source_of[p.en], g.en) for p in pairs for g in p.sentences if g.ru and g.en]
    if not groups:
        return entities
    return project_cognates(entities, [s.text for s in sources], sentences, groups)


def _entities(views: Sequence[RepairedText], view_sentences: Sequence[Sentence],
              sentences: Sequence[Sentence], citations: Sequence, lexicons: tuple[str, ...] = ()) -> tuple[list, list]:
    from .entities import extractor_with
    from .references import citations_in

    result = extractor_with(tuple(lexicons)).extract([v.text for v in views], list(view_sentences))
    # Evidence: a mention carries the reference numbers cited in its sentence.
    by_source: dict[int, list[Any]] = {}
    for c in citations:
        by_source.setdefault(c.source, []).append(c)
    sentence_refs = {s.id: citations_in((s.start, s.end), by_source.get(s.source, [])) for s in sentences
                     if s.source in by_source}
    entities = []
    for entity in result.entities:
        mentions = []
        for m in entity.mentions:
            mapped = _map_span_record(m, views[m.source], m.source)
            refs = sentence_refs.get(m.sentence)
            if refs:
                mapped = dataclasses.replace(mapped, citations=tuple(refs))
            mentions.append(mapped)
        entities.append(dataclasses.replace(entity, mentions=tuple(mentions)))
    abbreviations = []
    for a in result.abbreviations:
        view = views[a.source]
        start, end = view.source_span(a.start, a.end)
        long_start, long_end = view.source_span(a.long_start, a.long_end)
        abbreviations.append(dataclasses.replace(a, start=start, end=end, long_start=long_start,
                                                 long_end=long_end))
    return entities, abbreviations
