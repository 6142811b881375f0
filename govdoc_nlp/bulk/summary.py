"""The tally of a conversion: outcomes, formats, extraction methods, warnings, failures, speed."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from govdoc_nlp.bulk.items import CONVERTED, DUPLICATE, FAILED, NOT_A_REPLY, STATUSES, Outcome


@dataclass
class Summary:
    """Counts over every input of the output (including ones finished by an earlier run)."""

    output: str = ""
    errors: str = ""
    inputs: int = 0
    outcomes: Counter = field(default_factory=Counter)
    formats: Counter = field(default_factory=Counter)
    methods: Counter = field(default_factory=Counter)
    warnings: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)
    non_replies: Counter = field(default_factory=Counter)
    """Inputs that are not replies, by code: not_a_reply (read, judged by content), not_a_document (extension)."""
    resumed: int = 0
    """Inputs already finished by an earlier run (``--resume``)."""
    processed: int = 0
    """Inputs finished by this run."""
    bytes: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    workers_replaced: int = 0
    engine: str = "local"
    jobs: int = 1
    interrupted: bool = False

    def add(self, outcome: Outcome, *, resumed: bool = False) -> None:
        """Count one outcome."""
        self.outcomes[outcome.status] += 1
        if resumed:
            self.resumed += 1
        else:
            self.processed += 1
            self.bytes += outcome.size or 0
            self.cpu_seconds += outcome.seconds
        if outcome.status == NOT_A_REPLY:
            self.non_replies[outcome.error_code or "not_a_reply"] += 1
        if outcome.status == DUPLICATE or outcome.error_code == "not_a_document":
            return
        self.formats[outcome.format or "unknown"] += 1
        if outcome.status == CONVERTED:
            for method in sorted(set(outcome.methods)) or ["unknown"]:
                self.methods[method] += 1
            for code in outcome.warnings:
                self.warnings[code] += 1
        elif outcome.status == FAILED:
            self.failures[outcome.error_code or "error"] += 1

    @property
    def converted(self) -> int:
        return self.outcomes[CONVERTED]

    @property
    def not_replies(self) -> int:
        return self.outcomes[NOT_A_REPLY]

    @property
    def duplicates(self) -> int:
        return self.outcomes[DUPLICATE]

    @property
    def failed(self) -> int:
        return self.outcomes[FAILED]

    @property
    def files_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Plain data (the ``--json`` output)."""
        return {
            "output": self.output,
            "errors": self.errors,
            "inputs": self.inputs,
            "outcomes": {k: self.outcomes[k] for k in STATUSES},
            "formats": dict(sorted(self.formats.items())),
            "methods": dict(sorted(self.methods.items())),
            "warnings": dict(self.warnings.most_common()),
            "failures": dict(self.failures.most_common()),
            "non_replies": dict(self.non_replies.most_common()),
            "resumed": self.resumed,
            "processed": self.processed,
            "interrupted": self.interrupted,
            "engine": self.engine,
            "jobs": self.jobs,
            "workers_replaced": self.workers_replaced,
            "throughput": {
                "seconds": round(self.seconds, 3),
                "files_per_second": round(self.files_per_second, 2),
                "megabytes_per_second": round(self.bytes / 1e6 / self.seconds, 3) if self.seconds > 0 else 0.0,
                "parse_cpu_seconds": round(self.cpu_seconds, 3),
            },
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def text(self) -> str:
        """A readable report."""
        o = self.outcomes
        lines = [
            f"{'interrupted' if self.interrupted else 'done'}: {self.inputs} inputs → {o[CONVERTED]} converted, "
            f"{o[NOT_A_REPLY]} not replies, {o[DUPLICATE]} duplicates, {o[FAILED]} failed"
            + (f" ({self.resumed} from an earlier run)" if self.resumed else ""),
            f"  {self.processed} files in {self.seconds:.1f} s: {self.files_per_second:.1f} files/s "
            f"({self.engine}, {self.jobs} job{'s' if self.jobs != 1 else ''})",
        ]
        groups = (("formats", self.formats), ("methods", self.methods), ("not replies", self.non_replies), ("failures", self.failures), ("warnings", self.warnings))
        for title, counter in groups:
            if counter:
                lines.append(f"  {title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
        if self.workers_replaced:
            lines.append(f"  workers replaced after a crash/timeout: {self.workers_replaced}")
        lines.append(f"  output: {self.output}")
        if o[FAILED]:
            lines.append(f"  errors: {self.errors}")
        return "\n".join(lines)
