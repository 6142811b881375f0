"""Engagement: stated contact with the proposer, stated satisfaction, and co-handling units."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from govdoc_nlp.model import Reply
from govdoc_nlp.research import lexicon as lx
from govdoc_nlp.research.compiled import contact_cues
from govdoc_nlp.research.text import body_text, sentences, squeeze

_PROPOSER = re.compile("|".join(map(re.escape, lx.PROPOSER_WORDS)))


def contact_statements(text: str) -> dict[str, list[str]]:
    """Kinds of contact with the proposer the text states (当面沟通, 电话沟通, 座谈, 走访…) → the cue
    phrases found. Only sentences that mention the proposer (代表, 委员, 您…) count."""
    found: dict[str, list[str]] = {}
    for s in sentences(squeeze(text)):
        if not _PROPOSER.search(s):
            continue
        for kind, pattern in contact_cues():
            for m in pattern.finditer(s):
                found.setdefault(kind, [])
                if m.group(0) not in found[kind]:
                    found[kind].append(m.group(0))
    return found


def satisfaction(text: str) -> str | None:
    """The proposer's stated satisfaction ('satisfied', 'basically_satisfied', 'unsatisfied'), or None.
    Only sentences that mention the proposer (代表, 委员, 您) or an 评价 count; feedback prompts
    (是否满意, □满意) and set phrases (人民满意的教育) are not statements."""
    for s in sentences(squeeze(text)):
        if not (_PROPOSER.search(s) or "评价" in s):
            continue
        for prompt in lx.SATISFACTION_PROMPTS:
            s = s.replace(prompt, "")
        s = re.sub(r"[□☐]\s*(?:不满意|基本满意|满意)", "", s)
        for label, patterns in _satisfaction_res():
            if any(p.search(s) for p in patterns):
                return label
    return None


@lru_cache(maxsize=1)
def _satisfaction_res() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    return tuple((label, tuple(re.compile(p) for p in pats)) for label, pats in lx.SATISFACTION_CUES.items())


def co_handlers(reply: Reply) -> list[str]:
    """Co-handling units: the contact block's co-organisers (协办/会办单位)."""
    return [u for u in reply.contact.co_organizers if u]


def engagement_variables(reply: Reply) -> dict[str, Any]:
    """The engagement-family variables of one reply (see docs/CODEBOOK.md)."""
    body = body_text(reply) or reply.text
    contacts = contact_statements(body)
    co = co_handlers(reply)
    mentions = sum(squeeze(body).count(w) for w in lx.CO_HANDLING_CUES)
    return {
        "contact_stated": bool(contacts),
        "contact_kinds": "；".join(sorted(contacts)) or None,
        "contact_cues": "；".join(p for ps in contacts.values() for p in ps) or None,
        "satisfaction": satisfaction(reply.text),
        "n_co_handlers": len(co),
        "co_handlers": "；".join(co) or None,
        "co_handling_mentions": mentions,
    }
