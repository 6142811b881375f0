"""Plain-text loader: any common Chinese encoding, any line ending."""

from __future__ import annotations

import re

from govdoc_nlp.load.base import Line, LoadedDocument, PageInfo
from govdoc_nlp.load.encoding import decode_text


def load_text(data: bytes, *, path: str | None = None) -> LoadedDocument:
    """Decode text bytes and split them into lines (\\r\\n, \\r, \\n, form feed = page break)."""
    text, encoding = decode_text(data)
    return text_document(text, encoding=encoding)


_BREAK = re.compile(r"\r\n|[\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029]")


def text_document(text: str, *, encoding: str | None = None, format: str = "txt") -> LoadedDocument:
    """A LoadedDocument over an already-decoded string; offsets index ``text`` itself.
    A form feed starts a new page."""
    lines: list[Line] = []
    page = 1
    pos = 0
    for m in _BREAK.finditer(text):
        lines.append(Line(start=pos, end=m.start(), page=page))
        if m.group() == "\f":
            page += 1
        pos = m.end()
    lines.append(Line(start=pos, end=len(text), page=page))
    pages = [PageInfo(number=i, method="text") for i in range(1, page + 1)]
    return LoadedDocument(text=text, lines=lines, format=format, encoding=encoding, pages=pages)
