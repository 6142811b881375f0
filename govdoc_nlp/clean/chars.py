"""Character-level cleaning of one line: fold widths, drop extractor spaces, zero-width marks and
garbled runs, keeping a map of every kept character back to the source."""

from __future__ import annotations

import re

from govdoc_nlp.clean.mapped import MappedText
from govdoc_nlp.clean.mojibake import mojibake_runs
from govdoc_nlp.clean.script import to_simplified

_FOLD = {0x3000: " ", 0x00A0: " ", 0x0009: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x202F: " ",
         0xFF05: "%", 0xFF0E: ".", 0xFF0B: "+", 0xFF0F: "/", 0xFE30: ":", 0x2236: ":"}
_FOLD.update({0xFF10 + i: str(i) for i in range(10)})
_FOLD.update({0xFF21 + i: chr(0x41 + i) for i in range(26)})
_FOLD.update({0xFF41 + i: chr(0x61 + i) for i in range(26)})
FOLD_TABLE = str.maketrans(_FOLD)


_DROP = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad\ufffd\x00-\x08\x0b-\x1f\x7f]")
_SPACE_RUN = re.compile(r" +")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS_BODY = rf"[(（][a-zü]*[{_TONED}][a-zü]*[)）]"
"""A pronunciation in brackets, with at least one tone mark (ù in (fù))."""
_PINYIN_GLOSS = re.compile(r"(?:(?<=[\u3400-\u9fff])|^[ \u3000]*)" + PINYIN_GLOSS_BODY)
"""A pronunciation a converter wrote after a character (會(huì)議, 現(xiàn)), or at the start of a line
the margin broke after the character: not the letter's text."""
GLOSS_HEAD = re.compile(rf"(?<=[\u3400-\u9fff])[(（][a-zü]*[{_TONED}]?[a-zü]*$")
GLOSS_TAIL = re.compile(rf"^[a-zü]*[{_TONED}]?[a-zü]*[)）]")
"""The two halves of a pronunciation the margin broke (集團(t / uán)將)."""


def drop_pinyin_glosses(text: str) -> str:
    """``text`` without the pronunciations a converter wrote after characters (現(xiàn) → 現)."""
    return _PINYIN_GLOSS.sub("", text)


_MARKUP_COMMENT = re.compile(r"<!--.{0,200}?-->|<!\[(?:if|endif)[^\]]{0,40}\]>")
"""An HTML comment a crawl left in the text (<!--EndFragment-->, <![endif]>): markup, not the letter."""
_EDGE_BARS = re.compile(r"(?P<lead>[\s|]*?\|?[\s|]*?)(?P<text>[^|\s](?:.*[^|\s])?)(?P<tail>[\s|]*)", re.S)
"""Table bars left at a line's edges around one cell of text (a crawled table: ``标题 | ||||``)."""
_ENTRY_CELL = re.compile(r"^\s*(?:词条|詞條|释义|釋義)\s*\|\s*(?=\S)(?P<body>.*?)(?P<tail>\s*\|?\s*)$", re.S)
"""A reference site's copy: the letter in a table of 词条 | title | and 释义 | text | rows (the labels are the site's)."""
_BULLET = re.compile(r"^[ \u3000]*(?:[•●▪◆■◇□·・]|\*(?= )|-(?= [\u3400-\u9fff]))[ \u3000]*")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_HALF_WIDTH = re.compile(r"[\x00-\x2f\x3a-\x7f]")


def fold(text: str) -> str:
    """Full-width digits, letters and spaces to ASCII, traditional characters to simplified
    (OpenCC, character for character); Chinese punctuation is kept."""
    return to_simplified(text).translate(FOLD_TABLE)


def clean_line(source: str, start: int, end: int, skip: tuple[tuple[int, int], ...] = ()) -> tuple[MappedText, int]:
    """Clean ``source[start:end]``; return the mapped text and the width of its leading indent
    (in character cells: a full-width space counts 2). ``skip`` holds source ranges of markup to
    drop."""
    raw = source[start:end]
    indent = 0
    for ch in raw:
        if ch in " \t\xa0":
            indent += 1
        elif ch == "\u3000":
            indent += 2
        else:
            break
    text = fold(raw)
    deleted: list[tuple[int, int]] = [m.span() for m in _DROP.finditer(text)]
    deleted.extend(m.span() for m in _PINYIN_GLOSS.finditer(text))
    if "<!" in text:
        deleted.extend(m.span() for m in _MARKUP_COMMENT.finditer(text))
    entry = _ENTRY_CELL.match(text)
    if entry:
        deleted.extend(span for span in ((0, entry.start("body")), entry.span("tail")) if span[1] > span[0])
    bullet = _BULLET.match(text)
    if bullet:
        deleted.append(bullet.span())
    edge = _EDGE_BARS.fullmatch(text)
    if edge and edge["text"] and "|" not in edge["text"]:
        deleted.extend(span for span in (edge.span("lead"), edge.span("tail")) if span[1] > span[0])
    if skip:
        text = _blank_out(text, [(a - start, b - start) for a, b in skip])
        deleted.extend((a - start, b - start) for a, b in skip)
    if any(ord(c) >= 0x3400 for c in raw[:400]):
        deleted.extend(mojibake_runs(raw))
    n = len(text)
    for m in _SPACE_RUN.finditer(text):
        a, b = m.span()
        if a == 0 or b == n:
            deleted.append((a, b))
            continue
        left, right = text[a - 1], text[b]
        keep_one = (b - a >= 2) or (_ASCII_ALNUM.match(left) and _ASCII_ALNUM.match(right))
        if keep_one:
            if b - a > 1:
                deleted.append((a + 1, b))
        else:
            deleted.append((a, b))
    if not deleted:
        mapped = MappedText(text, [(0, start, n)] if n else [])
        return mapped.strip(), indent
    deleted.sort()
    pieces: list[tuple[int, int, int]] = []
    parts: list[str] = []
    pos = 0
    out = 0
    for a, b in deleted:
        if a > pos:
            parts.append(text[pos:a])
            pieces.append((out, start + pos, a - pos))
            out += a - pos
        pos = max(pos, b)
    if pos < n:
        parts.append(text[pos:])
        pieces.append((out, start + pos, n - pos))
    return MappedText("".join(parts), pieces).strip(), indent


def _blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    """Markup replaced by spaces, so that the space rules see the gap it leaves."""
    chars = list(text)
    for a, b in spans:
        for i in range(max(0, a), min(len(chars), b)):
            chars[i] = " "
    return "".join(chars)


def display_width(text: str) -> float:
    """Printed width in character cells: CJK, full-width forms and digits 1 (PDF extraction
    spaces digits out about as wide as a character), other ASCII 0.5."""
    return len(text) - 0.5 * len(_HALF_WIDTH.findall(text))
