"""An Arrow schema derived from the Reply dataclasses, so Parquet columns are nested and typed the
same way in every file (whatever values a batch happens to hold). Free-form dicts become JSON text."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import lru_cache
from typing import Any

import pyarrow as pa

from govdoc_nlp.model import Reply

KEY_COLUMN = "input_key"


def _unwrap_optional(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return tp


def arrow_type(tp: Any) -> pa.DataType:
    """The Arrow type for a dataclass field's annotation."""
    tp = _unwrap_optional(tp)
    if tp is str:
        return pa.string()
    if tp is bool:
        return pa.bool_()
    if tp is int:
        return pa.int64()
    if tp is float:
        return pa.float64()
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return pa.struct([pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(tp)])
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is list and args and args[0] is not Any and typing.get_origin(args[0]) is not dict:
        return pa.list_(arrow_type(args[0]))
    if origin is tuple and args and all(a is float for a in args if a is not Ellipsis):
        return pa.list_(pa.float64())
    if origin is dict and args and args[0] is str and (dataclasses.is_dataclass(args[1]) or args[1] is float):
        return pa.map_(pa.string(), arrow_type(args[1]))
    return pa.string()  # free-form data: JSON text


@lru_cache(maxsize=1)
def reply_schema() -> pa.Schema:
    """Schema of the Parquet output: ``input_key`` then one column per Reply field."""
    hints = typing.get_type_hints(Reply)
    fields = [pa.field(KEY_COLUMN, pa.string(), nullable=False)]
    fields += [pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(Reply)]
    return pa.schema(fields)


def conform(value: Any, typ: pa.DataType) -> Any:
    """Shape plain JSON data to an Arrow type (JSON text for free-form fields, pairs for maps)."""
    if value is None:
        return None
    if pa.types.is_struct(typ):
        return {typ.field(i).name: conform(value.get(typ.field(i).name), typ.field(i).type) for i in range(typ.num_fields)}
    if pa.types.is_map(typ):
        return [(k, conform(v, typ.item_type)) for k, v in value.items()]
    if pa.types.is_list(typ):
        return [conform(v, typ.value_type) for v in value]
    if pa.types.is_string(typ) and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return value


def rows_to_table(rows: list[tuple[str, dict[str, Any]]]) -> pa.Table:
    """A table of (input key, reply dict) rows under :func:`reply_schema`."""
    schema = reply_schema()
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for key, reply in rows:
        columns[KEY_COLUMN].append(key)
        for field in schema:
            if field.name != KEY_COLUMN:
                columns[field.name].append(conform(reply.get(field.name), field.type))
    return pa.table({f.name: pa.array(columns[f.name], type=f.type) for f in schema}, schema=schema)
