"""The `govdoc` command line. Each sub-command lives in its own module that registers itself."""

from __future__ import annotations

import argparse
import importlib
import sys

from govdoc_nlp import __version__
from govdoc_nlp.errors import MissingDependencyError
from govdoc_nlp.extras import from_import_error

# name → module exposing `register(subparsers)`; the module sets `func` on its parser.
COMMANDS: dict[str, str] = {
    "parse": "govdoc_nlp.commands.parse",
    "schema": "govdoc_nlp.commands.schema",
    "eval": "govdoc_nlp.commands.evaluate",
    "convert": "govdoc_nlp.bulk.command",
    "research": "govdoc_nlp.research.command",
    "view": "govdoc_nlp.view.command",
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every available sub-command (or just ``only``, so that running
    one command does not import the others)."""
    parser = argparse.ArgumentParser(
        prog="govdoc",
        description="govdoc_nlp: turn Chinese government replies (答复 to 人大代表建议 / 政协委员提案) into structured data.",
    )
    parser.add_argument("--version", action="version", version=f"govdoc_nlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, module_name in COMMANDS.items():
        if only is not None and name != only:
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("govdoc_nlp"):
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `govdoc` command; returns the exit status."""
    args_list = sys.argv[1:] if argv is None else list(argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(first if first in COMMANDS else None)
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args) or 0)
    except MissingDependencyError as exc:
        print(f"govdoc {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as exc:
        error = from_import_error(exc, f"govdoc {args.command}")
        if error is None:
            raise
        print(f"govdoc {args.command}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("govdoc: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
