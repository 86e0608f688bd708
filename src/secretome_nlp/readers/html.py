"""HTML article pages saved from journal sites: the article's text and its citation_* tags.

The main text is the page's article container — the first of ``[itemprop=articleBody]``,
``<article>``, ``<main>``, ``[role=main]`` that holds prose, else ``<body>`` — with page
chrome (navigation, header, footer, sidebars, forms, scripts) left out. It is laid out
as text block by block (headings and paragraphs each on a line of their own, ordered-list
items numbered as displayed) and then parsed like a plain-text article. The Highwire /
Google Scholar ``<meta name="citation_*">`` tags that journal platforms emit fill the
metadata (title per language, authors with ORCIDs, DOI, journal, volume, issue, pages,
date, keywords), taking precedence over what the text suggests.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import NoArticleTextError
from .base import Document
from .layout import TextBuilder

_CHROME = {"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "button", "select",
           "template", "svg", "iframe", "menu", "input", "label", "figure"}
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "caption",
           "td", "th", "figcaption", "address"}
_CONTAINERS = {"div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead", "tr", "body",
               "span", "center", "details", "summary"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
#: The least prose (letters in paragraphs and list items) an article page has.
MIN_ARTICLE_LETTERS = 200


class HtmlReader:
    """Saved article pages (``.html``/``.htm``) from journal sites."""

    name: str = "html"
    suffixes: tuple[str, ...] = (".html", ".htm", ".xhtml")

    def sniff(self, head: bytes) -> int:
        low = head[:4096].lower()
        return 2 if b"<html" in low or b"<!doctype html" in low else 0

    def read(self, data: bytes, name: str) -> Document:
        import lxml.html

        text, encoding = _decode(data, name)
        try:
            root = lxml.html.document_fromstring(text)
        except Exception as exc:  # lxml's parser error types vary with the input
            raise NoArticleTextError(f"{name}: cannot parse the HTML page ({str(exc).splitlines()[0]})") from None
        metadata = _citation_meta(root)
        main = _main_content(root)
        out = TextBuilder()
        if main is not None:
            _walk(main, out)
        laid_out = out.text()
        prose = sum(sum(1 for c in laid_out[e.start:e.end] if c.isalpha())
                    for e in out.elements if e.name in ("p", "li"))
        if prose < MIN_ARTICLE_LETTERS:
            raise NoArticleTextError(
                f"{name}: HTML page without article text ({prose} letters of prose; a landing or index page?)")
        return Document(laid_out, encoding, self.name, (), tuple(out.elements), metadata)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    from ..io import decode

    declared = _CHARSET.search(data[:4096])
    if declared:
        enc = declared.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode(enc).lstrip("\ufeff"), enc
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, name)


def _tag(el: Any) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _letters(el: Any) -> int:
    return sum(1 for p in el.iter("p", "li") for c in p.text_content() if c.isalpha())


def _main_content(root: Any) -> Any:
    body = root.find("body")
    if body is None:
        return None
    for xpath in ("//*[@itemprop='articleBody']", "//article", "//main", "//*[@role='main']"):
        found = [el for el in root.xpath(xpath) if _letters(el) >= MIN_ARTICLE_LETTERS]
        if found:
            return max(found, key=_letters) if xpath == "//article" else found[0]
    return body


def _walk(el: Any, out: TextBuilder) -> None:
    ordinal = 0
    for child in el:
        tag = _tag(child)
        if not tag or tag in _CHROME or child.get("hidden") is not None or child.get("aria-hidden") == "true":
            continue
        if tag in _BLOCKS:
            out.start_block()
            start = out.offset
            if tag == "li" and _tag(el) == "ol":
                ordinal = int(child.get("value") or ordinal + 1)
                out.add_raw(f"{ordinal}. ")
            _inline(child, out)
            out.mark("h" if tag[0] == "h" and tag[1:].isdigit() else tag, start,
                     {"id": child.get("id")} if child.get("id") else None)
            out.end_block()
        elif tag in _CONTAINERS or tag not in _CHROME:
            if (child.text or "").strip() and not any(_tag(c) in _BLOCKS for c in child.iter()):
                # A div holding text directly: one block.
                out.start_block()
                start = out.offset
                _inline(child, out)
                out.mark("div", start)
                out.end_block()
            else:
                if (child.text or "").strip():
                    out.add(child.text)
                _walk(child, out)
        if (child.tail or "").strip():
            out.add(child.tail)


def _inline(el: Any, out: TextBuilder) -> None:
    out.add(el.text)
    for child in el:
        tag = _tag(child)
        if tag == "br":
            out.add(" ")
        elif tag and tag not in _CHROME:
            _inline(child, out)
        out.add(child.tail)


def _script(text: str) -> str:
    cyr = sum(1 for c in text if "а" <= c.lower() <= "я" or c in "ёЁ")
    lat = sum(1 for c in text if c.isascii() and c.isalpha())
    return "ru" if cyr > lat else "en"


def _citation_meta(root: Any) -> dict[str, Any]:
    """Metadata from ``citation_*`` meta tags, keyed like ``Metadata.to_dict()``."""
    tags = [(m.get("name", "").strip().lower(), " ".join((m.get("content") or "").split()),
             (m.get("{http://www.w3.org/XML/1998/namespace}lang") or m.get("lang") or "")[:2].lower())
            for m in root.iter("meta") if (m.get("name") or "").lower().startswith("citation_")]
    md: dict[str, Any] = {}
    authors: list[dict[str, Any]] = []
    for name, content, lang in tags:
        if not content:
            continue
        key = name[len("citation_"):]
        if key == "title":
            md.setdefault("title", {})[lang or _script(content)] = content
        elif key == "journal_title":
            md.setdefault("journal", {})[lang or _script(content)] = content
        elif key == "author":
            authors.append({_script(content): content, "orcid": None})
        elif key == "author_orcid" and authors:
            m = re.search(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", content)
            authors[-1]["orcid"] = m.group() if m else None
        elif key == "author_email" and authors:
            authors[-1].setdefault("email", []).append(content)
        elif key == "doi":
            md["doi"] = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", content, flags=re.I).lower()
        elif key in ("volume", "issue"):
            md[key] = content
        elif key in ("firstpage", "lastpage"):
            md[key] = content
        elif key in ("publication_date", "date", "online_date") and "year" not in md:
            m = re.match(r"(\d{4})(?:[/-](\d{1,2})(?:[/-](\d{1,2}))?)?", content)
            if m:
                md["year"] = int(m.group(1))
                if m.group(3):
                    md["dates"] = {"published": f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"}
        elif key == "keywords":
            words = [w.strip() for w in re.split(r";" if ";" in content else r",", content) if w.strip()]
            md.setdefault("keywords", {}).setdefault(lang or _script(content), []).extend(words)
    if authors:
        md["authors"] = authors
    first, last = md.pop("firstpage", None), md.pop("lastpage", None)
    if first:
        md["pages"] = f"{first}–{last}" if last else first
    return md
