"""Inputs as users have them (issue #12): PDF, JATS XML and HTML article pages.

The seed article exists here as a two-column PDF typeset by LibreOffice, as JATS 1.3 and
as a saved journal page (tests/data/formats/, each made by a script from the seed). Each
must parse to what the plain-text seed parses to; the PDF must also lose its running
heads and page numbers, rejoin every word cut at a line end and know each offset's page.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import secretome_nlp as sn
from secretome_nlp.article import spans_of
from secretome_nlp.errors import (
    EncryptedPDFError,
    InputError,
    MalformedPDFError,
    MalformedXMLError,
    NoArticleTextError,
    NoTextLayerError,
)
from secretome_nlp.io import read_document, read_source
from secretome_nlp.readers import Document, Registry, registry
from secretome_nlp.repair import repair

DATA = Path(__file__).resolve().parent / "data" / "formats"
SEED_PDF = DATA / "seed.pdf"
SEED_PDF_PLAIN = DATA / "seed-plain.pdf"  # one column, no paragraph spacing, page numbers in the heads
SEED_PDF_BROWSER = DATA / "seed-browser.pdf"  # seed.html printed by Chromium (Skia): its own heads
SEED_PDF_LATEX = DATA / "seed-latex.pdf"  # XeLaTeX, two columns (multicol), TeX hyphenation
SEED_JATS = DATA / "seed.jats.xml"
SEED_HTML = DATA / "seed.html"
BAD = DATA / "bad"
PDFS = {"pdf": SEED_PDF, "pdf-plain": SEED_PDF_PLAIN, "pdf-browser": SEED_PDF_BROWSER, "pdf-latex": SEED_PDF_LATEX}
FORMATS = {**PDFS, "jats": SEED_JATS, "html": SEED_HTML}

sys.path.insert(0, str(DATA))
from make_pdf import FIRST_PAGE, HEAD_LEFT, HEAD_RIGHT  # noqa: E402


@pytest.fixture(scope="module")
def parsed() -> dict[str, sn.Article]:
    return {name: sn.parse(path) for name, path in FORMATS.items()}


# --- the reader registry -------------------------------------------------------------------
def test_registry_knows_the_formats() -> None:
    assert {"text", "pdf", "jats", "html"} <= set(registry.names())
    assert {".pdf", ".xml", ".html", ".txt"} <= set(registry.suffixes())


@pytest.mark.parametrize("path, fmt", [(SEED_PDF, "pdf"), (SEED_JATS, "jats"), (SEED_HTML, "html")])
def test_content_decides_not_the_suffix(path: Path, fmt: str, tmp_path: Path) -> None:
    renamed = tmp_path / "article.txt"
    renamed.write_bytes(path.read_bytes())
    assert read_source(renamed).format == fmt
    assert read_document(path.read_bytes()).format == fmt


def test_text_named_pdf_is_read_as_text(seed_path: Path, tmp_path: Path) -> None:
    misnamed = tmp_path / "article.pdf"
    misnamed.write_bytes(seed_path.read_bytes())
    src = read_source(misnamed)
    assert src.format == "text" and src.text == seed_path.read_text(encoding="utf-8") and src.pages == ()


def test_markup_given_as_a_string_is_read_by_its_reader() -> None:
    assert read_document(SEED_JATS.read_text(encoding="utf-8")).format == "jats"


def test_a_format_is_one_registration() -> None:
    class Csv:
        name = "csv"
        suffixes = (".csv",)

        def sniff(self, head: bytes) -> int:
            return 2 if head.startswith(b"ru;en\n") else 0

        def read(self, data: bytes, name: str) -> Document:
            ru, en = zip(*(line.split(";") for line in data.decode().splitlines()[1:]))
            return Document("\n\n".join(ru + en), "utf-8", self.name)

    own = Registry()
    for reader in (registry.get("text"), registry.get("pdf"), Csv()):
        own.register(reader)
    assert own.choose("ru;en\nКлетки;Cells\n".encode()).name == "csv"
    assert own.choose(b"plain text").name == "text"
    assert own.choose(SEED_PDF.read_bytes()[:4096], ".txt").name == "pdf"


# --- acceptance: every format gives what the plain text gives -----------------------------
def _kinds(a: sn.Article) -> Counter:
    return Counter((s.lang, s.kind, s.level) for s in a.sections)


def _pairs(a: sn.Article) -> list[tuple[str, str, str]]:
    return sorted((p.kind, a.section(p.ru).kind, a.section(p.en).kind) for p in a.pairs)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_same_sections_and_pairs_as_plain_text(fmt: str, parsed, seed_article) -> None:
    article = parsed[fmt]
    assert article.sources[0].format == fmt.split("-")[0]
    assert _kinds(article) == _kinds(seed_article)
    assert _pairs(article) == _pairs(seed_article)
    # each pair aligns about as many sentences as in the plain text
    for (_, _, p), (_, _, q) in zip(sorted(article.iter_pairs(), key=lambda t: t[2].kind),
                                    sorted(seed_article.iter_pairs(), key=lambda t: t[2].kind)):
        assert abs(len(p.sentences) - len(q.sentences)) <= max(1, len(q.sentences) // 10)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_same_references_and_citations(fmt: str, parsed, seed_article) -> None:
    article = parsed[fmt]
    assert len(seed_article.references) == 45
    assert [(r.number, r.doi, r.year) for r in article.references] == \
        [(r.number, r.doi, r.year) for r in seed_article.references]
    resolved = [c for c in article.citations if c.refs]
    assert len(resolved) == 44 == len([c for c in seed_article.citations if c.refs])
    assert sorted(c.refs for c in article.citations) == sorted(c.refs for c in seed_article.citations)
    assert article.citation_report() == seed_article.citation_report()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_entities_agree_with_plain_text(fmt: str, parsed, seed_article) -> None:
    ours = {e.id for e in parsed[fmt].entities}
    theirs = {e.id for e in seed_article.entities}
    assert len(ours & theirs) / len(ours | theirs) >= 0.95


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_same_metadata(fmt: str, parsed, seed_article) -> None:
    assert parsed[fmt].metadata == seed_article.metadata


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_spans_index_the_source_and_json_round_trips(fmt: str, parsed) -> None:
    from secretome_nlp.export.json import validate_article

    article = parsed[fmt]
    for what, source, start, end in spans_of(article):
        assert 0 <= start <= end <= len(article.sources[source].text), what
    for c in article.citations:
        assert c.text == article.sources[c.source].text[c.start:c.end]
    data = json.loads(article.to_json())
    validate_article(data)
    assert sn.Article.from_json(article.to_json()) == article


# --- PDF: running heads, hyphenation, pages -------------------------------------------------
@pytest.fixture(scope="module", params=list(PDFS))
def pdf_case(request):
    return request.param, read_source(PDFS[request.param])


def test_pdf_running_heads_and_page_numbers_are_removed_and_recorded(pdf_case, parsed, seed_text) -> None:
    name, pdf_source = pdf_case
    text = pdf_source.text
    pages = pdf_source.pages
    assert [p.number for p in pages] == list(range(1, len(pages) + 1)) and len(pages) >= 5
    if name == "pdf-browser":
        # Chromium's heads: date and page title on top, file URL and "n/N" at the bottom.
        first = 1
        heads = [r for p in pages for r in p.removed]
        assert len(heads) == 2 * len(pages)
        assert all(any(r.endswith(f" {p.number}/{len(pages)}") for r in p.removed) for p in pages)
        assert "file:///" not in text and "AM Возможности" not in text and "PM Возможности" not in text
    else:
        first = FIRST_PAGE
        # The heads are gone; the journal line also stands in the citation line, as in the seed.
        for head in (HEAD_LEFT, HEAD_RIGHT):
            assert text.count(head) == seed_text.count(head)
            assert not re.search(rf"(?m)^{re.escape(head)}$", text)
        # Left and right pages alternate their heads.
        sides = [HEAD_LEFT in " ".join(p.removed) for p in pages]
        assert all(HEAD_LEFT in " ".join(p.removed) or HEAD_RIGHT in " ".join(p.removed) for p in pages)
        assert all(x != y for x, y in zip(sides, sides[1:]))
    assert [p.label for p in pages] == [str(first + i) for i in range(len(pages))]
    for p in pages:
        assert any(p.label in r for r in p.removed)
    # The page map tiles the text, in order.
    assert pages[0].start == 0 and pages[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(pages, pages[1:]))
    # No section text holds a running head or a page number the seed itself does not have.
    article = parsed[name]
    for label in (p.label for p in pages if name != "pdf-browser"):  # 1–6 are everywhere
        standalone = re.compile(rf"(?<![\d(:–\-./]){label}(?![\d–\-./])")
        in_sections = sum(len(standalone.findall(text[s.start:s.end])) for s in article.sections if s.level == 1)
        assert in_sections == len(standalone.findall(seed_text)), label
    for s in article.sections:
        body = text[s.start:s.end]
        assert HEAD_LEFT not in body
        assert body.count(HEAD_RIGHT) == (1 if s.kind == "citation" and s.lang == "ru" else 0), s.id
        assert not re.search(r"(?m)^\s*\d{1,4}\s*$", body), s.id
        assert not re.search(rf"(?<![\d(.])\d/{len(pages)}(?![\d)])", body), s.id


def _line_end_hyphens(path: Path) -> list[tuple[str, str]]:
    """(head, tail) of every word the PDF's text layer shows cut by a hyphen at a line end."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    out = []
    pdf = pdfium.PdfDocument(path.read_bytes())
    for page in pdf:
        tp = page.get_textpage()
        chars = "".join(chr(raw.FPDFText_GetUnicode(tp.raw, i)) for i in range(tp.count_chars()))
        for i, c in enumerate(chars):
            if raw.FPDFText_IsHyphen(tp.raw, i) or (c == "-" and chars[i + 1:i + 2] in ("\r", "\n")):
                head = re.search(r"(\w+)\s*$", chars[:i])
                tail = re.match(r"[\s\r\n]*(\w+)", chars[i + 1:])
                # Letters never continue as a number: that "tail" is the next text object
                # in pdfium's stream (the page number after a page's last, cut line).
                if head and tail and not (head.group(1).isalpha() and tail.group(1).isdigit()):
                    out.append((head.group(1), tail.group(1)))
    pdf.close()
    return out


def test_pdf_every_word_cut_at_a_line_end_is_rejoined(pdf_case) -> None:
    name, pdf_source = pdf_case
    cuts = _line_end_hyphens(PDFS[name])
    # LibreOffice hyphenates; Chromium does not (offline), so there only compounds break.
    assert len(cuts) > {"pdf": 150, "pdf-plain": 100, "pdf-browser": 5, "pdf-latex": 150}[name]  # not vacuous
    view = repair(pdf_source.text).text
    assert not re.search(r"\w-[ \t]*\n\s*\w", view)
    missing = []
    for (head, tail), n in Counter(cuts).items():
        whole = re.compile(rf"(?<!\w){re.escape(head)}-?{re.escape(tail)}")
        if len(whole.findall(view)) < n:
            missing.append(f"{head}-{tail}")
    assert not missing


@pytest.mark.parametrize("name", ["pdf", "pdf-plain", "pdf-latex"])
def test_pdf_hyphen_decisions_mostly_match_the_seed(name: str, seed_text) -> None:
    pdf_source = read_source(PDFS[name])
    # Whether the hyphen stays (клеток-продуцентов) is the repair stage's call; the seed
    # says what was written. Misses are reported in notes/formats.md, not hidden.
    view = repair(pdf_source.text).text
    right = total = 0
    for head, tail in set(_line_end_hyphens(PDFS[name])):
        joined = re.search(rf"(?<!\w){re.escape(head + tail)}(?!\w)", seed_text) is not None
        hyphen = re.search(rf"(?<!\w){re.escape(head + '-' + tail)}(?!\w)", seed_text) is not None
        if joined == hyphen:
            continue  # the seed has both or neither: no truth to compare with
        total += 1
        right += re.search(rf"(?<!\w){re.escape(head + ('-' if hyphen else '') + tail)}(?!\w)", view) is not None
    assert total > 100 and right / total >= 0.95


# Checked by hand against the PDFs (pdftotext -f N -l N tests/data/formats/seed.pdf, the same
# for seed-latex.pdf, and the page images): the printed page on which the first mention with
# this surface stands.
MENTION_PAGES = [
    ("pdf", "HGNC:10618", "CCL2", "107"),
    ("pdf", "HGNC:5981", "ИЛ-17", "108"),
    ("pdf", "HGNC:30092", "висфатин", "108"),
    ("pdf", "HGNC:15971", "TSG101", "108"),
    ("pdf", "UBERON:0002331", "пуповины", "109"),
    ("pdf", "CL:0000236", "В-клетки", "109"),
    # The XeLaTeX PDF sets the same text tighter: ИЛ-17 falls on page 107 there (checked in
    # the page image: pdftotext prints it as "ИЛ17", the hyphen cut at the line end).
    ("pdf-latex", "HGNC:10618", "CCL2", "107"),
    ("pdf-latex", "HGNC:5981", "ИЛ-17", "107"),
    ("pdf-latex", "HGNC:30092", "висфатин", "108"),
    ("pdf-latex", "HGNC:15971", "TSG101", "108"),
    ("pdf-latex", "UBERON:0002331", "пуповины", "109"),
    ("pdf-latex", "CL:0000236", "В-клетки", "109"),
]


@pytest.mark.parametrize("name, entity_id, surface, label", MENTION_PAGES)
def test_pdf_mentions_know_their_page(name: str, entity_id: str, surface: str, label: str, parsed) -> None:
    article = parsed[name]
    mentions = sorted((m for m in article.entity(entity_id).mentions if m.text == surface), key=lambda m: m.start)
    assert mentions, surface
    assert article.page_of(mentions[0]).label == label


def test_pdf_page_of_the_last_body_mention(parsed) -> None:
    # "…реализовать потенциал КС в развитии регенеративной медицины" closes the body on page 110.
    article = parsed["pdf"]
    text = article.sources[0].text
    at = text.index("потенциал КС в развитии")
    mention = next(m for e in article.entities for m in e.mentions if m.start == at + len("потенциал "))
    assert article.page_of(mention).label == "110"
    assert article.sources[0].page_at(0).label == str(FIRST_PAGE)


def test_plain_text_has_no_pages(seed_article) -> None:
    assert seed_article.sources[0].format == "text" and seed_article.sources[0].pages == ()
    assert seed_article.page_of(seed_article.sentences[0]) is None


# --- JATS and HTML: what the markup states wins ---------------------------------------------
JATS_SMALL = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" dtd-version="1.3" xml:lang="ru"><front><article-meta>
<article-id pub-id-type="doi">10.1000/jats.test</article-id>
<title-group><article-title>Секретом мезенхимальных стволовых клеток</article-title>
<trans-title-group xml:lang="en"><trans-title>Secretome of mesenchymal stem cells</trans-title></trans-title-group></title-group>
<contrib-group><contrib contrib-type="author"><contrib-id contrib-id-type="orcid">https://orcid.org/0000-0002-1825-0097</contrib-id>
<name-alternatives><name name-style="eastern" xml:lang="ru"><surname>Иванов</surname><given-names>И.И.</given-names></name>
<name name-style="western" xml:lang="en"><surname>Ivanov</surname><given-names>Ivan I.</given-names></name></name-alternatives>
</contrib></contrib-group>
<abstract xml:lang="ru"><p>Секретом стволовых клеток содержит цитокины и факторы роста, которые стимулируют регенерацию тканей.</p></abstract>
<trans-abstract xml:lang="en"><p>The stem cell secretome contains cytokines and growth factors that stimulate tissue regeneration.</p></trans-abstract>
<kwd-group xml:lang="ru"><kwd>секретом</kwd><kwd>регенерация</kwd></kwd-group>
<kwd-group xml:lang="en"><kwd>secretome</kwd><kwd>regeneration</kwd></kwd-group>
</article-meta></front>
<body><sec><title>ВВЕДЕНИЕ</title><p>Интерлейкин-6 стимулирует пролиферацию фибробластов [<xref ref-type="bibr" rid="r2">2</xref>].
Фактор роста эндотелия сосудов усиливает ангиогенез [<xref ref-type="bibr" rid="r1">1</xref>–<xref ref-type="bibr" rid="r3">3</xref>].
Это показано и в работе 5 авторов (2019).</p></sec></body>
<back><ref-list><title>Список литературы</title>
<ref id="r1"><label>1</label><mixed-citation>Smith J. Stem cells. Cell. 2019; 1: 1–2.</mixed-citation></ref>
<ref id="r2"><label>2</label><mixed-citation>Lee K. Growth factors. Nature. 2020; 2: 3–4. <pub-id pub-id-type="doi">10.1000/MARKUP.2</pub-id></mixed-citation></ref>
<ref id="r3"><label>3</label><mixed-citation>Park S. Cytokines. Blood. 2021; 3: 5–6.</mixed-citation></ref>
</ref-list></back></article>
"""


def test_jats_citations_and_metadata_come_from_the_markup() -> None:
    article = sn.parse(JATS_SMALL)
    src = article.sources[0]
    assert src.format == "jats"
    assert [(c.text, c.refs) for c in article.citations] == [("[2]", (2,)), ("[1–3]", (1, 2, 3))]
    assert [r.doi for r in article.references] == [None, "10.1000/markup.2", None]
    md = article.metadata
    assert md.doi == "10.1000/jats.test"
    assert md.title == {"ru": "Секретом мезенхимальных стволовых клеток", "en": "Secretome of mesenchymal stem cells"}
    assert [(a.ru, a.en, a.orcid) for a in md.authors] == [("Иванов И.И.", "Ivan I. Ivanov", "0000-0002-1825-0097")]
    assert md.keywords == {"ru": ["секретом", "регенерация"], "en": ["secretome", "regeneration"]}
    assert [s.kind for s in article.sections if s.kind == "introduction"] == ["introduction"]
    assert "HGNC:6018" in {e.id for e in article.entities}


def test_jats_text_is_the_documents_text(parsed) -> None:
    from lxml import etree

    text = parsed["jats"].sources[0].text
    root = etree.parse(str(SEED_JATS)).getroot()
    for p in root.iter("p"):
        para = " ".join("".join(p.itertext()).split())
        assert para in text


HTML_SMALL = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="citation_title" content="Секретом и регенерация" lang="ru">
<meta name="citation_title" content="Secretome and regeneration" lang="en">
<meta name="citation_author" content="Петров П.П."><meta name="citation_author_orcid" content="https://orcid.org/0000-0001-2345-6789">
<meta name="citation_doi" content="https://doi.org/10.1000/HTML.Test"><meta name="citation_volume" content="7">
<meta name="citation_issue" content="2"><meta name="citation_firstpage" content="10"><meta name="citation_lastpage" content="19">
<meta name="citation_publication_date" content="2024/03/05"><meta name="citation_keywords" content="секретом; регенерация">
</head><body><nav><a href="/">Главная</a> <a href="/archive">Архив номеров журнала</a></nav>
<aside><p>Подпишитесь на новости журнала и получайте уведомления о новых выпусках каждую неделю.</p></aside>
<article><h1>Секретом и регенерация</h1>
<p>Секретом мезенхимальных стволовых клеток содержит цитокины, хемокины и факторы роста, которые стимулируют регенерацию мягких тканей и заживление ран.</p>
<p>Интерлейкин-6 и фактор роста эндотелия сосудов усиливают ангиогенез и пролиферацию фибробластов в зоне повреждения, что ускоряет восстановление ткани.</p>
<p>Экзосомы переносят микроРНК и белки между клетками и рассматриваются как основа бесклеточной терапии в регенеративной медицине.</p>
</article><footer><p>© 2024 Журнал. Все права защищены. Перепечатка материалов разрешена только со ссылкой.</p></footer></body></html>"""


def test_html_main_text_without_chrome_and_citation_meta() -> None:
    article = sn.parse(HTML_SMALL.encode("utf-8"))
    text = article.sources[0].text
    assert article.sources[0].format == "html"
    assert text.startswith("Секретом и регенерация\n\nСекретом мезенхимальных")
    for chrome in ("Главная", "Подпишитесь", "Все права защищены"):
        assert chrome not in text
    md = article.metadata
    assert md.doi == "10.1000/html.test"
    assert md.title == {"ru": "Секретом и регенерация", "en": "Secretome and regeneration"}
    assert (md.volume, md.issue, md.pages, md.year) == ("7", "2", "10–19", 2024)
    assert md.dates["published"] == "2024-03-05"
    assert md.keywords["ru"] == ["секретом", "регенерация"]
    assert [(a.ru, a.orcid) for a in md.authors] == [("Петров П.П.", "0000-0001-2345-6789")]
    assert "HGNC:6018" in {e.id for e in article.entities}


def test_html_seed_page_leaves_the_site_out(parsed) -> None:
    text = parsed["html"].sources[0].text
    for chrome in ("О журнале", "Подписаться", "Поделиться", "CC BY 4.0", "dataLayer", "Главная"):
        assert chrome not in text


# --- bad input: one specific error per format, and a batch goes on --------------------------
BAD_INPUTS = [
    ("scan.pdf", NoTextLayerError, "no text layer"),
    ("encrypted.pdf", EncryptedPDFError, "encrypted"),
    ("damaged.pdf", MalformedPDFError, "damaged PDF"),
    ("malformed.xml", MalformedXMLError, "malformed XML"),
    ("no_article.html", NoArticleTextError, "without article text"),
]


@pytest.mark.parametrize("name, error, words", BAD_INPUTS)
def test_bad_input_gives_a_specific_one_line_error(name: str, error: type, words: str) -> None:
    with pytest.raises(error) as info:
        sn.parse(BAD / name)
    assert isinstance(info.value, InputError)
    message = str(info.value)
    assert "\n" not in message and words in message and name in message


@pytest.mark.parametrize("name, error, words", BAD_INPUTS)
def test_cli_reports_bad_input_on_one_line(name: str, error: type, words: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "secretome_nlp", "parse", str(BAD / name)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1 and words in proc.stderr


def test_batch_discovers_the_formats_and_goes_on_past_bad_ones(tmp_path: Path) -> None:
    from secretome_nlp.batch import discover, parse_many

    folder = tmp_path / "in"
    folder.mkdir()
    for src in (SEED_HTML, BAD / "scan.pdf", BAD / "malformed.xml", BAD / "no_article.html"):
        (folder / src.name).write_bytes(src.read_bytes())
    jobs = discover([folder])
    assert sorted(Path(j[0]).name for j in jobs) == ["malformed.xml", "no_article.html", "scan.pdf", "seed.html"]
    results = {Path(r.job[0]).name: r for r in parse_many([folder], workers=1, lemmas=False)}
    assert results["seed.html"].ok
    assert {n: r.error_type for n, r in results.items() if not r.ok} == {
        "scan.pdf": "NoTextLayerError", "malformed.xml": "MalformedXMLError", "no_article.html": "NoArticleTextError"}


def test_cli_parse_and_batch_accept_the_formats(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "secretome_nlp", "parse", str(SEED_JATS), "--format", "summary",
                           "--no-lemmas"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "references: 45, citations: 44" in proc.stdout
    folder = tmp_path / "in"
    folder.mkdir()
    for src in (SEED_PDF, BAD / "encrypted.pdf", BAD / "no_article.html"):
        (folder / src.name).write_bytes(src.read_bytes())
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "secretome_nlp", "batch", str(folder), "--out", str(out),
                           "--workers", "1", "--tables", "none", "--no-lemmas"], capture_output=True, text=True)
    assert proc.returncode == 3  # some inputs failed, the others are written
    written = json.loads((out / "articles" / "seed.json").read_text(encoding="utf-8"))
    assert written["sources"][0]["format"] == "pdf" and len(written["sources"][0]["pages"]) == 7
    errors = (out / "errors.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(line.split("\t")[1] for line in errors) == ["EncryptedPDFError", "NoArticleTextError"]


JATS_PMC = """<?xml version="1.0"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN" "JATS-archivearticle1-3.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="review-article" xml:lang="en"><front>
<journal-meta><journal-title-group><journal-title>Stem Cell Res Ther</journal-title></journal-title-group></journal-meta>
<article-meta><article-id pub-id-type="pmid">12345678</article-id><article-id pub-id-type="doi">10.1186/s13287-019-1398-3</article-id>
<title-group><article-title>Mesenchymal stem cell secretome in tissue repair</article-title></title-group>
<abstract><p>The secretome of mesenchymal stem cells contains interleukin-6 and vascular endothelial growth factor.</p></abstract>
</article-meta></front>
<body><sec><title>Introduction</title><p>Interleukin-6 drives fibroblast proliferation in wounds <xref ref-type="bibr" rid="CR1">1</xref>, <xref ref-type="bibr" rid="CR2">2</xref>.</p></sec></body>
<back><ref-list><title>References</title>
<ref id="CR1"><label>1.</label><element-citation publication-type="journal"><person-group person-group-type="author">
<name><surname>Park</surname><given-names>KS</given-names></name><name><surname>Bandeira</surname><given-names>E</given-names></name><etal/></person-group>
<article-title>Enhancement of therapeutic potential of mesenchymal stem cell-derived extracellular vesicles</article-title>
<source>Stem Cell Res Ther</source><year>2019</year><volume>10</volume><issue>1</issue><fpage>288</fpage>
<pub-id pub-id-type="doi">10.1186/s13287-019-1398-3</pub-id></element-citation></ref>
<ref id="CR2"><label>2.</label><element-citation publication-type="journal"><person-group person-group-type="author">
<name><surname>Dai</surname><given-names>M</given-names></name></person-group><article-title>Conditioned medium from adipose tissue</article-title>
<source>Cell Prolif</source><year>2016</year><volume>49</volume><fpage>561</fpage><lpage>567</lpage></element-citation></ref>
</ref-list></back></article>
"""


def test_jats_from_pubmed_central_with_structured_references() -> None:
    article = sn.parse(JATS_PMC)
    text = article.sources[0].text
    assert "1. Park KS, Bandeira E, et al. Enhancement of therapeutic potential" in text
    assert "Stem Cell Res Ther. 2019;10(1):288. doi:10.1186/s13287-019-1398-3" in text
    refs = {r.number: r for r in article.references}
    assert set(refs) == {1, 2}
    assert refs[1].doi == "10.1186/s13287-019-1398-3" and refs[2].year == 2016
    assert [(c.text, c.refs) for c in article.citations] == [("1, 2", (1, 2))]
    assert article.metadata.doi == "10.1186/s13287-019-1398-3"
    assert article.metadata.title["en"] == "Mesenchymal stem cell secretome in tissue repair"
    assert {"HGNC:6018", "HGNC:12680"} <= {e.id for e in article.entities}
