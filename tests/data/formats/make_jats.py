"""Write the seed article as JATS 1.3 XML the way Russian journal platforms export it.

    python tests/data/formats/make_jats.py       # writes seed.jats.xml next to this script

Written by this script from the seed text (``seed_blocks.py``), not by hand: bilingual
front matter (``article-title`` + English ``trans-title-group``, ``contrib`` with
``name-alternatives`` in both scripts, ORCID ``contrib-id`` and e-mail, ``aff-alternatives``,
``abstract`` and ``trans-abstract xml:lang="en"`` with one ``sec`` per run-in part,
``kwd-group xml:lang=…``, ``history``, ``author-notes/corresp``, the "for citation" line as
``notes``), the body as nested ``sec``/``title``/``p``, citations ``[12, 13]`` as
``<xref ref-type="bibr">``, the back matter as ``sec`` and the reference list as
``ref``/``label``/``mixed-citation`` with the DOI in ``ext-link ext-link-type="doi"``.
Which seed block is which part is decided from the block texts below, once, for this file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed_blocks import Block, blocks, ref_number  # noqa: E402

HERE = Path(__file__).resolve().parent
_CITE = re.compile(r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]")
_RUN_IN = re.compile(r"^(?P<title>[A-ZА-ЯЁ][A-ZА-ЯЁ ]+)\.\s+(?P<rest>.*)$", re.S)


def inline(text: str, cite: bool = True) -> str:
    """Seed markdown → JATS inline markup (escaped)."""
    out = []
    for t, style in Block("", text).runs():
        if style == "b":
            out.append(f"<bold>{escape(t)}</bold>")
        elif style == "i":
            out.append(f"<italic>{escape(t)}</italic>")
        elif style == "sup":
            out.append(f"<sup>{escape(t)}</sup>")
        else:
            out.append(_links(t, cite))
    return "".join(out)


def _links(text: str, cite: bool) -> str:
    pos, out = 0, []
    for m in re.finditer(r"https?://\S+[^\s.,;)]", text):
        out.append(_cites(text[pos:m.start()], cite))
        url = m.group()
        kind = "doi" if "doi.org/" in url else "uri"
        out.append(f'<ext-link ext-link-type="{kind}" xlink:href={quoteattr(url)}>{escape(url)}</ext-link>')
        pos = m.end()
    out.append(_cites(text[pos:], cite))
    return "".join(out)


def _cites(text: str, cite: bool) -> str:
    if not cite:
        return escape(text)
    pos, out = 0, []
    for m in _CITE.finditer(text):
        out.append(escape(text[pos:m.start()]))
        body = re.sub(r"(\d+)", lambda n: f'<xref ref-type="bibr" rid="cit{n.group(1)}">{n.group(1)}</xref>',
                      escape(m.group(1)))
        out.append(f"[{body}]")
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def _names(line: str) -> list[tuple[str, list[str], bool]]:
    """``(name, affiliation numbers, corresponding)`` from an author line of the seed."""
    out = []
    for m in re.finditer(r"([^,^¹²]+?)\s*(?:\^\{([^}]*)\}|([¹²]+))", line):
        marks = (m.group(2) or "").split(",") if m.group(2) else ["¹²".index(c) + 1 for c in m.group(3)]
        nums = [str(x).strip() for x in marks if str(x).strip().isdigit()]
        out.append((m.group(1).strip(" ,"), nums, "*" in (m.group(2) or "")))
    return out


def _date(text: str) -> str:
    d, mth, y = re.search(r"(\d\d)\.(\d\d)\.(\d{4})", text).groups()  # type: ignore[union-attr]
    return f"<day>{d}</day><month>{mth}</month><year>{y}</year>"


def jats() -> str:
    bs = blocks()
    find = lambda pred, start=0: next(i for i in range(start, len(bs)) if pred(bs[i].text))  # noqa: E731
    en_title = find(lambda t: t.startswith("Possibilities"))
    body = find(lambda t: t == "ВВЕДЕНИЕ", en_title)
    back_ru = find(lambda t: t == "ДОПОЛНИТЕЛЬНАЯ ИНФОРМАЦИЯ")
    back_en = find(lambda t: t == "ADDITIONAL INFORMATION")
    refs = find(lambda t: t.startswith("Список литературы"))
    ru, en = bs[:en_title], bs[en_title:body]

    orcids = [re.search(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", b.text).group() for b in bs[back_ru:back_en]  # type: ignore[union-attr]
              if b.text.startswith("ORCID")]
    email = re.findall(r"[\w.]+@[\w.]+\w", ru[12].text)
    contribs = []
    corresp_attr = ' corresp="yes"'
    for k, ((ru_name, affs, corresp), (en_name, _, _)) in enumerate(zip(_names(ru[1].text), _names(en[1].text))):
        ru_sur, ru_given = ru_name.split(" ", 1)
        en_given, en_sur = en_name.rsplit(" ", 1)
        xrefs = "".join(f'<xref ref-type="aff" rid="aff-{a}">{a}</xref>' for a in affs)
        contribs.append(
            f'<contrib contrib-type="author"{corresp_attr if corresp else ""}>'
            f'<contrib-id contrib-id-type="orcid">https://orcid.org/{orcids[k]}</contrib-id>'
            f'<name-alternatives><name name-style="eastern" xml:lang="ru"><surname>{ru_sur}</surname>'
            f'<given-names>{ru_given}</given-names></name><name name-style="western" xml:lang="en">'
            f'<surname>{en_sur}</surname><given-names>{en_given}</given-names></name></name-alternatives>'
            + "".join(f"<email>{e}</email>" for e in (email if corresp else []))
            + xrefs + ('<xref ref-type="corresp" rid="cor-1">*</xref>' if corresp else "") + "</contrib>")
    affs = []
    for n, (r, e) in enumerate(zip(ru[2:4], en[2:4]), 1):
        affs.append(f'<aff-alternatives id="aff-{n}"><aff xml:lang="ru"><label>{n}</label>'
                    f'<institution>{escape(r.text[2:])}</institution></aff><aff xml:lang="en"><label>{n}</label>'
                    f'<institution>{escape(e.text[2:])}</institution></aff></aff-alternatives>')

    def abstract(part: list[Block], tag: str, lang: str) -> str:
        secs = []
        for b in part[5:10]:
            m = _RUN_IN.match(b.text)
            assert m, b.text
            secs.append(f"<sec><title>{escape(m.group('title'))}</title><p>{inline(m.group('rest'), False)}</p></sec>")
        return f'<{tag} xml:lang="{lang}"><title>{escape(part[4].text)}</title>{"".join(secs)}</{tag}>'

    def keywords(b: Block, lang: str) -> str:
        title, words = b.text.split(":", 1)
        kwds = "".join(f"<kwd>{escape(w.strip())}</kwd>" for w in words.split(","))
        return f'<kwd-group xml:lang="{lang}"><title>{escape(title)}</title>{kwds}</kwd-group>'

    def notes(b: Block, lang: str) -> str:
        title, rest = b.text.split(":", 1)
        return f'<notes notes-type="citation" xml:lang="{lang}"><title>{escape(title)}</title><p>{inline(rest.strip(), False)}</p></notes>'

    def corresp(b: Block, lang: str, cid: str) -> str:
        text = b.text[2:]  # "* " is the label
        return f'<corresp id="{cid}" xml:lang="{lang}"><label>*</label>{inline(text, False)}</corresp>'

    front = (
        '<front><journal-meta><journal-id journal-id-type="publisher-id">vvm</journal-id>'
        '<journal-title-group><journal-title xml:lang="ru">Вестник восстановительной медицины</journal-title>'
        '<trans-title-group xml:lang="en"><trans-title>Bulletin of Rehabilitation Medicine</trans-title>'
        '</trans-title-group></journal-title-group><issn pub-type="ppub">2078-1962</issn>'
        '<publisher><publisher-name xml:lang="ru">Национальный медицинский исследовательский центр реабилитации '
        'и курортологии</publisher-name></publisher></journal-meta>'
        '<article-meta><article-id pub-id-type="doi">10.38025/2078-1962-2025-24-5-106-112</article-id>'
        '<article-categories><subj-group subj-group-type="heading"><subject>Review</subject></subj-group>'
        f'</article-categories><title-group><article-title>{inline(ru[0].text)}</article-title>'
        f'<trans-title-group xml:lang="en"><trans-title>{inline(en[0].text)}</trans-title></trans-title-group>'
        f'</title-group><contrib-group>{"".join(contribs)}</contrib-group>{"".join(affs)}'
        f'<author-notes>{corresp(ru[12], "ru", "cor-1")}{corresp(en[12], "en", "cor-1-en")}</author-notes>'
        f'<pub-date date-type="pub" publication-format="electronic">{_date(ru[15].text)}</pub-date>'
        '<volume>24</volume><issue>5</issue><fpage>106</fpage><lpage>112</lpage>'
        f'<history><date date-type="received">{_date(ru[13].text)}</date>'
        f'<date date-type="accepted">{_date(ru[14].text)}</date></history>'
        '<permissions><copyright-statement>© Ерёмин П.С., Рожкова Е.А., Гильмутдинова И.Р., 2025'
        '</copyright-statement></permissions>'
        f'{abstract(ru, "abstract", "ru")}{abstract(en, "trans-abstract", "en")}'
        f'{keywords(ru[10], "ru")}{keywords(en[10], "en")}</article-meta>'
        f'{notes(ru[11], "ru")}{notes(en[11], "en")}</front>')

    def sections(part: list[Block]) -> str:
        out, depth = [], 0
        for b in part:
            if b.role == "heading":
                level = 1 if b.text.isupper() else 2
                while depth >= level:
                    out.append("</sec>")
                    depth -= 1
                out.append(f"<sec><title>{inline(b.text)}</title>")
                depth = level
            else:
                out.append(f"<p>{inline(b.text)}</p>")
        out.extend("</sec>" for _ in range(depth))
        return "".join(out)

    ref_items, number = [], 0
    for b in bs[refs + 1:]:
        number, rest = ref_number(b, number)
        ref_items.append(f'<ref id="cit{number}"><label>{number}</label>'
                         f'<mixed-citation xml:lang="en">{inline(rest, False)}</mixed-citation></ref>')
    back = (f'<back><sec sec-type="additional-information" xml:lang="ru">{sections(bs[back_ru:back_en])[5:]}'
            f'<sec sec-type="additional-information" xml:lang="en">{sections(bs[back_en:refs])[5:]}'
            f'<ref-list><title>{escape(bs[refs].text)}</title>{"".join(ref_items)}</ref-list></back>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" '
            '"JATS-journalpublishing1-3.dtd">\n'
            '<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" '
            'article-type="review-article" dtd-version="1.3" xml:lang="ru">\n'
            f"{front}\n<body>{sections(bs[body:back_ru])}</body>\n{back}\n</article>\n")


def main() -> None:
    (HERE / "seed.jats.xml").write_text(jats(), encoding="utf-8")
    print(f"wrote {HERE / 'seed.jats.xml'}")


if __name__ == "__main__":
    main()
