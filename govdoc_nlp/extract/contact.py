"""The contact block (主办/承办单位, 联系人, 电话 …) and the officials named beside it."""

from __future__ import annotations

import regex

from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.form import handled_by
from govdoc_nlp.model import Official
from govdoc_nlp.patterns import compiled as rx
from govdoc_nlp.patterns import lexicon as lx

_PERSON_WORD = r"(?:联\s?系\s?人|聯\s?[系繫]\s?人|承\s?办\s?人|承辦人|经\s?办\s?人|經辦人|办理人|辦理人)"
_PHONE_WORD = r"(?:联系)?(?:电\s?话|電\s?話|方式|手机|手機)"
COMPOSITE_PERSON_PHONE = rf"{_PERSON_WORD}(?:姓名)?\s?(?:及|和|与|與|、|/)\s?(?:联系|聯系|聯繫|聯係)?(?:电\s?话|電\s?話|方式|手机|手機)"
COMPOSITE_UNIT_PERSON_PHONE = r"联系(?:科室|处室|单位)[、及和]\s?(?:人员|联系人)[、及和]\s?电话|聯系(?:科室|處室|單位)[、及和](?:人員)[、及和]電話"
COMPOSITE_UNIT_PHONE = r"(?:联系|聯系|聯繫|承办|承辦|主办|主辦)(?:单位|單位|科室|处室|股室)\s?(?:及|和|、)\s?(?:联系)?(?:电话|電話)"
COMPOSITE_UNIT_PERSON = r"(?:联系|聯系|承办|承辦|主办|主辦)(?:单位|單位)\s?(?:及|和|、)\s?(?:联系人|聯系人|承办人|承辦人|经办人|經辦人)(?![及和、]\s?(?:联系)?电话)"
_SINGLE = sorted(set(lx.CONTACT_LABELS) | set(lx.OFFICIAL_LABELS) | {"联系人姓名", "聯系人姓名"}, key=len, reverse=True)
_LABEL_HEAD = rf"(?P<label>{COMPOSITE_UNIT_PERSON_PHONE}|{COMPOSITE_UNIT_PERSON}|{COMPOSITE_UNIT_PHONE}|{COMPOSITE_PERSON_PHONE}|"
_LABEL_TAIL = r")(?:姓名|签字|簽字|签名|簽名)?(?:[、及和/]\s?(?:职务|職務))?\s?[:：;；]?"
LABEL = regex.compile(_LABEL_HEAD + "|".join(map(regex.escape, _SINGLE)) + _LABEL_TAIL)
"""A label, with or without its colon (a contact table's cells are read as ``承办单位 XX股``)."""
SPACED_LABEL = rx.Lazy(_LABEL_HEAD + "|".join(rx.spaced(w) for w in _SINGLE) + _LABEL_TAIL)
"""The same, its characters perhaps spaced out to a form's width (联 系 人：): for lines that have such spaces."""
_SPACED_CHARS = regex.compile(r"\p{Han}\s\p{Han}")
_PHONE_TO_CALL = regex.compile(r"(?<=联系[，,]\s?(?:联系)?电话\s?[:：]?\s?)" + rx.PHONE.pattern)
"""A phone the letter asks the proposer to call (…请与我局XX股联系，电话：…)."""
_CLOSING_PHONE = regex.compile(r"(?<=(?:电话|電話)\s?[:：]?\s?)" + rx.PHONE.pattern)
_SEPARATORS = " ，,、；;。．.（）()"
_PLACE_END = regex.compile(r"^\p{Han}{1,6}[省市县縣区區州旗镇鎮乡鄉]$")
_ORG_TAIL = regex.compile(r"(?:处|科|室|局|股|办|中心|队|所|站|部|委|院|厅|司|组)$")
_DIGIT_RUN = regex.compile(r"(?<!\d)\d[\d\-—–]{5,14}\d(?!\d)")
_NAME = regex.compile(r"^\p{Han}{2,4}(?:[（(][大小][)）])?$|^\p{Han}{1,8}(?:[·•]\p{Han}{1,8}){1,3}$|^\p{Han}{1,3}\*{1,3}$|^\p{Han}\*{1,2}\p{Han}$")
_FORM_PERSON = regex.compile(rf"^{_PERSON_WORD}|^主\s?[办辦]\s?人\s?[:：]")
"""A handling form's contact line above the letter (主办人：…)."""
_LABEL_AFTER_COPY = regex.compile(r"(?<=.)(?:联系单位|联系人|联系电话|承办单位|主办单位)\s?[:：]")
"""A contact label printed after the copy list on its line (抄 报:A B 联系单位: X)."""
_SITE_HOST = regex.compile(r"(?:人民政府办公室|人民政府办公厅|政府办公室|人民政府辦公室|政府辦公室)$")
_SPACED_NAME = regex.compile(r"^\p{Han}(?:[ \u3000]+\p{Han}){1,2}$")
"""A name spaced out to fill a form's cell (布  音, 张 小 明)."""
_OFFICIAL_PHONE = frozenset({"phone"})


def extract_contact(ctx: Context) -> None:
    """Fill reply.contact from contact-block paragraphs of the tail."""
    contact = ctx.reply.contact
    paras = [p for p in ctx.seg.head if _FORM_PERSON.match(p.text)] + [
        p for p in ctx.seg.paras if p.block == "contact" or (p.block == "colophon" and _LABEL_AFTER_COPY.search(p.text))
    ]
    previous = None
    for para in paras:
        text = para.text
        labels = list((SPACED_LABEL if _SPACED_CHARS.search(text) else LABEL).finditer(text))
        damaged = rx.DAMAGED_PERSON_LINE.match(text)
        if damaged and not labels:
            contact.person.append(damaged["name"])
            continue
        if not labels:
            if previous == "organizer" and contact.organizer and _PLACE_END.search(contact.organizer) and rx.ORG_LINE.match(text):
                contact.organizer += text  # 联系单位：溪浦区 / 园林绿化服务中心
            elif previous != "official":
                contact.phone.extend(_phones(text))
            continue
        for k, m in enumerate(labels):
            end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
            value = _strip_value(text[m.end() : end])
            label = regex.sub(r"\s", "", m["label"])
            kind = "official" if label in lx.OFFICIAL_LABELS else lx.CONTACT_LABELS.get(label)
            if kind == "post":
                continue
            if kind == "phone" and previous == "official":
                continue  # the phone line under a 主管领导/分管领导 is the official's
            _assign(ctx, para, label, value, m.end())
            previous = kind
    if contact.organizer is None:
        contact.organizer = _organizer_in_head(ctx)
    if contact.organizer is None:
        _handled_by_line(ctx)
    for para in ctx.seg.paras:
        if para.block == "closing":
            contact.phone.extend(m.group() for m in _CLOSING_PHONE.finditer(para.text))
        elif para.block == "body":
            contact.phone.extend(m.group() for m in _PHONE_TO_CALL.finditer(para.text))
    _dedupe(contact.person)
    _dedupe(contact.phone)


def _assign(ctx: Context, para, label: str, value: str, offset: int) -> None:
    contact = ctx.reply.contact
    if not value:
        return
    if label in lx.OFFICIAL_LABELS:
        name = _first_name(value)
        if name:
            contact.officials.append(Official(role=label, name=name))
            if label in ("签发人", "簽發人") and ctx.reply.signer is None:
                ctx.reply.signer = name
        return
    if regex.fullmatch(COMPOSITE_UNIT_PHONE, label) or regex.fullmatch(COMPOSITE_UNIT_PERSON_PHONE, label):
        phones = _phones(value)
        rest = _without_phones(value)
        if "单位" in label or "單位" in label:
            unit, person = _unit_and_person(rest.strip(_SEPARATORS))
            unit = _balanced(unit, value)
            if unit and contact.organizer is None:
                contact.organizer = unit
            contact.person.extend(_names(person, ctx))
        elif regex.search(r"股室|科室|处室", label) and not _SEPARATOR_IN.search(rest.strip(_SEPARATORS)):
            unit, person = _unit_and_person(rest.strip(_SEPARATORS))  # 承办股室及电话：农机股韩子墨…: the unit is the department
            contact.department = contact.department or (unit if person else None)
            contact.person.extend(_names(person or rest, ctx))
        else:
            contact.person.extend(_names(rest, ctx))
        contact.phone.extend(phones)
        return
    if regex.fullmatch(COMPOSITE_UNIT_PERSON, label):  # 联系单位及联系人：XX局     张三
        unit, person = _unit_and_person(_without_phones(value).strip(_SEPARATORS))
        if unit and contact.organizer is None:
            contact.organizer = _balanced(unit, value)
        contact.person.extend(_names(person, ctx))
        contact.phone.extend(_phones(value))
        return
    if regex.fullmatch(COMPOSITE_PERSON_PHONE, label):
        contact.phone.extend(_phones(value))
        contact.person.extend(_names(_without_phones(value), ctx))
        return
    kind = lx.CONTACT_LABELS.get(label) or ("person" if label in ("联系人姓名", "聯系人姓名") else None)
    if kind == "organizer":
        org = _without_phones(value).strip(_SEPARATORS)
        org, person = _unit_and_person(org)
        if not person and _NAME.match(org) and not rx.ORG_LINE.match(org) and not _PLACE_END.search(org):
            org, person = "", org  # 联系单位：秦惠兰: a person under the unit's label
        contact.person.extend([person] if person else [])
        if _SITE_HOST.search(org) and ctx.reply.issuer and not rx.is_subsequence(ctx.reply.issuer, org):
            return  # 主办单位：XX市人民政府办公室 under a bureau's letter: the web site's host, in its footer
        if contact.organizer is None and org:
            contact.organizer = org
            ctx.record("contact.organizer", para, offset, offset + len(org))
        contact.phone.extend(_phones(value))
    elif kind == "co_organizer":
        contact.co_organizers.extend(t for t in regex.split(r"[，,、；;\s]+", value) if t)
    elif kind == "person":
        contact.phone.extend(_phones(value))
        contact.person.extend(_names(_without_phones(value), ctx))
    elif kind == "phone":
        contact.phone.extend(_phones(value))
    elif kind == "department":
        contact.department = value
    elif kind in ("fax", "postcode", "address", "email") and getattr(contact, kind) is None:
        setattr(contact, kind, value)


_UNIT_THEN_NAME = regex.compile(
    r"^(?P<unit>\p{Han}[\p{Han}（）()]*?" + _ORG_TAIL.pattern.rstrip("$") + r")"
    r"(?P<name>(?!\p{Han}*(?:" + _ORG_TAIL.pattern.rstrip("$") + "|" + rx.alternation(lx.POST_ENDINGS) + r")$)\p{Han}{2,4})$"
)


def _unit_and_person(value: str) -> tuple[str, str]:
    """A unit and its contact person in one value (县文化和旅游局 邵明川), also when the space
    between them was lost (县文化和旅游局邵明川)."""
    unit, _, person = value.partition(" ")
    if person:
        return unit, person
    if rx.ORG_LINE.match(value):
        return value, ""  # 霁川市卫生健康委员会 is one body, not 卫生健康委 and 员会
    m = _UNIT_THEN_NAME.match(value)
    return (m["unit"], m["name"]) if m else (value, "")


_INLINE_PERSON = regex.compile(rf"{_PERSON_WORD}\s?[:：]?\s?(?P<name>\p{{Han}}{{2,4}}?)(?=[，,；;。\s]|(?:联系)?电话|$)")


def _handled_by_line(ctx: Context) -> None:
    """A sentence that names the handling body and its contact (此件由X办理，联系人Y，电话N。): the
    contact block of a letter that prints none."""
    contact = ctx.reply.contact
    handled = handled_by(ctx)
    if handled is None:
        return
    para, m = handled
    rest = para.text[m.end() : m.end() + 60]
    person = _INLINE_PERSON.search(rest)
    phones = _phones(rest) if person or regex.search(r"电\s?话", rest) else []
    if person or phones:  # a contact sentence; without one, the line only names the replier
        contact.organizer = m["org"]
        ctx.record("contact.organizer", para, m.start("org"), m.end("org"))
        contact.person.extend([person["name"]] if person else [])
        contact.phone.extend(phones)


_SEPARATOR_IN = regex.compile(r"[，,、；;\s]")
_HEAD_ORGANIZER = regex.compile(r"^(?:主要)?(?:主办单位|主辦單位|承办单位|承辦單位)\s?[:：]\s?(?P<org>\p{Han}[\p{Han}（）()·]{1,30})$")


def _organizer_in_head(ctx: Context) -> str | None:
    """A handling form's 主办单位/承办单位 field above the letter (建议办理单)."""
    for para in ctx.seg.head:
        m = _HEAD_ORGANIZER.match(para.text)
        if m and rx.ORG_LINE.match(m["org"]):
            return m["org"]
    return None


def _balanced(unit: str, raw: str) -> str:
    """A unit whose closing bracket the strip took (市住建局(市人防办)) gets it back."""
    for left, right in (("(", ")"), ("（", "）")):
        if unit.count(left) > unit.count(right) and right in raw[raw.find(unit) + len(unit) :][:2]:
            unit += right
    return unit


def _phones(text: str) -> list[str]:
    found = [m.group().strip() for m in rx.PHONE.finditer(text)]
    if not found:
        found = [m.group() for m in _DIGIT_RUN.finditer(text)]
    return found


def _without_phones(text: str) -> str:
    return _strip_value(rx.PHONE.sub(" ", text))


def _strip_value(text: str) -> str:
    """A label's value without the separators around it; a bracket it opened keeps its close
    (刘毅(小))."""
    return _balanced(text.strip(_SEPARATORS + "\u3000"), text)


def _names(value: str, ctx: Context) -> list[str]:
    if _SPACED_NAME.match(value):
        value = regex.sub(r"\s", "", value)
    out = []
    for token in regex.split(r"[，,、；;\s/]+", value):
        if token.endswith((":", "：")):
            continue  # the next label (附件：) after the contact's value
        if not _NAME.match(token):
            token = token.strip(_SEPARATORS + "：:")
        if not token:
            continue
        if token.startswith(lx.CHROME_LINE_STARTS):
            continue  # 扫一扫, 打印 glued after the contact line
        if _NAME.match(token) and not _ORG_TAIL.search(token):
            out.append(token)
        elif ctx.reply.contact.department is None and _ORG_TAIL.search(token):
            ctx.reply.contact.department = token
        else:
            unit, person = _unit_and_person(token)
            if person:  # 澄溪县人民政府办公室欧阳雨桐: the office, then its contact
                ctx.reply.contact.department = ctx.reply.contact.department or unit
                out.append(person)
    return out


def _first_name(value: str) -> str | None:
    for token in regex.split(r"[，,、；;\s]+", value):
        token = token.strip(_SEPARATORS)
        if token:
            return token
    return None


def _dedupe(items: list[str]) -> None:
    seen: set[str] = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    items[:] = out
