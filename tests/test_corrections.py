"""`govdoc convert --corrections DIR`: reviewed values laid over the parsed ones."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import govdoc_nlp
from govdoc_nlp.api import parse_text
from govdoc_nlp.cli import main
from govdoc_nlp.model.corrections import apply_corrections, corrections_for, load_corrections

UNSIGNED = (
    "对县十七届人大三次会议第20号建议的答复\n来源：县教体局  时间：2024-08-23  浏览量：10\n"
    "张峰代表：\n您提出的《关于增加乡村教师的建议》收悉，现答复如下：\n我局已补充教师12名。\n"
)
SIGNED = (
    "关于县十八届人大一次会议第7号建议的答复\n韩雪梅代表：\n"
    "您提出的《关于改善乡村客运条件的建议》收悉，现答复如下：\n"
    "我局已新开通镇村公交线路2条。下一步，我局将在年内更新客运车辆10辆。\n溪安县交通运输局\n2023年7月4日\n"
)


def _inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "jiaoti-20.txt").write_text(UNSIGNED, encoding="utf-8")
    (src / "jiaotong-7.txt").write_text(SIGNED, encoding="utf-8")
    return src


def _write(folder: Path, name: str, data: dict) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_correction_replaces_the_value_and_is_certain():
    reply = parse_text(UNSIGNED)
    assert reply.issuer == "县教体局" and reply.confidence["issuer"] < 1.0
    skipped = apply_corrections(reply, {"issuer": "县教育和体育局", "date": "2024-08-20", "contact.person": ["李敏"], "sections": []})
    assert (reply.issuer, reply.date, reply.contact.person) == ("县教育和体育局", "2024-08-20", ["李敏"])
    assert reply.evidence["issuer"] == "correction" and reply.confidence["issuer"] == 1.0 and reply.confidence["date"] == 1.0
    assert skipped == ["sections"] and reply.warnings[-1].code == "correction_skipped"


def test_corrections_are_found_by_name_stem_and_sha256(tmp_path: Path):
    _write(tmp_path, "a.gold.json", {"doc_id": "jiaoti-20", "input": "jiaoti-20.txt", "fields": {"issuer": "县教育和体育局"}})
    _write(tmp_path, "b.json", {"sha256": "ab" * 32, "fields": {"date": "2023-07-05"}})
    found = load_corrections(tmp_path)
    assert corrections_for(found, "/data/in/jiaoti-20.txt") == {"issuer": "县教育和体育局"}
    assert corrections_for(found, "/data/in/x.zip!/jiaoti-20.pdf") == {"issuer": "县教育和体育局"}
    assert corrections_for(found, "/data/in/other.txt", "ab" * 32) == {"date": "2023-07-05"}
    assert corrections_for(found, "/data/in/other.txt", "cd" * 32) is None


def test_convert_lays_corrections_over_the_matching_inputs(tmp_path: Path):
    src = _inputs(tmp_path)
    fixes = tmp_path / "fixes"
    _write(fixes, "jiaoti-20.gold.json", {"doc_id": "jiaoti-20", "input": "jiaoti-20.txt", "fields": {"issuer": "县教育和体育局"}})
    sha = hashlib.sha256(SIGNED.encode("utf-8")).hexdigest()
    _write(fixes, "any-name.json", {"sha256": sha, "fields": {"commitments": ["下一步，我局将在年内更新客运车辆10辆。"]}})
    out = tmp_path / "out.jsonl"
    summary = govdoc_nlp.convert([src], out, jobs=1, corrections=str(fixes))
    assert summary.outcomes["converted"] == 2
    rows = {Path(r["source"]["path"]).name: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    fixed, other = rows["jiaoti-20.txt"], rows["jiaotong-7.txt"]
    assert fixed["issuer"] == "县教育和体育局" and fixed["evidence"]["issuer"] == "correction" and fixed["confidence"]["issuer"] == 1.0
    assert [c["text"] for c in other["commitments"]] == ["下一步，我局将在年内更新客运车辆10辆。"]
    assert other["confidence"]["commitments[0]"] == 1.0 and other["issuer"] == "溪安县交通运输局"
    assert "issuer" not in other["evidence"]


def test_a_missing_corrections_folder_is_a_usage_error(tmp_path: Path, capsys):
    src = _inputs(tmp_path)
    code = main(["convert", str(src), "-o", str(tmp_path / "o.jsonl"), "--corrections", str(tmp_path / "nope"), "-q"])
    assert code == 2
    assert "corrections folder" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()
