"""Numbered sections of the body on the four GB/T 9704 levels (一、 （一） 1. （1）), with their
place in the hierarchy, and run-in enumerations (一是…二是…) as items of their paragraph."""

from __future__ import annotations

import regex

from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.dates import chinese_number
from govdoc_nlp.model import RunInItem, Section
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.segment.blocks import Para

_LEVEL_GROUPS = (("l1", "n1", 1), ("l2", "n2", 2), ("l3", "n3", 3), ("l4", "n4", 4), ("l4b", "n4b", 4))
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def heading_of(text: str) -> tuple[int, str, str, int] | None:
    """(level, number, marker, end of marker) when a paragraph opens with a numbered heading."""
    m = rx.heading_match(text)
    if not m:
        return None
    for group, num_group, level in _LEVEL_GROUPS:
        if m[group]:
            number = m[num_group]
            if number in _CIRCLED:
                number = str(_CIRCLED.index(number) + 1)
            return level, number, m.group().strip(), m.end()
    return None


_CN_ONE_TO_TEN = "一二三四五六七八九十"
_NOT_A_HEADING_NEXT = frozenset("是个個项項次年月日大类類级級方家条條点點位名人种種批期届屆十百千万萬之")
_LOST_DELIMITER_MAX = 30


def _lost_delimiter(text: str, previous: int | None) -> tuple[int, str, str, int] | None:
    """A level-1 heading whose 、 a scan or a copy lost (三关于旅游厕所建设), read only as the next
    number of a run of level-1 headings, on a short line of its own."""
    if previous is None or not 0 < previous < 10 or len(text) > _LOST_DELIMITER_MAX or regex.search(r"[。，,；;]", text):
        return None
    number = _CN_ONE_TO_TEN[previous]
    if not text.startswith(number) or len(text) < 4 or not rx.is_cjk(text[1]) or text[1] in _NOT_A_HEADING_NEXT:
        return None
    return 1, number, number, 1


_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》", "‘": "’"}


def _heading_stop(rest: str) -> int:
    """Where a heading ends: its first 。 outside quotes (关于“A。B”的建议), or its first 。 at all
    when a quote never closes."""
    stops = [i for i, ch in enumerate(rest) if ch == "。"]
    outside = next((i for i in stops if not rx.unclosed_quotes(rest[:i], _QUOTE_PAIRS)), None)
    if outside is not None:
        return outside
    return stops[0] if stops and rx.unclosed_quotes(rest, _QUOTE_PAIRS) else -1


def _value(number: str) -> int | None:
    return int(number) if number.isdigit() else chinese_number(number)


def extract_sections(ctx: Context) -> list[tuple[Para, Section | None]]:
    """Fill reply.sections; return the body paragraphs with the section each belongs to."""
    reply = ctx.reply
    body = [p for p in ctx.seg.body if p.block == "body"]
    stack: list[Section] = []
    last_number: dict[tuple[int | None, int], int] = {}
    owner: list[tuple[Para, Section | None]] = []
    current: Section | None = None
    starts: list[int] = []
    listing = False
    for pos, para in enumerate(body):
        listing = listing or bool(rx.ATTACHMENT.match(para.text))  # 附件：1.《…》 / 2.《…》: a list of attachments, no headings
        found = None if listing else heading_of(para.text) or _lost_delimiter(para.text, last_number.get((None, 1)))
        if found:
            level, number, marker, end = found
            while stack and stack[-1].level >= level:
                stack.pop()
            parent = stack[-1].index if stack else None
            key = (parent, level)
            value = _value(number) or 0
            previous = last_number.get(key)
            if previous is None or value == previous + 1 or value == 1 or (level == 1 and value > previous):
                last_number[key] = value
                rest = para.text[end:]
                stop = _heading_stop(rest)
                heading = (rest if stop < 0 else rest[:stop]).strip().rstrip("：:；;，,")
                section = Section(
                    level=level,
                    number=number,
                    heading=heading,
                    marker=marker,
                    text=rest.strip(),
                    index=len(reply.sections),
                    parent=parent,
                    path=[s.marker for s in stack] + [marker],
                    span=ctx.span(para, 0, end + (len(rest) if stop < 0 else stop)),
                )
                reply.sections.append(section)
                starts.append(pos)
                stack.append(section)
                current = section
        owner.append((para, current))
        items = run_in_items(ctx, para)
        if items:
            ctx.items[para.index] = items
            if current is not None:
                current.items.extend(items)
    _fill_text(reply.sections, starts, body)
    return owner


def run_in_items(ctx: Context, para: Para) -> list[RunInItem]:
    """The items of a run-in enumeration (一是…；二是…) in a paragraph: two markers at least."""
    marks = list(rx.RUN_IN_ITEM.finditer(para.text))
    if len(marks) < 2:
        return []
    items = []
    for k, m in enumerate(marks):
        start = m.start("marker")
        end = marks[k + 1].start("marker") if k + 1 < len(marks) else len(para.text)
        items.append(RunInItem(marker=m["marker"], text=para.text[start:end].rstrip("；;"), span=ctx.span(para, start, end)))
    return items


def _fill_text(sections: list[Section], starts: list[int], body: list[Para]) -> None:
    """A section's text runs from its heading to the next heading of the same or a higher level."""
    for k, section in enumerate(sections):
        end = len(body)
        for j in range(k + 1, len(sections)):
            if sections[j].level <= section.level:
                end = starts[j]
                break
        rest = [p.text for p in body[starts[k] + 1 : end]]
        section.text = "\n".join([section.text, *rest]) if rest else section.text
