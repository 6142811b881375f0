"""The core pipeline: loaded lines → clean → segment → extract → Reply."""

from __future__ import annotations

from govdoc_nlp.clean import clean
from govdoc_nlp.extract.addressee import extract_addressee
from govdoc_nlp.extract.colophon import extract_colophon
from govdoc_nlp.extract.commitments import extract_commitments
from govdoc_nlp.extract.confidence import assign_confidence
from govdoc_nlp.extract.contact import extract_contact
from govdoc_nlp.extract.context import Context
from govdoc_nlp.extract.head import extract_head, retitle_question_page
from govdoc_nlp.extract.kind import classify
from govdoc_nlp.extract.printed import restore_printed_forms
from govdoc_nlp.extract.reference import extract_reference
from govdoc_nlp.extract.sections import extract_sections
from govdoc_nlp.extract.signature import extract_signature
from govdoc_nlp.load.base import LoadedDocument
from govdoc_nlp.model import Paragraph, Reply, Source
from govdoc_nlp.segment import segment

MAX_PARAGRAPHS = 20_000


def parse_loaded(loaded: LoadedDocument) -> Reply:
    """Run clean, segment and extract over a loaded document."""
    reply = Reply(text=loaded.text)
    reply.source = _source(loaded)
    for code, message in loaded.warnings:
        reply.warn(code, message)
    cleaned = clean(loaded)
    for code, message in cleaned.warnings:
        reply.warn(code, message)
    if len(cleaned.paragraphs) > MAX_PARAGRAPHS:
        reply.warn("too_long", f"{len(cleaned.paragraphs)} paragraphs; only the first {MAX_PARAGRAPHS} and the last 200 were read")
        cleaned.paragraphs = cleaned.paragraphs[:MAX_PARAGRAPHS] + cleaned.paragraphs[-200:]
    seg = segment(cleaned)
    ctx = Context(loaded, cleaned, seg, reply)
    extract_head(ctx)
    extract_addressee(ctx)
    extract_signature(ctx)
    extract_reference(ctx)
    extract_contact(ctx)
    extract_colophon(ctx)
    owners = extract_sections(ctx)
    extract_commitments(ctx, owners)
    reply.source.metadata = ctx.metadata
    reply.paragraphs = [Paragraph(text=p.text, block=p.block, span=ctx.span(p), items=ctx.items.get(p.index, [])) for p in seg.paras]
    restore_printed_forms(ctx)
    _check(reply, cleaned.paragraphs)
    reply.is_reply, reply.is_reply_reason = classify(reply)
    if not reply.is_reply and cleaned.paragraphs:
        reply.warn("not_a_reply", f"not a reply to a 建议/提案: {reply.is_reply_reason}")
        reply.doc_type = "other"
        _answers_no_proposal(reply)
        retitle_question_page(ctx)
    assign_confidence(reply)
    return reply


def _answers_no_proposal(reply: Reply) -> None:
    """A document that is no reply answers no proposal: the sessions and numbers it mentions (a
    handling summary's, a proposal list's) are not the proposal's, and its plans are no reply's
    commitments."""
    reply.proposal.number, reply.proposal.numbers, reply.proposal.session = None, [], None
    reply.commitments = []  # nor does it answer with promises (a news item's 并计划…, a summary's plans)
    for name in ("proposal.number", "proposal.session"):
        reply.provenance.pop(name, None)


def _source(loaded: LoadedDocument) -> Source:
    methods = sorted({p.method for p in loaded.pages}) or ["text"]
    engines = sorted({p.engine for p in loaded.pages if p.engine})
    return Source(
        format=loaded.format,
        encoding=loaded.encoding,
        pages=len(loaded.pages) or None,
        methods=methods,
        engine=", ".join(engines) or None,
        page_info=[
            {"number": p.number, "method": p.method, "engine": p.engine, "confidence": p.confidence, "chars": p.chars}
            | ({"correction": p.correction} if p.correction else {})
            for p in loaded.pages
        ]
        if loaded.format in ("pdf", "image", "ofd")
        else [],
        metadata=dict(loaded.metadata),
    )


def _check(reply: Reply, paragraphs: list) -> None:
    if not paragraphs:
        reply.warn("empty", "no text found in the document")
        return
    if reply.title is None:
        reply.warn("no_title", "no title found")
    if not reply.addressee.names and not reply.addressee.organization:
        reply.warn("no_addressee", "no addressee line found")
    if reply.date is None:
        reply.warn("no_date", "no complete reply date found")
