"""Hostile and unlucky inputs (issue 13): each defect found by fuzzing, rebuilt from its
reproduction, ends in a Reply or a clear GovdocError, in bounded time and memory."""

from __future__ import annotations

import functools
import io
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from helpers import ROOT

import govdoc_nlp
from govdoc_nlp import GovdocError, InputTooLargeError, LoadOptions, Reply, UnreadableInputError
from govdoc_nlp.load.reader import read_bounded

LETTER_HTML = """<html><head><title>关于市政协第0212号提案的答复</title></head><body>
<div class="article">
<h1>关于市政协第0212号提案的答复</h1>
<p>李华委员：</p>
<p>您提出的《关于改善老旧小区加装电梯的提案》收悉。现答复如下：</p>
<p>{middle}</p>
<p>下一步，我局将于2025年底前完成全市加装电梯的补贴办法修订，进一步简化审批流程。</p>
<p>感谢您对住房和城乡建设工作的关心和支持。</p>
<p>青川市住房和城乡建设局</p>
<p>2024年7月3日</p>
</div></body></html>"""

MIDDLE = "近年来，我局会同各区政府推进老旧小区改造，已为三百余个单元加装电梯，居民满意度持续提升。"


def letter(middle: str = MIDDLE) -> bytes:
    return LETTER_HTML.format(middle=middle).encode("utf-8")


def _body(reply: Reply) -> str:
    return reply.text


# -- 1. control characters in HTML -------------------------------------------------------------

@pytest.mark.parametrize(
    "snippet",
    [
        "<p>x<!-- c -->\x0btail</p><div>y</div><p>z</p>",
        "<script>var a;</script>\x01tail",
        "<p>前文<!-- 注释 -->\x00\x1f\x0c后文</p>",
        "<p>坏字符\ufffe\uffff结束</p>",
    ],
)
def test_control_characters_after_a_dropped_element_parse(snippet: str) -> None:
    reply = govdoc_nlp.parse(letter(MIDDLE + "</p>" + snippet + "<p>"))
    assert isinstance(reply, Reply)
    assert "已为三百余个单元加装电梯" in reply.text
    assert not any(ch in reply.text for ch in "\x00\x01\x0b\x0c\x1f")
    assert reply.addressee is not None and "李华" in reply.addressee.text


def test_the_bare_fuzz_reproduction_gives_a_reply() -> None:
    reply = govdoc_nlp.parse(b"<p>x<!-- c -->\x0btail</p><div>y</div><p>z</p>")
    assert isinstance(reply, Reply)


# -- 2. malformed inline style -----------------------------------------------------------------

@pytest.mark.parametrize("style", ["font-size:1..2pt", "font-size:..pt", "font-size:1.2.3px", "font-size:.em"])
def test_malformed_font_size_is_ignored(style: str) -> None:
    page = letter().replace(b"<p>\xe6\x9d\x8e", f'<div style="{style}">附言</div><p>李'.encode(), 1)
    reply = govdoc_nlp.parse(page)
    assert "附言" in reply.text and "已为三百余个单元加装电梯" in reply.text


def test_a_valid_font_size_is_still_read() -> None:
    from govdoc_nlp.load.html import _style_font_size

    assert _style_font_size("font-size: 16px") == 12.0
    assert _style_font_size("font-size:1..2pt") is None


# -- 3. a huge page sent to OCR is rendered within the pixel budget ---------------------------

def tiny_pdf(side: int = 14400, height: int | None = None) -> bytes:
    """A page of ``side`` points (× ``height``) covered by one 1×1 grey image (issue 13: 667 bytes → 4.7 GB)."""
    height = height or side
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {side} {height}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>".encode(),
    ]
    content = f"q {side} 0 0 {height} 0 0 cm /Im1 Do Q".encode()
    objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objs.append(b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_a_huge_blank_page_is_scaled_down_not_rendered_at_40000_px() -> None:
    pytest.importorskip("pypdfium2")
    data = tiny_pdf()
    assert len(data) < 800
    start = time.perf_counter()
    reply = govdoc_nlp.parse(data)
    assert time.perf_counter() - start < 20
    codes = {w.code for w in reply.warnings}
    assert "page_scaled" in codes and "no_text" in codes
    assert reply.source.methods == ["ocr"]


def test_the_review_page_draws_a_sliver_page_small() -> None:
    pytest.importorskip("pypdfium2")
    from govdoc_nlp.view.page_images import page_images

    (page,) = page_images(tiny_pdf(2, 14400), "pdf", width=900)
    assert page.height == 14400 and len(page.uri) < 2_000_000


def test_render_scale_keeps_normal_pages_and_bounds_huge_ones() -> None:
    pytest.importorskip("pypdfium2")
    from govdoc_nlp.load.pdf_text import OCR_MAX_SIDE, render_scale

    assert render_scale(595, 842, 200, 120_000_000) == pytest.approx(200 / 72)  # A4 at 200 dpi
    assert render_scale(842, 1191, 200, 120_000_000) == pytest.approx(200 / 72)  # A3
    huge = render_scale(14400, 14400, 200, 120_000_000)
    assert 14400 * huge == pytest.approx(OCR_MAX_SIDE)
    tight = render_scale(3000, 3000, 200, 1_000_000)
    assert (3000 * tight) ** 2 == pytest.approx(1_000_000)


# -- 4. sizes are not trusted: bounded reads, regular files only -------------------------------

class _Endless(io.RawIOBase):
    """A stream that never ends, counting what was read from it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[override]
        n = len(buf)
        buf[:n] = b"a" * n
        self.served += n
        return n


def test_bounded_reader_stops_an_endless_stream() -> None:
    stream = _Endless()
    with pytest.raises(InputTooLargeError, match="over the"):
        read_bounded(stream, 5_000_000)  # type: ignore[arg-type]
    assert stream.served <= 5_000_001
    assert read_bounded(io.BytesIO(b"abc"), 3) == b"abc"


def test_dev_zero_is_refused_without_reading() -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    start = time.perf_counter()
    with pytest.raises(UnreadableInputError, match="not a regular file"):
        govdoc_nlp.parse("/dev/zero", options=LoadOptions(max_bytes=1000))
    assert time.perf_counter() - start < 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableInputError, match="FIFO"):
        govdoc_nlp.parse(fifo)


def _govdoc(*args: str, stdin=None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "govdoc_nlp.cli", *args], stdin=stdin, capture_output=True, text=True, env=env, timeout=timeout
    )


def test_parse_stdin_stops_at_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from govdoc_nlp.commands import parse as parse_command

    class _Stdin:
        buffer = _Endless()

    import govdoc_nlp.load

    monkeypatch.setattr(parse_command.sys, "stdin", _Stdin())
    monkeypatch.setattr(govdoc_nlp.load, "LoadOptions", functools.partial(LoadOptions, max_bytes=2_000_000))
    from govdoc_nlp.cli import main

    assert main(["parse", "-"]) == 2
    assert _Stdin.buffer.served <= 2_000_001


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"), reason="needs FIFOs and /dev/zero")
def test_convert_skips_fifos_and_devices_with_a_reason(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_good.html").write_bytes(letter())
    os.mkfifo(src / "b_pipe.txt")
    (src / "c_zero.txt").symlink_to("/dev/zero")
    out = tmp_path / "out.jsonl"
    summary = govdoc_nlp.convert([src], out, jobs=1, timeout=20)
    assert summary.outcomes["converted"] == 1 and summary.outcomes["failed"] == 2
    errors = {Path(r["input_key"]).name: r for r in map(json.loads, Path(summary.errors).read_text(encoding="utf-8").splitlines())}
    assert "FIFO" in errors["b_pipe.txt"]["message"] and "device" in errors["c_zero.txt"]["message"]
    assert {r["code"] for r in errors.values()} == {"unreadable"}


def test_any_error_is_a_govdoc_error() -> None:
    assert issubclass(InputTooLargeError, GovdocError)


# -- 5. long lines with spaces are linear -----------------------------------------------------

LINE = "您提出的关于加快老旧小区加装电梯的建议收悉。我局将于2025年底前完成补贴办法修订。下一步，我们将简化审批流程。"


@pytest.mark.parametrize("make", [lambda n: (LINE + " ") * (n // (len(LINE) + 1)), lambda n: " ".join(LINE * (n // (2 * len(LINE)) + 1))[:n]])
def test_a_long_line_with_spaces_parses_in_linear_time(make) -> None:
    govdoc_nlp.parse_text(LINE)
    text = make(200_000)
    start = time.process_time()
    reply = govdoc_nlp.parse_text(text)
    assert time.process_time() - start < 8  # was ~35 s (quadratic) at this length
    paragraphs = [p.text.replace(" ", "") for p in reply.paragraphs]
    assert any(p.startswith("您提出的关于加快老旧小区加装电梯的建议收悉。我局将于2025年底前完成补贴办法修订。") for p in paragraphs)
    if reply.is_reply:  # (a text spaced out character by character reads as no reply, and a non-reply keeps no commitments)
        assert reply.commitments[0].text.replace(" ", "") == "我局将于2025年底前完成补贴办法修订。"


def test_splitting_a_joined_line_keeps_its_paragraphs() -> None:
    text = "关于市政协第0212号提案的答复 李华委员： 您提出的提案收悉。现答复如下： 一、关于电梯 我局将于2025年底前完成修订。 下一步，我们将简化流程。"
    reply = govdoc_nlp.parse_text(text)
    assert reply.title == "关于市政协第0212号提案的答复"
    assert reply.addressee is not None and reply.addressee.names == ["李华"]


# -- 9. deep nesting never loses the letter silently -------------------------------------------

NESTED_HEAD = (
    "<html><head><title>关于第0212号提案的答复</title></head><body><h1>关于市政协第0212号提案的答复</h1>"
    "<p>李华委员：</p><p>您提出的《关于改善老旧小区的提案》收悉。现答复如下：</p>"
)
UNCLOSED = "<p>第{i}项：我局将于2025年底前完成该项工作，进一步简化审批流程。</p><div><font>"


@pytest.mark.parametrize("paragraphs", [146, 600])
def test_unclosed_div_font_paragraphs_keep_every_paragraph(paragraphs: int) -> None:
    page = NESTED_HEAD + "".join(UNCLOSED.format(i=i) for i in range(paragraphs)) + "<p>青川市住房和城乡建设局</p><p>2024年7月3日</p></body></html>"
    reply = govdoc_nlp.parse(page.encode("utf-8"))
    assert reply.text.count("项：我局将于2025年底前完成") == paragraphs
    assert reply.issuer == "青川市住房和城乡建设局" and reply.date == "2024-07-03"
    assert reply.addressee is not None and reply.addressee.names == ["李华"]
    assert "deep_nesting" in {w.code for w in reply.warnings}


def test_nesting_past_libxml2s_hard_limit_keeps_the_text() -> None:
    page = NESTED_HEAD + "<div>" * 5000 + "<p>我局将于2025年底前完成老旧小区加装电梯补贴办法的修订。</p></body></html>"
    reply = govdoc_nlp.parse(page.encode("utf-8"))
    assert "我局将于2025年底前完成老旧小区加装电梯补贴办法的修订。" in reply.text
    assert "deep_nesting" in {w.code for w in reply.warnings}


def test_ordinary_pages_are_not_flattened() -> None:
    reply = govdoc_nlp.parse(letter())
    assert "deep_nesting" not in {w.code for w in reply.warnings}


# -- 10. inflated sizes inside DOCX/OFD are capped -----------------------------------------------

DOCX = ROOT / "corpora" / "docx" / "c237.docx"


def _rezip(source: Path, pad: dict[str, int], extra: dict[str, bytes] | None = None) -> bytes:
    """The archive with ``pad[name]`` spaces appended to members (valid XML, highly compressible)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info) + b" " * pad.get(info.filename, 0))
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return buf.getvalue()


def test_a_docx_bomb_is_refused_before_it_inflates() -> None:
    bomb = _rezip(DOCX, {"word/document.xml": 40_000_000})
    assert len(bomb) < 3_000_000
    opts = LoadOptions(max_inflated_member=10_000_000)
    with pytest.raises(InputTooLargeError, match="word/document.xml inflates to 40 MB") as err:
        govdoc_nlp.parse(bomb, options=opts)
    assert err.value.code == "too_large"


def test_the_total_inflated_size_is_capped_too() -> None:
    many = _rezip(DOCX, {}, {f"word/media/pad{i}.bin": b"\0" * 3_000_000 for i in range(5)})
    opts = LoadOptions(max_inflated_member=4_000_000, max_inflated_total=10_000_000)
    with pytest.raises(InputTooLargeError, match="max_inflated_total"):
        govdoc_nlp.parse(many, options=opts)
    assert govdoc_nlp.parse(many).title == govdoc_nlp.parse(DOCX).title  # under the default caps


def test_an_ofd_bomb_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("OFD.xml", b"<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>" + b" " * 20_000_000)
    with pytest.raises(InputTooLargeError, match="OFD member OFD.xml"):
        govdoc_nlp.parse(buf.getvalue(), options=LoadOptions(max_inflated_member=5_000_000))


# -- 11. a truncated .docx is unreadable, not "a ZIP archive" -------------------------------------

@pytest.mark.parametrize("keep", [0.5, 0.1, 200])
def test_a_truncated_docx_is_unreadable(keep: float) -> None:
    data = DOCX.read_bytes()
    cut = data[: int(len(data) * keep) if keep < 1 else int(keep)]
    with pytest.raises(UnreadableInputError, match="truncated"):
        govdoc_nlp.parse(cut)


def test_a_damaged_unknown_zip_is_unreadable_and_a_whole_one_unsupported() -> None:
    whole = io.BytesIO()
    with zipfile.ZipFile(whole, "w") as zf:
        zf.writestr("notes/a.txt", "hello")
    with pytest.raises(govdoc_nlp.UnsupportedFormatError):
        govdoc_nlp.parse(whole.getvalue())
    with pytest.raises(UnreadableInputError, match="damaged ZIP"):
        govdoc_nlp.parse(whole.getvalue()[:30])


def test_convert_reports_a_truncated_docx_as_unreadable(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    data = DOCX.read_bytes()
    (src / "cut.docx").write_bytes(data[: len(data) // 2])
    (src / "whole.docx").write_bytes(data)
    summary = govdoc_nlp.convert([src], tmp_path / "out.jsonl", jobs=1, timeout=60)
    assert summary.outcomes["converted"] == 1
    (record,) = map(json.loads, Path(summary.errors).read_text(encoding="utf-8").splitlines())
    assert Path(record["input_key"]).name == "cut.docx" and record["code"] == "unreadable"
    assert "truncated" in record["message"] and "neither DOCX nor OFD" not in record["message"]


# -- 6. workers end with a killed parent ---------------------------------------------------------

def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_exit_when_convert_is_killed(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a_sleep.txt", "b_sleep.txt", "c_sleep.txt"):
        (src / name).write_bytes(letter())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GOVDOC_BULK_PARSE": "govdoc_nlp.bulk.testing:chaos_parse", "GOVDOC_CHAOS_SLEEP": "120"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "govdoc_nlp.cli", "convert", str(src), "-o", str(tmp_path / "o.jsonl"), "-j", "2", "--progress", "off"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(proc.pid)
        assert len(workers) == 2
        time.sleep(1)
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.2)
    assert not any(_alive(p) for p in workers)


# -- 7. one run per output -------------------------------------------------------------------------

def _letters(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"d{i:03d}.html").write_bytes(letter(f"第{i}号：" + "我局将于2025年底前完成该项工作。" * (i + 1)))
    return folder


@pytest.mark.parametrize("name", ["out.jsonl", "out.sqlite", "outdir"])
def test_a_second_convert_on_the_same_output_is_refused(tmp_path: Path, name: str) -> None:
    from govdoc_nlp.bulk.guard import OutputLock, OutputLockedError
    from govdoc_nlp.cli import main

    src = _letters(tmp_path / "in", 3)
    out = tmp_path / name
    held = OutputLock(str(out)).acquire()  # as a first run would, for its whole duration
    try:
        with pytest.raises(OutputLockedError, match="being written by another govdoc convert"):
            govdoc_nlp.convert([src], out, jobs=1, resume=True)
        assert main(["convert", str(src), "-o", str(out), "-j", "1", "-q", "--resume"]) == 2
        assert not out.exists()
    finally:
        held.release()
    summary = govdoc_nlp.convert([src], out, jobs=1, resume=True)
    assert summary.outcomes["converted"] == 3


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux")
def test_concurrent_resume_runs_do_not_duplicate_rows(tmp_path: Path) -> None:
    src = _letters(tmp_path / "in", 12)
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GOVDOC_BULK_PARSE": "govdoc_nlp.bulk.testing:chaos_parse", "GOVDOC_CHAOS_DELAY": "0.3"}
    cmd = [sys.executable, "-m", "govdoc_nlp.cli", "convert", str(src), "-o", str(out), "-j", "1", "-q", "--resume"]
    first = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (tmp_path / "out.jsonl.lock").exists():
        time.sleep(0.1)
    time.sleep(1)
    second = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    first.communicate(timeout=120)
    assert first.returncode == 0 and second.returncode == 2
    assert "being written by another govdoc convert" in second.stderr
    keys = [json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(keys) == len(set(keys)) == 12


# -- 8. the output cannot be written: a clear error, exit 2, resumable -----------------------------

def _limit_file_size() -> None:
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE stands in for a full disk")
@pytest.mark.parametrize("name", ["full.jsonl", "full.sqlite"])
def test_a_full_disk_stops_with_a_clear_error_and_resumes(tmp_path: Path, name: str) -> None:
    src = _letters(tmp_path / "in", 40)
    out = tmp_path / name
    cmd = [sys.executable, "-m", "govdoc_nlp.cli", "convert", str(src), "-o", str(out), "-j", "1", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    full = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, preexec_fn=_limit_file_size)
    assert full.returncode == 2, full.stderr
    assert "Traceback" not in full.stderr and "cannot write" in full.stderr and "--resume" in full.stderr
    again = subprocess.run([*cmd, "--resume"], env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    if name.endswith(".jsonl"):
        keys = [json.loads(line)["source"]["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    else:
        import sqlite3

        with sqlite3.connect(out) as db:
            keys = [row[0] for row in db.execute("SELECT input_key FROM inputs WHERE status = 'converted'")]
    assert len(keys) == len(set(keys)) == 40


def test_a_read_only_output_folder_is_a_clear_error(tmp_path: Path) -> None:

    src = _letters(tmp_path / "in", 1)
    if os.geteuid() == 0:
        if not os.path.isdir("/sys"):
            pytest.skip("no folder root cannot write to")
        out = Path("/sys/govdoc-out.jsonl")  # root ignores permission bits; /sys refuses new files
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o555)
        out = ro / "out.jsonl"
    proc = _govdoc("convert", str(src), "-o", str(out), "-j", "1", "-q")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "cannot write" in proc.stderr and "writable" in proc.stderr


# -- found by the fuzz loop ----------------------------------------------------------------------

@pytest.mark.parametrize("reference", ["&#xfffe;", "&#11;", "&#x1;"])
def test_character_references_to_control_characters_parse(reference: str) -> None:
    page = letter(MIDDLE + f"</p><!-- c -->{reference}尾<p>")
    reply = govdoc_nlp.parse(page)
    assert "已为三百余个单元加装电梯" in reply.text and "\ufffe" not in reply.text


def test_utf8_cut_mid_character_keeps_its_text() -> None:
    data = letter().replace(b"</body></html>", b"") + "补充说明".encode()[:-1]
    reply = govdoc_nlp.parse(data)
    assert reply.issuer == "青川市住房和城乡建设局" and reply.source.encoding == "utf-8"
    gbk = letter().decode("utf-8").encode("gb18030")
    assert govdoc_nlp.parse(gbk).source.encoding == "gb18030"
