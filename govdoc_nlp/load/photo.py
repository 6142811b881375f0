"""A phone photo of a page: find the page (the largest bright quadrilateral on a darker
background), undo the perspective and even out the light before OCR.

A scan or a rendered page fills its image; it has no background margin and is left alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

WORK_SIDE = 800
"""The page is looked for on a copy this size (long side, pixels)."""
MIN_PAGE_SHARE = 0.25
"""A quadrilateral smaller than this share of the photo is not the page."""
MAX_PAGE_SHARE = 0.97
"""A page that fills more than this share of the image is a scan, not a photo."""
MIN_DARK_EDGE = 0.5
"""In a photo, at least this share of the image's outer edge is background (darker than the page)."""
MIN_CONTRAST = 40
"""The page must be brighter than the background around it by this many grey levels."""


@dataclass
class PageCorrection:
    """How a photo was straightened: corners of the page in the photo (TL, TR, BR, BL; pixels),
    the rotation of its top edge (degrees) and whether the light was evened out."""

    corners: list[tuple[float, float]]
    angle: float
    lighting: bool = True
    size: tuple[int, int] = field(default=(0, 0))

    def to_dict(self) -> dict[str, Any]:
        """The correction as it is reported in ``source.page_info``."""
        return {
            "kind": "photo",
            "corners": [[round(x, 1), round(y, 1)] for x, y in self.corners],
            "angle": round(self.angle, 2),
            "lighting": self.lighting,
        }


def find_page(image: Any) -> list[tuple[float, float]] | None:
    """Corners (TL, TR, BR, BL, in image pixels) of a page photographed on a darker background."""
    import cv2
    import numpy as np

    w, h = image.size
    k = WORK_SIDE / max(w, h)
    small = np.asarray(image.convert("L").resize((max(1, round(w * k)), max(1, round(h * k)))))
    blur = cv2.GaussianBlur(small, (5, 5), 0)
    _, bw = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    edge = np.concatenate([bw[:4].ravel(), bw[-4:].ravel(), bw[:, :4].ravel(), bw[:, -4:].ravel()])
    if float((edge == 0).mean()) < MIN_DARK_EDGE:
        return None  # the image's edges are mostly paper: a scan (perhaps with a dark band), not a photo
    bw = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(bw, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(c)
    total = small.shape[0] * small.shape[1]
    if not MIN_PAGE_SHARE * total <= area <= MAX_PAGE_SHARE * total:
        return None
    quad = cv2.approxPolyDP(cv2.convexHull(c), 0.02 * cv2.arcLength(c, True), True)
    if len(quad) != 4:
        return None
    inside = np.zeros_like(small)
    cv2.fillConvexPoly(inside, quad.reshape(-1, 2), 255)
    ring = cv2.dilate(inside, np.ones((15, 15), np.uint8)) > cv2.erode(inside, np.ones((15, 15), np.uint8))
    outer = ring & (inside == 0)
    inner = ring & (inside > 0)
    if not outer.any() or float(np.median(small[inner])) - float(np.median(small[outer])) < MIN_CONTRAST:
        return None
    return [(float(x) / k, float(y) / k) for x, y in _order(quad.reshape(4, 2).astype(float))]


def _order(pts: Any) -> list[tuple[float, float]]:
    """Corners in the order top-left, top-right, bottom-right, bottom-left."""
    s = pts.sum(axis=1)
    d = pts[:, 1] - pts[:, 0]
    return [tuple(pts[s.argmin()]), tuple(pts[d.argmin()]), tuple(pts[s.argmax()]), tuple(pts[d.argmax()])]


def straighten(image: Any, corners: list[tuple[float, float]], *, height: int | None = None) -> Any:
    """The page cut out of the photo and warped to an upright rectangle (``height`` pixels tall)."""
    import cv2
    import numpy as np
    from PIL import Image

    tl, tr, br, bl = corners
    pw = (math.dist(tl, tr) + math.dist(bl, br)) / 2
    ph = (math.dist(tl, bl) + math.dist(tr, br)) / 2
    out_h = height or round(ph)
    out_w = max(1, round(pw * out_h / ph))
    src = np.array(corners, dtype=np.float32)
    dst = np.array([(0, 0), (out_w, 0), (out_w, out_h), (0, out_h)], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    arr = cv2.warpPerspective(np.asarray(image.convert("RGB")), m, (out_w, out_h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    return Image.fromarray(arr)


def even_light(image: Any) -> Any:
    """Divide the page by its own blurred background, so uneven light becomes white paper."""
    import cv2
    import numpy as np
    from PIL import Image

    arr = np.asarray(image.convert("RGB")).astype(np.float32)
    w = arr.shape[1]
    k = max(15, (w // 40) | 1)
    small = cv2.resize(arr, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    bg = cv2.dilate(small, np.ones((max(3, k // 4), max(3, k // 4)), np.uint8))
    bg = cv2.GaussianBlur(bg, (0, 0), k / 4)
    bg = cv2.resize(bg, (arr.shape[1], arr.shape[0]), interpolation=cv2.INTER_LINEAR)
    out = np.clip(arr / np.maximum(bg, 1) * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def correct_photo(image: Any) -> tuple[Any, PageCorrection | None]:
    """The straightened, evenly lit page of a photo, or the image itself when it is not one."""
    corners = find_page(image)
    if corners is None:
        return image, None
    (x0, y0), (x1, y1) = corners[0], corners[1]
    angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
    page = even_light(straighten(image, corners, height=image.size[1]))
    return page, PageCorrection(corners=corners, angle=angle, size=page.size)
