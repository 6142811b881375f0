"""The research table's ``min_confidence``: the lowest calibrated field confidence of a reply."""

from __future__ import annotations

from govdoc_nlp.api import parse_text
from govdoc_nlp.research import variables

LETTER = (
    "关于县十八届人大一次会议第7号建议的答复\n"
    "韩雪梅代表：\n"
    "您提出的《关于改善乡村客运条件的建议》收悉，现答复如下：\n"
    "我局已新开通镇村公交线路2条。下一步，我局将在年内更新客运车辆10辆。\n"
    "溪安县交通运输局\n"
    "2023年7月4日\n"
)


def test_min_confidence_is_the_least_certain_field():
    reply = parse_text(LETTER)
    row = variables(reply)
    fields = {k: v for k, v in reply.confidence.items() if "[" not in k}
    assert row["min_confidence"] == min(fields.values()) == reply.min_confidence
    assert 0.0 < row["min_confidence"] <= 1.0


def test_min_confidence_is_null_for_a_reply_without_confidence():
    reply = parse_text(LETTER)
    reply.confidence = {}
    assert variables(reply)["min_confidence"] is None
