"""Batch processing: pairing of language parts, failures that do not sink the batch, engines."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from secretome_nlp.batch import discover, parse_many

FAST = {"lemmas": False, "entities": False, "references": False}
ABSTRACTS = Path(__file__).resolve().parents[1] / "corpus" / "abstracts"


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
    assert proc.stdout.startswith("2 articles, 2 failed, ")
    assert proc.stderr.count("failed\t") == 2  # one line per failure; no bar (stderr is not a terminal)
    article = json.loads((out / "articles" / "25591652.json").read_text(encoding="utf-8"))
    assert article["schema_version"] == "1" and len(article["sources"]) == 2
    assert list((out / "tables" / "sections").glob("part-*.parquet"))
    errors = (out / "errors.tsv").read_text(encoding="utf-8").splitlines()
    assert len(errors) == 3 and any("EmptyInputError" in e for e in errors)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_table_datasets_read_back_as_one_table_with_the_documented_columns(fmt, tmp_path) -> None:
    """Several parts per table (tiny flushes), read as one table by pyarrow, pandas and DuckDB."""
    import pyarrow.dataset as ds

    import secretome_nlp as sn
    from secretome_nlp.batch import run_batch
    from secretome_nlp.export.frames import COLUMNS, TABLES

    jobs = discover([ABSTRACTS])[:6]
    summary = run_batch(jobs, tmp_path, workers=2, tables=fmt, flush_rows=50)
    assert summary.articles == 6 and summary.failed == 0
    expected = sn.to_frames(sn.Article.from_json(p.read_text(encoding="utf-8"))
                            for p in sorted((tmp_path / "articles").glob("*.json")))
    for name in TABLES:
        parts = list((tmp_path / "tables" / name).glob(f"part-*.{fmt}"))
        dataset = ds.dataset(tmp_path / "tables" / name, format=fmt)
        assert dataset.schema.names == [c for c, _ in COLUMNS[name]]
        assert dataset.count_rows() == len(expected[name]), name
        if name == "sentences":
            assert len(parts) > 1  # the dataset really is partitioned
    if fmt == "parquet":
        import pandas as pd

        mentions = pd.read_parquet(tmp_path / "tables" / "mentions")
        assert list(mentions.columns) == [c for c, _ in COLUMNS["mentions"]]
        got = mentions.sort_values(["doc_id", "source", "start"]).reset_index(drop=True)
        want = expected["mentions"].sort_values(["doc_id", "source", "start"]).reset_index(drop=True)
        assert list(got["text"]) == list(want["text"]) and list(got["entity"]) == list(want["entity"])
        assert [list(c) for c in got["citations"]] == [list(c) for c in want["citations"]]
        duckdb = pytest.importorskip("duckdb")
        n = duckdb.sql(f"select count(*) from read_parquet('{tmp_path}/tables/sentences/*.parquet')").fetchall()[0][0]
        assert n == len(expected["sentences"])


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


@pytest.fixture(scope="module")
def local_batch(tmp_path_factory):
    from secretome_nlp.batch import run_batch

    out = tmp_path_factory.mktemp("local")
    summary = run_batch([ABSTRACTS], out, workers=2, options=FAST, flush_rows=200)
    assert summary.failed == 0
    return out


def _same_output(a, b) -> None:
    from batch_helpers import articles, table

    from secretome_nlp.export.frames import TABLES

    assert articles(a) == articles(b)
    for name in TABLES:
        assert table(a, name).equals(table(b, name)), name


def test_dask_batch_on_a_local_cluster_equals_the_local_engine(local_batch, tmp_path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    from secretome_nlp.batch import run_batch

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        summary = run_batch([ABSTRACTS], tmp_path, engine="dask", client=client, options=FAST)
    assert summary.articles == 104 and summary.failed == 0
    _same_output(tmp_path, local_batch)
    # The workers wrote the parts: one per chunk of jobs, not one written by the client at the end.
    assert len(list((tmp_path / "tables" / "articles").glob("part-*.parquet"))) > 1


def test_dask_batch_through_a_scheduler_address_equals_the_local_engine(local_batch, tmp_path) -> None:
    pytest.importorskip("dask.distributed")
    out = tmp_path / "out"
    with distributed_cluster() as address:
        proc = subprocess.run([sys.executable, "-m", "secretome_nlp", "batch", str(ABSTRACTS), "--out", str(out),
                               "--engine", "dask", "--address", address, "--quiet",
                               "--no-lemmas", "--no-entities", "--no-references"],
                              capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proc.returncode == 0, proc.stderr
    _same_output(out, local_batch)


@contextlib.contextmanager
def distributed_cluster():
    """A scheduler and worker in their own processes (as on a real cluster); yields the address."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_parse_many_progress_bar(mixed_corpus, capsys) -> None:
    results = list(parse_many([mixed_corpus], workers=1, progress=True, **FAST))
    assert len(results) == 4
    err = capsys.readouterr().err
    assert "4/4" in err and "failed=2" in err
