"""OCR engines behind one small interface: an image in, text boxes out.

``rapidocr`` (default) runs the PP-OCR models that ship inside the ``rapidocr`` wheel on
onnxruntime; the model paths are pinned to the bundled files so nothing is ever downloaded. The
angle classifier is off: on upright pages it adds nothing, and it drops or garbles lines with
“” quotes. ``tesseract`` calls the ``tesseract`` binary (``chi_sim``) when it is installed.
Engines are created once per process (:func:`get_engine`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from govdoc_nlp.errors import MissingDependencyError, UnsupportedFormatError

Quad = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class OcrBox:
    """One recognised piece of text (usually a line or part of one) in image pixels.

    ``box`` is the quadrilateral top-left, top-right, bottom-right, bottom-left.
    """

    text: str
    box: Quad
    confidence: float


@runtime_checkable
class OcrEngine(Protocol):
    """What the loaders need from an OCR engine."""

    name: str

    def recognize(self, image: Any) -> list[OcrBox]:
        """Text boxes of a PIL image (any mode), in pixels of that image."""
        ...


class RapidOcrEngine:
    """PP-OCR (det + rec, no angle classifier) through rapidocr 3.x and onnxruntime."""

    name = "rapidocr"

    def __init__(self) -> None:
        from govdoc_nlp.extras import require

        require("numpy", "OCR of scans and images")
        require("onnxruntime", "OCR of scans and images")
        rapidocr = require("rapidocr", "OCR of scans and images")
        RapidOCR = rapidocr.RapidOCR  # noqa: N806
        models = Path(rapidocr.__file__).parent / "models"
        params: dict[str, Any] = {"Global.use_cls": False, "Global.log_level": "error"}
        det = sorted(models.glob("*det*.onnx"))
        rec = sorted(models.glob("*rec*.onnx"))
        if not det or not rec:
            raise MissingDependencyError(
                f"the installed rapidocr has no bundled models in {models}; reinstall the 'rapidocr' wheel "
                "(govdoc_nlp never downloads models at run time)"
            )
        # Pin the bundled files: with a model_path set, rapidocr does not resolve or fetch models.
        params["Det.model_path"] = str(_prefer(det, "PP-OCRv6"))
        params["Rec.model_path"] = str(_prefer(rec, "PP-OCRv6"))
        cls = sorted(models.glob("*cls*.onnx"))
        if cls:
            params["Cls.model_path"] = str(cls[0])
        self.models = (params["Det.model_path"], params["Rec.model_path"])
        self._ocr = RapidOCR(params=params)
        self._lock = threading.Lock()

    def recognize(self, image: Any) -> list[OcrBox]:
        """Run detection and recognition on a PIL image."""
        import numpy as np

        arr = np.asarray(image.convert("RGB"))[:, :, ::-1]  # rapidocr takes BGR arrays
        with self._lock:
            out = self._ocr(np.ascontiguousarray(arr), use_det=True, use_cls=False, use_rec=True)  # rapidocr keeps the last call's steps
        if out.boxes is None or out.txts is None:
            return []
        boxes: list[OcrBox] = []
        for quad, text, score in zip(out.boxes, out.txts, out.scores, strict=False):
            pts = tuple((float(x), float(y)) for x, y in quad[:4])
            boxes.append(OcrBox(text=str(text), box=pts, confidence=float(score)))  # type: ignore[arg-type]
        return boxes


    def recognize_line(self, image: Any) -> tuple[str, float]:
        """Recognition only (no detection) of an image holding one line of text."""
        import numpy as np

        arr = np.asarray(image.convert("RGB"))[:, :, ::-1]
        with self._lock:
            out = self._ocr(np.ascontiguousarray(arr), use_det=False, use_cls=False, use_rec=True)
        txts, scores = getattr(out, "txts", None), getattr(out, "scores", None)
        if not txts:
            return "", 0.0
        return str(txts[0]), float(scores[0]) if scores else 0.0


def _prefer(paths: list[Path], tag: str) -> Path:
    for p in paths:
        if tag in p.name:
            return p
    return paths[0]


class TesseractEngine:
    """The ``tesseract`` binary with ``chi_sim`` (single-threaded), read as TSV lines."""

    name = "tesseract"

    def __init__(self, lang: str = "chi_sim") -> None:
        exe = shutil.which("tesseract")
        if exe is None:
            raise MissingDependencyError("ocr_engine='tesseract' needs the tesseract binary (apt: tesseract-ocr-chi-sim)")
        self.exe = exe
        self.lang = lang

    def recognize(self, image: Any) -> list[OcrBox]:
        """Run tesseract on a PNG of the image and group its words into line boxes."""
        import io

        buf = io.BytesIO()
        image.convert("L").save(buf, format="PNG")
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        proc = subprocess.run(
            [self.exe, "stdin", "stdout", "-l", self.lang, "--psm", "3", "tsv"],
            input=buf.getvalue(),
            capture_output=True,
            env=env,
            timeout=300,
            check=False,
        )
        if proc.returncode != 0:
            msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise UnsupportedFormatError(f"tesseract failed: {msg[-1] if msg else proc.returncode}")
        return parse_tesseract_tsv(proc.stdout.decode("utf-8", "replace"))


def parse_tesseract_tsv(tsv: str) -> list[OcrBox]:
    """Line boxes from tesseract's TSV output (words of one block/paragraph/line joined)."""
    groups: dict[tuple[str, str, str, str], list[tuple[str, int, int, int, int, float]]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        key = (cols[1], cols[2], cols[3], cols[4])
        x, y, w, h = (int(c) for c in cols[6:10])
        groups.setdefault(key, []).append((cols[11], x, y, w, h, max(0.0, float(cols[10])) / 100))
    boxes = []
    for words in groups.values():
        x0 = min(w[1] for w in words)
        y0 = min(w[2] for w in words)
        x1 = max(w[1] + w[3] for w in words)
        y1 = max(w[2] + w[4] for w in words)
        text = "".join(w[0] for w in words)
        conf = sum(w[5] * len(w[0]) for w in words) / max(1, sum(len(w[0]) for w in words))
        boxes.append(OcrBox(text=text, box=((x0, y0), (x1, y0), (x1, y1), (x0, y1)), confidence=conf))
    return boxes


ENGINES: dict[str, type] = {"rapidocr": RapidOcrEngine, "tesseract": TesseractEngine}
_CACHE: dict[str, OcrEngine] = {}
_CACHE_LOCK = threading.Lock()


def get_engine(name: str = "rapidocr") -> OcrEngine:
    """The process-wide instance of an OCR engine ('rapidocr' or 'tesseract')."""
    with _CACHE_LOCK:
        eng = _CACHE.get(name)
        if eng is None:
            cls = ENGINES.get(name)
            if cls is None:
                raise UnsupportedFormatError(f"unknown OCR engine {name!r} (choose from {', '.join(ENGINES)})")
            eng = _CACHE[name] = cls()
        return eng
