"""The Article JSON contract: schema, lossless round trip, offsets into the sources."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import secretome_nlp as sn
from secretome_nlp.article import spans_of
from secretome_nlp.export.json import validate_article


def test_full_article_validates_against_shipped_schema(seed_article) -> None:
    validate_article(seed_article.to_dict())


def test_round_trip_is_lossless(seed_article) -> None:
    data = seed_article.to_dict()
    again = sn.Article.from_json(seed_article.to_json())
    assert again == seed_article
    assert again.to_dict() == data


def test_every_span_indexes_its_source(seed_article) -> None:
    count = 0
    for what, source, start, end in spans_of(seed_article):
        text = seed_article.sources[source].text
        assert 0 <= start <= end <= len(text), what
        count += 1
    assert count > 1000
    for e in seed_article.entities:
        for m in e.mentions:
            assert seed_article.sources[m.source].text[m.start:m.end] == m.text
    for c in seed_article.citations:
        assert seed_article.sources[c.source].text[c.start:c.end] == c.text
    for r in seed_article.references:
        assert seed_article.sources[r.source].text[r.start:r.end] == r.text
    for ab in seed_article.abbreviations:
        text = seed_article.sources[ab.source].text
        assert text[ab.start:ab.end] == ab.short and text[ab.long_start:ab.long_end] == ab.long
    for s in seed_article.sentences:
        assert len(s.tokens) == len(s.lemmas)


def test_unknown_schema_version_is_refused(seed_structure) -> None:
    data = seed_structure.to_dict()
    data["schema_version"] = "99"
    with pytest.raises(sn.SchemaVersionError):
        sn.Article.from_dict(data)


def test_cli_prints_the_same_json(seed_path, seed_article) -> None:
    proc = subprocess.run([sys.executable, "-m", "secretome_nlp", "parse", str(seed_path), "--format", "json"],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    printed = json.loads(proc.stdout)
    expected = seed_article.to_dict()
    assert printed["sections"] == expected["sections"] and printed["pairs"] == expected["pairs"]
    assert printed["metadata"] == expected["metadata"]
    assert printed["sources"][0]["path"] == str(seed_path)


def test_cli_validate(tmp_path, seed_structure) -> None:
    good = tmp_path / "good.json"
    good.write_text(seed_structure.to_json(), encoding="utf-8")
    bad_data = seed_structure.to_dict()
    bad_data["sections"][0]["kind"] = "not-a-kind"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_data, ensure_ascii=False), encoding="utf-8")
    ok = subprocess.run([sys.executable, "-m", "secretome_nlp", "validate", str(good)], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.startswith("valid")
    ko = subprocess.run([sys.executable, "-m", "secretome_nlp", "validate", str(good), str(bad)],
                        capture_output=True, text=True)
    assert ko.returncode == 1 and "not-a-kind" in ko.stderr and len(ko.stderr.strip().splitlines()) == 1
