"""The seed article cut into typed blocks: the common input of the make_*.py scripts.

Blocks are the seed's paragraphs (runs of lines between blank lines; a reference list
line is a block of its own). Each block gets a role decided by its text alone:

* ``heading`` — one short line without final punctuation, all capitals or followed by
  prose (``ВВЕДЕНИЕ``, ``Ограничения применения и перспективные исследования``);
* ``title`` — a heading-like line followed by an author line;
* ``ref`` — a reference list entry (``- …`` or ``24. …``) after ``Список литературы``;
* ``para`` — everything else.

Inline markdown of the seed (``**bold**``, ``*italic*``, ``<url>``, ``^{1,*}``) is
returned as runs ``(text, style)`` with style ``""``, ``"b"``, ``"i"`` or ``"sup"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SEED = Path(__file__).resolve().parents[3] / "corpus" / "eremin-2025-cellular-secretome-review.txt"
_INLINE = re.compile(r"\*\*(?P<b>.+?)\*\*|(?<![\*\w])\*(?P<i>[^*\n]+?)\*(?![\*\w])|<(?P<u>(?:https?)://[^\s<>]+)>"
                     r"|\^\{(?P<sup>[^{}]+)\}")
_AUTHOR = re.compile(r"^\s*(?:[А-ЯЁ][а-яё]+ [А-ЯЁ]\.[А-ЯЁ]\.|[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+)")


@dataclass
class Block:
    role: str
    text: str  # the seed's line(s), markdown included

    def runs(self) -> list[tuple[str, str]]:
        """The block's text as ``(text, style)`` runs, markdown delimiters removed."""
        out: list[tuple[str, str]] = []
        pos = 0
        for m in _INLINE.finditer(self.text):
            if m.start() > pos:
                out.append((self.text[pos:m.start()], ""))
            style = m.lastgroup or ""
            out.append((m.group(style), "" if style == "u" else style))
            pos = m.end()
        if pos < len(self.text):
            out.append((self.text[pos:], ""))
        return out

    def plain(self) -> str:
        """The block's text without markdown."""
        return "".join(t for t, _ in self.runs())


def _heading_like(line: str, next_line: str) -> bool:
    if "\n" in line or len(line) > 200 or line[-1] in ".,;:!?" or line.startswith(("-", "*")):
        return False
    if ":" in line and line.split(":", 1)[0].isupper():  # a label (КЛЮЧЕВЫЕ СЛОВА:, ORCID:)
        return False
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters)
                              or (len(line) < 120 and len(next_line) > 150 and line[0].isupper()))


def blocks(text: str | None = None) -> list[Block]:
    """The seed (or ``text``) as typed blocks, in order."""
    text = SEED.read_text(encoding="utf-8") if text is None else text
    raw = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    lines: list[str] = []
    for b in raw:  # a list block (reference list) gives one block per line
        lines.extend(b.splitlines() if re.match(r"(- |\d+\. )", b) else [b])
    out: list[Block] = []
    in_refs = False
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if in_refs and re.match(r"(- |\d+\. )", line):
            out.append(Block("ref", line))
        elif len(line) < 200 and line[-1] not in ".,;:" and _AUTHOR.match(Block("", nxt).plain()) and len(nxt) < 150:
            out.append(Block("title", line))
        elif _heading_like(line, nxt) or line.startswith("Список литературы"):
            out.append(Block("heading", line))
            in_refs = line.startswith("Список литературы")
        else:
            out.append(Block("para", line))
    return out


def ref_number(block: Block, previous: int) -> tuple[int, str]:
    """The number of a reference entry (written, or its position) and its text without marker."""
    m = re.match(r"(?:- |(\d+)\. )", block.text)
    assert m
    return (int(m.group(1)) if m.group(1) else previous + 1), block.text[m.end():]


def body_start(bs: list[Block]) -> int:
    """Index of the first body heading (the second ``ВВЕДЕНИЕ``): front matter ends there."""
    seen = [i for i, b in enumerate(bs) if b.role == "heading" and b.text == "ВВЕДЕНИЕ"]
    return seen[0]


if __name__ == "__main__":
    for b in blocks():
        print(f"{b.role:8} {b.plain()[:90]}")
