"""Parse a document and keep what the viewer needs besides the Reply: the loaded lines' pages and
boxes (so every span can be drawn on the page images) and the source bytes (to render them)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field

from govdoc_nlp.load import LoadOptions, load, read_source, sniff
from govdoc_nlp.model import Reply
from govdoc_nlp.pipeline import parse_loaded

PAGED_FORMATS = ("pdf", "image")
"""Formats whose pages the viewer can draw (OFD boxes are in mm without a renderer: text only)."""


@dataclass(frozen=True)
class LineBox:
    """One loaded line: character offsets into ``Reply.text``, its page (1-based) and box
    (x0, top, x1, bottom) in the page's own units (PDF points, or pixels for images)."""

    start: int
    end: int
    page: int
    bbox: tuple[float, float, float, float]


@dataclass
class Analysis:
    """A parsed reply plus the layout the viewer draws from."""

    reply: Reply
    lines: list[LineBox] = field(default_factory=list)
    data: bytes | None = None
    """The source bytes when page images can be rendered from them (PDF, image)."""

    @property
    def format(self) -> str | None:
        return self.reply.source.format


def analyse_bytes(data: bytes, *, path: str | None = None, options: LoadOptions | None = None) -> Analysis:
    """Parse ``data`` like :func:`govdoc_nlp.api.parse` does, keeping the line boxes.
    Raises the ``GovdocError`` family on unreadable input."""
    opts = options or LoadOptions()
    loaded = load(data, options=opts, format=sniff(data))
    reply = parse_loaded(loaded)
    reply.source.path = path
    reply.source.sha256 = hashlib.sha256(data).hexdigest()
    reply.source.size = len(data)
    lines = [
        LineBox(ln.start, ln.end, int(ln.page), tuple(float(v) for v in ln.bbox))  # type: ignore[arg-type]
        for ln in loaded.lines
        if ln.page is not None and ln.bbox is not None and ln.end > ln.start
    ]
    paged = loaded.format in PAGED_FORMATS
    return Analysis(reply, lines if paged else [], data if paged else None)


def analyse_file(path: str | os.PathLike[str], *, options: LoadOptions | None = None) -> Analysis:
    """Parse the file at ``path`` (see :func:`analyse_bytes`)."""
    opts = options or LoadOptions()
    data, p = read_source(path, options=opts)
    try:
        return analyse_bytes(data, path=p, options=opts)
    except Exception as exc:
        if getattr(exc, "path", "") is None:
            exc.path = p  # type: ignore[attr-defined]
        raise
