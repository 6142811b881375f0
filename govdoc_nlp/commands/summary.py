"""A readable plain-text summary of a Reply (for `govdoc parse --format text`)."""

from __future__ import annotations

from govdoc_nlp.model import Reply


def summary_text(reply: Reply) -> str:
    """Key fields, sections and commitments of a reply as indented text."""
    p = reply.proposal
    a = reply.addressee
    rows = [
        ("标题 title", reply.title),
        ("文号 doc number", reply.doc_number),
        ("类型 doc type", reply.doc_type),
        ("会议 session", p.session),
        ("编号 number", ", ".join(p.numbers) if p.numbers else p.number),
        ("案由 proposal title", p.title),
        ("致 addressee", "、".join(a.names) + (a.role or "") if a.names else a.organization),
        ("答复单位 issuer", reply.issuer),
        ("日期 date", reply.date),
        ("类别 category", reply.response_category),
        ("签发人 signer", reply.signer),
        ("主办单位 organizer", reply.contact.organizer),
        ("联系人 contact", "、".join(reply.contact.person) or None),
        ("电话 phone", "、".join(reply.contact.phone) or None),
        ("抄送 cc", "、".join(c.name for c in reply.cc) or None),
    ]
    out = [f"{label:<22} {value}" for label, value in rows if value]
    if reply.sections:
        out.append(f"sections ({len(reply.sections)}):")
        for s in reply.sections:
            out.append(f"{'  ' * s.level}{s.marker}{s.heading}")
    if reply.commitments:
        out.append(f"commitments ({len(reply.commitments)}):")
        for c in reply.commitments:
            deadline = f" [deadline {c.deadline.date or c.deadline.text}]" if c.deadline else ""
            out.append(f"  - ({c.strength}){deadline} {c.text[:80]}{'…' if len(c.text) > 80 else ''}")
    for w in reply.warnings:
        out.append(f"warning: {w.code}: {w.message}")
    return "\n".join(out)
