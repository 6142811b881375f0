"""JSON Schema (draft 2020-12) of a parsed reply, generated from the typed records."""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from govdoc_nlp.model import records

DESCRIPTIONS: dict[str, str] = {
    "Reply.title": "The document's title, line breaks and stray spaces removed.",
    "Reply.doc_type": "proposal_reply (政协提案), suggestion_reply (人大代表建议/议案/批评和意见) or other.",
    "Reply.is_reply": "False when the document is not a reply to a 建议/提案 (report, notice, news, proposal text, answer to a citizen).",
    "Reply.is_reply_reason": "Why the document was (or was not) taken for a reply: the forms and references found.",
    "Reply.doc_number": "发文字号 as printed, e.g. 信教体函〔2022〕57号.",
    "Reply.signer": "签发人 (an official, not a contact).",
    "Reply.issuer": "The replying body (signature / 发文机关署名).",
    "Reply.date": "成文日期 as an ISO date YYYY-MM-DD; null when incomplete.",
    "Reply.date_text": "The date as printed.",
    "Reply.response_category": "The 答复类别 the reply states, without 类: A, B, C, D, B1.",
    "Reply.disclosure": "Disclosure tag as printed: 同意公开, 主动公开, 不予公开 …",
    "Reply.cc": "抄送/抄报 recipients with their copy counts.",
    "Reply.attachments": "附件 lines.",
    "Reply.sections": "Numbered sections of the body, in order, every level.",
    "Reply.commitments": "Statements of future action by the replying body, in order.",
    "Reply.closing": "The closing formulas (感谢…, 特此答复).",
    "Reply.paragraphs": "Rebuilt paragraphs and the block each belongs to.",
    "Reply.provenance": "Field path → where its value was read (span into `text`, page and box).",
    "Reply.evidence": "Field path → the rule that gave its value when it is not read where the letter prints it: 'title' or 'letterhead' (issuer from the head), 'page_metadata' (a web page's 来源/发布机构, or its 信息名称 row for the title), 'form' (a handling form's 主要承办单位/办结时间 above the letter), 'original_title' (a copy's 原标题：【…】 line), 'seal' (the name around a scanned page's red seal), 'text' (a pattern over the whole text after the letter's structure was not found), 'correction' (a reviewer's value, `govdoc convert --corrections`).",
    "Reply.confidence": "Field path → calibrated probability in [0, 1] that the value (an empty value included) is right, for every contract field and each `sections[i]` and `commitments[i]`: 0.9 means right nine times in ten on the gold documents it was fitted on.",
    "Reply.warnings": "Problems noticed while parsing; the reply is still usable.",
    "Reply.text": "The loaded document text that every span indexes.",
    "Proposal.number": "The number as printed, digits and letters only (several numbers joined by 、).",
    "Proposal.numbers": "Every number, separately.",
    "Proposal.session": "The meeting the proposal was filed at, as printed.",
    "Proposal.title": "The proposal's own title as quoted, without 的提案/的建议.",
    "Addressee.names": "Person names printed in the addressee line.",
    "Addressee.role": "委员, 代表, 同志 … as printed after the names.",
    "Addressee.count": "The number of proposers when printed (等5位代表 → 5), else the names counted.",
    "Addressee.organization": "The body addressed, for a collective proposal or a 会办意见.",
    "Contact.organizer": "主办单位/承办单位 named in the contact block.",
    "Contact.person": "联系人/承办人/经办人 names (not officials).",
    "Contact.phone": "Phone numbers as printed.",
    "Contact.officials": "承办负责人, 分管领导, 签发人, 审签 leaders.",
    "Section.level": "1 for 一、, 2 for （一）, 3 for 1./1、, 4 for （1）.",
    "Section.heading": "Text after the number up to the first 。 (or the end of its line).",
    "Section.parent": "Index of the enclosing section, or null.",
    "Section.path": "Markers from the top level down to this section.",
    "Commitment.strength": "planned (a deadline or 计划/拟/力争), firm (将/确保), vague (研究/争取/逐步…).",
    "Commitment.kind": "passage (opened by a marker, to the end of its paragraph) or sentence.",
    "Commitment.section": "Index of the section the commitment sits in, or null.",
    "Deadline.date": "End of the period the deadline names, resolved against the reply date.",
    "Span.start": "Start offset (characters) into Reply.text.",
    "Span.end": "End offset (exclusive) into Reply.text.",
    "Span.page": "1-based page of the start, for paged sources.",
    "Span.bbox": "x0, top, x1, bottom on the first page, in PDF points (pixels for images).",
}


OPTIONAL = {"Reply.text"}
"""Keys that may be left out (``--no-text``)."""


def reply_schema() -> dict[str, Any]:
    """The JSON Schema of ``Reply.to_dict()``."""
    defs: dict[str, Any] = {}
    root = _object_schema(records.Reply, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://govdoc-nlp.invalid/schema/reply.json",
        "title": "govdoc_nlp Reply",
        "description": f"A parsed Chinese government reply (schema version {records.SCHEMA_VERSION}).",
        **root,
        "$defs": defs,
    }


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props = {}
    for f in dataclasses.fields(cls):
        schema = _type_schema(hints[f.name], defs)
        desc = DESCRIPTIONS.get(f"{cls.__name__}.{f.name}")
        if desc:
            schema = {**schema, "description": desc}
        props[f.name] = schema
    required = [f.name for f in dataclasses.fields(cls) if f"{cls.__name__}.{f.name}" not in OPTIONAL]
    return {"type": "object", "properties": props, "required": required, "additionalProperties": False}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in args if a is not type(None)]
        schema = options[0] if len(options) == 1 else {"anyOf": options}
        return {"anyOf": [schema, {"type": "null"}]} if type(None) in args else schema
    if origin is list:
        return {"type": "array", "items": _type_schema(args[0], defs) if args else {}}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(args[0], defs) if args else {}}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1], defs) if len(args) > 1 else {}}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__.rstrip("_")
        if name not in defs:
            defs[name] = {}
            defs[name] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    return {}
