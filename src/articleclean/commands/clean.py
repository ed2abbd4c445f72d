"""``articleclean clean``: clean files, folders, stdin or a JSONL stream of records."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..io import parse_size
from ._common import UsageError, add_pipeline_options, build_pipeline
from ._formats import FORMAT_HELP, FORMATS

if TYPE_CHECKING:
    from ..pipeline import Pipeline

NAME = "clean"
HELP = "clean files, folders, stdin or a JSONL stream and write the results"
DEFAULT_MAX_BYTES = "64M"


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or more")
    return value


DEFAULT_BUDGET = 60.0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("must be 0 (no budget) or a positive number of seconds")
    return value


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be a share above 0 and at most 1, not {text}")
    return value


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = (
        "Clean each PATH: a file, a folder (cleaned recursively; with -o the tree is mirrored "
        "into the output folder) or '-' for stdin. Without -o results go to stdout (several "
        "txt results each under a '==> PATH <==' line). Files that cannot be read are reported "
        "on stderr and the run goes on; so are partial results (the time budget ran out, a "
        "step failed, the encoding is a weak guess), whose output is marked. Exit code: 1 if "
        "any input failed, else 3 if any result is partial; 2 for usage errors."
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output folder (mirrors the input tree; file names take the format's extension), "
        "or output file for one input or --format jsonl; written atomically",
    )
    p.add_argument("-f", "--format", choices=FORMATS, default="txt", help=FORMAT_HELP)
    g = p.add_argument_group("choosing files (folders only)")
    g.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="clean only files matching GLOB (path or name, e.g. '*.txt'; repeatable)",
    )
    g.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="leave out files and folders matching GLOB (repeatable)",
    )
    g.add_argument(
        "--recursive",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="go into sub-folders (default: yes); hidden files and folders are always skipped",
    )
    g.add_argument(
        "--skip-existing",
        action="store_true",
        help="leave inputs whose output file already exists (to resume a run)",
    )
    g.add_argument(
        "--max-bytes",
        type=_size,
        default=parse_size(DEFAULT_MAX_BYTES),
        metavar="SIZE",
        help=f"refuse files larger than SIZE (e.g. 500k, 64M; 0: no limit; "
        f"default {DEFAULT_MAX_BYTES})",
    )
    r = p.add_argument_group("running")
    r.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=0,
        metavar="N",
        help="worker processes (default 0: one per core)",
    )
    r.add_argument(
        "--budget",
        type=_seconds,
        default=DEFAULT_BUDGET,
        metavar="SECONDS",
        help="time budget per file, a deadline: past it the remaining steps are skipped and "
        "the result is partial: reported on stderr and marked in the output (0: no budget; "
        f"default {DEFAULT_BUDGET:g})",
    )
    r.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary; only problems (failures, partial results, "
        "empty inputs)",
    )
    r.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also every other warning of every file on stderr, and every cleaner in the "
        "summary (even those that removed nothing)",
    )
    r.add_argument(
        "--learn-templates",
        action="store_true",
        help="two passes: first learn the lines that repeat across many of the files (the "
        "site's menus, footers, widgets), then clean with those lines removed",
    )
    r.add_argument(
        "--template-min-docs",
        type=_at_least_one,
        default=3,
        metavar="N",
        help="a template line appears in at least N files (default 3)",
    )
    r.add_argument(
        "--template-share",
        type=_share,
        default=0.3,
        metavar="F",
        help="... and in at least this share of them (above 0, at most 1; default 0.3)",
    )
    j = p.add_argument_group("JSONL records (--jsonl-in)")
    j.add_argument(
        "--jsonl-in",
        metavar="FILE",
        help="read records, one JSON object a line, from FILE ('-': stdin) and write each "
        "back with the results added (to -o FILE or stdout)",
    )
    j.add_argument(
        "--text-field", default="text", metavar="KEY", help="the field to clean (default: text)"
    )
    j.add_argument(
        "--body-field",
        default="body",
        metavar="KEY",
        help="where the clean body goes (default: body; may be the text field itself)",
    )
    for part, what in (
        ("metadata", "the metadata"),
        ("removed", "the list of removals"),
        ("warnings", "the warnings"),
        ("partial", "whether the result is partial (true/false)"),
    ):
        j.add_argument(
            f"--{part}-field",
            default=part,
            metavar="KEY",
            help=f"where {what} go (default: {part}; '' leaves them out)",
        )
    j.add_argument(
        "--error-field",
        default="error",
        metavar="KEY",
        help="a line that is not a good record is passed through in its place with the "
        "reason under KEY (default: error), so the output lines up with the input",
    )
    j.add_argument(
        "--drop-bad",
        action="store_true",
        help="leave lines that are not good records out of the output instead",
    )
    add_pipeline_options(p)


def run(args: argparse.Namespace, out) -> int:
    from ._filerun import run_files
    from ._jsonlrun import run_jsonl

    if args.jsonl_in is not None:
        if args.paths:
            raise UsageError("give either PATHs or --jsonl-in, not both")
        if args.format not in ("txt", "jsonl"):
            raise UsageError("--jsonl-in writes JSONL records; --format does not apply")
        if not args.body_field:
            raise UsageError("--body-field cannot be empty")
        if not args.error_field:
            raise UsageError("--error-field cannot be empty (--drop-bad leaves bad lines out)")
        return run_jsonl(args, _budgeted(build_pipeline(args), args), out)
    if not args.paths:
        raise UsageError("give at least one PATH (a file, a folder, or - for stdin)")
    return run_files(args, _budgeted(build_pipeline(args), args), out)


def _budgeted(pipe: Pipeline, args: argparse.Namespace) -> Pipeline:
    """``pipe`` under the ``--budget`` of the command line."""
    return pipe.with_budget(args.budget or None)
