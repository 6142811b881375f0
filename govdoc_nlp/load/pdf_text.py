"""The text layer of one PDF page through PDFium: characters with boxes, size and colour, and a
verdict on whether that layer is worth reading (or the page needs OCR)."""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from govdoc_nlp.load.layout_lines import Piece

MIN_CHARS = 20  # fewer non-space characters than this on a page with an image: treat as scanned
MAX_BAD_SHARE = 0.3  # more unreadable characters than this share: the text layer is garbage
_CID = re.compile(r"\(cid:\d+\)")


@dataclass
class PageText:
    """Characters of a page (as pieces, top-left origin, PDF points) and the layer's verdict."""

    pieces: list[Piece]
    chars: int
    usable: bool
    reason: str | None
    has_image: bool


def read_page_text(page: pdfium.PdfPage, *, with_color: bool = False) -> PageText:
    """Characters of a page's text layer with loose boxes and font sizes (colour when asked)."""
    left, bottom, right, top = page.get_bbox()  # effective crop box (inherited boxes included)
    tp = page.get_textpage()
    try:
        n = tp.count_chars()
        raw = tp.raw
        text = tp.get_text_range(0, n) if n else ""
        per_char = len(text) != n
        rect = pdfium_c.FS_RECTF()
        r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
        pieces: list[Piece] = []
        for i in range(n):
            ch = chr(pdfium_c.FPDFText_GetUnicode(raw, i)) if per_char else text[i]
            if ch in "\r\n\x02\ufffe":
                continue
            if ch == " " and pdfium_c.FPDFText_IsGenerated(raw, i):
                continue
            if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):
                continue
            x0, x1 = rect.left - left, rect.right - left
            t, btm = top - rect.top, top - rect.bottom
            if ch == " ":
                pieces.append(Piece(text=" ", x0=x0, top=t, x1=x1, bottom=btm))
                continue
            size = pdfium_c.FPDFText_GetFontSize(raw, i)
            color = None
            if with_color and pdfium_c.FPDFText_GetFillColor(raw, i, r, g, b, a):
                color = (r.value, g.value, b.value)
            pieces.append(Piece(text=ch, x0=x0, top=t, x1=x1, bottom=btm, size=size or None, color=color))
    finally:
        tp.close()
    has_image = _has_image(page)
    usable, reason = judge_text(pieces, has_image=has_image, raw_text=text if not per_char else None)
    return PageText(pieces=pieces, chars=sum(1 for p in pieces if p.text.strip()), usable=usable, reason=reason, has_image=has_image)


def _has_image(page: pdfium.PdfPage) -> bool:
    raw = page.raw
    for i in range(pdfium_c.FPDFPage_CountObjects(raw)):
        if pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, i)) == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            return True
    return False


def bad_char(ch: str) -> bool:
    """Characters a readable text layer does not produce: replacement, private use, controls."""
    o = ord(ch)
    return ch == "\ufffd" or 0xE000 <= o <= 0xF8FF or o >= 0xF0000 or (o < 0x20 and ch not in "\t\r\n")


def judge_text(pieces: list[Piece], *, has_image: bool, raw_text: str | None = None) -> tuple[bool, str | None]:
    """Whether a text layer is usable; if not, why ('no_text', 'tiny_text', 'garbage', 'mojibake')."""
    chars = [p.text for p in pieces if p.text.strip()]
    if not chars:
        return False, "no_text"
    if len(chars) < MIN_CHARS and has_image:
        return False, "tiny_text"
    joined = "".join(chars)
    cid = len(_CID.findall(raw_text or joined))
    bad = sum(1 for c in joined if bad_char(c)) + cid * 6
    if bad > MAX_BAD_SHARE * len(joined):
        return False, "garbage"
    cjk = sum(1 for c in joined if "\u4e00" <= c <= "\u9fff")
    latin_ext = sum(1 for c in joined if "\u0080" <= c <= "\u024f")
    if latin_ext > 0.25 * len(joined) and cjk < 0.1 * len(joined):
        return False, "mojibake"
    return True, None


OCR_MAX_SIDE = 4800
"""Longest side, in pixels, a page is rendered at for OCR (A3 at 200 dpi is 3,307)."""


def render_scale(width: float, height: float, dpi: int, max_pixels: int) -> float:
    """Pixels per PDF point to render a page at: ``dpi`` unless the page would be longer than
    :data:`OCR_MAX_SIDE` or larger than ``max_pixels``, in which case it is scaled down to fit."""
    scale = dpi / 72
    long_side = max(width, height, 1e-6) * scale
    if long_side > OCR_MAX_SIDE:
        scale *= OCR_MAX_SIDE / long_side
    area = max(width, 1e-6) * max(height, 1e-6) * scale * scale
    if area > max_pixels:
        scale *= (max_pixels / area) ** 0.5
    return scale


def render_page(page: pdfium.PdfPage, scale: float) -> Any:
    """The page as a PIL RGB image at ``scale`` pixels per point."""
    return page.render(scale=scale).to_pil().convert("RGB")
