"""``secretome-nlp batch``: a corpus folder → Article JSONs, table datasets and errors.tsv.

The run is resumable (``resume=True`` skips every job whose Article JSON is already
written from the same input bytes), kill-safe (atomic files; SIGINT/SIGTERM stop it
cleanly with what was done on disk) and streams its tables (memory does not grow with
the corpus). See docs/batch-output.md for the layout.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import threading
import time
import uuid
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ..article import Article
from ..export.frames import article_rows
from .engines import WARM_MODULE, as_jobs, dask_client
from .jobs import Job, input_hashes, job_doc_id, job_name, run_job
from .outputs import (ARTICLES_DIR, TABLES_DIR, TableSink, article_hashes, article_path, atomic_write,
                      committed_doc_ids, drop_rows, errors_key, read_errors, read_warnings, remove_temporaries,
                      write_errors, write_warnings)
from .pool import WorkerPool
from .progress import Progress, Summary


@dataclass(frozen=True)
class JobStatus:
    """The small record a worker sends back for one job (``rows`` only when the caller writes tables)."""

    job: Job
    doc_id: str
    error: str | None = None
    error_type: str | None = None
    tokens: int = 0
    entities: int = 0
    rows: dict[str, list[dict[str, Any]]] | None = None
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the job's Article was written."""
        return self.error is None


def process_job(job: Job, out: str, options: dict, keep_rows: bool) -> JobStatus:
    """Parse one job in a worker and write its Article JSON (atomically) under ``out``."""
    result = run_job(job, options)
    if result.article is None:
        return JobStatus(job, job_doc_id(job), result.error or "failed", result.error_type)
    a = result.article
    # Compact JSON: the indented form goes through the pure-Python encoder (a tenth of the job).
    atomic_write(article_path(Path(out), a.doc_id), a.to_json(indent=None).encode("utf-8"))
    return JobStatus(job, a.doc_id, tokens=sum(len(s.tokens) for s in a.sentences), entities=len(a.entities),
                     rows=article_rows(a) if keep_rows else None, warnings=a.warnings)


def process_chunk(jobs: list[Job], out: str, options: dict, tables: str, part: str) -> list[JobStatus]:
    """Dask task: parse a chunk of jobs and write their JSONs and one table part (``part``)."""
    sink = TableSink(Path(out), tables, prefix=part, flush_rows=2**62) if tables != "none" else None
    statuses = []
    for job in jobs:
        status = process_job(job, out, options, keep_rows=sink is not None)
        if sink is not None and status.rows is not None:
            sink.add(status.rows)
        statuses.append(dataclasses.replace(status, rows=None))
    if sink is not None:
        sink.flush()
    return statuses


class _StopFlag:
    """Set by SIGINT/SIGTERM while a batch runs (handlers restored afterwards)."""

    def __init__(self) -> None:
        self.signal: str | None = None
        self._old: dict[int, Any] = {}

    def __call__(self) -> bool:
        return self.signal is not None

    def _handle(self, signum: int, frame: Any) -> None:
        self.signal = signal.Signals(signum).name

    def __enter__(self) -> "_StopFlag":
        if threading.current_thread() is threading.main_thread():
            for s in (signal.SIGINT, signal.SIGTERM):
                self._old[s] = signal.signal(s, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for s, handler in self._old.items():
            signal.signal(s, handler)


def run_batch(paths: Iterable[str | os.PathLike], out: str | os.PathLike, *, workers: int | None = None,
              engine: str = "local", address: str | None = None, client: Any = None, tables: str = "parquet",
              resume: bool = False, timeout: float | None = None, progress: bool = False,
              on_failure: Callable[[str, Progress], None] | None = None, options: dict | None = None,
              flush_rows: int = 5_000) -> Summary:
    """Parse every job under ``paths`` into ``out``; returns the run's :class:`Summary`.

    Without ``resume`` the table datasets are rewritten from scratch. ``on_failure`` gets a
    one-line message per failed job (and the progress bar, to print above it). The local
    engine writes a table part every ``flush_rows`` rows (all tables together), which bounds
    the memory of the parent. A SIGINT or SIGTERM stops the run cleanly:
    ``summary.interrupted`` names the signal and ``resume=True`` finishes the batch later.
    """
    started = time.perf_counter()
    out = Path(out)
    (out / ARTICLES_DIR).mkdir(parents=True, exist_ok=True)
    remove_temporaries(out)
    if not resume and (out / TABLES_DIR).exists():
        shutil.rmtree(out / TABLES_DIR)
    options = dict(options or {})
    summary = Summary()
    todo, regenerate = _plan(as_jobs(paths), out, resume, tables, summary)
    todo_keys = {errors_key(j) for j in todo}
    # A failure of an earlier run stays listed until its job is done again.
    errors = {k: v for k, v in read_errors(out).items() if k in todo_keys} if resume else {}
    # Warnings of jobs done earlier stay; those of jobs run now are recomputed.
    warned = {k: v for k, v in read_warnings(out).items() if k not in todo_keys} if resume else {}
    sink = TableSink(out, tables, flush_rows=flush_rows) if tables != "none" else None
    for path in regenerate:  # written before a kill, rows not yet in the tables
        assert sink is not None
        sink.add(article_rows(Article.from_json(path.read_text(encoding="utf-8"))))
    bar = Progress(len(todo), enabled=progress)
    statuses: Generator[JobStatus, None, None] | None = None
    with _StopFlag() as stop:
        try:
            if engine == "dask":
                statuses = _dask_statuses(todo, out, options, tables, workers, address, client, stop)
            elif engine == "local":
                statuses = _local_statuses(todo, out, options, sink is not None, workers, timeout, stop)
            else:
                raise ValueError(f"unknown engine {engine!r} (use 'local' or 'dask')")
            for status in statuses:
                key = errors_key(status.job)
                bar.update(status.ok)
                warned.pop(key, None)
                if status.ok:
                    errors.pop(key, None)
                    if status.warnings:
                        warned[key] = (status.doc_id, status.warnings)
                        summary.warned += 1
                    summary.articles += 1
                    summary.tokens += status.tokens
                    summary.entities += status.entities
                    if sink is not None and status.rows is not None:
                        sink.add(status.rows)
                else:
                    summary.failed += 1
                    errors[key] = (status.error_type or "Error", status.error or "")
                    if on_failure is not None:
                        on_failure(f"failed\t{key}\t{status.error}", bar)
        finally:
            if statuses is not None:
                statuses.close()  # stops the workers at once when the loop ended early
            bar.close()
            if sink is not None:
                sink.flush()
            write_errors(out, errors)
            write_warnings(out, warned)
            remove_temporaries(out)
        summary.interrupted = stop.signal
    summary.seconds = time.perf_counter() - started
    return summary


def _plan(jobs: list[Job], out: Path, resume: bool, tables: str,
          summary: Summary) -> tuple[list[Job], list[Path]]:
    """Jobs to run, and done Articles whose table rows must be written again (resume only)."""
    if not resume:
        return jobs, []
    committed = committed_doc_ids(out) if tables != "none" else set()
    todo, regenerate, stale = [], [], []
    for job in jobs:
        doc_id = job_doc_id(job)
        path = article_path(out, doc_id)
        have = article_hashes(path) if path.exists() else None
        if have is not None and have == input_hashes(job):
            summary.skipped += 1
            if tables != "none" and doc_id not in committed:
                regenerate.append(path)
            continue
        path.unlink(missing_ok=True)  # written from other bytes: it is redone
        if doc_id in committed:
            stale.append(doc_id)
        todo.append(job)
    drop_rows(out, stale)
    return todo, regenerate


def _local_statuses(jobs: list[Job], out: Path, options: dict, keep_rows: bool, workers: int | None,
                    timeout: float | None, stop: _StopFlag) -> Generator[JobStatus, None, None]:
    fn = partial(process_job, out=str(out), options=options, keep_rows=keep_rows)
    pool = WorkerPool(fn, workers or os.cpu_count() or 1, timeout, should_stop=stop, preload=[WARM_MODULE])
    for outcome in pool.run(jobs):
        if outcome.failure is None:
            yield outcome.value
        else:
            yield JobStatus(outcome.item, job_doc_id(outcome.item), f"{job_name(outcome.item)}: {outcome.failure}",
                            outcome.failure_type)


def _dask_statuses(jobs: list[Job], out: Path, options: dict, tables: str, workers: int | None,
                   address: str | None, client: Any, stop: _StopFlag) -> Generator[JobStatus, None, None]:
    from dask.distributed import wait

    if not jobs:
        return
    with dask_client(client, address, workers) as c:
        n_workers = max(1, len(c.scheduler_info().get("workers", {})))
        # Chunks small enough to balance the load, big enough that parts are not tiny.
        size = max(1, min(50, len(jobs) // (n_workers * 4) or 1))
        run_id = uuid.uuid4().hex[:8]
        chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
        futures = {c.submit(process_chunk, chunk, str(out), options, tables, f"{run_id}-c{k:05d}", pure=False): chunk
                   for k, chunk in enumerate(chunks)}
        pending = set(futures)
        try:
            while pending:
                if stop():
                    return
                try:
                    done, pending = wait(pending, timeout=0.5, return_when="FIRST_COMPLETED")
                except TimeoutError:  # nothing finished in the last half second
                    continue
                for future in done:
                    try:
                        yield from future.result()
                    except Exception as exc:  # the worker died (KilledWorker) or the task failed
                        for job in futures[future]:
                            yield JobStatus(job, job_doc_id(job), f"{job_name(job)}: {type(exc).__name__}: {exc}",
                                            "WorkerDied")
        finally:
            for future in pending:
                future.cancel()
