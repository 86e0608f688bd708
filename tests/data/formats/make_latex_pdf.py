"""Typeset the seed article with XeLaTeX: a fourth PDF, held out from the reader's development.

    python tests/data/formats/make_latex_pdf.py   # writes seed-latex.pdf next to this script

Made after the PDF reader was finished, and not used to change it: its figures are the
held-out ones. Needs Debian's ``texlive-xetex``, ``texlive-lang-cyrillic`` and
``fonts-dejavu-core``. Layout: A4, DejaVu Serif 9 pt (``extarticle``), TeX's own Russian
and English hyphenation (polyglossia), the front matter in one column and the body and
reference list in two (``multicol``), running heads differing on left and right pages and
the page number in the footer (``fancyhdr``), pages numbered from 106.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_pdf import FIRST_PAGE, HEAD_LEFT, HEAD_RIGHT, _lang  # noqa: E402
from seed_blocks import Block, blocks, body_start, ref_number  # noqa: E402

HERE = Path(__file__).resolve().parent
_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
            "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def tex(text: str) -> str:
    return "".join(_SPECIAL.get(c, c) for c in text)


def runs(b: Block) -> str:
    out = []
    for t, style in b.runs():
        t = tex(t)
        out.append({"b": rf"\textbf{{{t}}}", "i": rf"\textit{{{t}}}", "sup": rf"\textsuperscript{{{t}}}"}.get(style, t))
    return "".join(out)


def para(body: str, lang: str) -> str:
    return body if lang == "RU" else rf"\begin{{english}}{body}\end{{english}}"


def document() -> str:
    bs = blocks()
    split = body_start(bs)
    parts, number = [], 0
    for i, b in enumerate(bs):
        if i == split:
            parts.append(r"\begin{multicols}{2}")
        if b.role == "title":
            parts.append(rf"{{\centering\large\bfseries {para(runs(b), _lang(b.plain()))}\par}}\medskip")
        elif b.role == "heading":
            parts.append(rf"\par\medskip\noindent{{\bfseries {runs(b)}}}\par\nopagebreak\smallskip")
        elif b.role == "ref":
            number, rest = ref_number(b, number)
            parts.append(rf"{{\footnotesize\raggedright\hangindent=1.2em\hangafter=1\noindent "
                         rf"{para(f'{number}. ' + runs(Block('ref', rest)), 'EN')}\par}}")
        else:
            parts.append(para(runs(b), _lang(b.plain())) + r"\par")
    parts.append(r"\end{multicols}")
    return rf"""\documentclass[9pt,a4paper,twoside]{{extarticle}}
\usepackage[margin=17mm,headsep=4mm]{{geometry}}
\usepackage{{fontspec}}
\setmainfont{{DejaVu Serif}}
\usepackage{{polyglossia}}
\setdefaultlanguage{{russian}}
\setotherlanguage{{english}}
\usepackage{{multicol}}
\setlength{{\columnsep}}{{6mm}}
\usepackage{{fancyhdr}}
\pagestyle{{fancy}}
\fancyhf{{}}
\fancyhead[LE]{{\footnotesize\itshape {tex(HEAD_LEFT)}}}
\fancyhead[RO]{{\footnotesize\itshape {tex(HEAD_RIGHT)}}}
\fancyfoot[C]{{\footnotesize\thepage}}
\renewcommand{{\headrulewidth}}{{0pt}}
\setlength{{\parindent}}{{1em}}
\setlength{{\parskip}}{{0pt}}
\emergencystretch=3em
\begin{{document}}
\setcounter{{page}}{{{FIRST_PAGE}}}
\thispagestyle{{fancy}}
{chr(10).join(parts)}
\end{{document}}
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "seed.tex").write_text(document(), encoding="utf-8")
        for _ in range(2):
            proc = subprocess.run(["xelatex", "-interaction=nonstopmode", "seed.tex"], cwd=tmp,
                                  capture_output=True, text=True)
        if not (Path(tmp) / "seed.pdf").exists():
            raise SystemExit(proc.stdout[-3000:])
        (HERE / "seed-latex.pdf").write_bytes((Path(tmp) / "seed.pdf").read_bytes())
    print(f"wrote {HERE / 'seed-latex.pdf'}")


if __name__ == "__main__":
    main()
