"""A layout fuzzer: re-lay a text the ways real sources do, keeping track of its headings.

A text is cut at headings whose spans are given (by a gold table, by a hand-checked
parse, by a caller); every heading gets a *key* so that, after any re-layout, the new
span of each heading is known and expected results can be stated in terms of keys.

    doc = Doc.from_text(text, [(start, end, key), ...], lang="en")
    fuzzed = apply(doc, ["headings_glued", "upper", "wrap72_hyphen", "crlf"])
    fuzzed.text, fuzzed.spans["en:113"]           # new text, where heading en:113 now is

Named transforms (``TRANSFORMS``):

* placement — ``headings_line_end`` (``…in the elderly.  AIM`` then the text on the next
  line), ``headings_glued`` (``AIM  To assess…``), ``headings_own_line``,
  ``heading_after_title`` (``[Title].  AIM  To assess…``), ``numbered`` (``1. Цель``),
  ``numbered_decimal`` (``1.1 Цель``), ``numbered_roman`` (``I. Цель``), ``markdown``
  (``## Цель``), ``bold`` (``**Цель.** Текст``);
* heading case — ``upper`` (ALL CAPS), ``title_case`` (``Material and Methods``);
* whole text — ``crlf``, ``extra_blank_lines``, ``no_blank_lines``, ``wrap72`` and
  ``wrap72_hyphen`` (hard wrap of long lines at about 72 characters, without and with
  words hyphenated at the line end);
* ``english_first`` only sets :attr:`Fuzzed.english_first` (for two-part inputs the caller
  passes the English half first); ``one_file`` (a case transform, see :func:`apply_case`)
  writes the English half and then the Russian one into a single text.

Headings whose separator is a dash (``Цель исследования - изучение…``) are part of their
sentence's grammar; placement transforms leave them where they are (case still applies).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

__all__ = ["Block", "CASE_TRANSFORMS", "Case", "Doc", "Fuzzed", "TRANSFORMS", "abstract_cases", "apply", "apply_case",
           "one_text", "pairs_by_key", "seed_case",
           "random_combination", "wrap_text"]


@dataclass(frozen=True)
class Block:
    """One heading and the text it heads, with the white space around it as written."""

    lead: str            # text between the previous block's body and this heading
    heading: str         # the heading as written (without number, markup or punctuation)
    sep: str             # what follows the heading up to its body (". ", "\n", "  ", " - ")
    body: str            # the text the heading heads, up to the next heading's lead
    key: str             # the caller's name for this heading
    prefix: str = ""     # number or markup written before the heading ("1. ", "## ", "**")
    fixed: bool = False  # placement transforms leave it as it is (front-matter headings)


@dataclass(frozen=True)
class Doc:
    """A text cut at its headings: ``head`` (text before the first heading) then blocks."""

    head: str
    blocks: tuple[Block, ...]
    lang: str = ""
    text_transforms: tuple[str, ...] = ()
    english_first: bool = False

    @classmethod
    def from_text(cls, text: str, headings: Iterable[tuple[int, int, str]], lang: str = "") -> "Doc":
        """Cut ``text`` at ``(start, end, key)`` heading spans (not overlapping)."""
        spans = sorted(headings)
        blocks: list[Block] = []
        # The body of a block runs to the end of the line before the next heading, or to the
        # last sentence end before it when the heading stands mid-line.
        cut_points = []
        for i, (start, end, key) in enumerate(spans):
            prev_end = spans[i - 1][1] if i else 0
            lead_start = start
            while lead_start > prev_end and text[lead_start - 1] in " \t\r\n":
                lead_start -= 1
            cut_points.append((lead_start, start, end, key))
        head = text[:cut_points[0][0]] if cut_points else text
        for i, (lead_start, start, end, key) in enumerate(cut_points):
            next_cut = cut_points[i + 1][0] if i + 1 < len(cut_points) else len(text)
            m = re.match(r"(?:[ \t]*[.:]|\s+[-–—])?[ \t]*(?:\r?\n[ \t]*)*", text[end:next_cut])
            sep_len = m.end() if m else 0
            blocks.append(Block(lead=text[lead_start:start], heading=text[start:end],
                                sep=text[end:end + sep_len], body=text[end + sep_len:next_cut], key=key))
        return cls(head, tuple(blocks), lang)

    def render(self) -> "Fuzzed":
        """The text and the span of every heading in it (text transforms applied last)."""
        parts: list[str] = [self.head]
        pos = len(self.head)
        spans: dict[str, tuple[int, int]] = {}
        for b in self.blocks:
            pos += len(b.lead) + len(b.prefix)
            spans[b.key] = (pos, pos + len(b.heading))
            parts += [b.lead, b.prefix, b.heading, b.sep, b.body]
            pos += len(b.heading) + len(b.sep) + len(b.body)
        fuzzed = Fuzzed("".join(parts), spans, self.english_first)
        for name in self.text_transforms:
            fuzzed = _TEXT_TRANSFORMS[name](fuzzed)
        return fuzzed


@dataclass(frozen=True)
class Fuzzed:
    """A re-laid text, the span of each heading key in it, and the input order wanted."""

    text: str
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    english_first: bool = False

    def remap(self, text: str, old_to_new: Callable[[int], int]) -> "Fuzzed":
        return Fuzzed(text, {k: (old_to_new(a), old_to_new(b)) for k, (a, b) in self.spans.items()},
                      self.english_first)


# --- heading transforms ----------------------------------------------------------
def _movable(b: Block) -> bool:
    """Dash-separated run-in headings belong to their sentence: they stay where they are."""
    return not b.fixed and not re.match(r"\s*[-–—]", b.sep)


def _punct(b: Block) -> str:
    """The heading's own punctuation: Russian headings end with a full stop, capitals need none."""
    if ":" in b.sep:
        return ":"
    return "." if "." in b.sep or not b.heading.isupper() else ""


def _placed(doc: Doc, lead_of: Callable[[int, Block], str], sep_of: Callable[[Block], str],
            prefix_of: Callable[[int, Block], str] = lambda i, b: "") -> Doc:
    blocks = []
    last = len(doc.blocks) - 1
    for i, b in enumerate(doc.blocks):
        if not _movable(b):
            blocks.append(b)
            continue
        # The white space between blocks now lives in the next block's lead; the text keeps
        # its final line break.
        body = b.body.rstrip(" \t\r\n") + ("\n" if i == last and b.body.endswith("\n") else "")
        blocks.append(replace(b, lead=lead_of(i, b), sep=sep_of(b), prefix=prefix_of(i, b), body=body))
    head = doc.head.rstrip(" \t\r\n") if doc.head.strip() else doc.head
    return replace(doc, head=head, blocks=tuple(blocks))


def _first_lead(doc: Doc, i: int) -> str:
    return "" if i == 0 and not doc.head.strip() else "\n"


def headings_own_line(doc: Doc) -> Doc:
    return _placed(doc, lambda i, b: _first_lead(doc, i), lambda b: _punct(b) + "\n")


def headings_glued(doc: Doc) -> Doc:
    return _placed(doc, lambda i, b: _first_lead(doc, i),
                   lambda b: _punct(b) + (" " if _punct(b) else "  "))


def headings_line_end(doc: Doc) -> Doc:
    """``…previous sentence.  AIM`` with the heading's text on the next line.

    Only after a sentence end: after a line without final punctuation (an affiliation, a
    list item) the heading goes on a line of its own.
    """
    def lead(i: int, b: Block) -> str:
        before = (doc.blocks[i - 1].body if i else doc.head).rstrip(" \t\r\n")
        if not before:
            return ""
        return "  " if before[-1] in ".!?" else "\n"
    return _placed(doc, lead, lambda b: _punct(b) + "\n")


def heading_after_title(doc: Doc) -> Doc:
    """The first heading on the title's line (only when the text has a head, as titles are)."""
    if not doc.blocks or not doc.head.strip().startswith("[") or not _movable(doc.blocks[0]):
        return doc  # only a bracketed title line is known to be a title
    first = doc.blocks[0]
    # Numbers and markdown belong to headings on their own line: the run-in form drops them.
    blocks = (replace(first, lead="  ", prefix="", sep=_punct(first) + (" " if _punct(first) else "  "),
                      body=first.body),) + doc.blocks[1:]
    return replace(doc, head=doc.head.rstrip(" \t\r\n"), blocks=blocks)


_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]


def _numbered(style: str) -> Callable[[Doc], Doc]:
    def number(i: int) -> str:
        if style == "roman":
            return _ROMAN[i % len(_ROMAN)] + ". "
        return f"1.{i + 1} " if style == "decimal" else f"{i + 1}. "

    def transform(doc: Doc) -> Doc:
        movable = [b.key for b in doc.blocks if _movable(b)]
        return _placed(doc, lambda i, b: _first_lead(doc, i), lambda b: "\n",
                       lambda i, b: number(movable.index(b.key)))
    return transform


def markdown(doc: Doc) -> Doc:
    return _placed(doc, lambda i, b: _first_lead(doc, i), lambda b: "\n", lambda i, b: "## ")


def bold(doc: Doc) -> Doc:
    return _placed(doc, lambda i, b: _first_lead(doc, i), lambda b: ".** ", lambda i, b: "**")


def _recased(doc: Doc, case: Callable[[str], str]) -> Doc:
    return replace(doc, blocks=tuple(b if b.fixed else replace(b, heading=case(b.heading))
                                     for b in doc.blocks))


_SMALL = frozenset({"and", "of", "the", "in", "for", "to", "и", "в", "по", "об", "о", "на"})


def title_case(text: str) -> str:
    """``MATERIAL AND METHODS`` → ``Material and Methods``; Russian capitalises the first word only."""
    words = text.lower().split(" ")
    cyrillic = bool(re.search("[а-яё]", text.lower()))
    out = []
    for i, w in enumerate(words):
        if i == 0 or (not cyrillic and w not in _SMALL):
            w = w[:1].upper() + w[1:]
        out.append(w)
    return " ".join(out)


# --- whole-text transforms (applied after rendering, spans remapped) ---------------------
def _crlf(f: Fuzzed) -> Fuzzed:
    text = f.text.replace("\r\n", "\n")
    newlines = [i for i, c in enumerate(text) if c == "\n"]
    import bisect
    return f.remap(text.replace("\n", "\r\n"), lambda o: o + bisect.bisect_left(newlines, o))


def _rewrite(f: Fuzzed, pattern: str, repl: Callable[[re.Match[str]], str]) -> Fuzzed:
    """Replace matches of ``pattern`` and move every span with the text."""
    out, shifts, pos, delta = [], [], 0, 0
    for m in re.finditer(pattern, f.text):
        new = repl(m)
        out.append(f.text[pos:m.start()] + new)
        pos = m.end()
        delta += len(new) - (m.end() - m.start())
        shifts.append((m.end(), delta))
    out.append(f.text[pos:])

    def move(o: int) -> int:
        d = 0
        for end, dd in shifts:
            if end <= o:
                d = dd
            else:
                break
        return o + d
    return f.remap("".join(out), move)


def _extra_blank_lines(f: Fuzzed) -> Fuzzed:
    return _rewrite(f, r"(?<!\n)\n(?!\n)", lambda m: "\n\n")


def _no_blank_lines(f: Fuzzed) -> Fuzzed:
    return _rewrite(f, r"\n[ \t]*(?:\n[ \t]*)+", lambda m: "\n")


def wrap_text(text: str, width: int = 72, hyphenate: bool = False,
              protected: Sequence[tuple[int, int]] = ()) -> tuple[str, list[tuple[int, int]]]:
    """Hard-wrap lines longer than ``width``; returns the text and (offset, inserted chars).

    Without hyphenation the space before a word that crosses the margin becomes a line
    break (no offset moves). With it, such a word of at least six letters is cut as
    ``regenera-\\n`` (two characters inserted), as in text extracted from PDFs.
    ``protected`` spans (headings) are never cut.
    """
    def is_protected(i: int) -> bool:
        return any(a <= i < b for a, b in protected)

    out: list[str] = []
    inserted: list[tuple[int, int]] = []
    col = 0
    for m in re.finditer(r"\n|[^\S\n]+|\S+", text):
        token, at = m.group(), m.start()
        if token == "\n":
            out.append(token)
            col = 0
        elif token.isspace():
            out.append(token)
            col += len(token)
        elif col + len(token) <= width or col == 0 or is_protected(at):
            out.append(token)
            col += len(token)
        else:
            room = width - col
            if hyphenate and room >= 3 and len(token) - room >= 3 and token[:room + 1].isalpha():
                out.append(token[:room] + "-\n" + token[room:])
                inserted.append((at + room, 2))
                col = len(token) - room
            elif out and out[-1].isspace() and out[-1] != "\n" and not is_protected(at - 1):
                out[-1] = out[-1][:-1] + "\n"
                out.append(token)
                col = len(token)
            else:
                out.append(token)
                col += len(token)
    return "".join(out), inserted


def _wrap(hyphenate: bool) -> Callable[[Fuzzed], Fuzzed]:
    def transform(f: Fuzzed) -> Fuzzed:
        text, inserted = wrap_text(f.text, 72, hyphenate, list(f.spans.values()))
        return f.remap(text, lambda o: o + sum(n for at, n in inserted if at < o))
    return transform


_TEXT_TRANSFORMS: dict[str, Callable[[Fuzzed], Fuzzed]] = {
    "crlf": _crlf, "extra_blank_lines": _extra_blank_lines, "no_blank_lines": _no_blank_lines,
    "wrap72": _wrap(False), "wrap72_hyphen": _wrap(True),
}
#: The order in which whole-text transforms run (wrapping before CRLF so widths count characters).
_TEXT_ORDER = ["no_blank_lines", "extra_blank_lines", "wrap72", "wrap72_hyphen", "crlf"]


def _text_transform(name: str) -> Callable[[Doc], Doc]:
    def transform(doc: Doc) -> Doc:
        names = sorted(set(doc.text_transforms) | {name}, key=_TEXT_ORDER.index)
        return replace(doc, text_transforms=tuple(names))
    return transform


#: Every named transform, Doc → Doc.
TRANSFORMS: dict[str, Callable[[Doc], Doc]] = {
    "headings_line_end": headings_line_end,
    "headings_glued": headings_glued,
    "headings_own_line": headings_own_line,
    "heading_after_title": heading_after_title,
    "numbered": _numbered("arabic"),
    "numbered_decimal": _numbered("decimal"),
    "numbered_roman": _numbered("roman"),
    "markdown": markdown,
    "bold": bold,
    "upper": lambda d: _recased(d, str.upper),
    "title_case": lambda d: _recased(d, title_case),
    "english_first": lambda d: replace(d, english_first=True),
    **{name: _text_transform(name) for name in _TEXT_TRANSFORMS},
}
#: Transforms that decide where headings stand (at most one per combination, then ``heading_after_title``).
PLACEMENTS = ["headings_line_end", "headings_glued", "headings_own_line", "numbered", "numbered_decimal",
              "numbered_roman", "markdown", "bold"]


#: Transforms of a whole case (both halves): ``one_file`` writes the English half, then the
#: Russian one, into a single text.
CASE_TRANSFORMS = frozenset({"one_file"})


def apply(doc: Doc, names: Sequence[str]) -> Fuzzed:
    """Apply the named transforms in order and render (case transforms are left to :func:`apply_case`)."""
    for name in names:
        if name not in CASE_TRANSFORMS:
            doc = TRANSFORMS[name](doc)
    return doc.render()


def one_text(parts: Sequence[Fuzzed], english_first: bool = True) -> Fuzzed:
    """The Russian and English halves as one text, the English half first by default."""
    ru, en = parts
    first, second = (en, ru) if english_first else (ru, en)
    sep = "\r\n\r\n" if "\r\n" in first.text else "\n\n"
    head = first.text.rstrip() + sep
    spans = {**first.spans, **{k: (a + len(head), b + len(head)) for k, (a, b) in second.spans.items()}}
    return Fuzzed(head + second.text, spans)


def apply_case(case: "Case", names: Sequence[str]) -> tuple[list[str], list[dict[str, tuple[int, int]]]]:
    """The case re-laid by ``names``: the texts in the order to give them to the parser, and
    the heading spans of each source as the parser numbers them (Russian part first)."""
    fuzzed = [apply(doc, names) for doc in case.docs]
    if "one_file" in names and len(fuzzed) == 2:
        one = one_text(fuzzed)
        return [one.text], [one.spans]
    texts = [f.text for f in fuzzed]
    if fuzzed[0].english_first:
        texts.reverse()  # the parser puts the Russian part first again
    return texts, [f.spans for f in fuzzed]


def random_combination(rng: random.Random) -> list[str]:
    """A plausible combination: one placement, maybe the title line, a case, text transforms."""
    names = [rng.choice(PLACEMENTS)]
    if rng.random() < 0.3:
        names.append("heading_after_title")
    case = rng.choice([None, "upper", "title_case"])
    if case:
        names.append(case)
    names += [t for t in ("crlf", "english_first", "one_file") if rng.random() < 0.3]
    names.append(rng.choice(["extra_blank_lines", "no_blank_lines", None]) or "crlf")
    if rng.random() < 0.4:
        names.append(rng.choice(["wrap72", "wrap72_hyphen"]))
    return list(dict.fromkeys(names))


# --- the parallel abstracts and the seed as fuzzer input ---------------------------------
@dataclass(frozen=True)
class Case:
    """One parallel text cut at its checked headings, and the heading pairs it must give."""

    name: str
    docs: tuple[Doc, ...]                 # one Doc per input (Russian first) or one bilingual Doc
    expected: frozenset[tuple[str, str]]  # (Russian key, English key)


def abstract_cases(root: Path) -> list[Case]:
    """The parallel abstracts cut at the headings of the hand-checked pairing gold.

    Keys are ``ru:<offset>`` / ``en:<offset>`` of the heading in the original file; the
    expected pairs are the gold rows (``benchmarks/data/abstract_pairs_gold.tsv``).
    """
    import csv

    gold: dict[str, list[dict[str, str]]] = {}
    with open(root / "benchmarks" / "data" / "abstract_pairs_gold.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            gold.setdefault(row["pmid"], []).append(row)
    cases = []
    folder = root / "corpus" / "abstracts"
    for ru_file in sorted(folder.glob("*_ru.txt")):
        pmid = ru_file.name[:-7]
        rows = gold.get(pmid, [])
        docs = []
        for lang, path in (("ru", ru_file), ("en", folder / f"{pmid}_en.txt")):
            spans = {(int(r[f"{lang}_start"]), int(r[f"{lang}_start"]) + len(r[f"{lang}_heading"]),
                      f"{lang}:{r[f'{lang}_start']}") for r in rows}
            docs.append(Doc.from_text(path.read_text(encoding="utf-8"), spans, lang))
        expected = frozenset((f"ru:{r['ru_start']}", f"en:{r['en_start']}") for r in rows)
        cases.append(Case(pmid, tuple(docs), expected))
    return cases


#: Section kinds whose headings the seed's transforms move (abstract parts and body headings).
MOVABLE_KINDS = frozenset({"abstract", "introduction", "aim", "methods", "results", "discussion",
                           "conclusion", "main_content"})


def seed_case(text: str, sections: Sequence[Any], pairs: Sequence[Any]) -> Case:
    """A bilingual article cut at every heading of a checked parse (keys are section ids).

    Only abstract and body headings (:data:`MOVABLE_KINDS`) move; front-matter headings
    (``Для цитирования / For citation``, ``Received``) stay as written.
    """
    headed = [s for s in sections if s.heading_start is not None]
    doc = Doc.from_text(text, [(s.heading_start, s.heading_end, s.id) for s in headed], "ru+en")
    movable = {s.id for s in headed if s.kind in MOVABLE_KINDS and s.level <= 2 and s.kind != "body"}
    doc = replace(doc, blocks=tuple(b if b.key in movable else replace(b, fixed=True) for b in doc.blocks))
    by_id = {s.id: s for s in sections}
    expected = frozenset((p.ru, p.en) for p in pairs
                         if by_id[p.ru].heading_start is not None and by_id[p.en].heading_start is not None)
    return Case("seed", (doc,), expected)


def heading_keys(sections: Sequence[Any], spans: Sequence[dict[str, tuple[int, int]]]) -> dict[str, str]:
    """Section id → the key of the fuzzed heading its heading overlaps, or ``id:<section id>``."""
    out = {}
    for s in sections:
        key = f"id:{s.id}"
        if s.heading_start is not None:
            for k, (a, b) in spans[s.source].items():
                if a < s.heading_end and s.heading_start < b:
                    key = k
                    break
            else:
                key = f"unknown:{s.id}"
        out[s.id] = key
    return out


def pairs_by_key(article: Any, spans: Sequence[dict[str, tuple[int, int]]]) -> set[tuple[str, str]]:
    # ``spans[i]`` belongs to source i as the parser ordered them (Russian first for two parts).
    """The article's section pairs as (Russian key, English key); document-level pairs are not section pairs."""
    keys = heading_keys(article.sections, spans)
    return {(keys[p.ru], keys[p.en]) for p in article.pairs if p.kind != "document"}
