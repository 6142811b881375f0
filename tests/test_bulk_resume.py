"""A `govdoc convert` killed halfway (SIGKILL, or SIGINT) and finished with --resume gives exactly the
output of an uninterrupted run: same rows, same order, nothing converted twice, nothing lost."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import govdoc_nlp

N = 120
CHAOS = "govdoc_nlp.bulk.testing:chaos_parse"


def make_inputs(root: Path) -> None:
    root.mkdir()
    for i in range(N):
        text = f"关于第{i:04d}号提案的答复\n委员：\n我们将于{2024 + i % 3}年底前完成第{i}项工作。\n秦原市民政局\n"
        (root / f"d{i % 5}" / f"r{i:04d}.txt").parent.mkdir(exist_ok=True)
        (root / f"d{i % 5}" / f"r{i:04d}.txt").write_text(text, encoding="utf-8" if i % 2 else "gb18030")
    (root / "d0" / "empty.txt").write_bytes(b"")


def start(root: Path, out: Path, *extra: str, delay: float = 0.0) -> subprocess.Popen:
    env = dict(os.environ, GOVDOC_BULK_PARSE=CHAOS, GOVDOC_CHAOS_DELAY=str(delay))
    cmd = [sys.executable, "-m", "govdoc_nlp.cli", "convert", str(root), "-o", str(out), "-j", "2", "--progress", "log",
           "--log-interval", "0.2", "--json", *extra]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def count_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def wait_until(predicate, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out waiting for the run to make progress"
        time.sleep(0.05)


def rows_in(db_path: Path) -> int:
    """Committed inputs in a database another process is writing (WAL lets us read alongside)."""
    if not db_path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.2) as db:
            return db.execute("SELECT COUNT(*) FROM inputs").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigkill_halfway_then_resume(tmp_path: Path) -> None:
    root = tmp_path / "in"
    make_inputs(root)
    ref = tmp_path / "ref.jsonl"
    govdoc_nlp.convert([root], ref, jobs=1)
    out = tmp_path / "out.jsonl"
    journal = Path(f"{out}.manifest.jsonl")
    proc = start(root, out, delay=0.03)
    wait_until(lambda: count_lines(journal) >= 30)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    done_before = count_lines(journal)
    assert 30 <= done_before < N + 1, "the run was not stopped halfway"
    # whatever the kill left is valid JSON Lines (whole lines only)
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    proc = start(root, out, "--resume")
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr.decode()
    summary = json.loads(stdout)
    assert summary["resumed"] >= 30 - 1 and summary["resumed"] + summary["processed"] == N + 1
    assert out.read_bytes() == ref.read_bytes()  # same rows, same order, no duplicate
    keys = [json.loads(line)["input_key"] for line in journal.read_text(encoding="utf-8").splitlines()]
    assert len(keys) == len(set(keys)) == N + 1
    assert Path(f"{out}.errors.jsonl").read_bytes() == Path(f"{ref}.errors.jsonl").read_bytes()


def test_sigint_halfway_then_resume_sqlite(tmp_path: Path) -> None:
    root = tmp_path / "in"
    make_inputs(root)
    ref = tmp_path / "ref.jsonl"
    govdoc_nlp.convert([root], ref, jobs=2)
    out = tmp_path / "out.sqlite"
    proc = start(root, out, delay=0.03)
    wait_until(lambda: rows_in(out) >= 20)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr.decode()
    first = json.loads(stdout)
    assert first["interrupted"] and 0 < first["processed"] < N + 1
    db = sqlite3.connect(out)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT COUNT(*) FROM inputs").fetchone()[0] == first["processed"]
    db.close()
    proc = start(root, out, "--resume")
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr.decode()
    second = json.loads(stdout)
    assert second["processed"] == N + 1 - first["processed"]
    db = sqlite3.connect(out)
    rows = [r[0] for r in db.execute("SELECT json FROM replies ORDER BY id")]
    assert rows == ref.read_text(encoding="utf-8").splitlines()
    assert db.execute("SELECT COUNT(*), COUNT(DISTINCT input_key) FROM inputs").fetchone() == (N + 1, N + 1)
    assert db.execute("SELECT input_key, code FROM errors").fetchall() == [(str(root / "d0" / "empty.txt"), "unreadable")]
