"""OCR one page image into visual lines: photo correction, seal removal, skew, reading order,
punctuation.

The engine gives boxes in pixels; this module turns them into :class:`layout_lines.Piece` in the
caller's units (``scale`` pixels per unit: dpi/72 for PDF points, 1 for images), corrects skew
from the boxes' own angle, groups them with the shared line builder and puts back the full-width
punctuation OCR turns into ASCII.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass, field
from typing import Any

from govdoc_nlp.load import seal
from govdoc_nlp.load.layout_lines import Piece, TextLine, group_lines, is_cjk
from govdoc_nlp.load.ocr import OcrBox, OcrEngine
from govdoc_nlp.load.photo import PageCorrection, correct_photo
from govdoc_nlp.load.seal import (
    RedInk,
    clean_crop,
    find_grey_seals,
    find_red_ink,
    red_mask,
    remove_grey_seal,
    seal_text,
)
from govdoc_nlp.patterns import compiled as rx

# ASCII punctuation OCR emits for full-width marks, and what it stands for beside CJK text.
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
LETTERHEAD_MAX_LINES = 2  # a grey page's rule with more lines above it is not a letterhead's
BANNER_ZONE = 0.3  # red text in this top share of page 1 is kept (the banner); elsewhere red is a seal


@dataclass
class OcrPage:
    """Lines of one OCR'd page, the mean confidence and the skew that was corrected (degrees);
    for a photo, how the page was straightened; the text read on seals; the letterhead."""

    lines: list[TextLine]
    confidence: float | None
    skew: float
    chars: int
    correction: dict[str, Any] | None = None
    seals: list[str] = field(default_factory=list)
    letterhead: str | None = None


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
    """OCR a page image into lines (in units of ``scale`` pixels), with confidence and skew.

    A photographed page is first cut out and straightened (its lines' boxes are then in the
    straightened page); red ink is found by hue: seals are removed before OCR (and the lines under
    a seal read again when no date was found there), the letterhead above a red rule is kept and
    marked."""
    correction: PageCorrection | None = None
    ink: RedInk | None = None
    seal_boxes: list[tuple[int, int, int, int]] = []
    clean = image
    opencv = _has_opencv()
    if opencv:
        image, correction = correct_photo(image)
        ink = find_red_ink(image, first_page=first_page)
        keep = _letterhead_bottom(image, ink) if first_page else 0
        clean = image
        if ink is not None:
            ink.mask[:keep] = False
            clean = seal.remove_red(image, ink)
            seal_boxes = ink.seals
        else:
            seal_boxes = find_grey_seals(image)
            for box in seal_boxes:
                clean = remove_grey_seal(clean, box)
    boxes = engine.recognize(clean)
    seals: list[str] = []
    for box in seal_boxes:
        boxes = _reread_under_seal(clean, box, boxes, engine)
        name = seal_text(image, box, engine) if ink is not None else None
        if name:
            seals.append(name)
    skew = estimate_skew(boxes)
    w, h = image.size
    pieces = boxes_to_pieces(boxes, scale=scale, skew=skew, center=(w / 2, h / 2))
    lines = group_lines(pieces, page)
    for ln in lines:
        ln.text = normalize_punctuation(ln.text)
    letterhead = None
    if first_page and opencv:
        letterhead = _colour_banner_lines(image, lines, scale, ink)
        if ink is None:
            letterhead = _lines_above_rule(lines, scale, seal.dark_rule(image))
    total = sum(len(b.text) for b in boxes)
    conf = sum(b.confidence * len(b.text) for b in boxes) / total if total else None
    return OcrPage(
        lines=lines,
        confidence=conf,
        skew=skew,
        chars=sum(len(ln.text) for ln in lines),
        correction=correction.to_dict() if correction else None,
        seals=seals,
        letterhead=letterhead,
    )


def _has_opencv() -> bool:
    """OpenCV comes with rapidocr; without it (tesseract alone) pages are OCR'd as they are."""
    import importlib.util

    return importlib.util.find_spec("cv2") is not None


def _letterhead_bottom(image: Any, ink: RedInk | None) -> int:
    """Pixel row down to which red ink is the letterhead (kept for OCR): the red rule, else the banner zone."""
    if ink is not None and ink.rule_y is not None:
        return ink.rule_y + 2
    return int(image.size[1] * BANNER_ZONE)


def _has_date(text: str) -> bool:
    return bool(rx.DATE_ARABIC.search(text) or rx.DATE_CHINESE.search(text))


def _centre(b: OcrBox) -> tuple[float, float]:
    return sum(p[0] for p in b.box) / 4, sum(p[1] for p in b.box) / 4


def _reread_under_seal(clean: Any, box: tuple[int, int, int, int], boxes: list[OcrBox], engine: OcrEngine) -> list[OcrBox]:
    """When no date was read in the seal's band, OCR a cleaned, upscaled crop around the seal and
    take its lines there if they hold a date."""
    x0, y0, x1, y1 = box
    near = [b for b in boxes if y0 - 0.3 * (y1 - y0) <= _centre(b)[1] <= y1 + 0.3 * (y1 - y0)]
    if any(_has_date(b.text) for b in near):
        return boxes
    crop, (ox, oy), k = clean_crop(clean, box)
    cw, chh = crop.size
    found = engine.recognize(crop)
    if not any(_has_date(b.text) for b in found):
        return boxes
    margin = 4
    fresh = [
        OcrBox(text=b.text, box=tuple((ox + x / k, oy + y / k) for x, y in b.box), confidence=b.confidence)  # type: ignore[arg-type]
        for b in found
        if min(p[0] for p in b.box) > margin and max(p[0] for p in b.box) < cw - margin
    ]
    rx0, ry0, rx1, ry1 = ox, oy, ox + cw / k, oy + chh / k
    kept = [
        b for b in boxes
        if not (min(p[0] for p in b.box) >= rx0 and max(p[0] for p in b.box) <= rx1 and ry0 <= _centre(b)[1] <= ry1)
    ]
    return kept + [b for b in fresh if not any(_overlaps(b, o) for o in kept)]


def _overlaps(a: OcrBox, b: OcrBox) -> bool:
    ax0, ay0 = min(p[0] for p in a.box), min(p[1] for p in a.box)
    ax1, ay1 = max(p[0] for p in a.box), max(p[1] for p in a.box)
    bx0, by0 = min(p[0] for p in b.box), min(p[1] for p in b.box)
    bx1, by1 = max(p[0] for p in b.box), max(p[1] for p in b.box)
    iw, ih = min(ax1, bx1) - max(ax0, bx0), min(ay1, by1) - max(ay0, by0)
    return iw > 0 and ih > 0 and iw * ih > 0.3 * (ax1 - ax0) * (ay1 - ay0)


def _lines_above_rule(lines: list[TextLine], scale: float, rule_y: int | None) -> str | None:
    """On a grey page, the line or two set above the letterhead's rule: the banner."""
    if rule_y is None:
        return None
    above = [ln for ln in lines if ln.bbox is not None and ln.bbox[3] * scale <= rule_y + 2]
    if not above or len(above) > LETTERHEAD_MAX_LINES:
        return None
    for ln in above:
        ln.role = "banner"
    return "".join(ln.text for ln in above)


def _colour_banner_lines(image: Any, lines: list[TextLine], scale: float, ink: RedInk | None) -> str | None:
    """Give top-of-page lines whose ink is mostly red the colour red (so the banner is found);
    above a red rule they are the letterhead: marked as the banner and returned as its text."""
    import numpy as np

    if image.mode == "L":
        return None
    h = image.size[1]
    limit = ink.rule_y if ink is not None and ink.rule_y is not None else h * BANNER_ZONE
    head = []
    for ln in lines:
        if ln.bbox is None or ln.bbox[1] * scale > limit:
            continue
        x0, y0, x1, y1 = (int(v * scale) for v in ln.bbox)
        crop = image.crop((x0, y0, max(x1, x0 + 1), max(y1, y0 + 1))).convert("RGB")
        arr = np.asarray(crop)
        ink_px = arr.min(axis=2) < 170
        if ink_px.sum() < 20:
            continue
        if (red_mask(crop) & ink_px).sum() > 0.5 * ink_px.sum():
            ln.color = (220, 0, 0)
            if ink is not None and ink.rule_y is not None and y1 <= ink.rule_y + 2:
                ln.role = "banner"
                head.append(ln.text)
    return "".join(head) or None
