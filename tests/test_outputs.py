"""Bulk outputs that just work: missing folders, one vocabulary, full-text search, CSV."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import CORPORA, corpus_path

import govdoc_nlp
from govdoc_nlp.cli import main

DOCS = ["c01", "c06", "c117", "c237"]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for doc_id in DOCS:
        src = corpus_path(doc_id)
        shutil.copy(src, root / src.name)
    shutil.copy(CORPORA / "nonreply" / "n12.txt", root / "news.txt")
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\ngarbage")
    return root


@pytest.mark.parametrize("name", ["a/b/r.jsonl", "a/b/r.parquet", "a/b/r.csv", "a/b/folder"])
def test_missing_output_folders_are_created(tmp_path: Path, archive: Path, name: str):
    summary = govdoc_nlp.convert([archive], tmp_path / name, jobs=1)
    assert summary.converted == len(DOCS) and summary.failed == 1 and summary.not_replies == 1
    assert (tmp_path / name).exists()


def test_one_vocabulary_in_manifest_errors_and_sqlite(tmp_path: Path, archive: Path):
    out = tmp_path / "r.jsonl"
    govdoc_nlp.convert([archive], out, jobs=1)
    manifest = [json.loads(line) for line in Path(f"{out}.manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    news = next(m for m in manifest if m["input_key"].endswith("news.txt"))
    assert (news["status"], news["code"]) == ("not_a_reply", "not_a_reply") and "news item" in news["message"]
    errors = [json.loads(line) for line in Path(f"{out}.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(errors) == 1
    assert {"input_key", "status", "code", "message"} <= set(errors[0])
    assert errors[0]["input_key"].endswith("broken.pdf") and errors[0]["status"] == "failed"

    db_path = tmp_path / "r.sqlite"
    govdoc_nlp.convert([archive], db_path, jobs=1)
    db = sqlite3.connect(db_path)
    cols = {row[1] for row in db.execute("PRAGMA table_info(inputs)")}
    assert {"input_key", "status", "code", "message"} <= cols
    assert {row[1] for row in db.execute("PRAGMA table_info(errors)")} >= {"input_key", "code", "message"}
    key, code = db.execute("SELECT input_key, code FROM errors").fetchone()
    assert key.endswith("broken.pdf") and code == "unreadable"


def test_sqlite_full_text_search(tmp_path: Path, archive: Path):
    out = tmp_path / "r.sqlite"
    govdoc_nlp.convert([archive], out, jobs=1)
    db = sqlite3.connect(out)
    phrase = json.loads((CORPORA / "gold" / "c06.gold.json").read_text(encoding="utf-8"))["fields"]["proposal.title"][-8:]
    hits = db.execute(
        "SELECT r.input_key FROM replies_fts JOIN replies r ON r.id = replies_fts.rowid WHERE replies_fts MATCH ?",
        (f'"{phrase}"',),
    ).fetchall()
    assert [Path(k).name for (k,) in hits] == [corpus_path("c06").name]
    body = db.execute("SELECT COUNT(*) FROM replies_fts WHERE text MATCH '\"特此答复\"'").fetchone()[0]
    assert body == db.execute("SELECT COUNT(*) FROM replies WHERE text LIKE '%特此答复%'").fetchone()[0]
    assert db.execute("SELECT COUNT(*) FROM replies WHERE is_reply = 1").fetchone()[0] == len(DOCS)


def test_csv_one_row_per_reply_for_excel(tmp_path: Path, archive: Path):
    out = tmp_path / "r.csv"
    assert main(["convert", str(archive), "-o", str(out), "-j", "1", "-q"]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfinput_key,is_reply,title,")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))
    assert len(rows) == len(DOCS)
    first = next(r for r in rows if r["input_key"].endswith("c01.txt"))
    assert first["title"] == "关于十四届全国人大一次会议第3517号建议的答复"
    assert (first["proposal_number"], first["addressee_names"], first["commitments"]) == ("3517", "鲁文清", "2")
    # resuming a finished CSV adds no second header
    again = govdoc_nlp.convert([archive], out, jobs=1, resume=True)
    assert again.processed == 0 and out.read_bytes() == raw


def test_unwritable_output_names_the_path_and_what_to_do(tmp_path: Path, archive: Path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["convert", str(archive), "-o", str(blocker / "sub" / "r.jsonl"), "-q"]) == 2
    err = capsys.readouterr().err
    assert str(blocker) in err and ("-o path" in err or "--resume" in err) and "Traceback" not in err
