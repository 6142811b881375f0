"""PDF loader: PDFium's text layer page by page, OCR for pages without a usable one.

PDFium (pypdfium2) reads characters with boxes at hundreds of pages per second and, unlike
pdfminer.six, also reads CJK text set in OpenType/CFF fonts. Lines are rebuilt from the
character boxes and annotated (paragraph starts, page numbers, headers, title, banner, colophon)
by :mod:`govdoc_nlp.load.layout_lines`; bboxes are PDF points with a top-left origin.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from govdoc_nlp.errors import InputTooLargeError, MissingDependencyError, UnreadableInputError
from govdoc_nlp.load.base import LoadedDocument, PageInfo
from govdoc_nlp.load.layout_lines import TextLine, annotate, group_lines, to_document
from govdoc_nlp.load.options import LoadOptions
from govdoc_nlp.load.pdf_text import read_page_text, render_page, render_scale
from govdoc_nlp.load.red_ink import red_ink_metadata

_PASSWORD_ERROR = getattr(pdfium.raw, "FPDF_ERR_PASSWORD", 4)
_BLANK_CONTRAST = 24
"""A rendered page whose darkest and lightest pixels differ by less than this holds no text."""
_ZERO_PAGES = re.compile(rb"/Count\s*0\s*/Kids\s*\[\s*\]|/Kids\s*\[\s*\]\s*/Count\s*0\b")


def open_pdf(data: bytes, *, path: str | None = None) -> pdfium.PdfDocument:
    """Open PDF bytes with PDFium; encrypted, corrupt or empty files raise UnreadableInputError."""
    if b"%%EOF" not in data[-4096:] and b"startxref" not in data[-4096:]:
        # PDFium would rebuild a truncated file from whatever objects survive, silently losing
        # pages; a file without its trailer is reported as unreadable instead.
        raise UnreadableInputError("PDF is truncated (no trailer / %%EOF at the end of the file)", path=path)
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == _PASSWORD_ERROR or "password" in str(exc).lower():
            raise UnreadableInputError("PDF is encrypted (a password is needed to open it)", path=path) from exc
        if _ZERO_PAGES.search(data[:65536]) or _ZERO_PAGES.search(data[-65536:]):
            raise UnreadableInputError("PDF has no pages", path=path) from exc
        raise UnreadableInputError(f"PDF is corrupt or truncated: {exc}", path=path) from exc
    return doc


def load_pdf(data: bytes, *, path: str | None = None, options: LoadOptions | None = None) -> LoadedDocument:
    """Read a PDF into positioned lines: text layer where usable, OCR elsewhere (options.ocr)."""
    opts = options or LoadOptions()
    doc = open_pdf(data, path=path)
    try:
        n = len(doc)
        if n == 0:
            raise UnreadableInputError("PDF has no pages", path=path)
        if n > opts.max_pages:
            raise InputTooLargeError(f"PDF has {n} pages, over the {opts.max_pages}-page limit (LoadOptions.max_pages)", path=path)
        pages: list[list[TextLine]] = []
        infos: list[PageInfo] = []
        widths: list[float] = []
        heights: list[float] = []
        warnings: list[tuple[str, str]] = []
        for i in range(n):
            try:
                page = doc[i]
            except pdfium.PdfiumError as exc:
                raise UnreadableInputError(f"page {i + 1} cannot be read: {exc}", path=path) from exc
            try:
                w, h = page.get_size()
                lines, info = _read_page(page, i + 1, opts, warnings)
            finally:
                page.close()
            info.width, info.height = round(w, 2), round(h, 2)
            pages.append(lines)
            infos.append(info)
            widths.append(w)
            heights.append(h)
    finally:
        doc.close()
    annotate(pages, widths, heights)
    unavailable = [m for code, m in warnings if code == "ocr_unavailable"]
    if unavailable and not any(pages):
        raise MissingDependencyError(unavailable[0].split(": ", 1)[1], path=path, extra="ocr")
    if not any(pages):
        warnings.append(("no_text", "no page has readable text" + ("" if opts.ocr != "off" else " (OCR is off)")))
    return to_document(pages, format="pdf", pages=infos, warnings=warnings, metadata=red_ink_metadata(infos))


def _read_page(page: pdfium.PdfPage, number: int, opts: LoadOptions, warnings: list[tuple[str, str]]) -> tuple[list[TextLine], PageInfo]:
    layer = None if opts.ocr == "force" else read_page_text(page, with_color=number == 1)
    if layer is not None and (layer.usable or opts.ocr == "off" or (layer.reason == "no_text" and not layer.has_image)):
        if not layer.usable and layer.chars:
            warnings.append(("poor_text_layer", f"page {number}: text layer looks {layer.reason}, OCR is off"))
        return group_lines(layer.pieces, number), PageInfo(number=number, method="text", chars=layer.chars)
    try:
        return _ocr_page(page, number, opts, warnings)
    except MissingDependencyError as exc:
        if opts.ocr != "auto" or layer is None:
            raise
        warnings.append(("ocr_unavailable", f"page {number} needs OCR: {exc}"))
        return group_lines(layer.pieces, number), PageInfo(number=number, method="text", chars=layer.chars)


def _ocr_page(page: pdfium.PdfPage, number: int, opts: LoadOptions, warnings: list[tuple[str, str]]) -> tuple[list[TextLine], PageInfo]:
    from govdoc_nlp.load.ocr import get_engine
    from govdoc_nlp.load.ocr_page import ocr_image

    w, h = page.get_size()
    scale = render_scale(w, h, opts.ocr_dpi, opts.max_pixels)
    if scale < opts.ocr_dpi / 72 * 0.99:
        warnings.append(("page_scaled", f"page {number} is {w / 72:.0f}×{h / 72:.0f} inches: rendered for OCR at {scale * 72:.0f} dpi"))
    image = render_page(page, scale)
    lo, hi = image.convert("L").getextrema()
    if hi - lo < _BLANK_CONTRAST:
        return [], PageInfo(number=number, method="ocr", chars=0)  # a blank page: nothing to read
    engine = get_engine(opts.ocr_engine)
    result = ocr_image(image, engine, page=number, scale=scale, first_page=number == 1)
    conf = round(result.confidence, 4) if result.confidence is not None else None
    if conf is not None and conf < opts.ocr_min_confidence:
        warnings.append(("low_ocr_confidence", f"page {number}: mean OCR confidence {conf:.2f} < {opts.ocr_min_confidence:.2f}"))
    info = PageInfo(
        number=number, method="ocr", engine=engine.name, confidence=conf, chars=result.chars,
        correction=result.correction, seals=result.seals, letterhead=result.letterhead,
    )
    return result.lines, info
