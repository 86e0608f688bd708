"""Progress of a batch: a tqdm bar (rate, ETA, failures so far) and the final summary."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, TextIO


@dataclass
class Summary:
    """Counts of one batch run; :meth:`line` is the final summary line."""

    articles: int = 0  # parsed in this run
    skipped: int = 0  # already done (``--resume``)
    failed: int = 0
    tokens: int = 0
    entities: int = 0
    warned: int = 0  # parsed with warnings (text not analysed …), listed in warnings.tsv
    seconds: float = 0.0
    interrupted: str | None = None  # the signal's name when the run was stopped

    def line(self) -> str:
        """``N articles, F failed, T tokens, E entities, W s, R articles/s`` (+ skipped, interrupted)."""
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.articles} articles", f"{self.failed} failed", f"{self.warned} with warnings",
                 f"{self.tokens} tokens", f"{self.entities} entities", f"{self.seconds:.1f} s", f"{rate:.1f} articles/s"]
        if self.skipped:
            parts.append(f"{self.skipped} already done")
        if self.interrupted:
            parts.append(f"interrupted by {self.interrupted} (finish with --resume)")
        return ", ".join(parts)


class Progress:
    """A progress bar on ``stream`` when enabled; silent otherwise.

    ``notebook=True`` uses ``tqdm.auto`` (a widget in Jupyter, text elsewhere).
    """

    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None, notebook: bool = False) -> None:
        self.failed = 0
        self._bar: Any = None
        if not enabled:
            return
        if notebook:
            from tqdm.auto import tqdm
        else:
            from tqdm import tqdm
        self._bar = tqdm(total=total, unit="article", file=stream or sys.stderr, dynamic_ncols=True,
                         smoothing=0.1, postfix={"failed": 0})

    def update(self, ok: bool) -> None:
        """One job finished."""
        if not ok:
            self.failed += 1
        if self._bar is not None:
            if not ok:
                self._bar.set_postfix(failed=self.failed, refresh=False)
            self._bar.update(1)

    def write(self, message: str) -> bool:
        """Print a line above the bar; False when there is no bar (the caller prints it)."""
        if self._bar is None:
            return False
        self._bar.write(message, file=sys.stderr)
        return True

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
