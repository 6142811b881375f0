"""Values back in the characters as printed.

Matching runs on folded text (traditional → simplified); a traditional-character reply gets its
values restored from the source so that they read as the document prints them."""

from __future__ import annotations

from govdoc_nlp.clean.script import Restorer, has_traditional
from govdoc_nlp.extract.context import Context


def restore_printed_forms(ctx: Context) -> None:
    """Replace every text value of the reply with its printed form (no-op for simplified text)."""
    src = ctx.loaded.text
    if not has_traditional(src):
        return
    paras = list(ctx.seg.paras) + ([ctx.title_para] if ctx.title_para is not None else [])
    restore = Restorer([(p.text, p.mapped.source_text(src)) for p in paras])
    r = ctx.reply
    for name in ("title", "doc_number", "signer", "issuer", "date_text", "disclosure", "closing"):
        setattr(r, name, restore(getattr(r, name)))
    r.proposal.session = restore(r.proposal.session)
    r.proposal.title = restore(r.proposal.title)
    a = r.addressee
    a.names = [restore(n) for n in a.names]
    a.role, a.organization, a.text, a.honorific = restore(a.role), restore(a.organization), restore(a.text), restore(a.honorific)
    a.delegation = restore(a.delegation)
    c = r.contact
    c.organizer, c.department, c.address = restore(c.organizer), restore(c.department), restore(c.address)
    c.person = [restore(x) for x in c.person]
    c.co_organizers = [restore(x) for x in c.co_organizers]
    for o in c.officials:
        o.role, o.name = restore(o.role), restore(o.name)
    for cc in r.cc:
        cc.name = restore(cc.name)
    r.printing.office = restore(r.printing.office)
    r.attachments = [restore(x) for x in r.attachments]
    for s in r.sections:
        s.heading, s.marker = restore(s.heading), restore(s.marker)
        s.text = "\n".join(restore(line) for line in s.text.split("\n"))
        for item in s.items:
            item.text, item.marker = restore(item.text), restore(item.marker)
    for k in r.commitments:
        k.text, k.marker = restore(k.text), restore(k.marker)
        if k.deadline is not None:
            k.deadline.text = restore(k.deadline.text)
    for p in r.paragraphs:
        p.text = restore(p.text)
        for item in p.items:
            item.text, item.marker = restore(item.text), restore(item.marker)
