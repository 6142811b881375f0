"""The ``govdoc_reply`` spaCy component: parse the doc's text into a Reply (``doc._.reply``), mark
its sections and commitments as span groups, and add rule-based entities.

The reply is kept as its JSON in ``doc.user_data["govdoc_reply"]`` (a plain string), and
``doc._.reply`` is a property that rebuilds the :class:`Reply` from it; so ``Doc.to_bytes()``,
``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=2)`` carry the reply along.

Registered as a spaCy factory both here (``Language.factory``) and through the package entry point
``spacy_factories: govdoc_reply``; importing this module must stay cheap, because spaCy imports it
whenever any pipeline is created.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

USER_DATA_KEY = "govdoc_reply"


# JSON → Reply of the replies set or rebuilt lately, so ``doc._.reply`` gives back the object that
# was set (and is not rebuilt on every access)
_RECENT: OrderedDict[str, Any] = OrderedDict()
_RECENT_SIZE = 64


def _remember(data: str, reply: Any) -> Any:
    _RECENT[data] = reply
    _RECENT.move_to_end(data)
    while len(_RECENT) > _RECENT_SIZE:
        _RECENT.popitem(last=False)
    return reply


def get_reply(doc: Doc) -> Any:
    """``doc._.reply``: the Reply rebuilt from the JSON kept in ``doc.user_data`` (None when absent)."""
    data = doc.user_data.get(USER_DATA_KEY)
    if not data:
        return None
    reply = _RECENT.get(data)
    if reply is None:
        from govdoc_nlp.model.serialize import reply_from_json

        reply = reply_from_json(data)
    return _remember(data, reply)


def set_reply(doc: Doc, reply: Any) -> None:
    """``doc._.reply = reply``: keep the reply as its JSON (None removes it)."""
    if reply is None:
        doc.user_data.pop(USER_DATA_KEY, None)
        return
    data = reply.to_json(indent=None)
    doc.user_data[USER_DATA_KEY] = data
    _remember(data, reply)


if not Doc.has_extension("reply") or Doc.get_extension("reply")[2] is not get_reply:
    Doc.set_extension("reply", getter=get_reply, setter=set_reply, force=True)
if not Span.has_extension("govdoc_index"):
    Span.set_extension("govdoc_index", default=None)

SECTIONS_KEY = "sections"
COMMITMENTS_KEY = "commitments"
# Which label wins when two rule matches overlap (lower first), then the longer match.
PRIORITY = {"PERSON": 0, "PHONE": 1, "DATE": 2, "MONEY": 3, "DOC": 4, "ORG": 5}


def _squeezed_index(text: str) -> tuple[str, list[int]]:
    chars, offsets = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            chars.append(ch)
            offsets.append(i)
    return "".join(chars), offsets


def locate(text: str, snippet: str, start_at: int = 0) -> tuple[int, int] | None:
    """Character offsets of ``snippet`` in ``text`` ignoring whitespace on both sides (a PDF line break
    inside a commitment still matches), searching from ``start_at`` first; None when absent."""
    squeezed, offsets = _squeezed_index(text)
    needle = re.sub(r"\s+", "", snippet)
    if not needle:
        return None
    lo = next((k for k, off in enumerate(offsets) if off >= start_at), len(offsets))
    k = squeezed.find(needle, lo)
    if k < 0:
        k = squeezed.find(needle)
    if k < 0:
        return None
    return offsets[k], offsets[k + len(needle) - 1] + 1


def resolve_overlaps(existing: list[Span], candidates: list[Span]) -> list[Span]:
    """Entities without overlaps: existing ones are kept, then candidates by label priority and length."""
    taken: set[int] = set()
    for span in existing:
        taken.update(range(span.start, span.end))
    chosen = list(existing)
    for span in sorted(candidates, key=lambda s: (PRIORITY.get(s.label_, 9), -(s.end - s.start), s.start)):
        tokens = range(span.start, span.end)
        if any(t in taken for t in tokens):
            continue
        taken.update(tokens)
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


class GovdocReply:
    """Callable component: see the module docstring."""

    def __init__(self, nlp: Language, name: str, entities: bool = True, overwrite_ents: bool = False) -> None:
        self.name = name
        self.entities = entities
        self.overwrite_ents = overwrite_ents

    def __call__(self, doc: Doc) -> Doc:
        reply = doc._.reply
        if reply is None:
            from govdoc_nlp.api import parse_text

            reply = parse_text(doc.text)
            doc._.reply = reply
        same_text = reply.text == doc.text
        doc.spans[SECTIONS_KEY] = self._spans(doc, reply.sections, same_text, lambda s: f"L{s.level}", lambda s: s.heading or s.text)
        doc.spans[COMMITMENTS_KEY] = self._spans(doc, reply.commitments, same_text, lambda c: c.strength or "firm", lambda c: c.text)
        if self.entities:
            self._entities(doc, reply)
        return doc

    @staticmethod
    def _spans(doc: Doc, items: list[Any], same_text: bool, label: Any, snippet: Any) -> list[Span]:
        spans: list[Span] = []
        cursor = 0
        for index, item in enumerate(items):
            where: tuple[int, int] | None = None
            if same_text and item.span is not None and 0 <= item.span.start < item.span.end <= len(doc.text):
                where = (item.span.start, item.span.end)
            else:
                where = locate(doc.text, snippet(item), cursor)
            if where is None:
                continue
            span = doc.char_span(where[0], where[1], label=label(item), alignment_mode="expand")
            if span is None:
                continue
            span._.govdoc_index = index
            spans.append(span)
            cursor = where[1]
        return spans

    def _entities(self, doc: Doc, reply: Any) -> None:
        from govdoc_nlp.nlp.patterns import ORG, PERSON, regex_entities

        found = regex_entities(doc.text)
        known: list[tuple[str, str]] = []
        known += [(n, PERSON) for n in reply.addressee.names]
        known += [(n, PERSON) for n in reply.contact.person]
        known += [(o.name, PERSON) for o in reply.contact.officials]
        if reply.signer:
            known.append((reply.signer, PERSON))
        orgs = [reply.issuer, reply.contact.organizer, reply.addressee.organization, *reply.contact.co_organizers]
        orgs += [c.name for c in reply.cc]
        known += [(o, ORG) for o in orgs if o]
        for value, label in known:
            value = (value or "").strip()
            if len(value) < 2:
                continue
            for m in re.finditer(re.escape(value), doc.text):
                found.append((m.start(), m.end(), label))
        spans = []
        for start, end, label in found:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        existing = [] if self.overwrite_ents else list(doc.ents)
        doc.ents = resolve_overlaps(existing, spans)


@Language.factory("govdoc_reply", default_config={"entities": True, "overwrite_ents": False})
def make_govdoc_reply(nlp: Language, name: str, entities: bool = True, overwrite_ents: bool = False) -> GovdocReply:
    """Factory of the ``govdoc_reply`` component (``nlp.add_pipe("govdoc_reply")``)."""
    return GovdocReply(nlp, name, entities=entities, overwrite_ents=overwrite_ents)
