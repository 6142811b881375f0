"""Plain-text loader: any common Chinese encoding, any line ending."""

from __future__ import annotations

from govdoc_nlp.load.base import LoadedDocument
from govdoc_nlp.load.encoding import decode_text


def load_text(data: bytes, *, path: str | None = None) -> LoadedDocument:
    """Decode text bytes and split them into lines (\\r\\n, \\r, \\n, form feed = page break)."""
    text, encoding = decode_text(data)
    return text_document(text, encoding=encoding)


def text_document(text: str, *, encoding: str | None = None, format: str = "txt") -> LoadedDocument:
    """A LoadedDocument over an already-decoded string; offsets index ``text`` itself."""
    from govdoc_nlp.load.base import Line, PageInfo

    lines: list[Line] = []
    page = 1
    pos = 0
    n = len(text)
    while pos <= n:
        end = pos
        while end < n and text[end] not in "\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029":
            end += 1
        lines.append(Line(start=pos, end=end, page=page))
        if end >= n:
            break
        if text[end] == "\f":
            page += 1
        if text[end] == "\r" and end + 1 < n and text[end + 1] == "\n":
            end += 1
        pos = end + 1
    pages = [PageInfo(number=i, method="text") for i in range(1, page + 1)]
    return LoadedDocument(text=text, lines=lines, format=format, encoding=encoding, pages=pages)
