"""Outcome: the response category a reply states (A/B/C…), and the category its language implies.

The inference never sees the stated category: :func:`hide_stated_category` blanks every label
(类别：B, …〔2017〕12号（B类）, a bare ``C`` line) before the cue lexicon is applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from govdoc_nlp.model import Reply
from govdoc_nlp.research import lexicon as lx
from govdoc_nlp.research.compiled import STATED_CATEGORY_RES, category_cues
from govdoc_nlp.research.text import paragraphs_from_text, to_simplified


def normalize_category(label: str | None) -> str | None:
    """A stated label reduced to the A/B/C scheme: ``B1`` → ``B``, ``乙`` → ``B``, ``D`` → ``C``."""
    if not label:
        return None
    s = re.sub(r"[\s类類]", "", label).upper()
    if not s:
        return None
    head = lx.CATEGORY_ALIASES.get(s[0], s[0])
    return head if head in ("A", "B", "C") else None


def stated_category(reply: Reply) -> str | None:
    """The category label the reply states, as printed without 类 (``A``, ``B1``): the parser's
    ``response_category``, else the first label found in the header or the last lines of the text."""
    if reply.response_category:
        return reply.response_category
    text = reply.text
    probe = text[:600] + "\n" + text[-600:] if len(text) > 1200 else text
    for pattern in STATED_CATEGORY_RES:
        m = pattern.search(probe)
        if m:
            return re.sub(r"\s", "", m.group("cat")).translate(str.maketrans("ＡＢＣＤ", "ABCD"))
    return None


def hide_stated_category(text: str) -> str:
    """The text with every stated category label replaced by spaces (offsets are kept)."""
    out = text
    for pattern in STATED_CATEGORY_RES:
        out = pattern.sub(lambda m: " " * len(m.group(0)), out)
    return out


@dataclass
class Inference:
    """The inferred category (``unknown`` when the evidence is weak), the cue phrase that decided it,
    the weight of each category, and the category the weights favour even when weak (``forced``)."""

    category: str
    cue: str | None
    scores: dict[str, float] = field(default_factory=dict)
    cues: list[str] = field(default_factory=list)
    forced: str | None = None


def _future_mask(text: str) -> list[bool]:
    """For each character: True when it lies in a passage about the future (a future marker to the end
    of its paragraph)."""
    mask = [False] * len(text)
    marker = re.compile("|".join(map(re.escape, lx.FUTURE_PASSAGE_MARKERS)))
    for m in marker.finditer(text):
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        for i in range(m.start(), end):
            mask[i] = True
    return mask


def infer_category(text: str) -> Inference:
    """Infer A/B/C from the wording alone (stated labels are hidden first; traditional characters
    simplified). Each distinct cue adds its weight once — A and B cues only ``FUTURE_PASSAGE_WEIGHT``
    of it when they occur only inside a passage about the future; the highest total wins, ties going
    to the later category (C over B over A). The deciding cue is the heaviest cue of the winner (the
    first in the text among equals).
    Weak evidence (no cue, a winning weight under ``CATEGORY_MIN_WEIGHT`` or a lead under
    ``CATEGORY_MIN_MARGIN``) → ``DEFAULT_CATEGORY`` (``unknown``)."""
    probe = to_simplified(hide_stated_category(text))
    # paragraphs joined, PDF spaces and hard line breaks inside a paragraph removed
    probe = "\n".join(paragraphs_from_text(probe))
    future = _future_mask(probe)
    scores = {"A": 0.0, "B": 0.0, "C": 0.0}
    best: dict[str, tuple[float, int, str]] = {}
    fired: list[str] = []
    seen: set[str] = set()
    for cue in category_cues():
        matches = list(cue.pattern.finditer(probe))
        if not matches:
            continue
        phrase = matches[0].group(0)
        # a shorter cue inside a longer cue already counted (暂不 inside 暂不具备…) adds nothing
        # (and the same words matched by a second cue count once)
        if phrase in seen or any(phrase in s for s in seen):
            continue
        seen.add(phrase)
        weight = cue.weight
        if cue.category in ("A", "B") and all(future[m.start()] for m in matches):
            weight *= lx.FUTURE_PASSAGE_WEIGHT
        scores[cue.category] += weight
        fired.append(f"{cue.category}:{phrase}")
        key = (weight, -matches[0].start(), phrase)
        if key[:2] > best.get(cue.category, (0.0, 0, ""))[:2]:
            best[cue.category] = key
    if not any(scores.values()):
        return Inference(lx.DEFAULT_CATEGORY, None, scores, fired, None)
    top = max(scores.values())
    winner = [c for c in ("A", "B", "C") if scores[c] == top][-1]
    runner_up = sorted(scores.values())[-2]
    weak = top < lx.CATEGORY_MIN_WEIGHT or top - runner_up < lx.CATEGORY_MIN_MARGIN
    return Inference(lx.DEFAULT_CATEGORY if weak else winner, best[winner][2], scores, fired, winner)


def outcome_variables(reply: Reply) -> dict[str, Any]:
    """The outcome-family variables of one reply (see docs/CODEBOOK.md)."""
    stated = stated_category(reply)
    inferred = infer_category(reply.text)
    return {
        "category_stated": stated,
        "category_stated_abc": normalize_category(stated),
        "category_inferred": inferred.category,
        "category_cue": inferred.cue,
        "category_score_a": inferred.scores["A"],
        "category_score_b": inferred.scores["B"],
        "category_score_c": inferred.scores["C"],
        "category": normalize_category(stated) or (inferred.category if inferred.category != lx.DEFAULT_CATEGORY else None),
    }
