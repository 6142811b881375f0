"""A base install (no extras): text, web pages, DOCX and PDF text layers parse; OCR, research
tables, Parquet, spaCy and Dask say which extra they need. Simulated in a child process where the
optional packages cannot be imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from helpers import ROOT, corpus_path

from govdoc_nlp.extras import EXTRA_OF

BLOCKER = """
import importlib.abc, sys
BLOCKED = {blocked!r}
class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, Blocker())
"""

OPTIONAL = sorted(set(EXTRA_OF) | {"pdfplumber", "charset_normalizer"})


def _run(body: str, *args: str, tmp_path) -> subprocess.CompletedProcess:
    code = BLOCKER.format(blocked=OPTIONAL) + body
    env = dict(os.environ, PYTHONPATH=str(ROOT), GOVDOC_CACHE_DIR=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=180, cwd=tmp_path)


def test_base_install_parses_text_html_docx_pdf_and_names_the_ocr_extra(tmp_path):
    from PIL import Image, ImageDraw

    scan = tmp_path / "scan.png"
    img = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(img).rectangle((40, 40, 360, 60), fill=0)
    img.save(scan)
    body = """
import json, sys, govdoc_nlp
out = {}
for path in sys.argv[1:-1]:
    r = govdoc_nlp.parse(path)
    out[path.rsplit(".", 1)[-1]] = [r.source.format, r.is_reply, len(r.commitments) > 0]
try:
    govdoc_nlp.parse(sys.argv[-1])
except govdoc_nlp.MissingDependencyError as exc:
    out["scan"] = [exc.extra, str(exc), isinstance(exc, ImportError)]
out["loaded"] = sorted(m for m in sys.modules if m.split(".")[0] in ("numpy", "pandas", "pyarrow", "spacy", "rapidocr"))
print(json.dumps(out))
"""
    files = [corpus_path(d) for d in ("c01", "c117", "c237", "c245")]
    proc = _run(body, *map(str, files), str(scan), tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["txt"] == ["txt", True, True]
    assert out["html"] == ["html", True, True]
    assert out["docx"] == ["docx", True, True]
    assert out["pdf"] == ["pdf", True, True]
    extra, message, is_import_error = out["scan"]
    assert extra == "ocr" and "pip install 'govdoc_nlp[ocr]'" in message and is_import_error
    assert out["loaded"] == []


def test_commands_name_the_extra_they_need(tmp_path):
    body = """
import sys
from govdoc_nlp.cli import main
sys.exit(main(sys.argv[1:]))
"""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(corpus_path("c01").read_bytes())
    proc = _run(body, "convert", str(src), "-o", str(tmp_path / "o.parquet"), "-q", tmp_path=tmp_path)
    assert proc.returncode == 2 and "pip install 'govdoc_nlp[research]'" in proc.stderr and "Traceback" not in proc.stderr
    proc = _run(body, "research", str(src), "-o", str(tmp_path / "v.csv"), tmp_path=tmp_path)
    assert proc.returncode == 2 and "govdoc_nlp[research]" in proc.stderr and "Traceback" not in proc.stderr
    proc = _run(body, "convert", str(src), "-o", str(tmp_path / "o.jsonl"), "-q", "-j", "1", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = _run("import govdoc_nlp\ntry:\n    govdoc_nlp.nlp()\nexcept govdoc_nlp.MissingDependencyError as e:\n    print(e.extra)", tmp_path=tmp_path)
    assert proc.stdout.strip() == "spacy", proc.stderr


def test_extras_are_declared():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    base = " ".join(project["dependencies"])
    for heavy in ("rapidocr", "onnxruntime", "pandas", "pyarrow", "spacy", "pdfplumber", "charset-normalizer"):
        assert heavy not in base
    extras = project["optional-dependencies"]
    assert {"ocr", "research", "spacy", "dask", "all"} <= set(extras)
    assert any("rapidocr" in d for d in extras["ocr"]) and any("pyarrow" in d for d in extras["research"])
    assert "ocr" in extras["all"][0] and "research" in extras["all"][0]
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert '.[all,dev]' in setup


def test_traditional_folding_is_opencc_phrase_aware():
    from govdoc_nlp.clean.script import to_simplified

    assert to_simplified("關於第12號提案的答覆") == "关于第12号提案的答复"  # 答覆 → 答复 (phrase)
    assert to_simplified("覆蓋全縣") == "覆盖全县"  # 覆 stays in 覆盖
    assert to_simplified("什麼") == "什么" and to_simplified("顯著") == "显著"
    assert to_simplified("关于提案的答复") == "关于提案的答复"
