"""Bibliographic metadata from the front matter: DOI, titles, authors, affiliations, dates.

Works on sections already found: the title and author sections in each language, the
affiliations, keywords, citation ("Для цитирования / For citation"), correspondence,
dates, and the additional-information sections that carry ORCIDs and e-mails.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .doi import normalize_doi
from .records.article import Affiliation, Author, Metadata, Section

_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s<>\]\[\"']+)")
_ORCID = re.compile(r"\b(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_JOURNAL_REF = re.compile(
    r"(?P<journal>[^.\[\]]+?)\.\s*(?P<year>(?:19|20)\d{2})\s*;\s*(?P<volume>\d+)\s*"
    r"(?:\((?P<issue>[^)]+)\))?\s*:\s*(?P<pages>\d+\s*[–—-]\s*\d+|e?\d+)")
_NAME_TOKEN = re.compile(
    r"(?P<name>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'-]+(?:\s+(?:[A-ZА-ЯЁ]\.\s?){1,2}[A-Z][A-Za-z'-]+"
    r"|\s+(?:[A-ZА-ЯЁ]\.\s?){1,2})"
    r"|(?:[A-ZА-ЯЁ]\.\s?){1,2}[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё'-]+)"
    r"(?P<marks>(?:\^\{[^}]*\}|[¹²³⁴⁵⁶⁷⁸⁹⁰*,\d])*)")

_DATE_KEYS = (
    ("received", ("получена", "поступила", "поступления", "received", "submitted")),
    ("accepted", ("принята", "accepted")),
    ("published", ("опубликована", "published", "online")),
)


def _clean(text: str) -> str:
    text = re.sub(r"\*\*|(?<!\w)\*(?!\s)|(?<=\S)\*(?!\w)", "", text)
    text = re.sub(r"<((?:https?|ftp)://[^>]+)>", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def _body(text: str, section: Section) -> str:
    start = section.heading_end if section.heading_end is not None else section.start
    return text[start:section.end].lstrip(" .:-–—\t\n")


def _iso(match: re.Match[str]) -> str | None:
    try:
        if match.group(3):
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1))).isoformat()
        return date(int(match.group(4)), int(match.group(5)), int(match.group(6))).isoformat()
    except ValueError:
        return None


def parse_dates(text: str) -> dict[str, str | None]:
    """``{received, accepted, published}`` as ISO dates from lines like ``Received: 12.08.2025``."""
    dates: dict[str, str | None] = {"received": None, "accepted": None, "published": None}
    for line in text.splitlines():
        low = line.lower()
        m = _DATE.search(line)
        if not m:
            continue
        for key, words in _DATE_KEYS:
            if dates[key] is None and any(w in low for w in words):
                dates[key] = _iso(m)
                break
    return dates


def parse_author_line(line: str) -> list[tuple[str, tuple[int, ...]]]:
    """``[(name, affiliation numbers)]`` from ``Ерёмин П.С.^{1,*}, Рожкова Е.А.¹``."""
    out = []
    for m in _NAME_TOKEN.finditer(line):
        marks = m.group("marks").translate(_SUPERSCRIPT_DIGITS)
        numbers = tuple(int(n) for n in re.findall(r"\d+", marks))
        out.append((m.group("name").strip(), numbers))
    return out


def parse_affiliations(text: str) -> dict[int, str]:
    """Numbered affiliations from lines like ``¹ Национальный центр …, Москва, Россия``."""
    found: dict[int, str] = {}
    for line in text.splitlines():
        m = re.match(r"\s*(?:\^\{(\d+)\}|([¹²³⁴⁵⁶⁷⁸⁹⁰]+)|(\d{1,2})\s)\s*(.+)", line)
        if m:
            num = int((m.group(1) or m.group(2) or m.group(3)).translate(_SUPERSCRIPT_DIGITS))
            found[num] = _clean(m.group(4))
    return found


def _surname(name: str) -> str:
    tokens = [t for t in re.split(r"\s+", name) if not re.fullmatch(r"(?:[A-ZА-ЯЁ]\.\s?)+", t)]
    if not tokens:
        return name
    # "Ерёмин П.С." has the surname first; "Petr S. Eremin" last.
    return tokens[0] if re.search(r"\s(?:[A-ZА-ЯЁ]\.){1,2}$", name) else tokens[-1]


def _person_blocks(text: str) -> list[tuple[str, str]]:
    """``(first line, block)`` for each person paragraph of an author-information section."""
    blocks: list[tuple[str, str]] = []
    for para in re.split(r"\n\s*\n", text):
        line = para.strip()
        if not line:
            continue
        if _EMAIL.search(line) or _ORCID.search(line):
            if blocks:
                blocks[-1] = (blocks[-1][0], blocks[-1][1] + "\n" + line)
        elif re.match(r"[A-ZА-ЯЁ][\w'-]+\s+[A-ZА-ЯЁ][\w'.-]+(?:\s+[A-ZА-ЯЁ][\w'.-]+)?,", line):
            blocks.append((line, line))
    return blocks


def _norm_name(name: str) -> str:
    return name.lower().replace("ё", "е")


def extract_metadata(texts: Sequence[str], sections: Sequence[Section]) -> Metadata:
    """Metadata from the sections of one article (``texts[i]`` is the text of source ``i``)."""
    def first(kind: str, lang: str) -> Section | None:
        return next((s for s in sections if s.kind == kind and s.lang == lang and s.level == 1), None)

    def body(section: Section | None) -> str:
        return _body(texts[section.source], section) if section else ""

    title = {lang: _clean(body(first("title", lang))).strip("[]. ") or None for lang in ("ru", "en")}
    front = "\n".join(body(s) for s in sections if s.kind in ("citation", "title", "correspondence"))
    doi_match = _DOI.search(front) or next(
        (m for t in texts for m in [_DOI.search(t[:5000])] if m), None)
    doi = normalize_doi(doi_match.group(1)) if doi_match else None

    journal: dict[str, str | None] = {"ru": None, "en": None}
    year = volume = issue = pages = None
    for s in sections:
        if s.kind != "citation":
            continue
        text = body(s)
        for part in re.split(r"\[(?=[A-Z])", text):  # Russian citation, then its bracketed twin
            m = _JOURNAL_REF.search(part)
            if not m:
                continue
            name = _clean(m.group("journal"))
            name = re.split(r"[.:?]\s+", name)[-1].strip()
            lang = "ru" if re.search(r"[А-Яа-яЁё]", name) else "en"
            journal[lang] = journal[lang] or name
            year = year or int(m.group("year"))
            volume = volume or m.group("volume")
            issue = issue or m.group("issue")
            pages = pages or re.sub(r"\s+", "", m.group("pages"))

    keywords: dict[str, list[str]] = {"ru": [], "en": []}
    for lang in ("ru", "en"):
        kw = body(first("keywords", lang))
        keywords[lang] = [k.strip(" .") for k in re.split(r"[;,]", kw) if k.strip(" .")]

    dates: dict[str, str | None] = {"received": None, "accepted": None, "published": None}
    for s in sections:
        if s.kind == "dates":
            for k, v in parse_dates(texts[s.source][s.start:s.end]).items():
                dates[k] = dates[k] or v

    aff_ru = parse_affiliations(body(first("affiliations", "ru")))
    aff_en = parse_affiliations(body(first("affiliations", "en")))
    affiliations = tuple(Affiliation(n, aff_ru.get(n), aff_en.get(n)) for n in sorted(set(aff_ru) | set(aff_en)))

    authors = _authors(texts, sections, body(first("authors", "ru")), body(first("authors", "en")))
    return Metadata(doi=doi, title=title, authors=authors, affiliations=affiliations, keywords=keywords,
                    dates=dates, journal=journal, year=year, volume=volume, issue=issue, pages=pages)


def _authors(texts: Sequence[str], sections: Sequence[Section], ru_line: str, en_line: str) -> tuple[Author, ...]:
    ru = parse_author_line(ru_line)
    en = parse_author_line(en_line)
    count = max(len(ru), len(en))
    info = []  # (person block, lang) from additional information and correspondence
    for s in sections:
        if s.kind in ("author_info", "correspondence"):
            start = s.heading_end if s.heading_end is not None else s.start
            stop = min([c.start for c in sections if c.parent == s.id] or [s.end])
            info.extend(_person_blocks(texts[s.source][start:stop]))
            if s.kind == "correspondence":
                info.append((_body(texts[s.source], s), _body(texts[s.source], s)))
    authors = []
    for i in range(count):
        name_ru, nums_ru = ru[i] if i < len(ru) else (None, ())
        name_en, nums_en = en[i] if i < len(en) else (None, ())
        keys = {_norm_name(_surname(n)) for n in (name_ru, name_en) if n}
        orcid = None
        emails: list[str] = []
        for head, block in info:
            words = {_norm_name(w) for w in re.findall(r"[\wЁё'-]+", head.split(",")[0])}
            if keys & words:
                orcid = orcid or (lambda m: m.group(1) if m else None)(_ORCID.search(block))
                for e in _EMAIL.findall(block):
                    if e not in emails:
                        emails.append(e.rstrip("."))
        authors.append(Author(ru=name_ru, en=name_en, orcid=orcid, email=tuple(emails),
                              affiliations=tuple(dict.fromkeys(nums_ru or nums_en))))
    return tuple(authors)
