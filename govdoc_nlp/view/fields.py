"""Which stretches of ``Reply.text`` to highlight: one :class:`Mark` per extracted value, from the
reply's provenance, its sections and commitments; values the extractor recorded without a span
(contact people, phones…) are looked up in the text and flagged as located."""

from __future__ import annotations

import re
from dataclasses import dataclass

from govdoc_nlp.model import Reply, Span

# kind → (legend label, background, outline/box colour). Text on every background is INK; the
# backgrounds are light enough that INK keeps WCAG AA contrast (checked in tests/test_view_render.py).
INK = "#111827"
KINDS: dict[str, tuple[str, str, str]] = {
    "title": ("Title 标题", "#fde68a", "#b45309"),
    "doc_number": ("Doc number 文号", "#e9d5ff", "#7e22ce"),
    "number": ("Proposal number 提案号", "#fbcfe8", "#be185d"),
    "session": ("Session 会议届次", "#c7d2fe", "#4338ca"),
    "proposal_title": ("Proposal title 提案名", "#fed7aa", "#c2410c"),
    "addressee": ("Addressee 收文对象", "#bbf7d0", "#15803d"),
    "sec1": ("Section level 1 一、", "#bae6fd", "#0369a1"),
    "sec2": ("Section level 2 （一）", "#a5f3fc", "#0e7490"),
    "sec3": ("Section level 3+ 1.", "#dbeafe", "#1d4ed8"),
    "c_done": ("Commitment: done 已", "#d9f99d", "#4d7c0f"),
    "c_firm": ("Commitment: firm 将", "#fecaca", "#b91c1c"),
    "c_planned": ("Commitment: planned 计划/拟", "#ffedd5", "#c2410c"),
    "c_vague": ("Commitment: vague 积极/研究", "#e5e7eb", "#4b5563"),
    "deadline": ("Deadline 时限", "#fef9c3", "#a16207"),
    "contact": ("Contact 联系人/电话", "#99f6e4", "#0f766e"),
    "category": ("Category 答复类别", "#f5d0fe", "#a21caf"),
    "issuer": ("Issuer 答复单位", "#ddd6fe", "#6d28d9"),
    "date": ("Date 日期", "#fef08a", "#a16207"),
    "other": ("Other field", "#e2e8f0", "#475569"),
}

# provenance key → kind; keys not listed fall back on their first segment, then 'other'.
PROVENANCE_KINDS = {
    "title": "title",
    "doc_number": "doc_number",
    "proposal.number": "number",
    "proposal.numbers": "number",
    "proposal.session": "session",
    "proposal.title": "proposal_title",
    "addressee": "addressee",
    "issuer": "issuer",
    "date": "date",
    "response_category": "category",
    "category": "category",
    "contact": "contact",
    "signer": "issuer",
}

CATEGORY_LABEL = re.compile(r"(?:答复|办理|办复)?类别\s*[:：]?\s*[\[（(【]?\s*([A-DＡ-Ｄa-d])")
"""Where a document states its response category (答复类别：A)."""


@dataclass
class Mark:
    """One highlight: a field's value and where it sits in ``Reply.text`` (None: not found)."""

    id: str
    field: str
    kind: str
    value: str
    start: int | None = None
    end: int | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    located: bool = False
    """True when the span was found by searching the text (the extractor gave none)."""
    detail: str = ""

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None and self.end > self.start


def _get(reply: Reply, dotted: str) -> object:
    obj: object = reply
    for part in dotted.split("."):
        obj = getattr(obj, part, None) if not isinstance(obj, dict) else obj.get(part)
        if obj is None:
            return None
    return obj


def _value_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(_value_text(v) for v in value)
    if hasattr(value, "text") and isinstance(value.text, str):
        return value.text
    if hasattr(value, "names"):
        return "、".join(value.names)  # type: ignore[attr-defined]
    return str(value)


def _kind_of(key: str) -> str:
    if key in PROVENANCE_KINDS:
        return PROVENANCE_KINDS[key]
    head = key.split(".")[0]
    return PROVENANCE_KINDS.get(head, "other")


def locate(text: str, value: str, *, last: bool = True, lo: int = 0) -> tuple[int, int] | None:
    """Offsets of ``value`` in ``text`` allowing whitespace between its characters (the loaded
    text keeps line breaks and stray spaces); the last match from ``lo`` on when ``last``."""
    chars = [re.escape(c) for c in value if not c.isspace()]
    if not chars or len(chars) > 400:
        return None
    pattern = re.compile(r"\s*".join(chars))
    found = None
    for m in pattern.finditer(text, lo):
        found = (m.start(), m.end())
        if not last:
            break
    return found


def _span_fields(span: Span | None) -> dict:
    if span is None:
        return {}
    return {"start": span.start, "end": span.end, "page": span.page, "bbox": tuple(span.bbox) if span.bbox else None}


def build_marks(reply: Reply) -> list[Mark]:
    """Every highlight of ``reply``, in reading order of their fields (not of the text)."""
    marks: list[Mark] = []

    def add(field: str, kind: str, value: str, span: Span | None = None, **extra) -> Mark:
        m = Mark(id=f"h{len(marks)}", field=field, kind=kind, value=value, **_span_fields(span), **extra)
        marks.append(m)
        return m

    text = reply.text
    for key, span in reply.provenance.items():
        value = _value_text(_get(reply, key))
        detail = reply.date_text or "" if key == "date" else ""
        add(key, _kind_of(key), value, span, detail=detail)
    covered = set(reply.provenance)
    for key in ("title", "doc_number", "issuer", "date", "addressee"):
        if key not in covered and _get(reply, key):
            value = reply.date_text if key == "date" and reply.date_text else _value_text(_get(reply, key))
            _add_located(add, text, key, _kind_of(key), value)
    for i, sec in enumerate(reply.sections):
        kind = "sec1" if sec.level <= 1 else "sec2" if sec.level == 2 else "sec3"
        add(f"sections[{i}]", kind, f"{sec.marker}{sec.heading}", sec.span, detail=f"level {sec.level} · {' › '.join(sec.path)}")
    for i, com in enumerate(reply.commitments):
        kind = f"c_{com.strength}" if f"c_{com.strength}" in KINDS else "c_firm"
        deadline = com.deadline
        detail = f"{com.strength}" + (f" · deadline {deadline.text}" + (f" → {deadline.date}" if deadline.date else "") if deadline else "")
        add(f"commitments[{i}]", kind, com.text, com.span, detail=detail)
        if deadline and com.span is not None:
            where = locate(text[com.span.start : com.span.end], deadline.text, last=False)
            if where:
                add(f"commitments[{i}].deadline", "deadline", deadline.text, Span(com.span.start + where[0], com.span.start + where[1]),
                    detail=deadline.date or "")
    contact = reply.contact
    contact_values: list[tuple[str, str]] = [
        *(("contact.person", p) for p in contact.person),
        *(("contact.phone", p) for p in contact.phone),
        *((f"contact.{k}", getattr(contact, k)) for k in ("organizer", "department", "fax", "postcode", "address", "email")),
    ]
    for key, value in contact_values:
        if value and key not in covered:
            _add_located(add, text, key, "contact", value)
    if reply.response_category and "response_category" not in covered:
        m = CATEGORY_LABEL.search(text)
        if m and m.group(1).upper() == reply.response_category.upper()[:1]:
            add("response_category", "category", reply.response_category, Span(m.start(), m.end()), located=True)
        else:
            add("response_category", "category", reply.response_category)
    return marks


def _add_located(add, text: str, key: str, kind: str, value: str) -> None:
    where = locate(text, value)
    if where:
        add(key, kind, value, Span(*where), located=True)
    else:
        add(key, kind, value)
