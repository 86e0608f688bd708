"""Parse whole corpora in parallel: a local process pool or a Dask cluster.

A bad file never stops a batch: each input yields a :class:`BatchResult` with either an
Article or the one-line error that explains why it could not be parsed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .article import Article
from .errors import SecretomeError

Job = tuple[str, ...]  # one article: one path, or its Russian and English parts


@dataclass(frozen=True)
class BatchResult:
    """The outcome of one job: an Article, or the error it raised."""

    job: Job
    article: Article | None
    error: str | None = None
    error_type: str | None = None

    @property
    def ok(self) -> bool:
        """True when the job produced an Article."""
        return self.article is not None

    @property
    def warnings(self) -> tuple[str, ...]:
        """The parsed Article's warnings (text not analysed, …); empty for a failed job."""
        return self.article.warnings if self.article is not None else ()


_PART = re.compile(r"^(?P<stem>.+)_(?P<lang>ru|en)$")
#: Suffixes picked up in folders: plain text and the formats of :mod:`secretome_nlp.readers`.
_TEXT_SUFFIXES = (".txt", ".text", ".md", ".pdf", ".xml", ".html", ".htm")


def discover(paths: Iterable[str | os.PathLike]) -> list[Job]:
    """Jobs from files and folders: ``<stem>_ru.txt`` + ``<stem>_en.txt`` pair up into one job."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in _TEXT_SUFFIXES
                                and f.name.lower() != "readme.md"))
        else:
            files.append(p)
    groups: dict[tuple[str, str], list[Path]] = {}
    singles: list[Job] = []
    for f in files:
        m = _PART.match(f.stem)
        if m:
            groups.setdefault((str(f.parent), m.group("stem")), []).append(f)
        else:
            singles.append((str(f),))
    jobs = singles + [tuple(str(f) for f in sorted(g)) for g in groups.values()]
    return sorted(jobs)


def run_job(job: Job, options: dict | None = None) -> BatchResult:
    """Parse one job, turning any library error into a failed :class:`BatchResult`."""
    from .pipeline import parse

    try:
        return BatchResult(job, parse(*job, **(options or {})))
    except SecretomeError as exc:
        return BatchResult(job, None, str(exc), type(exc).__name__)
    except Exception as exc:  # a bug must not sink the batch either; it is reported, not hidden
        return BatchResult(job, None, f"{job[0]}: internal error: {exc!r}", type(exc).__name__)


def parse_many(inputs: Iterable[str | os.PathLike] | Sequence[Job], *, engine: str = "local",
               workers: int | None = None, client: object | None = None, address: str | None = None,
               **options: object) -> Iterator[BatchResult]:
    """Parse many articles; yields results in input order.

    ``inputs`` are files and folders (paired ``_ru``/``_en`` files become one article) or
    ready jobs. ``engine="local"`` uses a process pool of ``workers`` (default: CPU count;
    ``workers=1`` runs in this process); ``engine="dask"`` submits to ``client`` or to a
    ``dask.distributed`` scheduler at ``address`` (a ``LocalCluster`` when neither is given).
    """
    items = list(inputs)
    jobs: list[Job] = (items if items and isinstance(items[0], tuple)  # type: ignore[assignment]
                       else discover(items))  # type: ignore[arg-type]
    if engine == "dask":
        yield from _dask(jobs, options, client, address, workers)
        return
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (use 'local' or 'dask')")
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(jobs) == 1:
        for job in jobs:
            yield run_job(job, options)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(run_job, jobs, [options] * len(jobs), chunksize=max(1, len(jobs) // (workers * 8)))


def _dask(jobs: Sequence[Job], options: dict, client: Any, address: str | None,
          workers: int | None) -> Iterator[BatchResult]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise ImportError("engine='dask' needs the extra: pip install 'secretome-nlp[dask]'") from exc
    own = client is None
    cluster = None
    if own:
        if address:
            client = Client(address)
        else:
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    try:
        futures = client.map(run_job, jobs, options=options, pure=False)
        for future in futures:
            yield future.result()
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
