"""DOCX loader: Word numbering drawn as text, tables, headers/footers, title hints, bad inputs."""

from __future__ import annotations

import io
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from govdoc_nlp.errors import MissingDependencyError, UnreadableInputError, UnsupportedFormatError
from govdoc_nlp.load import load
from govdoc_nlp.load.docx import load_doc, load_docx
from govdoc_nlp.load.docx_numbering import chinese_number, format_number

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from render_docx import render_docx  # noqa: E402

REPLY = """交建议〔2024〕12号
关于市人大五届三次会议
第12号建议的答复
李明代表：
您提出的关于加快老旧小区改造的建议收悉，现答复如下：
一、关于改造资金。今年我局已争取中央补助资金1200万元。
（一）中央资金。已下达800万元。
（二）地方资金。已落实400万元。
二、关于改造进度。6个小区已全部开工。
（一）开工情况。已全部开工。
三、关于下一步工作。我局将会同各街道加快推进改造工作。
感谢您对住房和城乡建设工作的关心和支持。
联系人：王芳
联系电话：0731-88886666
示例市住房和城乡建设局
2024年6月3日
"""


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "reply.docx"
    render_docx(REPLY, path)
    return load(path)


def _texts(doc, role=None):
    return [doc.text[ln.start:ln.end] for ln in doc.lines if ln.role == role]


def test_fixture_numbers_are_not_literal_text(tmp_path):
    import docx

    path = render_docx(REPLY, tmp_path / "r.docx")
    paras = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "关于改造资金。今年我局已争取中央补助资金1200万元。" in paras
    assert not any(p.startswith("一、") for p in paras)


def test_numbering_rendered(doc):
    body = [doc.text[ln.start:ln.end] for ln in doc.lines if ln.role in (None, "title")]
    assert "一、关于改造资金。今年我局已争取中央补助资金1200万元。" in body
    assert "（一）中央资金。已下达800万元。" in body
    assert "（二）地方资金。已落实400万元。" in body
    assert "二、关于改造进度。6个小区已全部开工。" in body
    # the sub-level restarts under the next heading
    assert "（一）开工情况。已全部开工。" in body
    assert "三、关于下一步工作。我局将会同各街道加快推进改造工作。" in body


def test_body_order_title_and_hints(doc):
    assert doc.format == "docx" and doc.one_paragraph_per_line is True
    titles = _texts(doc, "title")
    assert titles == ["关于市人大五届三次会议", "第12号建议的答复"]
    first = next(ln for ln in doc.lines if ln.role == "title")
    assert first.centered is True and first.font_size == 22.0
    body = _texts(doc)
    assert body[0] == "交建议〔2024〕12号"
    assert body[1] == "李明代表："
    assert body[-2:] == ["示例市住房和城乡建设局", "2024年6月3日"]


def test_contact_table_rows(doc):
    assert _texts(doc, "table") == ["联系人： 王芳", "联系电话： 0731-88886666"]
    assert _texts(doc, "footer") == ["— 1 —"]


@pytest.mark.parametrize(
    ("n", "fmt", "want"),
    [(1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (12, "chineseCounting", "十二"),
     (21, "chineseCountingThousand", "二十一"), (105, "chineseCounting", "一百零五"),
     (3, "ideographTraditional", "丙"), (2, "decimalEnclosedCircle", "②"), (4, "upperRoman", "IV"), (7, "decimal", "7")],
)
def test_number_formats(n, fmt, want):
    assert format_number(n, fmt) == want


def test_chinese_number_zero_inside():
    assert chinese_number(1005) == "一千零五"


def test_truncated_docx_is_unreadable(tmp_path):
    path = render_docx(REPLY, tmp_path / "r.docx")
    data = path.read_bytes()
    with pytest.raises(UnreadableInputError):
        load_docx(data[: len(data) // 2], path="cut.docx")


def test_zip_renamed_docx(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "hello")
    data = buf.getvalue()
    with pytest.raises(UnreadableInputError, match="word/document.xml"):
        load_docx(data, path="fake.docx")
    bad = tmp_path / "fake.docx"
    bad.write_bytes(data)
    with pytest.raises(UnsupportedFormatError):
        load(bad)


def test_docx_with_broken_document_xml():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(UnreadableInputError, match="not a valid DOCX"):
        load_docx(buf.getvalue())


def test_doc_without_libreoffice(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(MissingDependencyError, match="LibreOffice"):
        load_doc(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, path="old.doc")
