"""Progress of a conversion: a tqdm bar on a terminal, periodic plain log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO


class Progress:
    """Report files done, files/s, failures and ETA. ``mode``: 'auto', 'bar', 'log' or 'off'."""

    def __init__(self, total: int, *, mode: str = "auto", stream: TextIO | None = None, interval: float = 10.0, initial: int = 0) -> None:
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if getattr(self.stream, "isatty", lambda: False)() else "log"
        self.mode = mode
        self.total = total
        self.done = initial
        self.initial = initial
        self.failed = 0
        self.interval = interval
        self.start = time.monotonic()
        self._last_log = self.start
        self._bar: Any = None
        if mode == "bar":
            import tqdm

            tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers are forked from this process
            self._bar = tqdm.tqdm(total=total, initial=initial, unit="file", file=self.stream, dynamic_ncols=True, smoothing=0.1)

    def update(self, n: int, failed: int = 0) -> None:
        """Count ``n`` more finished inputs, ``failed`` of which failed."""
        self.done += n
        self.failed += failed
        if self._bar is not None:
            if failed or n:
                self._bar.set_postfix(failed=self.failed, refresh=False)
            self._bar.update(n)
        elif self.mode == "log":
            now = time.monotonic()
            if now - self._last_log >= self.interval:
                self._last_log = now
                self._log(now)

    def _log(self, now: float) -> None:
        elapsed = now - self.start
        rate = (self.done - self.initial) / elapsed if elapsed > 0 else 0.0
        left = self.total - self.done
        eta = f"{left / rate:.0f} s" if rate > 0 else "?"
        pct = 100.0 * self.done / self.total if self.total else 100.0
        print(
            f"govdoc convert: {self.done}/{self.total} files ({pct:.1f}%), {rate:.1f} files/s, "
            f"{self.failed} failed, ETA {eta}",
            file=self.stream,
            flush=True,
        )

    def close(self) -> None:
        """Finish the bar (or print a last log line)."""
        if self._bar is not None:
            self._bar.close()
        elif self.mode == "log":
            self._log(time.monotonic())
