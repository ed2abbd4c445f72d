"""``articleclean clean``: clean files (or stdin) and print the result."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import ArticlecleanError
from ._common import add_pipeline_options, build_pipeline, clean_path

NAME = "clean"
HELP = "clean files (or stdin) and print the result"
FORMATS = ("txt", "json")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = "Clean each FILE ('-' for stdin) and write the result to stdout."
    p.add_argument("paths", nargs="+", metavar="FILE")
    p.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="txt",
        help="txt: body only (default); json: body, metadata and removals",
    )
    add_pipeline_options(p)


def run(args: argparse.Namespace, out) -> int:
    pipe = build_pipeline(args)
    failed = 0
    for path in args.paths:
        try:
            article = clean_path(pipe, path, args.encoding)
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
