"""``articleclean cleaners``: the pipeline's steps with one-line descriptions."""

from __future__ import annotations

import argparse

from ..pipeline import list_cleaners

NAME = "cleaners"
HELP = "list the pipeline's cleaners with one-line descriptions"


def add_arguments(p: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, out) -> int:
    rows = list_cleaners()
    width = max(len(name) for name, _, _ in rows)
    for name, kind, summary in rows:
        out.write(f"{name:<{width}}  {kind:<9}  {summary}\n")
    return 0
