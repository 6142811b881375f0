"""The conversion itself: discover inputs, skip what an earlier run finished, drop duplicates,
run the rest on an engine (local processes or Dask), write outcomes in input order, report."""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from govdoc_nlp.bulk.discover import Selection, discover, read_item
from govdoc_nlp.bulk.guard import OUTPUT_ERRORS, OutputLock, lock_path, output_error
from govdoc_nlp.bulk.items import DUPLICATE, FAILED, NOT_A_REPLY, Item, Outcome
from govdoc_nlp.bulk.progress import Progress
from govdoc_nlp.bulk.sinks import OutputExistsError, open_sink
from govdoc_nlp.bulk.summary import Summary
from govdoc_nlp.bulk.worker import WorkOptions
from govdoc_nlp.errors import GovdocError
from govdoc_nlp.load.options import LoadOptions
from govdoc_nlp.model.corrections import load_corrections

DEFAULT_TIMEOUT = 300.0


def default_jobs() -> int:
    """Cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


class Engine(Protocol):
    """Runs conversions; results come back in any order, tagged with the submitted position."""

    replaced: int

    @property
    def in_flight(self) -> int: ...

    def submit(self, index: int, item: Item, data: bytes | None = None) -> None: ...

    def poll(self, timeout: float = 0.1) -> list[tuple[int, Outcome]]: ...

    def close(self) -> None: ...

    def kill(self) -> None: ...


@dataclass
class ConvertSettings:
    """Options of a conversion (the keyword arguments of :func:`govdoc_nlp.convert`)."""

    jobs: int | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    max_memory: int | None = None
    resume: bool = False
    overwrite: bool = False
    progress: str = "auto"
    """'auto' (bar on a terminal, log lines otherwise), 'bar', 'log' or 'off'."""
    log_interval: float = 10.0
    engine: str = "local"
    scheduler: str | None = None
    parse_func: str | None = None
    ocr: str = "auto"
    include_text: bool = True
    nested_zips: bool = True
    keep_non_replies: bool = False
    """Write documents that are not replies (``is_reply`` false) to the output like replies."""
    include: tuple[str, ...] = ()
    """Globs: only matching files are inputs (and the extension list no longer applies)."""
    exclude: tuple[str, ...] = ()
    """Globs: matching files are no inputs."""
    corrections: str | None = None
    """A folder of corrections (gold-format JSON) applied over the parsed fields of matching inputs."""
    window: int = 1024
    """Most inputs between the oldest unwritten one and the newest submitted (bounds memory)."""
    handle_signals: bool = True


class Conversion:
    """One run of ``govdoc convert``. ``run()`` returns the :class:`Summary`."""

    def __init__(self, inputs: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str], settings: ConvertSettings) -> None:
        self.inputs = list(inputs)
        self.out = os.fspath(out)
        self.settings = settings
        self.corrections = load_corrections(settings.corrections) if settings.corrections else None
        self.jobs = settings.jobs or default_jobs()
        self.sink = open_sink(self.out)
        self.summary = Summary(output=self.out, errors=self.sink.errors_location, engine=settings.engine, jobs=self.jobs)
        self._stop = 0
        self._output_failed = False
        self._max_bytes = LoadOptions().max_bytes

    def work_options(self) -> WorkOptions:
        s = self.settings
        return WorkOptions(
            load=LoadOptions(ocr=s.ocr), parse_func=s.parse_func, include_text=s.include_text, max_memory=s.max_memory,
            keep_non_replies=s.keep_non_replies, corrections=self.corrections,
        )

    def make_engine(self) -> Engine:
        s = self.settings
        if s.engine == "local":
            from govdoc_nlp.bulk.pool import LocalPool

            return LocalPool(self.jobs, self.work_options(), timeout=s.timeout).start()
        if s.engine == "dask":
            from govdoc_nlp.bulk.dask_engine import DaskEngine

            return DaskEngine(self.work_options(), scheduler=s.scheduler, jobs=self.jobs, timeout=s.timeout).start()
        raise ValueError(f"unknown engine {s.engine!r} (local or dask)")

    # -- signals: the first SIGINT/SIGTERM stops gracefully, a second one raises ---------------
    def _on_signal(self, signum: int, frame: Any) -> None:
        self._stop += 1
        if self._stop > 1:
            raise KeyboardInterrupt

    def _install_signals(self) -> dict[int, Any]:
        if not self.settings.handle_signals or threading.current_thread() is not threading.main_thread():
            return {}
        old = {}
        for sig in (signal.SIGINT, signal.SIGTERM):
            old[sig] = signal.signal(sig, self._on_signal)
        return old

    def run(self) -> Summary:
        """Convert everything; return the summary (``interrupted`` when stopped by a signal).

        Raises OutputLockedError when another run writes the same output, OutputWriteError when
        the output cannot be written (what was recorded stays; ``resume=True`` continues)."""
        lock = OutputLock(self.out).acquire()
        try:
            return self._run()
        finally:
            lock.release()

    def _sink_call(self, method: Any, *args: Any, **kwargs: Any) -> Any:
        """Call a sink method; a failure of the output itself becomes an OutputWriteError."""
        try:
            return method(*args, **kwargs)
        except OutputExistsError:
            raise
        except OUTPUT_ERRORS as exc:
            self._output_failed = True
            raise output_error(exc, self.out) from exc

    def _run(self) -> Summary:
        s = self.settings
        started = time.monotonic()
        selection = Selection(include=tuple(s.include), exclude=tuple(s.exclude))
        items = discover(self.inputs, exclude=[*self.sink.owned_paths(), lock_path(self.out)], nested_zips=s.nested_zips, selection=selection)
        done = self._sink_call(self.sink.open, resume=s.resume, overwrite=s.overwrite)
        summary = self.summary
        summary.inputs = len(items)
        for item in items:
            if item.key in done:
                summary.add(done[item.key], resumed=True)
        seen = {o.sha256: o.key for o in done.values() if o.status != DUPLICATE and o.sha256}
        todo = [it for it in items if it.key not in done]
        progress = Progress(len(items), mode=s.progress, interval=s.log_interval, initial=len(items) - len(todo))
        old_handlers = self._install_signals()
        engine: Engine | None = None
        buffer: dict[int, Outcome] = {}
        hashes: dict[int, str] = {}
        next_write = 0
        fed = 0
        complete = False
        try:
            engine = self.make_engine() if todo else None
            while next_write < len(todo) and not self._stop:
                while fed < len(todo) and fed - next_write < s.window and not self._stop:
                    item = todo[fed]
                    early, data, sha = self._prepare(item, seen)
                    if early is not None:
                        buffer[fed] = early
                    else:
                        assert engine is not None and sha is not None
                        hashes[fed] = sha
                        engine.submit(fed, item, data if s.engine != "local" else None)
                    fed += 1
                next_write = self._flush(todo, buffer, hashes, next_write, progress)
                if next_write >= len(todo) or self._stop:
                    break
                if engine is not None and engine.in_flight:
                    for pos, outcome in engine.poll(0.2):
                        buffer[pos] = outcome
            complete = next_write >= len(todo) and not self._stop
        finally:
            try:
                if engine is not None:
                    summary.workers_replaced = engine.replaced
                    if complete:
                        engine.close()
                    else:
                        engine.kill()
                if not self._output_failed:
                    next_write = self._flush(todo, buffer, hashes, next_write, progress)
            finally:
                if self._output_failed:
                    try:
                        self.sink.close(complete=False)
                    except OUTPUT_ERRORS:
                        pass  # already failing: the first error is the one reported
                else:
                    self._sink_call(self.sink.close, complete=complete)
                progress.close()
                for sig, handler in old_handlers.items():
                    signal.signal(sig, handler)
                summary.seconds = time.monotonic() - started
                summary.interrupted = not complete
        return summary

    def _prepare(self, item: Item, seen: dict[str, str]) -> tuple[Outcome | None, bytes | None, str | None]:
        """Read and hash an input in the parent: a duplicate, unreadable or skipped input is settled here."""
        if item.skip:
            return Outcome(key=item.key, status=NOT_A_REPLY, size=item.size, rel=item.rel, error_code="not_a_document", error=item.skip), None, None
        try:
            data = read_item(item, max_bytes=self._max_bytes)
        except GovdocError as exc:
            return Outcome(key=item.key, status=FAILED, size=item.size, rel=item.rel, error_code=exc.code, error=exc.args[0]), None, None
        sha = hashlib.sha256(data).hexdigest()
        first = seen.get(sha)
        if first is not None:
            return Outcome(key=item.key, status=DUPLICATE, sha256=sha, size=len(data), duplicate_of=first, rel=item.rel), None, None
        seen[sha] = item.key
        return None, data, sha

    def _flush(self, todo: list[Item], buffer: dict[int, Outcome], hashes: dict[int, str], next_write: int, progress: Progress) -> int:
        """Write the outcomes that are next in input order."""
        batch: list[Outcome] = []
        while next_write in buffer:
            outcome = buffer.pop(next_write)
            if outcome.sha256 is None:
                outcome.sha256 = hashes.get(next_write)
            hashes.pop(next_write, None)
            batch.append(outcome)
            next_write += 1
        if batch:
            self._sink_call(self.sink.write, batch)
            failed = 0
            for outcome in batch:
                self.summary.add(outcome)
                failed += outcome.status == FAILED
            progress.update(len(batch), failed)
        return next_write


def parse_size(text: str | int | None) -> int | None:
    """'2G', '512M', '1.5GB', plain bytes → bytes; None/'0'/'none' → None."""
    if text is None or isinstance(text, int):
        return text or None
    value = text.strip().upper().removesuffix("B").removesuffix("I")
    if value in ("", "0", "NONE", "OFF"):
        return None
    scale = {"K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}.get(value[-1], 1)
    number = value[:-1] if value[-1] in "KMGT" else value
    return int(float(number) * scale)
