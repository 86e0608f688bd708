"""Parse whole corpora: a local process pool or a Dask cluster.

:func:`parse_many` yields one :class:`BatchResult` per article (in notebooks);
:func:`run_batch` writes a resumable, kill-safe output folder (the ``batch`` command).
A bad file never stops a batch: it becomes a failed result with a one-line error.
"""

from .engines import parse_many
from .jobs import FAULT_ENV, BatchResult, Job, discover, job_doc_id, run_job
from .progress import Summary
from .runner import JobStatus, run_batch

__all__ = ["BatchResult", "FAULT_ENV", "Job", "JobStatus", "Summary", "discover", "job_doc_id", "parse_many",
           "run_batch", "run_job"]
