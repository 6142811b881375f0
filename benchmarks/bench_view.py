"""Response times of the `govdoc view --serve` browser over a 5,000-document archive.

Builds text replies by varying the corpus documents (corpora/text/*.txt: numbers, names, dates,
a unique token per document, a few empty files that fail), converts them with the bulk API
(``govdoc_nlp.convert`` → SQLite), serves the archive on 127.0.0.1 (port picked by the OS) and
times list, search, filter and document requests with urllib. Target: every median < 300 ms.

    .venv/bin/python benchmarks/bench_view.py [--docs 5000] [--jobs 2] [--repeat 5] [--folder]

``--folder`` also times parsing the generated folder into the viewer's in-memory index.
Exit status 1 when a median is over ``--target-ms``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "_output" / "view"
NAMES = ["王明", "李华", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞"]


def make_documents(folder: Path, n: int, seed: int = 7) -> list[str]:
    """Write ``n`` reply texts (and n // 500 empty files) under ``folder``; returns the tokens."""
    rng = random.Random(seed)
    templates = [_read(p) for p in sorted((ROOT / "corpora" / "text").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    tokens = []
    for i in range(n):
        text = templates[i % len(templates)]
        token = f"BENCH{i:05d}"
        text = text.replace("2023", str(2015 + i % 10)).replace("2024", str(2016 + i % 9))
        for name in NAMES[:3]:
            text = text.replace(name, rng.choice(NAMES))
        lines = text.split("\n")
        at = max(1, len(lines) // 2)
        lines.insert(at, f"（本件编号：{token}，第{rng.randint(1, 9999)}号。）")
        (folder / f"{i // 1000:02d}" / f"doc{i:05d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"{i // 1000:02d}" / f"doc{i:05d}.txt").write_text("\n".join(lines), encoding="utf-8")
        tokens.append(token)
    for k in range(max(1, n // 500)):
        (folder / f"broken{k:03d}.txt").write_bytes(b"")
    return tokens


def _read(path: Path) -> str:
    data = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030", "utf-16"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def timed(url: str, repeat: int) -> tuple[float, float, int]:
    """(median ms, max ms, bytes) of ``repeat`` GETs of ``url``."""
    times, size = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        with urllib.request.urlopen(url, timeout=60) as resp:
            body = resp.read()
            assert resp.status == 200, (url, resp.status)
        times.append((time.perf_counter() - t) * 1000)
        size = len(body)
    return statistics.median(times), max(times), size


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--target-ms", type=float, default=300.0)
    ap.add_argument("--folder", action="store_true", help="also time indexing the folder itself")
    args = ap.parse_args(argv)

    import govdoc_nlp
    from govdoc_nlp.view.server import make_server

    shutil.rmtree(OUT, ignore_errors=True)
    docs = OUT / "docs"
    t = time.perf_counter()
    tokens = make_documents(docs, args.docs)
    print(f"generated {args.docs} documents in {time.perf_counter() - t:.1f} s")
    archive = OUT / "archive.sqlite"
    t = time.perf_counter()
    summary = govdoc_nlp.convert([str(docs)], str(archive), jobs=args.jobs)
    print(f"converted: {summary.converted} converted, {summary.failed} failed in {time.perf_counter() - t:.1f} s ({args.jobs} jobs)")

    t = time.perf_counter()
    server = make_server(str(archive), port=0)
    print(f"served archive indexed in {(time.perf_counter() - t) * 1000:.0f} ms at {server.url}")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = server.url
    issuer = server.app.index.facets()["issuer"][0][0]
    first_id = json.loads(urllib.request.urlopen(base + "api/docs?limit=1").read())["docs"][0]["id"]

    def q(**params) -> str:
        return "?" + urllib.parse.urlencode(params) if params else ""

    cases = [
        ("list: first page (HTML)", "/" + q()),
        ("list: page 26 (HTML)", "/" + q(offset=2500)),
        ("list: first page (JSON)", "/api/docs" + q()),
        ("search: common word 建议", "/" + q(q="建议")),
        ("search: rare token", "/" + q(q=tokens[len(tokens) // 2])),
        ("search: no match", "/" + q(q="不存在的词语组合")),
        ("search: two words", "/" + q(q="教育 补助")),
        ("filter: issuer", "/" + q(issuer=issuer)),
        ("filter: with warnings", "/" + q(warn="some")),
        ("filter: failed", "/" + q(status="failed")),
        ("search+filter: 答复 & issuer", "/" + q(q="答复", issuer=issuer)),
        ("document page (first render)", f"/doc/{first_id}"),
        ("document page (cached)", f"/doc/{first_id}"),
    ]
    print(f"\n{'request':34} {'median ms':>10} {'max ms':>8} {'KB':>7}")
    worst = 0.0
    for name, path in cases:
        repeat = 1 if "first render" in name else args.repeat
        med, mx, size = timed(base.rstrip("/") + path, repeat)
        worst = max(worst, med)
        print(f"{name:34} {med:10.1f} {mx:8.1f} {size / 1024:7.1f}")
    server.shutdown()
    server.server_close()

    if args.folder:
        t = time.perf_counter()
        folder_server = make_server(str(docs), port=0, background=False)
        print(f"\nfolder of {args.docs + max(1, args.docs // 500)} files parsed into the index in {time.perf_counter() - t:.1f} s")
        threading.Thread(target=folder_server.serve_forever, daemon=True).start()
        for name, path in cases[:5]:
            med, mx, size = timed(folder_server.url.rstrip("/") + path, args.repeat)
            worst = max(worst, med)
            print(f"folder {name:27} {med:10.1f} {mx:8.1f} {size / 1024:7.1f}")
        folder_server.shutdown()
        folder_server.server_close()

    ok = worst < args.target_ms
    print(f"\nslowest median {worst:.1f} ms: {'within' if ok else 'OVER'} the {args.target_ms:.0f} ms target")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
