"""A short seeded run of scripts/fuzz.py: mutated corpora documents end in a Reply or a
GovdocError, never a crash or a hang (the long run: python scripts/fuzz.py --seconds 600)."""

from __future__ import annotations

import random
import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import fuzz  # noqa: E402

FUZZ_SECONDS = 20


def test_mutated_corpora_never_crash() -> None:
    report = fuzz.run(FUZZ_SECONDS, seed=2026, per_input=15.0)  # margin for slow CI machines
    assert report.iterations > 200
    assert not report.crashes, [c[:2] for c in report.crashes]
    assert not report.hangs, [h[0] for h in report.hangs]


def test_mutations_are_seeded_and_reach_every_kind() -> None:
    pool = fuzz.seeds()
    kinds = {name.rsplit(".", 1)[1] for name, _ in pool}
    assert {"txt", "html", "docx", "pdf"} <= kinds
    first = [fuzz.mutate(data, random.Random(5)) for _, data in pool[:20]]
    again = [fuzz.mutate(data, random.Random(5)) for _, data in pool[:20]]
    assert first == again and any(m != d for m, (_, d) in zip(first, pool[:20], strict=True))
