"""Benchmark of `govdoc convert`: throughput with 1 and 2 worker processes, and peak memory as the
number of documents grows (it must stay flat: results are streamed, never accumulated).

    .venv/bin/python benchmarks/bench_bulk.py            # 2,000 docs for speed; 1,000 vs 4,000 for memory
    .venv/bin/python benchmarks/bench_bulk.py --docs 500 --memory-docs 250 1000   # quicker

Each conversion runs in a fresh interpreter so peak RSS (getrusage: the parent itself, and the
largest worker via RUSAGE_CHILDREN) belongs to that conversion alone."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEMPLATE = """关于市政协十三届{session}次会议第{n:04d}号提案的答复

{name}委员：

您提出的《关于{topic}的提案》收悉。经认真研究，现答复如下：

一、关于{topic}的基本情况
近年来，我局高度重视{topic}工作，累计投入资金{money}万元，建成{count}个服务站点，覆盖{area}个街道。

二、下一步工作打算
（一）我们将于{year}年底前完成{count}个社区站点改造，确保服务覆盖率达到{pct}%。
（二）力争{year2}年6月底前出台配套政策，积极研究建立长效机制。
（三）进一步加强人才队伍建设，计划每年培训{train}人次。

感谢您对{dept}工作的关心和支持，欢迎继续提出宝贵意见。

联系单位：秦原市{dept}
联系人：{contact}    联系电话：0571-{phone}

秦原市{dept}
{year}年{month}月{day}日

抄送：市政协提案委，市政府办公室。
"""
TOPICS = ["加强社区养老服务", "推进垃圾分类", "改善农村道路", "完善托育服务体系", "提升基层医疗水平", "优化营商环境"]
NAMES = ["张明", "李华", "王芳", "赵强", "陈静", "刘洋"]
DEPTS = ["民政局", "城市管理局", "交通运输局", "卫生健康委员会", "发展和改革委员会"]


def make_docs(folder: Path, n: int, seed: int = 7) -> None:
    """Write ``n`` varied replies (UTF-8 and GB18030) into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = TEMPLATE.format(
            session=rng.choice("一二三四五"), n=i, name=rng.choice(NAMES), topic=rng.choice(TOPICS), money=rng.randint(10, 9000),
            count=rng.randint(2, 90), area=rng.randint(3, 40), year=rng.choice([2023, 2024, 2025]), year2=2026, pct=rng.randint(60, 99),
            train=rng.randint(50, 900), dept=rng.choice(DEPTS), contact=rng.choice(NAMES), phone=rng.randint(10000000, 99999999),
            month=rng.randint(1, 12), day=rng.randint(1, 28),
        ) * rng.randint(1, 3)
        sub = folder / f"batch{i % 20:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"reply{i:05d}.txt").write_bytes(text.encode("gb18030" if i % 4 == 0 else "utf-8"))


def child(inputs: str, out: str, jobs: int) -> None:
    """Run one conversion in this process and print its timings and peak memory as JSON."""
    import govdoc_nlp

    start = time.perf_counter()
    summary = govdoc_nlp.convert([inputs], out, jobs=jobs, overwrite=True)
    seconds = time.perf_counter() - start
    kib = 1024 if sys.platform != "darwin" else 1
    print(json.dumps({
        "files": summary.processed,
        "converted": summary.converted,
        "seconds": seconds,
        "files_per_second": summary.processed / seconds,
        "parent_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib / 1e6,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kib / 1e6,
    }))


def run(inputs: Path, out: Path, jobs: int) -> dict:
    cmd = [sys.executable, __file__, "--child", str(inputs), str(out), str(jobs)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents for the speed-up run (default 2000)")
    parser.add_argument("--memory-docs", type=int, nargs=2, default=[1000, 4000], help="two corpus sizes for the memory check")
    parser.add_argument("--output", default="jsonl", choices=["jsonl", "sqlite", "parquet"], help="output kind (default jsonl)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return
    ext = {"jsonl": ".jsonl", "sqlite": ".sqlite", "parquet": ".parquet"}[args.output]
    with tempfile.TemporaryDirectory(prefix="bench_bulk_") as tmp:
        root = Path(tmp)
        make_docs(root / "speed", args.docs)
        print(f"speed: {args.docs} text replies → {args.output}, {os.cpu_count()} cores")
        runs = {}
        for jobs in (1, 2):
            r = runs[jobs] = run(root / "speed", root / f"speed_j{jobs}{ext}", jobs)
            print(f"  -j {jobs}: {r['seconds']:.2f} s, {r['files_per_second']:.0f} files/s "
                  f"(parent peak {r['parent_peak_mb']:.0f} MB, worker peak {r['worker_peak_mb']:.0f} MB)")
        speedup = runs[2]["files_per_second"] / runs[1]["files_per_second"]
        print(f"  speed-up -j 2 vs -j 1: {speedup:.2f}x (target >= 1.6x)")
        same = (root / f"speed_j1{ext}").read_bytes() == (root / f"speed_j2{ext}").read_bytes() if ext == ".jsonl" else None
        if same is not None:
            print(f"  -j 1 and -j 2 outputs identical: {same}")
        small, large = args.memory_docs
        print(f"memory: {small} vs {large} documents (-j 2)")
        mem = {}
        for n in (small, large):
            make_docs(root / f"mem{n}", n, seed=n)
            r = mem[n] = run(root / f"mem{n}", root / f"mem{n}{ext}", 2)
            print(f"  {n:>5} docs: parent peak {r['parent_peak_mb']:.0f} MB, worker peak {r['worker_peak_mb']:.0f} MB, "
                  f"{r['files_per_second']:.0f} files/s")
        for who in ("parent_peak_mb", "worker_peak_mb"):
            growth = mem[large][who] / mem[small][who] - 1
            print(f"  {who.replace('_peak_mb', '')} peak growth {small}→{large}: {growth:+.1%} (limit +20%)")


if __name__ == "__main__":
    main()
