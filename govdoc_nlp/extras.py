"""Optional parts of govdoc_nlp and the install extra that brings each: a base install reads text,
web pages, DOCX and PDF text layers; OCR, research tables, spaCy and Dask come with extras."""

from __future__ import annotations

import importlib
from types import ModuleType

from govdoc_nlp.errors import MissingDependencyError

EXTRA_OF: dict[str, str] = {
    "rapidocr": "ocr",
    "onnxruntime": "ocr",
    "cv2": "ocr",
    "numpy": "ocr",
    "pandas": "research",
    "pyarrow": "research",
    "spacy": "spacy",
    "dask": "dask",
    "distributed": "dask",
}
"""Top-level module → the extra that installs it (``pip install 'govdoc_nlp[EXTRA]'``)."""

EXTRAS = ("ocr", "research", "spacy", "dask", "all")


def missing(module: str, purpose: str) -> MissingDependencyError:
    """The error for an optional module that is not installed, naming the extra to install."""
    root = module.split(".")[0]
    extra = EXTRA_OF.get(root)
    hint = f"pip install 'govdoc_nlp[{extra}]'" if extra else f"pip install {root}"
    return MissingDependencyError(f"{purpose} needs {root!r}, not installed: {hint}", extra=extra)


def require(module: str, purpose: str) -> ModuleType:
    """Import an optional module, or raise :class:`MissingDependencyError` naming its extra."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in EXTRA_OF:
            raise missing(exc.name, purpose) from exc
        raise


def from_import_error(exc: ModuleNotFoundError, purpose: str) -> MissingDependencyError | None:
    """A MissingDependencyError for an optional module's ModuleNotFoundError (None for others)."""
    if exc.name and exc.name.split(".")[0] in EXTRA_OF:
        return missing(exc.name, purpose)
    return None
