"""JATS XML (journal platforms, PubMed Central): markup-stated structure and metadata.

The text of a JATS source is the document's text content laid out as a Russian journal
prints it: the Russian front matter (title, authors with affiliation marks,
affiliations, abstract with its run-in parts, keywords, notes, correspondence, dates),
the same in English (``trans-title-group``, ``trans-abstract xml:lang="en"``…), the
body (a ``<sec>``'s ``<title>`` on a line of its own, one paragraph per ``<p>``), the
back matter and the reference list (``label. mixed-citation``). The stages after reading
work on this text exactly as on a plain-text article, so offsets mean the same thing.

What the markup states is recorded and preferred to inference: contributors with their
ORCIDs, e-mails and affiliations, keywords per ``xml:lang``, DOI, journal, dates, pages;
each ``<ref>`` with its label and DOI; every group of ``<xref ref-type="bibr">`` (``[12,
13]``, ``[13–15]``) as one citation element listing the reference numbers.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import MalformedXMLError, NoArticleTextError
from .base import Document
from .layout import TextBuilder

_XML_NS = "http://www.w3.org/XML/1998/namespace"
_XML_LANG = "{" + _XML_NS + "}lang"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_GROUP_GAP = re.compile(r"^\s*[,;]?\s*$")
_RANGE_GAP = re.compile(r"^\s*[–—-]\s*$")
_DATE_LABELS = {
    "ru": {"received": "Статья получена", "accepted": "Статья принята к печати", "published": "Статья опубликована"},
    "en": {"received": "Received", "accepted": "Accepted", "published": "Published"},
}


class JatsReader:
    """JATS 1.x ``<article>`` documents (journal publishing and archiving tag sets)."""

    name: str = "jats"
    suffixes: tuple[str, ...] = (".xml", ".jats", ".nxml")

    def sniff(self, head: bytes) -> int:
        low = head.lower()
        if b"<html" in low[:2048] or b"<!doctype html" in low[:2048]:
            return 0
        if re.search(rb"<!doctype article|<article[\s>]", low):
            return 2
        return 1 if low.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml") else 0

    def read(self, data: bytes, name: str) -> Document:
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        try:
            root = etree.fromstring(data, parser=parser)
        except etree.XMLSyntaxError as exc:
            reason = re.sub(r"\s*\(<string>, line \d+\)$", "", str(exc).splitlines()[0])
            raise MalformedXMLError(f"{name}: malformed XML ({reason})") from None
        if _local(root.tag) != "article":
            raise NoArticleTextError(f"{name}: XML root is <{_local(root.tag)}>, not a JATS <article>")
        _strip_namespaces(root)
        return _Layout(root, name).document()


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _strip_namespaces(root: Any) -> None:
    # JATS may come with or without a namespace on its elements; find() then works on local names.
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag and not el.tag.startswith("{http://www.w3.org/1999/xlink"):
            el.tag = _local(el.tag)


def _text(el: Any) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _lang(el: Any, default: str) -> str:
    return (el.get(_XML_LANG) or default)[:2].lower()


def _doi(value: str | None) -> str | None:
    if not value:
        return None
    value = _DOI_PREFIX.sub("", value.strip()).rstrip(".,;")
    return value.lower() if value.startswith("10.") else None


def _element_citation(cit: Any) -> str:
    """A structured ``<element-citation>`` (no punctuation in the markup) written Vancouver-style:
    ``Smith J, Lee K. Title. Journal. 2019;12(3):45–67. doi:10.…``."""
    names = []
    for name in cit.iterfind(".//person-group/name"):
        names.append(" ".join(filter(None, (_text(name.find("surname")), _text(name.find("given-names"))))))
    if cit.find(".//person-group/etal") is not None:
        names.append("et al.")
    parts = [", ".join(names)] if names else []
    for tag in ("article-title", "chapter-title", "source"):
        if _text(cit.find(tag)):
            parts.append(_text(cit.find(tag)).rstrip("."))
    where = _text(cit.find("year"))
    if _text(cit.find("volume")):
        where += f";{_text(cit.find('volume'))}"
    if _text(cit.find("issue")):
        where += f"({_text(cit.find('issue'))})"
    pages = "–".join(filter(None, (_text(cit.find("fpage")), _text(cit.find("lpage")))))
    if pages or _text(cit.find("elocation-id")):
        where += f":{pages or _text(cit.find('elocation-id'))}"
    if where:
        parts.append(where)
    text = ". ".join(p.rstrip(".") for p in parts if p) + "."
    doi = _text(cit.find("pub-id[@pub-id-type='doi']"))
    return f"{text} doi:{doi}" if doi else text


class _Layout:
    def __init__(self, root: Any, name: str) -> None:
        self.root = root
        self.name = name
        self.lang = _lang(root, "ru")
        self.out = TextBuilder()
        self.labels: dict[str, str] = {}  # ref id → label
        self.xrefs: list[tuple[int, int, str]] = []  # bibr xref spans and rids, in order
        self.metadata: dict[str, Any] = {}

    # --- inline content -----------------------------------------------------------
    def inline(self, el: Any) -> None:
        """Text of ``el`` and its descendants (tails included), recording bibr xrefs."""
        self.out.add(el.text)
        for child in el:
            tag = _local(child.tag)
            if tag == "xref" and child.get("ref-type") == "bibr":
                start = self.out.offset
                self.inline(child)
                self.xrefs.append((start, self.out.offset, child.get("rid", "")))
            elif tag == "xref" and child.get("ref-type") in ("aff", "corresp", "fn"):
                # Affiliation marks print as superscripts (Ерёмин П.С.¹).
                mark = _text(child)
                self.out.add_raw(mark.translate(_SUPERSCRIPT) if child.get("ref-type") == "aff" else mark)
            elif tag != "label":  # labels are laid out by the blocks that own them
                self.inline(child)
            self.out.add(child.tail)

    def block(self, el: Any, title: str | None = None, sep: str = ". ") -> None:
        """One block: an optional run-in title, then the element's inline text."""
        self.out.start_block()
        if title:
            self.out.add(title)
            self.out.add_raw(sep)
        self.inline(el)
        self.out.end_block()

    def line(self, text: str) -> None:
        if text:
            self.out.start_block()
            self.out.add(text)
            self.out.end_block()

    # --- parts of the article -------------------------------------------------------
    def document(self) -> Document:
        meta = self.root.find("front/article-meta")
        for ref in self.root.iterfind(".//ref-list/ref"):
            label = _text(ref.find("label")) or str(len(self.labels) + 1)
            self.labels[ref.get("id", "")] = label.rstrip(".")
        if meta is not None:
            self.front(meta, self.lang)
            self.front(meta, "en" if self.lang != "en" else "ru")
            self.article_metadata(meta)
        body = self.root.find("body")
        if body is not None:
            self.sections(body)
        back = self.root.find("back")
        if back is not None:
            for child in back:
                tag = _local(child.tag)
                if tag == "ref-list":
                    self.references(child)
                elif tag in ("sec", "notes", "ack", "fn-group", "app-group"):
                    self.sections(child, own_title=True)
        text = self.out.text()
        if not text.strip():
            raise NoArticleTextError(f"{self.name}: JATS article without text (no front matter, body or back)")
        self.citations()
        return Document(text, "utf-8", "jats", (), tuple(self.out.elements), self.metadata)

    def front(self, meta: Any, lang: str) -> None:
        main = lang == self.lang
        title = meta.find("title-group/article-title") if main else \
            meta.find(f"title-group/trans-title-group[@{{{_XML_NS}}}lang='{lang}']/trans-title")
        if title is not None:
            self.block(title)
        names = []
        for contrib in meta.iterfind(".//contrib-group/contrib"):
            name = self._name(contrib, lang)
            if not name:
                continue
            marks = [_text(x).translate(_SUPERSCRIPT) for x in contrib.iterfind("xref[@ref-type='aff']")]
            corresponding = contrib.get("corresp") == "yes" or contrib.find("xref[@ref-type='corresp']") is not None
            star = "*" if corresponding else ""
            names.append(name + "".join(marks) + (("," if marks else "") + star if star else ""))
        if names:
            self.line(", ".join(names))
        for aff in self._affiliations(meta, lang):
            self.out.start_block()
            label = _text(aff.find("label"))
            if label:
                self.out.add_raw(label.translate(_SUPERSCRIPT) + " ")
            for part in aff:
                if _local(part.tag) != "label":
                    self.inline(part)
                    self.out.add(part.tail)
            self.out.end_block()
        abstract = meta.find("abstract") if main else \
            meta.find(f"trans-abstract[@{{{_XML_NS}}}lang='{lang}']")
        if abstract is None and not main:
            abstract = next((a for a in meta.iterfind("abstract") if _lang(a, self.lang) == lang), None)
        if abstract is not None:
            self.line(_text(abstract.find("title")))
            for part in abstract:
                tag = _local(part.tag)
                if tag == "sec":
                    self.block(part.find("p"), _text(part.find("title")))
                elif tag == "p":
                    self.block(part)
        for group in meta.iterfind("kwd-group"):
            if _lang(group, self.lang) == lang:
                self.out.start_block()
                default = "Ключевые слова" if lang == "ru" else "Keywords"
                self.out.add(_text(group.find("title")) or default)
                self.out.add_raw(": ")
                self.out.add(", ".join(_text(k) for k in group.iterfind("kwd")))
                self.out.end_block()
        for notes in self.root.iterfind("front/notes"):
            if _lang(notes, self.lang) == lang:
                self.block(notes.find("p"), _text(notes.find("title")), ": ")
        for corresp in meta.iterfind("author-notes/corresp"):
            if _lang(corresp, self.lang) == lang:
                self.out.start_block()
                label = _text(corresp.find("label"))
                if label:
                    self.out.add_raw(label + " ")
                self.inline(corresp)
                self.out.end_block()
        for kind, value in self._dates(meta).items():
            if value:
                y, m, d = value.split("-")
                self.line(f"{_DATE_LABELS.get(lang, _DATE_LABELS['en'])[kind]}: {d}.{m}.{y}")

    def _name(self, contrib: Any, lang: str) -> str:
        for name in contrib.iterfind(".//name"):
            if _lang(name, "en" if name.get("name-style") == "western" else self.lang) == lang:
                surname, given = _text(name.find("surname")), _text(name.find("given-names"))
                return f"{surname} {given}".strip() if name.get("name-style") == "eastern" or lang == "ru" \
                    else f"{given} {surname}".strip()
        return ""

    def _affiliations(self, meta: Any, lang: str) -> list[Any]:
        out: list[Any] = []
        for alt in meta.iterfind("aff-alternatives"):
            out.extend(a for a in alt.iterfind("aff") if _lang(a, self.lang) == lang)
        if not out and lang == self.lang:
            out = list(meta.iterfind("aff")) + list(meta.iterfind("contrib-group/aff"))
        return out

    def _dates(self, meta: Any) -> dict[str, str | None]:
        def iso(el: Any) -> str | None:
            if el is None or not _text(el.find("year")):
                return None
            month, day = _text(el.find("month")) or "1", _text(el.find("day")) or "1"
            return f"{_text(el.find('year'))}-{month.zfill(2)}-{day.zfill(2)}"

        return {"received": iso(meta.find("history/date[@date-type='received']")),
                "accepted": iso(meta.find("history/date[@date-type='accepted']")),
                "published": iso(meta.find("pub-date"))}

    def sections(self, parent: Any, own_title: bool = False) -> None:
        if own_title and parent.find("title") is not None:
            self.title(parent.find("title"))
        for child in parent:
            tag = _local(child.tag)
            if tag in ("sec", "notes", "fn-group", "ack", "app"):
                start = self.out.offset
                if child.find("title") is not None:
                    self.title(child.find("title"))
                self.sections(child)
                self.out.mark("sec", start, {"lang": _lang(child, self.lang)})
            elif tag in ("p", "fn", "disp-quote", "list-item"):
                start = self.out.offset
                self.block(child)
                self.out.mark("p", start)
            elif tag in ("list", "def-list", "boxed-text"):
                self.sections(child)

    def title(self, el: Any) -> None:
        self.out.start_block()
        start = self.out.offset
        self.inline(el)
        self.out.mark("title", start)
        self.out.end_block()

    def references(self, ref_list: Any) -> None:
        if ref_list.find("title") is not None:
            self.title(ref_list.find("title"))
        for ref in ref_list.iterfind("ref"):
            label = self.labels.get(ref.get("id", ""), "")
            self.out.start_block()
            start = self.out.offset
            self.out.add_raw(f"{label}. ")
            cit = next((c for c in ref.iter() if _local(c.tag) in ("mixed-citation", "element-citation")), None)
            if cit is not None and _local(cit.tag) == "mixed-citation":
                self.inline(cit)  # punctuation is in the markup
            elif cit is not None:
                self.out.add(_element_citation(cit))
            doi = _doi(_text(ref.find(".//pub-id[@pub-id-type='doi']")))
            if doi is None:
                link = ref.find(".//ext-link[@ext-link-type='doi']")
                doi = _doi(link.get(_XLINK_HREF) or _text(link)) if link is not None else None
            self.out.mark("ref", start, {"id": ref.get("id", ""), "label": label, **({"doi": doi} if doi else {})})
            self.out.end_block()

    def citations(self) -> None:
        """Adjacent bibr xrefs (``[12, 13]``, ``[13–15]``) → one citation element each group."""
        text = self.out.text()
        groups: list[list[tuple[int, int, str]]] = []
        for x in self.xrefs:
            gap = text[groups[-1][-1][1]:x[0]] if groups else None
            if gap is not None and (_GROUP_GAP.match(gap) or _RANGE_GAP.match(gap)):
                groups[-1].append(x)
            else:
                groups.append([x])
        for g in groups:
            numbers: list[int] = []
            for k, (s, e, rid) in enumerate(g):
                label = self.labels.get(rid, "")
                if not label.isdigit():
                    continue
                n = int(label)
                if k and numbers and _RANGE_GAP.match(text[g[k - 1][1]:s]):
                    numbers.extend(range(numbers[-1] + 1, n))
                numbers.append(n)
            start, end = g[0][0], g[-1][1]
            if start > 0 and text[start - 1] in "[(" and end < len(text) and text[end] in "])":
                start, end = start - 1, end + 1
            self.out.mark("citation", start, {"refs": ",".join(map(str, sorted(set(numbers))))}, end)

    # --- metadata stated by the markup -----------------------------------------------------
    def article_metadata(self, meta: Any) -> None:
        md: dict[str, Any] = {}
        md["doi"] = _doi(_text(meta.find("article-id[@pub-id-type='doi']")))
        other = "en" if self.lang != "en" else "ru"
        md["title"] = {self.lang: _text(meta.find("title-group/article-title")) or None,
                       other: _text(meta.find("title-group/trans-title-group/trans-title")) or None}
        jt = self.root.find("front/journal-meta/journal-title-group")
        if jt is not None:
            title, trans = jt.find("journal-title"), jt.find("trans-title-group")
            md["journal"] = {_lang(title, self.lang) if title is not None else self.lang: _text(title) or None,
                             _lang(trans, other) if trans is not None else other:
                             _text(jt.find("trans-title-group/trans-title")) or None}
        md["keywords"] = {}
        for group in meta.iterfind("kwd-group"):
            md["keywords"].setdefault(_lang(group, self.lang), []).extend(_text(k) for k in group.iterfind("kwd"))
        md["dates"] = self._dates(meta)
        year = _text(meta.find("pub-date/year"))
        md["year"] = int(year) if year.isdigit() else None
        md["volume"] = _text(meta.find("volume")) or None
        md["issue"] = _text(meta.find("issue")) or None
        fpage, lpage = _text(meta.find("fpage")), _text(meta.find("lpage"))
        md["pages"] = (f"{fpage}–{lpage}" if lpage else fpage) or None
        authors = []
        for contrib in meta.iterfind(".//contrib-group/contrib"):
            orcid = _text(contrib.find("contrib-id[@contrib-id-type='orcid']"))
            m = re.search(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", orcid)
            authors.append({"ru": self._name(contrib, "ru") or None, "en": self._name(contrib, "en") or None,
                            "orcid": m.group() if m else None,
                            "email": [_text(e) for e in contrib.iterfind("email")],
                            "affiliations": [int(_text(x)) for x in contrib.iterfind("xref[@ref-type='aff']")
                                             if _text(x).isdigit()]})
        md["authors"] = authors
        affs = []
        for alt in meta.iterfind("aff-alternatives"):
            entry: dict[str, Any] = {}
            for aff in alt.iterfind("aff"):
                label = _text(aff.find("label"))
                if label.isdigit():
                    entry["number"] = int(label)
                entry[_lang(aff, self.lang)] = " ".join(_text(p) for p in aff if _local(p.tag) != "label") or None
            if "number" in entry:
                affs.append(entry)
        md["affiliations"] = affs
        self.metadata = {k: v for k, v in md.items() if v}
