"""Start-up: how long `govdoc parse` takes on one typical reply, run as a new process each time (as a
script calling it per file does), beside `python -c pass` measured in the same run.

    python benchmarks/bench_startup.py [--runs 7] [--file corpora/text/c01.txt] [--limit 0.3]

Byte-code is written to a temporary cache first (an installed package has its .pyc files; a checkout
run with PYTHONDONTWRITEBYTECODE would recompile every module each time), and one warm-up run builds
the word index the commitment rule uses (once per machine). Prints median and best wall times, the
median CPU time (user + system, less disturbed by other load) and the ratio to the bare interpreter; exits 1 when the median is over --limit seconds and the ratio
over --max-ratio (a loaded machine slows both alike).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command() -> list[str]:
    """The `govdoc` console script beside this interpreter, else `python -m govdoc_nlp.cli`."""
    script = Path(sys.executable).with_name("govdoc")
    return [str(script)] if script.exists() else [sys.executable, "-m", "govdoc_nlp.cli"]


def measure(runs: int, file: Path) -> dict[str, float]:
    """Median and best seconds of `python -c pass` and `govdoc parse FILE`, interleaved."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    cache = tempfile.mkdtemp(prefix="govdoc-startup-")
    env.setdefault("PYTHONPYCACHEPREFIX", os.path.join(cache, "pyc"))
    parse = [*command(), "parse", str(file), "--no-text"]
    bare = [sys.executable, "-c", "pass"]
    try:
        subprocess.run(parse, env=env, stdout=subprocess.DEVNULL, check=True, timeout=120)  # warm-up
        times: dict[str, list[float]] = {"pass": [], "parse": []}
        cpu: dict[str, list[float]] = {"pass": [], "parse": []}
        for _ in range(runs):
            for name, cmd in (("pass", bare), ("parse", parse)):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True, timeout=120)
                times[name].append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    result = {f"{k}_median": statistics.median(v) for k, v in times.items()}
    result.update({f"{k}_best": min(v) for k, v in times.items()})
    result.update({f"{k}_cpu": statistics.median(v) for k, v in cpu.items()})
    result["ratio"] = result["parse_median"] / result["pass_median"]
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--file", type=Path, default=ROOT / "corpora" / "text" / "c01.txt")
    ap.add_argument("--limit", type=float, default=0.3, help="seconds allowed for the median (default 0.3)")
    ap.add_argument("--max-ratio", type=float, default=10.0, help="parse/pass ratio allowed (default 10: 0.3 s over a 0.03 s interpreter)")
    args = ap.parse_args(argv)
    r = measure(args.runs, args.file)
    print(f"python -c pass     median {r['pass_median']:.3f} s  best {r['pass_best']:.3f} s  cpu {r['pass_cpu']:.3f} s")
    print(f"govdoc parse FILE  median {r['parse_median']:.3f} s  best {r['parse_best']:.3f} s  cpu {r['parse_cpu']:.3f} s"
          f"  ({r['ratio']:.1f}× the bare interpreter)")
    ok = r["parse_median"] <= args.limit or r["ratio"] <= args.max_ratio
    print("ok" if ok else f"over the limit ({args.limit} s and {args.max_ratio}×)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
