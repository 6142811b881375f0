"""Load: bytes of any supported format → lines of positioned text (:class:`LoadedDocument`)."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable

from govdoc_nlp.errors import (
    InputTooLargeError,
    UnreadableInputError,
    UnsupportedFormatError,
)
from govdoc_nlp.load.base import BBox, Line, LoadedDocument, PageInfo
from govdoc_nlp.load.detect import sniff, zip_readable
from govdoc_nlp.load.options import LoadOptions
from govdoc_nlp.load.reader import read_file

Loader = Callable[..., LoadedDocument]

# format → "module:function"; modules are imported on first use so that reading a .txt file
# never pays for PDF or OCR imports.
LOADERS: dict[str, str] = {
    "txt": "govdoc_nlp.load.text:load_text",
    "markdown": "govdoc_nlp.load.markdown:load_markdown",
    "html": "govdoc_nlp.load.html:load_html",
    "pdf": "govdoc_nlp.load.pdf:load_pdf",
    "docx": "govdoc_nlp.load.docx:load_docx",
    "doc": "govdoc_nlp.load.docx:load_doc",
    "ofd": "govdoc_nlp.load.ofd:load_ofd",
    "image": "govdoc_nlp.load.image:load_image",
}


def get_loader(fmt: str) -> Loader:
    """The loader function for a format name."""
    target = LOADERS.get(fmt)
    if target is None:
        raise UnsupportedFormatError(f"no loader for format {fmt!r}")
    module_name, func = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise UnsupportedFormatError(f"reading {fmt} needs a module that is not available: {exc.name}") from exc
    return getattr(module, func)


def read_source(source: str | os.PathLike[str] | bytes, *, options: LoadOptions | None = None) -> tuple[bytes, str | None]:
    """Bytes and path of a source given as a path or bytes, with the size limit applied."""
    opts = options or LoadOptions()
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        path = None
    else:
        path = os.fspath(source)
        data = read_file(path, opts.max_bytes)
    if len(data) > opts.max_bytes:
        raise InputTooLargeError(f"input is {len(data) / 1e6:.0f} MB, over the limit", path=path)
    return data, path


def load(source: str | os.PathLike[str] | bytes, *, options: LoadOptions | None = None, format: str | None = None) -> LoadedDocument:
    """Read a file (path or bytes) of any supported format into a LoadedDocument."""
    opts = options or LoadOptions()
    data, path = read_source(source, options=opts)
    fmt = format or sniff(data)
    if fmt == "empty":
        raise UnreadableInputError("file is empty (0 bytes)", path=path)
    if fmt == "zip":
        if not zip_readable(data):
            raise UnreadableInputError("a damaged ZIP archive (truncated or corrupt: its directory cannot be read)", path=path)
        raise UnsupportedFormatError("a ZIP archive that is neither DOCX nor OFD (use `govdoc convert` for archives)", path=path)
    loader = get_loader(fmt)
    try:
        return loader(data, path=path, options=opts) if fmt != "txt" else loader(data, path=path)
    except (UnreadableInputError, UnsupportedFormatError, InputTooLargeError) as exc:
        if exc.path is None:
            exc.path = path
        raise


__all__ = ["BBox", "LOADERS", "LoadOptions", "LoadedDocument", "Line", "PageInfo", "get_loader", "load", "read_source", "sniff"]
