"""sn.to_frames over Articles, BatchResults and batch output folders (both layouts)."""

from __future__ import annotations

import json

import pytest

import secretome_nlp as sn
from secretome_nlp.batch import BatchResult, parse_many
from secretome_nlp.export.collect import iter_articles

FAST = {"lemmas": False, "references": False}


@pytest.fixture(scope="module")
def results(request):
    root = request.config.rootpath / "corpus" / "abstracts"
    jobs = [(str(root / f"{pmid}_en.txt"), str(root / f"{pmid}_ru.txt")) for pmid in ("25591652", "25726786")]
    out = list(parse_many(jobs, workers=1, **FAST))
    assert all(r.ok for r in out)
    return out + [BatchResult(("missing.txt",), None, "missing.txt: no such file", "SourceNotFoundError")]


def _same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for name in a:
        assert a[name].equals(b[name]), name


def test_batch_results_give_the_tables_of_their_articles(results) -> None:
    articles = [r.article for r in results if r.ok]
    tables = sn.to_frames(results)  # the failed result is skipped
    _same(tables, sn.to_frames(articles))
    assert list(tables["articles"]["doc_id"]) == [a.doc_id for a in articles]
    assert len(tables["mentions"]) == sum(len(e.mentions) for a in articles for e in a.entities) > 0


@pytest.mark.parametrize("layout", ["articles/{}.json", "{}.json"])
def test_batch_output_folder_is_read_in_either_layout(results, tmp_path, layout) -> None:
    articles = [r.article for r in results if r.ok]
    for a in articles:
        path = tmp_path / layout.format(a.doc_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(a.to_json(), encoding="utf-8")
    # what else a batch folder holds is not read as articles
    (tmp_path / "tables" / "mentions").mkdir(parents=True)
    (tmp_path / "tables" / "mentions" / "part-0.json").write_text(json.dumps({"schema_version": "1"}))
    (tmp_path / "summary.json").write_text(json.dumps({"parsed": 2}))
    (tmp_path / "errors.tsv").write_text("missing.txt\tSourceNotFoundError\n")
    _same(sn.to_frames(tmp_path), sn.to_frames(articles))
    _same(sn.to_frames(str(tmp_path)), sn.to_frames(articles))
    one = tmp_path / layout.format(articles[0].doc_id)
    _same(sn.to_frames(one), sn.to_frames(articles[0]))


def test_a_damaged_file_is_reported_and_the_rest_read(results, tmp_path) -> None:
    articles = [r.article for r in results if r.ok]
    for a in articles:
        (tmp_path / f"{a.doc_id}.json").write_text(a.to_json(), encoding="utf-8")
    (tmp_path / "aaa-truncated.json").write_text(articles[0].to_json()[:500], encoding="utf-8")
    (tmp_path / "aab-future.json").write_text(json.dumps({"schema_version": "99", "doc_id": "x"}))
    with pytest.warns(UserWarning) as caught:
        got = [a.doc_id for a in iter_articles(tmp_path)]
    assert got == sorted(a.doc_id for a in articles)
    messages = sorted(str(w.message) for w in caught)
    assert "aaa-truncated.json: skipped, not readable as JSON" in messages[0]
    assert "aab-future.json: skipped, not a valid Article" in messages[1]


def test_bad_sources_are_specific_errors(tmp_path) -> None:
    with pytest.raises(sn.SourceNotFoundError):
        sn.to_frames(tmp_path / "nowhere")
    with pytest.raises(TypeError, match="expected an Article, a BatchResult, a folder"):
        sn.to_frames(42)
