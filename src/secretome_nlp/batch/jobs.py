"""Jobs of a batch: finding them on disk, naming their output, running one.

A job is one article: one bilingual file, or the ``<stem>_ru`` and ``<stem>_en`` parts of
the same article. Running a job never raises: a bad input becomes a failed
:class:`BatchResult` carrying the one-line error that explains it.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..article import Article
from ..errors import SecretomeError

Job = tuple[str, ...]  # one article: one path, or its Russian and English parts

#: Test-only fault injection: ``hang:<text>``, ``die:<text>`` or ``crash:<text>`` (comma
#: separated) makes a job whose first path contains ``<text>`` sleep for an hour, be
#: killed with SIGKILL (as the out-of-memory killer does) or die of SIGSEGV (as a crash
#: inside a C extension does). It exists so that the tests can prove that timeouts and
#: dead workers fail only their own job; it is read only when set.
FAULT_ENV = "SECRETOME_NLP_TEST_FAULT"


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


def job_name(job: Job) -> str:
    """How a job is written in ``errors.tsv`` and messages: its paths joined by `` + ``."""
    return " + ".join(job)


def job_doc_id(job: Job) -> str:
    """The ``doc_id`` (and output file stem) the job's Article gets: the file stem without ``_ru``/``_en``."""
    from ..pipeline import doc_id_from_path

    return doc_id_from_path(job[0])


def input_hashes(job: Job) -> frozenset[str] | None:
    """sha256 of every input file of a job (as ``sources[i].sha256``), or None if one is unreadable."""
    try:
        return frozenset(hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in job)
    except OSError:
        return None


def run_job(job: Job, options: dict | None = None) -> BatchResult:
    """Parse one job, turning any library error into a failed :class:`BatchResult`."""
    from ..pipeline import parse

    _inject_fault(job)
    try:
        return BatchResult(job, parse(*job, **(options or {})))
    except SecretomeError as exc:
        return BatchResult(job, None, str(exc), type(exc).__name__)
    except Exception as exc:  # a bug must not sink the batch either; it is reported, not hidden
        return BatchResult(job, None, f"{job[0]}: internal error: {exc!r}", type(exc).__name__)


def _inject_fault(job: Job) -> None:
    spec = os.environ.get(FAULT_ENV)
    if not spec:
        return
    for item in spec.split(","):
        action, _, needle = item.partition(":")
        if needle and needle in job[0]:
            if action == "hang":
                time.sleep(3600)
            elif action == "die":
                os.kill(os.getpid(), signal.SIGKILL)
            elif action == "crash":
                os.kill(os.getpid(), signal.SIGSEGV)
