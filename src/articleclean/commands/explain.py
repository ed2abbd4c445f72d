"""``articleclean explain``: what was removed from a file, by which cleaner and why."""

from __future__ import annotations

import argparse

from ._common import add_pipeline_options, build_pipeline, clean_path

NAME = "explain"
HELP = "show what was removed from a file, by which cleaner and why"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", metavar="FILE")
    add_pipeline_options(p)


def run(args: argparse.Namespace, out) -> int:
    article = clean_path(build_pipeline(args), args.path, args.encoding)
    out.write(f"# {args.path} ({article.metadata.encoding})\n")
    out.write(article.explain() + "\n")
    return 0
