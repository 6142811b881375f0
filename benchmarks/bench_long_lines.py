"""Parse time against length for long lines (issue 13, item 5): must grow linearly.

Usage: python benchmarks/bench_long_lines.py [--sizes 10000,100000,400000] [--rounds N]

Cases, each built from the corpora letters: the letters with their newlines removed, with their
newlines turned into spaces, one line with a space between all characters, and one line with no
space at all. Prints seconds per size and the growth from the second-largest to the largest size
(CPU time of this process, so other load on the machine does not skew it; 4× the characters: linear time gives about 4×, the bar is ≤ 5×).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def base_text() -> str:
    """Every corpora text letter, one after the other."""
    from govdoc_nlp.load.encoding import decode_text

    paths = sorted((ROOT / "corpora" / "text").glob("*.txt"))[:20]
    return "\n".join(decode_text(p.read_bytes())[0] for p in paths)


def cases(base: str) -> dict[str, Callable[[int], str]]:
    """Case name → a function making a text of n characters."""
    def repeat(text: str, n: int) -> str:
        return (text * (n // max(1, len(text)) + 1))[:n]

    return {
        "newlines removed": lambda n: repeat(base.replace("\n", ""), n),
        "newlines → spaces": lambda n: repeat(base.replace("\n", " "), n),
        "space between all characters": lambda n: " ".join(repeat(base.replace("\n", ""), n // 2 + 1))[:n],
        "no space, one line": lambda n: repeat(base.replace("\n", "").replace(" ", ""), n),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,400000")
    parser.add_argument("--rounds", type=int, default=2, help="best of N runs per size (default 2)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    import govdoc_nlp

    govdoc_nlp.parse_text(base_text()[:3000])  # warm up: imports, jieba's dictionary
    worst = 0.0
    for name, make in cases(base_text()).items():
        times = []
        for n in sizes:
            text = make(n)
            best = float("inf")
            for _ in range(args.rounds):
                start = time.process_time()
                govdoc_nlp.parse_text(text)
                best = min(best, time.process_time() - start)
            times.append(best)
        growth = times[-1] / max(times[-2], 1e-3) if len(times) > 1 else 0.0
        worst = max(worst, growth)
        cells = "  ".join(f"{n // 1000}k {t:6.2f}s" for n, t in zip(sizes, times, strict=True))
        print(f"{name:30s} {cells}   growth ×{growth:.1f}", flush=True)
    print(f"worst growth ×{worst:.1f} for ×{sizes[-1] / sizes[-2]:.0f} characters (bar: ≤ 5)")
    return 0 if worst <= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
