"""Engines: a local process pool (see :mod:`.pool`) or a Dask cluster; and :func:`parse_many`."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

from .jobs import BatchResult, Job, discover, job_name, run_job
from .pool import WorkerPool
from .progress import Progress

#: Imported by the local pool's fork server to load the models once (see :mod:`.warm`).
WARM_MODULE = "secretome_nlp.batch.warm"


def as_jobs(inputs: Iterable[str | os.PathLike] | Sequence[Job]) -> list[Job]:
    """Jobs given ready-made, or discovered from files and folders."""
    items = list(inputs)
    if items and isinstance(items[0], tuple):
        return items  # type: ignore[return-value]
    return discover(items)  # type: ignore[arg-type]


@contextmanager
def dask_client(client: Any = None, address: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """The given client, a client of the scheduler at ``address``, or a new ``LocalCluster``."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise ImportError("engine='dask' needs the extra: pip install 'secretome-nlp[dask]'") from exc
    if client is not None:
        yield client
        return
    if address:
        with Client(address) as own:
            yield own
        return
    with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as own:
        yield own


def parse_many(inputs: Iterable[str | os.PathLike] | Sequence[Job], *, engine: str = "local",
               workers: int | None = None, client: object | None = None, address: str | None = None,
               timeout: float | None = None, progress: bool = False, **options: object) -> Iterator[BatchResult]:
    """Parse many articles; yields results in input order.

    ``inputs`` are files and folders (paired ``_ru``/``_en`` files become one article) or
    ready jobs. ``engine="local"`` uses a process pool of ``workers`` (default: CPU count;
    ``workers=1`` without a ``timeout`` runs in this process). A worker that dies or a job
    that runs longer than ``timeout`` seconds fails only that job (``error_type``
    ``WorkerDied`` / ``JobTimeout``). ``engine="dask"`` submits to ``client`` or to a
    ``dask.distributed`` scheduler at ``address`` (a ``LocalCluster`` when neither is given).
    ``progress=True`` shows a progress bar (a widget in Jupyter).
    """
    jobs = as_jobs(inputs)
    bar = Progress(len(jobs), enabled=progress, notebook=True)
    try:
        for result in _results(jobs, engine, workers, client, address, timeout, options):
            bar.update(result.ok)
            yield result
    finally:
        bar.close()


def _results(jobs: list[Job], engine: str, workers: int | None, client: Any, address: str | None,
             timeout: float | None, options: dict) -> Iterator[BatchResult]:
    if engine == "dask":
        with dask_client(client, address, workers) as c:
            for future in c.map(run_job, jobs, options=options, pure=False):
                yield future.result()
        return
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (use 'local' or 'dask')")
    workers = workers or os.cpu_count() or 1
    if (workers == 1 or len(jobs) == 1) and timeout is None:
        for job in jobs:
            yield run_job(job, options)
        return
    # Completion order → input order.
    done: dict[int, BatchResult] = {}
    next_index = 0
    pool = WorkerPool(partial(run_job, options=options), workers, timeout, preload=[WARM_MODULE])
    for outcome in pool.run(jobs):
        done[outcome.index] = (outcome.value if outcome.failure is None else
                               BatchResult(outcome.item, None, f"{job_name(outcome.item)}: {outcome.failure}",
                                           outcome.failure_type))
        while next_index in done:
            yield done.pop(next_index)
            next_index += 1
