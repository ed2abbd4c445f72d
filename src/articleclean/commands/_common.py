"""Options and helpers shared by several commands."""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO

from ..config import Config, find_config, load_config
from ..errors import ArticlecleanError, ConfigError, PipelineError
from ..io import read_input, read_stdin
from ..langs import resolve_langs
from ..loading import load_pipeline
from ..pipeline import Pipeline


class UsageError(ArticlecleanError):
    """Options that do not go together; the command line maps it to exit code 2."""


def add_pipeline_options(p: argparse.ArgumentParser, *, encoding: bool = True) -> None:
    g = p.add_argument_group("choosing cleaners")
    g.add_argument(
        "--pipeline",
        metavar="MODULE:NAME",
        help="start from this Pipeline (or a function returning one), imported from the "
        "current folder or the installed packages, instead of the default pipeline",
    )
    g.add_argument(
        "--langs",
        action="append",
        default=[],
        metavar="CODES",
        help="use only these languages' word lists: codes such as en, zh-Hans or pt-BR, "
        "separated by commas (repeatable)",
    )
    g.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="NAME",
        help="switch a cleaner off (repeatable; see `articleclean cleaners`)",
    )
    g.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="run only the named cleaners (repeatable); switches on any the config switched off",
    )
    g.add_argument(
        "--config",
        metavar="FILE",
        help="read settings from FILE (articleclean.toml, or a pyproject.toml with "
        "[tool.articleclean]); default: the one in the current folder, if any",
    )
    g.add_argument(
        "--no-config", action="store_true", help="ignore configuration files in the current folder"
    )
    g.add_argument(
        "--no-html",
        dest="html",
        action="store_false",
        help="clean an HTML document as it is, instead of converting it to text lines first "
        "(its tags, scripts and styles are then left to the markup and script cleaners)",
    )
    if encoding:
        p.add_argument(
            "--encoding",
            metavar="CODEC",
            help="decode inputs with this codec instead of detecting it (output is always UTF-8)",
        )


def read_config(args: argparse.Namespace) -> Config:
    """The configuration the options point at (an empty one if there is none)."""
    if args.config:
        return load_config(args.config)
    if args.no_config:
        return Config()
    found = find_config()
    return load_config(found) if found else Config()


def build_pipeline(args: argparse.Namespace) -> Pipeline:
    """The pipeline the options and the configuration describe; checks ``--encoding`` too."""
    encoding = getattr(args, "encoding", None)
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(
                f"--encoding: unknown encoding {encoding!r}; use a Python codec name"
            ) from None
    both = sorted(set(args.only) & set(args.without))
    if both:
        raise UsageError(
            f"--only and --without both name {', '.join(both)}; give each step to one of them"
        )
    langs = None
    if args.langs:
        try:
            langs = resolve_langs([c for arg in args.langs for c in arg.split(",") if c.strip()])
        except PipelineError as exc:
            raise UsageError(f"--langs: {exc}") from None
    config = read_config(args)
    base = user_pipeline(args.pipeline) if args.pipeline else None
    pipe = config.pipeline(only=args.only, without=args.without, base=base, langs=langs)
    return pipe if args.html else pipe.with_html(False)


def user_pipeline(spec: str) -> Pipeline:
    """``--pipeline MODULE:NAME``, the module found in the current folder if it is there."""
    try:
        return load_pipeline(spec, folder=os.getcwd())
    except ConfigError as exc:
        raise UsageError(f"--pipeline: {exc}") from None


def read_path(path: str, max_bytes: int | None = None) -> bytes:
    """The bytes of a file, or of stdin for ``-``; errors say why in words."""
    return read_stdin(max_bytes) if path == "-" else read_input(path, max_bytes)


def is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def use_color(stream: IO[str], choice: str = "auto") -> bool:
    """Colour when asked to, or on a terminal unless ``NO_COLOR`` is set (no-color.org)."""
    if choice != "auto":
        return choice == "always"
    return is_tty(stream) and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def stderr() -> IO[str]:
    return sys.stderr
