"""Who replies to whom: issuer, its administrative level and sector, the body, session, year,
number, addressees, and whether this is the lead handler's reply or a co-handler's opinion."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from govdoc_nlp.model import Reply
from govdoc_nlp.research import lexicon as lx
from govdoc_nlp.research.compiled import alternation

_RANK = {level: i for i, level in enumerate(lx.LEVELS)}  # national=0 … township=4
_DEPT_WORDS = ("局", "委", "厅", "办", "部", "院", "处", "站", "政府", "人民", "教育", "交通", "卫生", "水务", "住房",
               "司法", "公安", "财政", "管理", "建设", "发展", "服务", "中心", "事务")


@lru_cache(maxsize=1)
def _place_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    province = re.compile(
        rf"(?:{alternation(lx.MUNICIPALITIES)})市?|(?:{alternation(lx.PROVINCES)})省|(?:{alternation(lx.AUTONOMOUS_REGIONS)})"
        r"(?:[\u4e00-\u9fff]{0,4}自治区)?"
    )
    city = re.compile(rf"(?P<name>{alternation(lx.PREFECTURE_CITIES)})(?P<shi>市)?")
    suffixes = (
        lx.PROVINCIAL_UNIT_SUFFIXES + lx.PREFECTURE_UNIT_SUFFIXES + lx.COUNTY_UNIT_SUFFIXES + lx.TOWNSHIP_UNIT_SUFFIXES + ("市",)
    )
    generic = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{1,7}}?)(?P<suffix>{alternation(suffixes)})"
                         r"(?![区县旗州镇乡]|市(?!场|政|民|容|级))")
    bare = re.compile(rf"(?:{alternation(lx.BARE_LEVEL_PREFIX)})")
    return province, city, generic, bare


def _suffix_level(suffix: str, name: str) -> str:
    if suffix in lx.PROVINCIAL_UNIT_SUFFIXES:
        return "provincial"
    if suffix in lx.PREFECTURE_UNIT_SUFFIXES:
        return "prefecture"
    if suffix in lx.COUNTY_UNIT_SUFFIXES:
        return "county"
    if suffix in lx.TOWNSHIP_UNIT_SUFFIXES:
        return "township"
    # 市: a county-level city when listed, else a prefecture-level city
    if name in lx.MUNICIPALITIES:
        return "provincial"
    return "county" if name in lx.COUNTY_LEVEL_CITIES else "prefecture"


def _not_a_place(fragment: str, name: str) -> bool:
    return any(w in fragment for w in lx.NOT_A_PLACE) or any(w in name for w in _DEPT_WORDS)


def place_units(name: str) -> list[tuple[str, str]]:
    """The administrative units a name starts with, in order, as (unit, level):
    ``岳阳市君山区住建局`` → ``[("岳阳市", "prefecture"), ("君山区", "county")]``."""
    province, city, generic, bare = _place_res()
    s = re.sub(r"\s+", "", name or "")
    s = re.sub(r"^(?:中共|中国共产党)", "", s)
    units: list[tuple[str, str]] = []
    i = 0
    while i < len(s):
        rest = s[i:]
        if any(rest.startswith(w) for w in lx.NOT_A_PLACE):
            break
        m = province.match(rest)
        if m and not rest.startswith(tuple(c + "市" for c in lx.PREFECTURE_CITIES if c in lx.PROVINCES)):
            units.append((m.group(0), "provincial"))
            i += m.end()
            continue
        m = city.match(rest)
        if m and (m.group("shi") or not re.match(r"[县区旗镇乡州]", rest[m.end():m.end() + 1] or "x")):
            units.append((m.group(0), "prefecture"))
            i += m.end()
            continue
        m = generic.match(rest)
        if m and (not _not_a_place(m.group(0), m.group("name")) or m.group("name") in lx.COUNTY_CITIES_WITH_PLACE_WORDS):
            units.append((m.group(0), _suffix_level(m.group("suffix"), m.group("name"))))
            i += m.end()
            continue
        m = bare.match(rest)
        if m and not any(rest.startswith(w) for w in lx.NOT_A_PLACE):
            units.append((m.group(0), lx.BARE_LEVEL_PREFIX[m.group(0)]))
            i += m.end()
            continue
        break
    return units


def admin_level(name: str | None) -> str | None:
    """Administrative level of a body from its name: national / provincial / prefecture / county /
    township, or None when the name gives no clue. The lowest unit named wins (岳阳市君山区 → county);
    a ``X市`` is prefecture-level unless X is a listed county-level city (新密市 → county)."""
    if not name:
        return None
    s = re.sub(r"\s+", "", name)
    units = place_units(s)
    if units:
        return max((lvl for _, lvl in units), key=_RANK.__getitem__)
    if any(w in s for w in lx.NATIONAL_MARKERS):
        return "national"
    if s.endswith(lx.PROVINCIAL_ENDINGS):
        return "provincial"
    if s.endswith(lx.NATIONAL_ENDINGS):
        return "national"
    return None


def self_reference_level(text: str) -> str | None:
    """The level a reply gives itself (我乡 → township, 我县 → county), for replies without an issuer."""
    for word, level in lx.SELF_REFERENCE_LEVELS:
        if re.search(re.escape(word) + "(?![门分署])", text):  # 我部门 is no ministry
            return level
    return None


def sector(name: str | None) -> str | None:
    """Policy sector of the replying body from the words of its name (first match in ``SECTORS`` order)."""
    if not name:
        return None
    s = re.sub(r"\s+", "", name)
    # drop the place prefix so 城乡 in 住房和城乡建设局 is judged, but 新乡市 is not
    for unit, _ in place_units(s):
        s = s.replace(unit, "", 1)
    s = s.replace("人民政府", "政府")  # 人民政府 holds 民政 (civil affairs)
    for sec, words in lx.SECTORS.items():
        if any(w in s for w in words):
            return sec
    return None


def body(reply: Reply) -> str | None:
    """'cppcc' (政协提案) or 'congress' (人大建议): the parser's field, the doc type, else the wording."""
    if reply.proposal.body in ("cppcc", "congress"):
        return reply.proposal.body
    if reply.doc_type == "proposal_reply":
        return "cppcc"
    if reply.doc_type == "suggestion_reply":
        return "congress"
    probe = " ".join(x for x in (reply.proposal.session, reply.title, reply.text[:400]) if x)
    cp = min((probe.find(w) for w in lx.CPPCC_WORDS if w in probe), default=-1)
    cg = min((probe.find(w) for w in lx.CONGRESS_WORDS if w in probe), default=-1)
    if cp < 0 and cg < 0:
        return None
    if cg < 0 or (cp >= 0 and cp < cg):
        return "cppcc"
    return "congress"


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def year(reply: Reply) -> int | None:
    """Year of the reply: from its ISO date, else the last 20xx年 of the text's last lines."""
    if reply.date and re.match(r"\d{4}", reply.date):
        return int(reply.date[:4])
    tail = reply.text[-400:]
    found = _YEAR.findall(tail)
    return int(found[-1]) if found else None


def addressee_kind(reply: Reply) -> str | None:
    """'organization' (a collective proposer such as 民盟XX市委), 'joint' (several people), 'individual'."""
    a = reply.addressee
    if a.organization:
        return "organization"
    count = addressee_count(reply)
    if count is None:
        return None
    return "joint" if count > 1 else "individual"


def addressee_count(reply: Reply) -> int | None:
    """Number of proposers addressed: the stated count (等5位代表) or the names listed."""
    a = reply.addressee
    if a.count:
        return a.count
    if a.names:
        return len(a.names)
    if a.organization:
        return 1
    return None


def handling(reply: Reply) -> str:
    """'co' for a co-handler's opinion (会办意见, 协办意见) sent to the lead unit, else 'lead'."""
    head = " ".join(x for x in (reply.title, reply.text[:200]) if x)
    return "co" if any(w in head for w in lx.CO_HANDLER_WORDS[:4]) or re.search(r"(?:会办|协办)(?:意见|答复)", head) else "lead"


def who_variables(reply: Reply) -> dict[str, Any]:
    """The who-family variables of one reply (see docs/CODEBOOK.md)."""
    issuer = reply.issuer or reply.contact.organizer
    level = admin_level(issuer) or self_reference_level(reply.text) or admin_level(reply.proposal.session)
    kind = addressee_kind(reply)
    return {
        "issuer": issuer,
        "level": level,
        "sector": sector(issuer),
        "body": body(reply),
        "session": reply.proposal.session,
        "year": year(reply),
        "number": reply.proposal.number,
        "n_proposal_numbers": max(len(reply.proposal.numbers), 1 if reply.proposal.number else 0),
        "addressee_count": addressee_count(reply),
        "addressee_role": reply.addressee.role,
        "addressee_kind": kind,
        "collective": None if kind is None else kind != "individual",
        "handling": handling(reply),
    }
