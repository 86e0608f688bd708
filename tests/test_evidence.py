"""References and citations wired into the Article: evidence for entities, citation checks."""

from __future__ import annotations

import pytest

import secretome_nlp as sn


def test_seed_references_and_citations(seed_article) -> None:
    refs = seed_article.references
    assert [r.number for r in refs] == list(range(1, 46))
    assert all(r.doi and r.year and r.authors and r.journal for r in refs)
    body_markers = [c for c in seed_article.citations if c.kind == "numeric"]
    assert len(body_markers) == 44 and all(c.refs for c in body_markers)
    report = seed_article.citation_report()
    assert report.uncited == () and report.missing == ()
    text = seed_article.sources[0].text
    for r in refs:
        assert text[r.start:r.end] == r.text


@pytest.mark.parametrize("entity_id, surface, refs", [
    ("HGNC:6018", "ИЛ-6", (6,)),
    ("HGNC:10618", "CCL2", (6,)),
    ("HGNC:4602", "CXCL1", (6,)),
    ("HGNC:2438", "G-CSF", (7,)),
    ("HGNC:12680", "VEGF", (5, 6)),
])
def test_mentions_carry_the_citations_of_their_sentence(seed_article, entity_id, surface, refs) -> None:
    entity = seed_article.entity(entity_id)
    mention = next(m for m in entity.mentions if m.text == surface)
    assert mention.citations == refs
    assert {r.number for r in seed_article.evidence(entity)} >= set(refs)


def test_fgf_mention_in_the_vegf_sentence_is_cited(seed_article) -> None:
    fgf = [m for e in seed_article.entities for m in e.mentions if m.text == "FGF"]
    assert fgf and fgf[0].citations == (5, 6)


def test_doctored_copy_reports_uncited_and_missing(seed_text) -> None:
    start = seed_text.index("30. Surico P.L.")
    end = seed_text.index("31. Zhang B.")
    doctored = seed_text[:start] + seed_text[end:]
    doctored = doctored.replace("в офтальмологии [30]", "в офтальмологии [46]")
    article = sn.parse(doctored, lemmas=False, entities=False)
    report = article.citation_report()
    assert 46 in report.missing
    assert len(article.references) == 44


def test_citation_table_across_real_articles(seed_article, request) -> None:
    alt = sn.parse(request.config.rootpath / "tests" / "data" / "structure" / "alt_layout.txt")
    table = sn.citation_table([seed_article, alt])
    assert len(table) == 45 + 2
    assert set(table["doc_id"]) == {seed_article.doc_id, "alt_layout"}
    seed_rows = table[table["doc_id"] == seed_article.doc_id]
    assert seed_rows.iloc[0]["doi"] == "10.3390/ijms21041306" and seed_rows.iloc[0]["year"] == 2020
    top = sn.most_cited(table, n=3)
    assert len(top) == 3 and (top["n_docs"] >= 1).all()


def test_citations_before_the_first_subsection_are_found() -> None:
    text = ("ОСНОВНАЯ ЧАСТЬ ОБЗОРА\n\nВводный абзац перед подразделами ссылается на обзор [2].\n\n"
            "Первый подраздел обзора\n\nТекст подраздела со ссылкой [1].\n\n"
            "Список литературы\n\n1. Smith J. Title one. J Biol. 2020; 1: 1–2.\n"
            "2. Lee K. Title two. J Med. 2021; 2: 3–4.\n")
    article = sn.parse(text, lemmas=False, entities=False)
    assert sorted(c.refs for c in article.citations) == [(1,), (2,)]
    assert article.citation_report().uncited == ()
