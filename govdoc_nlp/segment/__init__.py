"""Segment: cut the paragraphs of a reply into blocks (head, addressee, opening, body, closing,
signature, date, contact, 版记 colophon, attachments, trailer)."""

from __future__ import annotations

import regex

from govdoc_nlp.clean import CleanDocument, MappedText, RawParagraph
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.segment.blocks import Para, Segments

_MAX_ADDRESSEE_SEARCH = 14
"""Paragraphs searched for the addressee; menu items and widgets of a flattened page (a few
characters each) do not count."""
_SHORT_HEAD_ITEM = 8
_LABEL_VALUE = regex.compile(r"^\p{Han}{1,8}\s?[:：]")
"""A ``label:value`` line after the letter's date (a damaged contact label: ``人姓名:…``)."""
_LABEL_LINE_MAX = 60
_ADDRESSEE_MAX_LEN = 90


def segment(doc: CleanDocument) -> Segments:
    """Assign every paragraph to a block."""
    raw = _join_broken_particles(_join_wrapped_addressee(_split_head_lines(doc.paragraphs)))
    paras = [Para(i, p.text, p.pages, p.lines, p.role) for i, p in enumerate(raw)]
    seg = Segments(paras)
    if not paras:
        return seg
    addr, addr_end = find_addressee(paras)
    seg.addressee, seg.addressee_end = addr, addr_end
    body_start = _body_start(paras, addr, addr_end)
    for p in paras[:body_start]:
        p.block = "head"
    if addr is not None:
        paras[addr].block = "addressee"
    tail_start = _tail_start(paras, body_start)
    _footer_after_signed_date(paras, tail_start)
    seg.body_start, seg.body_end = body_start, tail_start
    for p in paras[body_start:tail_start]:
        p.block = "body"
    opening = _opening(paras, body_start, tail_start, addr, addr_end)
    if opening is not None:
        seg.opening = opening
        paras[opening].block = "opening" if paras[opening].block == "body" else paras[opening].block
    return seg


_HEAD_LINE_MAX = 45


def _split_head_lines(paragraphs: list[RawParagraph]) -> list[RawParagraph]:
    """Before the letter's first long paragraph, keep every printed line apart: a layout may set
    the 文号, the category and the title lines as one block, and the head is read line by line."""
    out: list[RawParagraph] = []
    for k, p in enumerate(paragraphs):
        t = p.text.text
        first = p.parts[0].text.text if p.parts else t
        if (
            k >= _MAX_ADDRESSEE_SEARCH
            or rx.OPENING_CUE.search(t[:200])
            or rx.ADDRESSEE.match(first)
            or rx.ADDRESSEE.match(t)
            or rx.GENERIC_ADDRESSEE.match(first)
            or rx.ORG_ADDRESSEE.match(t)
            or (len(t) > _PROSE_MIN and "。" in t)
        ):
            return out + paragraphs[k:]  # (prose: a form's answer under its 办理回复: row, no salutation)
        if len(p.parts) > 1 and all(len(ln.text.text) <= _HEAD_LINE_MAX for ln in p.parts):
            out.extend(RawParagraph(ln.text, [ln.index], [ln.page] if ln.page else [], ln.role, parts=[ln]) for ln in p.parts)
        else:
            out.append(p)
    return out


_THANKS = ("感谢", "感謝", "谢谢", "謝謝", "衷心感谢", "再次感谢", "此复", "特此")
_PROSE_MIN = 60
_WRAPPED_ADDRESSEE_LINES = 4


def _join_wrapped_addressee(paragraphs: list[RawParagraph]) -> list[RawParagraph]:
    """A list of names that a page's margin broke over lines (``李辉忠、…、张文`` / ``刚、…谢蓉代表:``) is
    one addressee again: the lines join into a salutation that ends with its role and colon, and the
    first line alone is none."""
    out = list(paragraphs)
    for i in range(min(len(out), _MAX_ADDRESSEE_SEARCH)):
        first = out[i].text.text
        if not _NAME_LIST.search(first) or first[-1] in _ENDS_A_LINE or len(first) > _HEAD_LINE_MAX or rx.ADDRESSEE.match(first):
            continue
        for j in range(i + 2, min(len(out), i + _WRAPPED_ADDRESSEE_LINES) + 1):
            group = out[i:j]
            if any(len(p.text.text) > _HEAD_LINE_MAX or p.text.text[-1] in _ENDS_A_LINE for p in group[:-1]):
                break
            joined = MappedText.join(p.text for p in group)
            m = rx.ADDRESSEE.match(joined.text)
            if m and m.end() == len(joined.text) and m["end"] in ("：", ":") and _names_plausible(m["names"]):
                pages = [pg for p in group for pg in p.pages]
                out[i:j] = [RawParagraph(
                    joined, [n for p in group for n in p.lines], list(dict.fromkeys(pages)), group[0].role,
                    wrapped=True, parts=[ln for p in group for ln in p.parts],
                )]
                return out
    return out


_ENDS_A_LINE = frozenset("。！？!?：:；;")
_PARTICLE_START = regex.compile(r"^的(?!确)")
"""A line no sentence starts with (的第27号建议，…): the line above broke before it."""


def _join_broken_particles(paragraphs: list[RawParagraph]) -> list[RawParagraph]:
    """A paragraph that starts with 的 continues the one above (…提出的“…” / 的第27号建议，现答复如下：)
    when that one does not end a sentence."""
    out: list[RawParagraph] = []
    for p in paragraphs:
        above = out[-1].text.text if out else ""
        if above and above[-1] not in _ENDS_A_LINE and _PARTICLE_START.match(p.text.text) and len(above) <= _PARTICLE_ABOVE_MAX:
            q = out[-1]
            out[-1] = RawParagraph(
                MappedText.join([q.text, p.text]), [*q.lines, *p.lines], list(dict.fromkeys([*q.pages, *p.pages])), q.role,
                wrapped=True, parts=[*q.parts, *p.parts],
            )
        else:
            out.append(p)
    return out


_PARTICLE_ABOVE_MAX = 200
_NAME_LIST = regex.compile(r"^\p{Han}{2,4}(?:[、，,]\s?\p{Han}{2,4}){2,}")


def find_addressee(paras: list[Para]) -> tuple[int | None, int | None]:
    """Index of the addressee paragraph, and where the addressee ends when it is fused with the
    opening sentence (else None)."""
    limit = _search_limit(paras)
    for i in range(limit):
        text = paras[i].text
        if i > 0 and _looks_like_body(text) and not rx.ADDRESSEE.match(text):
            break
        m = rx.ADDRESSEE.match(text)
        if m and _names_plausible(m.group("names")):
            if m.end() >= len(text) or (m.group("end") in ("：", ":") and len(text) > m.end()):
                if m.end() >= len(text) and len(text) > _ADDRESSEE_MAX_LEN:
                    continue
                return i, (m.end() if m.end() < len(text) else None)
        g = rx.GENERIC_ADDRESSEE.match(text)
        if g and (g.end() >= len(text) or g["end"] in ("：", ":")):
            return i, (g.end() if g.end() < len(text) else None)
        if (
            len(text) <= 40
            and (rx.body_addressee(text) or rx.blank_name_role(text))
            and i + 1 < len(paras)
            and rx.OPENING_CUE.search(paras[i + 1].text[:120])
            and not rx.ADDRESSEE.match(paras[i + 1].text)  # (a site's owner above the real salutation)
        ):
            return i, None  # a body (市教育局：, or without its colon), or a role whose name was left blank (委员)
    for i in range(limit):
        m = rx.ADDRESSEE_RUN_ON.match(paras[i].text)
        if m and _names_plausible(m["names"]) and rx.OPENING_CUE.search(paras[i].text[:200]):
            return i, m.end()
        if _looks_like_body(paras[i].text):
            break
    return None, None


def _search_limit(paras: list[Para]) -> int:
    """How many paragraphs from the start hold ``_MAX_ADDRESSEE_SEARCH`` of more than a few characters."""
    counted = 0
    for i, p in enumerate(paras):
        if len(p.text) > _SHORT_HEAD_ITEM:
            counted += 1
            if counted >= _MAX_ADDRESSEE_SEARCH:
                return i + 1
    return len(paras)


def _names_plausible(names: str) -> bool:
    for whole in rx.NAME_SPLIT.split(names):
        for part in rx.split_glued_names(rx.ROLE_SUFFIX.sub("", whole)):
            if not _name_plausible(part):
                return False
    return True


def _name_plausible(part: str) -> bool:
    """Whether one part of a salutation's names can be a name (two to four characters, or a name
    with a middle dot, and no word of a sentence)."""
    if not part:
        return True
    if len(part) == 1:
        return rx.is_surname(part)
    if len(part) > 4 and "·" not in part and "•" not in part and "・" not in part:
        return False
    return not rx.NOT_A_NAME.search(part)


def _looks_like_body(text: str) -> bool:
    return len(text) > 60 and bool(rx.OPENING_CUE.search(text[:200])) and not rx.CONTENT_ROW.match(text)


def _body_start(paras: list[Para], addr: int | None, addr_end: int | None) -> int:
    if addr is not None:
        return addr if addr_end is not None else addr + 1
    for i, p in enumerate(paras[: _search_limit(paras)]):
        if rx.OPENING_CUE.search(p.text[:200]) and len(p.text) > 25:
            return i
    for i, p in enumerate(paras):
        if len(p.text) > 60:
            return i
    titles = [i for i, p in enumerate(paras[: _search_limit(paras)]) if len(p.text) <= 80 and rx.TITLE_END_WORD.search(p.text)]
    return titles[0] + 1 if titles else 0  # short lines only (a printed page): the body starts after the title


def _opening(paras: list[Para], start: int, end: int, addr: int | None, addr_end: int | None) -> int | None:
    if addr is not None and addr_end is not None:
        return addr
    for i in range(start, min(end, start + 3)):
        if rx.OPENING_CUE.search(paras[i].text[:300]):
            return i
    return None


def tail_kind(text: str) -> str | None:
    """Which tail block a paragraph belongs to, or None for body text."""
    if rx.TRAILER.match(text):
        return "trailer"
    if len(text) < 300 and rx.COLOPHON.search(text):
        return "colophon"
    if rx.ATTACHMENT.match(text):
        return "attachment"
    if rx.DAMAGED_PERSON_LINE.match(text):
        return "contact"
    if rx.CONTACT_LINE.match(text) and len(text) < 200 and ("：" in text or ":" in text or rx.PHONE.search(text) or len(text) <= 40):
        return "contact"
    if rx.date_line(text) is not None:
        return "date"
    if len(text) <= 40 and rx.PHONE.fullmatch(text.strip(" ，,；;。")):
        return "contact"  # the phone on its own line under 联系单位及电话：…
    if len(text) <= 42 and (rx.ORG_LINE.match(text) or rx.SITE_SIGNATURE.match(text)) and not text.startswith(_THANKS):
        return "signature"  # (not a closing cut after its first words: 感谢你们对政府)
    if rx.SIGNER_LINE.search(text) and len(text) < 60:
        return "contact"
    if rx.CATEGORY_LINE.match(text) or rx.DISCLOSURE_LINE.match(text):
        return "trailer"
    return None


def _tail_start(paras: list[Para], body_start: int) -> int:
    """Walk back from the end over tail paragraphs and closing formulas. When the walk stops on
    something that follows the letter (a web page's feedback form, related links, an editor's
    line), the letter's date anchors the end instead: the tail blocks right after it are kept and
    the rest is a trailer."""
    i = _walk_back(paras, len(paras), body_start)
    if any(p.block == "date" for p in paras[i:]):
        return i
    anchor = _letter_date(paras, body_start, i)
    if anchor is None:
        return i
    in_tail = True
    for p in paras[anchor + 1 :]:
        kind = tail_kind(p.text) or (
            "contact" if len(p.text) < _LABEL_LINE_MAX and _LABEL_VALUE.match(p.text) and not rx.FOOTER_WORD.search(p.text) else None
        )
        in_tail = in_tail and kind is not None
        p.block = kind if in_tail and kind else "trailer"
    return _walk_back(paras, anchor + 1, body_start)


def _footer_after_signed_date(paras: list[Para], tail_start: int) -> None:
    """Once the letter is signed and dated, a second body's name after the date opens the site's
    footer (``XX县人民政府 联系电话：…``): it and what follows are not the letter's."""
    signed = next(
        (k for k in range(max(tail_start, 1), len(paras)) if paras[k].block == "date" and paras[k - 1].block == "signature"),
        None,
    )
    if signed is None:
        return
    for k in range(signed + 1, len(paras)):
        if paras[k].block == "signature" and paras[k - 1].block == "contact" and _BARE_PLACE_END.search(paras[k - 1].text):
            paras[k].block = "contact"  # 联系单位：溪浦区 / 园林绿化服务中心: the value broken onto the next line
            continue
        if paras[k].block == "signature":
            for p in paras[k:]:
                p.block = "trailer"
            return


def _walk_back(paras: list[Para], end: int, body_start: int) -> int:
    i = end
    seen_tail = False
    while i > body_start + 1:
        text = paras[i - 1].text
        kind = tail_kind(text)
        if kind is not None:
            paras[i - 1].block = kind
            seen_tail = True
            i -= 1
            continue
        if rx.CLOSING.search(text) and len(text) < 160:
            paras[i - 1].block = "closing"
            i -= 1
            continue
        if not seen_tail and len(text) < 8:
            paras[i - 1].block = "trailer"
            i -= 1
            continue
        break
    return i


_BARE_PLACE_END = regex.compile(r"[:：]\s?\p{Han}{1,6}[省市县縣区區州旗镇鎮乡鄉]$")
"""A contact label whose value stops at a place's name (联系单位：溪浦区), its body on the next line."""
_CLOSING_REACH = 3
"""Paragraphs between a closing formula and the date it leads to (感谢… / 顺致 / 身体健康！ / date)."""


def _letter_date(paras: list[Para], body_start: int, end: int) -> int | None:
    """The letter's date line before ``end``: the first one next to a signature or a contact line,
    or up to three paragraphs after a closing formula (感谢… / 顺致 / 身体健康！), else the last one in
    the second half of the letter."""
    dates = [k for k in range(body_start + 1, end) if tail_kind(paras[k].text) == "date"]
    for k in dates:
        before = paras[k - 1].text
        after = paras[k + 1].text if k + 1 < len(paras) else ""
        if (
            tail_kind(before) in ("signature", "contact")
            or any(rx.CLOSING.search(p.text) and len(p.text) < 160 for p in paras[max(body_start + 1, k - _CLOSING_REACH) : k])
            or tail_kind(after) in ("signature", "contact", "colophon")
        ):
            return k
    late = [k for k in dates if k >= body_start + (end - body_start) // 2]
    return late[-1] if late else None


__all__ = ["Para", "Segments", "find_addressee", "segment", "tail_kind"]
