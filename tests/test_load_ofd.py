"""OFD loader: text, line grouping, positions in mm, pages, metadata and bad packages."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from govdoc_nlp.errors import UnreadableInputError
from govdoc_nlp.load import load
from govdoc_nlp.load.ofd import load_ofd

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from make_ofd import BODY_SIZE, LEFT, line_positions, make_ofd  # noqa: E402

PAGE1 = [
    {"text": "关于第12号建议的答复", "size": 7.7611, "align": "center"},
    "李明代表：",
    {"text": "您提出的建议收悉，现答复如下：", "indent": 2},
    {"text": "一、关于改造资金。今年已争取补助资金。", "indent": 2},
]
PAGE2 = [{"text": "示例市住房和城乡建设局", "align": "right"}, {"text": "2024年6月3日", "align": "right"}]


@pytest.mark.parametrize("split", [False, True], ids=["per-line", "per-char"])
def test_text_lines_and_positions(split):
    doc = load(make_ofd([PAGE1, PAGE2], title="关于第12号建议的答复", split=split))
    assert doc.format == "ofd"
    texts = [doc.text[ln.start:ln.end] for ln in doc.lines]
    assert texts == [s if isinstance(s, str) else s["text"] for s in PAGE1 + PAGE2]
    assert [ln.page for ln in doc.lines] == [1, 1, 1, 1, 2, 2]
    assert [(p.number, p.method, p.width, p.height) for p in doc.pages] == [(1, "text", 210.0, 297.0), (2, "text", 210.0, 297.0)]
    placed = line_positions(PAGE1)
    for ln, (_text, x, baseline, size) in zip(doc.lines, placed, strict=False):
        x0, top, x1, bottom = ln.bbox
        assert x0 == pytest.approx(x, abs=0.01)
        assert top < baseline <= bottom + 0.01
        assert ln.font_size == pytest.approx(size * 72 / 25.4, abs=0.1)
    title = doc.lines[0]
    assert title.centered and title.font_size == pytest.approx(22.0, abs=0.1)
    assert doc.lines[1].bbox[0] == pytest.approx(LEFT, abs=0.01) and not doc.lines[1].centered
    assert doc.lines[2].bbox[0] == pytest.approx(LEFT + 2 * BODY_SIZE, abs=0.01)
    assert doc.lines[2].paragraph_start
    assert doc.metadata == {"title_hint": "关于第12号建议的答复", "created": "2024-07-02"}


def test_wrapped_paragraph_continuation_is_not_a_paragraph_start():
    lines = [
        {"text": "您提出的关于加快推进老旧小区改造的建议收悉，现答复", "indent": 2},
        "如下：今年以来我局已经开展了大量工作，争取补助资金。",
    ]
    doc = load_ofd(make_ofd([lines]))
    assert doc.lines[0].paragraph_start is True
    assert doc.lines[1].paragraph_start is False


def test_absolute_baseloc_and_deltax_repeat():
    ns = "http://www.ofdspec.org/2016"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("OFD.xml", f'<ofd:OFD xmlns:ofd="{ns}"><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        zf.writestr("Doc_0/Document.xml", f'<ofd:Document xmlns:ofd="{ns}"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 148 210</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>'
                    '<ofd:Pages><ofd:Page ID="1" BaseLoc="/Doc_0/Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>')
        zf.writestr("Doc_0/Pages/Page_0/Content.xml", f'<ofd:Page xmlns:ofd="{ns}"><ofd:Content><ofd:Layer ID="1">'
                    '<ofd:TextObject ID="2" Boundary="20 30 60 6" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g 3 5">第二部分</ofd:TextCode></ofd:TextObject>'
                    '<ofd:TextObject ID="3" Boundary="40 30.5 60 6" Size="5"><ofd:TextCode X="0" Y="5">内容</ofd:TextCode></ofd:TextObject>'
                    '</ofd:Layer></ofd:Content></ofd:Page>')
    doc = load_ofd(buf.getvalue())
    assert [doc.text[ln.start:ln.end] for ln in doc.lines] == ["第二部分内容"]
    assert doc.pages[0].width == 148 and doc.pages[0].height == 210
    assert doc.lines[0].bbox[0] == 20 and doc.lines[0].bbox[2] == pytest.approx(50)


def test_not_an_ofd():
    with pytest.raises(UnreadableInputError):
        load_ofd(b"PK\x03\x04 truncated")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("OFD.xml", "<OFD><DocBody/></OFD>")
    with pytest.raises(UnreadableInputError, match="DocRoot"):
        load_ofd(buf.getvalue())


def test_image_only_page_warns():
    doc = load_ofd(make_ofd([[]]))
    assert doc.lines == [] and ("no_text_layer" in {c for c, _ in doc.warnings})
