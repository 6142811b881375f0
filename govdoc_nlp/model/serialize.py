"""Replies back from their JSON (``Reply.to_dict()`` output, also as stored by bulk sinks)."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any

from govdoc_nlp.model.records import Reply


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _build(inner[0], value) if len(inner) == 1 else value
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if isinstance(value, str):  # a free-form field stored as JSON text (Parquet)
            value = json.loads(value)
        if not isinstance(value, dict):
            return value
        hints = _hints(tp)
        kwargs = {f.name: _build(hints[f.name], value[f.name]) for f in dataclasses.fields(tp) if f.name in value}
        # a None for a field with a default factory (list/dict/record) keeps the default
        for f in dataclasses.fields(tp):
            if kwargs.get(f.name, 0) is None and f.default_factory is not dataclasses.MISSING:
                kwargs.pop(f.name)
        return tp(**kwargs)
    if origin is list:
        if isinstance(value, str):
            value = json.loads(value)
        return [_build(args[0], v) for v in value] if args else list(value)
    if origin is tuple:
        return tuple(value)
    if origin is dict:
        if isinstance(value, str):
            value = json.loads(value)
        if isinstance(value, list):  # Arrow maps come back as (key, value) pairs
            value = dict(value)
        return {k: _build(args[1], v) for k, v in value.items()} if args else dict(value)
    if tp is Any:
        return value
    return value


def reply_from_dict(data: dict[str, Any]) -> Reply:
    """A :class:`Reply` from its JSON dict (unknown keys ignored, missing keys defaulted), so that
    ``reply_from_dict(r.to_dict()).to_dict() == r.to_dict()``."""
    if not isinstance(data, dict):
        raise TypeError(f"reply_from_dict() takes a dict, not {type(data).__name__}")
    if "reply" in data and isinstance(data["reply"], dict) and "text" not in data:
        data = data["reply"]  # an envelope {key, reply}
    return _build(Reply, data)


def reply_from_json(text: str) -> Reply:
    """A :class:`Reply` from a JSON string."""
    return reply_from_dict(json.loads(text))
