"""Write the small bad inputs of tests/test_formats.py into bad/ (one per failure class).

    python tests/data/formats/make_bad_inputs.py

* ``scan.pdf`` — a one-page PDF whose page is an image only (a scan: no text layer);
* ``encrypted.pdf`` — a PDF with a Standard security handler whose user password is not
  empty (the /O and /U entries are fixed bytes, so no password opens it);
* ``damaged.pdf`` — the first 600 bytes of ``seed.pdf``;
* ``malformed.xml`` — a JATS article cut off in the middle of its front matter;
* ``no_article.html`` — a journal site's landing page: navigation and a short blurb only.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"


def _pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF file from numbered object bodies, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def scan_pdf() -> bytes:
    gray = bytes((x * 7 + y * 3) % 256 for y in range(40) for x in range(40))
    content = b"q 400 0 0 400 100 300 cm /Im1 Do Q"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 40 /Height 40 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Length %d >>\nstream\n" % len(gray) + gray + b"\nendstream",
    ])


def encrypted_pdf() -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (Secret) Tj ET"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> >>",
    ], b"/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ")


MALFORMED_XML = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" dtd-version="1.3" xml:lang="ru">
<front><article-meta><title-group><article-title>Клеточный секретом</article-title>
<trans-title-group xml:lang="en"><trans-title>Cellular secretome</trans-title>
"""

NO_ARTICLE_HTML = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Вестник восстановительной медицины</title></head>
<body><header><nav><a href="/">Главная</a> <a href="/issues">Архив</a> <a href="/authors">Авторам</a></nav></header>
<main><h1>Вестник восстановительной медицины</h1><p>Научно-практический рецензируемый журнал.</p>
<ul><li><a href="/issue/24-5">Том 24, № 5 (2025)</a></li><li><a href="/issue/24-4">Том 24, № 4 (2025)</a></li></ul></main>
<footer>© 2025</footer></body></html>
"""


def main() -> None:
    BAD.mkdir(exist_ok=True)
    (BAD / "scan.pdf").write_bytes(scan_pdf())
    (BAD / "encrypted.pdf").write_bytes(encrypted_pdf())
    (BAD / "damaged.pdf").write_bytes((HERE / "seed.pdf").read_bytes()[:600])
    (BAD / "malformed.xml").write_text(MALFORMED_XML, encoding="utf-8")
    (BAD / "no_article.html").write_text(NO_ARTICLE_HTML, encoding="utf-8")
    print(f"wrote {BAD}")


if __name__ == "__main__":
    main()
