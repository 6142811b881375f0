"""The 版记 at the foot of the letter: 抄送/抄报 recipients, the 印发 line, and attachments."""

from __future__ import annotations

import regex

from govdoc_nlp.clean.joined import whitespace_gaps
from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.dates import find_dates
from govdoc_nlp.model import CopyRecipient
from govdoc_nlp.patterns import compiled as rx

_ITEM_SPLIT = regex.compile(r"[，,、；;]|(?<=[（(]\s?\d{1,3}\s?份\s?[)）])(?![，,、；;。])|(?<=\p{Han}\d{1,3}份)(?=\p{Han})")
_COUNT = regex.compile(
    r"[（(]\s?(?P<n>\d{1,3})\s?份?\s?[)）]$|[（(]\s?(?P<n3>\d{1,3})\s?份\s?[)）]|\s(?P<n2>\d{1,3})\s?份$|(?<=\p{Han})各?(?P<n4>\d{1,3})份$"
)
"""How many copies a recipient gets: （2份）, 2份 after a space or glued to the name, or a bare （2） ending the name."""
_REMARK = regex.compile(r"\s?[（(](?=[^（）()]*(?:涉及|一并|抄送|备案|供参考|参阅))[^（）()]{4,40}[)）]$")
"""A remark after a recipient (县政府督查室（涉及协办单位的一并抄送）): not part of its name."""
_PRINT = regex.compile(r"^(?P<office>.+?)\s?(?P<date>\d{4}\s?年.{1,12}?日|[〇○零一二三四五六七八九十0]{4}年.{1,10}?日)\s?印\s?[发發]\s?$")


_CONTACT_AFTER = regex.compile(r"\s?(?:" + rx.PERSON_LABEL.pattern + r"|联系电话|联系方式)\s?[:：]")
_PARTY_COMMITTEE = regex.compile(r"^[省市县区州旗盟镇乡]委$")
_GOVERNMENT_OFFICE = regex.compile(r"^[省市县区州旗盟镇乡](?:人民)?政府\p{Han}+")


def _joint_bodies(items: list[str]) -> list[str]:
    """``市委、市政府督查局`` is one office of both, not 市委 and 市政府督查局."""
    out: list[str] = []
    for item in items:
        if out and _PARTY_COMMITTEE.match(out[-1].strip()) and _GOVERNMENT_OFFICE.match(item.strip()):
            out[-1] = out[-1].strip() + "、" + item.strip()
        else:
            out.append(item)
    return out


_BODY = regex.compile(r"\p{Han}{3,24}")


def _spaced_apart(ctx: Context, para, start: int, value: str) -> str:
    """The recipients with a 、 where only a space parted two bodies (抄送：市政协提案委 市政府督查室)."""
    cuts = [a - start for a, _ in whitespace_gaps(para.mapped, ctx.loaded.text) if start < a < start + len(value)]
    for cut in reversed(cuts):
        left = _COUNT.sub("", _ITEM_SPLIT.split(value[:cut])[-1].strip())
        right = _COUNT.sub("", _ITEM_SPLIT.split(value[cut:])[0].strip(" 。."))
        if _BODY.fullmatch(left) and _BODY.fullmatch(right) and (rx.ORG_LINE.match(left) or rx.ORG_LINE.match(right)):
            value = value[:cut] + "、" + value[cut:].lstrip()
    return value


def extract_colophon(ctx: Context) -> None:
    """Fill cc, printing and attachments."""
    reply = ctx.reply
    for para in ctx.seg.paras:
        if para.block == "colophon":
            text = para.text
            m = rx.COPY_LINE.match(text)
            if m:
                kind = regex.sub(r"\s", "", m["kind"])
                value = m["v"]
                contact = _CONTACT_AFTER.search(value)
                value = value[: contact.start()] if contact else value  # 抄送:X 经办人:Y 联系电话:N on one line
                for item in _joint_bodies(_ITEM_SPLIT.split(_spaced_apart(ctx, para, m.start("v"), value))):
                    item = item.strip(" 。.")
                    if not item:
                        continue
                    c = _COUNT.search(item)
                    copies = int(c["n"] or c["n2"] or c["n3"] or c["n4"]) if c else None
                    name = _REMARK.sub("", _COUNT.sub("", item)).strip(" 。.")
                    if name:
                        reply.cc.append(CopyRecipient(name=name, copies=copies, kind=kind))
                continue
            p = _PRINT.match(text)
            if p:
                reply.printing.office = p["office"].strip()
                dates = find_dates(p["date"])
                reply.printing.date = dates[0].iso if dates else None
        elif para.block == "attachment":
            a = rx.ATTACHMENT.match(para.text)
            if a and a["v"].strip():
                reply.attachments.append(a["v"].strip())
