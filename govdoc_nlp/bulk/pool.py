"""A small pool of worker processes that survives its workers: a worker that crashes (even by a
signal or os._exit), overruns its per-file deadline or blows its memory limit is killed and
replaced, its file is failed with the reason, and the files it had queued go to other workers.

Unlike concurrent.futures.ProcessPoolExecutor, one worker's death never breaks the pool.

Each worker publishes, in shared memory, which task it is running and since when; the parent
enforces deadlines from that, so tasks can be sent in chunks and results returned in batches
(cheap for thousands of small files) without losing track of the culprit when a worker dies."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from govdoc_nlp.bulk.guard import close_inherited_locks
from govdoc_nlp.bulk.items import Item, Outcome
from govdoc_nlp.bulk.worker import WorkOptions, convert_item, crash_outcome, limit_memory, warm_up

RESULT_FLUSH_SECONDS = 0.05
RESULT_BATCH = 64
MAX_CHUNK = 32
TARGET_CHUNK_SECONDS = 0.05
MAX_STARTUP_FAILURES = 5
PARENT_CHECK_SECONDS = 0.5


class PoolStartupError(RuntimeError):
    """Workers die before they are ready (e.g. the parse function cannot be imported)."""


def _exit_with_parent(parent_pid: int) -> None:
    """End this worker as soon as its parent is gone (killed with SIGKILL, it cannot tell us):
    a forked worker holds its own copy of the pipe's other end, so it would never see EOF."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(3)

    threading.Thread(target=watch, name="govdoc-parent-watch", daemon=True).start()


def _worker_main(conn: Connection, slot: Any, options: WorkOptions, parent_pid: int | None = None) -> None:
    """Worker process: warm up once, then convert chunks of tasks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's graceful-stop handler
    close_inherited_locks()
    if parent_pid is not None:
        _exit_with_parent(parent_pid)
    try:
        warm_up(options)
        limit_memory(options.max_memory)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which gives up
        conn.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    pending: list[tuple[int, Outcome]] = []
    last_flush = time.monotonic()
    while True:
        if pending and not conn.poll():
            conn.send(("results", pending))
            pending, last_flush = [], time.monotonic()
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for index, item in chunk:
            slot[1] = time.monotonic()
            slot[0] = index
            outcome = convert_item(item, options)
            slot[0] = -1
            pending.append((index, outcome))
            if outcome.error_code == "memory":  # the heap may be in a bad way: start afresh
                conn.send(("results", pending))
                return
            if len(pending) >= RESULT_BATCH or time.monotonic() - last_flush >= RESULT_FLUSH_SECONDS:
                conn.send(("results", pending))
                pending, last_flush = [], time.monotonic()


@dataclass
class _Worker:
    proc: Any
    conn: Connection
    slot: Any
    assigned: deque = field(default_factory=deque)
    ready: bool = False
    chunks_out: int = 0


class LocalPool:
    """``jobs`` worker processes converting :class:`Item` s, with per-file ``timeout`` seconds."""

    def __init__(self, jobs: int, options: WorkOptions, *, timeout: float | None = 300.0, start_method: str | None = None) -> None:
        self.jobs = max(1, int(jobs))
        self.options = options
        self.timeout = timeout
        method = start_method or os.environ.get("GOVDOC_BULK_START_METHOD") or ("fork" if sys.platform.startswith("linux") else "spawn")
        self.ctx = mp.get_context(method)
        self.workers: list[_Worker] = []
        self.pending: deque[tuple[int, Item]] = deque()
        self.items: dict[int, Item] = {}
        self._results: list[tuple[int, Outcome]] = []
        self._startup_failures = 0
        self._avg_seconds = 0.02
        self.replaced = 0

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> LocalPool:
        """Start the workers (each warms up once: word index, models, parse function)."""
        for _ in range(self.jobs):
            self.workers.append(self._spawn())
        return self

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        slot = self.ctx.RawArray("d", [-1.0, 0.0])
        proc = self.ctx.Process(target=_worker_main, args=(child, slot, self.options, os.getpid()), daemon=True, name="govdoc-bulk-worker")
        proc.start()
        child.close()
        return _Worker(proc=proc, conn=parent, slot=slot)

    def close(self) -> None:
        """Ask workers to stop, then make sure they did."""
        for w in self.workers:
            try:
                w.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 5
        for w in self.workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
        self.kill()

    def kill(self) -> None:
        """Stop every worker now."""
        for w in self.workers:
            if w.proc.is_alive():
                w.proc.kill()
            w.proc.join(2)
            w.conn.close()
        self.workers = []

    def __enter__(self) -> LocalPool:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        if exc[0] is None:
            self.close()
        else:
            self.kill()

    # -- tasks -----------------------------------------------------------------------------
    @property
    def in_flight(self) -> int:
        """Tasks submitted and not yet returned."""
        return len(self.items)

    def submit(self, index: int, item: Item, data: bytes | None = None) -> None:
        """Queue one input (``index`` is its position, returned with the outcome). Workers read
        the input themselves; ``data`` is accepted for interface parity and not sent."""
        self.items[index] = item
        self.pending.append((index, item))

    def poll(self, timeout: float = 0.1) -> list[tuple[int, Outcome]]:
        """Wait up to ``timeout`` seconds; return finished (index, outcome) pairs, any order."""
        self._dispatch()
        now = time.monotonic()
        wait_for = timeout
        if self.timeout:
            for w in self.workers:
                if w.slot[0] >= 0:
                    wait_for = min(wait_for, max(0.0, w.slot[1] + self.timeout - now))
        objects: list[Any] = []
        for w in self.workers:
            objects += [w.conn, w.proc.sentinel]
        if objects:
            ready = set(wait(objects, timeout=max(0.0, wait_for)))
            for w in list(self.workers):
                if w.conn in ready:
                    self._receive(w)
                if w.proc.sentinel in ready or not w.proc.is_alive():
                    self._receive(w)
                    self._handle_death(w, None)
        self._check_deadlines()
        self._dispatch()
        out, self._results = self._results, []
        return out

    def _receive(self, w: _Worker) -> None:
        try:
            while w.conn.poll():
                kind, payload = w.conn.recv()
                if kind == "ready":
                    w.ready = True
                    self._startup_failures = 0
                elif kind == "results":
                    for index, outcome in payload:
                        self._finish(w, index, outcome)
                elif kind == "fatal":
                    raise PoolStartupError(f"bulk worker cannot start: {payload}")
        except (EOFError, OSError):
            pass

    def _finish(self, w: _Worker, index: int, outcome: Outcome) -> None:
        if index in w.assigned:
            w.assigned.remove(index)
        if self.items.pop(index, None) is not None:
            self._avg_seconds = 0.9 * self._avg_seconds + 0.1 * outcome.seconds
            self._results.append((index, outcome))

    def _handle_death(self, w: _Worker, reason: tuple[str, str] | None) -> None:
        """Fail the task the worker was running, requeue the rest, start a replacement."""
        if w.proc.is_alive():
            w.proc.kill()
        w.proc.join(5)
        self._receive(w)
        culprit = int(w.slot[0])
        elapsed = time.monotonic() - w.slot[1]
        if culprit >= 0 and culprit in self.items:
            if reason is None:
                reason = ("crash", _death_message(w.proc.exitcode))
            item = self.items.pop(culprit)
            self._results.append((culprit, crash_outcome(item, reason[0], reason[1], elapsed)))
            if culprit in w.assigned:
                w.assigned.remove(culprit)
        if not w.ready:
            self._startup_failures += 1
            if self._startup_failures >= MAX_STARTUP_FAILURES:
                raise PoolStartupError(f"bulk workers keep dying before they are ready ({_death_message(w.proc.exitcode)})")
        requeue = [(i, self.items[i]) for i in w.assigned if i in self.items]
        for pair in reversed(sorted(requeue)):
            self.pending.appendleft(pair)
        w.conn.close()
        self.workers.remove(w)
        self.workers.append(self._spawn())
        self.replaced += 1

    def _check_deadlines(self) -> None:
        if not self.timeout:
            return
        now = time.monotonic()
        for w in list(self.workers):
            index = int(w.slot[0])
            if index >= 0 and now - w.slot[1] > self.timeout:
                self._receive(w)
                if int(w.slot[0]) == index:
                    w.proc.kill()
                    self._handle_death(w, ("timeout", f"no result after {self.timeout:g} s (--timeout); worker stopped"))

    def _dispatch(self) -> None:
        """Hand queued tasks to workers, keeping about two chunks per worker."""
        if not self.pending:
            return
        chunk = max(1, min(MAX_CHUNK, int(TARGET_CHUNK_SECONDS / max(self._avg_seconds, 1e-4))))
        chunk = min(chunk, max(1, len(self.pending) // len(self.workers)))
        for w in sorted(self.workers, key=lambda w: len(w.assigned)):
            while self.pending and len(w.assigned) < 2 * chunk:
                batch = [self.pending.popleft() for _ in range(min(chunk, len(self.pending)))]
                try:
                    w.conn.send(batch)
                except OSError:
                    for pair in reversed(batch):
                        self.pending.appendleft(pair)
                    break
                w.assigned.extend(i for i, _ in batch)


def _death_message(exitcode: int | None) -> str:
    if exitcode is None:
        return "worker died"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"worker killed by {name}" + (" (out of memory?)" if name == "SIGKILL" else "")
    return f"worker exited with status {exitcode}"
