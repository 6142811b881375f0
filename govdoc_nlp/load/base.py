"""What every loader returns: the document's text as lines, with where each line came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points (or pixels for images), origin at the top-left of the page."""


@dataclass
class Line:
    """One visual or logical line of the loaded text.

    ``start``/``end`` are character offsets into :attr:`LoadedDocument.text`. Loaders that know the
    layout fill the hints; the cleaner falls back to heuristics for the ones left ``None``.
    """

    start: int
    end: int
    page: int | None = None
    bbox: BBox | None = None
    font_size: float | None = None
    paragraph_start: bool | None = None
    """True when the layout/markup says a new paragraph starts here (indent, <p>, Word paragraph)."""
    role: str | None = None
    """Layout hint: 'title', 'banner' (红头), 'header', 'footer', 'page_number', 'chrome', 'metadata',
    'colophon' (版记), 'table'."""
    centered: bool | None = None
    skip: tuple[tuple[int, int], ...] = ()
    """Source ranges inside the line that are markup, not text (Markdown's ``**``, ``#``, link
    targets): the cleaner drops them and keeps every other offset."""


@dataclass
class PageInfo:
    """One page of the source and how its text was obtained."""

    number: int
    method: str = "text"
    """'text' (text layer / markup) or 'ocr'."""
    engine: str | None = None
    width: float | None = None
    height: float | None = None
    confidence: float | None = None
    chars: int = 0
    correction: dict[str, Any] | None = None
    """How an OCR'd photo was straightened: ``{kind: 'photo', corners, angle, lighting}``."""
    seals: list[str] = field(default_factory=list)
    """The names read around the red seals of an OCR'd page."""
    letterhead: str | None = None
    """Red text above the letterhead's red rule (发文机关标志) of an OCR'd first page."""


@dataclass
class LoadedDocument:
    """Text of a source file, line by line, with provenance and page metadata."""

    text: str
    lines: list[Line]
    format: str
    """'txt', 'html', 'pdf', 'docx', 'doc', 'ofd', 'image'."""
    encoding: str | None = None
    pages: list[PageInfo] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    """Page metadata a web page or file carries: url, published, index_no, publisher, doc_number,
    title_hint, …"""
    warnings: list[tuple[str, str]] = field(default_factory=list)
    """(code, message) pairs."""
    one_paragraph_per_line: bool | None = None
    """True when lines are already paragraphs (markup, Word); None lets the cleaner decide."""

    @classmethod
    def from_lines(
        cls,
        texts: list[str],
        *,
        format: str,
        hints: list[dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> LoadedDocument:
        """Build a document from line texts joined by newlines, with optional per-line hints."""
        parts: list[str] = []
        lines: list[Line] = []
        pos = 0
        for i, t in enumerate(texts):
            t = t.replace("\n", " ")
            extra = hints[i] if hints else {}
            lines.append(Line(start=pos, end=pos + len(t), **extra))
            parts.append(t)
            pos += len(t) + 1
        return cls(text="\n".join(parts), lines=lines, format=format, **kwargs)
