"""Plain-text loader: any common Chinese encoding, any line ending."""

from __future__ import annotations

import re

from govdoc_nlp.load.base import Line, LoadedDocument, PageInfo
from govdoc_nlp.load.encoding import decode_text
from govdoc_nlp.load.table_rows import TABLE_ROW, TABLE_SEPARATOR, form_fields, table_row_lines


def load_text(data: bytes, *, path: str | None = None) -> LoadedDocument:
    """Decode text bytes and split them into lines (\\r\\n, \\r, \\n, form feed = page break)."""
    text, encoding = decode_text(data)
    return text_document(text, encoding=encoding)


LINE_BREAK = re.compile(r"\r\n|[\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029]")
"""Every line ending a text may use (a form feed also starts a page)."""


def text_document(text: str, *, encoding: str | None = None, format: str = "txt") -> LoadedDocument:
    """A LoadedDocument over an already-decoded string; offsets index ``text`` itself.
    A form feed starts a new page."""
    lines: list[Line] = []
    page = 1
    pos = 0
    for m in LINE_BREAK.finditer(text):
        lines.extend(_line(text, pos, m.start(), page))
        if m.group() == "\f":
            page += 1
        pos = m.end()
    lines.extend(_line(text, pos, len(text), page))
    pages = [PageInfo(number=i, method="text") for i in range(1, page + 1)]
    metadata: dict[str, str] = {}
    if "|" in text:
        for raw in text.splitlines():
            if TABLE_ROW.match(raw):
                for key, value in form_fields(raw).items():
                    metadata.setdefault(key, value)
    return LoadedDocument(text=text, lines=lines, format=format, encoding=encoding, pages=pages, metadata=metadata)


def _line(text: str, start: int, end: int, page: int) -> list[Line]:
    """One line, or the cells of a table row, or nothing for a table's separator row."""
    raw = text[start:end]
    if "|" in raw and TABLE_ROW.match(raw):
        if TABLE_SEPARATOR.match(raw):
            return [Line(start=start, end=start, page=page)]
        rows = table_row_lines(raw, start)
        for ln in rows:
            ln.page = page
        return rows
    return [Line(start=start, end=end, page=page)]
