"""Is it a reply? `Reply.is_reply` from content, and `govdoc convert` on folders as archives really are."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from helpers import CORPORA, ROOT, corpus_path

import govdoc_nlp
from govdoc_nlp.load.extensions import DOCUMENT_EXTENSIONS, is_document_name

sys.path.insert(0, str(ROOT / "benchmarks"))
from eval_is_reply import nonreply_sets, reply_sets  # noqa: E402

NONREPLY = CORPORA / "nonreply"


def _misses(paths: list[Path], expected: bool) -> list[str]:
    out = []
    for path in paths:
        reply = govdoc_nlp.parse(path)
        if reply.is_reply != expected:
            out.append(f"{path.name}: {reply.is_reply_reason}")
    return out


def test_every_corpora_reply_is_a_reply():
    paths = reply_sets()["corpora"]
    not_replies = nonreply_sets()["corpora gold, not replies"]
    assert len(paths) + len(not_replies) == len(list((CORPORA / "gold").glob("*.gold.json")))
    assert _misses(paths, True) == []
    assert _misses(not_replies, False) == []


def test_non_replies_of_every_kind_are_recognised():
    sets = nonreply_sets()
    tuned, held = sets["nonreply (tuned)"], sets["nonreply held out"]
    assert len(tuned) >= 31 and len(held) >= 10
    assert _misses(tuned, False) == []
    held_misses = _misses(held, False)
    assert len(held_misses) <= 0.05 * len(held), held_misses


def test_shared_replies_are_replies(shared):
    sets = reply_sets()
    paths = sets.get("shared real-web", []) + sets.get("shared dev", [])
    if len(paths) < 80:
        pytest.skip("shared real-web/dev sets not present")
    assert _misses(paths, True) == []


@pytest.mark.parametrize(
    "name, words",
    [
        ("n18.txt", "citizen's message (网民)"),  # a reply, but to a citizen's online message
        ("n02.txt", "another kind of document: '关于县政协十一届三次会议第0056号提案办理情况的报告'"),
        ("n12.txt", "news item"),
        ("n23.txt", "a table of rows"),
        ("n04.txt", "no reply form"),  # a proposal's own text
    ],
)
def test_the_reason_says_why(name: str, words: str):
    reply = govdoc_nlp.parse(NONREPLY / name)
    assert reply.is_reply is False
    assert words in reply.is_reply_reason
    assert any(w.code == "not_a_reply" and words in w.message for w in reply.warnings)


def test_a_reply_says_what_made_it_one():
    reply = govdoc_nlp.parse(corpus_path("c01"))
    assert reply.is_reply is True
    assert reply.is_reply_reason.startswith("title '")
    assert "proposal number" in reply.is_reply_reason
    assert not any(w.code == "not_a_reply" for w in reply.warnings)
    data = json.loads(reply.to_json())
    assert data["is_reply"] is True and data["is_reply_reason"] == reply.is_reply_reason
    schema = govdoc_nlp.Reply.from_dict(data)
    assert schema.is_reply is True


def test_schema_documents_is_reply():
    from govdoc_nlp.model.schema import reply_schema

    props = reply_schema()["properties"]
    assert props["is_reply"]["type"] == "boolean"
    assert props["is_reply_reason"]["type"] == "string"


def test_gold_json_is_not_a_letter():
    reply = govdoc_nlp.parse(CORPORA / "gold" / "c01.gold.json")
    assert (reply.is_reply, reply.is_reply_reason) == (False, "structured data (JSON), not a letter")


def test_one_extension_list():
    for ext in (".shtml", ".htm", ".md", ".doc", ".wps", ".tif", ".webp", ".docx", ".pdf", ".zip"):
        assert ext in DOCUMENT_EXTENSIONS
    assert is_document_name("page.SHTML") and is_document_name("content_12345")
    assert not is_document_name("c01.gold.json") and not is_document_name("list.csv")


def _mixed_folder(root: Path) -> int:
    """Replies, their gold, a README, a CSV and non-replies, as a crawl leaves them; returns the reply count."""
    picks = ["c01", "c06", "c117", "c237", "c245"]
    (root / "gold").mkdir(parents=True)
    for doc_id in picks:
        src = corpus_path(doc_id)
        shutil.copy(src, root / src.name)
        shutil.copy(CORPORA / "gold" / f"{doc_id}.gold.json", root / "gold")
    shutil.copytree(NONREPLY, root / "nonreply", ignore=shutil.ignore_patterns("heldout"))
    shutil.copy(CORPORA / "README.md", root / "README.md")
    (root / "index.csv").write_text("id,title,date\n1,a,2024\n2,b,2024\n3,c,2024\n", encoding="utf-8")
    return len(picks)


def test_convert_keeps_exactly_the_replies(tmp_path: Path):
    replies = _mixed_folder(tmp_path / "in")
    out = tmp_path / "new" / "folder" / "r.sqlite"  # a folder that does not exist yet
    summary = govdoc_nlp.convert([tmp_path / "in"], out, jobs=1)
    n_files = sum(1 for p in (tmp_path / "in").rglob("*") if p.is_file())
    assert summary.inputs == n_files
    assert (summary.converted, summary.failed) == (replies, 0)
    assert summary.not_replies == n_files - replies
    assert summary.non_replies["not_a_document"] == replies + 1  # the gold JSON and the CSV, never read
    db = sqlite3.connect(out)
    assert db.execute("SELECT COUNT(*) FROM replies").fetchone()[0] == replies
    rows = dict(db.execute("SELECT input_key, code FROM inputs WHERE status = 'not_a_reply'").fetchall())
    assert len(rows) == n_files - replies
    assert rows[str(tmp_path / "in" / "README.md")] == "not_a_reply"
    assert rows[str(tmp_path / "in" / "index.csv")] == "not_a_document"
    message = db.execute("SELECT message FROM inputs WHERE input_key LIKE '%n18.txt'").fetchone()[0]
    assert "citizen" in message


def test_keep_non_replies_and_globs(tmp_path: Path):
    replies = _mixed_folder(tmp_path / "in")
    out = tmp_path / "r.jsonl"
    summary = govdoc_nlp.convert([tmp_path / "in"], out, jobs=1, keep_non_replies=True, exclude=("gold/*", "*.csv"))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert summary.inputs == len(lines) == replies + len(list((tmp_path / "in" / "nonreply").glob("*.*"))) + 1
    assert sum(1 for r in lines if r["is_reply"]) == replies
    only_html = govdoc_nlp.convert([tmp_path / "in"], tmp_path / "h.jsonl", jobs=1, include=("*.html",))
    assert only_html.inputs == 4 and only_html.converted == 1  # c117 and three non-reply pages


def test_iter_parse_yields_non_replies_and_names_the_files_it_did_not_read(tmp_path: Path):
    root = tmp_path / "in"
    root.mkdir()
    shutil.copy(corpus_path("c01"), root / "a.txt")
    shutil.copy(NONREPLY / "n12.txt", root / "b.txt")
    (root / "c.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    got = list(govdoc_nlp.iter_parse([root]))
    assert [Path(k).name for k, _ in got] == ["a.txt", "b.txt", "c.csv"]
    assert got[0][1].is_reply is True and got[1][1].is_reply is False
    assert got[2][1].code == "not_a_document"


def test_research_and_view_walk_the_same_extensions(tmp_path: Path):
    from govdoc_nlp.research.io import iter_folder
    from govdoc_nlp.view.index import DocIndex

    shutil.copy(corpus_path("c01"), tmp_path / "a.shtml")
    (tmp_path / "b.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    assert [r.source.path for r in iter_folder(tmp_path)] == [str(tmp_path / "a.shtml")]
    index = DocIndex()
    index.index_folder(str(tmp_path), background=False)
    assert index.progress["total"] == 1


@pytest.mark.slow
def test_the_corpora_folder_converts_to_exactly_its_replies(tmp_path: Path):
    """corpora/ as it is: every reply beside its gold JSON, the READMEs and the non-replies."""
    replies = len(reply_sets()["corpora"])
    (tmp_path / "extra").mkdir()
    (tmp_path / "extra" / "index.csv").write_text("id,title\n1,a\n2,b\n3,c\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    summary = govdoc_nlp.convert([CORPORA, tmp_path / "extra"], out, jobs=2)
    files = [p for p in CORPORA.rglob("*") if p.is_file()] + [tmp_path / "extra" / "index.csv"]
    assert summary.inputs == len(files)
    assert (summary.converted, summary.failed, summary.duplicates) == (replies, 0, 0)
    assert summary.not_replies == len(files) - replies
    keys = {json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert keys == {str(p) for p in reply_sets()["corpora"]}
