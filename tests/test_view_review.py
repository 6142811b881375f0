"""The review queue and the save endpoint of `govdoc view --serve`, over HTTP without a browser:
queue order, escaped review page, and every refusal of the only request that writes (token, origin,
size, traversal), the atomic write, and gold files that `govdoc eval` and `--corrections` read."""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import re
import sqlite3
import threading
from pathlib import Path

import pytest
from test_view_render import XSS_REPLY, contrast

from govdoc_nlp.api import parse_text
from govdoc_nlp.evaluate import evaluate, load_gold
from govdoc_nlp.view import gold as gold_mod
from govdoc_nlp.view.gold import MAX_BODY, GoldError, clean_fields
from govdoc_nlp.view.review_assets import CONF_COLOURS

# Written for these tests: a signed, dated reply, and a web copy whose issuer comes from the
# page's 来源 line and that prints no date of its own (the parser is less sure of it).
SIGNED = """关于县十八届人大二次会议第15号建议的答复
周立新代表：
您提出的《关于加快农村供水管网改造的建议》收悉，现答复如下：
一、关于管网改造进展
今年以来，我局已完成三个乡镇的供水管网改造，新铺设管道42公里。
二、关于水质监测
我局已在全县设立水质监测点18个，每月公开检测结果。下一步，我局将在2025年底前完成其余五个乡镇的管网改造。
感谢您对水利工作的关心和支持。
桐川县水利局
2024年7月9日
（联系人：何晓梅；联系电话：0571-6123456）
"""
WEB_COPY = """对县十七届人大四次会议第31号建议的答复
来源：县住建局  时间：2024-09-02  浏览量：25
罗建平代表：
您提出的《关于整治老旧小区停车难的建议》收悉，现答复如下：
一、关于新增停车泊位
我局已在城区新增公共停车泊位300个。
二、关于老旧小区改造
我局将于明年启动第二批老旧小区改造，同步规划停车设施。
"""
FULL_ISSUER = "县住房和城乡建设局"


def make_folder(root: Path) -> Path:
    docs = root / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "signed.txt").write_text(SIGNED, encoding="utf-8")
    (docs / "sub" / "webcopy.txt").write_text(WEB_COPY, encoding="utf-8")
    (docs / "evil.txt").write_text(XSS_REPLY, encoding="utf-8")
    return docs


@pytest.fixture
def serve():
    from govdoc_nlp.view.server import make_server

    servers = []

    def start(source, **kw):
        server = make_server(str(source), port=0, background=False, **kw)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for s in servers:
        s.shutdown()
        s.server_close()


def request(server, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str, dict]:
    host, port = server.server_address[:2]
    con = http.client.HTTPConnection(host, port, timeout=20)
    try:
        con.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        hdrs = {"Host": f"{host}:{port}", **(headers or {})}
        if body is not None and "Content-Length" not in hdrs:
            hdrs["Content-Length"] = str(len(body))
        for k, v in hdrs.items():
            if v is not None:
                con.putheader(k, v)
        con.endheaders()
        if body:
            con.send(body)
        resp = con.getresponse()
        return resp.status, resp.read().decode("utf-8"), dict(resp.getheaders())
    finally:
        con.close()


def ids_by_key(server) -> dict[str, int]:
    return {os.path.basename(k): i for i, k, _p in server.app.index.keys()}


def save(server, doc_id: int, payload: object, *, token: str | None = "", origin: str | None = "", **headers) -> tuple[int, dict]:
    host, port = server.server_address[:2]
    hdrs = {
        "Content-Type": "application/json",
        "Origin": f"http://{host}:{port}" if origin == "" else origin,
        "X-Govdoc-Token": server.app.token if token == "" else token,
        **headers,
    }
    status, body, _h = request(server, "POST", f"/review/{doc_id}/gold", json.dumps(payload, ensure_ascii=False).encode("utf-8"), hdrs)
    return status, json.loads(body)


def gold_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.gold.json"))


# ------------------------------------------------------------------------------------------ queue
def test_queue_lists_lowest_confidence_first_with_weakest_fields(tmp_path, serve):
    server = serve(make_folder(tmp_path))
    status, page, headers = request(server, "GET", "/review")
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    assert "<script" not in page and "&lt;script&gt;" in page  # the hostile title, as text
    ids = [int(i) for i in re.findall(r'<a href="/review/(\d+)">', page)]
    by_id = {i: os.path.basename(k) for i, k, _p in server.app.index.keys()}
    confidence = {"signed.txt": parse_text(SIGNED).min_confidence, "webcopy.txt": parse_text(WEB_COPY).min_confidence,
                  "evil.txt": parse_text(XSS_REPLY).min_confidence}
    order = ["evil.txt", "signed.txt", "webcopy.txt"]  # ties: by key
    assert [by_id[i] for i in ids] == sorted(confidence, key=lambda n: (confidence[n], order.index(n)))
    assert confidence["webcopy.txt"] < confidence["signed.txt"]
    weak = parse_text(WEB_COPY).confidence
    lowest = min((v, k) for k, v in weak.items() if "[" not in k)
    row = page.split(f'href="/review/{ids_by_key(server)["webcopy.txt"]}"')[1].split("</tr>")[0]
    assert f'{lowest[1]} <span class="conf' in row and f">{lowest[0]:.2f}<" in row
    # the next unreviewed document is the lowest one
    status, _b, headers = request(server, "GET", "/review/next")
    assert status == 302 and headers["Location"] == f"/review/{ids[0]}"


def test_review_page_shows_fields_confidence_spans_escaped(tmp_path, serve):
    server = serve(make_folder(tmp_path))
    ids = ids_by_key(server)
    status, page, headers = request(server, "GET", f"/review/{ids['webcopy.txt']}")
    policy = headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert status == 200 and "connect-src 'self'" in policy and "form-action 'none'" in policy
    assert page.count(f'<script nonce="{nonce}">') == 2 and len(re.findall(r"<script\b", page)) == 4  # 2 JSON data blocks
    reply = parse_text(WEB_COPY)
    issuer_row = re.search(r'<div class="rf" data-field="issuer".*?</div></div>', page, re.S).group(0)
    assert 'value="县住建局"' in issuer_row and f">{reply.confidence['issuer']:.2f}<" in issuer_row
    assert re.search(r'<a class="sp" href="#h\d+"', issuer_row)  # a link to its highlighted span
    assert page.count('data-field="') >= 17 and 'data-field="commitments"' in page and 'data-field="sections"' in page
    data = json.loads(re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page).group(1))
    assert data["token"] == server.app.token and data["save"] == f"/review/{ids['webcopy.txt']}/gold"
    evil = request(server, "GET", f"/review/{ids['evil.txt']}")[1]
    assert len(re.findall(r"<script\b", evil)) == 4 and "<img src=x" not in evil
    assert 'value="关于市政协十届三次会议第&lt;script&gt;document.title=&#x27;PWNED&#x27;&lt;/script&gt;128号提案的答复"' in evil
    assert request(server, "GET", "/review/99999")[0] == 404


def test_badge_colours_meet_wcag_aa():
    assert min(contrast("#111827", bg) for bg in CONF_COLOURS.values()) >= 4.5


# ------------------------------------------------------------------------------------------ save
def test_save_writes_gold_next_to_the_document_that_eval_reads(tmp_path, serve, capsys):
    docs = make_folder(tmp_path)
    server = serve(docs)
    doc = ids_by_key(server)["webcopy.txt"]
    payload = {
        "fields": {
            "issuer": FULL_ISSUER, "date": None, "proposal.number": "31",
            "sections": [{"level": 1, "number": "一", "heading": "关于新增停车泊位"}, {"level": "1", "number": "二", "heading": "关于老旧小区改造"}],
            "commitments": ["我局将于明年启动第二批老旧小区改造，同步规划停车设施。"],
        },
        "notes": "  issuer: the page's 来源 line gives a short name  ",
        "doc_id": "../../escape", "input": "/etc/passwd", "path": "../../x.gold.json",  # ignored: the server decides
    }
    status, answer = save(server, doc, payload)
    assert status == 200, answer
    assert answer == {"ok": True, "path": os.path.join("sub", "webcopy.gold.json"), "doc_id": "webcopy", "fields": 5}
    assert gold_files(tmp_path) == [docs / "sub" / "webcopy.gold.json"]
    record = json.loads((docs / "sub" / "webcopy.gold.json").read_text(encoding="utf-8"))
    assert record["doc_id"] == "webcopy" and record["input"] == "webcopy.txt" and record["format"] == "txt"
    assert record["notes"] == "issuer: the page's 来源 line gives a short name"
    assert record["sha256"] == hashlib.sha256((docs / "sub" / "webcopy.txt").read_bytes()).hexdigest()
    assert list(record["fields"]) == ["proposal.number", "issuer", "date", "sections", "commitments"]  # contract order
    assert record["fields"]["sections"][1] == {"level": 1, "number": "二", "heading": "关于老旧小区改造"}
    assert not [p for p in docs.rglob("*") if p.name.endswith(".tmp")]
    # eval finds it next to its document, parses the document and scores it against the reviewer's values
    [gold] = load_gold(docs)
    assert gold["_input"] == (docs / "sub" / "webcopy.txt").resolve()
    report = evaluate(docs)
    assert report.documents == 1
    assert report.errors["webcopy"] == [f"issuer: gold='{FULL_ISSUER}' pred='县住建局'"]
    assert report.fields["proposal.number"].tp == 1 and report.fields["sections"].tp == 2 and report.fields["commitments"].tp == 1
    from govdoc_nlp.cli import main

    assert main(["eval", str(docs)]) == 0
    assert "documents fully correct: 0/1" in capsys.readouterr().out
    # the reopened page shows the saved values as accepted, and the notes
    page = request(server, "GET", f"/review/{doc}")[1]
    assert re.search(r'data-field="issuer" data-type="scalar" data-state="ok"', page) and f'value="{FULL_ISSUER}"' in page
    assert re.search(r'data-field="title" data-type="scalar" data-state="todo"', page)
    assert "saved as sub/webcopy.gold.json" in page and "来源 line gives a short name</textarea>" in page
    # and the queue marks it reviewed; next skips it
    assert "✓ reviewed" in request(server, "GET", "/review")[1]
    assert request(server, "GET", "/review/next")[2]["Location"] != f"/review/{doc}"


def test_saved_gold_is_a_correction_for_convert(tmp_path, serve):
    from govdoc_nlp.model.corrections import corrections_for, load_corrections

    docs = make_folder(tmp_path)
    server = serve(docs)
    assert save(server, ids_by_key(server)["webcopy.txt"], {"fields": {"issuer": FULL_ISSUER}})[0] == 200
    found = load_corrections(docs / "sub")
    assert corrections_for(found, str(docs / "sub" / "webcopy.txt")) == {"issuer": FULL_ISSUER}


@pytest.mark.parametrize(
    ("token", "origin", "extra", "code"),
    [
        (None, "", {}, 403),  # no token
        ("x" * 43, "", {}, 403),  # a wrong one
        ("", None, {}, 403),  # no Origin
        ("", "http://attacker.example", {}, 403),
        ("", "", {"Sec-Fetch-Site": "cross-site"}, 403),
        ("", "", {"Content-Type": "text/plain"}, 415),  # a "simple" cross-site form post
    ],
)
def test_save_refuses_requests_not_from_its_own_page(tmp_path, serve, token, origin, extra, code):
    docs = make_folder(tmp_path)
    server = serve(docs)
    status, answer = save(server, ids_by_key(server)["signed.txt"], {"fields": {"issuer": "x局"}}, token=token, origin=origin, **extra)
    assert status == code and answer["error"]
    assert gold_files(tmp_path) == []


def test_save_refuses_foreign_host_and_other_post_paths(tmp_path, serve):
    docs = make_folder(tmp_path)
    server = serve(docs)
    body = json.dumps({"fields": {"issuer": "x局"}}).encode()
    hdrs = {"Content-Type": "application/json", "X-Govdoc-Token": server.app.token}
    rebind = {**hdrs, "Host": "attacker.example", "Origin": "http://attacker.example"}
    assert request(server, "POST", "/review/1/gold", body, rebind)[0] == 403
    host, port = server.server_address[:2]
    ok = {**hdrs, "Origin": f"http://{host}:{port}"}
    for path in ("/review/1/../../../../tmp/x/gold", "/review/..%2F..%2Fx/gold", "/doc/1", "/", "/review/1"):
        assert request(server, "POST", path, body, ok)[0] == 405, path
    assert gold_files(tmp_path) == [] and not (Path("/tmp/x") / "gold").exists()


def test_save_cannot_write_outside_the_served_folder(tmp_path, serve):
    docs = make_folder(tmp_path)
    server = serve(docs)
    doc = ids_by_key(server)["signed.txt"]
    outside = tmp_path / "outside"
    outside.mkdir()
    # a tampered index (a shared --index file) pointing a document outside the folder
    for path in (str(outside / "signed.txt"), os.path.join(str(docs), "..", "outside", "signed.txt")):
        server.app.index.db.execute("UPDATE docs SET key = ?, path = ? WHERE id = ?", (path, path, doc))
        status, answer = save(server, doc, {"fields": {"issuer": "x局"}})
        assert status == 403 and "outside" in answer["error"]
    # a sub-folder that is a link to elsewhere
    (docs / "linked").symlink_to(outside, target_is_directory=True)
    linked = str(docs / "linked" / "a.txt")
    server.app.index.db.execute("UPDATE docs SET key = ?, path = ? WHERE id = ?", (linked, linked, doc))
    assert save(server, doc, {"fields": {"issuer": "x局"}})[0] == 403
    assert gold_files(tmp_path) == []


def test_archive_gold_names_stay_inside_the_gold_folder(tmp_path):
    store = gold_mod.GoldStore(str(tmp_path / "gold"), mode="archive", archive=str(tmp_path / "a.sqlite"))
    keys = [(1, "../../etc/passwd", None), (2, "in/a.txt", None), (3, "other/a.txt", None), (4, "..\\..\\win.txt", None)]
    stems = store.stems(keys)
    for _i, key, _p in keys:
        target, doc_id, _rel = store.target({"key": key, "members": None}, stems)
        assert os.path.dirname(target) == str(tmp_path / "gold") and "/" not in doc_id and not doc_id.startswith(".")
    assert store.target({"key": "in/a.txt"}, stems)[1] == "in__a"  # two inputs named a.txt: the key tells them apart
    assert store.target({"key": "../../etc/passwd"}, stems)[1] == "passwd"
    assert store.target({"key": "..\\..\\win.txt"}, stems)[1] == "win"
    with pytest.raises(GoldError):
        store.target({"key": "x.zip!/a.txt"}, stems)


def test_folder_gold_names_tell_same_stem_documents_apart(tmp_path):
    store = gold_mod.GoldStore(str(tmp_path), mode="folder")
    keys = [(1, str(tmp_path / "a.txt"), None), (2, str(tmp_path / "a.pdf"), None), (3, str(tmp_path / "sub" / "a.txt"), None)]
    stems = store.stems(keys)
    assert store.target({"key": keys[0][1], "path": keys[0][1]}, stems)[:2] == (str(tmp_path / "a.txt.gold.json"), "a.txt")
    assert store.target({"key": keys[2][1], "path": keys[2][1]}, stems)[:2] == (str(tmp_path / "sub" / "a.gold.json"), "a")


def test_save_caps_the_body_and_checks_values(tmp_path, serve):
    docs = make_folder(tmp_path)
    server = serve(docs)
    doc = ids_by_key(server)["signed.txt"]
    host, port = server.server_address[:2]
    hdrs = {"Content-Type": "application/json", "Origin": f"http://{host}:{port}", "X-Govdoc-Token": server.app.token}
    # refused on its Content-Length, before a byte of the body is read
    assert request(server, "POST", f"/review/{doc}/gold", b"", {**hdrs, "Content-Length": str(MAX_BODY + 1)})[0] == 413
    assert request(server, "POST", f"/review/{doc}/gold", b"{}", {**hdrs, "Content-Length": None, "Transfer-Encoding": "chunked"})[0] == 411
    assert request(server, "POST", f"/review/{doc}/gold", b"{not json", hdrs)[0] == 400
    for fields, needle in (
        ({"issuer": "x", "path": "../x"}, "unknown field"),
        ({"date": "2024年7月9日"}, "YYYY-MM-DD"),
        ({"doc_type": "memo"}, "doc_type"),
        ({"sections": [{"level": 7, "number": "一", "heading": "x"}]}, "level"),
        ({"contact.phone": "0571"}, "list"),
        ({"title": "长" * 6000}, "longer"),
    ):
        status, answer = save(server, doc, {"fields": fields})
        assert status == 400 and needle in answer["error"], (fields, answer)
    assert gold_files(tmp_path) == []
    assert clean_fields({"addressee.names": [" 周立新 ", ""], "title": "  ", "commitments": [{"text": "将做"}]}) == {
        "title": None, "addressee.names": ["周立新"], "commitments": ["将做"]}


def test_write_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "a.gold.json"
    gold_mod.write_atomic(str(target), {"doc_id": "a", "input": "a.txt", "fields": {"issuer": "甲局"}})
    before = target.read_bytes()

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gold_mod.os, "replace", broken)
    with pytest.raises(OSError):
        gold_mod.write_atomic(str(target), {"doc_id": "a", "input": "a.txt", "fields": {"issuer": "乙局"}})
    assert target.read_bytes() == before  # the old file whole, no temporary file left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gold.json"]


def test_archive_review_saves_into_the_gold_dir(tmp_path, serve, monkeypatch):
    import govdoc_nlp

    src = tmp_path / "in"
    src.mkdir()
    (src / "webcopy.txt").write_text(WEB_COPY, encoding="utf-8")
    (src / "signed.txt").write_text(SIGNED, encoding="utf-8")
    out = tmp_path / "out" / "replies.sqlite"
    out.parent.mkdir()
    monkeypatch.chdir(tmp_path)
    govdoc_nlp.convert(["in"], str(out), jobs=1)
    server = serve(out, gold_dir=str(tmp_path / "reviewed"))
    rows = server.app.index.queue()[1]
    assert [os.path.basename(r["key"]) for r in rows][0] == "webcopy.txt" and rows[0]["weak"]
    assert rows[0]["min_conf"] == pytest.approx(parse_text(WEB_COPY).min_confidence, abs=1e-6)
    status, answer = save(server, rows[0]["id"], {"fields": {"issuer": FULL_ISSUER}, "notes": "checked"})
    assert status == 200 and answer["path"] == "webcopy.gold.json"
    record = json.loads((tmp_path / "reviewed" / "webcopy.gold.json").read_text(encoding="utf-8"))
    assert record["input"] == os.path.join("..", "in", "webcopy.txt")
    report = evaluate(tmp_path / "reviewed")
    assert report.errors == {"webcopy": [f"issuer: gold='{FULL_ISSUER}' pred='县住建局'"]} and not report.failed
    # default: beside the archive
    server2 = serve(out)
    assert save(server2, rows[0]["id"], {"fields": {"issuer": FULL_ISSUER}})[1]["path"] == "webcopy.gold.json"
    assert (out.parent / "webcopy.gold.json").is_file()
    # an archive written before the confidence table still serves (no confidence: listed last)
    con = sqlite3.connect(out)
    con.execute("DROP TABLE confidence")
    con.commit()
    con.close()
    assert [r["min_conf"] for r in serve(out).app.index.queue()[1]] == [None, None]


def test_gold_dir_is_refused_for_a_folder(tmp_path, capsys):
    from govdoc_nlp.cli import main

    assert main(["view", "--serve", str(make_folder(tmp_path)), "--port", "0", "--gold-dir", str(tmp_path)]) == 2
    assert "--gold-dir is for an archive" in capsys.readouterr().err


def test_a_hand_written_gold_file_is_shown_as_saved(tmp_path, serve):
    docs = make_folder(tmp_path)
    (docs / "signed.gold.json").write_text(json.dumps({
        "doc_id": "signed", "input": "signed.txt", "notes": "by hand",
        "fields": {"cc": [{"name": "县人大代表工委"}], "commitments": [{"text": "我局将在2025年底前完成改造。"}], "date": "2024-07-09"},
    }, ensure_ascii=False), encoding="utf-8")
    server = serve(docs)
    page = request(server, "GET", f"/review/{ids_by_key(server)['signed.txt']}")[1]
    assert re.search(r'data-field="cc" data-type="list" data-state="ok".*?>县人大代表工委</textarea>', page, re.S)
    assert re.search(r'data-field="commitments" data-type="commitments" data-state="ok".*?>我局将在2025年底前完成改造。</textarea>', page, re.S)
    assert "saved as signed.gold.json" in page and ">by hand</textarea>" in page


def test_an_index_file_from_before_the_queue_is_upgraded(tmp_path):
    from govdoc_nlp.view.index import INDEX_SQL, DocIndex

    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.executescript(re.sub(r",\n\s*min_conf.*\n\s*weak.*\n", "\n", INDEX_SQL))
    con.close()
    assert "min_conf" not in {r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(docs)")}
    index = DocIndex(str(path))
    assert {"min_conf", "weak"} <= {r[1] for r in index.db.execute("PRAGMA table_info(docs)")}
    assert index.queue() == (0, [])


def test_saved_gold_is_read_by_the_contract_scorer(tmp_path, serve, shared):
    import subprocess
    import sys

    from govdoc_nlp.api import parse

    docs = make_folder(tmp_path)
    server = serve(docs)
    fields = {"issuer": FULL_ISSUER, "proposal.number": "31", "commitments": ["我局将于明年启动第二批老旧小区改造，同步规划停车设施。"]}
    assert save(server, ids_by_key(server)["webcopy.txt"], {"fields": fields})[0] == 200
    preds = tmp_path / "preds.jsonl"
    preds.write_text(json.dumps(parse(docs / "sub" / "webcopy.txt").to_dict(include_text=False), ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(docs / "sub"), "--pred-jsonl", str(preds), "--json"],
                         capture_output=True, text=True, timeout=60, check=True)
    summary = json.loads(out.stdout)
    assert summary["documents"] == 1 and summary["no_output"] == []
    assert {f: (v["tp"], v["fp"], v["fn"]) for f, v in summary["fields"].items()} == {
        "proposal.number": (1, 0, 0), "issuer": (0, 1, 1), "commitments": (1, 0, 0)}
