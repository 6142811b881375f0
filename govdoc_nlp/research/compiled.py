"""Regular expressions and lookup tables built from :mod:`govdoc_nlp.research.lexicon`, once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from govdoc_nlp.patterns.compiled import DOC_NUMBER
from govdoc_nlp.research import lexicon as lx


def alternation(words: object) -> str:
    """A regex alternation of literal words, longest first (so 万人次 wins over 人次)."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


@dataclass(frozen=True)
class Cue:
    """One weighted cue of the category lexicon."""

    category: str
    phrase: str
    weight: float
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def category_cues() -> tuple[Cue, ...]:
    """Every cue of ``CATEGORY_CUES`` with its compiled pattern."""
    cues = []
    for category, table in lx.CATEGORY_CUES.items():
        for phrase, weight in table.items():
            source = phrase[3:] if phrase.startswith("re:") else re.escape(phrase)
            cues.append(Cue(category, phrase, float(weight), re.compile(source)))
    # longest first, so a cue inside a longer one that already fired (暂不 in 暂不具备) is not counted twice
    return tuple(sorted(cues, key=lambda c: -len(c.phrase)))


# A number: Arabic (with thousands separators / decimals) or a run of Chinese numerals.
NUMBER = r"(?:\d+(?:[,，]\d{3})*(?:\.\d+)?|[零〇一二三四五六七八九十百千万两]+)"
ARABIC_NUMBER = r"\d+(?:[,，]\d{3})*(?:\.\d+)?"


CN_NUMBER = r"[零〇一二三四五六七八九十百千两]+"


@lru_cache(maxsize=1)
def target_re() -> re.Pattern[str]:
    """A number, an optional 万/亿, and a unit of ``TARGET_UNITS`` (spaces allowed in between).
    Not preceded by a digit or a year/month marker, so 2023年 and 第3号 are no targets."""
    return re.compile(
        rf"(?<![\d.第])(?P<num>{ARABIC_NUMBER}|{CN_NUMBER})\s*(?P<mult>万(?!元|人|亩|吨|平|立)|亿(?!元))?\s*"
        rf"(?P<unit>{alternation(lx.TARGET_UNITS)})"
    )


@lru_cache(maxsize=1)
def money_re() -> re.Pattern[str]:
    """A money amount: number + 元/万元/亿元… (also 3.5 亿 元 with spaces)."""
    units = alternation(lx.MONEY_MULTIPLIERS).replace("元", r"\s*元")
    return re.compile(rf"(?<![\d.])(?P<num>{ARABIC_NUMBER}|{CN_NUMBER})\s*(?P<unit>{units})")


DEADLINE_RE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|内|前|上半年|下半年)?|年底前?|年内|年末|月底前?|上半年|下半年|明年|"
    r"今年|近期|\d{1,2}\s*月(?:底|份|前|中旬|上旬|下旬)|年度内|季度|[一二三四]季度|汛期前|开学前|春节前)"
)


DATE_RE = re.compile(
    r"(?:\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?|[二〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月(?:底|初|中旬|上旬|下旬)|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
)
NUMBER_RE = re.compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?")
# 《…》 (non-greedy, one line) and 文号 such as 信教体函〔2022〕57号, 豫政办〔2021〕12号, [2018]3号.
QUOTED_TITLE_RE = re.compile(r"《([^《》]{1,100})》")
DOC_NUMBER_RE = DOC_NUMBER  # the parser's 文号 pattern
SENTENCE_END_RE = re.compile(r"(?<=[。！？!?；;])")


_EXCLUDED_DEPT_WORDS = ("学校", "大学", "学院", "医院", "健康", "环境", "生态", "经济", "就业", "劳动", "数据", "政府")


@lru_cache(maxsize=1)
def org_re() -> re.Pattern[str]:
    """A named organisation: place units, a department word, ≤ 8 characters, an ``ORG_ENDINGS`` word."""
    dept = [w for ws in lx.SECTORS.values() for w in ws if w not in _EXCLUDED_DEPT_WORDS] + list(lx.ORG_DEPARTMENT_WORDS)
    units = "省|自治区|市|自治州|州|盟|县|自治县|旗|区|镇|乡|街道"
    return re.compile(
        rf"(?:国家|国务院|中共|全国)?(?:[\u4e00-\u9fff]{{1,8}}?(?:{units}))*(?:{alternation(dept)})[\u4e00-\u9fff]{{0,8}}?"
        rf"(?:{alternation(lx.ORG_ENDINGS)})(?![门分署长任员])(?![\u4e00-\u9fff]{{0,2}}(?:局|厅|委员会|中心))"
    )


def trim_org(name: str) -> str:
    """Drop function words glued to the front of an organisation name (会同国家发展改革委 → 国家发展改革委)."""
    changed = True
    while changed:
        changed = False
        for w in lx.ORG_LEADING_NOISE:
            if name.startswith(w) and len(name) - len(w) >= 3:
                name = name[len(w):]
                changed = True
                break
    return name


@lru_cache(maxsize=1)
def doc_title_ending_re() -> re.Pattern[str]:
    """True when a 《…》 title ends like a document (办法, 方案, 意见…)."""
    return re.compile(rf"(?:{alternation(lx.DOCUMENT_TITLE_ENDINGS)})(?:\s*[（(][^）)]*[）)])?$")


@lru_cache(maxsize=1)
def formula_re(kind: str) -> re.Pattern[str]:
    """Opening (``kind='opening'``) or closing formula words."""
    words = lx.OPENING_FORMULAS if kind == "opening" else lx.CLOSING_FORMULAS
    return re.compile(alternation(words))


# Stated category labels, to read them and to hide them before inferring.
_CAT = r"[A-DＡ-Ｄ甲乙丙丁]\s*[1-9]?"
STATED_CATEGORY_RES = (
    # 类别：B / 办复类别：A类 / 答复类别: C / 办理结果类别 B1
    re.compile(rf"(?:答复|办复|办理结果|办理|答复件|结果)?类\s*别\s*[:：]?\s*[（(]?(?P<cat>{_CAT})\s*类?[)）]?"),
    # …〔2017〕12号（B类） / 12号C类 / 号 A类
    re.compile(rf"(?<=号)\s*[（(【\[]?\s*(?P<cat>{_CAT})\s*类\s*[)）】\]]?"),
    # a line that is only the category: “B类”, “C”, “A类 同意公开”
    re.compile(rf"(?m)^[ \t\u3000]*[（(]?(?P<cat>{_CAT})\s*类?[)）]?[ \t\u3000]*(?:(?:同意|不予)?公开)?[ \t\u3000]*$"),
    # （A类） in brackets anywhere in the header
    re.compile(rf"[（(【\[]\s*(?P<cat>{_CAT})\s*类\s*[)）】\]]"),
)


@lru_cache(maxsize=1)
def contact_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern) for each kind of ``CONTACT_CUES``."""
    return tuple((kind, re.compile(alternation(words))) for kind, words in lx.CONTACT_CUES.items())
