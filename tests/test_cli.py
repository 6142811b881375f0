"""The govdoc command line: help, parse, schema, eval, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest
from helpers import CORPORA, corpus_path

from govdoc_nlp.cli import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govdoc_nlp.cli", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("command", ["parse", "schema", "eval", "convert", "research", "view"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert "usage: govdoc" in capsys.readouterr().out


def test_parse_prints_json_that_matches_the_schema(capsys):
    assert main(["parse", str(corpus_path("c01")), "--no-text"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["proposal"]["number"]
    main(["schema"])
    schema = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, schema)


def test_parse_text_summary(capsys):
    assert main(["parse", str(corpus_path("c01")), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "标题 title" in out and "commitments (" in out


def test_unreadable_input_exits_2_with_a_message(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    proc = run("parse", str(empty))
    assert proc.returncode == 2
    assert "empty" in proc.stderr and "Traceback" not in proc.stderr
    proc = run("parse", str(tmp_path / "missing.txt"))
    assert proc.returncode == 2 and "no such file" in proc.stderr


def test_eval_on_corpora(capsys):
    assert main(["eval", str(CORPORA / "gold"), "--min-f1", "0.97"]) == 0
    out = capsys.readouterr().out
    assert "overall P=" in out and "documents fully correct" in out


def test_eval_json_and_missing_folder(tmp_path, capsys):
    assert main(["eval", str(tmp_path)]) == 2
    assert main(["eval", str(CORPORA / "gold"), "--only", "c0", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 9 and data["overall"]["f1"] > 0.9
