"""Topic on the Comparative Agendas Project scheme: the CAP major topic of the proposal a reply
answers, from the proposal's title first and the reply's body second (``lexicon.CAP_KEYWORDS``),
with the words that decided it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from govdoc_nlp.model import Reply
from govdoc_nlp.research import lexicon as lx
from govdoc_nlp.research.text import body_text, squeeze, to_simplified


@dataclass(frozen=True)
class CapWord:
    """One keyword of a CAP topic."""

    major: int
    word: str
    weight: float
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def cap_words() -> tuple[CapWord, ...]:
    """Every keyword of ``CAP_KEYWORDS``, longest first."""
    out = []
    for major, table in lx.CAP_KEYWORDS.items():
        for word, weight in table.items():
            source = word[3:] if word.startswith("re:") else re.escape(word)
            out.append(CapWord(major, word, weight, re.compile(source)))
    return tuple(sorted(out, key=lambda w: -len(w.word)))


def cap_scores(text: str, *, once: bool = True) -> tuple[dict[int, float], dict[int, list[str]]]:
    """Weight per CAP major of the keywords in ``text`` and the words found. ``once``: a word counts
    once however often it occurs (titles); else every occurrence counts (bodies)."""
    probe = to_simplified(squeeze(text or ""))
    for phrase in lx.CAP_PLACE_PHRASES:
        probe = re.sub(phrase, lambda m: "　" * len(m.group(0)), probe)
    scores: dict[int, float] = {}
    words: dict[int, list[str]] = {}
    taken = [False] * len(probe)
    for w in cap_words():
        hits = 0
        for m in w.pattern.finditer(probe):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            hits += 1
        if hits:
            scores[w.major] = scores.get(w.major, 0.0) + w.weight * (1 if once else hits)
            words.setdefault(w.major, []).append(m.group(0) if w.word.startswith("re:") else w.word)
    return scores, words


def _pick(scores: dict[int, float]) -> int | None:
    if not scores:
        return None
    top = max(scores.values())
    return next((c for c in lx.CAP_TIE_ORDER if scores.get(c) == top), max(scores, key=lambda c: scores[c]))


def cap_major(title: str | None, body: str | None = None) -> tuple[int | None, str | None]:
    """(CAP major topic code, evidence): from the title's keywords, else the body's; (None, None)
    when neither names a topic. Evidence reads ``title:公交+站台`` or ``body:道路×4,公路×2``."""
    scores, words = cap_scores(title or "")
    code = _pick(scores)
    if code is not None:
        return code, "title:" + "+".join(words[code])
    if body:
        scores, words = cap_scores(body, once=False)
        code = _pick(scores)
        if code is not None:
            probe = to_simplified(squeeze(body))
            counts = [f"{w}×{len(re.findall(re.escape(w), probe)) or 1}" for w in words[code][:4]]
            return code, "body:" + ",".join(counts)
    return None, None


def cap_variables(reply: Reply) -> dict[str, Any]:
    """The CAP topic variables of one reply (see docs/CODEBOOK.md)."""
    code, evidence = cap_major(reply.proposal.title, body_text(reply) or reply.text)
    return {"cap_major": code, "cap_label": lx.CAP_MAJOR_TOPICS.get(code) if code else None, "cap_evidence": evidence}
