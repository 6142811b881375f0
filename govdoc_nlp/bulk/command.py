"""`govdoc convert INPUT... -o OUT`: bulk conversion of folders, globs and ZIP archives."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `convert` sub-command."""
    p = sub.add_parser(
        "convert",
        help="convert many files, folders and ZIP archives to JSONL, Parquet, SQLite or a folder",
        description="Convert replies in bulk. Inputs: files, folders (recursive), globs and ZIP archives (read in place). "
        "Output kind by OUT: .jsonl, .csv (one row of scalar fields per reply), .parquet, .sqlite/.db (with a full-text "
        "index), or a folder (one .json per input). Every input ends "
        "converted, not_a_reply (read and judged not to be a reply, or a walked file whose extension is not a document's), "
        "skipped as a duplicate (same sha256), or failed with its reason (OUT.errors.jsonl or the errors table). "
        "See docs/bulk.md.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, glob or ZIP archive")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output: .jsonl, .csv, .parquet, .sqlite/.db or a folder (missing folders are created)")
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: number of cores)")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds per file before its worker is stopped (default 300; 0 = none)")
    p.add_argument("--max-memory", default=None, metavar="SIZE", help="memory one file may add to a worker (address space over its warmed-up size, RLIMIT_AS), e.g. 2G (default: no limit)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run; inputs already finished are not redone")
    p.add_argument("-f", "--force", action="store_true", help="replace an existing output")
    p.add_argument("--ocr", choices=["auto", "force", "off"], default="auto", help="OCR pages without a usable text layer (default auto)")
    p.add_argument("--no-text", action="store_true", help="leave each document's full text out of the output")
    p.add_argument("--keep-non-replies", action="store_true", help="also write documents that are not replies (is_reply false) to the output")
    p.add_argument("--corrections", metavar="DIR", help="folder of corrections (gold-format JSON: input, fields) laid over the parsed fields of the inputs they name; a corrected field gets confidence 1.0 and evidence 'correction'")
    p.add_argument("--include", action="append", default=[], metavar="GLOB", help="only files matching GLOB (path in the folder or name; repeatable); replaces the extension list")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="leave out files matching GLOB (repeatable)")
    p.add_argument("--no-nested-zips", action="store_true", help="treat ZIP archives inside archives as plain (failed) inputs")
    p.add_argument("--engine", choices=["local", "dask"], default="local", help="local worker processes (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786); default: a LocalCluster")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output and no summary on stderr")
    p.add_argument("--progress", choices=["auto", "bar", "log", "off"], default="auto", help="progress display (default: bar on a terminal, log lines otherwise)")
    p.add_argument("--log-interval", type=float, default=10.0, help="seconds between progress log lines when not on a terminal")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the conversion; exit 0 when done (even with failed inputs, which are recorded), 2 on
    bad arguments, an existing output, an output in use by another run or one that cannot be
    written (read-only, disk full: rerun with --resume), 130 when interrupted (rerun with --resume)."""
    from govdoc_nlp.bulk.discover import InputNotFoundError
    from govdoc_nlp.bulk.guard import OutputLockedError, OutputWriteError
    from govdoc_nlp.bulk.runner import Conversion, ConvertSettings, parse_size
    from govdoc_nlp.bulk.sinks import OutputExistsError

    try:
        settings = ConvertSettings(
            jobs=args.jobs,
            timeout=args.timeout or None,
            max_memory=parse_size(args.max_memory),
            resume=args.resume,
            overwrite=args.force,
            progress="off" if args.quiet else args.progress,
            log_interval=args.log_interval,
            engine=args.engine,
            scheduler=args.scheduler,
            ocr=args.ocr,
            include_text=not args.no_text,
            nested_zips=not args.no_nested_zips,
            keep_non_replies=args.keep_non_replies,
            corrections=args.corrections,
            include=tuple(args.include),
            exclude=tuple(args.exclude),
        )
        conversion = Conversion(args.inputs, args.output, settings)
        summary = conversion.run()
    except (InputNotFoundError, OutputExistsError, OutputLockedError, OutputWriteError, ValueError) as exc:
        print(f"govdoc convert: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = exc.filename or args.output
        print(f"govdoc convert: error: cannot write {where}: {exc.strerror or exc}; choose a writable -o path", file=sys.stderr)
        return 2
    if args.json:
        sys.stdout.write(summary.to_json() + "\n")
    if not args.quiet:
        print(summary.text(), file=sys.stderr)
        if summary.interrupted:
            print("govdoc convert: interrupted; run again with --resume to finish", file=sys.stderr)
    return 130 if summary.interrupted else 0
