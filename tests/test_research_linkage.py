"""When and which: session year (exact for national sessions), days to reply, and the proposal key
that links the replies to one proposal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import govdoc_nlp
from govdoc_nlp.research.linkage import cn_int, read_session
from govdoc_nlp.research.tables import frame

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# national sessions as printed → the year they sat (term calendar of the NPC and CPPCC)
NATIONAL = {
    "十四届全国人大一次会议": 2023, "十四届全国人大二次会议": 2024, "十四届全国人大三次会议": 2025, "十届全国人大四次会议": 2006,
    "全国政协十四届一次会议": 2023, "全国政协十四届二次会议": 2024, "全国政协十届三次会议": 2005,
    "全国政协十届四次会议": 2006, "政协十四届全国委员会第二次会议": 2024, "政协十四届全国委员会第三次会议": 2025,
    "第十三届全国人民代表大会第三次会议": 2020, "中国人民政治协商会议第十二届全国委员会第五次会议": 2017,
    "政协第十四届全国委员会第一次会议": 2023, "政协第九届全国委员会第二次会议": 1999,
}


@pytest.mark.parametrize(("text", "value"), [("十四", 14), ("二十", 20), ("十", 10), ("三", 3), ("２３", 23), ("二十一", 21)])
def test_chinese_numerals(text: str, value: int) -> None:
    assert cn_int(text) == value


def test_session_parts() -> None:
    s = read_session("对县十九届人大二次会议第52号建议的答复")
    assert (s.body, s.place, s.term, s.session, s.national) == ("congress", "县", 19, 2, False)
    s = read_session("政协十四届全国委员会第二次会议")
    assert (s.body, s.term, s.session, s.national) == ("cppcc", 14, 2, True)
    s = read_session("中国人民政治协商会议若羌县委员会十一届一次会议")
    assert (s.body, s.term, s.session, s.national) == ("cppcc", 11, 1, False)


def _letter(title: str, issuer: str, date: str, body: str = "") -> str:
    return (f"{title}\n\n王平代表：\n您提出的关于加快城北片区道路改造的建议收悉，现答复如下：\n"
            f"{body or '我局已将城北片区道路改造列入今年计划。'}\n\n{issuer}\n{date}\n")


@pytest.mark.parametrize(("session", "year"), sorted(NATIONAL.items()))
def test_national_sessions_are_dated_by_the_term_calendar(session: str, year: int) -> None:
    reply = govdoc_nlp.parse_text(_letter(f"对{session}第1234号建议的答复", "国家林业和草原局", "2020年1月5日"))
    row = frame([reply]).iloc[0]
    assert row["session_year"] == year
    assert row["session_year_source"] == "term_calendar"


def test_local_session_year_is_inferred_and_says_how() -> None:
    reply = govdoc_nlp.parse_text(_letter("对县十九届人大二次会议第52号建议的答复", "青岗县交通运输局", "2023年6月20日"))
    row = frame([reply]).iloc[0]
    assert (row["session_year"], row["session_year_source"]) == (2023, "reply_date")
    assert pd_na(row["reply_lag_days"])


def pd_na(value: object) -> bool:
    import pandas as pd

    return value is pd.NA or value is None


def test_reply_lag_from_the_national_opening_day() -> None:
    reply = govdoc_nlp.parse_text(_letter("对十四届全国人大一次会议第1234号建议的答复", "国家林业和草原局", "2023年6月4日"))
    row = frame([reply]).iloc[0]
    assert row["reply_lag_days"] == 91  # 5 March → 4 June 2023


def test_lead_reply_and_co_handler_opinion_share_the_key(tmp_path: Path) -> None:
    lead = _letter("关于对长沙市十五届人大三次会议第0128号建议的答复", "长沙市交通运输局", "2023年6月20日")
    co = ("关于长沙市第十五届人民代表大会第三次会议第128号代表建议的会办意见\n\n市交通运输局：\n"
          "王平代表提出的关于加快城北片区道路改造的建议收悉，现将我局会办意见函告如下：\n"
          "我局将积极筹措资金，支持道路改造。\n\n长沙市财政局\n2023年5月30日\n")
    other = _letter("关于对长沙市十五届人大三次会议第0129号建议的答复", "长沙市交通运输局", "2023年6月21日")
    elsewhere = _letter("关于对株洲市十五届人大三次会议第128号建议的答复", "株洲市交通运输局", "2023年6月22日")
    for name, text in (("lead.txt", lead), ("co.txt", co), ("other.txt", other), ("elsewhere.txt", elsewhere)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    from govdoc_nlp.research.io import read_replies

    df = frame(list(read_replies(tmp_path)), tmp_path).set_index("doc_id")
    assert df.loc["lead.txt", "proposal_key"] == "congress/430100/15/3/128"
    assert df.loc["co.txt", "proposal_key"] == df.loc["lead.txt", "proposal_key"]
    assert df.loc["co.txt", "handling"] == "co"
    assert df.loc["other.txt", "proposal_key"] == "congress/430100/15/3/129"
    assert df.loc["elsewhere.txt", "proposal_key"] == "congress/430200/15/3/128"


def _gold_national() -> list[tuple[Path, str]]:
    out = []
    folders = [ROOT / "corpora" / "gold", SHARED / "corpus" / "gold", SHARED / "corpus" / "gold-html"]
    for folder in folders:
        for gold_path in sorted(folder.glob("*.gold.json")) if folder.is_dir() else []:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            session = gold.get("fields", {}).get("proposal.session") or ""
            source = (gold_path.parent / gold.get("input", "")).resolve()
            if "全国" in session and source.is_file():
                out.append((source, session))
    return out


@pytest.mark.slow
def test_every_national_session_in_the_corpora_gets_its_year() -> None:
    cases = _gold_national()
    assert len(cases) >= 6
    replies = [govdoc_nlp.parse(str(path)) for path, _ in cases]
    df = frame(replies)
    for (path, session), year, source in zip(cases, df["session_year"], df["session_year_source"], strict=True):
        assert (year, source) == (NATIONAL[session], "term_calendar"), path.name


def test_a_municipality_session_is_the_municipality() -> None:
    reply = govdoc_nlp.parse_text(_letter("关于市六届人大二次会议第301号建议的答复", "重庆市渝北区交通运输委员会", "2024年5月6日"))
    row = frame([reply]).iloc[0]
    assert row["county"] == "渝北区"
    assert row["proposal_key"] == "congress/500000/6/2/301"
    reply = govdoc_nlp.parse_text(_letter("关于区十九届人大三次会议第7号建议的答复", "重庆市渝北区交通运输委员会", "2024年5月6日"))
    assert frame([reply]).iloc[0]["proposal_key"] == "congress/500112/19/3/7"
