"""Specificity: numbers, dates, cited documents and organisations per 1,000 characters; past vs
promise sentences; boilerplate share."""

from __future__ import annotations

import pytest

from govdoc_nlp.model import Paragraph, Proposal, Reply
from govdoc_nlp.research.specificity import (
    cited_documents,
    organisations,
    sentence_kind,
    specificity_variables,
)

OPENING = "你们提出的《关于加快解决石门村饮水安全问题的建议》收悉。现答复如下："
PAST = "2023年4月12日，我局会同县财政局完成主管网改造3.5公里，投入资金150万元。"
CITED = "根据《石岭县农村供水保障规划（2021—2025年）》和石水发〔2023〕18号文件，工程已列入计划。"
PROMISE = "下一步，我局将加快项目审批，力争10月底前完成。"
CLOSING = "感谢你们对水利工作的关心和支持！"


def _reply() -> Reply:
    paras = [OPENING, PAST, CITED, PROMISE, CLOSING]
    return Reply(
        text="\n".join(paras),
        proposal=Proposal(title="关于加快解决石门村饮水安全问题"),
        paragraphs=[Paragraph(text=p, block=b) for p, b in zip(paras, ["opening", "body", "body", "body", "closing"], strict=True)],
    )


def test_specificity_variables_known_counts() -> None:
    v = specificity_variables(_reply())
    chars = len("".join([OPENING, PAST, CITED, PROMISE, CLOSING]))
    assert v["body_chars"] == chars
    assert v["n_sentences"] == 6
    # dates: 2023年4月12日, 10月底 (2021—2025年 inside the cited title: 2021 is no 年, 2025年 is)
    assert v["n_dates"] == 3
    # numbers outside dates: 3.5, 150, 2021, 2023 (文号), 18
    assert v["n_numbers"] == 5
    assert v["n_cited_documents"] == 2
    assert v["cited_documents"] == "石岭县农村供水保障规划（2021—2025年）；石水发〔2023〕18号"
    assert v["n_organisations"] == 1  # 县财政局
    assert v["numbers_per_1k"] == pytest.approx(round(5 * 1000 / chars, 3))
    assert v["documents_per_1k"] == pytest.approx(round(2 * 1000 / chars, 3))
    assert v["dates_per_1k"] == pytest.approx(round(3 * 1000 / chars, 3))
    assert v["organisations_per_1k"] == pytest.approx(round(1000 / chars, 3))
    # sentences: opening ×2 (other, other), past, cited (已列入 → past), promise, closing
    assert v["past_sentence_share"] == pytest.approx(2 / 6)
    assert v["promise_sentence_share"] == pytest.approx(1 / 6)
    assert v["boilerplate_share"] == pytest.approx((len(OPENING) + len(CLOSING)) / chars)


def test_sentence_kinds() -> None:
    assert sentence_kind("下一步，我局将加快推进。") == "promise"
    assert sentence_kind("现将办理情况答复如下：") == "other"  # 现将 is 把, no future
    assert sentence_kind("我局已将该小区列入计划。") == "past"
    assert sentence_kind("完成了泵房设备整体更换。") == "past"


def test_proposal_title_is_not_a_cited_document() -> None:
    text = "您提出的《关于加强乡村教师周转宿舍建设的建议》收悉。依据《义务教育法》和《乡村教师支持计划（2015—2020年）》。"
    assert cited_documents(text, "关于加强乡村教师周转宿舍建设") == ["义务教育法", "乡村教师支持计划（2015—2020年）"]


def test_named_organisations_not_generic_units() -> None:
    orgs = organisations("我部会同国家发展改革委、财政部和有关部门，指导信阳市教育体育局及中职学校开展工作，抄送市政协提案委。")
    assert orgs == ["国家发展改革委", "财政部", "信阳市教育体育局", "市政协提案委"]
