"""OCR: scanned PDF pages read at ≤ 1% character error, engine interface, punctuation, skew."""

from __future__ import annotations

import math
import socket
import sys
from pathlib import Path

import pytest

from govdoc_nlp.errors import MissingDependencyError, UnsupportedFormatError
from govdoc_nlp.load import LoadOptions, load
from govdoc_nlp.load import ocr as ocr_mod
from govdoc_nlp.load.layout_lines import group_lines
from govdoc_nlp.load.ocr import OcrBox, OcrEngine, get_engine, parse_tesseract_tsv
from govdoc_nlp.load.ocr_page import boxes_to_pieces, estimate_skew, normalize_punctuation

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from render_pdf import SAMPLE_REPLY, find_font, render_pdf  # noqa: E402
from render_scan import scan_pages, write_image_pdf  # noqa: E402


def cer(ref: str, hyp: str) -> float:
    """Character error rate: Levenshtein distance / reference length (whitespace ignored)."""
    a, b = "".join(ref.split()), "".join(hyp.split())
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1] / max(1, len(a))


def body_text(doc) -> str:
    return "".join(doc.text[ln.start : ln.end] for ln in doc.lines if ln.role not in ("page_number", "header", "footer"))


@pytest.fixture(scope="module")
def scanned_pdf(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("scan")
    pdf = render_pdf(SAMPLE_REPLY, d / "src.pdf")
    images = scan_pages(pdf, dpi=300, angle=1.8, noise=10, jpeg_quality=60, seal=True)
    return write_image_pdf(images, d / "scanned.pdf")


def test_scanned_pdf_cer_and_page_info(scanned_pdf):
    doc = load(scanned_pdf)
    assert [p.method for p in doc.pages] == ["ocr", "ocr"]
    assert {p.engine for p in doc.pages} == {"rapidocr"}
    assert all(p.confidence > 0.95 for p in doc.pages)
    assert cer(SAMPLE_REPLY, body_text(doc)) <= 0.01
    title = [doc.text[ln.start : ln.end] for ln in doc.lines if ln.role == "title"]
    assert title == ["关于对市政协十届三次会议第128号", "提案的答复"]
    starts = [doc.text[ln.start : ln.end] for ln in doc.lines if ln.paragraph_start and ln.role is None]
    assert starts[:3] == ["韩书玉、郑晓岚委员：", "您提出的《关于加快农村互助幸福院建设提升运营质量的", "近年来，我局坚持把农村养老服务作为保障和改善民生的"]
    x0, top, x1, bottom = next(ln.bbox for ln in doc.lines if ln.role == "title")
    assert 100 < x0 < x1 < 500 and 80 < top < bottom < 160  # PDF points, top-left origin


def test_rapidocr_uses_bundled_models_without_network(monkeypatch):
    from PIL import Image, ImageDraw, ImageFont

    def refuse(*_a, **_k):
        raise AssertionError("OCR tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    engine = ocr_mod.RapidOcrEngine()
    import rapidocr

    bundled = Path(rapidocr.__file__).parent
    assert all(Path(m).is_relative_to(bundled) for m in engine.models)
    img = Image.new("RGB", (700, 120), "white")
    ImageDraw.Draw(img).text((20, 30), "现答复如下：“十大战略”", fill="black", font=ImageFont.truetype(find_font(), 48))
    boxes = engine.recognize(img)
    assert isinstance(engine, OcrEngine)
    assert "".join(b.text for b in boxes).replace('"', "“") in ("现答复如下：“十大战略”", "现答复如下:“十大战略“", "现答复如下:“十大战略”")


def test_engine_cache_and_unknown_engine():
    assert get_engine("rapidocr") is get_engine("rapidocr")
    with pytest.raises(UnsupportedFormatError, match="unknown OCR engine"):
        get_engine("nope")


def test_tesseract_missing_is_clear(monkeypatch):
    monkeypatch.setattr(ocr_mod.shutil, "which", lambda _name: None)
    with pytest.raises(MissingDependencyError, match="tesseract"):
        ocr_mod.TesseractEngine()


def test_tesseract_tsv_lines():
    tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    tsv += "5\t1\t1\t1\t1\t1\t10\t20\t40\t30\t96\t现答复\n5\t1\t1\t1\t1\t2\t52\t21\t30\t30\t90\t如下\n"
    tsv += "5\t1\t1\t1\t2\t1\t10\t60\t40\t30\t80\t一、\n"
    boxes = parse_tesseract_tsv(tsv)
    assert [b.text for b in boxes] == ["现答复如下", "一、"]
    assert boxes[0].box[0] == (10, 20) and boxes[0].box[2] == (82, 51)
    assert boxes[0].confidence == pytest.approx((0.96 * 3 + 0.90 * 2) / 5)


class FakeEngine:
    name = "fake"

    def __init__(self, boxes):
        self.boxes = boxes

    def recognize(self, image):
        return self.boxes


def test_low_confidence_warning(monkeypatch, tmp_path):
    from PIL import Image

    boxes = [OcrBox("模糊的文字" * 4, ((10, 10 + 40 * k), (810, 10 + 40 * k), (810, 40 + 40 * k), (10, 40 + 40 * k)), 0.5) for k in range(6)]
    monkeypatch.setitem(ocr_mod._CACHE, "fake", FakeEngine(boxes))
    p = tmp_path / "x.png"
    Image.new("L", (900, 400), 255).save(p)
    doc = load(p, options=LoadOptions(ocr_engine="fake", ocr_min_confidence=0.8))
    assert doc.pages[0].engine == "fake" and doc.pages[0].confidence == 0.5
    assert doc.warnings[0][0] == "low_ocr_confidence"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("经研究,现答复如下:", "经研究，现答复如下："),
        ("(一)积极争取上级资金", "（一）积极争取上级资金"),
        ("(联系人:王明;联系电话:0917-5551234)", "（联系人：王明；联系电话：0917-5551234）"),
        ('推广"邻里互助"的模式', "推广“邻里互助”的模式"),
        ("资金1,260万元,时间10:30", "资金1,260万元，时间10:30"),
        ("经 研 究 ,现 答复", "经研究，现答复"),
        ("Page 1, line 2 (draft)", "Page 1, line 2 (draft)"),
    ],
)
def test_normalize_punctuation(raw, want):
    assert normalize_punctuation(raw) == want


def _rotated_box(x0, y0, w, h, deg, cx=1000, cy=1400):
    a = math.radians(deg)
    pts = [(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)]
    return tuple((cx + (x - cx) * math.cos(a) - (y - cy) * math.sin(a), cy + (x - cx) * math.sin(a) + (y - cy) * math.cos(a)) for x, y in pts)


def test_skew_estimated_and_reading_order_kept():
    # a 2.5° skew moves the right end of a line by more than a line pitch: sorting unrotated
    # boxes by top would interleave the columns of text
    deg = 2.5
    boxes = []
    for k in range(8):
        y = 300 + 70 * k
        boxes.append(OcrBox(f"第{k}行左半部分的文字", _rotated_box(200, y, 700, 50, deg), 0.99))
        boxes.append(OcrBox(f"第{k}行右半", _rotated_box(1000, y, 500, 50, deg), 0.99))
    skew = estimate_skew(boxes)
    assert skew == pytest.approx(deg, abs=0.1)
    lines = group_lines(boxes_to_pieces(boxes, skew=skew, center=(1000, 1400)), page=1)
    assert [ln.text for ln in lines] == [f"第{k}行左半部分的文字 第{k}行右半" for k in range(8)]
