"""The public entry points: parse a file, bytes or a string into a Reply."""

from __future__ import annotations

import hashlib
import os

from govdoc_nlp.load import LoadOptions, load, read_source, sniff
from govdoc_nlp.load.base import LoadedDocument
from govdoc_nlp.load.text import text_document
from govdoc_nlp.model import Reply
from govdoc_nlp.pipeline import parse_loaded


def parse(source: str | os.PathLike[str] | bytes, *, options: LoadOptions | None = None, format: str | None = None) -> Reply:
    """Parse a reply from a path or bytes of any supported format (TXT in any common Chinese
    encoding, HTML, PDF, scanned PDF/image via OCR, DOCX, OFD). The format is detected from the
    content. Raises :class:`govdoc_nlp.GovdocError` (a subclass) when the input cannot be read."""
    opts = options or LoadOptions()
    data, path = read_source(source, options=opts)
    fmt = format or sniff(data)
    loaded = load(data, options=opts, format=fmt) if path is None else _load_with_path(data, path, opts, fmt)
    reply = parse_loaded(loaded)
    reply.source.path = path
    reply.source.sha256 = hashlib.sha256(data).hexdigest()
    reply.source.size = len(data)
    return reply


def _load_with_path(data: bytes, path: str, opts: LoadOptions, fmt: str) -> LoadedDocument:
    from govdoc_nlp.errors import GovdocError

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
