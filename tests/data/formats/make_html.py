"""Write the seed article as a saved journal article page (HTML) with citation_* meta tags.

    python tests/data/formats/make_html.py       # writes seed.html next to this script

Built by this script from the seed text (``seed_blocks.py``), shaped like an article page
of the journal platforms Russian journals use: Highwire/Google Scholar ``citation_*``
meta tags in the head (title in both languages, authors with institution and ORCID, DOI,
journal, volume, issue, pages, date, keywords, references), and page chrome around the
article — a site header with navigation, a sidebar, a footer, a script — that the reader
must leave out. The article is an ``<article>`` with ``<h1>`` titles, ``<h2>``/``<h3>``
headings, ``<p>`` paragraphs and the reference list as ``<ol>``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed_blocks import Block, blocks, ref_number  # noqa: E402

HERE = Path(__file__).resolve().parent


def inline(b: Block) -> str:
    out = []
    for t, style in b.runs():
        t = escape(t)
        t = re.sub(r"https?://\S+[^\s.,;)]", lambda m: f'<a href="{m.group()}">{m.group()}</a>', t)
        out.append(f"<{style}>{t}</{style}>" if style in ("b", "i", "sup") else t)
    return "".join(out)


def meta(name: str, content: str, lang: str | None = None) -> str:
    extra = f' xml:lang="{lang}" lang="{lang}"' if lang else ""
    return f'<meta name="{name}" content={quoteattr(content)}{extra}>'


def html() -> str:
    bs = blocks()
    en_title = next(i for i, b in enumerate(bs) if b.text.startswith("Possibilities"))
    refs = next(i for i, b in enumerate(bs) if b.text.startswith("Список литературы"))
    orcids = re.findall(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", "\n".join(b.text for b in bs[:refs]))
    names = [n.strip() for n in re.split(r",\s*", re.sub(r"\^\{[^}]*\}|[¹²]", "", bs[1].text))]
    insts = [bs[2].text[2:], bs[2].text[2:], bs[3].text[2:]]
    head = [meta("citation_title", bs[0].plain(), "ru"), meta("citation_title", bs[en_title].plain(), "en")]
    for k, name in enumerate(names):
        head += [meta("citation_author", name), meta("citation_author_institution", insts[k]),
                 meta("citation_author_orcid", f"https://orcid.org/{orcids[k]}")]
    head += [meta("citation_doi", "10.38025/2078-1962-2025-24-5-106-112"),
             meta("citation_journal_title", "Вестник восстановительной медицины", "ru"),
             meta("citation_journal_title", "Bulletin of Rehabilitation Medicine", "en"),
             meta("citation_issn", "2078-1962"), meta("citation_volume", "24"), meta("citation_issue", "5"),
             meta("citation_firstpage", "106"), meta("citation_lastpage", "112"),
             meta("citation_publication_date", "2025/10/20"), meta("citation_language", "ru"),
             meta("citation_keywords", "клеточный секретом; тканеинженерные конструкции; регенеративная медицина", "ru"),
             meta("citation_keywords", "cellular secretome; tissue engineering structures; regenerative medicine", "en"),
             meta("citation_pdf_url", "https://www.bulletin-rehab.ru/article/download/seed.pdf")]
    body, number, in_list = [], 0, False
    for b in bs:
        if b.role == "ref":
            if not in_list:
                body.append('<ol class="references">')
                in_list = True
            number, rest = ref_number(b, number)
            body.append(f'<li id="cit{number}">{inline(Block("ref", rest))}</li>')
            continue
        if b.role == "title":
            body.append(f"<h1>{inline(b)}</h1>")
        elif b.role == "heading":
            body.append(f"<h{2 if b.text.isupper() or b.text.startswith('Список') else 3}>{inline(b)}</h{2 if b.text.isupper() or b.text.startswith('Список') else 3}>")
        else:
            body.append(f"<p>{inline(b)}</p>")
    if in_list:
        body.append("</ol>")
        head += [meta("citation_reference", Block("", b.text).plain()) for b in bs[refs + 1:]]
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>{escape(bs[0].plain())} | Вестник восстановительной медицины</title>
{chr(10).join(head)}
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">Вестник восстановительной медицины</a>
<nav><ul><li><a href="/about">О журнале</a></li><li><a href="/issues">Архив</a></li><li><a href="/authors">Авторам</a></li><li><a href="/search">Поиск</a></li></ul></nav></header>
<div class="page">
<aside class="sidebar"><h4>Разделы</h4><ul><li><a href="/issue/24-5">Том 24, № 5 (2025)</a></li><li><a href="/editorial">Редакция</a></li></ul>
<p>Подписка на рассылку</p><form><input type="email" placeholder="E-mail"><button>Подписаться</button></form></aside>
<main>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/issue/24-5">Том 24, № 5</a> / Обзоры</div>
<article class="article-full">
{chr(10).join(body)}
</article>
<div class="share">Поделиться: <a href="#">VK</a> <a href="#">Telegram</a></div>
</main>
</div>
<footer class="site-footer"><p>© 2025 ФГБУ «НМИЦ РК» Минздрава России. Контент доступен под лицензией CC BY 4.0.</p></footer>
<script src="/static/site.js"></script>
</body>
</html>
"""


def main() -> None:
    (HERE / "seed.html").write_text(html(), encoding="utf-8")
    print(f"wrote {HERE / 'seed.html'}")


if __name__ == "__main__":
    main()
