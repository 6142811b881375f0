"""OCR one page image into visual lines: seal removal, skew, reading order, punctuation.

The engine gives boxes in pixels; this module turns them into :class:`layout_lines.Piece` in the
caller's units (``scale`` pixels per unit: dpi/72 for PDF points, 1 for images), corrects skew
from the boxes' own angle, groups them with the shared line builder and puts back the full-width
punctuation OCR turns into ASCII.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass
from typing import Any

from govdoc_nlp.load.layout_lines import Piece, TextLine, group_lines, is_cjk
from govdoc_nlp.load.ocr import OcrBox, OcrEngine

# ASCII punctuation OCR emits for full-width marks, and what it stands for beside CJK text.
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
BANNER_ZONE = 0.3  # red text in this top share of page 1 is kept (the banner); elsewhere red is a seal


@dataclass
class OcrPage:
    """Lines of one OCR'd page, the mean confidence and the skew that was corrected (degrees)."""

    lines: list[TextLine]
    confidence: float | None
    skew: float
    chars: int


def remove_red(image: Any, keep_top: float = 0.0) -> Any:
    """A copy of the image with red ink (seals) turned white, except in the top ``keep_top`` share."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(image.convert("RGB")).copy()
    r = arr[:, :, 0].astype(np.int16)
    gb = np.maximum(arr[:, :, 1], arr[:, :, 2]).astype(np.int16)
    red = (r > 140) & (r - gb > 60)
    start = int(arr.shape[0] * keep_top)
    red[:start] = False
    if not red.any():
        return image
    arr[red] = 255
    return Image.fromarray(arr)


def estimate_skew(boxes: list[OcrBox]) -> float:
    """Median angle (degrees, clockwise positive in image coordinates) of the long text boxes."""
    angles = []
    for b in boxes:
        (x0, y0), (x1, y1) = b.box[0], b.box[1]
        w = math.hypot(x1 - x0, y1 - y0)
        h = math.hypot(b.box[3][0] - x0, b.box[3][1] - y0)
        if w > 4 * max(h, 1) and len(b.text) >= 4:
            angles.append(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    if len(angles) < 3:
        return 0.0
    a = statistics.median(angles)
    return a if abs(a) <= 10 else 0.0


def boxes_to_pieces(boxes: list[OcrBox], *, scale: float = 1.0, skew: float = 0.0, center: tuple[float, float] = (0, 0)) -> list[Piece]:
    """Pieces in caller units; coordinates rotated by -skew around ``center`` for grouping."""
    th = math.radians(-skew)
    c, s = math.cos(th), math.sin(th)
    cx, cy = center
    pieces = []
    for b in boxes:
        text = b.text.strip()
        if not text:
            continue
        xs = [p[0] for p in b.box]
        ys = [p[1] for p in b.box]
        orig = (min(xs) / scale, min(ys) / scale, max(xs) / scale, max(ys) / scale)
        if skew:
            pts = [(cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c) for x, y in b.box]
            xs = [p[0] for p in pts]
            ys = [p[1] for p in pts]
        x0, x1, top, bottom = min(xs) / scale, max(xs) / scale, min(ys) / scale, max(ys) / scale
        h = bottom - top
        # a box's height is about 1.1 × the font size; its width per character gives the size too
        size = min(h / 1.1, (x1 - x0) / max(1.0, _units(text))) if len(text) >= 2 else h / 1.1
        pieces.append(Piece(text=text, x0=x0, top=top, x1=x1, bottom=bottom, size=size, confidence=b.confidence, orig=orig))
    return pieces


def _units(text: str) -> float:
    return sum(1.0 if is_cjk(ch) or ord(ch) > 0x2000 else 0.5 for ch in text)


_SPACE_AT_PUNCT = re.compile(r"(?<=[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef])\s+(?=[,;:!?)])|(?<=[,;:(])\s+(?=[\u4e00-\u9fff])")
_SPACE_BETWEEN_CJK = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])")


def normalize_punctuation(text: str) -> str:
    """Full-width punctuation back beside CJK text (``,`` → ``，``, ``(`` → ``（``, ``"`` → “/”)."""
    text = _SPACE_BETWEEN_CJK.sub("", _SPACE_AT_PUNCT.sub("", text))
    chars = list(text)
    n = len(chars)
    opened: list[int] = []
    quote_open = True
    for i, ch in enumerate(chars):
        prev = chars[i - 1] if i > 0 else ""
        nxt = chars[i + 1] if i + 1 < n else ""
        near_cjk = (prev and is_cjk(prev)) or (nxt and is_cjk(nxt))
        if ch == "(":
            opened.append(i)
            if near_cjk:
                chars[i] = "（"
        elif ch == ")":
            match = opened.pop() if opened else None
            if near_cjk or (match is not None and chars[match] == "（"):
                chars[i] = "）"
                if match is not None:
                    chars[match] = "（"
        elif ch in FULL_WIDTH and ch not in "()":
            digits_around = prev.isdigit() and nxt.isdigit()
            if not digits_around and ((prev and is_cjk(prev)) or (ch in ",;" and nxt and is_cjk(nxt))):
                chars[i] = FULL_WIDTH[ch]
        elif ch == '"' and near_cjk:
            chars[i] = "“" if quote_open else "”"
            quote_open = not quote_open
        elif ch == "“":
            quote_open = False
        elif ch == "”":
            quote_open = True
    return _SPACE_BETWEEN_CJK.sub("", "".join(chars))


def ocr_image(image: Any, engine: OcrEngine, *, page: int, scale: float = 1.0, first_page: bool = False) -> OcrPage:
    """OCR a page image into lines (in units of ``scale`` pixels), with confidence and skew."""
    clean = remove_red(image, keep_top=BANNER_ZONE if first_page else 0.0)
    boxes = engine.recognize(clean)
    skew = estimate_skew(boxes)
    w, h = image.size
    pieces = boxes_to_pieces(boxes, scale=scale, skew=skew, center=(w / 2, h / 2))
    lines = group_lines(pieces, page)
    for ln in lines:
        ln.text = normalize_punctuation(ln.text)
    if first_page:
        _colour_banner_lines(image, lines, scale)
    total = sum(len(b.text) for b in boxes)
    conf = sum(b.confidence * len(b.text) for b in boxes) / total if total else None
    return OcrPage(lines=lines, confidence=conf, skew=skew, chars=sum(len(ln.text) for ln in lines))


def _colour_banner_lines(image: Any, lines: list[TextLine], scale: float) -> None:
    """Give top-of-page lines whose ink is mostly red the colour red (so the banner is found)."""
    import numpy as np

    rgb = image.convert("RGB")
    h = rgb.size[1]
    for ln in lines:
        if ln.bbox is None or ln.bbox[1] * scale > h * BANNER_ZONE:
            continue
        x0, y0, x1, y1 = (int(v * scale) for v in ln.bbox)
        arr = np.asarray(rgb.crop((x0, y0, max(x1, x0 + 1), max(y1, y0 + 1)))).astype(np.int16)
        ink = arr.min(axis=2) < 160
        if ink.sum() < 20:
            continue
        red = (arr[:, :, 0] > 140) & (arr[:, :, 0] - np.maximum(arr[:, :, 1], arr[:, :, 2]) > 60)
        if (red & ink).sum() > 0.5 * ink.sum():
            ln.color = (220, 0, 0)
