"""Topic: the policy area of a reply from a keyword lexicon counted over its jieba segmentation."""

from __future__ import annotations

from collections import Counter
from typing import Any

from govdoc_nlp.model import Reply
from govdoc_nlp.research import lexicon as lx
from govdoc_nlp.research.segmenter import cut
from govdoc_nlp.research.text import body_text, squeeze


def topic_scores(text: str) -> dict[str, int]:
    """Keyword hits per policy area of ``TOPICS`` (a word counts each time jieba yields it)."""
    words = Counter(cut(squeeze(text)))
    return {area: sum(words[w] for w in kws) for area, kws in lx.TOPICS.items()}


def topic(text: str) -> tuple[str | None, float | None]:
    """(area with most hits, its share of all hits); (None, None) when no keyword occurs.
    Ties go to the area listed first in ``TOPICS``."""
    scores = topic_scores(text)
    total = sum(scores.values())
    if not total:
        return None, None
    best = max(scores, key=lambda a: scores[a])
    return best, scores[best] / total


def topic_variables(reply: Reply) -> dict[str, Any]:
    """The topic-family variables of one reply (see docs/CODEBOOK.md). Uses the proposal title too."""
    text = "\n".join(x for x in (reply.proposal.title, body_text(reply) or reply.text) if x)
    area, share = topic(text)
    return {"topic": area, "topic_share": share}
