"""Promises: commitments, deadline share, strength mix, quantitative targets, money in yuan."""

from __future__ import annotations

import pytest

from govdoc_nlp.model import Commitment, Deadline, Reply
from govdoc_nlp.research.promises import has_deadline, money_amounts, promise_variables, quantities

BODY = (
    "张明代表：\n你们提出的建议收悉。现答复如下：\n"
    "2023年，我局已争取省级补助资金150万元，完成主管网改造3.5公里。石门村饮水巩固提升工程总投资约420万元。\n"
    "下一步，我局将会同县财政局加快项目审批，力争2024年10月底前完成新建蓄水池2座、改造管网12公里，解决1200人的饮水安全问题。\n"
    "同时，我局将积极争取上级资金0.3亿元，逐步推进周边村组供水提升。\n"
    "我局将持续做好水质监测工作。\n"
    "感谢你们对水利工作的关心和支持！\n"
)


def _reply() -> Reply:
    return Reply(
        text=BODY,
        commitments=[
            Commitment(
                text="下一步，我局将会同县财政局加快项目审批，力争2024年10月底前完成新建蓄水池2座、改造管网12公里，解决1200人的饮水安全问题。",
                marker="下一步", strength="planned", deadline=Deadline(text="2024年10月底前", date="2024-10-31"),
            ),
            Commitment(text="同时，我局将积极争取上级资金0.3亿元，逐步推进周边村组供水提升。", strength="vague"),
            Commitment(text="我局将持续做好水质监测工作。", strength="firm", kind="sentence"),
        ],
    )


def test_promise_variables_of_a_reply_with_three_commitments() -> None:
    v = promise_variables(_reply())
    assert v["n_commitments"] == 3
    assert v["n_with_deadline"] == 1
    assert v["deadline_share"] == pytest.approx(1 / 3)
    assert (v["n_strength_done"], v["n_strength_firm"], v["n_strength_planned"], v["n_strength_vague"]) == (0, 1, 1, 1)
    assert v["share_strength_planned"] == pytest.approx(1 / 3)
    assert v["share_strength_firm"] == pytest.approx(1 / 3)
    assert v["share_strength_vague"] == pytest.approx(1 / 3)
    assert v["share_strength_done"] == 0
    assert v["n_targets"] == 3
    assert v["targets"] == "2座；12公里；1200人"
    assert v["promised_money_yuan"] == pytest.approx(30_000_000)
    # 150万元 + 420万元 + 0.3亿元 over the whole body
    assert v["money_yuan"] == pytest.approx(1_500_000 + 4_200_000 + 30_000_000)
    assert v["commitment_chars"] > 80


def test_no_commitments_gives_missing_shares() -> None:
    v = promise_variables(Reply(text="您的建议收悉。"))
    assert v["n_commitments"] == 0
    assert v["deadline_share"] is None
    assert v["share_strength_firm"] is None
    assert v["promised_money_yuan"] is None


@pytest.mark.parametrize(
    ("text", "yuan"),
    [
        ("中央财政累计安排资金约 412亿元", 41_200_000_000),
        ("最高补助标准达到每人每月1800 元", 1_800),
        ("共筹集资金86万元", 860_000),
        ("投入资金三百万元", 3_000_000),
        ("安排1,200万元", 12_000_000),
        ("补助资金2.5 亿 元", 250_000_000),
    ],
)
def test_money_normalised_to_yuan(text: str, yuan: float) -> None:
    assert money_amounts(text) == [pytest.approx(yuan)]


def test_quantities_with_units_and_wan() -> None:
    qs = {q.text: (q.value, q.unit, q.kind) for q in quantities("新建学校3所，培训5.2 万人次，种植5000亩，周转宿舍46 万套")}
    assert qs["3所"] == (3, "所", "institutions")
    assert qs["5.2万人次"] == (52_000, "人次", "people")
    assert qs["5000亩"] == (5000, "亩", "area")
    assert qs["46万套"] == (460_000, "套", "units")
    # years and numbers are no targets
    assert quantities("2023年第3号建议") == []


def test_deadline_from_text_when_the_parser_gave_none() -> None:
    assert has_deadline(Commitment(text="力争年底前完成改造。"))
    assert has_deadline(Commitment(text="计划于2025年6月底建成投用。"))
    assert not has_deadline(Commitment(text="我局将继续加强监管。"))
