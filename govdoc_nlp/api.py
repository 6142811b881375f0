"""The public entry points: parse a file, bytes or a string into a Reply."""

from __future__ import annotations

import hashlib
import os
from typing import BinaryIO

from govdoc_nlp.errors import GovdocError, InputTooLargeError, UnsupportedFormatError
from govdoc_nlp.load import LOADERS, LoadOptions, load, read_source, sniff
from govdoc_nlp.load.base import LoadedDocument
from govdoc_nlp.load.text import text_document
from govdoc_nlp.model import Reply
from govdoc_nlp.pipeline import parse_loaded

SourceLike = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO
"""What :func:`parse` reads: a path, bytes, or a binary file object (``open(p, 'rb')``, ``io.BytesIO``)."""


def formats() -> tuple[str, ...]:
    """The values ``parse(format=...)`` accepts (``None`` detects the format from the content)."""
    return tuple(sorted(LOADERS))


def parse(source: SourceLike, *, options: LoadOptions | None = None, format: str | None = None) -> Reply:
    """Parse a reply from a path, bytes or a binary file object, in any supported format (TXT in any
    common Chinese encoding, HTML, PDF, scanned PDF/image via OCR, DOCX, OFD).

    ``format`` is detected from the content when None; to force it, one of :func:`formats`:
    'txt', 'html', 'pdf', 'docx', 'doc', 'ofd', 'image'. Raises a :class:`govdoc_nlp.GovdocError`
    subclass when the input cannot be read (also a ``ValueError``; ``FileNotFoundError`` for a
    missing file)."""
    if format is not None and format not in LOADERS:
        raise UnsupportedFormatError(f"format={format!r} is not one of {', '.join(formats())} (or None: detected from the content)")
    opts = options or LoadOptions()
    if hasattr(source, "read"):
        data, path = _read_file_object(source, opts)  # type: ignore[arg-type]
    elif isinstance(source, (str, os.PathLike, bytes, bytearray, memoryview)):
        data, path = read_source(source, options=opts)  # type: ignore[arg-type]
    else:
        raise TypeError(f"parse() takes a path, bytes or a binary file object, not {type(source).__name__}; use parse_text() for a str of text")
    fmt = format or sniff(data)
    loaded = load(data, options=opts, format=fmt) if path is None else _load_with_path(data, path, opts, fmt)
    reply = parse_loaded(loaded)
    reply.source.path = path
    reply.source.sha256 = hashlib.sha256(data).hexdigest()
    reply.source.size = len(data)
    return reply


def _read_file_object(fh: BinaryIO, opts: LoadOptions) -> tuple[bytes, str | None]:
    name = getattr(fh, "name", None)
    path = name if isinstance(name, str) else None
    data = fh.read(opts.max_bytes + 1)
    if isinstance(data, str):
        raise TypeError("parse() needs a file opened in binary mode (open(path, 'rb')); use parse_text() for text")
    if len(data) > opts.max_bytes:
        raise InputTooLargeError(f"input is over the {opts.max_bytes / 1e6:.0f} MB limit (LoadOptions.max_bytes)", path=path)
    return bytes(data), path


def _load_with_path(data: bytes, path: str, opts: LoadOptions, fmt: str) -> LoadedDocument:
    try:
        return load(data, options=opts, format=fmt)
    except GovdocError as exc:
        exc.path = exc.path or path
        raise


def parse_text(text: str) -> Reply:
    """Parse a reply from an already-decoded string (plain text, one or more lines)."""
    if not isinstance(text, str):
        raise TypeError(f"parse_text() takes a str, not {type(text).__name__}; use parse() for bytes and paths")
    reply = parse_loaded(text_document(text, encoding=None))
    return reply
