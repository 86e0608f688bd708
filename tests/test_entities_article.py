"""Entity extraction on the whole seed review: article-local abbreviations and the hand gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from secretome_nlp.entities import extract_from_text
from secretome_nlp.entities.extract import simple_sentences

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus/eremin-2025-cellular-secretome-review.txt"
GOLD = ROOT / "tests/data/entities/seed_gold.tsv"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed article not in the tree")


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, extract_from_text(text)


@pytest.mark.parametrize("short,entity_id", [
    ("КС", "MESH:D000089282"), ("CS", "MESH:D000089282"), ("ЖТ", "UBERON:0001013"),
    ("МСК", "CL:0000134"), ("ВВ", "GO:1903561"), ("МВ", "GO:1990742"),
])
def test_article_local_abbreviations(seed, short, entity_id):
    text, res = seed
    assert (short, entity_id) in {(a.short, a.entity_id) for a in res.abbreviations}
    ent = next(e for e in res.entities if e.id == entity_id)
    uses = [m for m in ent.mentions if m.text == short]
    # used (and resolved) well beyond its defining sentence
    assert len({m.sentence for m in uses}) >= 2


def test_abbreviation_long_forms(seed):
    text, res = seed
    longs = {a.short: a.long for a in res.abbreviations}
    assert longs["ЖТ"] == "жировой ткани"
    assert longs["МСК"] == "мезенхимальных стволовых клеток"
    assert longs["ВВ"] == "внеклеточные везикулы"
    for a in res.abbreviations:
        assert text[a.start:a.end] == a.short and text[a.long_start:a.long_end] == a.long


def test_every_mention_knows_section_and_sentence(seed):
    text, res = seed
    sents = {s.id: s for s in simple_sentences(text)}
    for e in res.entities:
        for m in e.mentions:
            s = sents[m.sentence]
            assert s.start <= m.start < m.end <= s.end and s.section == m.section
            assert text[m.start:m.end] == m.text


def test_no_mentions_in_references_or_citation_block(seed):
    text, res = seed
    refs = text.index("Список литературы / Reference")
    cite = text.index("Для цитирования / For citation")
    cite_end = text.index("\n", cite)
    for e in res.entities:
        for m in e.mentions:
            assert m.start < refs
            assert not (cite <= m.start < cite_end)


def test_seed_gold_precision_recall(seed):
    """Specific mentions inside the gold regions match the hand gold (P ≥ 0.95, R ≥ 0.90).

    The gold was written for the classes of #4; precision is measured on predictions of those
    classes (a protein of another class, such as insulin, was out of that gold's scope).
    """
    text, res = seed
    gold = set()
    lines = set()
    for row in GOLD.read_text(encoding="utf-8").splitlines()[1:]:
        lang, s, e, surf, eid, typ, gen = row.split("\t")
        assert text[int(s):int(e)] == surf
        lines.add(text.count("\n", 0, int(s)))
        if gen == "0":
            gold.add((int(s), int(e), eid))
    scope = {"Cytokine", "Chemokine", "Adipokine", "GrowthFactor", "Enzyme", "ECMProtein", "Receptor",
             "VesicleMarker", "VesicleType", "Secretome", "CellType", "Tissue", "NucleicAcid", "ProteaseInhibitor",
             "SurfaceMarker"}
    pred = {(m.start, m.end, e.id) for e in res.entities if not e.generic and e.label in scope for m in e.mentions
            if text.count("\n", 0, m.start) in lines}
    tp = len(gold & pred)
    assert tp / len(pred) >= 0.95 and tp / len(gold) >= 0.90, (sorted(pred - gold), sorted(gold - pred))
