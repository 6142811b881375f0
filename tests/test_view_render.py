"""The review page's HTML without a browser: highlights by span, escaping of untrusted text,
legend contrast, and the served list (folder and archive) over HTTP."""

from __future__ import annotations

import json
import re
import threading
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

from govdoc_nlp.api import parse, parse_text
from govdoc_nlp.view.fields import INK, KINDS, Mark, build_marks, locate
from govdoc_nlp.view.render import markup_text, render_html, script_json

ROOT = Path(__file__).resolve().parent.parent
C01 = ROOT / "corpora" / "text" / "c01.txt"

XSS_REPLY = """关于市政协十届三次会议第<script>document.title='PWNED'</script>128号提案的答复
"><img src=x onerror="document.title='PWNED2'">委员：
您提出的《关于<script>alert(1)</script>的提案》收悉。现答复如下：
一、关于"><img src=x onerror=alert(1)>的建议
我局将于2024年底前完成</textarea></pre><script>document.title='PWNED3'</script>评估工作。
秦原县民政局
2024年6月18日
"""


class DomMarks(HTMLParser):
    """Text of every highlight (pieces of one data-h joined), attributes of the <body>, the rects
    drawn on page images, and every <script> and <img> element found."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.texts: dict[str, str] = {}
        self.fields: dict[str, str] = {}
        self.body: dict[str, str] = {}
        self.rects: list[dict[str, str]] = []
        self.scripts: list[dict[str, str]] = []
        self.imgs: list[dict[str, str]] = []
        self.title = ""
        self._in_title = False
        self._in_doctext = 0

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "body":
            self.body = a
        elif tag == "rect":
            self.rects.append(a)
        elif tag == "script":
            self.scripts.append(a)
        elif tag == "img":
            self.imgs.append(a)
        elif tag == "title" and not self.title:
            self._in_title = True
        if tag == "pre" and a.get("id") == "doctext":
            self._in_doctext = 1
        elif self._in_doctext and tag == "pre":
            self._in_doctext += 1
        if tag == "mark" and self._in_doctext:
            self.stack.append(a.get("data-h"))
            self.fields[a["data-h"]] = a.get("data-field", "")
            self.texts.setdefault(a["data-h"], "")

    def handle_endtag(self, tag):
        if tag == "mark" and self._in_doctext and self.stack:
            self.stack.pop()
        elif tag == "title":
            self._in_title = False
        elif tag == "pre" and self._in_doctext:
            self._in_doctext -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        for h in set(self.stack):
            if h:
                self.texts[h] += data

    def by_field(self, field: str) -> list[str]:
        return [self.texts[h] for h, f in self.fields.items() if f == field]


def dom_marks(html: str) -> DomMarks:
    p = DomMarks()
    p.feed(html)
    return p


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_nested_and_crossing_spans_keep_their_texts():
    text = "0123456789abcdef"
    marks = [
        Mark("h0", "outer", "title", "", 0, 10),
        Mark("h1", "inner", "number", "", 2, 5),
        Mark("h2", "cross", "date", "", 8, 14),
        Mark("h3", "same", "issuer", "", 8, 14),
        Mark("h4", "nospan", "other", ""),
    ]
    html = markup_text(text, marks)
    dom = dom_marks(f'<pre id="doctext">{html}</pre>')
    assert dom.texts == {"h0": "0123456789", "h1": "234", "h2": "89abcd", "h3": "89abcd"}
    assert re.sub(r"<[^>]+>", "", html) == text
    assert html.count('id="h2"') == 1  # the first piece only carries the id


def test_c01_marks_cover_fields_sections_and_commitments():
    reply = parse(C01)
    dom = dom_marks(render_html(reply))
    assert nows(dom.by_field("title")[0]) == nows(reply.title) == "关于十四届全国人大一次会议第3517号建议的答复"
    assert dom.by_field("proposal.number") == ["3517"]
    assert dom.by_field("issuer") == ["教育部"]
    assert [nows(t) for t in dom.by_field("sections[0]")] == ["一、关于加大周转宿舍建设投入"]
    assert len(reply.commitments) == 2
    for i, com in enumerate(reply.commitments):
        assert [nows(t) for t in dom.by_field(f"commitments[{i}]")] == [nows(com.text)]
    assert dom.body["data-view-ready"] == "0"  # only the page's script sets it to 1


def test_contact_values_without_provenance_are_located():
    reply = parse_text("关于第12号提案的答复\n张三委员：\n现答复如下：\n我局将继续推进。\n（联系人：王明；联系电话：0917-5551234）\n某县民政局\n2024年6月18日\n")
    marks = {m.field: m for m in build_marks(reply)}
    assert reply.contact.person == ["王明"]
    phone = marks["contact.phone"]
    assert phone.located and reply.text[phone.start : phone.end] == "0917-5551234"
    assert locate("a b\nc", "abc") == (0, 5)


def test_untrusted_text_is_escaped_everywhere():
    reply = parse_text(XSS_REPLY)
    html = render_html(reply, nonce="testnonce")
    # our two script elements only, and no injected element of any kind
    assert len(re.findall(r"<script\b", html)) == 2
    assert "<img src=x" not in html and "</textarea></pre><script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    dom = dom_marks(html)
    assert dom.imgs == [] and dom.title == "govdoc view · " + reply.title
    assert "<script>document.title='PWNED'</script>" in reply.title  # shown as text, not run
    assert any("<script>alert(1)</script>" in t for t in dom.texts.values())
    # JSON inside <script> cannot close the element
    assert script_json({"a": "</script><script>x"}) == '{"a": "\\u003c/script\\u003e\\u003cscript\\u003ex"}'


def contrast(fg: str, bg: str) -> float:
    def lum(hex_: str) -> float:
        rgb = [int(hex_[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    a, b = sorted((lum(fg), lum(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_highlight_colours_meet_wcag_aa():
    ratios = {kind: contrast(INK, bg) for kind, (_label, bg, _line) in KINDS.items()}
    assert min(ratios.values()) >= 4.5, ratios
    # box outlines on white page images are graphical objects: WCAG 1.4.11 asks 3:1
    assert min(contrast(line, "#ffffff") for _l, _b, line in KINDS.values()) >= 3.0


# ---------------------------------------------------------------------------------------- served
def get(url: str, host: str | None = None) -> tuple[int, str, dict[str, str]]:
    req = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8"), dict(exc.headers)


@pytest.fixture
def served(request):
    from govdoc_nlp.view.server import make_server

    servers = []

    def start(source, **kw):
        server = make_server(str(source), port=0, background=False, **kw)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server.url

    yield start
    for s in servers:
        s.shutdown()
        s.server_close()


def test_folder_list_search_filters_and_pages(tmp_path, served):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(C01.read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "evil.txt").write_text(XSS_REPLY, encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    url = served(docs)
    status, body, headers = get(url)
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    assert "3 of 3 document(s)" in body and "<script" not in body
    assert "&lt;script&gt;" in body  # the evil title, as text
    api = json.loads(get(url + "api/docs?q=%E5%91%A8%E8%BD%AC%E5%AE%BF%E8%88%8D")[1])  # 周转宿舍
    assert [d["key"].rsplit("/", 1)[-1] for d in api["docs"]] == ["a.txt"]
    assert api["docs"][0]["issuer"] == "教育部"
    failed = json.loads(get(url + "api/docs?status=failed")[1])["docs"]
    assert [d["key"].rsplit("/", 1)[-1] for d in failed] == ["empty.txt"] and failed[0]["error"]
    issuer = json.loads(get(url + "api/docs?issuer=%E6%95%99%E8%82%B2%E9%83%A8")[1])
    assert issuer["total"] == 1
    none = json.loads(get(url + "api/docs?warn=none&status=ok")[1])
    assert all(d["n_warnings"] == 0 for d in none["docs"])
    doc_id = api["docs"][0]["id"]
    status, page, headers = get(f"{url}doc/{doc_id}")
    nonce = re.search(r"'nonce-([^']+)'", headers["Content-Security-Policy"]).group(1)
    assert status == 200 and f'<script nonce="{nonce}">' in page
    assert nows(dom_marks(page).by_field("title")[0]) == "关于十四届全国人大一次会议第3517号建议的答复"
    assert json.loads(get(f"{url}doc/{doc_id}.json")[1])["issuer"] == "教育部"
    assert get(f"{url}doc/999999")[0] == 404
    assert get(url, host="attacker.example:80")[0] == 403  # DNS rebinding


def test_archive_from_convert(tmp_path, served):
    import govdoc_nlp

    src = tmp_path / "in"
    src.mkdir()
    (src / "c01.txt").write_text(C01.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "bad.txt").write_bytes(b"")
    out = tmp_path / "out.sqlite"
    govdoc_nlp.convert([str(src)], str(out), jobs=1)
    url = served(out)
    api = json.loads(get(url + "api/docs")[1])
    assert {d["status"] for d in api["docs"]} == {"ok", "failed"}
    ok = next(d for d in api["docs"] if d["status"] == "ok")
    assert ok["title"] == "关于十四届全国人大一次会议第3517号建议的答复"
    page = get(f"{url}doc/{ok['id']}")[1]
    assert nows(dom_marks(page).by_field("issuer")[0]) == "教育部"
    bad = next(d for d in api["docs"] if d["status"] == "failed")
    assert "Could not be parsed" in get(f"{url}doc/{bad['id']}")[1]


def test_cli_writes_one_self_contained_file(tmp_path):
    from govdoc_nlp.cli import main

    out = tmp_path / "c01.html"
    assert main(["view", str(C01), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    # nothing to fetch: no external URL in src/href, and a CSP that forbids the network anyway
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert "default-src 'none'" in html.replace("&#x27;", "'")
    assert main(["view", str(tmp_path / "missing.txt"), "-o", str(out)]) == 2
