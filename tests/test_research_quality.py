"""Keys and quality columns: doc_id is the input key (unique with equal stems, archive members as
!/member), format, warnings, OCR confidence, is_reply, and the versions in the CSV and Parquet."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pyarrow.parquet as pq

import govdoc_nlp
from govdoc_nlp.cli import main
from govdoc_nlp.model import Reply, Source, Warning_
from govdoc_nlp.research.tables import frame, quality_variables, read_table
from govdoc_nlp.research.versions import versions

LETTER = ("{title}\n\n李红代表：\n您提出的关于{topic}的建议收悉，现答复如下：\n我局已将此事列入今年工作计划。\n\n"
          "石岭县交通运输局\n2024年4月2日\n")


def _folder(root: Path) -> Path:
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    html = LETTER.format(title="关于县十七届人大三次会议第12号建议的答复", topic="修缮乡村道路").replace("\n", "<br>\n")
    (root / "a" / "reply.html").write_text(f"<html><body><p>{html}</p></body></html>", encoding="utf-8")
    (root / "b" / "reply.txt").write_text(LETTER.format(title="关于县十七届人大三次会议第13号建议的答复", topic="增设路灯"),
                                          encoding="utf-8")
    with zipfile.ZipFile(root / "more.zip", "w") as zf:
        zf.writestr("b/reply.txt", LETTER.format(title="关于县十七届人大三次会议第14号建议的答复", topic="治理河道"))
    return root


def test_doc_id_is_unique_with_equal_stems(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    out = tmp_path / "vars.csv"
    assert main(["research", str(folder), "-o", str(out), "-o", str(tmp_path / "vars.parquet"), "-q"]) == 0
    df = read_table(out)
    assert sorted(df["doc_id"]) == ["a/reply.html", "b/reply.txt", "more.zip!/b/reply.txt"]
    assert df["doc_id"].is_unique
    assert dict(zip(df["doc_id"], df["format"], strict=True))["a/reply.html"] == "html"
    assert set(df["versions"]) == {";".join(f"{k}={v}" for k, v in versions().items())}
    meta = pq.read_schema(tmp_path / "vars.parquet").metadata
    assert meta[b"govdoc_nlp"] == govdoc_nlp.__version__.encode()
    assert len(meta[b"lexicon"]) == 12
    # the commitments table of the same run joins on the same keys
    assert main(["research", str(folder), "-o", str(tmp_path / "v2.csv"), "--commitments", str(tmp_path / "c.csv"), "-q"]) == 0
    assert set(read_table(tmp_path / "c.csv")["doc_id"]) <= set(df["doc_id"])


def test_same_file_twice_gets_a_suffix() -> None:
    r = govdoc_nlp.parse_text(LETTER.format(title="关于县十七届人大三次会议第12号建议的答复", topic="修缮乡村道路"))
    r.source.path = "/data/x/reply.txt"
    df = frame([r, r])
    assert list(df["doc_id"]) == ["reply.txt", "reply.txt#2"]


def test_quality_columns() -> None:
    reply = Reply(doc_type="other", is_reply=False, warnings=[Warning_("no_date", "no date"), Warning_("no_title", "no title")],
                  source=Source(format="image", page_info=[{"number": 1, "confidence": 0.9}, {"number": 2, "confidence": 0.7}]))
    q = quality_variables(reply)
    assert (q["format"], q["is_reply"], q["warnings"], q["n_warnings"]) == ("image", False, "no_date;no_title", 2)
    assert abs(q["ocr_confidence"] - 0.8) < 1e-9
    typed = quality_variables(Reply(doc_type="suggestion_reply", source=Source(format="txt")))
    assert (typed["is_reply"], typed["warnings"], typed["ocr_confidence"]) == (True, None, None)
