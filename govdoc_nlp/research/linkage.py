"""When and which: the year of the session a proposal was made at, the days from the session to the
reply, and a key of the proposal (body, place, term, session, number) that replies to the same
proposal share — the lead reply and the co-handlers' 会办意见 alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from govdoc_nlp.model import Reply
from govdoc_nlp.research import lexicon as lx
from govdoc_nlp.research.divisions import chain, scan
from govdoc_nlp.research.text import to_simplified

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"[0-9０-９零〇○一二两三四五六七八九十]+"
# 十四届全国人大一次会议 / 第十四届全国人民代表大会第一次会议 / 全国政协十四届二次会议 / 县人大十八届三次会议 /
# 政协十四届全国委员会第二次会议 / 中国人民政治协商会议若羌县委员会十一届一次会议
SESSION_RE = re.compile(
    rf"(?P<head>[^\s，。,：:“”\"《》（）()]{{0,24}}?)第?(?P<term>{_NUM})\s*届(?P<mid>[^\s，。,第]{{0,14}}?)"
    rf"第?(?P<session>{_NUM})\s*次(?:全体)?会议"
)
_DOC_YEAR = re.compile(r"[〔\[［(（【]\s*((?:19|20)\d{2})\s*[〕\]］)）】]")
_NUMBER = re.compile(r"\d+")
# the page's own date (发布时间:2023-07-21, 日期:2025-07-29 16:13) near the top of a web page
_PAGE_DATE = re.compile(r"(?:时间|日期|发布|成文)[^0-9\n]{0,6}((?:19|20)\d{2})[-/.年]\d{1,2}[-/.月]\d{1,2}")


def cn_int(text: str) -> int | None:
    """An integer from Arabic or Chinese numerals: ``十四`` → 14, ``二十`` → 20, ``１２`` → 12."""
    s = text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if not s or any(c not in _CN_DIGITS and c != "十" for c in s):
        return None
    if "十" not in s:
        value = 0
        for c in s:
            value = value * 10 + _CN_DIGITS[c]
        return value
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


@dataclass
class Session:
    """A session as printed, read into its parts: body ('congress'/'cppcc'), place words, term, session."""

    text: str
    body: str | None
    place: str
    term: int | None
    session: int | None
    national: bool


def read_session(text: str | None) -> Session | None:
    """The first session named in ``text`` (``十四届全国人大一次会议``), or None."""
    if not text:
        return None
    s = re.sub(r"\s+", "", to_simplified(text))
    m = SESSION_RE.search(s)
    if m is None:
        return None
    words = m.group("head") + m.group("mid")
    cp = any(w in words for w in lx.CPPCC_WORDS) or "委员会" in words
    cg = any(w in words for w in lx.CONGRESS_WORDS)
    body = "cppcc" if cp and not cg else "congress" if cg else None
    national = any(w in words for w in lx.NATIONAL_SESSION_WORDS) and not re.search(r"[省市县区州旗]委员会", words)
    place = re.split(r"关于|对|就|在|于|的", m.group("head"))[-1]
    place = re.sub(r"^(?:中国人民政治协商会议|政协|人大)+|第$", "", place)
    return Session(m.group(0), body, place, cn_int(m.group("term")), cn_int(m.group("session")), national)


def _opening(year: int, body: str | None) -> date:
    if body == "cppcc":
        month, day = lx.CPPCC_OPENING.get(year, lx.CPPCC_USUAL_OPENING)
    else:
        month, day = lx.NPC_OPENING.get(year, lx.NPC_USUAL_OPENING)
    return date(year, month, day)


def _session(reply: Reply) -> Session | None:
    for text in (reply.proposal.session, reply.title, reply.text[:800]):
        found = read_session(text)
        if found is not None:
            if found.body is None and reply.proposal.body in ("congress", "cppcc"):
                found.body = reply.proposal.body
            return found
    return None


def session_year(reply: Reply) -> tuple[int | None, str | None]:
    """(year of the session, how it is known): 'term_calendar' for the national NPC and CPPCC
    (exact), else inferred from a year printed in the session ('session_text'), the reply's date
    ('reply_date'), the year of its 文号 ('doc_number'), or the page's publication date
    ('page_date')."""
    s = _session(reply)
    if s is not None and s.national and s.term and s.session:
        calendar = lx.CPPCC_TERM_START if s.body == "cppcc" else lx.NPC_TERM_START
        start = calendar.get(s.term)
        if start:
            return start + s.session - 1, "term_calendar"
    if s is not None:
        m = re.search(r"((?:19|20)\d{2})\s*年", s.text)
        if m:
            return int(m.group(1)), "session_text"
    if reply.date and re.match(r"\d{4}-", reply.date):
        return int(reply.date[:4]), "reply_date"
    m = _DOC_YEAR.search(reply.doc_number or "")
    if m:
        return int(m.group(1)), "doc_number"
    m = _PAGE_DATE.search(reply.text[:600])
    if m:
        return int(m.group(1)), "page_date"
    return None, None


def reply_lag_days(reply: Reply, year: int | None, source: str | None) -> int | None:
    """Days from the opening of the session to the reply's date: only where both are known, that is
    for national sessions (opening days in ``lexicon``) and a reply with a full date."""
    if source != "term_calendar" or year is None or not reply.date or not re.match(r"\d{4}-\d{2}-\d{2}$", reply.date):
        return None
    s = _session(reply)
    opened = _opening(year, s.body if s else None)
    y, m, d = map(int, reply.date.split("-"))
    try:
        lag = (date(y, m, d) - opened).days
    except ValueError:
        return None
    return lag if lag >= 0 else None


def _place_code(session: Session, geo: dict[str, Any]) -> str | None:
    """The code of the place whose congress or CPPCC the session is: 'CN' for the national ones, the
    division named in the session, else the reply's own division at the level the session's first
    word gives (县十七届人大 → the county, 市… → a county-level city or else the prefecture)."""
    if session.national:
        return "CN"
    named = [m for m in scan(session.place, strong=True) if m.how != "township" and len(m.divisions) == 1]
    if named:
        return named[-1].divisions[0].code
    word = next((w for w in sorted(lx.SESSION_LEVEL_WORDS, key=len, reverse=True) if session.place.startswith(w)), None)
    if word is None and session.place:
        word = next((w for w in sorted(lx.SESSION_LEVEL_WORDS, key=len, reverse=True) if session.place.endswith(w)), None)
    adcode = geo.get("adcode")
    if not adcode:
        return None
    units = {d.level: d for d in chain(adcode)}
    level = lx.SESSION_LEVEL_WORDS.get(word or "", 0)
    if level == 2 and 3 in units and units[3].name.endswith("市"):
        return units[3].code
    if level == 4 and 3 in units:
        return units[3].code + "-" + "township"
    if word is None:
        return units[max(units)].code  # no level word: the reply's own lowest unit
    target = units.get(level)
    if target is None and level == 2 and 1 in units:
        # no prefecture: a municipality's 市 is the municipality (重庆市), else the county-level
        # city directly under the province (仙桃市)
        target = units[1] if units[1].name.endswith("市") else units.get(3)
    return target.code if target else None


def proposal_number(reply: Reply) -> str | None:
    """The proposal's number as digits without leading zeros (``0128`` → ``128``)."""
    raw = reply.proposal.number or (reply.proposal.numbers[0] if reply.proposal.numbers else None)
    if not raw:
        return None
    m = _NUMBER.search(raw.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if m:
        return str(int(m.group(0)))
    value = cn_int(raw.strip("第号"))
    return str(value) if value is not None else None


def proposal_key(reply: Reply, geo: dict[str, Any], body: str | None) -> str | None:
    """``body/place/term/session/number`` (``congress/411500/6/3/128``): the same for every reply to
    one proposal; None without a number. Unknown parts are ``?``."""
    number = proposal_number(reply)
    if number is None:
        return None
    s = _session(reply)
    kind = (s.body if s and s.body else None) or body or "?"
    place = (_place_code(s, geo) if s else None) or "?"
    term = s.term if s and s.term else "?"
    session = s.session if s and s.session else "?"
    return f"{kind}/{place}/{term}/{session}/{number}"


def linkage_variables(reply: Reply, geo: dict[str, Any], body: str | None) -> dict[str, Any]:
    """The when-and-which variables of one reply (see docs/CODEBOOK.md)."""
    year, source = session_year(reply)
    return {
        "session_year": year,
        "session_year_source": source,
        "reply_lag_days": reply_lag_days(reply, year, source),
        "proposal_key": proposal_key(reply, geo, body),
    }
