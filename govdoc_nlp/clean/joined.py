"""Lines that hold several printed paragraphs: a table or page flattened with pipes
(``标题 | 正文… ||||``), or paragraphs a web copy joined with a single space."""

from __future__ import annotations

import re

from govdoc_nlp.clean.mapped import MappedText
from govdoc_nlp.patterns import compiled as rx

_TABLE_PIPES = re.compile(r"\s?\|[\s|]*")
_MIN_JOINED = 60
_SENTENCE_END = rx.SENTENCE_END
_AFTER_WINDOW = 1024
"""Longer than any match of ADDRESSEE / HEADING / PARAGRAPH_OPENER (the longest, ADDRESSEE, is under 750 characters)."""
_BEFORE_WINDOW = 64
"""Longer than any title ending TITLE_END_WORD matches at the end of a line."""


def split_joined(mapped: MappedText, source: str, *, at_spaces: bool = True) -> list[MappedText]:
    """The printed paragraphs of one long line (the line itself when it holds one).
    ``at_spaces=False`` keeps lines whole that a loader already gave as paragraphs."""
    parts = _split_pipes(mapped)
    if not at_spaces:
        return parts
    out: list[MappedText] = []
    for part in parts:
        out.extend(_split_at_gaps(part, source))
    return out


def _split_pipes(mapped: MappedText) -> list[MappedText]:
    text = mapped.text
    if text.count("|") < 2 or len(text) < 100:
        return [mapped]
    parts = []
    pos = 0
    for m in _TABLE_PIPES.finditer(text):
        if m.start() > pos:
            parts.append(mapped.slice(pos, m.start()).strip())
        pos = m.end()
    if pos < len(text):
        parts.append(mapped.slice(pos, len(text)).strip())
    return [p for p in parts if p.text] or [mapped]


def _split_at_gaps(mapped: MappedText, source: str) -> list[MappedText]:
    """Split where the cleaner removed a space that separated two paragraphs: a title followed by
    the addressee, or — in a long line — a sentence's end followed by a wide gap or by the opening
    words of a paragraph (a heading, a marker of the future, thanks, a contact label)."""
    text = mapped.text
    long_line = len(text) >= _MIN_JOINED
    cuts = []
    for (_, s1, n1), (c2, s2, _) in zip(mapped.pieces, mapped.pieces[1:], strict=False):
        if s2 <= s1 + n1 or source[s1 + n1 : s2].strip():
            continue
        if c2 >= len(text) or not ("\u4e00" <= text[c2] <= "\u9fff" or text[c2] in "（(“《"):
            continue
        # bounded windows instead of text[:c2] / text[c2:]: every pattern here has a bounded
        # match length, so the results are the same and a long line stays linear
        after = text[c2 : c2 + _AFTER_WINDOW]
        addressee = rx.ADDRESSEE.match(after)
        title_then_addressee = bool(addressee and rx.TITLE_END_WORD.search(text[max(0, c2 - _BEFORE_WINDOW) : c2]))
        wide = len(source[s1 + n1 : s2]) >= 2
        if title_then_addressee or (
            long_line and text[c2 - 1] in _SENTENCE_END and (wide or rx.HEADING.match(after) or rx.PARAGRAPH_OPENER.match(after) or addressee)
        ):
            cuts.append(c2)
    if not cuts:
        return [mapped]
    bounds = [0, *cuts, len(text)]
    return [mapped.slice(a, b).strip() for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
