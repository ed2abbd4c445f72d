"""``articleclean cleaners``: the steps of the pipeline in use, with one-line descriptions."""

from __future__ import annotations

import argparse

from ..pipeline import Pipeline, list_cleaners
from ._common import add_pipeline_options, build_pipeline, read_config

NAME = "cleaners"
HELP = "list the pipeline's cleaners with one-line descriptions (after config and options)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = (
        "List the steps of the pipeline that `clean` would run, in order, with what each "
        "removes; options set by a configuration file are shown, and steps switched off are "
        "listed at the end."
    )
    add_pipeline_options(p, encoding=False)


def run(args: argparse.Namespace, out) -> int:
    pipe = build_pipeline(args)
    config = read_config(args)
    rows = list_cleaners(pipe)
    width = max((len(name) for name, _, _ in rows), default=0)
    kinds = max((len(kind) for _, kind, _ in rows), default=0)
    for step, (name, kind, summary) in zip(pipe.steps, rows, strict=True):
        opts = ", ".join(f"{k}={v!r}" for k, v in step.options.items())
        out.write(f"{name:<{width}}  {kind:<{kinds}}  {summary}{f'  [{opts}]' if opts else ''}\n")
    off = [n for n in Pipeline.default().names if n not in pipe.names]
    if off:
        out.write(f"switched off: {', '.join(off)}\n")
    if config.source:
        out.write(f"configuration: {config.source}\n")
    if config.rule_dirs:
        out.write(f"own word lists and patterns: {', '.join(config.rule_dirs)}\n")
    return 0
