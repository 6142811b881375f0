"""Engagement: contact with the proposer, stated satisfaction, co-handling units."""

from __future__ import annotations

import pytest

from govdoc_nlp.model import Contact, Reply
from govdoc_nlp.research.engagement import contact_statements, engagement_variables, satisfaction

TEXT = (
    "张明代表：\n你们提出的建议收悉。现答复如下：\n"
    "收到建议后，我局与张明代表当面沟通，并于4月12日陪同代表实地查看石门村供水设施。\n"
    "5月，我局召开座谈会，听取代表和村民意见；其后又电话联系代表通报进展。我们还走访了县自来水公司。\n"
    "我局会同县财政局、县卫生健康局研究了资金和水质问题。\n"
    "感谢你们对水利工作的关心和支持！\n"
)


def test_engagement_variables_known_values() -> None:
    r = Reply(text=TEXT, contact=Contact(organizer="石岭县水利局", co_organizers=["县财政局", "县卫生健康局"]))
    v = engagement_variables(r)
    assert v["contact_stated"] is True
    assert v["contact_kinds"] == "consultation；face_to_face；meeting；phone；visit"
    assert v["contact_cues"] == "当面沟通；陪同；实地查看；召开座谈会；听取；电话联系"
    assert v["satisfaction"] is None
    assert v["n_co_handlers"] == 2
    assert v["co_handlers"] == "县财政局；县卫生健康局"
    assert v["co_handling_mentions"] == 1  # 会同


def test_contact_with_others_is_not_contact_with_the_proposer() -> None:
    assert contact_statements("我局走访了县自来水公司，实地查看了水厂。") == {}
    v = engagement_variables(Reply(text="您的建议收悉。我局将加强监管。"))
    assert (v["contact_stated"], v["contact_kinds"], v["n_co_handlers"]) == (False, None, 0)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("6月18日，我局回访了业主代表，代表对改造效果表示满意。", "satisfied"),
        ("代表对此件办理结果评价：“满意”", "satisfied"),
        ("代表对此件办理结果评价：“基本满意”", "basically_satisfied"),
        ("经沟通，委员对答复不满意，我局将进一步研究。", "unsatisfied"),
        ("以上答复您是否满意，如有意见，敬请反馈。", None),  # a feedback prompt
        ("我们将努力办好人民满意的教育，感谢您的支持。", None),  # a set phrase
    ],
)
def test_stated_satisfaction(text: str, label: str | None) -> None:
    assert satisfaction(text) == label
