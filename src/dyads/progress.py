"""A one-line progress display with stories/s, drawn only on a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts stories and redraws ``coded N, rejected M, X stories/s`` at most 5 times a second."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.perf_counter()
        self.coded = 0
        self.rejected = 0
        self._drawn_at = 0.0

    def tick(self, coded: int = 0, rejected: int = 0) -> None:
        """Count ``coded`` and ``rejected`` stories and redraw if it is time."""
        self.coded += coded
        self.rejected += rejected
        now = time.perf_counter()
        if self.enabled and now - self._drawn_at >= 0.2:
            self._drawn_at = now
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def line(self) -> str:
        """The current progress line."""
        rate = self.coded / max(time.perf_counter() - self.started, 1e-9)
        return f"coded {self.coded:,}  rejected {self.rejected:,}  {rate:,.1f} stories/s"

    def close(self) -> None:
        """Finish the line so the summary starts on a fresh one."""
        if self.enabled:
            self.stream.write("\r" + self.line() + "\n")
            self.stream.flush()
