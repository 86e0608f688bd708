"""Kill-safety, resume and fault isolation of ``secretome-nlp batch`` (run as a real subprocess).

Faults are injected with the documented test-only hook ``SECRETOME_NLP_TEST_FAULT``
(see secretome_nlp.batch.jobs.FAULT_ENV).
"""

from __future__ import annotations

import signal
import time

import pytest
from batch_helpers import FAST_FLAGS, articles, cli, leftovers, small_corpus, start_cli, table

from secretome_nlp.batch import FAULT_ENV
from secretome_nlp.export.frames import TABLES


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    src = tmp_path_factory.mktemp("corpus")
    return src, small_corpus(src, 8)


@pytest.fixture(scope="module")
def clean_run(corpus, tmp_path_factory):
    src, _ = corpus
    out = tmp_path_factory.mktemp("clean")
    proc = cli("batch", str(src), "--out", str(out), "--workers", "2", "--quiet", *FAST_FLAGS)
    assert proc.returncode == 0, proc.stderr
    return out


def test_sigterm_mid_batch_then_resume_equals_a_clean_run(corpus, clean_run, tmp_path) -> None:
    src, stems = corpus
    out = tmp_path / "out"
    # One worker; the sixth job hangs, so the signal arrives while a job is running.
    proc = start_cli("batch", str(src), "--out", str(out), "--workers", "1", *FAST_FLAGS,
                     env={FAULT_ENV: f"hang:{stems[5]}"})
    deadline = time.monotonic() + 120
    while len(list((out / "articles").glob("*.json"))) < 5 and time.monotonic() < deadline:
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    stdout, _ = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert "interrupted by SIGTERM" in stdout
    assert not leftovers(out)
    assert set(articles(out)) == set(stems[:5])  # whole JSON files, and only finished ones

    resumed = cli("batch", str(src), "--out", str(out), "--workers", "2", "--resume", *FAST_FLAGS)
    assert resumed.returncode == 0, resumed.stderr
    assert "5 already done" in resumed.stdout and resumed.stdout.startswith("3 articles")
    assert articles(out) == articles(clean_run)
    for name in TABLES:
        assert table(out, name).equals(table(clean_run, name)), name
    assert (out / "errors.tsv").read_text(encoding="utf-8").splitlines() == ["job\terror_type\terror"]

    again = cli("batch", str(src), "--out", str(out), "--resume", *FAST_FLAGS)
    assert again.returncode == 0 and again.stdout.startswith("0 articles, 0 failed")


def test_resume_redoes_changed_inputs_and_clears_fixed_errors(corpus, clean_run, tmp_path) -> None:
    import shutil

    src, stems = corpus
    work = tmp_path / "src"
    shutil.copytree(src, work)
    out = tmp_path / "out"
    broken = work / f"{stems[2]}_ru.txt"
    original = broken.read_bytes()
    broken.write_bytes(b"")
    first = cli("batch", str(work), "--out", str(out), "--workers", "2", *FAST_FLAGS)
    assert first.returncode == 3 and "EmptyInputError" in (out / "errors.tsv").read_text(encoding="utf-8")
    broken.write_bytes(original)
    changed = work / f"{stems[0]}_en.txt"
    changed.write_bytes(changed.read_bytes() + b"\n")  # new bytes: the article must be parsed again
    resumed = cli("batch", str(work), "--out", str(out), "--workers", "2", "--resume", *FAST_FLAGS)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith("2 articles") and "6 already done" in resumed.stdout
    assert (out / "errors.tsv").read_text(encoding="utf-8").splitlines() == ["job\terror_type\terror"]
    sentences = table(out, "sentences")
    assert sentences.groupby("doc_id").size().equals(table(clean_run, "sentences").groupby("doc_id").size())


def test_a_worker_that_dies_fails_only_its_job(corpus, tmp_path) -> None:
    src, stems = corpus
    out = tmp_path / "out"
    proc = cli("batch", str(src), "--out", str(out), "--workers", "2", *FAST_FLAGS,
               env={FAULT_ENV: f"die:{stems[1]},crash:{stems[4]}"}, timeout=300)
    assert proc.returncode == 3
    assert proc.stdout.startswith("6 articles, 2 failed")
    assert set(articles(out)) == set(stems) - {stems[1], stems[4]}
    errors = {line.split("\t")[0].split("/")[-1]: line.split("\t")[1:]
              for line in (out / "errors.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    assert errors[f"{stems[1]}_ru.txt"][0] == "WorkerDied" and "SIGKILL" in errors[f"{stems[1]}_ru.txt"][1]
    assert errors[f"{stems[4]}_ru.txt"][0] == "WorkerDied" and "SIGSEGV" in errors[f"{stems[4]}_ru.txt"][1]
    assert sorted(table(out, "articles")["doc_id"]) == sorted(set(stems) - {stems[1], stems[4]})


def test_timeout_turns_a_hanging_job_into_an_error_row(corpus, tmp_path) -> None:
    src, stems = corpus
    out = tmp_path / "out"
    started = time.monotonic()
    proc = cli("batch", str(src), "--out", str(out), "--workers", "2", "--timeout", "20", *FAST_FLAGS,
               env={FAULT_ENV: f"hang:{stems[3]}"}, timeout=300)
    assert time.monotonic() - started < 200  # the hang would last an hour
    assert proc.returncode == 3 and proc.stdout.startswith("7 articles, 1 failed")
    line = (out / "errors.tsv").read_text(encoding="utf-8").splitlines()[1]
    assert stems[3] in line and "\tJobTimeout\t" in line and "timed out after 20 s" in line


def test_sigint_stops_cleanly_with_its_exit_code(corpus, tmp_path) -> None:
    src, stems = corpus
    out = tmp_path / "out"
    proc = start_cli("batch", str(src), "--out", str(out), "--workers", "2", *FAST_FLAGS,
                     env={FAULT_ENV: f"hang:{stems[2]},hang:{stems[3]}"})
    deadline = time.monotonic() + 120
    while len(list((out / "articles").glob("*.json"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1)  # the workers send their status just after the JSON is renamed into place
    proc.send_signal(signal.SIGINT)
    stdout, _ = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGINT and "interrupted by SIGINT" in stdout
    assert not leftovers(out)
    # Both workers hang on the third and fourth jobs: exactly the first two are done.
    assert set(articles(out)) == {stems[0], stems[1]}
    # Their rows were flushed on the way out, and only theirs.
    assert set(table(out, "articles")["doc_id"]) == {stems[0], stems[1]}
    assert set(table(out, "sentences")["doc_id"]) == {stems[0], stems[1]}
