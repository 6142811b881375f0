"""Deadlines inside commitments (年底前, 2025年6月底前, 9月前, 年内, 明年) → ISO dates, resolved
against the reply's own date when the year is implicit."""

from __future__ import annotations

import regex

from govdoc_nlp.extract.dates import chinese_number, end_of_period
from govdoc_nlp.model import Deadline

_YEAR = r"(?:(?P<y>(?:19|20)\d{2})\s?年|(?P<rel>今年|明年|后年|次年|當年|当年|本年))"
_MONTH = r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s?月(?P<part>底|末|中旬|上旬|下旬|份)?"
_DEADLINE = regex.compile(
    rf"(?:到|在|于|於|力争|爭取|争取|计划|預計|预计|确保)?\s?"
    rf"(?:{_YEAR}\s?(?:{_MONTH}|(?P<yp>底|末|年底|内|內|上半年|下半年|第(?P<q>[一二三四1-4])季度|(?P<half>上|下)半年))?|{_MONTH}|(?P<ye>年底|年末|年内|年內|上半年|下半年))"
    r"\s?(?P<suffix>前|以前|之前|底前|内|內|完成|建成|开工|開工|投用|实现|實現)?"
)


def find_deadline(text: str, reply_date: str | None) -> Deadline | None:
    """The first time limit in a commitment, with its end date when it can be resolved."""
    for m in _DEADLINE.finditer(text):
        if not (m["y"] or m["rel"] or m["m"] or m["ye"]):
            continue
        has_limit = bool(m["suffix"]) or bool(m["yp"]) or bool(m["ye"]) or bool(m["part"] in ("底", "末"))
        if not has_limit and not (m["y"] or m["rel"]):
            continue
        if m["y"] and not (m["suffix"] or m["yp"] or m["m"]):
            before = text[max(0, m.start() - 2) : m.start()]
            if "到" not in m.group() and "于" not in m.group() and not before.endswith(("到", "于", "在")):
                continue
        return Deadline(text=m.group().strip(), date=_resolve(m, reply_date))
    return None


def _resolve(m: regex.Match, reply_date: str | None) -> str | None:
    base_year = int(reply_date[:4]) if reply_date else None
    base_month = int(reply_date[5:7]) if reply_date else None
    if m["y"]:
        year = int(m["y"])
    elif m["rel"] in ("明年", "次年"):
        year = base_year + 1 if base_year else None
    elif m["rel"] == "后年":
        year = base_year + 2 if base_year else None
    else:
        year = base_year
    if year is None:
        return None
    month = chinese_number(m["m"]) if m["m"] else None
    if month is not None and not (1 <= month <= 12):
        return None
    if month is not None:
        if not (m["y"] or m["rel"]) and base_month and month < base_month:
            year += 1
        return end_of_period(year, month)
    period = m["yp"] or m["ye"] or ""
    if "上半年" in period or m["half"] == "上":
        return end_of_period(year, half="上")
    if m["q"]:
        return end_of_period(year, quarter=chinese_number(m["q"]))
    return end_of_period(year)
