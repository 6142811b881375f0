"""Numbers in Chinese text: Arabic (with separators) or Chinese numerals, to int/float."""

from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def chinese_to_number(s: str) -> int | None:
    """``三十五`` → 35, ``一百零二`` → 102, ``十二`` → 12, ``两千`` → 2000; None if not a numeral."""
    if not s:
        return None
    total = section = digit = 0
    for ch in s:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in ("十", "百", "千"):
            section += (digit or 1) * _UNITS[ch]
            digit = 0
        elif ch in ("万", "亿"):
            total += (section + digit) * _UNITS[ch]
            section = digit = 0
        else:
            return None
    return total + section + digit


def to_number(s: str) -> float | None:
    """A number token (``1,200``, ``3.5``, ``十二``) as a float; None when unreadable."""
    s = s.replace(",", "").replace("，", "").strip()
    try:
        return float(s)
    except ValueError:
        n = chinese_to_number(s)
        return float(n) if n is not None else None
