"""Bulk conversion of archives: folders, globs and ZIP archives of replies in any supported format
→ JSON Lines, Parquet, SQLite or a folder of JSON files, in parallel, resumable, nothing lost.

    >>> import govdoc_nlp
    >>> summary = govdoc_nlp.convert(["archive/", "more.zip"], "replies.sqlite", jobs=4)
    >>> summary.converted, summary.failed
    >>> for key, result in govdoc_nlp.iter_parse(["archive/"]):
    ...     print(key, result.title if not isinstance(result, Exception) else result.code)

See docs/bulk.md.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

from govdoc_nlp.bulk.discover import discover
from govdoc_nlp.bulk.items import CONVERTED, DUPLICATE, FAILED, NOT_A_REPLY, Item, Outcome
from govdoc_nlp.bulk.runner import Conversion, ConvertSettings, default_jobs, parse_size
from govdoc_nlp.bulk.summary import Summary
from govdoc_nlp.errors import GovdocError
from govdoc_nlp.model import Reply


class ConversionError(GovdocError):
    """Why one input of :func:`iter_parse` gave no Reply; ``code`` as in the bulk error files."""

    def __init__(self, message: str, *, code: str = "error", path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.code = code


def convert(inputs: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], out: str | os.PathLike[str], *, jobs: int | None = None, **options: Any) -> Summary:
    """Convert files, folders, globs and ZIP archives into ``out`` (.jsonl, .parquet, .sqlite/.db or a
    folder) with ``jobs`` worker processes (default: all cores). Options are the fields of
    :class:`ConvertSettings`: ``timeout``, ``max_memory`` (bytes or '2G'), ``resume``,
    ``overwrite``, ``progress`` ('auto', 'bar', 'log', 'off'), ``engine`` ('local', 'dask'),
    ``scheduler``, ``ocr``, ``include_text``, ``parse_func`` … Returns the :class:`Summary`; its
    ``interrupted`` is true when a signal stopped the run (``resume=True`` continues it)."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if "max_memory" in options:
        options["max_memory"] = parse_size(options["max_memory"])
    options.setdefault("progress", "off")
    settings = ConvertSettings(jobs=jobs, **options)
    return Conversion(list(inputs), out, settings).run()


def iter_parse(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    timeout: float | None = None,
    ocr: str = "auto",
    parse_func: str | None = None,
) -> Iterator[tuple[str, Reply | ConversionError]]:
    """Parse every document behind ``paths`` (files, folders, globs, ZIP archives), yielding
    ``(key, Reply)`` or ``(key, ConversionError)`` in sorted input order, without raising for bad
    inputs. Documents that are not replies come as Replies with ``is_reply`` false; a walked file
    whose extension is not a document's as a ConversionError with code ``not_a_document``.
    ``jobs`` > 1 (or a ``timeout``) parses in worker processes that a crash cannot take down."""
    from govdoc_nlp.bulk.worker import WorkOptions
    from govdoc_nlp.load.options import LoadOptions

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    items = discover(list(paths))
    options = WorkOptions(load=LoadOptions(ocr=ocr), parse_func=parse_func, result="reply", keep_non_replies=True)
    skipped = {it.key: it.skip for it in items if it.skip}
    readable = [it for it in items if not it.skip]
    yield from _merge_skipped(_iter_items(readable, options, jobs, timeout), skipped)


def _merge_skipped(results: Iterator[tuple[str, Reply | ConversionError]], skipped: dict[str, str]) -> Iterator[tuple[str, Reply | ConversionError]]:
    """Interleave the inputs never read (by key order) with the parsed ones."""
    pending = sorted(skipped)
    for key, result in results:
        while pending and pending[0] < key:
            first = pending.pop(0)
            yield first, ConversionError(skipped[first], code="not_a_document", path=first)
        yield key, result
    for key in pending:
        yield key, ConversionError(skipped[key], code="not_a_document", path=key)


def _iter_items(items: list[Item], options: Any, jobs: int, timeout: float | None) -> Iterator[tuple[str, Reply | ConversionError]]:
    from govdoc_nlp.bulk.worker import convert_item

    if jobs <= 1 and timeout is None:
        for item in items:
            yield item.key, _result(convert_item(item, options))
        return
    from govdoc_nlp.bulk.pool import LocalPool

    with LocalPool(jobs, options, timeout=timeout) as pool:
        buffer: dict[int, Outcome] = {}
        fed = nxt = 0
        window = max(8, jobs * 8)
        while nxt < len(items):
            while fed < len(items) and fed - nxt < window:
                pool.submit(fed, items[fed])
                fed += 1
            for index, outcome in pool.poll(0.2):
                buffer[index] = outcome
            while nxt in buffer:
                yield items[nxt].key, _result(buffer.pop(nxt))
                nxt += 1


def _result(outcome: Outcome) -> Reply | ConversionError:
    if outcome.status == CONVERTED:
        return outcome.payload  # type: ignore[return-value]
    return ConversionError(outcome.error or "conversion failed", code=outcome.error_code or "error", path=outcome.key)


__all__ = [
    "CONVERTED",
    "DUPLICATE",
    "FAILED",
    "NOT_A_REPLY",
    "ConversionError",
    "ConvertSettings",
    "Item",
    "Outcome",
    "Summary",
    "convert",
    "default_jobs",
    "discover",
    "iter_parse",
]
