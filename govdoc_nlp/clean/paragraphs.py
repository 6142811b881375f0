"""Rebuild printed paragraphs from lines.

PDF extraction and OCR break a line wherever the page did; the printed paragraph ends where a line
ends early, where a numbered heading starts, or where the layout says so (indent, markup). Web pages
and Word files already give one paragraph per line.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from govdoc_nlp.clean.chars import display_width
from govdoc_nlp.clean.mapped import MappedText
from govdoc_nlp.patterns import compiled as rx

_SENTENCE_END = rx.SENTENCE_END
_MIN_WRAPPED_LINES = 4
_NUMBER_TAIL = re.compile(r"^\d{1,6}[）)。]?$")


@dataclass
class CleanLine:
    """A cleaned line with what the loader and the noise filter said about it."""

    text: MappedText
    index: int
    indent: int = 0
    page: int | None = None
    paragraph_start: bool | None = None
    role: str | None = None
    noise: str | None = None
    blank: bool = False


@dataclass
class RawParagraph:
    """Lines joined into one printed paragraph."""

    text: MappedText
    lines: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    role: str | None = None
    wrapped: bool = False
    parts: list[CleanLine] = field(default_factory=list)
    """The lines it was made of."""


def _without_noise(lines: list[CleanLine]) -> list[CleanLine]:
    """Lines without page furniture; blank lines around a page number or running header are part
    of the page break, not paragraph breaks."""
    out: list[CleanLine] = []
    after_noise = False
    for ln in lines:
        if ln.noise:
            while out and out[-1].blank:
                out.pop()
            after_noise = True
            continue
        if ln.blank and after_noise:
            continue
        after_noise = False
        out.append(ln)
    return out


def detect_wrap(widths: list[float]) -> float | None:
    """The full line width when the lines are hard-wrapped at a fixed width, else None.

    Hard-wrapped text has many lines of about the same width and almost none much wider; text
    with one paragraph per line has lines of every length."""
    ws = sorted(w for w in widths if w >= 6)
    if len(ws) < _MIN_WRAPPED_LINES:
        return None
    best: tuple[int, float] | None = None
    for cand in range(15, 81):
        lo, hi = bisect_left(ws, cand - 2.5), bisect_right(ws, cand + 1)
        over = len(ws) - bisect_right(ws, cand + 3)
        if over > 0.1 * len(ws) or hi - lo < _MIN_WRAPPED_LINES:
            continue
        if best is None or hi - lo > best[0]:
            inside = ws[lo:hi]
            upper = inside[len(inside) // 2 :]  # continuation lines; first lines sit two characters short
            modes = Counter(round(w) for w in upper).most_common()
            top = modes[0][1]
            best = (len(inside), float(max(w for w, count in modes if count == top)))
    if best is None or best[0] / len(ws) < 0.3:
        return None
    return best[1]


def rebuild(lines: list[CleanLine], *, one_per_line: bool | None = None) -> list[RawParagraph]:
    """Group cleaned lines into paragraphs (noise lines are skipped)."""
    content = _without_noise(lines)
    text_lines = [ln for ln in content if not ln.blank]
    if not text_lines:
        return []
    hinted = sum(1 for ln in text_lines if ln.paragraph_start is not None)
    if one_per_line or (one_per_line is None and hinted == len(text_lines) and _all_true(text_lines)):
        # a web page or Word file whose "paragraphs" are a PDF's printed lines pasted one by one
        full = detect_wrap([display_width(ln.text.text) for ln in text_lines])
        if full is not None and _mostly_wrapped(text_lines, full):
            return _by_width(content, full, blank_lines_are_breaks=True)
        return _across_page_breaks(lines)
    if hinted >= 0.8 * len(text_lines):
        return _by_hints(text_lines)
    full = detect_wrap([display_width(ln.text.text) for ln in text_lines])
    if full is None:
        return [_single(ln) for ln in text_lines]
    blank_after = _blank_after_share(content)
    return _by_width(content, full, blank_lines_are_breaks=blank_after < 0.6)


def _across_page_breaks(lines: list[CleanLine]) -> list[RawParagraph]:
    """One paragraph per line, except that a paragraph cut by a page break (its first part does
    not end a sentence, a page number stands between) is joined again."""
    groups: list[list[CleanLine]] = []
    page_break = False
    for ln in lines:
        if ln.noise == "page_number":
            page_break = True
            continue
        if ln.blank or ln.noise:
            continue
        text = ln.text.text
        if page_break and groups and groups[-1][-1].text.text[-1] not in "。！？!?：:" and not _is_heading(text) and not rx.LABEL_LINE.match(text):
            groups[-1].append(ln)
        else:
            groups.append([ln])
        page_break = False
    return [_merge(g, wrapped=False) if len(g) > 1 else _single(g[0]) for g in groups]


def _mostly_wrapped(lines: list[CleanLine], full: float) -> bool:
    """Whether most lines run to the margin without ending a sentence (a hard-wrapped text)."""
    long_lines = [ln.text.text for ln in lines if display_width(ln.text.text) >= 12]
    broken = sum(1 for t in long_lines if display_width(t) >= full - 3.5 and t[-1] not in _SENTENCE_END)
    return bool(long_lines) and broken >= 0.5 * len(long_lines)


def _all_true(lines: list[CleanLine]) -> bool:
    return all(ln.paragraph_start for ln in lines)


def _single(ln: CleanLine) -> RawParagraph:
    return RawParagraph(ln.text, [ln.index], [ln.page] if ln.page else [], ln.role, parts=[ln])


def _blank_after_share(content: list[CleanLine]) -> float:
    n = followed = 0
    for a, b in zip(content, content[1:], strict=False):
        if not a.blank:
            n += 1
            followed += b.blank
    return followed / n if n else 0.0


def _by_hints(lines: list[CleanLine]) -> list[RawParagraph]:
    groups: list[list[CleanLine]] = []
    for ln in lines:
        text = ln.text.text
        previous = groups[-1][-1].text.text if groups else ""
        heading = _is_heading(text) and not (ln.paragraph_start is False and _runs_on(previous))
        if not groups or ln.paragraph_start or ln.role != groups[-1][-1].role or heading or rx.LABEL_LINE.match(text) or (len(text) < 80 and rx.COLOPHON.search(text)):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return [_merge(g, wrapped=True) for g in groups]


def _by_width(content: list[CleanLine], full: float, *, blank_lines_are_breaks: bool) -> list[RawParagraph]:
    groups: list[list[CleanLine]] = []
    open_group = False
    blanks = 0
    indent_marks_start = _indent_marks_paragraphs(content, full)
    for ln in content:
        if ln.blank:
            blanks += 1
            if blank_lines_are_breaks or blanks >= 2:
                open_group = False
            continue
        blanks = 0
        text = ln.text.text
        if not open_group and groups and _NUMBER_TAIL.match(text) and groups[-1][-1].text.text[-1:].isdigit():
            groups[-1].append(ln)  # a number broken at the margin (a phone's last digits)
            continue
        if open_group and _starts_paragraph(text, groups[-1], full, ln.indent >= 2 if indent_marks_start else None):
            open_group = False
        if open_group:
            groups[-1].append(ln)
            first = False
        else:
            groups.append([ln])
            first = True
        open_group = _continues(text, full - (2.0 if first else 0.0), labelled=bool(rx.LABEL_LINE.match(groups[-1][0].text.text)))
    return [_merge(g, wrapped=True) for g in groups]


def _starts_paragraph(text: str, group: list[CleanLine], full: float, indented: bool | None) -> bool:
    """Whether a line opens a new paragraph although the previous line ran to the margin.

    After a line that ends a sentence at the margin, the next line's own width tells: the first
    line of a paragraph is two characters short of the margin (its indent), a continuation line is
    not. Where the extraction kept indents, they decide."""
    previous = group[-1].text.text
    if _is_heading(text) and display_width(previous) >= full - 1.5 and _runs_on(previous):
        return indented is True  # a number the margin broke off (县道02 / 8、乡道…), an item of a list inside a sentence
    if _is_heading(text) or rx.LABEL_LINE.match(text):
        return True
    if rx.TITLE_END_WORD.search(previous) and rx.ADDRESSEE.match(text[:80]):
        return True  # the addressee under a title that ran to the margin
    labelled = bool(rx.LABEL_LINE.match(group[0].text.text))
    if (labelled or previous[-1] in _SENTENCE_END) and (rx.date_line(text) or rx.FORMAL_ENDER.match(text) or (len(text) <= 30 and rx.ORG_LINE.match(text))):
        return True
    if previous[-1] not in _SENTENCE_END:
        return False
    if indented is not None:
        return indented
    width = display_width(text)
    if full - 3.5 <= width <= full - 1.5:
        return True
    if width >= full - 0.5:
        return False
    return _is_structural(text)


def _indent_marks_paragraphs(content: list[CleanLine], full: float) -> bool:
    """Whether this extraction kept first-line indents: lines after a clearly short line are
    indented, lines that continue a sentence broken at the end of a full line are not."""
    after_short = after_full = indented_short = indented_full = 0
    previous: CleanLine | None = None
    for ln in content:
        if ln.blank:
            continue
        if previous is not None:
            width = display_width(previous.text.text)
            if width < full - 6:
                after_short += 1
                indented_short += ln.indent >= 2
            elif width >= full - 2 and previous.text.text[-1] not in _SENTENCE_END:
                after_full += 1
                indented_full += ln.indent >= 2
        previous = ln
    return after_short >= 2 and after_full >= 2 and indented_short >= 0.7 * after_short and indented_full <= 0.15 * after_full


def _continues(text: str, limit: float, *, labelled: bool = False) -> bool:
    """Whether a line of a hard-wrapped text runs on into the next line (a contact or 抄送 line
    only when it reaches the margin)."""
    width = display_width(text)
    if labelled:
        return width >= limit - 1.0 and text[-1] not in _SENTENCE_END
    if width >= limit - 2.0:
        return True
    if width < limit - 5.0:
        return False
    return text[-1] not in _SENTENCE_END


def _runs_on(previous: str) -> bool:
    """Whether a line stops inside a sentence, so that a numbered line after it (县道02 / 8、乡道…,
    …段， / ⑧…) continues it rather than opening a heading."""
    return previous[-1:] not in _SENTENCE_END


def _is_heading(text: str) -> bool:
    return rx.heading_match(text) is not None


def _is_structural(text: str) -> bool:
    return bool(rx.PARAGRAPH_OPENER.match(text))


def _merge(group: list[CleanLine], *, wrapped: bool) -> RawParagraph:
    text = MappedText.join(ln.text for ln in group)
    pages: list[int] = []
    for ln in group:
        if ln.page and ln.page not in pages:
            pages.append(ln.page)
    return RawParagraph(text, [ln.index for ln in group], pages, group[0].role, wrapped=wrapped and len(group) > 1, parts=list(group))
