"""What every extractor reads and writes: the segmented document and the Reply being filled."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from govdoc_nlp.clean import CleanDocument
from govdoc_nlp.load.base import LoadedDocument
from govdoc_nlp.model import Reply, RunInItem, Span
from govdoc_nlp.segment.blocks import Para, Segments


@dataclass
class Context:
    """The loaded, cleaned and segmented document, and the reply under construction."""

    loaded: LoadedDocument
    cleaned: CleanDocument
    seg: Segments
    reply: Reply
    items: dict[int, list[RunInItem]] = field(default_factory=dict)
    """Run-in enumeration items by paragraph index."""
    title_para: Para | None = None
    """The title lines joined into one paragraph (values read from the title point into it)."""
    _starts: list[int] | None = field(default=None, repr=False)
    form: dict | None = field(default=None, repr=False)
    """A handling form's fields above the letter, read once (extract/form.py)."""

    @property
    def metadata(self) -> dict:
        """Page metadata: what the loader read (HTML, front matter) over what the page's chrome
        lines say in crawled text."""
        return {**self.cleaned.page_metadata, **self.loaded.metadata}

    def span(self, para: Para, start: int = 0, end: int | None = None) -> Span:
        """A Span for ``para.text[start:end]`` in source offsets, with page and box when known."""
        end = len(para.text) if end is None else end
        s, e = para.mapped.source_span(start, end)
        pages, bbox = self._layout(s, e)
        return Span(start=s, end=e, page=pages[0] if pages else None, pages=pages if len(pages) > 1 else None, bbox=bbox)

    def record(self, field: str, para: Para | None, start: int = 0, end: int | None = None) -> None:
        """Remember where a field's value came from (a value read from the joined title lines
        points at the title)."""
        if para is None:
            title = self.reply.provenance.get("title")
            if title is not None:
                self.reply.provenance[field] = title
            return
        self.reply.provenance[field] = self.span(para, start, end)

    def _layout(self, start: int, end: int) -> tuple[list[int], tuple[float, float, float, float] | None]:
        pages: list[int] = []
        box: list[float] | None = None
        first_page = None
        lines = self.loaded.lines
        if self._starts is None:
            self._starts = [ln.start for ln in lines]
        k = max(0, bisect_right(self._starts, start) - 1)
        for idx in range(k, len(lines)):
            line = lines[idx]
            if line.start > end:
                break
            if line.end < start:
                continue
            if line.page is not None and line.page not in pages:
                pages.append(line.page)
            if line.bbox is None:
                continue
            if first_page is None:
                first_page = line.page
            if line.page != first_page:
                continue
            if box is None:
                box = list(line.bbox)
            else:
                box = [min(box[0], line.bbox[0]), min(box[1], line.bbox[1]), max(box[2], line.bbox[2]), max(box[3], line.bbox[3])]
        if len(self.loaded.pages) <= 1 and box is None:
            pages = pages if self.loaded.format in ("pdf", "image", "ofd") else []
        return pages, (tuple(box) if box else None)  # type: ignore[return-value]
