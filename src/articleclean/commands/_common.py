"""Options and helpers shared by several commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ArticlecleanError, DecodeError
from ..model import Article
from ..pipeline import Pipeline


def add_pipeline_options(p: argparse.ArgumentParser) -> None:
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


def build_pipeline(args: argparse.Namespace) -> Pipeline:
    pipe = Pipeline.default()
    if args.only:
        pipe = pipe.only(*args.only)
    if args.without:
        pipe = pipe.without(*args.without)
    return pipe


def clean_path(pipe: Pipeline, path: str, encoding: str | None) -> Article:
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
