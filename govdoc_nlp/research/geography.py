"""Where a reply comes from: province, prefecture, county and the GB/T 2260 code of the lowest one.

Division names are read from the replying body's name, the contact unit, the title, the session,
the site's own lines (主办、版权所有、来源…) and the running text, each with a weight
(``lexicon.GEO_WEIGHTS``). Every name votes for its division and the divisions above it; the
province with the most weight wins, then the prefecture inside it, then the county inside that.
How deep to go follows the level of the replying body (``lexicon.GEO_DEPTH``): a city bureau's
reply that lists its counties gets no county. See docs/CODEBOOK.md for the rules on 市辖区,
县级市, 自治州, 盟, 地区, 新区 and 开发区.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from govdoc_nlp.model import Reply
from govdoc_nlp.research import lexicon as lx
from govdoc_nlp.research.divisions import COUNTY, PREFECTURE, PROVINCE, Division, chain, divisions, scan
from govdoc_nlp.research.text import to_simplified


@dataclass
class Place:
    """The places found, each as (official name, code), the code of the lowest, and the field that
    weighed most for it."""

    province: str | None = None
    prefecture: str | None = None
    county: str | None = None
    adcode: str | None = None
    source: str | None = None


def _fields(reply: Reply) -> list[tuple[str, str]]:
    """(field, text) pairs to read, strongest first; the text split into site lines and the rest."""
    out = [("issuer", reply.issuer or ""), ("organizer", reply.contact.organizer or ""),
           ("title", reply.title or ""), ("session", reply.proposal.session or "")]
    site, rest = [], []
    for line in reply.text.splitlines():
        (site if any(w in line for w in lx.GEO_SITE_LINE_WORDS) else rest).append(line)
    out += [("site", "\n".join(site)), ("text", "\n".join(rest))]
    return [(f, to_simplified(t)) for f, t in out if t]


def votes(reply: Reply) -> tuple[dict[str, float], dict[str, float], dict[str, str]]:
    """Weight per division code (a name votes for its division and those above it, split between
    the divisions an ambiguous name may be), the same without the running text, and the strongest
    field behind each code."""
    weight: dict[str, float] = defaultdict(float)
    named: dict[str, float] = defaultdict(float)
    source: dict[str, str] = {}
    for field, text in _fields(reply):
        strong = field in ("issuer", "organizer")
        for m in scan(text, strong=strong, towns=strong or field == "title"):
            w = lx.GEO_WEIGHTS[field] / len(m.divisions)
            for d in m.divisions:
                for up in chain(d.code):
                    weight[up.code] += w
                    if field != "text":
                        named[up.code] += w
                    source.setdefault(up.code, field)
    return weight, named, source


def _best(weight: dict[str, float], candidates: list[Division]) -> Division | None:
    scored = [(weight[d.code], -int(d.code), d) for d in candidates if weight.get(d.code)]
    return max(scored)[2] if scored else None


def place(reply: Reply, level: str | None = None) -> Place:
    """The province, prefecture and county of a reply (official names) and the 6-digit code of the
    lowest found; ``level`` (national … township) bounds the depth, None lets the evidence decide."""
    weight, named, source = votes(reply)
    if not weight:
        return Place()
    depth = lx.GEO_DEPTH.get(level or "", 3)

    def enough(d: Division) -> bool:
        # without a level, a prefecture or county must be named outside the running text
        return level is not None or named.get(d.code, 0.0) >= lx.GEO_WEIGHTS["site"]

    table = divisions()
    levels: dict[int, list[Division]] = defaultdict(list)
    for code in weight:
        d = table[code]
        levels[d.level].append(d)
    found: list[Division] = []
    province = _best(weight, levels[PROVINCE]) if depth >= 1 else None
    if province is None:
        return Place()
    found.append(province)
    if depth >= 2:
        # a prefecture, or a county directly under the province (仙桃市, a municipality's districts)
        below = [d for lvl in (PREFECTURE, COUNTY) for d in levels[lvl] if d.parent == province.code]
        second = _best(weight, below)
        # (a county directly under the province stands in for a prefecture: 五家渠市 under a 市 level)
        if second is not None and enough(second):
            found.append(second)
            if second.level == PREFECTURE and depth >= 3:
                county = _best(weight, [d for d in levels[COUNTY] if d.parent == second.code])
                if county is not None and enough(county):
                    found.append(county)
    lowest = found[-1]
    out = Place(adcode=lowest.code, source=source.get(lowest.code))
    for d in found:
        if d.level == PROVINCE:
            out.province = d.name
        elif d.level == PREFECTURE:
            out.prefecture = d.name
        else:
            out.county = d.name
    return out


_ADCODE = re.compile(r"^[1-8]\d{5}$")


def valid_adcode(code: str | None) -> bool:
    """True for a 6-digit code of the shipped division list."""
    return bool(code and _ADCODE.match(code) and code in divisions())


def body_level(reply: Reply) -> str | None:
    """The level of the replying body from its own name or how it names itself (我县), not from the
    session (a county bureau answers a city congress's suggestion too)."""
    from govdoc_nlp.research.who import admin_level, self_reference_level

    return admin_level(reply.issuer or reply.contact.organizer) or self_reference_level(reply.text)


def geography_variables(reply: Reply) -> dict[str, Any]:
    """The where-family variables of one reply (see docs/CODEBOOK.md)."""
    p = place(reply, body_level(reply))
    return {"province": p.province, "prefecture": p.prefecture, "county": p.county, "adcode": p.adcode,
            "geo_source": p.source}
