"""The ``articleclean`` command: a thin layer over the library.

``main(argv) -> int`` is the only place that prints errors or exits; each subcommand lives
in ``articleclean/commands/<name>.py`` and turns arguments into library calls. Adding a
command is one module and one entry in ``COMMANDS``.
Exit codes: 0 success, 1 some input failed or an output could not be written, 2 usage
error, 3 every input was cleaned but some result is partial (the time budget ran out, a step
failed, the encoding is a weak guess; each is reported on stderr and marked in its output),
130 interrupted (Ctrl-C). A usage error in a subcommand shows that subcommand's usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .commands import check, clean, cleaners, explain
from .commands._common import UsageError
from .errors import ArticlecleanError, ConfigError, PipelineError, RuleError, for_command_line
from .io import os_reason, printable

__all__ = ["COMMANDS", "main", "run"]

COMMANDS = (clean, explain, cleaners, check)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articleclean",
        description="Turn raw scraped news text into a clean article body plus metadata.",
        epilog="Exit codes: 0 success; 1 an input failed; 2 usage or configuration error; "
        "3 a result is partial (and none failed); 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"articleclean {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        p = sub.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        command.add_arguments(p)
        p.set_defaults(_run=command.run, _parser=p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _build_parser()
    try:
        args, unknown = parser.parse_known_args(argv)
        if unknown:  # reported by the subcommand, with its own usage
            getattr(args, "_parser", parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    except SystemExit as exc:  # argparse exits on --help and on usage errors
        return int(exc.code or 0)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    try:
        return args._run(args, sys.stdout)
    except UsageError as exc:
        args._parser.print_usage(sys.stderr)
        print(f"articleclean {args.command}: {for_command_line(str(exc))}", file=sys.stderr)
        return 2
    except (PipelineError, ConfigError, RuleError) as exc:
        print(f"articleclean: {for_command_line(str(exc))}", file=sys.stderr)
        return 2
    except ArticlecleanError as exc:
        print(f"articleclean: {for_command_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\narticleclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:  # an output that cannot be written: a full disk, a read-only folder
        where = f"{printable(os.fsdecode(exc.filename))}: " if exc.filename else ""
        print(f"articleclean: {where}{os_reason(exc)}", file=sys.stderr)
        _silence_stdout()  # what stdout still holds cannot be written either
        return 1


def _silence_stdout() -> None:
    """After a closed pipe (``articleclean clean ... | head``) or a full disk, keep Python's
    final flush of stdout from printing an error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
