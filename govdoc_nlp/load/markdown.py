"""Markdown loader: copies of web pages made by converters (trafilatura, html2text, pandoc, MinerU,
docling, marker), often with a crawler's YAML front matter.

The text is kept as it is in the file, so every offset points into the original; markup (``#``,
``**``, ``>``, list bullets, link targets, images, escapes, inline HTML) is given to the cleaner
as ranges to drop. The front matter becomes page metadata: hints, never the letter's fields.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from govdoc_nlp.load.base import Line, LoadedDocument, PageInfo
from govdoc_nlp.load.encoding import decode_text
from govdoc_nlp.load.options import LoadOptions
from govdoc_nlp.load.table_rows import TABLE_ROW, TABLE_SEPARATOR, form_fields, table_row_lines
from govdoc_nlp.load.text import LINE_BREAK

_FRONT_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*(?:\r\n|\n)")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+)\s*$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:[ \t]+|$)")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>[ \t]?)+")
_BULLET = re.compile(r"^\s*[-*+][ \t]+")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_LINK = re.compile(r"(\[)(?=[^\]\n]*\]\()[^\]\n]*(\]\((?:[^()\n]|\([^()\n]*\))*\))|(\[)(?=[^\]\n]*\]\[)[^\]\n]*(\]\[[^\]\n]*\])")
_BARE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
"""The separator under a table header, also without outer bars (html2text: ``---|---``)."""
_DIV_FENCE = re.compile(r"^\s{0,3}:{3,}")
"""pandoc's fenced divs (``::: {.header}`` … ``:::``)."""
_ATTRIBUTES = re.compile(r"\{[#.][^{}\n]{0,80}\}\s*$")
"""pandoc's attributes after a heading or span (``{.title}``, ``{#zoom .TRS_Editor}``)."""
_TRAILING_BACKSLASH = re.compile(r"\\$")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>|<!--.*?-->")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>~])")
_DELIMITER_RUN = re.compile(r"\*+|_+|~~")
_PUNCT = re.compile(r"[!-/:-@\[-`{-~\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2000-\u206f]")

MARKDOWN_SIGNS = (
    re.compile(r"^#{1,6}[ \t]+\S", re.M),
    re.compile(r"\*\*[^*\n]+\*\*"),
    re.compile(r"(?<!!)\[[^\]\n]+\]\([^)\n]*\)"),
    re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", re.M),
    re.compile(r"!\[[^\]\n]*\]\("),
    re.compile(r"^\s*>\s?\S", re.M),
)
"""Signs that a text file is Markdown; a YAML front matter alone is enough."""


def looks_like_markdown(text: str) -> bool:
    """True when a decoded text reads as Markdown (front matter, or two kinds of markup)."""
    sample = text[:20000]
    if _FRONT_OPEN.match(sample) and _FRONT_CLOSE.search(sample, 4):
        return True
    return sum(1 for sign in MARKDOWN_SIGNS if sign.search(sample)) >= 2


def load_markdown(data: bytes, *, path: str | None = None, options: LoadOptions | None = None) -> LoadedDocument:
    """Decode Markdown bytes into lines whose markup is marked for the cleaner to drop."""
    text, encoding = decode_text(data)
    return markdown_document(text, encoding=encoding)


def markdown_document(text: str, *, encoding: str | None = None) -> LoadedDocument:
    """A LoadedDocument over Markdown text; offsets index ``text`` itself."""
    spans = _line_spans(text)
    metadata: dict[str, Any] = {}
    first = 0
    front = _FRONT_OPEN.match(text)
    if front:
        close = _FRONT_CLOSE.search(text, front.end())
        if close:
            metadata = front_matter(text[front.end() : close.start()])
            first = next((i for i, (s, _) in enumerate(spans) if s > close.start()), len(spans))
    lines: list[Line] = []
    in_fence = False
    in_table = False
    body = spans[first:]
    for k, (start, end) in enumerate(body):
        raw = text[start:end]
        following = text[body[k + 1][0] : body[k + 1][1]] if k + 1 < len(body) else ""
        in_table = "|" in raw and (in_table or bool(_BARE_SEPARATOR.match(following)))
        if _FENCE.match(raw):
            in_fence = not in_fence
            lines.append(Line(start, start))
            continue
        if in_fence:
            lines.append(Line(start, end))
            continue
        if _RULE.match(raw) or TABLE_SEPARATOR.match(raw) or _LINK_DEFINITION.match(raw) or _DIV_FENCE.match(raw):
            lines.append(Line(start, start))
            continue
        if TABLE_ROW.match(raw) or in_table:
            for key, value in form_fields(raw).items():
                metadata.setdefault(key, value)
            for cell in table_row_lines(raw, start, markup=lambda cell: _markup(cell)[0]):
                cell.paragraph_start = True
                lines.append(cell)
            continue
        skip, role = _markup(raw)
        lines.append(Line(start, end, role=role, skip=tuple((start + a, start + b) for a, b in skip)))
    _mark_paragraphs(text, lines)
    pages = [PageInfo(number=1, method="text")]
    return LoadedDocument(text=text, lines=lines, format="markdown", encoding=encoding, pages=pages, metadata=metadata)


_HARD_BREAK = re.compile(r"(?:  |\\|<br\s*/?>)$", re.I)
_BLOCK_START = re.compile(r"^\s{0,3}(?:#{1,6}\s|>|[-*+]\s|\d{1,3}[.)]\s|\|)")


_MIN_WRAPPED = 4
_SENTENCE_END = "。！？!?：:；;"


def _wrap_width(text: str, lines: list[Line]) -> int | None:
    """The column a converter wrapped long paragraphs at (html2text: 78, pandoc: 72), when enough
    lines end there; None when every paragraph is one line."""
    widths = [ln.end - ln.start for ln in lines if ln.paragraph_start is None and ln.end - ln.start >= 20]
    if len(widths) < _MIN_WRAPPED:
        return None
    counts: dict[int, int] = {}
    for w in widths:
        for near in (w - 1, w, w + 1):
            counts[near] = counts.get(near, 0) + 1
    width, hits = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return width + 1 if hits >= _MIN_WRAPPED and hits >= 0.25 * len(widths) else None


def _mark_paragraphs(text: str, lines: list[Line]) -> None:
    """Paragraphs a converter hard-wrapped (pandoc, html2text): a text line continues the one above
    when that one ends at the wrap column, with no blank line, block (heading, list item, quote,
    table row) or hard line break between them. Table cells are set already and start one."""
    width = _wrap_width(text, lines)
    if width is None:
        return
    previous: Line | None = None
    for ln in lines:
        raw = text[ln.start : ln.end]
        if not raw.strip():
            previous = None
            continue
        if ln.paragraph_start is True:
            previous = None
            continue
        above = text[previous.start : previous.end] if previous is not None else ""
        overflowed = previous is not None and previous.end - previous.start > width + 3 and above.rstrip()[-1:] in _SENTENCE_END
        ln.paragraph_start = overflowed or not (
            previous is not None
            and previous.end - previous.start >= width - 3
            and not (_BLOCK_START.match(raw) or _HARD_BREAK.search(above) or ln.role or previous.role)
        )  # a line past the column ending a sentence was broken at the first space after it: a paragraph's end
        previous = ln


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in LINE_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _markup(raw: str) -> tuple[list[tuple[int, int]], str | None]:
    """Ranges of one line that are markup, and the line's role (a level-1 heading is a title)."""
    skip: list[tuple[int, int]] = []
    role = None
    body_from = 0
    for pattern in (_QUOTE, _HEADING, _BULLET):
        m = pattern.match(raw[body_from:])  # on the rest: a pattern's ^ never matches at a later position
        if m:
            skip.append((body_from, body_from + m.end()))
            if pattern is _HEADING and len(m.group(1)) == 1:
                role = "title"
            if pattern is _HEADING:
                tail = _HEADING_TAIL.search(raw)
                if tail:
                    skip.append(tail.span())
            body_from += m.end()
    for m in _IMAGE.finditer(raw):
        skip.append(m.span())
    for m in _LINK.finditer(raw):
        for g in (1, 2, 3, 4):
            if m.group(g):
                skip.append(m.span(g))
    for pattern in (_AUTOLINK, _HTML_TAG):
        skip.extend(m.span() for m in pattern.finditer(raw))
    skip.extend((m.start(), m.start() + 1) for m in _ESCAPE.finditer(raw))
    for pattern in (_ATTRIBUTES, _TRAILING_BACKSLASH):
        skip.extend(m.span() for m in pattern.finditer(raw))
    skip.extend(_emphasis(raw, skip))
    return skip, role


def _emphasis(raw: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Delimiter runs (``**``, ``*``, ``__``, ``~~``) that open and close emphasis by CommonMark's
    flanking rules; a masked name (``刘**``) closes nothing and stays text."""
    runs = []
    for m in _DELIMITER_RUN.finditer(raw):
        a, b = m.span()
        if any(x <= a < y for x, y in taken) or (a > 0 and raw[a - 1] == "\\"):
            continue
        before = raw[a - 1] if a > 0 else " "
        after = raw[b] if b < len(raw) else " "
        if b - a > 3 or (raw[a] == "*" and (before.isdigit() or (after.isdigit() and before.isascii() and before.isalnum()))):
            continue  # a masked number or name (189******6664, 138****), not emphasis
        left = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before) or before.isalnum())
        right = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after) or after.isalnum())
        if raw[a] == "_" and left and right:
            continue
        runs.append((a, b, m.group(), left, right))
    out: list[tuple[int, int]] = []
    stack: list[tuple[int, int, str]] = []
    for a, b, run, left, right in runs:
        if right:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][2] == run:
                    out.extend([(stack[k][0], stack[k][1]), (a, b)])
                    del stack[k:]
                    break
            else:
                if left:
                    stack.append((a, b, run))
            continue
        if left:
            stack.append((a, b, run))
    return out



def _punct(ch: str) -> bool:
    return bool(_PUNCT.match(ch))


_FRONT_KEYS = {
    "title": "title_hint",
    "date": "published",
    "url": "url",
    "source": "url",
    "hostname": "site",
    "sitename": "site",
    "site": "site",
    "author": "publisher",
    "publisher": "publisher",
    "description": "description",
    "categories": "categories",
    "tags": "tags",
}


def front_matter(block: str) -> dict[str, Any]:
    """Page metadata from a YAML front matter (title, date, url, issuer are hints); a block that is
    not YAML gives what its ``key: value`` lines say."""
    try:
        import yaml

        data = yaml.safe_load(block)
    except Exception:  # a malformed front matter still gives its plain lines
        data = None
    if not isinstance(data, dict):
        data = {}
        for line in block.splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip():
                data[key.strip()] = value.strip().strip("\"'")
    meta: dict[str, Any] = {}
    for key, value in data.items():
        name = _FRONT_KEYS.get(str(key).strip().lower(), f"front_{str(key).strip().lower()}")
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        if value in (None, "", []):
            continue
        if isinstance(value, (list, tuple)):
            value = [str(v) for v in value]
        elif not isinstance(value, (str, int, float, bool)):
            value = str(value)
        meta.setdefault(name, value)
    if isinstance(meta.get("title_hint"), str):
        from govdoc_nlp.load.html_meta import title_from_page_title

        meta["title_hint"] = title_from_page_title(meta["title_hint"]) or meta["title_hint"]
    return meta
