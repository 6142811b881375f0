"""Convert one input inside a worker: read its bytes, parse, serialise. Never raises for a bad
input: every problem becomes a failed :class:`Outcome` with a code and a reason."""

from __future__ import annotations

import hashlib
import importlib
import os
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from govdoc_nlp.bulk.discover import read_item
from govdoc_nlp.bulk.items import CONVERTED, FAILED, NOT_A_REPLY, Item, Outcome
from govdoc_nlp.errors import GovdocError
from govdoc_nlp.load.options import LoadOptions
from govdoc_nlp.model.corrections import apply_corrections, corrections_for

PARSE_ENV = "GOVDOC_BULK_PARSE"
"""Environment variable naming a replacement parse function ("module:function"), for tests."""

ParseFunc = Callable[[bytes, str, LoadOptions], Any]


@dataclass(frozen=True)
class WorkOptions:
    """Everything a worker needs to convert inputs (picklable: sent to every worker)."""

    load: LoadOptions = field(default_factory=LoadOptions)
    parse_func: str | None = None
    """"module:function" taking (data, key, options) and returning a Reply; default govdoc_nlp.parse."""
    include_text: bool = True
    max_memory: int | None = None
    """Bytes of address space a worker may add to its warmed-up size (RLIMIT_AS); None: no limit."""
    result: str = "json"
    """'json' (the reply as a JSON line, for sinks) or 'reply' (the Reply object, for iter_parse)."""
    keep_non_replies: bool = False
    """Output documents that are not replies like replies (otherwise: outcome ``not_a_reply``)."""
    corrections: dict[str, dict[str, Any]] | None = None
    """Corrected fields by input name, stem or ``sha256:<hex>`` (``model.corrections.load_corrections``)."""


def default_parse(data: bytes, key: str, options: LoadOptions) -> Any:
    """govdoc_nlp.parse over the bytes of an input."""
    from govdoc_nlp.api import parse

    return parse(data, options=options)


_PARSE_CACHE: dict[str | None, ParseFunc] = {}


def resolve_parse(spec: str | None) -> ParseFunc:
    """The parse function named by ``spec`` (or $GOVDOC_BULK_PARSE, or the default)."""
    spec = spec or os.environ.get(PARSE_ENV) or None
    func = _PARSE_CACHE.get(spec)
    if func is None:
        if spec is None:
            func = default_parse
        else:
            module_name, _, attr = spec.partition(":")
            func = getattr(importlib.import_module(module_name), attr or "parse")
        _PARSE_CACHE[spec] = func
    return func


def warm_up(options: WorkOptions) -> None:
    """Load what every parse needs once per worker: the pipeline modules, the word index of the
    commitment rule and the parse function. Called by the worker initializer, never per file."""
    import govdoc_nlp.api  # noqa: F401  (imports the pipeline)

    try:
        from govdoc_nlp.extract.segmenter import index

        index()
    except Exception:  # noqa: BLE001 - a missing/broken jieba surfaces when parsing instead
        pass
    resolve_parse(options.parse_func)


def limit_memory(max_memory: int | None) -> None:
    """Cap this process's address space (RLIMIT_AS) at its current size plus ``max_memory``, so
    one file that blows up raises MemoryError here instead of exhausting the machine.

    Measured from the worker's warmed-up baseline (call after :func:`warm_up`): a forked worker
    inherits its parent's mappings, which a bare absolute limit would count against every file."""
    if not max_memory:
        return
    import resource

    limit = _address_space() + max_memory
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 where /proc is not available)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def convert_item(item: Item, options: WorkOptions, data: bytes | None = None) -> Outcome:
    """Convert one input to an Outcome (converted, not_a_reply or failed), timing it."""
    start = time.perf_counter()
    out = Outcome(key=item.key, status=FAILED, size=item.size, rel=item.rel)
    try:
        if data is None:
            data = read_item(item, max_bytes=options.load.max_bytes)
        out.size = len(data)
        out.sha256 = hashlib.sha256(data).hexdigest()
        reply = resolve_parse(options.parse_func)(data, item.key, options.load)
        reply.source.path = item.key
        if options.corrections:
            fields = corrections_for(options.corrections, item.key, out.sha256)
            if fields:
                apply_corrections(reply, fields)
        out.format = reply.source.format
        out.methods = list(reply.source.methods)
        out.warnings = [w.code for w in reply.warnings]
        if not getattr(reply, "is_reply", True) and not options.keep_non_replies:
            out.status, out.error_code, out.error = NOT_A_REPLY, "not_a_reply", reply.is_reply_reason
        else:
            if options.result == "reply":
                out.payload = reply  # type: ignore[assignment]
            else:
                out.payload = reply.to_json(indent=None, include_text=options.include_text)
            out.status = CONVERTED
    except GovdocError as exc:
        out.error_code = exc.code
        out.error = exc.args[0] if exc.args else str(exc)
    except MemoryError:
        out.error_code = "memory"
        out.error = "ran out of memory (over --max-memory)" if options.max_memory else "ran out of memory"
    except RecursionError:
        out.error_code = "parser_error"
        out.error = "RecursionError: maximum recursion depth exceeded"
    except Exception as exc:  # noqa: BLE001 - a parser bug on one input must not stop the run
        out.error_code = "parser_error"
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {os.path.basename(frame.filename)}:{frame.lineno}" if frame else ""
        out.error = f"{type(exc).__name__}: {exc}{where}"
    if out.format is None and data is not None and out.status == FAILED:
        from govdoc_nlp.load.detect import sniff

        out.format = sniff(data)
    out.seconds = time.perf_counter() - start
    return out


def crash_outcome(item: Item, code: str, message: str, seconds: float = 0.0) -> Outcome:
    """A failed Outcome for an input whose worker died or was stopped."""
    return Outcome(key=item.key, status=FAILED, size=item.size, rel=item.rel, error_code=code, error=message, seconds=seconds)
