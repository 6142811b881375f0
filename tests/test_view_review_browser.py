"""The review page driven in headless Chromium over the DevTools protocol (tests/cdp.py): open the
queue, open its lowest-confidence document, correct fields by typing and by selecting text in the
document, save, then check the gold file and what `govdoc eval` makes of it. Screenshots of the
queue and of the document under review go to tests/_output/. Skips without Chromium."""

from __future__ import annotations

import json
import threading

import pytest
from test_view_browser import OUTPUT, find_chromium
from test_view_review import FULL_ISSUER, SIGNED, WEB_COPY

from govdoc_nlp.api import parse_text
from govdoc_nlp.evaluate import evaluate

WEB_PHONE = WEB_COPY + "（联系电话：0571-6987654）\n"  # a phone without a contact person: contact.person is doubtful
NO_SIGNATURE = """对市政协九届二次会议第0207号提案的答复
民进市委会：
贵会提出的关于推进社区嵌入式托育服务的提案收悉。经研究，现答复如下
目前全市已建成托育机构56家。我们将继续推动社区托育点建设，力争年内新增托位800个。
"""
COMMITMENT = "我局将于明年启动第二批老旧小区改造，同步规划停车设施。"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    pytest.importorskip("websocket", reason="websocket-client (dev extra) drives Chromium's DevTools protocol")
    exe = find_chromium()
    if exe is None:
        pytest.skip("headless Chromium not found at /usr/bin/chromium (Debian: apt-get install -y chromium)")
    from cdp import Browser

    with Browser(exe, tmp_path_factory.mktemp("cdp") / "profile") as b:
        yield b


@pytest.fixture
def served(tmp_path):
    from govdoc_nlp.view.server import make_server

    docs = tmp_path / "docs"
    (docs / "web").mkdir(parents=True)
    (docs / "signed.txt").write_text(SIGNED, encoding="utf-8")
    (docs / "web" / "parking-31.txt").write_text(WEB_PHONE, encoding="utf-8")
    (docs / "childcare-0207.txt").write_text(NO_SIGNATURE, encoding="utf-8")
    server = make_server(str(docs), port=0, background=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, docs
    server.shutdown()
    server.server_close()


def test_review_a_document_in_chromium_and_eval_reads_the_gold(browser, served):
    server, docs = served
    confidence = {name: parse_text(text).min_confidence for name, text in
                  (("signed.txt", SIGNED), ("parking-31.txt", WEB_PHONE), ("childcare-0207.txt", NO_SIGNATURE))}
    assert confidence["parking-31.txt"] < confidence["signed.txt"]
    page = browser.new_page()

    # the queue: lowest confidence first, each row with its weakest fields
    page.goto(server.url + "review")
    keys = page.evaluate("Array.from(document.querySelectorAll('#queue tbody tr small')).map(e => e.textContent)")
    assert [k.rsplit("/", 1)[-1] for k in keys] == sorted(confidence, key=confidence.get)
    mark = ("(function(){var r=Array.from(document.querySelectorAll('#queue tbody tr'))"
            ".find(r => r.querySelector('small').textContent.endsWith('parking-31.txt'));"
            "r.querySelector('a').id='parking'; return r.querySelector('td.weak').textContent;})()")
    weak = page.evaluate(mark)
    conf = parse_text(WEB_PHONE).confidence
    assert weak.startswith(f"{min(conf, key=conf.get)} {min(conf.values()):.2f}")
    assert f"contact.person {conf['contact.person']:.2f}" in weak
    page.screenshot(OUTPUT / "review-queue.png")

    # open the web copy whose contact person is doubtful with a click, as a reviewer would
    page.click("#parking")
    page.wait("document.body && document.body.dataset.reviewReady === '1'")
    assert page.evaluate("document.getElementById('doc-title').textContent") == "对县十七届人大四次会议第31号建议的答复"
    assert page.evaluate("document.querySelector('[data-field=issuer] .val').value") == "县住建局"
    assert page.evaluate("document.querySelector('[data-field=\"contact.person\"] .conf').className") in ("conf c-mid", "conf c-lo")  # doubtful, not high

    # type a correction; accept what is right; set fields from text selected in the document
    page.type("[data-field=issuer] .val", FULL_ISSUER)
    for field in ("date", "contact.person", "contact.phone", "sections"):
        page.click(f'[data-field="{field}"] button[data-act=accept]')
    def select(text: str) -> None:
        page.select_text("#doctext", text)
        page.wait(f"document.getElementById('seltext').textContent === {json.dumps(text)}")

    select("关于整治老旧小区停车难")
    page.click('[data-field="proposal.title"] button[data-act=sel]')
    page.click('[data-field="commitments"] li.it button[data-act=item-del]')  # remove the parsed one …
    select(COMMITMENT)
    page.click('[data-field="commitments"] button[data-act=add-sel]')  # … and add it again from the text
    select("二、关于老旧小区改造")
    page.click('[data-field="sections"] button[data-act=add-sel]')  # a heading line becomes level 1, number 二
    page.click('[data-field="sections"] li.it:last-child button[data-act=item-del]')  # (it was there already)
    page.type("#notes", "来源 line gives a short issuer name")
    states = page.evaluate("Object.fromEntries(Array.from(document.querySelectorAll('.rf')).map(r => [r.dataset.field, r.dataset.state]))")
    assert {f for f, s in states.items() if s != "todo"} == {"issuer", "date", "contact.person", "contact.phone", "sections",
                                                            "proposal.title", "commitments"}
    page.click("#save")
    page.wait("document.body.dataset.saved === '1'")
    assert page.evaluate("document.getElementById('status').textContent").startswith("saved 7 field(s) to web/parking-31.gold.json")
    page.evaluate("(function(){var p=document.getElementById('review'), r=document.querySelector('[data-field=\"proposal.title\"]');"
                  "p.scrollTop += r.getBoundingClientRect().top - p.getBoundingClientRect().top - 70; return p.scrollTop;})()")
    page.screenshot(OUTPUT / "review-document.png")

    # the gold file, in the contract's format, next to its document
    record = json.loads((docs / "web" / "parking-31.gold.json").read_text(encoding="utf-8"))
    assert (record["doc_id"], record["input"], record["notes"]) == ("parking-31", "parking-31.txt", "来源 line gives a short issuer name")
    assert record["fields"] == {
        "proposal.title": "关于整治老旧小区停车难",
        "issuer": FULL_ISSUER,
        "date": None,
        "contact.person": [],
        "contact.phone": ["0571-6987654"],
        "sections": [{"level": 1, "number": "一", "heading": "关于新增停车泊位"}, {"level": 1, "number": "二", "heading": "关于老旧小区改造"}],
        "commitments": [COMMITMENT],
    }
    # eval reads it: the parser's short issuer is now an error, everything accepted scores right
    report = evaluate(docs)
    assert report.documents == 1 and not report.failed
    assert report.errors == {"parking-31": [f"issuer: gold='{FULL_ISSUER}' pred='县住建局'"]}
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (5, 1, 1)

    # reopened, the page shows the saved state; the queue marks the document reviewed
    page.goto(server.url + "review")
    assert page.evaluate("Array.from(document.querySelectorAll('#queue tbody tr')).filter(r => r.querySelector('.done'))"
                         ".map(r => r.querySelector('small').textContent.split('/').pop())") == ["parking-31.txt"]


def test_hostile_document_review_page_runs_no_injected_script(browser, tmp_path):
    from test_view_render import XSS_REPLY

    from govdoc_nlp.view.server import make_server

    (tmp_path / "evil.txt").write_text(XSS_REPLY, encoding="utf-8")
    server = make_server(str(tmp_path), port=0, background=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = browser.new_page()
        page.goto(server.url + "review/1")
        page.wait("document.body.dataset.reviewReady === '1'")
        title = parse_text(XSS_REPLY).title
        assert page.evaluate("document.title") == "review · " + title
        assert page.evaluate("document.querySelectorAll('img').length") == 0
        assert page.evaluate("document.querySelector('[data-field=title] .val').value") == title
    finally:
        server.shutdown()
        server.server_close()
