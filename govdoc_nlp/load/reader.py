"""Read input bytes without trusting sizes the file system reports: regular files only, and never
more than a limit, whatever ``st_size`` says (``/dev/zero``, a FIFO, a pipe on standard input)."""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from govdoc_nlp.errors import InputNotFoundError, InputTooLargeError, UnreadableInputError

CHUNK = 1 << 20


def file_kind(mode: int) -> str | None:
    """'FIFO', 'device', 'socket' for what is not a regular file or folder; None otherwise."""
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return None


def check_regular(path: str) -> os.stat_result:
    """The stat of ``path`` (symlinks followed); raises UnreadableInputError unless it is a regular file."""
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise InputNotFoundError("no such file", path=path) from exc
    except OSError as exc:
        raise UnreadableInputError(f"cannot read: {exc.strerror or exc}", path=path) from exc
    if stat.S_ISDIR(st.st_mode):
        raise UnreadableInputError("is a directory, not a file", path=path)
    kind = file_kind(st.st_mode)
    if kind is not None or not stat.S_ISREG(st.st_mode):
        raise UnreadableInputError(f"not a regular file but a {kind or 'special file'}: only regular files are read", path=path)
    return st


def read_bounded(stream: BinaryIO, limit: int, *, path: str | None = None) -> bytes:
    """All bytes of ``stream``, or InputTooLargeError as soon as more than ``limit`` arrive."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputTooLargeError(f"input is over the {_mb(limit)} limit (LoadOptions.max_bytes)", path=path)


def read_file(path: str, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them (InputTooLargeError past it)."""
    st = check_regular(path)
    if st.st_size > limit:
        raise InputTooLargeError(f"file is {_mb(st.st_size)}, over the {_mb(limit)} limit (LoadOptions.max_bytes)", path=path)
    try:
        with open(path, "rb") as fh:
            return read_bounded(fh, limit, path=path)
    except OSError as exc:
        raise UnreadableInputError(f"cannot read: {exc.strerror or exc}", path=path) from exc


def _mb(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1e6 else f"{n} bytes"
