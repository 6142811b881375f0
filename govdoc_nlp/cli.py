"""The `govdoc` command line. Each sub-command lives in its own module that registers itself."""

from __future__ import annotations

import argparse
import importlib
import sys

from govdoc_nlp import __version__

# name → module exposing `register(subparsers)`; the module sets `func` on its parser.
COMMANDS: dict[str, str] = {
    "parse": "govdoc_nlp.commands.parse",
    "schema": "govdoc_nlp.commands.schema",
    "eval": "govdoc_nlp.commands.evaluate",
    "convert": "govdoc_nlp.bulk.command",
    "research": "govdoc_nlp.research.command",
    "view": "govdoc_nlp.view.command",
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available sub-command."""
    parser = argparse.ArgumentParser(
        prog="govdoc",
        description="govdoc_nlp: turn Chinese government replies (答复 to 人大代表建议 / 政协委员提案) into structured data.",
    )
    parser.add_argument("--version", action="version", version=f"govdoc_nlp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module_name in COMMANDS.values():
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
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("govdoc: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
