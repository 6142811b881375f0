"""Typed records of a parsed reply, and their JSON Schema."""

from govdoc_nlp.model.records import (
    SCHEMA_VERSION,
    Addressee,
    Commitment,
    Contact,
    CopyRecipient,
    Deadline,
    Official,
    Paragraph,
    Printing,
    Proposal,
    Reply,
    RunInItem,
    Section,
    Source,
    Span,
    Warning_,
)

__all__ = [
    "SCHEMA_VERSION",
    "Addressee",
    "Commitment",
    "Contact",
    "CopyRecipient",
    "Deadline",
    "Official",
    "Paragraph",
    "Printing",
    "Proposal",
    "Reply",
    "RunInItem",
    "Section",
    "Source",
    "Span",
    "Warning_",
]
