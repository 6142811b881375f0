"""Using govdoc_nlp from scripts and notebooks: several files per `govdoc parse`, file objects,
format names, a short repr, the warning class, the public names, errors a Python user catches."""

from __future__ import annotations

import ast
import io
import json
import os
import subprocess
import sys

import pytest
from helpers import CORPORA, ROOT, corpus_path

import govdoc_nlp
from govdoc_nlp.cli import main


def test_parse_several_files_to_jsonl_in_a_new_folder(tmp_path, capsys):
    out = tmp_path / "new" / "replies.jsonl"
    files = [corpus_path("c01"), CORPORA / "nonreply" / "n12.txt", corpus_path("c06")]
    assert main(["parse", *map(str, files), "-o", str(out), "--no-text"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["path"] for r in rows] == [str(f) for f in files]
    assert [r["is_reply"] for r in rows] == [True, False, True]
    assert "text" not in rows[0]


def test_parse_goes_on_past_a_missing_file_and_exits_2(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "missing.txt"), str(corpus_path("c01"))]) == 2
    captured = capsys.readouterr()
    assert "missing.txt: no such file" in captured.err
    assert json.loads(captured.out.splitlines()[0])["proposal"]["number"] == "3517"


def test_parse_one_file_to_a_json_file(tmp_path):
    out = tmp_path / "one.json"
    assert main(["parse", str(corpus_path("c01")), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "关于十四届全国人大一次会议第3517号建议的答复"


def test_parse_reads_binary_file_objects():
    path = corpus_path("c04")  # GB18030
    with open(path, "rb") as fh:
        a = govdoc_nlp.parse(fh)
    b = govdoc_nlp.parse(io.BytesIO(path.read_bytes()))
    assert a.source.path == str(path) and b.source.path is None
    assert a.title == b.title and a.source.encoding == "gb18030"
    with open(path, encoding="gb18030") as text_mode, pytest.raises(TypeError, match="binary mode"):
        govdoc_nlp.parse(text_mode)
    with pytest.raises(TypeError, match="parse_text"):
        govdoc_nlp.parse(12)  # type: ignore[arg-type]


def test_format_names_are_listed_and_checked():
    assert set(govdoc_nlp.formats()) >= {"txt", "html", "pdf", "docx", "doc", "ofd", "image"}
    with pytest.raises(ValueError, match=r"format='xlsx' is not one of doc, docx, html") as info:
        govdoc_nlp.parse(b"abc", format="xlsx")
    assert isinstance(info.value, govdoc_nlp.UnsupportedFormatError)
    reply = govdoc_nlp.parse(corpus_path("c01").read_bytes(), format="txt")
    assert reply.source.format == "txt"


def test_short_repr_and_notebook_table():
    reply = govdoc_nlp.parse(corpus_path("c01"))
    text = repr(reply)
    assert len(text) < 400 and text.startswith("Reply(title='关于十四届全国人大一次会议第3517号建议的答复'")
    assert "commitments=2" in text and "is_reply=True" in text
    reply.title = "<b>x</b>"
    html = reply._repr_html_()
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html


def test_reply_warning_class():
    reply = govdoc_nlp.parse(CORPORA / "nonreply" / "n12.txt")
    assert all(type(w) is govdoc_nlp.ReplyWarning for w in reply.warnings)
    from govdoc_nlp.model import Warning_

    assert Warning_ is govdoc_nlp.ReplyWarning


def test_errors_are_also_builtin_exceptions(tmp_path):
    with pytest.raises(FileNotFoundError):
        govdoc_nlp.parse(tmp_path / "missing.pdf")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ValueError) as info:
        govdoc_nlp.parse(empty)
    assert info.value.code == "unreadable" and isinstance(info.value, govdoc_nlp.GovdocError)
    assert issubclass(govdoc_nlp.MissingDependencyError, ImportError)


def test_type_checkers_see_every_public_name():
    """Every name in __all__ is imported where a type checker can see it (lazy ones under TYPE_CHECKING)."""
    tree = ast.parse((ROOT / "govdoc_nlp" / "__init__.py").read_text(encoding="utf-8"))
    imported = {a.asname or a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for a in node.names}
    assert {"convert", "iter_parse", "nlp"} <= set(govdoc_nlp.__all__)
    assert set(govdoc_nlp.__all__) - {"__version__"} <= imported
    code = "import govdoc_nlp, inspect; print(inspect.signature(govdoc_nlp.convert).return_annotation)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.strip() == "Summary"


@pytest.mark.slow
def test_mypy_sees_the_lazy_names(tmp_path):
    pytest.importorskip("mypy")
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "import govdoc_nlp\n"
        "reveal_type(govdoc_nlp.convert(['a'], 'o.jsonl'))\n"
        "reveal_type(govdoc_nlp.iter_parse)\n"
        "reveal_type(govdoc_nlp.nlp)\n",
        encoding="utf-8",
    )
    cmd = [sys.executable, "-m", "mypy", "--follow-imports=silent", "--ignore-missing-imports", "--no-error-summary",
           "--cache-dir", str(tmp_path / "cache"), str(snippet)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300, env={**os.environ, "MYPYPATH": str(ROOT)}).stdout
    assert 'Revealed type is "govdoc_nlp.bulk.summary.Summary"' in out, out
    assert "Iterator[tuple[str, govdoc_nlp.model.records.Reply | govdoc_nlp.bulk.ConversionError]]" in out, out
    assert "spacy.language.Language" in out and '"Any"' not in out, out
