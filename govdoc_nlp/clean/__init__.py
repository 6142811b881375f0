"""Clean: loaded lines → paragraphs of clean text, each character mapped back to the source."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from govdoc_nlp.clean.chars import (
    GLOSS_HEAD,
    GLOSS_TAIL,
    PINYIN_GLOSS_BODY,
    clean_line,
    display_width,
    drop_pinyin_glosses,
    fold,
)
from govdoc_nlp.clean.joined import split_joined
from govdoc_nlp.clean.mapped import MappedText
from govdoc_nlp.clean.noise import is_site_footer, line_noise
from govdoc_nlp.clean.paragraphs import CleanLine, RawParagraph, rebuild
from govdoc_nlp.load.base import LoadedDocument
from govdoc_nlp.load.html_meta import page_label_key, page_labels
from govdoc_nlp.patterns import compiled as rx

_LAYOUT_NOISE_ROLES = {"page_number": "page_number", "header": "header", "footer": "footer", "chrome": "chrome", "metadata": "metadata"}


@dataclass
class CleanDocument:
    """The cleaned document: its lines (with noise marked) and rebuilt paragraphs."""

    loaded: LoadedDocument
    lines: list[CleanLine]
    paragraphs: list[RawParagraph]
    noise: dict[str, int] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    """(code, message) pairs about the text itself (over-long input read in part)."""
    page_metadata: dict[str, str] = field(default_factory=dict)
    """What the page's chrome lines say (来源, 发布时间, 索引号 …): hints, not the letter's fields."""


MAX_HEAD_CHARS = 400_000
"""Characters read from the start of an over-long document (a reply is a few thousand)."""
MAX_TAIL_CHARS = 40_000
"""Characters read from its end, where the signature and contact block are."""


def clean(loaded: LoadedDocument) -> CleanDocument:
    """Clean every line, drop page furniture and web residue, rebuild paragraphs."""
    src = loaded.text
    lines: list[CleanLine] = []
    noise_counts: dict[str, int] = {}
    warnings: list[tuple[str, str]] = []
    for i, ln in _budgeted(loaded, warnings):
        mapped, indent = clean_line(src, ln.start, ln.end, ln.skip)
        for part in split_joined(mapped, src, at_spaces=not loaded.one_paragraph_per_line):
            item = CleanLine(part, i, indent, ln.page, ln.paragraph_start, ln.role)
            if not part.text:
                item.blank = True
            else:
                item.noise = _LAYOUT_NOISE_ROLES.get(ln.role or "") or line_noise(part.text)
                if item.noise:
                    noise_counts[item.noise] = noise_counts.get(item.noise, 0) + 1
            lines.append(item)
    _join_broken_glosses(lines)
    _mark_site_footer(lines, noise_counts)
    wrapped = _wrapped_values(lines, src)
    heads = _wrapped_labels(lines)
    _wrapped_breadcrumbs(lines)
    paragraphs = rebuild(lines, one_per_line=loaded.one_paragraph_per_line)
    return CleanDocument(loaded, lines, paragraphs, noise_counts, warnings, _page_metadata(lines, src, wrapped, heads))


_GLOSS = regex.compile(PINYIN_GLOSS_BODY)
_SITE_OPERATOR = regex.compile(r"信息中心|信息技术中心|大数据|数据资源|融媒体|网信|电子政务|网站")
"""Publishers that run the site rather than answer the letter."""
_PRINTED_KEYS = frozenset({"title", "publisher"})
"""Page data given back as the page prints it (traditional characters stay traditional)."""


_WRAPPED_TAIL_MAX = 6
_WRAPPED_TITLE_MAX = 30


def _wrapped_values(lines: list[CleanLine], source: str) -> dict[int, CleanLine]:
    """Info-bar lines whose last value the margin broke (来源: 市机关 / 事务局, 中文名:关于…第1 /
    7号提案的答复), by position in ``lines``, with the line holding the rest, which is marked as the
    same noise."""
    out: dict[int, CleanLine] = {}
    for k, ln in enumerate(lines[:-1]):
        nxt = lines[k + 1]
        if ln.noise not in ("metadata", "chrome") or nxt.noise or nxt.blank or len(nxt.text.text) > _WRAPPED_TITLE_MAX:
            continue
        pairs = page_labels(fold(ln.text.source_text(source)))
        key, value = pairs[-1] if pairs else ("", "")
        rest = nxt.text.text
        if (key == "publisher" and len(rest) <= _WRAPPED_TAIL_MAX and not rx.ORG_LINE.match(value) and rx.ORG_LINE.match(value + rest)) or (
            key == "title" and not rx.TITLE_END_WORD.search(value) and rx.TITLE_END_WORD.search(value + rest)
        ):
            nxt.noise = ln.noise
            out[k] = nxt
    return out


def _join_broken_glosses(lines: list[CleanLine]) -> None:
    """Drop a pronunciation the margin broke in two (集團(t / uán)將): its halves stand at the end of
    one line and the start of the next."""
    for ln, nxt in zip(lines, lines[1:], strict=False):
        head = GLOSS_HEAD.search(ln.text.text) if not ln.blank else None
        tail = GLOSS_TAIL.match(nxt.text.text) if head and not nxt.blank else None
        if head and tail and _GLOSS.fullmatch(head.group() + tail.group()):
            ln.text = ln.text.slice(0, head.start())
            nxt.text = nxt.text.slice(tail.end(), len(nxt.text.text))
            ln.blank, nxt.blank = not ln.text.text, not nxt.text.text


_LABEL_TAIL = regex.compile(r"\p{Han}{1,4}$")
_LABEL_REST = regex.compile(r"^\p{Han}{1,3}\s?[:：]")


def _wrapped_labels(lines: list[CleanLine]) -> dict[int, str]:
    """Info-bar lines that start with the rest of a label the margin broke (公开范 / 围:公开 发布机关:X,
    发布 / 机关:X), by position in ``lines``, with the label's head; they are marked as the same noise."""
    out: dict[int, str] = {}
    for k, ln in enumerate(lines[:-1]):
        nxt = lines[k + 1]
        if ln.noise not in ("metadata", "chrome") or nxt.noise or nxt.blank:
            continue
        tail, rest = _LABEL_TAIL.search(ln.text.text), _LABEL_REST.match(nxt.text.text)
        label = tail.group() + rest.group() if tail and rest else ""
        if label and (page_label_key(label) or rx.METADATA_WORD.fullmatch(label.rstrip(" :："))):
            nxt.noise = ln.noise
            out[k + 1] = tail.group()
    return out


_CRUMB_SEPARATOR = regex.compile(r"[>›»＞]")
_CRUMB_REST_MAX = 60


def _wrapped_breadcrumbs(lines: list[CleanLine]) -> None:
    """The rest of a breadcrumb the margin broke (…>政务公开>建议 / 提案办理结果>市人大代表建议与答复) is
    chrome like its first line."""
    for ln, nxt in zip(lines, lines[1:], strict=False):
        text = nxt.text.text
        if (
            ln.noise == "chrome" and not nxt.noise and not nxt.blank and _CRUMB_SEPARATOR.search(ln.text.text)
            and _CRUMB_SEPARATOR.search(text) and len(text) <= _CRUMB_REST_MAX and not regex.search(r"[。，,；;：:]", text)
        ):
            nxt.noise = "chrome"


def _page_metadata(
    lines: list[CleanLine], source: str, wrapped: dict[int, CleanLine] | None = None, heads: dict[int, str] | None = None
) -> dict[str, str]:
    """Page metadata from the chrome lines, read from the source (where its spaces still part
    the values); ``wrapped`` gives the rest of a value the margin broke, ``heads`` the first
    characters of a label it broke."""
    meta: dict[str, str] = {}
    for k, ln in enumerate(lines):
        if ln.noise in ("metadata", "chrome") and ln.text.pieces:
            start, end = ln.text.source_span(0, len(ln.text.text))
            raw = (heads or {}).get(k, "") + drop_pinyin_glosses(source[start:end]) + (wrapped[k].text.text if wrapped and k in wrapped else "")
            folded = fold(raw)
            for key, value in page_labels(folded):
                at = folded.find(value) if key in _PRINTED_KEYS and len(folded) == len(raw) else -1
                if key == "publisher" and _SITE_OPERATOR.search(meta.get(key, "")) and not _SITE_OPERATOR.search(value):
                    del meta[key]  # 发布机构: 信息技术中心 (the site's operator), then 来源: 区民政局
                meta.setdefault(key, raw[at : at + len(value)] if at >= 0 else value)  # as printed (對…建議): fold keeps lengths
    return meta


def _budgeted(loaded: LoadedDocument, warnings: list[tuple[str, str]]):
    """The lines to read: all of a normal document; the head and tail of an over-long one."""
    total = len(loaded.text)
    if total <= MAX_HEAD_CHARS + MAX_TAIL_CHARS:
        yield from enumerate(loaded.lines)
        return
    warnings.append(("truncated", f"{total} characters: read the first {MAX_HEAD_CHARS} and the last {MAX_TAIL_CHARS}"))
    tail_from = total - MAX_TAIL_CHARS
    for i, ln in enumerate(loaded.lines):
        if ln.end <= MAX_HEAD_CHARS or ln.start >= tail_from:
            yield i, ln
        elif ln.start < MAX_HEAD_CHARS:
            yield i, replace(ln, end=MAX_HEAD_CHARS)
        elif ln.end > tail_from:
            yield i, replace(ln, start=tail_from)


def _mark_site_footer(lines: list[CleanLine], counts: dict[str, int]) -> None:
    """Everything after a web site's footer (in the second half of the page) is site chrome."""
    half = len(lines) // 2
    previous: CleanLine | None = None
    for i in range(half, len(lines)):
        ln = lines[i]
        after_chrome = previous is not None and previous.noise == "chrome"
        if not ln.blank:
            previous = ln
        if ln.blank:
            continue
        text = ln.text.text
        if ((ln.noise == "chrome" or rx.RELATED_LINKS.match(text)) and is_site_footer(text)) or (after_chrome and not ln.noise and rx.FOOTER_WORD.search(text)):
            _mark_footer_start(lines, i, counts)
            if not ln.noise:
                ln.noise = "chrome"
                counts["chrome"] = counts.get("chrome", 0) + 1
            for later in lines[i + 1 :]:
                if not later.blank and not later.noise:
                    later.noise = "chrome"
                    counts["chrome"] = counts.get("chrome", 0) + 1
            return


_FOOTER_START = regex.compile(rx.FOOTER_WORD.pattern + r"|\p{Han}(?:主办|承办)$")


def _mark_footer_start(lines: list[CleanLine], end: int, counts: dict[str, int]) -> None:
    """A footer split into lines (a flattened page): the 主办单位/承办单位/电话/地址 lines just
    before its 网站标识码 or ICP line are the site's, from the first one naming a 主办/承办."""
    run: list[CleanLine] = []
    for ln in reversed(lines[:end]):
        if ln.blank:
            continue
        text = ln.text.text
        if ln.noise or rx.PERSON_LABEL.search(text) or not (_FOOTER_START.search(text) or rx.CONTACT_LINE.match(text)):
            break
        run.append(ln)
    first = next((k for k in range(len(run) - 1, -1, -1) if _FOOTER_START.search(run[k].text.text)), None)
    if first is None:
        return
    for ln in run[: first + 1]:
        ln.noise = "chrome"
        counts["chrome"] = counts.get("chrome", 0) + 1


__all__ = ["CleanDocument", "CleanLine", "MappedText", "RawParagraph", "clean", "clean_line", "display_width", "fold"]
