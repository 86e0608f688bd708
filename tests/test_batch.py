"""Batch processing: pairing of language parts, failures that do not sink the batch, engines."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from secretome_nlp.batch import discover, parse_many

FAST = {"lemmas": False, "entities": False, "references": False}


@pytest.fixture()
def mixed_corpus(tmp_path, request):
    root = request.config.rootpath / "corpus"
    shutil.copy(root / "abstracts" / "25591652_ru.txt", tmp_path)
    shutil.copy(root / "abstracts" / "25591652_en.txt", tmp_path)
    shutil.copy(root / "abstracts" / "25726786_ru.txt", tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    return tmp_path


def test_discover_pairs_language_parts(mixed_corpus) -> None:
    jobs = discover([mixed_corpus])
    assert (str(mixed_corpus / "25591652_en.txt"), str(mixed_corpus / "25591652_ru.txt")) in jobs
    assert (str(mixed_corpus / "25726786_ru.txt"),) in jobs
    assert len(jobs) == 4


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_files_do_not_lose_the_batch(mixed_corpus, workers) -> None:
    results = list(parse_many([mixed_corpus], workers=workers, **FAST))
    ok = {r.job[0].rsplit("/", 1)[-1]: r for r in results}
    assert ok["25591652_en.txt"].ok and ok["25591652_en.txt"].article.pairs
    assert ok["25726786_ru.txt"].ok
    assert ok["empty.txt"].error_type == "EmptyInputError"
    assert ok["binary.txt"].error_type == "BinaryInputError"


def test_dask_engine_on_a_local_cluster(mixed_corpus) -> None:
    pytest.importorskip("dask.distributed")
    results = list(parse_many([mixed_corpus], engine="dask", workers=1, **FAST))
    assert sum(r.ok for r in results) == 2 and len(results) == 4


def test_cli_batch_writes_articles_tables_and_errors(mixed_corpus, tmp_path_factory) -> None:
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run([sys.executable, "-m", "secretome_nlp", "batch", str(mixed_corpus), "--out", str(out),
                           "--workers", "1", "--no-lemmas", "--no-entities"],
                          capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proc.returncode == 3  # some inputs failed, the rest were written
    assert "2 parsed, 2 failed" in proc.stdout
    article = json.loads((out / "articles" / "25591652.json").read_text(encoding="utf-8"))
    assert article["schema_version"] == "1" and len(article["sources"]) == 2
    assert (out / "tables" / "sections.csv").exists()
    errors = (out / "errors.tsv").read_text(encoding="utf-8").splitlines()
    assert len(errors) == 3 and any("EmptyInputError" in e for e in errors)


def test_frames_and_notebook_view(seed_article) -> None:
    import secretome_nlp as sn

    tables = sn.to_frames(seed_article)
    assert len(tables["references"]) == 45
    mentions = tables["mentions"]
    il6 = mentions[mentions["entity"] == "HGNC:6018"]
    assert list(il6["text"]) == ["ИЛ-6"]
    page = sn.view(seed_article)._repr_html_()
    assert "ru.abstract.introduction" in page and 'data-id="HGNC:6018"' in page
    assert "<script" not in page


def test_dask_engine_with_a_scheduler_address(mixed_corpus) -> None:
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        results = list(parse_many([mixed_corpus], engine="dask", address=cluster.scheduler_address, **FAST))
    assert [r.ok for r in results].count(True) == 2
    assert {r.error_type for r in results if not r.ok} == {"EmptyInputError", "BinaryInputError"}
