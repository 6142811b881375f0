"""Page images of PDFs and scans as data: URIs, and the boxes of highlighted spans on them."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

from govdoc_nlp.view.analyse import LineBox
from govdoc_nlp.view.fields import Mark

MAX_PAGES = 40
IMAGE_WIDTH = 1000
"""Pixel width the page images are rendered at (enough to read 16 pt body text)."""


@dataclass
class PageImage:
    """One page: its number (1-based), size in the units of the line boxes, and a JPEG data URI."""

    number: int
    width: float
    height: float
    uri: str


def _jpeg_uri(img) -> str:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="JPEG", quality=72, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def page_images(data: bytes, fmt: str | None, *, max_pages: int = MAX_PAGES, width: int = IMAGE_WIDTH) -> list[PageImage]:
    """Rendered pages of a PDF (sizes in points) or an image file (sizes in pixels); [] for other
    formats or when rendering fails (the view then shows the text only)."""
    try:
        if fmt == "pdf":
            return _pdf_pages(data, max_pages, width)
        if fmt == "image":
            return _image_pages(data, max_pages, width)
    except Exception:  # noqa: BLE001 - a page we cannot draw must not cost the review of the text
        return []
    return []


def _pdf_pages(data: bytes, max_pages: int, width: int) -> list[PageImage]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    out = []
    try:
        for i in range(min(len(pdf), max_pages)):
            page = pdf[i]
            w, h = page.get_size()
            img = page.render(scale=min(width / max(w, 1.0), 4 * width / max(h, 1.0))).to_pil()  # a sliver page stays small
            out.append(PageImage(i + 1, float(w), float(h), _jpeg_uri(img)))
            page.close()
    finally:
        pdf.close()
    return out


def _image_pages(data: bytes, max_pages: int, width: int) -> list[PageImage]:
    from PIL import Image, ImageSequence

    out = []
    with Image.open(io.BytesIO(data)) as im:
        for i, frame in enumerate(ImageSequence.Iterator(im)):
            if i >= max_pages:
                break
            w, h = frame.size
            small = frame.convert("RGB")
            small.thumbnail((width, int(width * h / w) + 1))
            out.append(PageImage(i + 1, float(w), float(h), _jpeg_uri(small)))
    return out


Box = tuple[int, float, float, float, float]
"""page, x0, top, x1, bottom."""


def mark_boxes(mark: Mark, lines: list[LineBox]) -> list[Box]:
    """Boxes of a mark's span: the part of every loaded line it covers (cut in proportion to the
    characters, exact enough for CJK text); the span's own page/bbox when no lines are known."""
    if not mark.has_span:
        return []
    s, e = mark.start, mark.end
    boxes: list[Box] = []
    for ln in lines:
        if ln.end <= s or ln.start >= e:
            continue
        a, b = max(s, ln.start), min(e, ln.end)
        x0, top, x1, bottom = ln.bbox
        n = ln.end - ln.start
        boxes.append((ln.page, x0 + (x1 - x0) * (a - ln.start) / n, top, x0 + (x1 - x0) * (b - ln.start) / n, bottom))
    if not boxes and mark.page is not None and mark.bbox is not None:
        boxes.append((mark.page, *mark.bbox))
    return boxes
