"""Typed records of a parsed reply. Their JSON keys are the public, stable output format."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass
class Span:
    """Where a value came from: character offsets into ``Reply.text`` and, for paged sources,
    the page(s) and a bounding box (x0, top, x1, bottom) on the first page."""

    start: int
    end: int
    page: int | None = None
    pages: list[int] | None = None
    bbox: tuple[float, float, float, float] | None = None


@dataclass
class ReplyWarning:
    """A problem noticed while parsing; the reply is still usable."""

    code: str
    message: str


Warning_ = ReplyWarning
"""The earlier name of :class:`ReplyWarning`."""


@dataclass
class Proposal:
    """The 建议/提案 this reply answers."""

    number: str | None = None
    numbers: list[str] = field(default_factory=list)
    session: str | None = None
    title: str | None = None
    body: str | None = None
    """'cppcc' (政协) or 'congress' (人大) when the document says which body it was filed at."""
    kind: str | None = None
    """The word the document uses: 提案, 建议, 议案, 意见."""


@dataclass
class Addressee:
    """Who the reply is addressed to."""

    names: list[str] = field(default_factory=list)
    role: str | None = None
    count: int | None = None
    organization: str | None = None
    honorific: str | None = None
    greeting: str | None = None
    delegation: str | None = None
    """The 代表团 printed before the names (城关代表团马德林代表)."""
    text: str | None = None


@dataclass
class Official:
    """A leader named in the document (签发人, 承办负责人, 分管领导, 审签): not a contact."""

    role: str
    name: str


@dataclass
class Contact:
    """The contact block: organising units, contact people and phone numbers."""

    organizer: str | None = None
    co_organizers: list[str] = field(default_factory=list)
    person: list[str] = field(default_factory=list)
    phone: list[str] = field(default_factory=list)
    department: str | None = None
    officials: list[Official] = field(default_factory=list)
    fax: str | None = None
    postcode: str | None = None
    address: str | None = None
    email: str | None = None


@dataclass
class CopyRecipient:
    """One 抄送/抄报 recipient."""

    name: str
    copies: int | None = None
    kind: str = "抄送"


@dataclass
class Printing:
    """The 印发 line of the 版记."""

    office: str | None = None
    date: str | None = None


@dataclass
class RunInItem:
    """An item of a run-in enumeration (一是…二是…) inside a paragraph."""

    marker: str
    text: str
    span: Span | None = None


@dataclass
class Section:
    """A numbered heading of the body and the text it governs."""

    level: int
    number: str
    heading: str
    marker: str
    text: str
    index: int = 0
    parent: int | None = None
    path: list[str] = field(default_factory=list)
    items: list[RunInItem] = field(default_factory=list)
    span: Span | None = None


@dataclass
class Deadline:
    """A time limit attached to a commitment."""

    text: str
    date: str | None = None
    """ISO date the deadline resolves to (end of the period), when the reply date allows."""


@dataclass
class Commitment:
    """A statement of future action by the replying body."""

    text: str
    marker: str | None = None
    strength: str = "firm"
    """'done' (已…), 'firm' (将/确保), 'planned' (计划/拟/力争/预计), 'vague' (积极/研究/适时/争取)."""
    section: int | None = None
    section_path: list[str] = field(default_factory=list)
    deadline: Deadline | None = None
    kind: str = "passage"
    """'passage' (opened by a marker, to the end of its paragraph) or 'sentence'."""
    span: Span | None = None


@dataclass
class Paragraph:
    """A rebuilt paragraph and the block it belongs to."""

    text: str
    block: str
    span: Span | None = None
    items: list[RunInItem] = field(default_factory=list)
    """Run-in enumeration (一是…二是…) inside the paragraph."""


@dataclass
class Source:
    """What was read and how."""

    path: str | None = None
    format: str | None = None
    encoding: str | None = None
    sha256: str | None = None
    size: int | None = None
    pages: int | None = None
    methods: list[str] = field(default_factory=list)
    engine: str | None = None
    page_info: list[dict[str, Any]] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reply:
    """A parsed reply. ``to_dict()`` gives the documented JSON; see ``govdoc schema``."""

    title: str | None = None
    doc_type: str = "other"
    is_reply: bool = True
    """False when the document is not a reply to a 建议/提案 (a report, notice, news item, proposal text,
    an answer to a citizen's message …); ``is_reply_reason`` says why, either way."""
    is_reply_reason: str = ""
    doc_number: str | None = None
    signer: str | None = None
    proposal: Proposal = field(default_factory=Proposal)
    addressee: Addressee = field(default_factory=Addressee)
    issuer: str | None = None
    date: str | None = None
    date_text: str | None = None
    response_category: str | None = None
    disclosure: str | None = None
    contact: Contact = field(default_factory=Contact)
    cc: list[CopyRecipient] = field(default_factory=list)
    printing: Printing = field(default_factory=Printing)
    attachments: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    closing: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    provenance: dict[str, Span] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    """Field path → calibrated probability that the value is right (``sections[i]``, ``commitments[i]`` too)."""
    warnings: list[ReplyWarning] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    text: str = ""
    schema_version: str = SCHEMA_VERSION

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """The reply as plain JSON-ready data (stable keys)."""
        data = _plain(self)
        if not include_text:
            data.pop("text", None)
        return data

    def to_json(self, *, indent: int | None = 2, include_text: bool = True) -> str:
        """The reply as a JSON string (UTF-8 characters kept as such)."""
        return json.dumps(self.to_dict(include_text=include_text), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reply:
        """A Reply from its JSON dict: ``Reply.from_dict(r.to_dict()) == r``."""
        from govdoc_nlp.model.serialize import reply_from_dict

        return reply_from_dict(data)

    @classmethod
    def from_json(cls, text: str) -> Reply:
        """A Reply from a JSON string."""
        return cls.from_dict(json.loads(text))

    @property
    def min_confidence(self) -> float | None:
        """The lowest confidence of any contract field (not items), or None before it is computed."""
        values = [v for k, v in self.confidence.items() if "[" not in k]
        return min(values) if values else None

    def warn(self, code: str, message: str) -> None:
        """Record a warning."""
        self.warnings.append(ReplyWarning(code, message))

    def _summary(self) -> list[tuple[str, Any]]:
        p = self.proposal
        return [
            ("title", self.title),
            ("is_reply", self.is_reply),
            ("doc_type", self.doc_type),
            ("proposal", " ".join(x for x in (p.session, p.number and f"第{p.number}号", p.kind) if x) or None),
            ("addressee", "、".join(self.addressee.names) + (self.addressee.role or "") or self.addressee.organization),
            ("issuer", self.issuer),
            ("date", self.date),
            ("sections", len(self.sections)),
            ("commitments", len(self.commitments)),
            ("warnings", [w.code for w in self.warnings]),
            ("source", self.source.path or self.source.format),
        ]

    def __repr__(self) -> str:
        """A one-line summary (the full content is in ``to_dict()``)."""
        parts = []
        for name, value in self._summary():
            if isinstance(value, str) and len(value) > 40:
                value = value[:39] + "…"
            parts.append(f"{name}={value!r}")
        return f"Reply({', '.join(parts)})"

    def _repr_html_(self) -> str:
        """A small table for notebooks."""
        from html import escape

        rows = "".join(
            f"<tr><th style='text-align:left'>{name}</th><td style='text-align:left'>{escape(str(value) if value is not None else '—')}</td></tr>"
            for name, value in self._summary()
        )
        return f"<table class='govdoc-reply'>{rows}</table>"


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
