"""The review page in a real browser (headless Chromium): scripts run, highlighted spans carry the
extracted texts, page boxes are drawn on a scan, hostile document text stays inert. Screenshots go
to tests/_output/ (gitignored). Skips where Chromium is not installed (Debian: apt-get install chromium)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from test_view_render import C01, XSS_REPLY, dom_marks, nows

from govdoc_nlp.api import parse_text
from govdoc_nlp.view.analyse import analyse_file
from govdoc_nlp.view.render import render_html

OUTPUT = Path(__file__).resolve().parent / "_output"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def find_chromium() -> str | None:
    for path in (os.environ.get("GOVDOC_CHROMIUM"), *CHROMIUM_CANDIDATES, shutil.which("chromium")):
        if path and os.access(path, os.X_OK):
            return path
    return None


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    exe = find_chromium()
    if exe is None:
        pytest.skip("headless Chromium not found at /usr/bin/chromium (Debian: apt-get install -y chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")

    def run(url: str, *, screenshot: Path | None = None, size: str = "1500,1000") -> str:
        args = [
            exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            f"--user-data-dir={profile}", f"--window-size={size}", "--virtual-time-budget=3000",
        ]
        args += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
        out = subprocess.run([*args, url], capture_output=True, text=True, timeout=60)
        if screenshot:
            assert screenshot.is_file() and screenshot.stat().st_size > 10_000, out.stderr[-2000:]
        return out.stdout

    return run


def write(name: str, html: str) -> Path:
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / name
    path.write_text(html, encoding="utf-8")
    return path


def check_text_view(chromium, name: str, analysis) -> object:
    reply = analysis.reply
    page = write(f"{name}.html", render_html(reply, analysis=analysis))
    chromium(page.as_uri(), screenshot=OUTPUT / f"{name}.png")
    dom = dom_marks(chromium(page.as_uri()))
    assert dom.body.get("data-view-ready") == "1"  # the page's own script ran
    assert int(dom.body["data-marks"]) == len([h for h in dom.texts])
    assert [nows(t) for t in dom.by_field("title")] == [nows(reply.title)]
    assert len(reply.commitments) >= 1
    for i, com in enumerate(reply.commitments):
        assert [nows(t) for t in dom.by_field(f"commitments[{i}]")] == [nows(com.text)]
    for i, sec in enumerate(reply.sections):
        assert [nows(t) for t in dom.by_field(f"sections[{i}]")] == [nows(sec.marker + sec.heading)]
    return dom


def test_seed_document_in_chromium(chromium, seed_path):
    analysis = analyse_file(seed_path)
    dom = check_text_view(chromium, "view-seed", analysis)
    assert dom.by_field("contact.organizer") == ["信阳市教育体育局"]
    assert dom.by_field("contact.person") == ["张超"]


def test_corpus_c01_in_chromium(chromium):
    dom = check_text_view(chromium, "view-c01", analyse_file(C01))
    assert dom.by_field("issuer") == ["教育部"] and dom.by_field("proposal.number") == ["3517"]
    # a link to a field (#hN, what a click on its panel entry does) flashes its span
    commitment = next(h for h, f in dom.fields.items() if f == "commitments[1]")
    after = chromium((OUTPUT / "view-c01.html").as_uri() + "#" + commitment)
    flashed = re.findall(r'<mark class="([^"]*)" data-h="([^"]*)"', after)
    assert {h for cls, h in flashed if "flash" in cls.split()} == {commitment}


def test_scanned_corpus_page_with_boxes(chromium, tmp_path):
    sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
    from render_pdf import find_font, render_pdf
    from render_scan import scan_pages, write_image_pdf

    try:
        find_font()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"no CJK font to render the scan: {exc}")
    # the fixture sets every line above the addressee as the title: leave out c01's 文号 line
    text = C01.read_text(encoding="utf-8").split("\n", 1)[1]
    pdf = render_pdf(text, tmp_path / "c01.pdf")
    first = scan_pages(pdf, dpi=300, angle=1.0, noise=6)[:1]  # one page: OCR costs ~3 s a page
    scan = write_image_pdf(first, tmp_path / "c01-scan.pdf")
    analysis = analyse_file(scan)
    reply = analysis.reply
    assert reply.source.methods == ["ocr"] and reply.title
    page = write("view-scan.html", render_html(reply, analysis=analysis))
    chromium(page.as_uri(), screenshot=OUTPUT / "view-scan.png", size="1600,1200")
    dom = dom_marks(chromium(page.as_uri()))
    assert dom.body.get("data-view-ready") == "1"
    assert [nows(t) for t in dom.by_field("title")] == [nows(reply.title)]
    # (the title the fixture sets on three centred lines comes out as its last line, 答复: the
    # view shows it; the spans must still carry exactly what was extracted)
    assert dom.by_field("proposal.session") == ["十四届全国人大一次会议"] and dom.by_field("proposal.number") == ["3517"]
    assert [img["src"][:23] for img in dom.imgs] == ["data:image/jpeg;base64,"]
    title_ids = {h for h, f in dom.fields.items() if f in ("title", "proposal.number")}
    boxes = [r for r in dom.rects if r["data-h"] in title_ids]
    assert boxes, "the title is boxed on the page image"
    for r in boxes:  # PDF points on an A4 page: the title sits in the upper part, within the margins
        x, y, w, h = (float(r[k]) for k in ("x", "y", "width", "height"))
        assert 60 < x and x + w < 540 and 60 < y < 250 and 10 < h < 40
    section_ids = {h for h, f in dom.fields.items() if f.startswith("sections[")}
    assert any(r["data-h"] in section_ids for r in dom.rects)


def test_hostile_document_runs_no_script(chromium, tmp_path):
    reply = parse_text(XSS_REPLY)
    page = write("view-xss.html", render_html(reply))
    dom = dom_marks(chromium(page.as_uri()))
    assert dom.body.get("data-view-ready") == "1"
    assert "PWNED" not in dom.title.replace(reply.title, "")  # document.title was not rewritten
    assert dom.title == "govdoc view · " + reply.title
    assert dom.imgs == [] and len(dom.scripts) == 2
    texts = "".join(dom.texts.values())
    assert "<script>alert(1)</script>" in texts and '"><img src=x onerror=alert(1)>' in texts


def test_hostile_document_served(chromium, tmp_path):
    from govdoc_nlp.view.server import make_server

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "evil.txt").write_text(XSS_REPLY, encoding="utf-8")
    server = make_server(str(folder), port=0, background=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        listing = chromium(server.url)
        assert re.search(r"<title>govdoc view · docs</title>", listing)
        assert "<img" not in listing and "&lt;script&gt;document.title" in listing
        dom = dom_marks(chromium(server.url + "doc/1"))
        assert dom.body.get("data-view-ready") == "1"  # the nonce'd script passed the CSP header
        assert dom.title == "govdoc view · " + parse_text(XSS_REPLY).title and dom.imgs == []
    finally:
        server.shutdown()
        server.server_close()
