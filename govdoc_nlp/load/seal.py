"""Red ink on a page image: the seal (公章) pressed over the signature and date, and the red
letterhead (发文机关标志) above a red rule.

Red is found by hue and saturation in HSV, so dark, bright and orange-red stamp inks are caught
and black or blue text is not. Stamp ink is multiplied over the page: where it lies on black
strokes the pixel stays dark (low value), so replacing every red pixel by its value (max of R, G,
B) scaled to the paper removes the seal and keeps the strokes under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# OpenCV HSV: hue 0..180 (red wraps around 0), saturation and value 0..255.
RED_HUE_LOW = 16
"""Hues up to this (≈ 32°) are red to orange-red."""
RED_HUE_HIGH = 160
"""Hues from this (≈ 320°) are crimson to red."""
RED_MIN_SATURATION = 80
RED_HALO_SATURATION = 25
"""The pale edge of stamp ink next to a seal is removed with it."""
RED_MIN_VALUE = 80
"""Darker than this is black ink, whatever its tint (also black strokes under a seal)."""
DARK_RULE_LEVEL = 150
"""Grey darker than this is ink when a grey page's letterhead rule is looked for."""
SEAL_MIN_SIDE = 0.08
"""A seal is at least this share of the page's width across (real ones: 40–45 mm of 210)."""


@dataclass
class RedInk:
    """Red ink found on a page: the mask, seal boxes and the letterhead rule (pixels)."""

    mask: Any
    seals: list[tuple[int, int, int, int]]
    rule_y: int | None


def red_mask(image: Any, *, min_saturation: int = RED_MIN_SATURATION) -> Any:
    """Boolean array: the pixels of an RGB image inked red (by hue, saturation and value)."""
    import cv2
    import numpy as np

    rgb = np.asarray(image.convert("RGB"))
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    h, s, v = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    return ((h <= RED_HUE_LOW) | (h >= RED_HUE_HIGH)) & (s >= min_saturation) & (v >= RED_MIN_VALUE)


def find_red_ink(image: Any, *, first_page: bool = False) -> RedInk | None:
    """The red ink of a page: round seals (boxes) and, on page 1, the letterhead's red rule."""
    import cv2
    import numpy as np

    if image.mode == "L":
        return None
    mask = red_mask(image)
    if mask.sum() < 50:
        return None
    h, w = mask.shape
    m8 = mask.astype(np.uint8)
    rule_y = _red_rule(m8) if first_page else None
    k = max(3, w // 120)
    closed = cv2.morphologyEx(m8, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    seals = []
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        if rule_y is not None and y + bh <= rule_y + k:
            continue  # the letterhead and its rule
        if min(bw, bh) >= SEAL_MIN_SIDE * w and 0.6 <= bw / bh <= 1.6 and area >= 0.02 * bw * bh:
            seals.append((x, y, x + bw, y + bh))
    seals = [b for b in seals if not any(o != b and o[0] <= b[0] and o[1] <= b[1] and o[2] >= b[2] and o[3] >= b[3] for o in seals)]
    return RedInk(mask=mask, seals=seals, rule_y=rule_y)


def _red_rule(m8: Any) -> int | None:
    """The lowest y of a long, thin red rule in the top half of the page (the letterhead's)."""
    import cv2

    h, w = m8.shape
    n, _, stats, _ = cv2.connectedComponentsWithStats(m8[: h // 2], connectivity=8)
    rules = [int(stats[i][1] + stats[i][3]) for i in range(1, n) if stats[i][2] >= 0.45 * w and stats[i][3] <= 0.04 * h]
    return max(rules) if rules else None


def dark_rule(image: Any) -> int | None:
    """The y of a long, thin dark rule in the top 40 % of a grey page (a letterhead's red rule
    scanned in grey), or None."""
    import numpy as np

    grey = np.asarray(image.convert("L"))
    h = grey.shape[0]
    top = (grey[: int(h * 0.4)] < DARK_RULE_LEVEL).astype(np.uint8)
    y = _red_rule(np.vstack([top, np.zeros_like(top)]))
    return y


def remove_red(image: Any, ink: RedInk | None = None) -> Any:
    """A copy of the page with red ink turned to paper; black strokes under it are kept."""
    import cv2
    import numpy as np
    from PIL import Image

    if image.mode == "L":
        return image
    ink = ink or find_red_ink(image)
    if ink is None or not ink.mask.any():
        return image
    rgb = np.asarray(image.convert("RGB"))
    k = max(3, rgb.shape[1] // 400) | 1
    near = cv2.dilate(ink.mask.astype(np.uint8), np.ones((k, k), np.uint8)).astype(bool)
    near |= red_mask(image, min_saturation=RED_HALO_SATURATION) & cv2.dilate(near.astype(np.uint8), np.ones((5 * k, 5 * k), np.uint8)).astype(bool)
    value = rgb.max(axis=2).astype(np.float32)
    paper = float(np.percentile(value[~near], 90)) if (~near).any() else 255.0
    ink_v = float(np.median(value[ink.mask]))
    lifted = np.clip(value * (paper / max(ink_v, 1.0)), 0, 255).astype(np.uint8)
    out = rgb.copy()
    out[near] = lifted[near][:, None]
    return Image.fromarray(out)


def clean_crop(image: Any, box: tuple[int, int, int, int], *, pad: float = 0.15, upscale: float = 2.0) -> tuple[Any, tuple[int, int], float]:
    """A cleaned, upscaled crop around ``box`` for a second OCR pass: (crop, origin, factor)."""
    import cv2
    import numpy as np
    from PIL import Image

    x0, y0, x1, y1 = box
    pw, ph = int((x1 - x0) * pad), int((y1 - y0) * pad)
    w, h = image.size
    x0, y0, x1, y1 = max(0, x0 - 3 * pw), max(0, y0 - ph), min(w, x1 + 3 * pw), min(h, y1 + ph)
    grey = np.asarray(image.convert("L").crop((x0, y0, x1, y1)))
    grey = cv2.resize(grey, None, fx=upscale, fy=upscale, interpolation=cv2.INTER_CUBIC)
    _, bw = cv2.threshold(cv2.GaussianBlur(grey, (3, 3), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return Image.fromarray(bw).convert("RGB"), (x0, y0), upscale


def seal_text(image: Any, box: tuple[int, int, int, int], engine: Any) -> str | None:
    """The name along a round seal's ring, read by unwrapping the ring into a strip (polar)."""
    import cv2
    import numpy as np
    from PIL import Image

    x0, y0, x1, y1 = box
    crop = np.asarray(image.convert("RGB").crop(box))
    mask = red_mask(Image.fromarray(crop)).astype(np.uint8) * 255
    r = min(x1 - x0, y1 - y0) / 2
    size = (round(r), round(2 * np.pi * r))  # (radius samples, angle samples)
    polar = cv2.warpPolar(mask, size, ((x1 - x0) / 2, (y1 - y0) / 2), r, cv2.WARP_POLAR_LINEAR)
    # rows are angles (0 = east, clockwise in image space), columns radii; the text band lies
    # between 0.55 r and 0.92 r; the top arc runs from 180° to 360°
    band = polar[:, int(0.55 * size[0]) : int(0.92 * size[0])]
    arc = np.concatenate([band[size[1] // 2 :], band[: size[1] // 12]])
    strip = cv2.rotate(arc, cv2.ROTATE_90_COUNTERCLOCKWISE)
    strip = 255 - strip
    strip = cv2.copyMakeBorder(strip, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255)
    line = getattr(engine, "recognize_line", None)
    if line is None:
        return None
    text, conf = line(Image.fromarray(strip).convert("RGB"))
    return text if conf >= 0.6 and text else None


def find_grey_seals(image: Any) -> list[tuple[int, int, int, int]]:
    """Boxes of round seals on a grey page: rings whose ink is mid-grey (lighter than text)."""
    import cv2
    import numpy as np

    grey = np.asarray(image.convert("L"))
    h, w = grey.shape
    k = GREY_WORK_WIDTH / w
    small = cv2.resize(grey, None, fx=k, fy=k, interpolation=cv2.INTER_AREA)
    r_min, r_max = round(0.07 * GREY_WORK_WIDTH), round(0.13 * GREY_WORK_WIDTH)
    found = cv2.HoughCircles(cv2.medianBlur(small, 3), cv2.HOUGH_GRADIENT, dp=1.5, minDist=2 * r_min, param1=100, param2=45, minRadius=r_min, maxRadius=r_max)
    boxes = []
    for x, y, r in (found[0] if found is not None else [])[:4]:
        level = _ring_level(small, x, y, r)
        if level is None:
            continue
        x0, y0, x1, y1 = ((x - r) / k, (y - r) / k, (x + r) / k, (y + r) / k)
        boxes.append((max(0, int(x0)), max(0, int(y0)), min(w, int(x1)), min(h, int(y1))))
    return boxes


GREY_WORK_WIDTH = 600
"""Grey pages are searched for seal rings at this width (pixels)."""
SEAL_GREY_CUT = 0.8
"""Inside a grey seal, pixels lighter than this share of the ring's grey are the seal's ink."""


def _ring_level(small: Any, x: float, y: float, r: float) -> float | None:
    """The grey level of a seal's ring at (x, y, r), or None when the circle is not inked nearly
    all round, a good part of it in a mid-grey (paper, or black text that happens to line up)."""
    import numpy as np

    t = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    rows = []
    for dr in range(-4, 5):
        xs = np.clip((x + (r + dr) * np.cos(t)).astype(int), 0, small.shape[1] - 1)
        ys = np.clip((y + (r + dr) * np.sin(t)).astype(int), 0, small.shape[0] - 1)
        rows.append(small[ys, xs])
    v = np.min(rows, axis=0)  # the darkest sample across the ring's width, at every angle
    mid = (v >= 50) & (v <= 205)
    if float(mid.mean()) < 0.35 or float((v <= 205).mean()) < 0.85:
        return None
    return float(np.median(v[mid]))


def remove_grey_seal(image: Any, box: tuple[int, int, int, int]) -> Any:
    """The page with the lighter-than-text grey of a seal in ``box`` turned to paper."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image.convert("L")).copy()
    x0, y0, x1, y1 = box
    region = grey[y0:y1, x0:x1]
    k = GREY_WORK_WIDTH / grey.shape[1]
    small = np.asarray(image.convert("L").resize((GREY_WORK_WIDTH, max(1, round(grey.shape[0] * k)))))
    level = _ring_level(small, (x0 + x1) / 2 * k, (y0 + y1) / 2 * k, (x1 - x0) / 2 * k) or 110.0
    region[region > SEAL_GREY_CUT * level] = 255
    return Image.fromarray(grey).convert(image.mode if image.mode in ("L", "RGB") else "RGB")
