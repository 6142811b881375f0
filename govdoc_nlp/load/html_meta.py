"""Page metadata of a government web page: charset, URL, publication date, 索引号, 文号, title hint."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import regex

from govdoc_nlp.load.html_chrome import (
    DOC_NUMBER,
    META_CELL_ONLY,
    META_LABELS,
    META_TAGS,
    PAGE_BUTTONS,
    REPLY_CUES,
    TITLE_SEPARATORS,
)
from govdoc_nlp.patterns.compiled import Lazy

if TYPE_CHECKING:
    from lxml import html as lxml_html

_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL_ENC = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-.]+)["']""", re.I)
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)", re.I)
_URL = re.compile(r"https?://[^\s\"'<>]+")
_WS = re.compile(r"[\s\u3000\xa0]+")
_DATE = regex.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (<meta charset>, http-equiv, <?xml?>)."""
    head = data[:4096]
    m = _CHARSET_META.search(head) or _XML_DECL_ENC.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").strip().lower()
    if name in ("gbk", "gb2312", "gb_2312", "gb-2312", "x-gbk", "cp936", "euc-cn", "gb18030", "gb_2312-80"):
        return "gb18030"
    return name or None


def _squash(text: str) -> str:
    return _WS.sub("", text)


def _collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _label_key(cell: str) -> str | None:
    """The metadata key a label cell such as '索 引 号：' or '号:' names, if any."""
    label = _squash(cell).rstrip(":：")
    if not label or len(label) > 6:
        return None
    for key, labels in META_LABELS.items():
        if label in labels:
            return key
    return None


def normalize_date(value: str) -> str | None:
    """'2021-05-10 09:32' / '2021年5月6日' → '2021-05-10' (date only); None when no date is found."""
    m = _DATE.search(value)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _free_text_pattern(*, short: bool = False, glued: bool = False, lazy: bool = False):
    alts: list[str] = []
    for labels in META_LABELS.values():
        for label in labels:
            if not short and (label in META_CELL_ONLY or len(label) < 3):
                continue
            if short and len(label) < 2:
                continue
            alts.append(r"[\s\u3000]*".join(map(regex.escape, label)))
    alts.sort(key=len, reverse=True)
    before = "" if glued else r"(?<![\p{Han}])"
    source = before + "(" + "|".join(alts) + r")[\s\u3000]*[:：][\s\u3000]*"
    return Lazy(source) if lazy else regex.compile(source)


_FREE_LABEL = _free_text_pattern()
_FREE_LABEL_SHORT = _free_text_pattern(short=True, lazy=True)
_GLUED_LABEL = _free_text_pattern(glued=True, lazy=True)
_GLUED_SHORT_LABEL = _free_text_pattern(short=True, glued=True, lazy=True)


def page_labels(text: str) -> list[tuple[str, str]]:
    """(key, value) pairs of a page's info line as crawled text keeps it ('来源：XX局 发布时间：…',
    or a table row '索 引 号  …  发布机构  XX局' without colons), short labels (来源, 标题)
    included: call it only on lines already known to be page chrome."""
    pairs = _labels_in_text(text, pattern=_FREE_LABEL_SHORT)
    for cell_break in (r"\s{2,}|\u3000+|\t+|\s?\|\s?", r"\s+"):  # then single spaces (发布机构 XX县人民政府 文号)
        if pairs:
            break
        cells = [c for c in regex.split(cell_break, text.strip()) if c.strip()]
        for label, value in zip(cells, cells[1:], strict=False):
            key = _label_key(label)
            if key and _label_key(value) is None:
                pairs.append((key, _collapse(value)))
    if not pairs and not regex.search(r"\s", text.strip()):
        pairs = _labels_in_text(text, pattern=_GLUED_LABEL)  # a PDF's info row without spaces (…公开发布机关:X局著录日期:)
    out = []
    for key, raw in pairs:
        value = raw.strip(" \t|｜-•·")  # a table row's bars around the cell (发布机构: | XX局 |), a list's bullets
        if not value:
            continue
        glued = _GLUED_SHORT_LABEL.search(value, 1)
        if glued and _label_key(glued.group(1)):
            value = value[: glued.start()]  # '柘城县公安局发布时间:…' / '教体局时间:…': the next label glued to the value
        if key == "publisher":
            value = value.split()[0]
            button = PAGE_BUTTONS.search(value, 2)
            value = value[: button.start()] if button else value
        elif key in ("published", "written", "catalogued"):
            value = normalize_date(value) or value
        out.append((key, value))
    return out


def page_label_key(text: str) -> str | None:
    """The page-metadata key a bare label names (发布机构 → publisher), else None."""
    return _label_key(text)


def count_page_labels(text: str) -> int:
    """How many page-metadata labels (发布时间, 信息来源, 索引号 …) a line holds, also when the
    cleaner has removed the spaces between them."""
    return sum(1 for m in _GLUED_LABEL.finditer(text) if _label_key(m.group(1)))


def _labels_in_text(text: str, pattern: regex.Pattern[str] = _FREE_LABEL) -> list[tuple[str, str]]:
    """(key, value) pairs from an info line such as '发布时间：2023-09-04 10:17　浏览次数：236'."""
    out: list[tuple[str, str]] = []
    matches = list(pattern.finditer(text))
    for i, m in enumerate(matches):
        key = _label_key(m.group(1))
        if key is None:
            continue
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[m.end():stop]
        value = regex.split(r"[\u3000]|\s{2,}|\xa0{2,}|(?<=\S)\s+(?=\S{2,6}\s*[:：])", value, maxsplit=1)[0]
        value = _collapse(value)
        if value:
            out.append((key, value))
    return out


def title_from_page_title(raw: str) -> str | None:
    """The article's title in a page title that adds the site's name ('…的答复 - XX县人民政府')."""
    raw = _collapse(raw)
    if not raw:
        return None
    parts = [p for p in TITLE_SEPARATORS.split(raw) if p and p.strip()]
    if len(parts) <= 1:
        return raw
    cued = [p for p in parts if REPLY_CUES.search(p)]
    return max(cued or parts, key=len).strip()


def strip_doc_number(title: str) -> tuple[str, str | None]:
    """Split a trailing bracketed 发文字号 off a title: '…的答复[江交建〔2024〕63号]' → ('…的答复', '江交建〔2024〕63号')."""
    m = regex.search(r"[\[［【(（]\s*(" + DOC_NUMBER.pattern + r")\s*[\]］】)）]\s*$", title)
    if m and m.start() > 0:
        return title[: m.start()].rstrip(), _squash(m.group(1))
    return title, None


def page_metadata(root: lxml_html.HtmlElement, raw_text: str) -> dict[str, Any]:
    """Metadata of a parsed page (call before chrome is removed: tables and info lines are read)."""
    meta: dict[str, Any] = {}

    def put(key: str, value: str | None) -> None:
        if value and key not in meta:
            meta[key] = value

    for el in root.iter("meta"):
        name = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        content = _collapse(el.get("content") or "")
        key = META_TAGS.get(name)
        if key and content:
            put(key, content)
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            meta.setdefault("url", el.get("href").strip())
    saved = _SAVED_FROM.search(raw_text[:2000])
    if saved:
        put("url", saved.group(1))
    for el in root.iter("base"):
        put("url", (el.get("href") or "").strip() or None)
    if "url" not in meta:
        m = _URL.search(raw_text[:3000])
        if m and not m.group(0).startswith(("http://www.w3.org", "https://www.w3.org")):
            meta["url"] = m.group(0)

    # Label/value cells: tables (th|td label, td value) and <b>label</b>value items.
    for tr in root.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        texts = [_collapse(c.text_content()) for c in cells]
        for i, t in enumerate(texts):
            key = _label_key(t)
            if key and i + 1 < len(texts) and _label_key(texts[i + 1]) is None:
                put(key, texts[i + 1] or None)
    for tag in ("b", "strong", "label", "span", "em"):
        for el in root.iter(tag):
            key = _label_key(el.text_content())
            if key and el.tail and _collapse(el.tail):
                put(key, _collapse(el.tail))
    # Info lines ('发布时间：… 来源：…') in short blocks.
    for el in root.iter("div", "p", "li", "span", "td"):
        text = el.text_content()
        if len(text) > 200 or "：" not in text and ":" not in text:
            continue
        for key, value in _labels_in_text(text):
            put(key, value)

    for tag in ("title",):
        for el in root.iter(tag):
            put("page_title", _collapse(el.text_content()))
    title = meta.pop("title", None)
    hint = meta.get("title_hint") or title
    if not hint:
        for el in root.iter("h1"):
            t = _collapse(el.text_content())
            if 4 <= len(t) <= 150:
                hint = t
                break
    if not hint and meta.get("page_title"):
        hint = title_from_page_title(meta["page_title"])
    if hint:
        hint, number = strip_doc_number(_collapse(hint))
        meta["title_hint"] = hint
        if number:
            put("doc_number", number)
    meta.pop("page_title", None)
    if meta.get("published"):
        meta["published"] = normalize_date(meta["published"]) or meta["published"]
    if meta.get("written"):
        meta["written"] = normalize_date(meta["written"]) or meta["written"]
    for key in ("doc_number", "index_no"):
        if key in meta:
            meta[key] = _squash(meta[key])
    return meta
