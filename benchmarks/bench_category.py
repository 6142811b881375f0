"""Inferred vs stated response category on the documents that state one, in and out of sample.

For every document whose gold file gives a ``response_category``, the document is parsed, the stated
label is blanked out of its text (``hide_stated_category``; offsets kept) and the category is
inferred from the wording alone. The inference abstains (``unknown``) when its evidence is weak;
reported per corpus: coverage (share of documents it answers), agreement where it answers, the
accuracy it would have if forced to answer, and a confusion matrix (stated rows × inferred columns)
on the A/B/C scheme (B1 → B, D → C).

``corpora/`` is in sample (the cues were written on it); ``../shared/corpus/real-web`` and
``../shared/corpus/gold`` (real and held-out documents) are out of sample and are added when present.

    .venv/bin/python benchmarks/bench_category.py [--corpus DIR ...] [--min-agreement 0.85]

Exit status 1 when the agreement of the last corpus is below ``--min-agreement``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import govdoc_nlp
from govdoc_nlp.research.outcome import hide_stated_category, infer_category, normalize_category

LABELS = ("A", "B", "C", "unknown")
ROOT = Path(__file__).resolve().parent.parent
OUT_OF_SAMPLE = (ROOT.parent / "shared" / "corpus" / "real-web", ROOT.parent / "shared" / "corpus" / "gold")


@dataclass
class Score:
    """Counts of one run: documents, answered, agreeing where answered, agreeing if forced."""

    total: int = 0
    answered: int = 0
    agree: int = 0
    forced_agree: int = 0
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def coverage(self) -> float:
        return self.answered / self.total if self.total else 0.0

    @property
    def agreement(self) -> float:
        return self.agree / self.answered if self.answered else 0.0

    @property
    def forced_accuracy(self) -> float:
        return self.forced_agree / self.total if self.total else 0.0


def cases(corpus: Path) -> list[tuple[str, Path, str]]:
    """(doc id, input path, stated label) of the gold files under ``corpus`` that state a category."""
    out = []
    for gold_path in sorted(corpus.rglob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        label = gold.get("fields", {}).get("response_category")
        if not label:
            continue
        source = (gold_path.parent / gold["input"]).resolve() if gold.get("input") else None
        if source is None or not source.exists():
            continue
        out.append((gold.get("doc_id", gold_path.stem), source, label))
    return out


IN_SAMPLE_LAST = 250
"""corpora/ c01–c250 existed when the cues were written; later documents are out of sample."""


def written_before_the_cues(doc_id: str) -> bool:
    """Whether a corpora document was there when the category cues were written."""
    digits = "".join(ch for ch in doc_id if ch.isdigit())
    return bool(digits) and int(digits) <= IN_SAMPLE_LAST


def run(corpus: Path, verbose: bool = True, score: Score | None = None, keep: Callable[[str], bool] | None = None) -> Score:
    """Score the inference on one corpus (added to ``score`` when given); ``keep`` picks doc ids."""
    score = score or Score()
    for doc_id, path, label in cases(corpus):
        if keep is not None and not keep(doc_id):
            continue
        reply = govdoc_nlp.parse(str(path))
        stated = normalize_category(label) or "?"
        guess = infer_category(hide_stated_category(reply.text))
        score.total += 1
        score.forced_agree += guess.forced == stated
        if guess.category != "unknown":
            score.answered += 1
            score.agree += guess.category == stated
        key = (stated, guess.category)
        score.confusion[key] = score.confusion.get(key, 0) + 1
        if verbose:
            mark = "-- " if guess.category == "unknown" else "ok " if guess.category == stated else "XX "
            print(f"{mark}{doc_id:<20} stated {label:<3} → {stated}  inferred {guess.category:<7} (forced {guess.forced or '-'})  "
                  f"cue {guess.cue or '-'}  A={guess.scores['A']:.1f} B={guess.scores['B']:.1f} C={guess.scores['C']:.1f}")
    return score


def run_many(corpora: list[Path], verbose: bool = True, keep: Callable[[str], bool] | None = None) -> Score:
    """One score over several corpora."""
    score = Score()
    for corpus in corpora:
        run(corpus, verbose, score, keep)
    return score


def report(name: str, score: Score) -> None:
    """Print coverage, agreement and the confusion matrix of one score."""
    print(f"\n{name}: {score.total} documents state a category; answered {score.answered} "
          f"(coverage {score.coverage:.2f}); agreement where answered {score.agreement:.3f}; "
          f"accuracy if forced {score.forced_accuracy:.3f}")
    print("confusion (rows stated, columns inferred):")
    print("      " + "".join(f"{c:>8}" for c in LABELS))
    for r in LABELS[:3]:
        print(f"  {r:<4}" + "".join(f"{score.confusion.get((r, c), 0):>8}" for c in LABELS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", help="a folder with *.gold.json (repeatable); "
                        "default: corpora/ (in sample) and, when present, ../shared/corpus/real-web + gold (out of sample)")
    parser.add_argument("--min-agreement", type=float, default=0.0)
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    groups: list[tuple[str, list[Path], Callable[[str], bool] | None]]
    if args.corpus:
        groups = [(c, [Path(c)], None) for c in args.corpus]
    else:
        groups = [
            ("in sample (corpora/ c01–c250)", [ROOT / "corpora"], written_before_the_cues),
            ("out of sample (corpora/ after c250)", [ROOT / "corpora"], lambda doc_id: not written_before_the_cues(doc_id)),
        ]
        present = [p for p in OUT_OF_SAMPLE if p.is_dir()]
        if present:
            groups.append(("out of sample (" + ", ".join(p.name for p in present) + ")", present, None))
    last = Score()
    for name, corpora, keep in groups:
        last = run_many(corpora, verbose=not args.quiet, keep=keep)
        report(name, last)
    return 0 if last.agreement >= args.min_agreement else 1


if __name__ == "__main__":
    sys.exit(main())
