"""Recover text that the section splitter left where nothing analyses it.

Post-passes over the section list that :func:`~secretome_nlp.sections.split_sections`
returned (in repaired-view offsets); they compose with whatever headings that finds, and
the pipeline runs them in the order below.

**Lead-in text before a heading.** A section opened by a heading in mid-line (``…with
ХИМ.  Результаты.`` or ``[Title].  OBJECTIVE To explore…``) starts at its line, but only
the text after its heading is analysed, so the words before the heading fall between two
sections. :func:`attach_lead_ins` gives them to the section before (or to an implicit
``title``/``other`` section when there is none).

**A reference list cut by a look-alike.** :func:`rejoin_reference_lists` gives a
reference list back the implicit author/title sections that wrapped entries opened in it.

**A swallowed body.** When no body heading is recognised (``1. Введение``, ``## ВВЕДЕНИЕ`` or a form nobody
knows), the last front-matter section before the body — typically ``dates`` or
``keywords`` — runs on to the next heading it does know and takes the whole body with
it: no sentences, no entities, no citations, and no error. :func:`recover_bodies`:

1. In every level-1 front-matter section, look past its first line (the heading or the
   implicit unit that opened it) for the first line that is *prose* — several sentences'
   worth of words ending in sentence punctuation, which no title, author list, date or
   keyword line is.
2. Cut the section there and open a level-1 ``body`` section from that line (or from the
   heading-like short line just before it) to where the swallowing section ended.
3. Inside the recovered body, every short heading-like line followed by prose opens an
   unnamed level-2 ``body`` subsection, so headings never run into sentences.

Each recovery yields a warning naming the source range, so a layout the library cannot
read is never a silent success. The one exception is short text after a title with no
heading-like line at all (an unstructured abstract): it becomes an ``other`` section, as
the splitter makes for a text without headings, and nothing was missed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .langid import detect_language
from .records.article import Section
from .repair import RepairedText

#: Sections that hold front matter: short by nature, never the body.
FRONT_MATTER_KINDS = frozenset({"title", "authors", "affiliations", "keywords", "dates", "citation",
                                "correspondence"})

#: Longest text that may follow a title without any heading and still be one unheaded
#: part (an unstructured abstract) rather than an article body whose headings were missed.
UNHEADED_MAX_CHARS = 5000

_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?…][»\"”)\]]*\s*$")
_SENTENCE_INSIDE = re.compile(r"[а-яёa-z]{3}[.!?…]\s+[А-ЯЁA-Z][а-яёa-z]")
# "Received: 12.08.2025", "E-mail: …", "ORCID: …": a labelled field of the front matter.
_FIELD = re.compile(r"[^:]{1,40}:\s*\S*\d|.*@|.*https?://", re.I)


def is_prose_line(line: str) -> bool:
    """A line of running text: at least twelve words and a sentence end (at its end or inside)."""
    words = _WORD.findall(line)
    return (len(words) >= 12 and len(line) >= 80
            and bool(_SENTENCE_END.search(line) or _SENTENCE_INSIDE.search(line)))


def is_heading_like(line: str) -> bool:
    """A short line that can head a body part: few words, no final full stop, not a field."""
    stripped = line.strip()
    words = _WORD.findall(stripped)
    return (1 <= len(words) <= 12 and len(stripped) <= 120 and not stripped.endswith((".", ";", ","))
            and not _FIELD.match(stripped))


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank lines of ``text[start:end]`` as stripped (start, end) spans."""
    out = []
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        a, b = pos, pos + len(line)
        pos = b
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - trail > a + lead:
            out.append((a + lead, b - trail))
    return out


def _body_start(text: str, section: Section) -> tuple[int, int | None] | None:
    """(start line index, heading line index or None) of swallowed prose in ``section``."""
    lines = _lines(text, section.start, section.end)
    for i in range(1, len(lines)):
        a, b = lines[i]
        if is_prose_line(text[a:b]):
            prev = i - 1
            if prev >= 1 and is_heading_like(text[lines[prev][0]:lines[prev][1]]):
                return prev, prev
            return i, None
    return None


def _subsections(text: str, body: Section, lines: list[tuple[int, int]], new_id) -> list[Section]:
    """Unnamed level-2 parts of a recovered body, one per heading-like line before prose."""
    out = []
    for i in range(len(lines) - 1):
        a, b = lines[i]
        if a <= body.start or not is_heading_like(text[a:b]) or not is_prose_line(text[slice(*lines[i + 1])]):
            continue
        hs, he = a, b  # the whole line, markers (``## ``, ``1. ``) included: the heading as written
        out.append(Section(id="", source=body.source, lang=body.lang, kind="body", heading=text[hs:he],
                           level=2, parent=body.id, start=a, end=body.end, heading_start=hs, heading_end=he,
                           covers=("body",)))
    # A part ends where the next begins (trailing white space trimmed).
    for k in range(len(out) - 1):
        end = out[k + 1].start
        while end > out[k].start and text[end - 1].isspace():
            end -= 1
        out[k] = dataclasses.replace(out[k], end=end)
    return [dataclasses.replace(s, id=new_id(f"{body.id}.body")) for s in out]


def _excerpt(text: str, start: int, end: int, words: int = 8) -> str:
    return " ".join(text[start:end].split()[:words])


_BRACKETED_TITLE = re.compile(r"\s*\[[^\]]+\]\.?\s*")
#: What may stand before a heading on its line and belongs to it: a number ("2.", "1.1",
#: "IV."), markdown ("##", "**"), a bullet.
_HEADING_MARKER = re.compile(r"[\s*#•\-–]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})\.?)?[\s*#]*")
_ALNUM = re.compile(r"[^\W_]")


def attach_lead_ins(views: Sequence[RepairedText], sections: Sequence[Section]) -> list[Section]:
    """Move each section's start to its heading when text precedes the heading on its line.

    The text before the heading goes to the previous section of the same source and level
    (whose end is moved up to it) or, inside a parent, stays the parent's own text; before
    the first section it becomes an implicit ``title`` (a bracketed title line, the abstract
    files' convention) or ``other`` section.
    """
    out: list[Section] = []
    used = {s.id for s in sections}
    for sec in sections:
        text = views[sec.source].text
        hs = sec.heading_start
        if (hs is None or hs <= sec.start or not _ALNUM.search(text, sec.start, hs)
                or _HEADING_MARKER.fullmatch(text, sec.start, hs)):
            out.append(sec)
            continue
        lead_end = hs
        while lead_end > sec.start and text[lead_end - 1].isspace():
            lead_end -= 1
        previous = next((s for s in reversed(out) if s.source == sec.source and s.level == sec.level
                         and s.parent == sec.parent), None)
        if previous is not None:
            i = out.index(previous)
            out[i] = dataclasses.replace(previous, end=max(previous.end, lead_end))
            # Sections nested in the previous one keep their ends; only it grows.
        elif sec.parent is None:
            kind = "title" if _BRACKETED_TITLE.fullmatch(text, sec.start, lead_end) else "other"
            lang = detect_language(text[sec.start:lead_end])
            sid, n = f"{lang}.{kind}", 1
            while sid in used:
                n += 1
                sid = f"{lang}.{kind}-{n}"
            used.add(sid)
            out.append(Section(id=sid, source=sec.source, lang=lang, kind=kind, heading="", level=1, parent=None,
                               start=sec.start, end=lead_end, covers=(kind,)))
        out.append(dataclasses.replace(sec, start=hs))
    return out


#: Implicit sections that a wrapped reference entry can pass for (a line of authors).
_ENTRY_LOOKALIKES = frozenset({"title", "authors", "affiliations", "other"})
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def rejoin_reference_lists(views: Sequence[RepairedText], sections: Sequence[Section]) -> list[Section]:
    """Give back to a reference list the implicit sections that interrupt it.

    A wrapped entry whose continuation line holds only names (``Hu Y., Li S., Wang Y.
    Conditioned medium …``) looks like an author line and opens an implicit ``authors``
    section, cutting the list in two. Inside a source, implicit (heading-less) level-1
    sections after a ``references`` section and before the next headed one belong to it
    when they hold a year, as entries do (an English title block printed after the list
    does not).
    """
    out: list[Section] = []
    open_list: int | None = None  # index in ``out`` of the reference list being extended
    for sec in sections:
        if open_list is not None and out[open_list].source != sec.source:
            open_list = None
        if sec.level == 1 and sec.kind == "references":
            open_list = len(out)
        elif (open_list is not None and sec.level == 1 and sec.heading_start is None
              and sec.kind in _ENTRY_LOOKALIKES and _YEAR.search(views[sec.source].text, sec.start, sec.end)):
            out[open_list] = dataclasses.replace(out[open_list], end=max(out[open_list].end, sec.end))
            continue
        elif sec.level == 1:
            open_list = None
        out.append(sec)
    return out


def recover_bodies(views: Sequence[RepairedText], sections: Sequence[Section]) -> tuple[list[Section], list[str]]:
    """Split swallowed bodies out of front-matter sections.

    ``sections`` are in repaired-view offsets (as :func:`split_sections` gives them) for
    all sources; returns the new section list (same order rules: document order per
    source) and one warning per recovered body, with **source** offsets.
    """
    out: list[Section] = []
    warnings: list[str] = []
    used = {s.id for s in sections}

    def new_id(base: str) -> str:
        sid, n = base, 1
        while sid in used:
            n += 1
            sid = f"{base}-{n}"
        used.add(sid)
        return sid

    for sec in sections:
        view = views[sec.source]
        text = view.text
        found = _body_start(text, sec) if sec.level == 1 and sec.kind in FRONT_MATTER_KINDS else None
        if found is None:
            out.append(sec)
            continue
        lines = _lines(text, sec.start, sec.end)
        first, heading = found
        start = lines[first][0]
        cut = start
        while cut > sec.start and text[cut - 1].isspace():
            cut -= 1
        out.append(dataclasses.replace(sec, end=cut))
        hs = he = None
        if heading is not None:
            hs, he = lines[heading]
        lang = detect_language(text[start:sec.end])
        # Short text without a single heading-like line after a title (an unstructured
        # abstract) has no heading to miss: it is the text's one part, like the ``other``
        # section the splitter opens for a text without headings. Anything else is a body
        # whose headings were not recognised, and is reported.
        parts_found = any(is_heading_like(text[a:b]) and a > start for a, b in lines[first:])
        unheaded = not parts_found and sec.end - start <= UNHEADED_MAX_CHARS and hs is None
        kind = "other" if unheaded else "body"
        body = Section(id=new_id(f"{lang}.{kind}"), source=sec.source, lang=lang, kind=kind,
                       heading=text[hs:he] if hs is not None else "", level=1, parent=None, start=start,
                       end=sec.end, heading_start=hs, heading_end=he, covers=(kind,))
        parts = [] if unheaded else _subsections(text, body, lines[first:], new_id)
        out.append(body)
        out.extend(parts)
        if unheaded:
            continue
        s0, s1 = view.source_span(start, sec.end)
        warnings.append(
            f"source {sec.source}: characters {s0}–{s1} (from “{_excerpt(view.source, s0, s1)} …”) followed the "
            f"'{sec.kind}' section without a body heading the library knows; analysed as one unnamed body "
            f"section with {len(parts)} unnamed parts (headings not classified)")
    return out, warnings
