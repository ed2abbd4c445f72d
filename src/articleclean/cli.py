"""The ``articleclean`` command: a thin layer over the library.

``main(argv) -> int`` is the only place that prints or exits; every command makes library
calls and turns :class:`~articleclean.errors.ArticlecleanError` into one line on stderr.
Exit codes: 0 success, 1 some input failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import ArticlecleanError, DecodeError
from .model import Article
from .pipeline import Pipeline, list_cleaners

__all__ = ["main", "run"]

FORMATS = ("txt", "json")


class _UsageError(Exception):
    pass


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleclean",
        description="Turn raw scraped news text into a clean article body plus metadata.",
    )
    parser.add_argument("--version", action="version", version=f"articleclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def pipeline_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--without",
            action="append",
            default=[],
            metavar="NAME",
            help="switch a cleaner off (repeatable; see `articleclean cleaners`)",
        )
        p.add_argument(
            "--only",
            action="append",
            default=[],
            metavar="NAME",
            help="run only the named cleaners (repeatable)",
        )
        p.add_argument("--encoding", help="decode inputs with this codec instead of detecting it")

    clean = sub.add_parser(
        "clean",
        help="clean files (or stdin) and print the result",
        description="Clean each FILE ('-' for stdin) and write the result to stdout.",
    )
    clean.add_argument("paths", nargs="+", metavar="FILE")
    clean.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="txt",
        help="txt: body only (default); json: body, metadata and removals",
    )
    pipeline_options(clean)

    explain = sub.add_parser(
        "explain",
        help="show what was removed from a file, by which cleaner and why",
    )
    explain.add_argument("path", metavar="FILE")
    pipeline_options(explain)

    sub.add_parser("cleaners", help="list the pipeline's cleaners with one-line descriptions")
    return parser


def _pipeline(args: argparse.Namespace) -> Pipeline:
    pipe = Pipeline.default()
    if args.only:
        pipe = pipe.only(*args.only)
    if args.without:
        pipe = pipe.without(*args.without)
    return pipe


def _clean_path(pipe: Pipeline, path: str, encoding: str | None) -> Article:
    """Read a file (or stdin for '-') and clean it; errors name the path."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if p.is_dir():
            raise ArticlecleanError(f"{path}: is a directory")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise ArticlecleanError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        return pipe.clean(data, encoding=encoding)
    except DecodeError as exc:
        raise DecodeError(f"{path}: {exc}") from exc


def _cmd_clean(args: argparse.Namespace, out) -> int:
    pipe = _pipeline(args)
    failed = 0
    for path in args.paths:
        try:
            article = _clean_path(pipe, path, args.encoding)
        except ArticlecleanError as exc:
            print(f"articleclean: {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.format == "json":
            record = {"path": path, **article.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(article.body + "\n")
    return 1 if failed else 0


def _cmd_explain(args: argparse.Namespace, out) -> int:
    article = _clean_path(_pipeline(args), args.path, args.encoding)
    out.write(f"# {args.path} ({article.metadata.encoding})\n")
    out.write(article.explain() + "\n")
    return 0


def _cmd_cleaners(args: argparse.Namespace, out) -> int:
    rows = list_cleaners()
    width = max(len(name) for name, _, _ in rows)
    for name, kind, summary in rows:
        out.write(f"{name:<{width}}  {kind:<9}  {summary}\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return int(exc.code or 0)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    commands = {"clean": _cmd_clean, "explain": _cmd_explain, "cleaners": _cmd_cleaners}
    try:
        return commands[args.command](args, sys.stdout)
    except ArticlecleanError as exc:
        print(f"articleclean: {exc}", file=sys.stderr)
        return 2 if type(exc).__name__ in ("PipelineError", "ConfigError") else 1
    except KeyboardInterrupt:
        print("articleclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
