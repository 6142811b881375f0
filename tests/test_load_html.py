"""HTML loader: chrome stays out of the content, metadata is read, fragments match their text."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pytest

from govdoc_nlp.load import load
from govdoc_nlp.load.html import load_html
from govdoc_nlp.load.options import LoadOptions

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from render_html import FOOTER_ORGANIZER, FOOTER_PHONE, render_html  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
REAL = SHARED / "real" / "zhouynf_platform1"

REPLY = """关于市人大五届三次会议第12号建议的答复
李明代表：
您提出的关于加快老旧小区改造的建议收悉，现答复如下：
一、关于改造资金。今年我局已争取中央补助资金1200万元，支持6个小区改造。
下一步，我局将会同各街道加快推进改造工作。
感谢您对住房和城乡建设工作的关心和支持。
联系人：王芳
联系电话：0731-88886666
示例市住房和城乡建设局
2024年6月3日
"""


def _content(doc) -> list[str]:
    return [doc.text[line.start:line.end] for line in doc.lines if line.role not in ("chrome", "metadata")]


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_rendered_page_content_is_the_reply_and_footer_is_not():
    doc = load(render_html(REPLY))
    assert doc.format == "html" and doc.one_paragraph_per_line is True
    content = _content(doc)
    assert content == [line for line in REPLY.splitlines() if line]
    joined = "\n".join(content)
    assert FOOTER_ORGANIZER not in joined and FOOTER_PHONE not in joined
    for chrome in ("当前位置", "打印本页", "扫一扫", "上一篇", "ICP备", "字号", "无障碍"):
        assert chrome not in joined
    assert all(line.paragraph_start for line in doc.lines)
    assert doc.metadata["published"] == "2024-06-03"
    assert doc.metadata["title_hint"] == "关于市人大五届三次会议第12号建议的答复"
    assert doc.metadata["url"].startswith("https://www.example.gov.cn/")
    assert doc.metadata["publisher"] == "示例市人民政府"
    assert doc.warnings == []


def test_title_emitted_once_with_title_role():
    doc = load(render_html(REPLY))
    titles = [doc.text[line.start:line.end] for line in doc.lines if "第12号建议的答复" in doc.text[line.start:line.end]]
    assert titles == ["关于市人大五届三次会议第12号建议的答复"]
    first = doc.lines[0]
    assert doc.text[first.start:first.end] == titles[0] and first.centered


def test_gbk_declared_page_decodes():
    data = render_html(REPLY, encoding="gbk")
    assert b"charset=gb2312" in data
    doc = load(data)
    assert doc.encoding == "gb18030"
    assert "李明代表：" in _content(doc)


def test_fragment_spans_join_and_br_splits():
    frag = (
        '<td id="UCAP-CONTENT"><p style="text-align: center;"><span style="font-size: 18pt;">国务院办公厅对十届</span>'
        '<span style="font-size: 18pt;">全国人大四次会议</span><br> <span style="font-size: 18pt;">第1号建议的答复</span></p>'
        "<p>张三代表：</p><p>您提出的建议收悉，现答复如下：</p><p>感谢您对政府工作的关心和支持。</p></td>"
    ).encode()
    doc = load_html(frag, path=None, options=LoadOptions())
    lines = [doc.text[line.start:line.end] for line in doc.lines]
    assert lines[:2] == ["国务院办公厅对十届全国人大四次会议", "第1号建议的答复"]
    assert lines[2] == "张三代表："
    assert doc.lines[0].centered and doc.lines[0].font_size == 18.0 and doc.lines[0].role == "title"


def test_metadata_table_with_lost_first_characters():
    page = (
        "<html><head><meta charset='utf-8'><title>关于第5号提案的答复_某某区人民政府</title></head><body>"
        "<table><tr><td>引号:</td><td>000014349/2022-00061</td><td>号:</td><td>某政函〔2022〕9号</td></tr>"
        "<tr><td>布日期:</td><td>2022年3月4日</td></tr></table>"
        "<div class='zw'><p>王五委员：</p><p>您提出的关于加强社区养老服务的提案收悉，现答复如下：我们已经开展了大量工作。</p></div>"
        "</body></html>"
    ).encode()
    doc = load(page)
    assert doc.metadata["index_no"] == "000014349/2022-00061"
    assert doc.metadata["doc_number"] == "某政函〔2022〕9号"
    assert doc.metadata["published"] == "2022-03-04"
    assert doc.metadata["title_hint"] == "关于第5号提案的答复"
    assert _content(doc)[0] == "关于第5号提案的答复"


def test_page_without_reply_loads_with_warning():
    page = "<html><body><div class='nav'><a href='/'>首页</a></div><div>欢迎访问</div></body></html>".encode()
    doc = load(page)
    assert ("no_content" in {code for code, _ in doc.warnings})
    assert len(_content(doc)) <= 1


def test_footer_in_same_container_is_chrome():
    page = (
        "<html><body><div>"
        "<p>赵六代表：</p><p>您提出的关于改善农村道路的建议收悉，现答复如下：我局已完成道路硬化20公里。</p>"
        "<p>某县交通运输局</p><p>2023年5月6日</p>"
        "<p>主办单位：某县人民政府办公室 承办单位：某县数据局</p><p>联系电话：0000-1234567</p>"
        "<p>某ICP备12345678号 网站标识码：123</p></div></body></html>"
    ).encode()
    doc = load(page)
    content = "\n".join(_content(doc))
    assert "主办单位" not in content and "ICP" not in content and "0000-1234567" not in content
    assert "2023年5月6日" in content


def test_broken_markup_does_not_crash():
    doc = load("<html><body><div class=content><p>孙七代表：<p>您提出的建议收悉，现答复如下：已经办理。<td></span></div".encode())
    assert [doc.text[line.start:line.end] for line in doc.lines][:1] == ["孙七代表："]


def test_hundred_kb_page_is_fast():
    data = render_html(REPLY * 80)
    assert len(data) > 60_000
    load(data)  # warm up imports
    t = time.perf_counter()
    load(data)
    assert time.perf_counter() - t < 0.25


@pytest.mark.skipif(not REAL.exists(), reason="../shared corpus not available")
@pytest.mark.parametrize("html_path", sorted(REAL.glob("*.html")) if REAL.exists() else [], ids=lambda p: p.name[:2])
def test_real_fragments_match_their_text_versions(html_path: Path):
    doc = load(html_path)
    txt = html_path.parent / "txt_derived" / (html_path.stem + ".txt")
    want = [_squash(x) for x in txt.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert [_squash(x) for x in _content(doc)] == want


@pytest.mark.skipif(not (SHARED / "dev").exists(), reason="../shared corpus not available")
def test_dev_pages_keep_footer_and_neighbours_out():
    for page in sorted((SHARED / "dev").glob("*.html")):
        doc = load(page)
        content = "\n".join(_content(doc))
        assert "上一篇" not in content and "ICP" not in content, page.name
        assert "网站标识码" not in content and "扫一扫" not in content, page.name
        # the site footer's 主办单位 line never reaches the content
        assert not re.search(r"主办单位：\S*人民政府办公室", content), page.name
        assert doc.metadata.get("published"), page.name
    db03 = load(SHARED / "dev" / "db-03.html")
    assert _content(db03)[:2] == ["关于省十四届人大二次会议宁15号建议的答复", "江交建〔2024〕63号"]
    assert db03.metadata["doc_number"] == "江交建〔2024〕63号"
