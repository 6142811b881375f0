"""Seeded mutation fuzzing of govdoc_nlp.parse over the corpora documents (issue 13).

Usage: python scripts/fuzz.py [--seconds 600] [--seed 13] [--per-input 10] [--ocr off]

Each iteration takes a corpora file (text, HTML, DOCX, PDF), mutates it (byte flips, control
characters, inserted or unclosed tags, comments, malformed styles, truncation, spliced chunks,
long lines with spaces, or — for DOCX — the same inside word/document.xml) and parses it. Any
exception other than a GovdocError is a crash; a parse over ``--per-input`` seconds is a hang.
Prints iterations, crashes, hangs and the slowest parse; exits 1 when anything crashed or hung.
The test suite runs a short, seeded version of this loop (tests/test_fuzz.py).
"""

from __future__ import annotations

import argparse
import io
import random
import signal
import sys
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_GLOBS = ("corpora/text/*.txt", "corpora/web/*.html", "corpora/docx/*.docx", "corpora/pdf/*.pdf")

INSERTS = (
    b"\x00", b"\x01", b"\x0b", b"\x0c", b"\x1f", b"\x7f", b"\xef\xbf\xbe", b"\xed\xa0\x80", b"\xff\xfe",
    b"<!-- c -->", b"</script>", b"<script>", b"<div>", b"<font>", b"<div><font>", b"</p>", b"<p>", b"<br>",
    b"<table><tr><td>", b"</td></tr></table>", b"<pre>", b"<![CDATA[", b"]]>", b"&#0;", b"&#xfffe;", b"&amp",
    b'<div style="font-size:1..2pt">', b'<span style="font-size:.em">', b'<p style="text-align:center;font-size:99999999999999999999px">',
    b"<?xml version='1.0'?>", b"<!DOCTYPE html>", b"%PDF-1.4", b"PK\x03\x04", b"|", b"||||", b" ",
    "　".encode(), "。".encode(), "：".encode(), "关于".encode(), "的答复".encode(), "委员：".encode(), "一、".encode(),
    "我局将于2025年底前".encode(), "联系人：".encode(), b"\n", b"\r", b"\t",
)


@dataclass
class Report:
    """What a fuzzing run found."""

    iterations: int = 0
    crashes: list[tuple[str, str, bytes]] = field(default_factory=list)
    hangs: list[tuple[str, bytes]] = field(default_factory=list)
    errors: int = 0
    slowest: tuple[float, str] = (0.0, "")

    def line(self) -> str:
        return (
            f"iterations {self.iterations}, crashes {len(self.crashes)}, hangs {len(self.hangs)}, "
            f"clean errors {self.errors}, slowest parse {self.slowest[0]:.2f} s ({self.slowest[1]})"
        )


def seeds() -> list[tuple[str, bytes]]:
    """(name, bytes) of every corpora file used as a seed, in a stable order."""
    out = []
    for pattern in SEED_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            out.append((path.name, path.read_bytes()))
    return out


def _flip(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _insert(data: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(data) + 1)
        data = data[:at] + rng.choice(INSERTS) * rng.choice((1, 1, 1, 3, 50)) + data[at:]
    return data


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _splice(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 4:
        return data + data
    a, b = sorted(rng.sample(range(len(data)), 2))
    at = rng.randrange(len(data))
    return data[:at] + data[a:b] * rng.choice((1, 2, 10)) + data[at:]


def _delete(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 4:
        return data
    a, b = sorted(rng.sample(range(len(data)), 2))
    return data[:a] + data[b:]


def _long_line(data: bytes, rng: random.Random) -> bytes:
    """The text with its newlines removed or a space between characters (quadratic-time bait)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data.replace(b"\n", b" ")
    if rng.random() < 0.5:
        return text.replace("\n", rng.choice(("", " "))).encode("utf-8")
    return " ".join(text[:4000]).encode("utf-8")


def _nest(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice((b"<div>", b"<div><font>", b"<span>", b"<table><tr><td>")) * rng.choice((100, 300, 2500)) + data[at:]


MUTATORS: tuple[Callable[[bytes, random.Random], bytes], ...] = (_flip, _insert, _insert, _truncate, _splice, _delete, _long_line, _nest)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A mutated copy of ``data``; a DOCX is often mutated inside its document.xml instead."""
    if data[:4] == b"PK\x03\x04" and rng.random() < 0.6:
        return _mutate_member(data, "word/document.xml", rng)
    for _ in range(rng.randint(1, 3)):
        data = rng.choice(MUTATORS)(data, rng)
    return data


def _mutate_member(data: bytes, name: str, rng: random.Random) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zin:
            members = [(info, zin.read(info)) for info in zin.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError):
        return _flip(data, rng)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, raw in members:
            if info.filename == name:
                raw = rng.choice((_flip, _insert, _truncate, _splice, _delete))(raw, rng)
            zout.writestr(info.filename, raw)
    return buf.getvalue()


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Hang


def run(seconds: float, *, seed: int = 13, per_input: float = 10.0, ocr: str = "off", log: Callable[[str], None] | None = None) -> Report:
    """Fuzz for ``seconds``; return the report. ``per_input`` bounds one parse (SIGALRM)."""
    import govdoc_nlp
    from govdoc_nlp import GovdocError, LoadOptions

    options = LoadOptions(ocr=ocr)
    rng = random.Random(seed)
    pool = seeds()
    report = Report()
    use_alarm = hasattr(signal, "SIGALRM")
    old = signal.signal(signal.SIGALRM, _alarm) if use_alarm else None
    end = time.monotonic() + seconds
    try:
        while time.monotonic() < end:
            name, base = rng.choice(pool)
            data = mutate(base, rng)
            label = f"{name}#{report.iterations}"
            start = time.perf_counter()
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, per_input)
            try:
                reply = govdoc_nlp.parse(data, options=options)
                reply.to_json()
            except GovdocError:
                report.errors += 1
            except _Hang:
                report.hangs.append((label, data))
            except Exception as exc:  # noqa: BLE001 - a crash is what we are looking for
                where = traceback.extract_tb(exc.__traceback__)[-1]
                report.crashes.append((label, f"{type(exc).__name__}: {exc} at {Path(where.filename).name}:{where.lineno}", data))
                if log:
                    log(f"CRASH {label}: {report.crashes[-1][1]}")
            finally:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.perf_counter() - start
            if took > report.slowest[0]:
                report.slowest = (took, label)
            report.iterations += 1
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, old)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--per-input", type=float, default=10.0, help="seconds one parse may take before it counts as a hang")
    parser.add_argument("--ocr", choices=["auto", "force", "off"], default="off", help="OCR for scanned PDF pages (default off: speed)")
    parser.add_argument("--save", type=Path, help="folder to write crashing and hanging inputs to")
    args = parser.parse_args(argv)
    report = run(args.seconds, seed=args.seed, per_input=args.per_input, ocr=args.ocr, log=lambda s: print(s, flush=True))
    print(report.line())
    if args.save and (report.crashes or report.hangs):
        args.save.mkdir(parents=True, exist_ok=True)
        for label, _, data in report.crashes:
            (args.save / f"crash-{label.replace('#', '-')}").write_bytes(data)
        for label, data in report.hangs:
            (args.save / f"hang-{label.replace('#', '-')}").write_bytes(data)
    return 1 if report.crashes or report.hangs else 0


if __name__ == "__main__":
    sys.exit(main())
