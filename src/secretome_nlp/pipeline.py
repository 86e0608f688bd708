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
from .errors import NotAnArticleError, TruncatedArticleError
from .io import DEFAULT_MAX_BYTES, InputLike, read_source
from .langid import detect_language, script_ratio
from .metadata import extract_metadata
from .records.article import Section, Sentence, Source
from .repair import RepairedText, repair
from .sections import split_sections
from .segment import split_sentences

#: Sections whose text is not prose: no sentences, no citation search.
_NON_PROSE = frozenset({"references", "authors", "affiliations", "dates"})
#: Sections where in-text citation markers are looked for.
_NO_CITATIONS = frozenset({"references", "citation", "title", "authors", "affiliations", "keywords",
                           "dates", "correspondence", "author_info", "contributions", "funding",
                           "conflicts", "data_availability"})


_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|\[\d{1,3}\]|[-•*])\s")


@dataclass(frozen=True)
class ParseOptions:
    """What :func:`parse` does; every stage can be switched off for speed."""

    max_bytes: int = DEFAULT_MAX_BYTES
    allow_truncated: bool = False
    lemmas: bool = True
    entities: bool = True
    references: bool = True


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
    (``max_bytes``, ``allow_truncated``, ``lemmas``, ``entities``, ``references``)
    override :class:`ParseOptions`.

    Raises a subclass of :class:`~secretome_nlp.errors.InputError` for unreadable input.
    """
    if not 1 <= len(inputs) <= 2:
        raise TypeError("parse() takes one bilingual article or its two language parts")
    opts = dataclasses.replace(options or ParseOptions(), **option_overrides)  # type: ignore[arg-type]
    sources = [read_source(x, opts.max_bytes) for x in inputs]
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
        sources.sort(key=lambda s: 0 if detect_language(s.text[:20000]) == "ru" else 1)
    return _assemble(sources, doc_id or _doc_id(sources), opts, warnings)


def _doc_id(sources: Sequence[Source]) -> str:
    if sources[0].path:
        stem = os.path.splitext(os.path.basename(sources[0].path))[0]
        return re.sub(r"_(ru|en)$", "", stem)
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


def _assemble(sources: list[Source], doc_id: str, opts: ParseOptions, warnings: list[str]) -> Article:
    views = [repair(s.text) for s in sources]
    view_sections: list[Section] = []
    for i, view in enumerate(views):
        view_sections.extend(split_sections(view.text, source=i))
    view_sections = _unique_ids(view_sections)
    view_sentences: list[Sentence] = []
    for i, view in enumerate(views):
        view_sentences.extend(_sentences(view, i, [s for s in view_sections if s.source == i]))
    if opts.lemmas:
        view_sentences = _lemmatise(views, view_sentences)

    sections = [_map_section(s, views[s.source]) for s in view_sections]
    sentences = [_map_sentence(s, views[s.source]) for s in view_sentences]
    metadata = extract_metadata([s.text for s in sources], sections)

    by_section: dict[str, list[tuple[int, int]]] = {}
    for s in sentences:
        by_section.setdefault(s.section, []).append((s.start, s.end))
    pairs = align_article(sections, by_section, [src.text for src in sources])

    references: list = []
    citations: list = []
    if opts.references:
        references, citations = _references(views, view_sections)
    entities: list = []
    abbreviations: list = []
    if opts.entities:
        entities, abbreviations = _entities(views, view_sentences, sentences, citations)
    return Article(doc_id=doc_id, sources=tuple(sources), sections=tuple(sections), pairs=tuple(pairs),
                   sentences=tuple(sentences), metadata=metadata, entities=tuple(entities),
                   abbreviations=tuple(abbreviations), references=tuple(references),
                   citations=tuple(citations), warnings=tuple(warnings))


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


def _entities(views: Sequence[RepairedText], view_sentences: Sequence[Sentence],
              sentences: Sequence[Sentence], citations: Sequence) -> tuple[list, list]:
    from .entities import extract_entities
    from .references import citations_in

    result = extract_entities([v.text for v in views], list(view_sentences))
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
