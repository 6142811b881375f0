"""Bulk conversion: every input of a mixed archive accounted for exactly once, in every output kind,
with crashes, timeouts and bad files; deterministic order; SQLite queries; Dask; iter_parse."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest

import govdoc_nlp
from govdoc_nlp.bulk import ConversionError, Outcome, discover
from govdoc_nlp.bulk.sinks import open_sink
from govdoc_nlp.model import Commitment, Contact, CopyRecipient, Deadline, Reply, Section, Source

CHAOS = "govdoc_nlp.bulk.testing:chaos_parse"
TIMEOUT = 1.5

REPLY = """关于市政协十三届二次会议第{n:04d}号提案的答复
{name}委员：
您提出的《关于加强社区养老服务的提案》收悉。现答复如下：
一、关于养老服务设施建设
我局将于{year}年底前完成{n}个社区养老服务中心改造。
二、关于人才队伍建设
下一步，我们将积极研究出台激励政策。
感谢您对民政工作的关心和支持。
秦原市民政局
{year}年6月18日
"""


def reply_text(n: int, name: str = "张明", year: int = 2024) -> str:
    return REPLY.format(n=n, name=name, year=year)


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def build_archive(root: Path) -> dict[str, tuple[str, str | None]]:
    """A folder of mixed inputs; returns key → (expected status, failure code or duplicate_of)."""
    root.mkdir(parents=True)
    (root / "sub").mkdir()
    k = lambda rel: os.path.normpath(str(root / rel))  # noqa: E731
    expect: dict[str, tuple[str, str | None]] = {}

    (root / "utf8.txt").write_text(reply_text(1), encoding="utf-8")
    expect[k("utf8.txt")] = ("converted", None)
    (root / "sub" / "gbk.txt").write_bytes(reply_text(2, "李华").encode("gbk"))
    expect[k("sub/gbk.txt")] = ("converted", None)
    html = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>答复</title></head><body>" + "".join(
        f"<p>{line}</p>" for line in reply_text(3).splitlines()
    ) + "</body></html>"
    (root / "page.html").write_text(html, encoding="utf-8")
    expect[k("page.html")] = ("converted", None)
    # duplicates: a copy in the folder, and one inside the archive (the first by key wins)
    (root / "zz_dup.txt").write_text(reply_text(1), encoding="utf-8")
    expect[k("zz_dup.txt")] = ("duplicate", k("utf8.txt"))
    inner = _zip_bytes({"d.txt": reply_text(5).encode()})
    (root / "arch.zip").write_bytes(
        _zip_bytes({
            "docs/c.txt": reply_text(4).encode(),
            "../../evil.txt": reply_text(6).encode(),
            "/abs/path.txt": reply_text(7).encode("gb18030"),
            "copy-of-gbk.txt": reply_text(2, "李华").encode("gbk"),
            "inner.zip": inner,
            "__MACOSX/._c.txt": b"junk",
        })
    )
    zk = k("arch.zip") + "!/"
    expect[zk + "docs/c.txt"] = ("converted", None)
    expect[zk + "../../evil.txt"] = ("converted", None)
    expect[zk + "/abs/path.txt"] = ("converted", None)
    expect[zk + "copy-of-gbk.txt"] = ("converted", None)
    expect[k("sub/gbk.txt")] = ("duplicate", zk + "copy-of-gbk.txt")
    expect[zk + "inner.zip!/d.txt"] = ("converted", None)
    # bad inputs
    (root / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    expect[k("corrupt.pdf")] = ("failed", "unreadable")
    (root / "empty.txt").write_bytes(b"")
    expect[k("empty.txt")] = ("failed", "unreadable")
    (root / "undecodable.txt").write_bytes(b"\x81\x00\xff\xfe\x00\x01\x02")
    expect[k("undecodable.txt")] = ("failed", "unreadable")
    (root / "x_sleep.txt").write_text(reply_text(8), encoding="utf-8")
    expect[k("x_sleep.txt")] = ("failed", "timeout")
    (root / "sub" / "x_crash.txt").write_text(reply_text(9), encoding="utf-8")
    expect[k("sub/x_crash.txt")] = ("failed", "crash")
    (root / "x_raise.txt").write_text(reply_text(10), encoding="utf-8")
    expect[k("x_raise.txt")] = ("failed", "parser_error")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    # PDF and DOCX, when their loaders (being written by others) and fixture renderers are there
    fixtures = Path(__file__).parent / "fixtures"
    sys.path.insert(0, str(fixtures))
    try:
        from render_pdf import render_pdf

        import govdoc_nlp.load.pdf  # noqa: F401

        render_pdf(reply_text(11), root / "good.pdf")
        expect[k("good.pdf")] = ("converted", None)
    except Exception:  # noqa: BLE001 - loader or font not available here: that part is skipped
        pass
    try:
        from render_docx import render_docx

        import govdoc_nlp.load.docx  # noqa: F401

        render_docx(reply_text(12), root / "sub" / "good.docx")
        expect[k("sub/good.docx")] = ("converted", None)
    except Exception:  # noqa: BLE001
        pass
    finally:
        sys.path.remove(str(fixtures))
    return expect


def manifest(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if not line.startswith('{"_event"')]


def accounted(kind: str, out: Path) -> dict[str, tuple[str, str | None]]:
    """key → (status, failure code or duplicate_of), read back from the output itself; asserts
    that each key appears in exactly one place and that reply rows match the journal."""
    result: dict[str, tuple[str, str | None]] = {}

    def put(key: str, value: tuple[str, str | None]) -> None:
        assert key not in result, f"{key} accounted twice"
        result[key] = value

    if kind == "sqlite":
        db = sqlite3.connect(out)
        replies = [r[0] for r in db.execute("SELECT input_key FROM replies ORDER BY id")]
        errors = dict(db.execute("SELECT input_key, code FROM errors"))
        rows = db.execute("SELECT input_key, status, duplicate_of FROM inputs ORDER BY id").fetchall()
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("SELECT version FROM schema_version").fetchone()[0] == "2"
        for key, status, dup in rows:
            put(key, (status, dup if status == "duplicate" else errors.get(key)))
        assert replies == [key for key, status, _ in rows if status == "converted"]
        assert set(errors) == {key for key, status, _ in rows if status == "failed"}
        return result
    entries = manifest(f"{out}.manifest.jsonl")
    errors = {e["input_key"]: e["code"] for e in map(json.loads, open(f"{out}.errors.jsonl", encoding="utf-8"))}
    for e in entries:
        put(e["input_key"], (e["status"], e.get("duplicate_of") if e["status"] == "duplicate" else errors.get(e["input_key"])))
    converted = [e["input_key"] for e in entries if e["status"] == "converted"]
    if kind == "jsonl":
        keys = [json.loads(line)["source"]["path"] for line in open(out, encoding="utf-8")]
    elif kind == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        keys = table.column("input_key").to_pylist()
        assert keys == [s["path"] for s in table.column("source").to_pylist()]
        assert table.schema.field("commitments").type.value_type.field("deadline").type.num_fields == 2
    else:
        files = sorted(p for p in out.rglob("*.json"))
        keys = [json.loads(p.read_text(encoding="utf-8"))["source"]["path"] for p in files]
        for p in files:
            assert out.resolve() in p.resolve().parents  # no member name escapes the folder
        keys = sorted(keys, key=converted.index)
    assert keys == converted
    assert set(errors) == {e["input_key"] for e in entries if e["status"] == "failed"}
    return result


OUTPUTS = {"jsonl": "out.jsonl", "parquet": "out.parquet", "sqlite": "out.sqlite", "folder": "out_folder"}


@pytest.mark.parametrize("kind", list(OUTPUTS))
def test_every_input_accounted_for_once(tmp_path: Path, kind: str) -> None:
    expect = build_archive(tmp_path / "in")
    out = tmp_path / OUTPUTS[kind]
    summary = govdoc_nlp.convert([tmp_path / "in"], out, jobs=2, timeout=TIMEOUT, parse_func=CHAOS)
    got = accounted(kind, out)
    assert got == expect
    n_conv = sum(1 for s, _ in expect.values() if s == "converted")
    n_fail = sum(1 for s, _ in expect.values() if s == "failed")
    assert (summary.inputs, summary.converted, summary.duplicates, summary.failed) == (len(expect), n_conv, 2, n_fail)
    assert summary.failures == {"unreadable": 3, "timeout": 1, "crash": 1, "parser_error": 1}
    assert summary.formats["txt"] >= 7 and summary.formats["html"] == 1
    assert not summary.interrupted
    if kind == "folder":
        assert (out / "arch.zip" / "evil.txt.json").is_file()
        assert (out / "arch.zip" / "abs" / "path.txt.json").is_file()
        assert (out / "arch.zip" / "inner.zip" / "d.txt.json").is_file()
        assert (out / "zz_dup.txt.json").exists() is False
        assert not (tmp_path / "evil.txt.json").exists()
    # a finished output is not silently replaced, and --resume on it converts nothing
    with pytest.raises(FileExistsError):
        govdoc_nlp.convert([tmp_path / "in"], out, jobs=1, parse_func=CHAOS)
    again = govdoc_nlp.convert([tmp_path / "in"], out, jobs=1, resume=True, parse_func=CHAOS)
    assert (again.processed, again.resumed, again.converted) == (0, len(expect), n_conv)
    assert accounted(kind, out) == expect


def test_memory_limit_and_signal_death_do_not_stop_the_run(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(6):
        (root / f"ok{i}.txt").write_text(reply_text(100 + i), encoding="utf-8")
    (root / "a_oom.txt").write_text(reply_text(99), encoding="utf-8")
    (root / "b_segv.txt").write_text(reply_text(98), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    summary = govdoc_nlp.convert([root], out, jobs=2, timeout=20, max_memory="1.5G", parse_func=CHAOS)
    assert summary.converted == 6
    assert summary.failures == {"memory": 1, "crash": 1}
    errors = {e["input_key"]: e for e in map(json.loads, open(f"{out}.errors.jsonl", encoding="utf-8"))}
    assert "SIGSEGV" in errors[str(root / "b_segv.txt")]["message"]


def test_output_is_deterministic_across_job_counts(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(40):
        (root / f"r{i % 7}_{i:03d}.txt").write_text(reply_text(i, year=2020 + i % 5), encoding="utf-8")
    govdoc_nlp.convert([root], tmp_path / "a.jsonl", jobs=1)
    govdoc_nlp.convert([str(root / "*.txt")], tmp_path / "b.jsonl", jobs=2)
    a = (tmp_path / "a.jsonl").read_bytes()
    assert a == (tmp_path / "b.jsonl").read_bytes()
    keys = [json.loads(line)["source"]["path"] for line in a.decode().splitlines()]
    assert keys == sorted(keys) and len(keys) == 40


def hand_built(n: int, issuer: str, deadlines: list[tuple[str, str | None] | None]) -> Reply:
    reply = Reply(title=f"关于第{n}号提案的答复", doc_type="reply", issuer=issuer, date="2024-06-18")
    reply.proposal.number = str(n)
    reply.addressee.names = ["张明", "李华"]
    reply.addressee.role = "委员"
    reply.contact = Contact(organizer=issuer, person=["王芳"], phone=["0571-12345678"])
    reply.cc = [CopyRecipient(name="市政协提案委")]
    reply.sections = [Section(level=1, number="一", heading="关于养老", marker="一、", text="……", index=0)]
    for i, d in enumerate(deadlines):
        reply.commitments.append(
            Commitment(text=f"承诺{i}", strength="firm", section=0, deadline=Deadline(text=d[0], date=d[1]) if d else None)
        )
    reply.source = Source(format="txt", sha256=f"{n:064x}", size=100, methods=["text"])
    return reply


def test_sqlite_answers_commitments_with_a_deadline_per_issuer(tmp_path: Path) -> None:
    out = tmp_path / "q.sqlite"
    sink = open_sink(out)
    assert sink.open() == {}
    replies = [
        hand_built(1, "秦原市民政局", [("2024年底前", "2024-12-31"), None, ("年内", "2024-12-31")]),
        hand_built(2, "秦原市民政局", [("明年6月底前", "2025-06-30")]),
        hand_built(3, "秦原市教育局", [None, ("三年内", None)]),
        hand_built(4, "秦原市财政局", [None]),
    ]
    sink.write([Outcome.from_reply(f"r{i}.txt", r) for i, r in enumerate(replies)])
    sink.write([Outcome(key="bad.pdf", status="failed", error_code="unreadable", error="truncated")])
    sink.close()
    db = sqlite3.connect(out)
    rows = db.execute(
        """SELECT r.issuer, COUNT(*) AS n, MIN(c.deadline_date) AS first_due
           FROM commitments c JOIN replies r ON r.id = c.reply_id
           WHERE c.deadline_text IS NOT NULL
           GROUP BY r.issuer ORDER BY n DESC, r.issuer"""
    ).fetchall()
    assert rows == [("秦原市民政局", 3, "2024-12-31"), ("秦原市教育局", 1, None)]
    assert db.execute("SELECT COUNT(*) FROM commitments_by_reply WHERE deadline_date < '2025-01-01'").fetchone() == (2,)
    assert db.execute("SELECT name FROM addressees WHERE reply_id = 1 ORDER BY idx").fetchall() == [("张明",), ("李华",)]
    assert db.execute("SELECT organizer, person FROM contacts WHERE reply_id = 2").fetchone() == ("秦原市民政局", '["王芳"]')
    assert db.execute("SELECT code FROM errors").fetchall() == [("unreadable",)]
    assert db.execute("SELECT COUNT(*) FROM cc").fetchone() == (4,)
    plan = " ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN SELECT * FROM commitments WHERE reply_id = 1"))
    assert "INDEX" in plan
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("INSERT INTO sections (reply_id, idx) VALUES (999, 0)")


def test_parquet_keeps_nested_columns(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "n.parquet"
    sink = open_sink(out)
    sink.open()
    sink.write([Outcome.from_reply("a.txt", hand_built(1, "甲局", [("年底前", "2024-12-31")])), Outcome.from_reply("b.txt", Reply())])
    sink.close()
    rows = pq.read_table(out).to_pylist()
    assert rows[0]["commitments"][0]["deadline"] == {"text": "年底前", "date": "2024-12-31"}
    assert rows[0]["proposal"]["number"] == "1" and rows[1]["commitments"] == []
    assert not Path(f"{out}.staging.jsonl").exists()


def test_discovery_never_escapes_and_sorts(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.zip").write_bytes(_zip_bytes({"../../../etc/passwd": b"x", "C:/win.txt": b"y", "dir/": b"", "ok.txt": b"z"}))
    items = discover([tmp_path / "b", tmp_path / "a.zip"])
    keys = [os.path.relpath(it.key.split("!/")[0], tmp_path) + "".join("!/" + p for p in it.key.split("!/")[1:]) for it in items]
    assert keys == ["a.zip!/../../../etc/passwd", "a.zip!/C:/win.txt", "a.zip!/ok.txt", "b/z.txt"]
    assert [it.rel for it in items] == ["a.zip/etc/passwd", "a.zip/win.txt", "a.zip/ok.txt", "b/z.txt"]
    for it in items:
        assert ".." not in it.rel.split("/") and not it.rel.startswith("/")
    with pytest.raises(govdoc_nlp.GovdocError):
        discover([tmp_path / "missing"])


def test_iter_parse_yields_replies_and_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(reply_text(1), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c_crash.txt").write_text(reply_text(2), encoding="utf-8")
    results = list(govdoc_nlp.iter_parse([tmp_path], jobs=2, timeout=10, parse_func=CHAOS))
    assert [Path(k).name for k, _ in results] == ["a.txt", "b.txt", "c_crash.txt"]
    assert isinstance(results[0][1], Reply) and results[0][1].source.path == str(tmp_path / "a.txt")
    assert isinstance(results[1][1], ConversionError) and results[1][1].code == "unreadable"
    assert results[2][1].code == "crash"
    seq = list(govdoc_nlp.iter_parse(tmp_path / "a.txt"))
    assert seq[0][1].text == reply_text(1)


def test_cli_json_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govdoc_nlp.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(reply_text(1), encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    assert main(["convert", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-j", "1", "--json", "-q"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outcomes"] == {"converted": 1, "not_a_reply": 0, "duplicate": 0, "failed": 1}
    assert data["failures"] == {"unreadable": 1} and data["formats"] == {"empty": 1, "txt": 1}
    assert data["throughput"]["files_per_second"] > 0
    assert main(["convert", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "-q"]) == 2  # exists
