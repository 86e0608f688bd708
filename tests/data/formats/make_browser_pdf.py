"""Print the seed's HTML page to PDF the way a reader saves a web page: headless Chromium.

    python tests/data/formats/make_browser_pdf.py   # writes seed-browser.pdf next to this script

A third PDF producer (Skia, through Chromium's print-to-PDF) beside LibreOffice: the
article of ``seed.html`` with print CSS — A4, two CSS columns, justified 9 pt serif,
``hyphens: auto`` — and Chromium's own running heads (date and page title at the top,
the file URL and ``page/pages`` at the bottom). Needs Debian's ``chromium``; the tests
only read the committed PDF.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

PRINT_CSS = """
@page { size: A4; margin: 16mm 15mm; }
body { font: 9pt/1.25 "Liberation Serif", serif; text-align: justify; hyphens: auto; }
article { columns: 2; column-gap: 6mm; }
h1 { font-size: 12pt; text-align: center; column-span: all; }
h2, h3 { font-size: 9pt; break-after: avoid; }
p, li { margin: 0 0 2pt 0; text-indent: 3mm; }
ol.references li { text-indent: 0; font-size: 8pt; hyphens: manual; }
"""


def page() -> str:
    html = (HERE / "seed.html").read_text(encoding="utf-8")
    article = re.search(r"<article[^>]*>.*?</article>", html, re.S).group()  # type: ignore[union-attr]
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)  # type: ignore[union-attr]
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{PRINT_CSS}</style></head><body>{article}</body></html>")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "seed-print.html"
        src.write_text(page(), encoding="utf-8")
        out = HERE / "seed-browser.pdf"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}/profile",
                        f"--print-to-pdf={out}", src.as_uri()], check=True, capture_output=True)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
