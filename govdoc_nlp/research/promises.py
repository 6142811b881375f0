"""Promises: how many commitments a reply makes, how firm, how many carry a deadline, and the
quantitative targets and money they name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from govdoc_nlp.model import Commitment, Reply
from govdoc_nlp.research import lexicon as lx
from govdoc_nlp.research.compiled import DEADLINE_RE, money_re, target_re
from govdoc_nlp.research.numbers import to_number
from govdoc_nlp.research.text import body_text, squeeze

_MULT = {"万": 10_000, "亿": 100_000_000}


@dataclass(frozen=True)
class Quantity:
    """A number with a unit found in the text (value already multiplied by 万/亿)."""

    text: str
    value: float
    unit: str
    kind: str


def quantities(text: str) -> list[Quantity]:
    """Every number + unit of ``TARGET_UNITS`` in the text (``46 万套`` → 460000 套)."""
    out = []
    for m in target_re().finditer(squeeze(text)):
        value = to_number(m.group("num"))
        if value is None:
            continue
        value *= _MULT.get(m.group("mult") or "", 1)
        unit = m.group("unit")
        if unit.startswith("万") and lx.TARGET_UNITS[unit] != "money":  # 5.2万人次 → 52000 人次
            value, unit = value * 10_000, unit[1:]
        out.append(Quantity(m.group(0), value, unit, lx.TARGET_UNITS[unit]))
    return out


def money_amounts(text: str) -> list[float]:
    """Money amounts of the text in yuan (``412亿元`` → 4.12e10, ``1800 元`` → 1800.0)."""
    out = []
    for m in money_re().finditer(squeeze(text)):
        value = to_number(m.group("num"))
        unit = m.group("unit").replace(" ", "").replace("\u3000", "")
        if value is None or unit not in lx.MONEY_MULTIPLIERS:
            continue
        out.append(value * lx.MONEY_MULTIPLIERS[unit])
    return out


def has_deadline(c: Commitment) -> bool:
    """True when the parser attached a deadline, or the commitment's text names a time limit
    (2024年底前, 年内, 6月底, 汛期前…)."""
    return c.deadline is not None or bool(DEADLINE_RE.search(squeeze(c.text)))


def promise_variables(reply: Reply) -> dict[str, Any]:
    """The promise-family variables of one reply (see docs/CODEBOOK.md)."""
    cs = reply.commitments
    n = len(cs)
    counts = {s: sum(1 for c in cs if (c.strength or "firm") == s) for s in lx.STRENGTHS}
    with_deadline = sum(1 for c in cs if has_deadline(c))
    promised = "\n".join(c.text for c in cs)
    targets = [q for q in quantities(promised) if q.kind != "money"]
    money_promised = money_amounts(promised)
    money_all = money_amounts(body_text(reply) or reply.text)
    return {
        "n_commitments": n,
        "deadline_share": (with_deadline / n) if n else None,
        "n_with_deadline": with_deadline,
        **{f"n_strength_{s}": counts[s] for s in lx.STRENGTHS},
        **{f"share_strength_{s}": (counts[s] / n) if n else None for s in lx.STRENGTHS},
        "n_targets": len(targets),
        "targets": "；".join(q.text for q in targets) or None,
        "promised_money_yuan": sum(money_promised) if money_promised else None,
        "money_yuan": sum(money_all) if money_all else None,
        "commitment_chars": sum(len(squeeze(c.text)) for c in cs),
    }
