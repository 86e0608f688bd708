"""Throughput of the PDF reader (pages/s) beside the plain-text parse of the same article.

The seed article typeset to PDF (``tests/data/formats/seed.pdf``, two columns) is read
and parsed; the same article as plain text is parsed too. Reported, best of ``--repeat``
runs after one warm-up (dictionaries and lexicons loaded):

* ``pdf_read``: :func:`secretome_nlp.io.read_source` on the PDF — text layer, running
  heads, columns, paragraphs, page map — in pages/s (``pdf_plain_read``: the one-column
  layout ``seed-plain.pdf``, 8 pages; ``pdf_browser_read``: Chromium's print, 6 pages;
  ``pdf_latex_read``: XeLaTeX, 6 pages);
* ``pdf_parse``: :func:`secretome_nlp.parse` of the PDF (reader + every stage);
* ``text_parse``: :func:`secretome_nlp.parse` of the plain-text seed, expressed per page of
  the same article so that the two rates compare;
* ``jats_parse`` / ``html_parse``: the JATS and HTML versions, for reference.

Also the hyphenation figure of each PDF: of the words it cuts at a line end (by
pdfium's glyph stream) that the seed spells one way only, how many the repaired view
spells as the seed does (a development figure: the seed is the
article the reader was built on).

Usage::

    .venv/bin/python benchmarks/pdf_reader_speed.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import secretome_nlp as sn  # noqa: E402
from secretome_nlp.io import read_source  # noqa: E402
from secretome_nlp.repair import repair  # noqa: E402

DATA = ROOT / "tests" / "data" / "formats"
SEED = ROOT / "corpus" / "eremin-2025-cellular-secretome-review.txt"


def best(fn, repeat: int) -> float:
    fn()  # warm-up: lexicons, dictionaries, imports
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def hyphenation(path: Path, seed_text: str) -> dict[str, object]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    cuts = set()
    pdf = pdfium.PdfDocument(str(path))
    for page in pdf:
        tp = page.get_textpage()
        chars = "".join(chr(raw.FPDFText_GetUnicode(tp.raw, i)) for i in range(tp.count_chars()))
        for i, c in enumerate(chars):
            if raw.FPDFText_IsHyphen(tp.raw, i) or (c == "-" and chars[i + 1:i + 2] in ("\r", "\n")):
                head, tail = re.search(r"(\w+)\s*$", chars[:i]), re.match(r"\s*(\w+)", chars[i + 1:])
                if head and tail and not (head.group(1).isalpha() and tail.group(1).isdigit()):
                    cuts.add((head.group(1), tail.group(1)))  # (letters never continue as a number)
    view = repair(read_source(path).text).text
    right, wrong = 0, []
    for head, tail in sorted(cuts):
        joined = re.search(rf"(?<!\w){re.escape(head + tail)}(?!\w)", seed_text) is not None
        hyphen = re.search(rf"(?<!\w){re.escape(head + '-' + tail)}(?!\w)", seed_text) is not None
        if joined == hyphen:
            continue
        want = head + ("-" if hyphen else "") + tail
        if re.search(rf"(?<!\w){re.escape(want)}(?!\w)", view):
            right += 1
        else:
            wrong.append(want)
    return {"distinct_cut_words": len(cuts), "decided_as_in_seed": right, "checked": right + len(wrong),
            "misses (as the seed writes them)": wrong}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/pdf_reader_speed.json")
    args = ap.parse_args()

    pdf = DATA / "seed.pdf"
    pages = len(read_source(pdf).pages)
    results: dict[str, object] = {"article": "seed review", "pages": pages, "repeat(best of)": args.repeat}
    plain = DATA / "seed-plain.pdf"
    browser = DATA / "seed-browser.pdf"
    latex = DATA / "seed-latex.pdf"
    runs = {
        "pdf_read": lambda: read_source(pdf),
        "pdf_plain_read": lambda: read_source(plain),
        "pdf_browser_read": lambda: read_source(browser),
        "pdf_latex_read": lambda: read_source(latex),
        "pdf_parse": lambda: sn.parse(pdf),
        "text_parse": lambda: sn.parse(SEED),
        "jats_parse": lambda: sn.parse(DATA / "seed.jats.xml"),
        "html_parse": lambda: sn.parse(DATA / "seed.html"),
    }
    for name, fn in runs.items():
        seconds = best(fn, args.repeat)
        n = {"pdf_plain_read": len(read_source(plain).pages), "pdf_browser_read": len(read_source(browser).pages),
             "pdf_latex_read": len(read_source(latex).pages)}.get(name, pages)
        results[f"{name}_seconds"] = round(seconds, 4)
        results[f"{name}_pages_per_second"] = round(n / seconds, 1)
    results["pdf_read_share_of_pdf_parse"] = round(
        results["pdf_read_seconds"] / results["pdf_parse_seconds"], 3)  # type: ignore[operator]
    results["hyphenation (development figure)"] = {
        p.name: hyphenation(p, SEED.read_text(encoding="utf-8")) for p in (pdf, plain, browser, latex)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
