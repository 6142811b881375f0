"""PDF text layer: lines, paragraphs, roles, CFF fonts, and the inputs that must fail cleanly."""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from govdoc_nlp.errors import InputTooLargeError, UnreadableInputError
from govdoc_nlp.load import LoadOptions, load
from govdoc_nlp.load.layout_lines import Piece, TextLine, annotate, group_lines, mark_running_lines
from govdoc_nlp.load.pdf import load_pdf

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from render_pdf import SAMPLE_REPLY, find_font, render_pdf, split_reply  # noqa: E402

DROPPED = ("page_number", "header", "footer")
BANNER = "秦原县民政局文件"
COLOPHON = ["抄送：县人大常委会人代工委，县政协提案委。", "秦原县民政局办公室 2024年6月18日印发"]


def paragraphs(doc) -> list[tuple[str | None, str]]:
    """(role, text) of each paragraph the loader's paragraph_start hints give, chrome dropped."""
    out: list[list] = []
    for ln in doc.lines:
        if ln.role in DROPPED:
            continue
        t = doc.text[ln.start : ln.end]
        if ln.paragraph_start or not out:
            out.append([ln.role, t])
        else:
            out[-1][1] += t
    return [(r, t) for r, t in out]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("pdf")
    full = SAMPLE_REPLY + "\n".join(COLOPHON) + "\n"
    return {
        "tt": render_pdf(SAMPLE_REPLY, d / "tt.pdf", font="truetype"),
        "cff": render_pdf(SAMPLE_REPLY, d / "cff.pdf", font="cff"),
        "full": render_pdf(full, d / "full.pdf", banner=BANNER),
        "locked": render_pdf(SAMPLE_REPLY, d / "locked.pdf", encrypt_password="secret"),
    }


def test_paragraphs_equal_source(pdfs):
    doc = load(pdfs["tt"])
    title, body, _ = split_reply(SAMPLE_REPLY)
    got = paragraphs(doc)
    assert got[0] == ("title", "".join(title))
    assert [t for _, t in got[1:]] == body
    assert doc.format == "pdf" and len(doc.pages) == 2
    assert [p.method for p in doc.pages] == ["text", "text"] and all(p.chars > 200 for p in doc.pages)


def test_cff_font_reads_like_truetype(pdfs):
    # pdfminer.six returns no characters for Noto CJK (CFF) text: pdfminer issue #1072
    tt, cff = load(pdfs["tt"]), load(pdfs["cff"])
    # the fonts' digits differ in width, so lines break differently; paragraphs are the same
    assert paragraphs(cff) == paragraphs(tt)
    assert sum(p.chars for p in cff.pages) == sum(p.chars for p in tt.pages) > 600


def test_page_numbers_marked_and_geometry(pdfs):
    doc = load(pdfs["tt"])
    nums = [ln for ln in doc.lines if ln.role == "page_number"]
    assert [doc.text[ln.start : ln.end] for ln in nums] == ["— 1 —", "— 2 —"]
    assert [ln.page for ln in nums] == [1, 2]
    for ln in doc.lines:
        x0, top, x1, bottom = ln.bbox
        assert 0 <= x0 < x1 <= 595.3 and 0 <= top < bottom <= 841.9
    assert nums[0].bbox[1] > 700  # top-left origin: page numbers sit near the bottom
    first = next(ln for ln in doc.lines if ln.role is None)
    assert doc.text[first.start : first.end] == "韩书玉、郑晓岚委员：" and first.bbox[0] == pytest.approx(79.4, abs=1)


def test_title_banner_colophon(pdfs):
    doc = load(pdfs["full"])
    roles = {}
    for ln in doc.lines:
        roles.setdefault(ln.role, []).append(doc.text[ln.start : ln.end])
    assert roles["banner"] == [BANNER]
    assert roles["title"] == ["关于对市政协十届三次会议第128号", "提案的答复"]
    assert roles["colophon"] == COLOPHON
    title = [ln for ln in doc.lines if ln.role == "title"]
    assert all(ln.centered and ln.font_size == 22 for ln in title)
    body = [ln for ln in doc.lines if ln.role is None]
    assert {ln.font_size for ln in body} == {16}
    sig = [ln for ln in doc.lines if doc.text[ln.start : ln.end] in ("秦原县民政局", "2024年6月18日")]
    assert len(sig) == 2 and all(ln.paragraph_start and not ln.centered for ln in sig)


def test_spaces_between_cjk_removed(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.add_font("cjk", "", find_font("truetype"))
    pdf.set_font("cjk", size=14)
    pdf.text(72, 100, "您提出的建议 收 悉。经 研 究，现答复如下")
    pdf.text(72, 130, "共 30 所学校, PDF text layer")
    p = tmp_path / "spaces.pdf"
    pdf.output(str(p))
    doc = load(p)
    assert doc.text.split("\n") == ["您提出的建议收悉。经研究，现答复如下", "共 30 所学校, PDF text layer"]


def test_owner_password_only_is_readable(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.add_font("cjk", "", find_font("truetype"))
    pdf.set_font("cjk", size=14)
    pdf.text(72, 100, "只限制打印的文件仍可读取")
    pdf.set_encryption(owner_password="owner")
    p = tmp_path / "perm.pdf"
    pdf.output(str(p))
    assert load(p).text == "只限制打印的文件仍可读取"


def _fails(data_or_path, exc=UnreadableInputError, match: str = "", **opts):
    t = time.perf_counter()
    with pytest.raises(exc, match=match):
        load(data_or_path, options=LoadOptions(**opts))
    assert time.perf_counter() - t < 5


def test_encrypted_pdf(pdfs):
    _fails(pdfs["locked"], match="encrypted")


def test_truncated_pdf(pdfs):
    data = pdfs["tt"].read_bytes()
    _fails(data[: len(data) // 2], match="truncated")
    _fails(data[:2000], match="truncated")


def test_corrupt_pdf():
    _fails(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\nstartxref\n999999\n%%EOF\n", match="corrupt")


def test_zero_page_pdf():
    buf = io.BytesIO()
    empty = pdfium.PdfDocument.new()
    empty.save(buf)
    empty.close()
    _fails(buf.getvalue(), match="no pages")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.pdf"
    p.write_bytes(b"")
    _fails(p, match="empty")


def test_too_many_pages(pdfs):
    _fails(pdfs["tt"], InputTooLargeError, match="2 pages", max_pages=1)


def test_image_only_pdf_with_ocr_off_warns(tmp_path):
    from PIL import Image

    p = tmp_path / "scan.pdf"
    Image.new("RGB", (200, 280), "white").save(p, format="PDF", resolution=24)
    doc = load_pdf(p.read_bytes(), options=LoadOptions(ocr="off"))
    assert doc.text == "" and doc.pages[0].method == "text" and doc.pages[0].chars == 0
    assert [w[0] for w in doc.warnings] == ["no_text"]


def test_text_layer_speed(pdfs):
    data = pdfs["tt"].read_bytes()
    load_pdf(data)
    t = time.perf_counter()
    for _ in range(20):
        load_pdf(data)
    assert (time.perf_counter() - t) / 40 < 0.02  # well over 50 pages/s even on a slow CI core


# --- layout rules on synthetic lines ------------------------------------------------------------


def _line(text, page, top, x0=80.0, x1=520.0, size=16.0) -> TextLine:
    return TextLine(text=text, x0=x0, top=top, x1=x1, bottom=top + size, page=page, size=size)


@pytest.mark.parametrize("label", ["— 3 —", "- 3 -", "第3页 共5页", "第 3 页", "3/5", "－3－", "3"])
def test_page_number_forms(label):
    pages = [[_line("正文第一行内容" * 3, 1, 100), _line("正文第二行" * 3, 1, 130), _line("正文", 1, 160), _line("再一行", 1, 190),
              _line(label, 1, 780, x0=280, x1=320)]]
    mark_running_lines(pages, [842.0])
    assert pages[0][-1].role == "page_number"
    assert all(ln.role is None for ln in pages[0][:-1])


def test_running_header_and_footer():
    pages = []
    for p in (1, 2, 3):
        pages.append([
            _line("秦原县民政局关于提案办理的答复", p, 40, x0=200, x1=400),
            *[_line("正文内容" * 7, p, 120 + 29 * k) for k in range(5)],
            _line(f"信息公开选项：主动公开 第{p}页", p, 800, x0=150, x1=450),
        ])
    annotate(pages, [595.0] * 3, [842.0] * 3)
    assert [pg[0].role for pg in pages] == ["header"] * 3
    assert [pg[-1].role for pg in pages] == ["footer"] * 3
    assert pages[1][1].paragraph_start is False  # continues the paragraph from page 1


def test_group_lines_orders_and_joins():
    pieces = [Piece(c, 100 + 16 * i, 200 + (i % 2) * 0.5, 116 + 16 * i, 216) for i, c in enumerate("第二行文字")]
    pieces += [Piece(c, 100 + 16 * i, 170, 116 + 16 * i, 186) for i, c in enumerate("第一行")]
    pieces += [Piece("A", 200, 170, 208, 186), Piece("B", 209, 170, 217, 186)]
    lines = group_lines(list(reversed(pieces)), 1)
    assert [ln.text for ln in lines] == ["第一行 AB", "第二行文字"]


def _plain_corpus() -> list[Path]:
    """Corpus replies written one paragraph per line (the renderer's input format); the ones
    written as PDF extractions, OCR output or garbled copies are not."""
    import json

    root = Path(__file__).resolve().parents[1] / "corpora"
    out = []
    for gold in sorted((root / "gold").glob("*.gold.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        if data.get("format") in ("plain", "text-gb18030", "text-utf16", "text-traditional") and data["input"].startswith("../text/"):
            out.append((gold.parent / data["input"]).resolve())
    return out


# every third such reply keeps this test to a few seconds (fpdf2's font subsetting is the cost)
CORPUS = _plain_corpus()[::3]


@pytest.mark.skipif(not CORPUS, reason="corpora/text is empty")
def test_corpus_replies_round_trip(tmp_path):
    """Every corpus reply, rendered (TrueType and CFF alternately), reads back paragraph for paragraph."""
    import re

    from govdoc_nlp.load.encoding import decode_text

    def norm(s: str) -> str:
        return re.sub(r"\s+", "", s)

    from fixtures.render_pdf import font_coverage

    failures = []
    for k, src in enumerate(CORPUS):
        text = decode_text(src.read_bytes())[0]
        font = "cff" if k % 2 else "truetype"
        drawable = font_coverage(font)
        text = "".join(ch for ch in text if ch in drawable or ch.isspace() or ord(ch) < 128)
        pdf = render_pdf(text, tmp_path / f"{src.stem}.pdf", font=font)
        title, body, colophon = split_reply(text)
        want = ([norm("".join(title))] if title else []) + [norm(p) for p in body + colophon]
        got = [norm(t) for _, t in paragraphs(load(pdf))]
        if got != want:
            failures.append(src.stem)
    assert failures == []
