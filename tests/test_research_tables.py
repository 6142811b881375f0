"""Tables (frame, commitments_frame, sections_frame), Reply back from JSON, and `govdoc research`
on JSON Lines, SQLite, Parquet and a folder, written as Parquet and CSV and read back with dtypes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

import govdoc_nlp
from govdoc_nlp.cli import main
from govdoc_nlp.research import (
    COMMITMENT_COLUMNS,
    DTYPES,
    REPLY_COLUMNS,
    SECTION_COLUMNS,
    commitments_frame,
    frame,
    read_table,
    reply_from_dict,
    sections_frame,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "xinyang-57165.txt"

SAMPLE = """类别：B
石岭县水利局关于县十七届人大三次会议第45号建议的答复
张明、李华等3位代表：
你们提出的《关于加快解决石门村饮水安全问题的建议》收悉。经认真研究，现答复如下：
收到建议后，我局与张明代表当面沟通，并组织技术人员实地查看。2023年，我局已争取省级补助资金150万元，完成主管网改造3.5公里。
一、关于管网改造。根据《石岭县农村供水保障规划（2021—2025年）》，石门村饮水巩固提升工程已列入2024年县级实施计划，目前正在开展前期工作。
二、关于水质监测。我局会同县卫生健康局每季度开展一次水质检测。
下一步，我局将加快项目审批，力争2024年10月底前完成新建蓄水池2座、改造管网12公里。
感谢你们对水利工作的关心和支持！
石岭县水利局
2024年5月20日
联系人：王强 联系电话：0736-1234567
"""


@pytest.fixture(scope="module")
def replies() -> list:
    r = govdoc_nlp.parse_text(SAMPLE)
    r.source.path = "/data/replies/shiling-45.txt"
    out = [r]
    if SEED.exists():
        out.append(govdoc_nlp.parse(str(SEED)))
    return out


def test_frame_has_documented_dtypes_and_known_values(replies) -> None:
    df = frame(replies)
    assert list(df.columns) == list(REPLY_COLUMNS)
    assert {c: str(t) for c, t in df.dtypes.items()} == REPLY_COLUMNS
    row = df.iloc[0]
    # doc_id: the path relative to the folder all inputs share
    assert row["doc_id"] == ("data/replies/shiling-45.txt" if len(df) > 1 else "shiling-45.txt")
    assert row["source_path"] == "/data/replies/shiling-45.txt"
    assert row["title"] == "石岭县水利局关于县十七届人大三次会议第45号建议的答复"
    assert row["doc_type"] == "suggestion_reply"
    assert row["date"] == "2024-05-20"
    assert row["level"] == "county"
    assert row["sector"] == "water"
    assert row["category_stated"] == "B"
    assert row["category_inferred"] == "B"
    assert row["topic"] == "water"
    assert row["contact_stated"]
    if len(df) > 1:
        seed = df.iloc[1]
        assert seed["doc_id"].endswith("shared/corpus/seed/xinyang-57165.txt")
        assert (seed["level"], seed["sector"], seed["body"], seed["year"]) == ("prefecture", "education", "cppcc", 2022)
        assert seed["n_commitments"] == 4
        assert pd.isna(seed["category_stated"])


def test_commitment_and_section_tables_keyed_by_doc_id(replies) -> None:
    cf = commitments_frame(replies, "/data/replies")
    sf = sections_frame(replies, "/data/replies")
    seed_id = str(SEED)  # outside the root: the path as recorded
    assert {c: str(t) for c, t in cf.dtypes.items()} == COMMITMENT_COLUMNS
    assert {c: str(t) for c, t in sf.dtypes.items()} == SECTION_COLUMNS
    assert set(cf["doc_id"]) <= {"shiling-45.txt", seed_id}
    assert len(cf[cf["doc_id"] == "shiling-45.txt"]) == len(replies[0].commitments)
    assert list(sf[sf["doc_id"] == "shiling-45.txt"]["number"]) == [s.number for s in replies[0].sections]
    if len(replies) > 1:
        seed = sf[sf["doc_id"] == seed_id]
        assert list(seed["number"]) == ["一", "二", "三"]
        assert (seed["level"] == 1).all()
        assert seed["n_commitments"].sum() >= 3


def test_reply_from_dict_round_trip(replies) -> None:
    for r in replies:
        data = json.loads(r.to_json())
        assert reply_from_dict(data).to_dict() == data
    assert reply_from_dict({"title": "x", "unknown": 1, "sections": None}).sections == []


def _write_jsonl(path: Path, replies) -> None:
    path.write_text("".join(r.to_json(indent=None) + "\n" for r in replies), encoding="utf-8")


def _check_outputs(tmp: Path, n: int) -> None:
    for name in ("vars.parquet", "vars.csv"):
        df = read_table(tmp / name)
        assert len(df) == n
        assert {c: str(t) for c, t in df.dtypes.items()} == REPLY_COLUMNS
    plain_csv = pd.read_csv(tmp / "vars.csv", dtype=DTYPES)
    assert {c: str(t) for c, t in plain_csv.dtypes.items()} == REPLY_COLUMNS
    plain_parquet = pd.read_parquet(tmp / "vars.parquet")
    assert {c: str(t) for c, t in plain_parquet.dtypes.items()} == REPLY_COLUMNS
    pd.testing.assert_frame_equal(read_table(tmp / "vars.csv"), plain_parquet, check_exact=False)


def test_cli_on_jsonl_writes_parquet_and_csv(tmp_path, replies) -> None:
    src = tmp_path / "replies.jsonl"
    _write_jsonl(src, replies)
    code = main(["research", str(src), "-o", str(tmp_path / "vars.parquet"), "-o", str(tmp_path / "vars.csv"),
                 "--commitments", str(tmp_path / "c.csv"), "--sections", str(tmp_path / "s.parquet"), "-q"])
    assert code == 0
    _check_outputs(tmp_path, len(replies))
    cf = read_table(tmp_path / "c.csv")
    assert {c: str(t) for c, t in cf.dtypes.items()} == COMMITMENT_COLUMNS
    sf = read_table(tmp_path / "s.parquet")
    assert {c: str(t) for c, t in sf.dtypes.items()} == SECTION_COLUMNS


def test_cli_on_sqlite_replies_table(tmp_path, replies) -> None:
    db = tmp_path / "out.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE replies (input_key TEXT, status TEXT, json TEXT)")
    con.executemany("INSERT INTO replies VALUES (?, 'converted', ?)", [(str(i), r.to_json(indent=None)) for i, r in enumerate(replies)])
    con.commit()
    con.close()
    assert main(["research", str(db), "-o", str(tmp_path / "vars.parquet"), "-o", str(tmp_path / "vars.csv"), "-q"]) == 0
    _check_outputs(tmp_path, len(replies))


def test_cli_on_a_folder_of_documents(tmp_path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "shiling-45.txt").write_text(SAMPLE, encoding="gb18030")
    assert main(["research", str(folder), "-o", str(tmp_path / "vars.parquet"), "-o", str(tmp_path / "vars.csv"), "-q"]) == 0
    _check_outputs(tmp_path, 1)
    assert read_table(tmp_path / "vars.csv")["doc_id"].tolist() == ["shiling-45.txt"]


def test_cli_on_convert_parquet(tmp_path, replies) -> None:
    try:
        from govdoc_nlp.bulk.sinks.arrow_schema import rows_to_table
    except ImportError:
        pytest.skip("govdoc_nlp.bulk not available")
    import pyarrow.parquet as pq

    pq.write_table(rows_to_table([(str(i), r.to_dict()) for i, r in enumerate(replies)]), tmp_path / "in.parquet")
    assert main(["research", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "vars.parquet"), "-o", str(tmp_path / "vars.csv"), "-q"]) == 0
    _check_outputs(tmp_path, len(replies))


def test_cli_errors(tmp_path, capsys) -> None:
    assert main(["research", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "v.csv")]) == 2
    assert main(["research", str(tmp_path), "-o", str(tmp_path / "v.xlsx")]) == 2
    bad = tmp_path / "bad.sqlite"
    sqlite3.connect(bad).execute("CREATE TABLE other (x)").connection.commit()
    assert main(["research", str(bad), "-o", str(tmp_path / "v.csv")]) == 2
    assert "replies" in capsys.readouterr().err


@pytest.mark.skipif(not (ROOT / "corpora" / "text" / "c01.txt").exists(), reason="corpora absent")
@pytest.mark.parametrize("kind", ["jsonl", "sqlite"])
def test_research_on_a_converted_corpus(tmp_path, kind) -> None:
    import shutil

    try:
        import govdoc_nlp.bulk.command  # noqa: F401
    except ImportError:
        pytest.skip("govdoc convert not available")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("c01.txt", "c05.txt", "c13.txt"):
        if (ROOT / "corpora" / "text" / name).exists():
            shutil.copy(ROOT / "corpora" / "text" / name, docs / name)
    converted = tmp_path / f"out.{kind}"
    assert main(["convert", str(docs), "-o", str(converted), "-q", "-j", "1"]) == 0
    assert main(["research", str(converted), "-o", str(tmp_path / "vars.parquet"), "-o", str(tmp_path / "vars.csv"), "-q"]) == 0
    n = len(list(docs.iterdir()))
    _check_outputs(tmp_path, n)
    df = read_table(tmp_path / "vars.csv").set_index("doc_id")
    assert df.loc["c01.txt", "level"] == "national"
    if "c05.txt" in df.index:
        assert (df.loc["c05.txt", "category_stated"], df.loc["c05.txt", "category_inferred"]) == ("C", "C")
