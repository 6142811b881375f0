"""Throughput of parse_text on typical replies, against a bare decode + NFKC pass in the same run.

Usage: python benchmarks/bench_parse.py [--rounds N]

Typical replies are 2–5 k characters: each corpora document is lengthened by repeating its body
paragraphs until it is at least 2,000 characters. Prints documents/s and characters/s for both
passes and their ratio (the ratio is what to compare between machines).
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def typical_replies() -> list[bytes]:
    """Corpora documents lengthened to 2–5 k characters, encoded as UTF-8 bytes."""
    from govdoc_nlp.load.encoding import decode_text

    docs = []
    for path in sorted((ROOT / "corpora" / "text").glob("*.txt")):
        text, _ = decode_text(path.read_bytes())
        lines = text.splitlines()
        body = [ln for ln in lines if len(ln.strip()) >= 20]
        out = list(lines)
        while sum(len(x) for x in out) < 2500 and body:
            insert_at = len(out) // 2
            out[insert_at:insert_at] = body[: max(1, len(body) // 2)]
        docs.append("\n".join(out).encode("utf-8"))
    return docs


def bare_pass(docs: list[bytes]) -> int:
    """Decode and NFKC-normalise, nothing else."""
    n = 0
    for data in docs:
        n += len(unicodedata.normalize("NFKC", data.decode("utf-8")))
    return n


def parse_pass(docs: list[bytes]) -> int:
    """The full parser on already-decoded text."""
    import govdoc_nlp

    n = 0
    for data in docs:
        text = data.decode("utf-8")
        govdoc_nlp.parse_text(text)
        n += len(text)
    return n


def timed(fn, docs: list[bytes], rounds: int) -> tuple[float, int]:
    start = time.perf_counter()
    chars = 0
    for _ in range(rounds):
        chars += fn(docs)
    return time.perf_counter() - start, chars


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    import govdoc_nlp

    docs = typical_replies()
    t0 = time.perf_counter()
    govdoc_nlp.parse_text(docs[0].decode("utf-8"))  # loads jieba and compiles patterns once
    warm = time.perf_counter() - t0
    n_docs = len(docs) * args.rounds
    sizes = sorted(len(d.decode("utf-8")) for d in docs)
    print(f"documents: {len(docs)} × {args.rounds} rounds; characters per document: median {sizes[len(sizes) // 2]}, "
          f"min {sizes[0]}, max {sizes[-1]}; first-call warm-up {warm:.2f}s")
    bare_t, bare_c = timed(bare_pass, docs, args.rounds)
    parse_t, parse_c = timed(parse_pass, docs, args.rounds)
    print(f"{'pass':<22}{'docs/s':>10}{'kchars/s':>12}")
    print(f"{'bare decode+NFKC':<22}{n_docs / bare_t:>10.0f}{bare_c / bare_t / 1000:>12.0f}")
    print(f"{'parse_text':<22}{n_docs / parse_t:>10.0f}{parse_c / parse_t / 1000:>12.0f}")
    print(f"ratio parse/bare (docs/s): {bare_t / parse_t:.4f}  (parse is {parse_t / bare_t:.0f}× slower than the bare pass)")


if __name__ == "__main__":
    main()
