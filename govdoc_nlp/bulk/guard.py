"""One run per output, and failures of the output itself (read-only folder, full disk) told
plainly: the lock that keeps a second ``convert`` off an output in use, and the error that stops a
run whose output cannot be written (what was recorded stays, ``--resume`` continues)."""

from __future__ import annotations

import errno
import os
import sqlite3

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no locking
    fcntl = None  # type: ignore[assignment]


class OutputLockedError(RuntimeError):
    """Another conversion is writing the same output."""


class OutputWriteError(RuntimeError):
    """The output cannot be written (permissions, read-only or full file system)."""


_HELD: set[int] = set()
"""Descriptors of the locks this process holds (a forked worker closes its copies)."""

_HINTS = {
    errno.ENOSPC: "free some disk space",
    errno.EDQUOT: "free some disk space (quota exceeded)",
    errno.EFBIG: "the file system refuses larger files; write elsewhere",
    errno.EROFS: "the file system is read-only; choose another -o",
    errno.EACCES: "make the folder writable or choose another -o",
    errno.EPERM: "make the folder writable or choose another -o",
    errno.ENOENT: "create the folder or choose another -o",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
}


def lock_path(out: str) -> str:
    """The lock file of an output."""
    return out.rstrip("/\\") + ".lock"


class OutputLock:
    """An exclusive, non-blocking ``flock`` on ``OUT.lock``, held for the whole run (released by
    the kernel if the process dies, so a killed run never leaves a stale lock)."""

    def __init__(self, out: str) -> None:
        self.path = lock_path(out)
        self.fd: int | None = None

    def acquire(self) -> OutputLock:
        try:
            os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)  # a missing output folder is made
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise output_error(exc, self.path) from exc
        if fcntl is None:
            return self
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.pread(self.fd, 32, 0).decode("ascii", "replace").strip()
            os.close(self.fd)
            self.fd = None
            who = f" (process {holder})" if holder else ""
            raise OutputLockedError(f"{self.path[:-5]} is being written by another govdoc convert{who}: wait for it to finish") from exc
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, str(os.getpid()).encode(), 0)
        _HELD.add(self.fd)
        return self

    def release(self) -> None:
        """Give the output up (also done by the kernel when the process dies)."""
        if self.fd is not None:
            _HELD.discard(self.fd)
            os.close(self.fd)
            self.fd = None


def close_inherited_locks() -> None:
    """In a forked worker: close the copies of the parent's lock descriptors, so that the lock
    ends with the parent (a flock lives while any process holds its descriptor)."""
    for fd in list(_HELD):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


def output_error(exc: BaseException, out: str) -> OutputWriteError:
    """A clear OutputWriteError for an OSError or SQLite error met while writing ``out``."""
    code = getattr(exc, "errno", None)
    reason = getattr(exc, "strerror", None) or str(exc)
    if isinstance(exc, sqlite3.Error) and "full" in str(exc).lower():
        code = errno.ENOSPC
    hint = _HINTS.get(code or -1, "check that the disk has space and the folder is writable")
    where = getattr(exc, "filename", None) or out
    return OutputWriteError(f"cannot write {where}: {reason}. What was recorded is kept: {hint}, then run the same command with --resume")


OUTPUT_ERRORS = (OSError, sqlite3.Error)
"""What a sink raises when its output cannot be written."""
