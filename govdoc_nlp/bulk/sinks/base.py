"""What every output kind shares: a manifest journal next to the output that records, for each
finished input, its outcome and how far the data files had been written. Resuming truncates the
data files back to the last journaled state, so nothing is ever written twice."""

from __future__ import annotations

import json
import os
from typing import Any

from govdoc_nlp.bulk.items import FAILED, Outcome


class OutputExistsError(FileExistsError):
    """The output already exists and neither resume nor overwrite was asked for."""


class Sink:
    """An output kind. Outcomes arrive in input order through :meth:`write`."""

    kind = "sink"

    def __init__(self, out: str) -> None:
        self.out = out

    def owned_paths(self) -> list[str]:
        """Paths this sink writes (never picked up as inputs)."""
        return [self.out]

    def open(self, *, resume: bool = False, overwrite: bool = False) -> dict[str, Outcome]:
        """Prepare the output; return the outcomes already recorded (when resuming)."""
        raise NotImplementedError

    def write(self, outcomes: list[Outcome]) -> None:
        """Record outcomes (in input order), durably enough that a kill loses none recorded."""
        raise NotImplementedError

    def close(self, *, complete: bool = True) -> None:
        """Finish the output. ``complete=False`` (interrupted) leaves it valid and resumable."""
        raise NotImplementedError

    @property
    def errors_location(self) -> str:
        """Where failures are recorded (for messages)."""
        return self.out + ".errors.jsonl"


def _dumps(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


class JournaledSink(Sink):
    """Base of the file outputs: data files appended with one write per batch, then the manifest.

    Subclasses list their appendable data files in ``self.files`` (name → path) and turn outcomes
    into bytes per file in :meth:`encode` (and may write side files there)."""

    def __init__(self, out: str) -> None:
        super().__init__(out)
        self.manifest_path = out.rstrip("/\\") + ".manifest.jsonl"
        self.errors_path = out.rstrip("/\\") + ".errors.jsonl"
        self.files: dict[str, str] = {"errors": self.errors_path}
        self._fds: dict[str, int] = {}
        self._offsets: dict[str, int] = {}
        self._journal_fd: int | None = None
        self.previous_finalized = False

    @property
    def errors_location(self) -> str:
        return self.errors_path

    def owned_paths(self) -> list[str]:
        return [self.out, self.manifest_path, *self.files.values()]

    def _exists(self) -> bool:
        return any(os.path.exists(p) for p in self.owned_paths())

    def open(self, *, resume: bool = False, overwrite: bool = False) -> dict[str, Outcome]:
        done: dict[str, Outcome] = {}
        offsets = {name: 0 for name in self.files}
        if resume and os.path.exists(self.manifest_path):
            done, offsets = self._read_manifest()
        elif self._exists() and not overwrite and not resume:
            raise OutputExistsError(f"{self.out} (or its manifest) exists: pass --resume to continue it or --force to replace it")
        else:
            self._discard()
        self._prepare(resume=resume)
        for name, path in self.files.items():
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            size = os.fstat(fd).st_size
            keep = min(offsets.get(name, 0), size)
            os.ftruncate(fd, keep)
            os.lseek(fd, keep, os.SEEK_SET)
            self._fds[name] = fd
            self._offsets[name] = keep
        self._journal_fd = os.open(self.manifest_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        return done

    def _read_manifest(self) -> tuple[dict[str, Outcome], dict[str, int]]:
        done: dict[str, Outcome] = {}
        offsets = {name: 0 for name in self.files}
        with open(self.manifest_path, "rb") as fh:
            raw = fh.read()
        complete = raw[: raw.rfind(b"\n") + 1]
        if len(complete) != len(raw):  # a torn last line: drop it
            with open(self.manifest_path, "r+b") as fh:
                fh.truncate(len(complete))
        for line in complete.splitlines():
            if not line.strip():
                continue
            data = json.loads(line)
            if data.get("_event") == "finalized":
                self.previous_finalized = True
                for name in self.reset_on_finalize():
                    offsets[name] = 0
                continue
            outcome = Outcome.from_manifest(data)
            done[outcome.key] = outcome
            offsets.update(data.get("_offsets") or {})
        return done, offsets

    def reset_on_finalize(self) -> tuple[str, ...]:
        """Data files that start over after the output is finalised (e.g. a staging file)."""
        return ()

    def _discard(self) -> None:
        for path in (self.manifest_path, *self.files.values()):
            if os.path.isfile(path):
                os.remove(path)

    def _prepare(self, *, resume: bool) -> None:
        """Hook: create folders, etc."""

    def encode(self, outcome: Outcome) -> dict[str, bytes]:
        """Bytes to append per data file for one outcome."""
        return {"errors": _dumps(outcome.error_record())} if outcome.status == FAILED else {}

    def write(self, outcomes: list[Outcome]) -> None:
        if not outcomes:
            return
        chunks: dict[str, list[bytes]] = {name: [] for name in self.files}
        journal: list[bytes] = []
        offsets = dict(self._offsets)
        for outcome in outcomes:
            for name, blob in self.encode(outcome).items():
                chunks[name].append(blob)
                offsets[name] += len(blob)
            line = outcome.manifest()
            line["_offsets"] = dict(offsets)
            journal.append(_dumps(line))
        for name, parts in chunks.items():
            if parts:
                _write_all(self._fds[name], b"".join(parts))
        self._offsets = offsets
        assert self._journal_fd is not None
        _write_all(self._journal_fd, b"".join(journal))

    def _mark_finalized(self) -> None:
        if self._journal_fd is not None:
            _write_all(self._journal_fd, _dumps({"_event": "finalized"}))

    def close(self, *, complete: bool = True) -> None:
        for fd in self._fds.values():
            os.fsync(fd)
            os.close(fd)
        self._fds.clear()
        if self._journal_fd is not None:
            os.fsync(self._journal_fd)
            os.close(self._journal_fd)
            self._journal_fd = None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]
