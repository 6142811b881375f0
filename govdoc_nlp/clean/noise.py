"""Tell page furniture and web-page residue from document text, line by line."""

from __future__ import annotations

import regex

from govdoc_nlp.load.html_meta import count_page_labels
from govdoc_nlp.patterns import compiled as rx

_MIN_INFO_LABELS = 2


_HANDLING_UNITS = regex.compile(
    r"(?:承办|承辦)单?位?\s?[:：]\s?(?:主办|主辦)|(?:主办|主辦)\s?[:：][^。]{0,30}(?:协办|協辦|会办|會辦)\s?[:：]"
    r"|(?:主办|主辦)(?:单位|單位)\s?(?:协办|協辦|会办|會辦)(?:单位|單位)"
)
"""A handling form's units (承办单位: 主办: X 协办: Y, or its header row 承办单位 主办单位 协办单位), not a
site's 主办/承办 footer."""


_FORM_VALUE = regex.compile(r"(?<!位置|位置\s)[:：]\s?[\p{Han}\d]")
"""A label's value (建议/提案号: 17): a form's row, not a breadcrumb's slashes."""


def is_site_footer(text: str) -> bool:
    """A web site's footer line (主办单位 + 承办单位, ICP/公安备案, 网站标识码, copyright), or the
    header of a list of related links, after which nothing belongs to the letter."""
    t = text.strip()
    return (
        (len(set(rx.FOOTER_WORD.findall(t))) >= 2 and not _HANDLING_UNITS.search(t))
        or (bool(rx.FOOTER_WORD.search(t)) and ("地址" in t or "邮编" in t) and not rx.PERSON_LABEL.search(t))
        or "ICP" in t
        or "网站标识码" in t
        or "版权所有" in t
        or "Copyright" in t
        or bool(rx.RELATED_LINKS.match(t))
        or bool(rx.SITE_OPERATOR.match(t))
    )


_LETTER_SENTENCES = 3
"""A line with this many full stops is prose, whatever site furniture is glued to it."""


def line_noise(text: str) -> str | None:
    """'page_number', 'chrome' (web navigation, widgets, site footer), 'metadata' (a page's
    索引号/发布机构 table) or None for a line of the document itself."""
    t = text.strip()
    if not t:
        return None
    if len(t) <= 16 and rx.PAGE_NUMBER.match(t):
        return "page_number"
    if rx.PIPE_ROW.search(t):
        return "metadata" if rx.METADATA_WORD.search(t) else "chrome"
    if (len(t) < 120 and (len(t) <= 1 or rx.WEB_CHROME_KEYS.search(t)) and rx.WEB_CHROME_LINE.search(t)) or rx.CHROME_START.match(t) or (len(t) <= 30 and rx.SITE_NAME.search(t)) or (len(t) < 100 and rx.BREADCRUMB.match(t) and "。" not in t and not _FORM_VALUE.search(t)):
        return "chrome"
    if len(t) < 160 and rx.URL_PATH.search(t) and not any(ch in t for ch in "。，；"):
        return "chrome"
    if len(t) < 120 and not any(ch in t for ch in "。，；") and (
        len(set(rx.NAV_WORD.findall(t))) >= 3 or t.count("|") >= 3 or (len(t) < 80 and rx.SPAM_WORD.search(t))
    ):
        return "chrome"
    if len(t) <= 40 and rx.FONT_SIZE_WIDGET.search(t) and ("字" in t or len(t) <= 12):
        return "chrome"
    if t.count("。") >= _LETTER_SENTENCES:
        return None  # a page flattened onto one line holds its footer too, but it is the letter
    footer_hits = len(set(rx.FOOTER_WORD.findall(t)))
    if (footer_hits >= 2 or (footer_hits and ("地址" in t or "邮编" in t))) and not rx.PERSON_LABEL.search(t):
        return "chrome"
    if "ICP" in t or ("备案" in t and "号" in t and len(t) < 80) or rx.SITE_OPERATOR.match(t):
        return "chrome"
    if rx.METADATA_WORD.match(t) and len(t) < 120:
        return "metadata"
    if len(t) < 120 and "。" not in t and count_page_labels(t) >= _MIN_INFO_LABELS:
        return "metadata"
    return None
