"""`govdoc schema`: print the JSON Schema of the output."""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `schema` sub-command."""
    p = sub.add_parser("schema", help="print the JSON Schema of a parsed reply", description="Print the JSON Schema (draft 2020-12) of govdoc's output.")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema."""
    from govdoc_nlp.model.schema import reply_schema

    print(json.dumps(reply_schema(), ensure_ascii=False, indent=2))
    return 0
