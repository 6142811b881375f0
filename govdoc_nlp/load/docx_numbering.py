"""Word automatic numbering (numbering.xml) rendered as the text Word draws: 一、 （一） 1. ①.

Counters are kept per numId and level, as LibreOffice does: a level's counter restarts when a
lower-numbered (outer) level of the same list advances, and a ``lvlOverride/startOverride`` sets
the first value of one list instance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"

_CN_DIGITS = "零一二三四五六七八九"
_CN_TRAD_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def chinese_number(n: int, digits: str = _CN_DIGITS, units: str = "十百千") -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (simplified counting as Word draws it)."""
    if n <= 0:
        return digits[0]
    if n >= 10000:
        return str(n)
    if 10 <= n < 20:
        return units[0] + (digits[n % 10] if n % 10 else "")
    out = ""
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // power % 10
        if d:
            if zero and out:
                out += digits[0]
            out += digits[d] + unit
            zero = False
        elif out:
            zero = True
    return out


def _roman(n: int) -> str:
    out = ""
    for value, sym in _ROMAN:
        while n >= value:
            out += sym
            n -= value
    return out


def _letters(n: int) -> str:
    if n <= 0:
        return ""
    n -= 1
    return chr(ord("A") + n % 26) * (n // 26 + 1)


def _from_table(table: str, n: int) -> str:
    return table[n - 1] if 1 <= n <= len(table) else str(n)


def format_number(n: int, fmt: str) -> str:
    """A counter value in a Word numFmt."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
               "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital", "koreanCounting"):
        if fmt == "chineseLegalSimplified":
            return chinese_number(n, _CN_TRAD_DIGITS, "拾佰仟")
        if fmt == "ideographDigital":
            return "".join(_CN_DIGITS[int(c)] for c in str(n))
        return chinese_number(n)
    if fmt in ("ideographTraditional",):
        return _from_table(_HEAVENLY_STEMS, n)
    if fmt in ("ideographZodiac",):
        return _from_table(_EARTHLY_BRANCHES, n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _from_table(_CIRCLED, n)
    if fmt == "decimalEnclosedParen":
        return _from_table(_PAREN_DIGITS, n)
    if fmt == "decimalEnclosedFullstop":
        return _from_table(_FULLSTOP_DIGITS, n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None
    legal: bool = False


@dataclass
class Numbering:
    """Definitions from numbering.xml and the running counters of one document."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_xml(cls, root: Any | None) -> Numbering:
        """Read numbering definitions from the numbering part's root element (None → empty)."""
        self = cls()
        if root is None:
            return self
        for an in root.iterfind(f"{_W}abstractNum"):
            aid = an.get(f"{_W}abstractNumId")
            levels: dict[int, _Level] = {}
            for lvl in an.iterfind(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                level = _Level()
                for child, attr in (("numFmt", "fmt"), ("lvlText", "text")):
                    el = lvl.find(f"{_W}{child}")
                    if el is not None and el.get(f"{_W}val") is not None:
                        setattr(level, attr, el.get(f"{_W}val"))
                start = lvl.find(f"{_W}start")
                if start is not None:
                    level.start = _int(start.get(f"{_W}val"), 1)
                restart = lvl.find(f"{_W}lvlRestart")
                if restart is not None:
                    level.restart = _int(restart.get(f"{_W}val"), None)
                level.legal = lvl.find(f"{_W}isLgl") is not None
                levels[ilvl] = level
            if aid is not None:
                self.abstract[aid] = levels
        for num in root.iterfind(f"{_W}num"):
            nid = num.get(f"{_W}numId")
            ref = num.find(f"{_W}abstractNumId")
            if nid is None or ref is None:
                continue
            self.nums[nid] = ref.get(f"{_W}val")
            for ov in num.iterfind(f"{_W}lvlOverride"):
                so = ov.find(f"{_W}startOverride")
                if so is not None:
                    self.overrides.setdefault(nid, {})[int(ov.get(f"{_W}ilvl", "0"))] = _int(so.get(f"{_W}val"), 1)
        return self

    def _level(self, num_id: str, ilvl: int) -> _Level | None:
        aid = self.nums.get(num_id)
        levels = self.abstract.get(aid or "")
        if not levels:
            return None
        return levels.get(ilvl)

    def next_label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (numId, level) and return the label Word draws, e.g. '（二）'."""
        if num_id in ("0", "") or num_id not in self.nums:
            return ""
        level = self._level(num_id, ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = self.overrides.get(num_id, {}).get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            deeper_level = self._level(num_id, deeper)
            if deeper_level is None or deeper_level.restart != 0:
                del counters[deeper]
        if level.fmt == "bullet":
            return level.text.strip() or "•"
        if level.fmt == "none":
            return _substitute(level.text, lambda i: "")

        def value(i: int) -> str:
            lv = self._level(num_id, i) or _Level()
            n = counters.get(i, self.overrides.get(num_id, {}).get(i, lv.start))
            return format_number(n, "decimal" if level.legal and i != ilvl else lv.fmt)

        return _substitute(level.text, value)


def _substitute(template: str, value: Any) -> str:
    out = []
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            out.append(value(int(template[i + 1]) - 1))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _int(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def numbering_root(document: Any) -> Any | None:
    """The numbering part's root element of a python-docx Document, or None."""
    try:
        part = document.part.numbering_part
    except (KeyError, NotImplementedError, AttributeError):
        return None
    try:
        return part.element
    except AttributeError:  # pragma: no cover - generic part
        return etree.fromstring(part.blob)
