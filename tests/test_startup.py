"""Start-up of `govdoc parse`: the commitment rule's word tags without loading jieba's dictionary,
the same tags jieba gives, and no heavy library loaded for a text reply (its time is measured in
benchmarks/bench_startup.py)."""

from __future__ import annotations

import logging
import os
import random
import subprocess
import sys

import pytest
from helpers import CORPORA, ROOT

from govdoc_nlp.extract import segmenter


def test_word_tags_are_jiebas():
    posseg = pytest.importorskip("jieba.posseg")
    posseg.jieba.setLogLevel(logging.WARNING)
    pristine = posseg.POSTokenizer(posseg.jieba.Tokenizer())  # other tests add user words to jieba's global one
    rng = random.Random(7)
    samples = ["将进一步加强", "负责牵头", "乡村振兴", "A类答复", "3月底前完成", " 加强", "，加强", "abc将", "１２３", "x"]
    for path in sorted((CORPORA / "text").glob("c1*.txt"))[:40]:
        text = path.read_text(encoding="utf-8", errors="ignore")
        for _ in range(40):
            i = rng.randrange(max(1, len(text) - 8))
            samples.append(text[i : i + rng.randint(1, 10)])
    for s in samples:
        first = next(iter(pristine.cut(s[:8], HMM=False)), None)
        assert segmenter.first_word_tag(s) == (first.flag if first else None), s


def test_parsing_a_reply_does_not_load_jieba(tmp_path):
    code = (
        "import sys, govdoc_nlp; r = govdoc_nlp.parse(sys.argv[1]); "
        "print(len(r.commitments), 'jieba' in sys.modules, 'jieba.posseg' in sys.modules)"
    )
    env = dict(os.environ, GOVDOC_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    # c02 holds a 将 whose sense only the next word's part of speech tells (将管护责任落实…)
    out = subprocess.run([sys.executable, "-c", code, str(CORPORA / "text" / "c02.txt")], capture_output=True, text=True, env=env, timeout=120)
    assert out.stdout.split() == ["1", "False", "False"], out.stderr
    assert list((tmp_path / "cache").glob("jieba-words-*.idx"))  # built once, then mapped


def test_an_unwritable_cache_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("GOVDOC_CACHE_DIR", str(blocker / "sub"))
    monkeypatch.setenv("TMPDIR", str(blocker / "tmp"))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    index = segmenter._load_index()
    assert index.lookup("加强")[0] and index.lookup("加强")[2] == "v"


HEAVY_MODULES = ("spacy", "pandas", "pyarrow", "pdfplumber", "jieba", "numpy", "PIL", "onnxruntime", "docx", "trafilatura", "dask", "lxml")
"""Libraries a text reply never needs: importing one would cost `govdoc parse` most of its start-up
(timed in benchmarks/bench_startup.py, which prints the ratio to a bare interpreter; a timed test
here failed on a busy machine)."""


def test_govdoc_parse_of_a_text_reply_imports_no_heavy_library():
    code = (
        "import sys\nfrom govdoc_nlp.cli import main\n"
        "try:\n    main(['parse', sys.argv[1], '--no-text'])\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {HEAVY_MODULES!r} if m in sys.modules), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(CORPORA / "text" / "c01.txt")], capture_output=True, text=True, check=True)
    assert out.stderr.strip().splitlines()[-1] == "[]", out.stderr
    assert '"title"' in out.stdout
