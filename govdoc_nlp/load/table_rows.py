"""Table rows of text copies (``| 标题 | 关于…的答复 |``), as Markdown converters and crawlers
write them: cells become lines of their own, with their offsets."""

from __future__ import annotations

import re
from collections.abc import Callable

from govdoc_nlp.load.base import Line
from govdoc_nlp.load.html_chrome import FIELD_LABEL_CELLS

TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_CELL_BAR = re.compile(r"(?<!\\)\|")
_ESCAPED_BAR = re.compile(r"\\(?=\|)")
_LABEL_NOISE = re.compile(r"\s|[:：]")
SHORT_CELL = 24
"""Cells up to this many characters make a metadata row (索引号 | … | 发布机构 | …)."""


def table_row_lines(raw: str, start: int, *, markup: Callable[[str], list[tuple[int, int]]] | None = None) -> list[Line]:
    """Lines of one table row starting at ``start`` in the text: a row of short cells stays one line
    for the metadata rules; in a labelled form row (标题 | …, 答复单位 | …) the label is dropped so
    that the value reads like the letter's own line; otherwise each cell is a line."""
    bars = [m.start() for m in _CELL_BAR.finditer(raw)]
    if not raw.lstrip().startswith("|"):
        bars.insert(0, -1)
    if not raw.rstrip().endswith("|"):
        bars.append(len(raw))
    cells = []
    for a, b in zip(bars, bars[1:], strict=False):
        lo, hi = a + 1, b
        while lo < hi and raw[lo].isspace():
            lo += 1
        while hi > lo and raw[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            cells.append((lo, hi))
    if not cells:
        return [Line(start, start)]
    if len(cells) == 2 and _LABEL_NOISE.sub("", raw[cells[0][0] : cells[0][1]]) in FIELD_LABEL_CELLS:
        cells = cells[1:]
    elif len(cells) >= 2 and all(hi - lo <= SHORT_CELL for lo, hi in cells):
        return [Line(start, start + len(raw), skip=_skips(raw, 0, len(raw), start, markup))]
    return [Line(start + lo, start + hi, skip=_skips(raw, lo, hi, start, markup)) for lo, hi in cells]


def _skips(raw: str, lo: int, hi: int, start: int, markup: Callable[[str], list[tuple[int, int]]] | None) -> tuple[tuple[int, int], ...]:
    cell = raw[lo:hi]
    spans = list(markup(cell)) if markup else [(m.start(), m.end()) for m in _ESCAPED_BAR.finditer(cell)]
    return tuple((start + lo + a, start + lo + b) for a, b in spans)


FORM_FIELDS: dict[str, str] = {
    "答复单位": "reply_unit", "办理单位": "reply_unit", "落款单位": "reply_unit",
    "答复日期": "reply_date", "办理日期": "reply_date", "答复时间": "reply_date", "落款日期": "reply_date",
    "答复类别": "response_category", "办复类别": "response_category", "办理类别": "response_category",
}
"""Labelled rows of a form-style page that state the letter's own fields: hints kept in the page
metadata, used when the letter itself does not print them."""


def form_fields(raw: str) -> dict[str, str]:
    """What a labelled form row (``| 答复日期 | 2019-07-26 |``, ``| 文号 | … | 答复类别 | B |``)
    states, by metadata key."""
    cells = [c.strip() for c in _CELL_BAR.split(raw.strip().strip("|"))]
    out = {}
    for label, value in zip(cells[::2], cells[1::2], strict=False):
        key = FORM_FIELDS.get(_LABEL_NOISE.sub("", label))
        if key and value:
            out[key] = _ESCAPED_BAR.sub("", value)
    return out
