"""Layout transforms of an article text, for the no-silent-loss tests (issue 13).

Each function takes a text laid out the way ``corpus/`` lays it out (blank lines between
paragraphs, body headings in capitals on their own line) and returns the same content laid
out the way other journals and PDF extractors do. Nothing here knows the seed: a
transform works on any text of that layout.
"""

from __future__ import annotations

import re

#: A standalone body heading of the corpus layout: a line in capitals (Cyrillic or Latin)
#: of at most eight words, alone between blank lines.
_CAPS_HEADING = re.compile(r"(?m)(?<=\n\n)(?P<h>[А-ЯЁA-Z][А-ЯЁA-Z ,\-–]{2,80})(?=\n\n)")

#: Front-matter headings that are not numbered in journals that number their body.
_FRONT = re.compile(r"РЕЗЮМЕ|ABSTRACT|ДОПОЛНИТЕЛЬНАЯ ИНФОРМАЦИЯ|ADDITIONAL INFORMATION")


def _body_headings(text: str) -> list[re.Match[str]]:
    return [m for m in _CAPS_HEADING.finditer(text)
            if len(m.group("h").split()) <= 8 and not _FRONT.fullmatch(m.group("h").strip())]


def _title_case(heading: str) -> str:
    words = heading.strip().lower().split()
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


def numbered_headings(text: str) -> str:
    """Body headings in capitals become ``1. Введение``, ``2. Цель`` … (numbered, title case)."""
    out, pos = [], 0
    for n, m in enumerate(_body_headings(text), 1):
        out += [text[pos:m.start()], f"{n}. {_title_case(m.group('h'))}"]
        pos = m.end()
    return "".join(out) + text[pos:]


def markdown_headings(text: str) -> str:
    """Body headings in capitals become markdown headings (``## ВВЕДЕНИЕ``)."""
    out, pos = [], 0
    for m in _body_headings(text):
        out += [text[pos:m.start()], f"## {m.group('h')}"]
        pos = m.end()
    return "".join(out) + text[pos:]


def hard_wrap(text: str, width: int = 72, hyphenate: bool = True) -> str:
    """Every paragraph broken into lines of at most ``width`` characters.

    With ``hyphenate`` a long word that would cross the margin is cut after at least four
    letters and at most ``width`` characters, with a hyphen at the line end — as PDF
    extraction gives it. Blank lines between paragraphs are kept.
    """
    paragraphs = text.split("\n\n")
    return "\n\n".join(_wrap_paragraph(p, width, hyphenate) for p in paragraphs)


def _wrap_paragraph(paragraph: str, width: int, hyphenate: bool) -> str:
    lines: list[str] = []
    for raw in paragraph.split("\n"):
        line = ""
        for word in raw.split(" "):
            candidate = f"{line} {word}" if line else word
            if len(candidate) <= width or not line:
                line = candidate
                continue
            room = width - len(line) - 2  # a space and the hyphen
            # Cut only words of letters (never a DOI, a number or a marker) and keep at
            # least four letters on each side, as typesetters do.
            if hyphenate and room >= 4 and re.fullmatch(r"[А-Яа-яЁёA-Za-z]{9,}[.,;:]?", word):
                cut = min(room, len(word.rstrip(".,;:")) - 4)
                if cut >= 4:
                    lines.append(f"{line} {word[:cut]}-")
                    line = word[cut:]
                    continue
            lines.append(line)
            line = word
        lines.append(line)
    return "\n".join(lines)


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def odd_headings(text: str) -> str:
    """Body headings in a form no journal uses and no vocabulary knows: ``§ Part one §``.

    The deliberately unreadable layout of issue 13's acceptance: the library must say which
    part of the text it did not analyse instead of succeeding silently.
    """
    out, pos = [], 0
    for n, m in enumerate(_body_headings(text), 1):
        out += [text[pos:m.start()], f"~~ Part {n} ~~"]
        pos = m.end()
    return "".join(out) + text[pos:]


def extra_blank_lines(text: str) -> str:
    """Two blank lines wherever there was one."""
    return re.sub(r"\n[ \t]*\n", "\n\n\n", text)


def missing_blank_lines(text: str) -> str:
    """No blank lines: paragraphs separated by a single line break (abstract-file layout)."""
    return re.sub(r"\n(?:[ \t]*\n)+", "\n", text)
