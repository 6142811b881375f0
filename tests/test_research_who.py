"""Who-family variables: issuer level and sector, body, session, year, number, addressees, handling."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdoc_nlp.model import Addressee, Proposal, Reply
from govdoc_nlp.research.who import admin_level, body, handling, sector, who_variables

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("教育部", "national"),
        ("国家发展和改革委员会", "national"),
        ("国务院办公厅", "national"),
        ("海南省水务厅", "provincial"),
        ("广西壮族自治区交通运输厅", "provincial"),
        ("重庆市交通局", "provincial"),
        ("信阳市教育体育局", "prefecture"),
        ("郑州市城市管理局", "prefecture"),  # 省会: still a prefecture-level city
        ("红河哈尼族彝族自治州交通运输局", "prefecture"),
        ("市教育体育局", "prefecture"),
        ("新密市住建局", "county"),  # 县级市
        ("应城市公安局", "county"),
        ("岳阳市君山区住建局", "county"),  # 市辖区
        ("重庆沙坪坝区交通运输委", "county"),
        ("马关县交通运输局", "county"),
        ("阜新蒙古族自治县人民政府办公室", "county"),
        ("赤壁市神山镇人民政府", "township"),
        ("松原区东湖街道办事处", "township"),
        ("青岗县石桥镇人民政府", "township"),
        ("新乡市住房和城乡建设局", "prefecture"),  # 城乡 is no township
        ("乡村振兴局", None),
    ],
)
def test_admin_level_from_name(name: str, level: str | None) -> None:
    assert admin_level(name) == level


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("信阳市教育体育局", "education"),
        ("马关县交通运输局", "transport"),
        ("新乡市住房和城乡建设局", "housing"),
        ("国家卫生健康委员会", "health"),
        ("葫芦岛南票区公安分局", "public_security"),
        ("舒城县水利局", "water"),
        ("沭阳县财政局", "finance"),
        ("青岗县农业农村局", "agriculture"),
        ("吕梁交城生态环境分局", "environment"),
        ("潼关县民政局", "civil_affairs"),
        ("峪州市人力资源和社会保障局", "human_resources"),
        ("怀远县文化和旅游局", "culture_tourism"),
        ("郑州市城市管理局", "urban_management"),
        ("赤壁市神山镇人民政府", "general_government"),  # 人民政府 holds 民政 but is no civil-affairs bureau
    ],
)
def test_sector_from_name(name: str, expected: str) -> None:
    assert sector(name) == expected


def _reply(**kw) -> Reply:
    base = dict(
        title="石岭县水利局关于县十七届人大三次会议第45号建议的答复",
        doc_type="suggestion_reply",
        issuer="石岭县水利局",
        date="2024-05-20",
        proposal=Proposal(number="45", numbers=["45"], session="县十七届人大三次会议", body="congress", kind="建议"),
        addressee=Addressee(names=["张明", "李华"], role="代表", count=3),
        text="张明、李华等3位代表：\n你们提出的建议收悉。现答复如下：\n……\n石岭县水利局\n2024年5月20日\n",
    )
    base.update(kw)
    return Reply(**base)


def test_who_variables_of_a_joint_congress_suggestion() -> None:
    v = who_variables(_reply())
    assert v["issuer"] == "石岭县水利局"
    assert v["level"] == "county"
    assert v["sector"] == "water"
    assert v["body"] == "congress"
    assert v["session"] == "县十七届人大三次会议"
    assert v["year"] == 2024
    assert v["number"] == "45"
    assert v["n_proposal_numbers"] == 1
    assert v["addressee_count"] == 3
    assert v["addressee_role"] == "代表"
    assert v["addressee_kind"] == "joint"
    assert v["collective"] is True
    assert v["handling"] == "lead"


def test_individual_and_organisation_addressees() -> None:
    one = who_variables(_reply(addressee=Addressee(names=["倪雪峰"], role="委员")))
    assert (one["addressee_count"], one["addressee_kind"], one["collective"]) == (1, "individual", False)
    org = who_variables(_reply(addressee=Addressee(organization="民盟信阳市委员会")))
    assert (org["addressee_count"], org["addressee_kind"], org["collective"]) == (1, "organization", True)


def test_body_from_doc_type_or_wording_and_year_from_text() -> None:
    assert body(_reply(doc_type="proposal_reply", proposal=Proposal())) == "cppcc"
    r = _reply(doc_type="other", proposal=Proposal(), date=None, title=None,
               text="关于市政协五届七次会议第57165号提案的答复\n……\n2022 年 7 月 22 日\n")
    assert body(r) == "cppcc"
    assert who_variables(r)["year"] == 2022


def test_level_falls_back_to_self_reference_then_session() -> None:
    r = _reply(issuer=None, text="下一步，我乡将加快推进通组公路硬化。")
    assert who_variables(r)["level"] == "township"
    r = _reply(issuer=None, text="现答复如下。")
    assert who_variables(r)["level"] == "county"  # 县十七届人大三次会议


def test_co_handler_opinion() -> None:
    r = _reply(title="莲湖区规划和自然资源局关于区政协第12号提案的会办意见")
    assert handling(r) == "co"
    assert who_variables(r)["handling"] == "co"


@pytest.mark.skipif(not (CORPORA / "text" / "c36.txt").exists(), reason="corpus document c36 absent")
def test_corpus_co_handler_and_traditional_issuer() -> None:
    import govdoc_nlp
    from govdoc_nlp.research import variables

    v = variables(govdoc_nlp.parse(str(CORPORA / "text" / "c36.txt")))
    assert v["handling"] == "co"
    assert v["level"] == "county"
    if (CORPORA / "text" / "c18.txt").exists():
        v = variables(govdoc_nlp.parse(str(CORPORA / "text" / "c18.txt")))
        assert v["issuer"] == "楓林縣市場監督管理局"  # reported as printed
        assert (v["level"], v["sector"]) == ("county", "market_regulation")  # judged on simplified characters
