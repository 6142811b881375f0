"""Images: multi-page TIFF by OCR, and oversized or broken images rejected before decoding."""

from __future__ import annotations

import io
import struct
import sys
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest

from govdoc_nlp.errors import InputTooLargeError, UnreadableInputError
from govdoc_nlp.load import LoadOptions, load
from govdoc_nlp.load.image import load_image

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from render_pdf import SAMPLE_REPLY, render_pdf  # noqa: E402
from render_scan import scan_pages, write_tiff  # noqa: E402
from test_load_ocr import body_text, cer  # noqa: E402


def png_header(width: int, height: int, bit_depth: int = 1) -> bytes:
    """A PNG whose header claims ``width × height`` but carries (almost) no pixel data."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def tiff(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("tiff")
    images = scan_pages(render_pdf(SAMPLE_REPLY, d / "src.pdf"), dpi=300, angle=-1.5, noise=8)
    return write_tiff(images, d / "scan.tif")


def test_multipage_tiff(tiff):
    doc = load(tiff)
    assert doc.format == "image"
    assert [(p.number, p.method, p.engine, p.width, p.height) for p in doc.pages] == [
        (1, "ocr", "rapidocr", 2481, 3508),
        (2, "ocr", "rapidocr", 2481, 3508),
    ]
    assert cer(SAMPLE_REPLY, body_text(doc)) <= 0.01
    title = next(ln for ln in doc.lines if ln.role == "title")
    assert doc.text[title.start : title.end] == "关于对市政协十届三次会议第128号"
    x0, top, x1, bottom = title.bbox  # original pixels at 300 dpi
    assert 400 < x0 < x1 < 2100 and 380 < top < bottom < 620


def test_huge_png_rejected_before_decoding():
    data = png_header(20000, 20000)
    tracemalloc.start()
    t = time.perf_counter()
    with pytest.raises(InputTooLargeError, match="400 Mpx, over the 120 Mpx limit"):
        load(data)
    elapsed = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 1 and peak < 20_000_000


def test_huge_one_bit_tiff_frame_rejected(tmp_path):
    from PIL import Image

    buf = io.BytesIO()
    small = Image.new("1", (100, 100), 1)
    big = Image.new("1", (12000, 12000), 1)  # 18 MB in memory as 1-bit, small on disk
    small.save(buf, format="TIFF", save_all=True, append_images=[big], compression="group4")
    with pytest.raises(InputTooLargeError, match="frame 2"):
        load_image(buf.getvalue(), options=LoadOptions(max_pixels=100_000_000))


def test_pixel_limit_is_an_option():
    with pytest.raises(InputTooLargeError, match="Mpx limit"):
        load(png_header(3000, 3000), options=LoadOptions(max_pixels=1_000_000))


def test_broken_images():
    with pytest.raises(UnreadableInputError):
        load(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(UnreadableInputError, match="truncated or corrupt"):
        load(png_header(400, 300, bit_depth=8), options=LoadOptions(ocr="off"))


def test_truncated_jpeg(tmp_path):
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (800, 600), "white").save(buf, format="JPEG")
    with pytest.raises(UnreadableInputError, match="truncated"):
        load(buf.getvalue()[: len(buf.getvalue()) // 3], options=LoadOptions(ocr="off"))


def test_ocr_off_gives_warning_not_text():
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (300, 200), 255).save(buf, format="PNG")
    doc = load(buf.getvalue(), options=LoadOptions(ocr="off"))
    assert doc.text == "" and doc.pages[0].method == "ocr" and doc.pages[0].engine is None
    assert doc.warnings == [("ocr_off", "an image has no text layer and OCR is off")]
