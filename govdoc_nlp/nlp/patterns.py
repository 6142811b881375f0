"""Rule patterns for the entities of the spaCy pipeline: labels and regular expressions as data.

Phone numbers and 文号 use the parser's own patterns (``govdoc_nlp.patterns.compiled``), so the
pipeline and the parser agree on what a phone number is.
"""

from __future__ import annotations

import re
from typing import Any

from govdoc_nlp.patterns import compiled
from govdoc_nlp.research.compiled import (
    DATE_RE,
    QUOTED_TITLE_RE,
    doc_title_ending_re,
    money_re,
    org_re,
    trim_org,
)

# Entity labels (OntoNotes names where one fits).
ORG = "ORG"
PERSON = "PERSON"
DATE = "DATE"
PHONE = "PHONE"
MONEY = "MONEY"
DOCUMENT = "DOC"
LABELS = (ORG, PERSON, DATE, PHONE, MONEY, DOCUMENT)

# A bare 7–8 digit local number is a phone only right after a phone label.
LABELLED_LOCAL_PHONE = re.compile(r"(?:电\s*话|联系方式|手\s*机|传\s*真|Tel|TEL)\s*[:：]?\s*(?:[\u4e00-\u9fff]{0,12}\s*)?(?P<num>\d{7,8}(?:-\d{1,5})?)(?!\d)")
# Labelled people in the contact block (联系人：张超) and the addressee line (倪雪峰委员：).
LABELLED_PERSON = re.compile(
    r"(?:联\s*系\s*人|承\s*办\s*人|经\s*办\s*人|签\s*发\s*人|承办负责人|分管领导)(?:及(?:联系)?电话)?\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[\s，,、；;（(电联0-9]|$)"
)
ADDRESSEE_PERSON = re.compile(r"(?m)^\s*(?:尊敬的)?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:等\d*[位名]?)?(?:代表|委员)\s*[:：]")


def phone_pattern() -> Any:
    """The parser's phone number pattern."""
    return compiled.PHONE


def doc_number_pattern() -> Any:
    """The parser's 文号 pattern."""
    return compiled.DOC_NUMBER



def regex_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every rule match in ``text``: dates, money, phones, cited documents,
    labelled people and named organisations. Overlaps are left to the caller."""
    out: list[tuple[int, int, str]] = []
    for m in DATE_RE.finditer(text):
        out.append((m.start(), m.end(), DATE))
    for m in money_re().finditer(text):
        out.append((m.start(), m.end(), MONEY))
    for m in phone_pattern().finditer(text):
        if len(re.sub(r"\D", "", m.group(0))) >= 10:
            out.append((m.start(), m.end(), PHONE))
    for m in LABELLED_LOCAL_PHONE.finditer(text):
        out.append((m.start("num"), m.end("num"), PHONE))
    for m in QUOTED_TITLE_RE.finditer(text):
        title = re.sub(r"\s", "", m.group(1))
        if doc_title_ending_re().search(title) and not re.search(r"(?:建议|提案|议案)$", title):
            out.append((m.start(), m.end(), DOCUMENT))
    for m in doc_number_pattern().finditer(text):
        out.append((m.start(), m.end(), DOCUMENT))
    for pattern in (LABELLED_PERSON, ADDRESSEE_PERSON):
        for m in pattern.finditer(text):
            out.append((m.start("name"), m.end("name"), PERSON))
    for m in org_re().finditer(text):
        name = trim_org(m.group(0))
        out.append((m.end() - len(name), m.end(), ORG))
    return out
