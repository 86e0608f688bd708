"""Build the gold RU↔EN heading pairs of the 104 parallel abstracts in ``corpus/abstracts``.

Independent of the library: it imports nothing from ``secretome_nlp`` and does not read
its heading table (``data/headings.tsv``); its own short list of the structured-abstract
headings these journals use is matched literally (Russian: at a line start followed by
``.``/``:``/`` -``; English: the upper-case heading anywhere after a sentence end), then
paired by kind in order. Where this gold and the library disagreed, the text was read by
hand; rows the rule had missed were added to the TSV by hand and are marked
``checked=manual`` (re-running this script drops them: add them back).

What this gold can and cannot show: its rules were written by reading these same 104
abstracts, so ``section_pairing.py`` on it is a development (regression) figure, not a
prediction for unseen layouts. That prediction is ``section_pairing_fuzzed.py``, which
re-lays these abstracts in layouts none of them has (the expected pairs there are this
hand-checked gold, carried through each re-layout).

    python benchmarks/build_abstract_pairs_gold.py > benchmarks/data/abstract_pairs_gold.tsv
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RU = [
    ("results+conclusion", r"Результаты и заключение|Результаты и выводы"),
    ("results+discussion", r"Результаты и обсуждение"),
    ("methods", r"Материалы? и методы(?: исследования)?|Пациенты и методы|Методы(?: исследования)?"),
    ("aim", r"Цель(?: исследования| работы)?|Цели исследования"),
    ("results", r"Результаты(?: исследования)?"),
    ("conclusion", r"Заключение|Выводы?"),
    ("introduction", r"Введение|Актуальность"),
    ("discussion", r"Обсуждение"),
]
EN = [
    ("results+conclusion", r"RESULTS AND CONCLUSIONS?"),
    ("results+discussion", r"RESULTS AND DISCUSSION"),
    ("methods", r"MATERIALS? AND METHODS|SUBJECTS AND METHODS|PATIENTS AND METHODS|METHODS"),
    ("aim", r"OBJECTIVES?|AIMS?|PURPOSE"),
    ("results", r"RESULTS"),
    ("conclusion", r"CONCLUSIONS?"),
    ("introduction", r"INTRODUCTION|BACKGROUND"),
    ("discussion", r"DISCUSSION"),
]
EN_TITLE = [("aim", r"Objectives?|Aims?"), ("methods", r"Materials? and methods|Subjects and methods"),
            ("results", r"Results"), ("conclusion", r"Conclusions?")]


def headings_ru(text: str) -> list[tuple[int, str, str]]:
    out = []
    for kind, rx in RU:
        for m in re.finditer(rf"(?m)^\s*({rx})(?=\s*(?:[.:]|\s[-–—]))", text):
            out.append((m.start(1), kind, m.group(1)))
        # ...and a heading that ends a line after a sentence ("…ИБС.  Материал и методы.")
        for m in re.finditer(rf"(?m)(?<=[.!?])[ \t]+({rx})\.[ \t]*$", text):
            out.append((m.start(1), kind, m.group(1)))
    return _dedupe(out)


def headings_en(text: str) -> list[tuple[int, str, str]]:
    out = []
    for kind, rx in EN:
        for m in re.finditer(rf"(?:^|(?<=[.\]!?]\s)|(?<=[.\]!?]\s\s)|(?<=\n))({rx})(?=\s|$|[.:])", text):
            out.append((m.start(1), kind, m.group(1)))
    for kind, rx in EN_TITLE:
        for m in re.finditer(rf"(?m)^({rx})\.\s*$", text):
            out.append((m.start(1), kind, m.group(1)))
    return _dedupe(out)


def _dedupe(found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    found.sort(key=lambda x: (x[0], -len(x[2])))
    out, last_end = [], -1
    for start, kind, text in found:
        if start >= last_end:
            out.append((start, kind, text))
            last_end = start + len(text)
    return out


def pairs(ru: list, en: list) -> list[tuple]:
    used: set[tuple[int, str]] = set()
    result = []
    for r_start, r_kind, r_text in ru:
        for k in r_kind.split("+"):
            for e_start, e_kind, e_text in en:
                if k in e_kind.split("+") and (e_start, k) not in used:
                    used.add((e_start, k))
                    if not any(p[1] == r_start and p[3] == e_start for p in result):
                        result.append((r_kind, r_start, r_text, e_start, e_text))
                    break
    return [(k, rs, rt, es, et) for k, rs, rt, es, et in result]


def main() -> None:
    folder = ROOT / "corpus" / "abstracts"
    print("pmid\tru_start\tru_heading\ten_start\ten_heading\tchecked")
    for ru_file in sorted(folder.glob("*_ru.txt")):
        pmid = ru_file.stem[:-3]
        ru = ru_file.read_text(encoding="utf-8")
        en = (folder / f"{pmid}_en.txt").read_text(encoding="utf-8")
        for kind, rs, rt, es, et in pairs(headings_ru(ru), headings_en(en)):
            print(f"{pmid}\t{rs}\t{rt}\t{es}\t{et}\trule")


if __name__ == "__main__":
    sys.exit(main())
