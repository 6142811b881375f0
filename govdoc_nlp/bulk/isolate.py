"""Run one conversion in a forked child process with a deadline and a memory limit, so a crash,
hang or blow-up kills only the child (used by the Dask engine, whose workers are long-lived)."""

from __future__ import annotations

import os
import pickle
import select
import signal
import time

from govdoc_nlp.bulk.items import Item, Outcome
from govdoc_nlp.bulk.worker import WorkOptions, convert_item, crash_outcome, limit_memory, warm_up

_WARM: set[int] = set()


def ensure_warm(options: WorkOptions) -> None:
    """Warm this process up once (word index, models); forked children inherit it."""
    if os.getpid() not in _WARM:
        warm_up(options)
        _WARM.add(os.getpid())


def run_isolated(item: Item, data: bytes | None, options: WorkOptions, timeout: float | None) -> Outcome:
    """Convert ``item`` in a forked child; a crash or overrun becomes a failed Outcome."""
    ensure_warm(options)
    start = time.monotonic()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: convert, send the pickled outcome, leave without cleanup
        try:
            os.close(read_fd)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            limit_memory(options.max_memory)
            blob = pickle.dumps(convert_item(item, options, data))
            view = memoryview(blob)
            while view:
                view = view[os.write(write_fd, view):]
        finally:
            os._exit(0)
    os.close(write_fd)
    buf = bytearray()
    timed_out = False
    try:
        while True:
            remaining = None if not timeout else start + timeout - time.monotonic()
            if remaining is not None and remaining <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([read_fd], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            buf += chunk
    finally:
        os.close(read_fd)
        if timed_out:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    elapsed = time.monotonic() - start
    if timed_out:
        return crash_outcome(item, "timeout", f"no result after {timeout:g} s (--timeout); worker stopped", elapsed)
    if buf:
        try:
            return pickle.loads(bytes(buf))
        except (pickle.UnpicklingError, EOFError, ValueError):
            pass
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else f"signal {sig}"
        return crash_outcome(item, "crash", f"worker killed by {name}", elapsed)
    return crash_outcome(item, "crash", f"worker exited with status {os.WEXITSTATUS(status)}", elapsed)
