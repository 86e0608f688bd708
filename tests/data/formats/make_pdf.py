"""Typeset the seed article as a two-column journal PDF with LibreOffice (run by hand).

    python tests/data/formats/make_pdf.py   # writes seed.pdf and seed-plain.pdf next to this script

Needs Debian's ``libreoffice-writer-nogui``, ``hyphen-ru``, ``hyphen-en-us``,
``fonts-liberation`` and ``fonts-dejavu-core`` (the tests only read the committed PDFs). The seed's
blocks (``seed_blocks.py``) become a Flat ODF document: the front matter in one column,
the body and reference list in two; justified Liberation Serif 9 pt with automatic
hyphenation on (Russian or English by the paragraph's script); running heads that
differ on left and right pages; the page number in the footer, starting at 106 as in the
journal issue. LibreOffice converts it to PDF headless. ``seed-plain.pdf`` is the same
document in a second layout (:data:`PLAIN`).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed_blocks import Block, blocks, body_start, ref_number  # noqa: E402

HERE = Path(__file__).resolve().parent
HEAD_LEFT = "Ерёмин П.С. и др. Клеточный секретом и регенерация мягких тканей"
HEAD_RIGHT = "Вестник восстановительной медицины. 2025; 24(5):106–112"
FIRST_PAGE = 106

_STYLES = """
<office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
  <style:style style:name="Standard" style:family="paragraph">
    <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.08cm" fo:line-height="115%"/>
    <style:text-properties style:font-name="Liberation Serif" fo:font-size="9pt" fo:hyphenate="true"
      fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" fo:language="ru" fo:country="RU"/>
  </style:style>
</office:styles>
<office:automatic-styles>
  <style:style style:name="RU" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-indent="0.4cm"/>
    <style:text-properties fo:language="ru" fo:country="RU" fo:hyphenate="true"/>
  </style:style>
  <style:style style:name="EN" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-indent="0.4cm"/>
    <style:text-properties fo:language="en" fo:country="US" fo:hyphenate="true"/>
  </style:style>
  <style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="start" fo:margin-top="0.25cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
    <style:text-properties fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="T" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/>
    <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="T1" style:family="paragraph" style:parent-style-name="T" style:master-page-name="Standard">
    <style:paragraph-properties style:page-number="{first}"/>
  </style:style>
  <style:style style:name="REF" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="start" fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
    <style:text-properties fo:font-size="8pt" fo:language="en" fo:country="US" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="HEAD" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-size="7.5pt" fo:font-style="italic" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="FOOT" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-size="8pt" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="b" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="i" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
  <style:style style:name="One" style:family="section">
    <style:section-properties><style:columns fo:column-count="1"/></style:section-properties>
  </style:style>
  <style:style style:name="Two" style:family="section">
    <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties>
  </style:style>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
      fo:margin-bottom="1.2cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>
    <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
    <style:header><text:p text:style-name="HEAD">{right}</text:p></style:header>
    <style:header-left><text:p text:style-name="HEAD">{left}</text:p></style:header-left>
    <style:footer><text:p text:style-name="FOOT"><text:page-number text:select-page="current">{first}</text:page-number></text:p></style:footer>
    <style:footer-left><text:p text:style-name="FOOT"><text:page-number text:select-page="current">{first}</text:page-number></text:p></style:footer-left>
  </style:master-page>
</office:master-styles>
"""


def _runs(block: Block, text: str | None = None) -> str:
    runs = [(text, "")] if text is not None else block.runs()
    out = []
    for t, style in runs:
        t = escape(t)
        out.append(f'<text:span text:style-name="{style}">{t}</text:span>' if style else t)
    return "".join(out)


def _lang(text: str) -> str:
    cyr = sum(1 for c in text if "а" <= c.lower() <= "я" or c in "ёЁ")
    lat = sum(1 for c in text if c.isascii() and c.isalpha())
    return "RU" if cyr >= lat else "EN"


#: A second layout, to check that the reader does not depend on the first one's habits:
#: one column, no space between paragraphs (first-line indents only), DejaVu Serif
#: 10.5 pt, no footer: the page number stands in the running head, outside corner.
PLAIN = {
    'fo:margin-bottom="0.08cm" fo:line-height="115%"': 'fo:margin-bottom="0cm" fo:line-height="100%"',
    'fo:margin-top="0.25cm" fo:margin-bottom="0.12cm"': 'fo:margin-top="0cm" fo:margin-bottom="0cm"',
    "style:name=\"Liberation Serif\" svg:font-family=\"'Liberation Serif'\"":
        "style:name=\"Liberation Serif\" svg:font-family=\"'DejaVu Serif'\"",
    'fo:font-size="9pt"': 'fo:font-size="10.5pt"',
    '<style:columns fo:column-count="2" fo:column-gap="0.6cm"/>': '<style:columns fo:column-count="1"/>',
}


def plain_heads(styles: str) -> str:
    """Page numbers in the running heads instead of the footer."""
    number = '<text:page-number text:select-page="current">{}</text:page-number>'.format(FIRST_PAGE)
    styles = re.sub(r"<style:footer>.*?</style:footer-left>", "", styles, flags=re.S)
    styles = re.sub(r'(<style:header><text:p text:style-name="HEAD">)(.*?)(</text:p>)',
                    lambda m: f"{m.group(1)}{m.group(2)}  {number}{m.group(3)}", styles, flags=re.S)
    return re.sub(r'(<style:header-left><text:p text:style-name="HEAD">)(.*?)(</text:p>)',
                  lambda m: f"{m.group(1)}{number}  {m.group(2)}{m.group(3)}", styles, flags=re.S)


def fodt(variant: str = "journal") -> str:
    """The seed as a Flat ODF text document (``variant``: ``journal`` or ``plain``)."""
    bs = blocks()
    split = body_start(bs)
    parts = []
    number = 0
    for i, b in enumerate(bs):
        if i == 0:
            parts.append('<text:section text:style-name="One" text:name="front">')
        if i == split:
            parts.append('</text:section><text:section text:style-name="Two" text:name="body">')
        if b.role == "title":
            # The first paragraph sets the page numbering to start at the issue's page.
            parts.append(f'<text:p text:style-name="{"T1" if i == 0 else "T"}">{_runs(b)}</text:p>')
        elif b.role == "heading":
            parts.append(f'<text:p text:style-name="H">{_runs(b)}</text:p>')
        elif b.role == "ref":
            number, rest = ref_number(b, number)
            parts.append(f'<text:p text:style-name="REF">{number}. {_runs(Block("ref", rest))}</text:p>')
        else:
            parts.append(f'<text:p text:style-name="{_lang(b.plain())}">{_runs(b)}</text:p>')
    parts.append("</text:section>")
    styles = _STYLES.format(right=escape(HEAD_RIGHT), left=escape(HEAD_LEFT),
                            first=FIRST_PAGE)
    if variant == "plain":
        for old, new in PLAIN.items():
            assert old in styles, old
            styles = styles.replace(old, new)
        styles = plain_heads(styles)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            f"{styles}<office:body><office:text>{''.join(parts)}</office:text></office:body></office:document>")


def main() -> None:
    for variant, name in (("journal", "seed.pdf"), ("plain", "seed-plain.pdf")):
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "seed.fodt"
            src.write_text(fodt(variant), encoding="utf-8")
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True)
            (HERE / name).write_bytes((Path(tmp) / "seed.pdf").read_bytes())
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
