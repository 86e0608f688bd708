"""A process pool in which a dying or hanging worker fails only its own job.

``concurrent.futures.ProcessPoolExecutor`` breaks as a whole when one worker dies (the
out-of-memory killer, a segfault in a C extension) and cannot stop a job that hangs.
Here each worker runs one job at a time over its own pipe, so the parent always knows
which job a dead worker held: that job is reported with the cause (signal or exit code)
or as timed out, the worker is replaced, and the rest of the batch goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: How often (seconds) the parent wakes up to check deadlines and a stop request.
_TICK = 0.2


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What became of one item: ``value`` from the function, or ``failure`` (a one-line cause)."""

    index: int
    item: T
    value: Any = None
    failure: str | None = None
    failure_type: str | None = None


def _worker_main(conn: Connection, fn: Callable[[Any], Any]) -> None:
    # Ctrl-C reaches the whole process group; the parent decides what stops, and how.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        index, item = msg
        try:
            conn.send((index, True, fn(item)))
        except Exception as exc:  # reported as this item's failure; the worker lives on
            conn.send((index, False, f"{type(exc).__name__}: {exc}"))
        _trim()


def _libc_trim() -> Callable[[], object]:
    """glibc's ``malloc_trim``, or a no-op where there is none."""
    try:
        import ctypes

        trim = ctypes.CDLL("libc.so.6").malloc_trim
        return lambda: trim(0)
    except (OSError, AttributeError):  # not glibc
        return lambda: None


# A job allocates and frees large strings (a whole article's JSON); glibc keeps freed
# heap for reuse and the worker's RSS creeps up over thousands of jobs. Returning it
# after each job keeps a long batch's memory flat.
_trim = _libc_trim()


def death_cause(exitcode: int | None) -> str:
    """A readable cause for a worker that ended while running a job."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = {"SIGKILL": " (killed: out of memory?)", "SIGSEGV": " (crash in a C extension?)",
                "SIGABRT": " (aborted by a C extension?)", "SIGBUS": " (crash in a C extension?)"}.get(name, "")
        return f"worker died of {name}{hint}"
    return f"worker exited with code {exitcode}"


class _Worker:
    def __init__(self, ctx: Any, fn: Callable[[Any], Any]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, fn), daemon=True)
        self.process.start()
        child.close()
        self.busy: tuple[int, Any, float] | None = None  # index, item, deadline

    def stop(self, force: bool) -> None:
        if force:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(5)
        if self.process.is_alive():  # pragma: no cover - a worker that ignores the stop message
            self.process.kill()
            self.process.join()
        self.conn.close()


class WorkerPool:
    """Run ``fn`` over items in ``workers`` processes with a per-item ``timeout`` (seconds).

    ``fn`` must be a module-level function (it is sent to the workers once). Results come
    back in completion order as :class:`Outcome`; ``should_stop`` is polled between
    results and, when true, the run ends at once: workers are killed and the items they
    held are not reported (they were not done).
    """

    def __init__(self, fn: Callable[[Any], Any], workers: int, timeout: float | None = None,
                 should_stop: Callable[[], bool] = lambda: False, preload: Sequence[str] = ()) -> None:
        self.fn = fn
        self.workers = max(1, workers)
        self.timeout = timeout
        self.should_stop = should_stop
        self.stopped = False
        # A fork server, not fork: the parent may hold threads (a notebook, Dask, tqdm) and
        # much memory. ``preload`` modules are imported once in the server, before it forks
        # workers (it takes effect when this process starts its fork server).
        self._ctx: Any
        if "forkserver" in mp.get_all_start_methods():
            self._ctx = mp.get_context("forkserver")
            if preload:
                self._ctx.set_forkserver_preload(list(preload))
        else:  # pragma: no cover - Windows
            self._ctx = mp.get_context("spawn")

    def run(self, items: Iterable[T]) -> Iterator[Outcome[T]]:
        """Yield one :class:`Outcome` per item (unless stopped)."""
        pending: deque[tuple[int, T]] = deque(enumerate(items))
        if not pending:
            return
        pool: list[_Worker] = []
        try:
            pool = [_Worker(self._ctx, self.fn) for _ in range(min(self.workers, len(pending)))]
            while pending or any(w.busy for w in pool):
                if self.should_stop():
                    self.stopped = True
                    return
                for w in pool:
                    if w.busy is None and pending:
                        index, item = pending.popleft()
                        deadline = time.monotonic() + self.timeout if self.timeout else float("inf")
                        w.busy = (index, item, deadline)
                        try:
                            w.conn.send((index, item))
                        except OSError:
                            pass  # the worker is dead: _collect reports it as this job's failure
                yield from self._collect(pool)
        finally:
            stop_now = self.stopped or pending or any(w.busy for w in pool)
            for w in pool:
                w.stop(force=bool(stop_now))

    def _collect(self, pool: list[_Worker]) -> Iterator[Outcome[T]]:
        busy = [w for w in pool if w.busy]
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=_TICK)
        now = time.monotonic()
        for i, w in enumerate(pool):
            if w.busy is None:
                continue
            index, item, deadline = w.busy
            if w.conn in ready or (w.process.sentinel in ready and w.conn.poll()):
                try:
                    _, ok, value = w.conn.recv()
                except (EOFError, OSError):
                    pass  # died while sending: handled as a death below
                else:
                    w.busy = None
                    yield (Outcome(index, item, value) if ok
                           else Outcome(index, item, failure=value, failure_type="WorkerError"))
                    continue
            if w.process.sentinel in ready or not w.process.is_alive():
                w.process.join()
                cause = death_cause(w.process.exitcode)
                w.busy = None
                w.stop(force=True)
                pool[i] = _Worker(self._ctx, self.fn)
                yield Outcome(index, item, failure=cause, failure_type="WorkerDied")
            elif now > deadline:
                w.busy = None
                w.stop(force=True)
                pool[i] = _Worker(self._ctx, self.fn)
                yield Outcome(index, item, failure=f"timed out after {self.timeout:g} s",
                              failure_type="JobTimeout")
