"""Dates as printed in replies → ISO dates: ``2022年7月22日``, ``二〇二二年七月二十二日``,
``二0一七年五月二十六日``, dropped glyphs (``2020824``, ``202373日``), ``2024-10-18``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.patterns.lexicon import CHINESE_DIGITS


@dataclass
class DateMatch:
    """A date found in text: ISO value (None when incomplete), and where it was printed."""

    iso: str | None
    start: int
    end: int
    text: str


def chinese_number(text: str) -> int | None:
    """Value of a Chinese numeral up to 9999 (``二十六``, ``十``, ``一〇五``) or of digits."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(ch in CHINESE_DIGITS for ch in text):
        return int("".join(str(CHINESE_DIGITS[ch]) for ch in text))
    total, current = 0, 0
    units = {"十": 10, "拾": 10, "百": 100, "千": 1000}
    for ch in text:
        if ch in CHINESE_DIGITS:
            current = CHINESE_DIGITS[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            current = 0
        else:
            return None
    return total + current


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _glued(digits: str) -> str | None:
    """``2020824`` → 2020-08-24, ``20221103`` → 2022-11-03; None when ambiguous or invalid."""
    y, rest = int(digits[:4]), digits[4:]
    options = []
    if len(rest) == 4:
        options.append((int(rest[:2]), int(rest[2:])))
    elif len(rest) == 3:
        options += [(int(rest[:1]), int(rest[1:])), (int(rest[:2]), int(rest[2:]))]
    elif len(rest) == 2:
        options.append((int(rest[:1]), int(rest[1:])))
    valid = [_iso(y, m, d) for m, d in options if 1 <= m <= 12]
    valid = [v for v in valid if v]
    return valid[0] if len(valid) == 1 else None


def find_dates(text: str) -> list[DateMatch]:
    """Every complete date in ``text`` (Arabic, Chinese numerals, ISO), in order."""
    found: list[DateMatch] = []
    for m in rx.DATE_ARABIC.finditer(text):
        found.append(DateMatch(_iso(int(m["y"]), int(m["m"]), int(m["d"])), m.start(), m.end(), m.group()))
    for m in rx.DATE_CHINESE.finditer(text):
        y = chinese_number(m["yc"].replace("O", "〇").replace("o", "〇"))
        mo, d = chinese_number(m["mc"]), chinese_number(m["dc"])
        iso = _iso(y, mo, d) if y and mo and d else None
        found.append(DateMatch(iso, m.start(), m.end(), m.group()))
    for m in rx.DATE_ISO.finditer(text):
        if not any(f.start <= m.start() < f.end for f in found):
            found.append(DateMatch(_iso(int(m["y"]), int(m["m"]), int(m["d"])), m.start(), m.end(), m.group()))
    found.sort(key=lambda f: f.start)
    return found


def find_date_line(text: str) -> DateMatch | None:
    """The date of a paragraph that is a signature date (optionally after the signing body),
    or None. Incomplete dates (``2023年``) give a match whose ``iso`` is None."""
    m = rx.date_line(text)
    if not m:
        return None
    raw = m["date"]
    start = m.start("date")
    dates = find_dates(raw)
    if dates:
        d = dates[0]
        return DateMatch(d.iso, start + d.start, start + d.end, d.text)
    digits = "".join(ch for ch in raw if ch.isdigit())
    partial = regex.match(r"^(20\d{2})\s?月?\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日?$", raw)  # 20236月1日, 2021月5月26日
    if partial:
        return DateMatch(_iso(int(partial[1]), int(partial[2]), int(partial[3])), start, m.end("date"), raw)
    year_only = regex.match(r"^(20\d{2})\s?年\s?(\d{2,4})$", raw)
    if year_only:
        return DateMatch(_glued(year_only[1] + year_only[2]), start, m.end("date"), raw)
    if raw.endswith("日") and len(digits) in (6, 7, 8) and "年" not in raw:
        return DateMatch(_glued(digits), start, m.end("date"), raw)
    if len(digits) in (6, 7, 8) and regex.fullmatch(r"\d+|20\d{2}\s\d{3,4}", raw):
        return DateMatch(_glued(digits), start, m.end("date"), raw)
    return DateMatch(None, start, m.end("date"), raw)


def end_of_period(year: int, month: int | None = None, *, half: str | None = None, quarter: int | None = None) -> str:
    """Last day of a year, month, half-year or quarter as an ISO date."""
    if quarter:
        month = quarter * 3
    elif half == "上":
        month = 6
    elif half == "下" or month is None:
        month = 12
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).isoformat()
