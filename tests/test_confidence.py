"""Reply.confidence: calibrated per field, lower where the evidence is weaker, checked by
`govdoc eval --calibration`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from govdoc_nlp.api import parse_text
from govdoc_nlp.calibration import Table, calibration, unit_outcomes
from govdoc_nlp.cli import main
from govdoc_nlp.extract.confidence import FIELDS, features, load_model
from govdoc_nlp.model import Reply
from govdoc_nlp.model.schema import reply_schema

CLEAN = (
    "关于市十六届人大二次会议第58号建议的答复\n"
    "林晓岚代表：\n"
    "您提出的《关于完善城区公共停车设施的建议》收悉，现答复如下：\n"
    "一、加快停车场建设\n"
    "今年我局已在老城区新建公共停车场3处，新增车位420个。\n"
    "二、推进智慧停车\n"
    "下一步，我局将于2024年底前建成全市停车信息平台，实现车位实时查询。\n"
    "感谢您对城市管理工作的关心和支持。\n"
    "青川市城市管理局\n"
    "2024年6月12日\n"
    "联系人：周文  联系电话：0813-2261457\n"
)

UNSIGNED = (
    "对县十七届人大三次会议第20号建议的答复\n来源：县教体局  时间：2024-08-23  浏览量：10\n"
    "张峰代表：\n您提出的《关于增加乡村教师的建议》收悉，现答复如下：\n我局已补充教师12名。\n"
)


def test_a_clean_letter_is_confident_about_every_field_and_item():
    reply = parse_text(CLEAN)
    assert reply.title == "关于市十六届人大二次会议第58号建议的答复"
    assert reply.date == "2024-06-12"
    conf = reply.confidence
    assert set(FIELDS) <= set(conf)
    assert {f"sections[{i}]" for i in range(len(reply.sections))} <= set(conf)
    assert len(reply.sections) == 2 and len(reply.commitments) == 1 and "commitments[0]" in conf
    assert all(0.0 <= v <= 1.0 for v in conf.values())
    assert conf["title"] >= 0.9 and conf["date"] >= 0.9 and conf["issuer"] >= 0.9
    assert reply.min_confidence == min(v for k, v in conf.items() if "[" not in k)


def test_an_issuer_from_page_metadata_is_less_certain_than_a_signed_one():
    signed, unsigned = parse_text(CLEAN), parse_text(UNSIGNED)
    assert unsigned.evidence["issuer"] == "page_metadata"
    assert signed.confidence["issuer"] - unsigned.confidence["issuer"] >= 0.01
    assert load_model()["weights"]["page_metadata"] < 0


def test_a_title_holding_the_page_breadcrumb_is_doubted():
    from govdoc_nlp.extract.confidence import confidence

    reply = parse_text(CLEAN)
    clean = reply.confidence["title"]
    reply.title = "政务公开>建议提案办理>关于市十六届人大二次会议第58号建议的答复发布日期:2024-06-20"
    assert features(reply)["title"]["shape"] == 1.0
    assert confidence(reply)["title"] < clean - 0.2


def test_a_missing_proposal_title_the_text_quotes_is_doubted():
    reply = parse_text(CLEAN)
    f = features(reply)["proposal.title"]
    assert reply.proposal.title and f["empty_candidate"] == 0.0
    reply.proposal.title = None  # the same letter, had the parser missed the quoted title
    f = features(reply)["proposal.title"]
    assert f["empty_candidate"] == 1.0
    from govdoc_nlp.extract.confidence import confidence

    assert confidence(reply)["proposal.title"] < 0.6


def test_confidence_is_in_the_json_and_the_schema():
    reply = parse_text(CLEAN)
    data = json.loads(reply.to_json())
    assert data["confidence"]["title"] == reply.confidence["title"]
    assert Reply.from_dict(data).confidence == reply.confidence
    props = reply_schema()["properties"]
    assert "confidence" in props and "calibrated" in props["confidence"]["description"]


def test_the_stored_model_is_plain_data_with_out_of_fold_figures():
    model = load_model()
    assert isinstance(model["intercept"], float) and model["weights"]["shape"] < 0
    assert model["out_of_fold"]["all"]["n"] > 1000


def test_units_are_fields_and_predicted_items():
    gold = {"title": "甲的答复", "issuer": "某局", "sections": [{"level": 1, "number": "一", "heading": "加快建设"}],
            "commitments": ["我局将于年底前建成平台。"]}
    pred = {"title": "甲的答复", "issuer": None,
            "sections": [{"level": 1, "number": "一", "heading": "加快建设"}, {"level": 1, "number": "二", "heading": "其他"}],
            "commitments": [{"text": "我局将于年底前建成平台。"}]}
    assert unit_outcomes(gold, pred) == {
        "title": True, "issuer": False, "sections": False, "sections[0]": True, "sections[1]": False,
        "commitments": True, "commitments[0]": True,
    }


def test_reliability_bins_and_expected_calibration_error():
    t = Table([(0.95, True)] * 9 + [(0.95, False)] + [(0.25, False)] * 3 + [(0.25, True)])
    assert [(b["bin"], b["n"]) for b in t.bins()] == [("0.2-0.3", 4), ("0.9-1.0", 10)]
    assert t.bins()[1]["right"] == pytest.approx(0.9)
    assert t.ece == pytest.approx((4 * 0.0 + 10 * 0.05) / 14)
    s = t.summary()
    assert s["right_when_high"] == pytest.approx(0.9) and s["wrong_below_low"] == pytest.approx(0.75)


def _gold_folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNSIGNED, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({"doc_id": "a", "input": "a.txt", "fields": {
        "title": "关于市十六届人大二次会议第58号建议的答复", "issuer": "青川市城市管理局", "date": "2024-06-12"}}), encoding="utf-8")
    (tmp_path / "b.gold.json").write_text(json.dumps({"doc_id": "b", "input": "b.txt", "fields": {
        "issuer": "县教育和体育局", "date": None}}), encoding="utf-8")
    return tmp_path


def test_calibration_report_pairs_confidence_with_outcome(tmp_path: Path):
    report = calibration(_gold_folder(tmp_path))
    assert report.documents == 2 and report.missing == 0
    assert report.groups["issuer"].summary()["wrong"] == 1  # b's 县教体局 is not the gold's full name
    assert report.overall.summary()["n"] == 5


def test_eval_calibration_prints_the_table_and_ece(tmp_path: Path, capsys):
    assert main(["eval", str(_gold_folder(tmp_path)), "--calibration"]) == 0
    out = capsys.readouterr().out
    assert "reliability" in out and "0.9-1.0" in out and "expected calibration error" in out
    assert main(["eval", str(tmp_path), "--calibration", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fields"]["issuer"]["wrong"] == 1 and data["overall"]["bins"]


def test_sqlite_holds_a_confidence_column_per_field(tmp_path: Path):
    from govdoc_nlp.bulk.sinks.sqlite import create_schema, insert_reply

    db = sqlite3.connect(":memory:")
    create_schema(db)
    reply = parse_text(CLEAN)
    rid = insert_reply(db, "a", reply.to_dict())
    row = db.execute("SELECT title, proposal_title, min_confidence FROM confidence WHERE reply_id = ?", (rid,)).fetchone()
    assert row == (reply.confidence["title"], reply.confidence["proposal.title"], reply.min_confidence)


def test_parquet_schema_types_confidence_as_a_map_of_floats():
    pa = pytest.importorskip("pyarrow")
    from govdoc_nlp.bulk.sinks.arrow_schema import reply_schema

    assert reply_schema().field("confidence").type == pa.map_(pa.string(), pa.float64())


def test_real_web_confidence_is_calibrated(shared: Path):
    report = calibration(shared / "corpus" / "real-web")
    s = report.overall.summary()
    assert s["right_when_high"] >= 0.98
    assert report.overall.ece <= 0.05
