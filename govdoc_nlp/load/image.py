"""Image loader: PNG, JPEG, TIFF (multi-page), BMP, GIF, WebP through Pillow, read by OCR.

Sizes are checked from the header before any pixel is decoded (``Image.open`` is lazy), so a
20000×20000 image fails fast with :class:`InputTooLargeError`. Bboxes are in pixels of the
original image, top-left origin.
"""

from __future__ import annotations

import io
import re
import warnings
from typing import Any

from govdoc_nlp.errors import InputTooLargeError, UnreadableInputError
from govdoc_nlp.load.base import LoadedDocument, PageInfo
from govdoc_nlp.load.layout_lines import TextLine, annotate, to_document
from govdoc_nlp.load.options import LoadOptions
from govdoc_nlp.load.red_ink import red_ink_metadata

OCR_MAX_SIDE = 2400  # longer sides are scaled down before OCR (≈ 200 dpi for A4; more gains nothing)


def open_image(data: bytes, *, path: str | None = None, options: LoadOptions | None = None) -> Any:
    """Open an image lazily and check frame count and pixel size before decoding."""
    from PIL import Image, UnidentifiedImageError

    opts = options or LoadOptions()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        m = re.search(r"\((\d+) pixels\)", str(exc))
        size = f"{int(m.group(1)) / 1e6:.0f} Mpx" if m else "too many pixels"
        raise InputTooLargeError(
            f"image is {size}, over the {opts.max_pixels / 1e6:.0f} Mpx limit (Pillow's decompression-bomb check)", path=path
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise UnreadableInputError(f"not a readable image: {exc}", path=path) from exc
    frames = getattr(im, "n_frames", 1)
    if frames > opts.max_pages:
        raise InputTooLargeError(f"image has {frames} frames, over the {opts.max_pages}-page limit", path=path)
    for i in range(frames):
        try:
            im.seek(i)
        except (EOFError, OSError) as exc:
            raise UnreadableInputError(f"frame {i + 1} cannot be read: {exc}", path=path) from exc
        w, h = im.size
        if w * h > opts.max_pixels:
            raise InputTooLargeError(
                f"image{' frame ' + str(i + 1) if frames > 1 else ''} is {w}×{h} = {w * h / 1e6:.0f} Mpx, "
                f"over the {opts.max_pixels / 1e6:.0f} Mpx limit (LoadOptions.max_pixels)",
                path=path,
            )
    return im


def load_image(data: bytes, *, path: str | None = None, options: LoadOptions | None = None) -> LoadedDocument:
    """OCR every frame of an image into positioned lines (bboxes in original pixels)."""
    from PIL import Image, ImageOps

    opts = options or LoadOptions()
    im = open_image(data, path=path, options=opts)
    frames = getattr(im, "n_frames", 1)
    pages: list[list[TextLine]] = []
    infos: list[PageInfo] = []
    sizes: list[tuple[float, float]] = []
    notes: list[tuple[str, str]] = []
    engine = None
    if opts.ocr != "off":
        from govdoc_nlp.load.ocr import get_engine

        engine = get_engine(opts.ocr_engine)
    for i in range(frames):
        im.seek(i)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                frame = ImageOps.exif_transpose(im.copy()) or im.copy()
                frame.load()
        except (OSError, ValueError, SyntaxError) as exc:
            raise UnreadableInputError(f"image data is truncated or corrupt (frame {i + 1}): {exc}", path=path) from exc
        w, h = frame.size
        sizes.append((w, h))
        if engine is None:
            pages.append([])
            infos.append(PageInfo(number=i + 1, method="ocr", width=w, height=h))
            continue
        lines, info = _ocr_frame(frame, i + 1, engine, opts, notes)
        info.width, info.height = w, h
        pages.append(lines)
        infos.append(info)
    if engine is None:
        notes.append(("ocr_off", "an image has no text layer and OCR is off"))
    annotate(pages, [s[0] for s in sizes], [s[1] for s in sizes])
    return to_document(pages, format="image", pages=infos, warnings=notes, metadata=red_ink_metadata(infos))


def _ocr_frame(frame: Any, number: int, engine: Any, opts: LoadOptions, notes: list[tuple[str, str]]) -> tuple[list[TextLine], PageInfo]:
    from govdoc_nlp.load.ocr_page import ocr_image

    if frame.mode not in ("RGB", "L"):
        frame = frame.convert("RGB")
    scale = 1.0
    w, h = frame.size
    if max(w, h) > OCR_MAX_SIDE:
        scale = OCR_MAX_SIDE / max(w, h)
        frame = frame.resize((max(1, round(w * scale)), max(1, round(h * scale))), resample=3)
    result = ocr_image(frame, engine, page=number, scale=scale, first_page=number == 1)
    conf = round(result.confidence, 4) if result.confidence is not None else None
    if conf is not None and conf < opts.ocr_min_confidence:
        notes.append(("low_ocr_confidence", f"page {number}: mean OCR confidence {conf:.2f} < {opts.ocr_min_confidence:.2f}"))
    if abs(result.skew) > 3:
        notes.append(("skew", f"page {number}: text skewed {result.skew:.1f}°; lines were re-ordered for it"))
    if result.correction:
        # corners in the pixels of the original frame
        result.correction["corners"] = [[round(x / scale, 1), round(y / scale, 1)] for x, y in result.correction["corners"]]
    return result.lines, PageInfo(
        number=number, method="ocr", engine=engine.name, confidence=conf, chars=result.chars,
        correction=result.correction, seals=result.seals, letterhead=result.letterhead,
    )
