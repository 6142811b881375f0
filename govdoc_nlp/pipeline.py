"""The core pipeline: loaded lines → clean → segment → extract → Reply."""

from __future__ import annotations

from govdoc_nlp.load.base import LoadedDocument
from govdoc_nlp.model import Reply, Source


def parse_loaded(loaded: LoadedDocument) -> Reply:
    """Run clean, segment and extract over a loaded document."""
    reply = Reply(text=loaded.text)
    reply.source = Source(format=loaded.format, encoding=loaded.encoding, pages=len(loaded.pages) or None)
    return reply
