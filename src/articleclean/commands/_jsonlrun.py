"""``articleclean clean --jsonl-in FILE``: stream records through :func:`clean_many`.

Each line of the input is a JSON object; its ``--text-field`` is cleaned and the record is
written back with every other field as it was, plus the results under the ``--*-field``
keys. A line that is not such a record is reported with its line number and passed through
in its place, with the reason under ``--error-field`` (a JSON object as it was, anything
else as ``{"error": ...}``), so the output lines up with the input record by record;
``--drop-bad`` leaves such lines out instead. The stream goes on (exit code 1 at the end;
3 if some result is partial and nothing failed). Memory stays flat: only the records in
flight are held.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass
from typing import IO, Any

from ..errors import for_command_line
from ..parallel import clean_many, resolve_jobs
from ..pipeline import Pipeline
from ._common import UsageError, is_tty, stderr
from ._formats import Sink, dump_json
from ._report import Reporter, removal_counts

EXIT_PARTIAL = 3


@dataclass
class _Entry:
    """One input line, in order: a good record (``error is None``) or a bad one."""

    record: dict[str, Any] | None
    nbytes: int
    where: str
    error: str | None = None


def run_jsonl(args: argparse.Namespace, pipe: Pipeline, out) -> int:
    name = args.jsonl_in
    err = stderr()
    to_stream = args.output is None
    if not to_stream and os.path.isdir(args.output):
        raise UsageError(f"with --jsonl-in, -o names one file, and {args.output} is a folder")
    if args.skip_existing:
        raise UsageError("--skip-existing applies to folders, not to --jsonl-in")
    progress = not args.quiet and is_tty(err) and not (to_stream and is_tty(out))
    with ExitStack() as stack:
        if name == "-":
            source: IO[bytes] = sys.stdin.buffer
        else:
            try:
                source = stack.enter_context(open(name, "rb"))
            except OSError as exc:
                raise UsageError(f"{name}: cannot read ({exc.strerror or exc})") from exc
        total = _regular_size(source)
        report = Reporter(
            err, progress=progress, total_bytes=total, unit="records", verbose=args.verbose
        )
        report.order.update(dict.fromkeys(pipe.names))
        stack.callback(report.close)
        if to_stream:
            sink = Sink(out)
        else:
            from ..io import AtomicFile

            file = stack.enter_context(AtomicFile(args.output))
            sink = Sink(file, binary=True, name=args.output)
        pending: deque[_Entry] = deque()
        records = _records(source, name, args.text_field, report, pending)
        articles = clean_many(records, pipeline=pipe, jobs=resolve_jobs(args.jobs))

        def pass_bad() -> None:
            """Write the bad lines that come before the next good record, in their place."""
            while pending and pending[0].error is not None:
                entry = pending.popleft()
                if not args.drop_bad:
                    record = entry.record if entry.record is not None else {}
                    record[args.error_field] = f"{entry.where}: {entry.error}"
                    sink.write(dump_json(record) + "\n")

        for article in stack.enter_context(closing(articles)):
            pass_bad()
            entry = pending.popleft()
            record = entry.record
            assert record is not None and not isinstance(article, Exception)
            record[args.body_field] = article.body
            data = article.to_dict()
            data["warnings"] = [for_command_line(w) for w in data["warnings"]]
            for part in ("metadata", "removed", "warnings", "partial"):
                key = getattr(args, f"{part}_field")
                if key:
                    record[key] = data[part]
            sink.write(dump_json(record) + "\n")
            report.done(entry.nbytes, removal_counts(article), entry.where, article.warnings)
        pass_bad()
        sink.flush()
    if not args.quiet and (args.output is not None or report.seen > 1):
        report.say(report.summary())
    return 1 if report.failed else EXIT_PARTIAL if report.partial else 0


def _records(
    source: IO[bytes],
    name: str,
    field: str,
    report: Reporter,
    pending: deque[_Entry],
) -> Iterator[str]:
    """The text of each good record, in order; bad lines are reported and queued as such.

    Blank lines are no records: they are skipped.
    """
    where = "<stdin>" if name == "-" else name

    def bad(at: str, reason: str, nbytes: int, record: dict[str, Any] | None = None) -> None:
        report.fail(at, reason, nbytes)
        pending.append(_Entry(record, nbytes, at, reason))

    for lineno, raw in enumerate(source, start=1):
        if not raw.strip():
            continue
        at = f"{where}:{lineno}"
        try:
            record = json.loads(raw)
        except UnicodeDecodeError:
            bad(at, "not UTF-8 text; JSON Lines must be UTF-8", len(raw))
            continue
        except ValueError as exc:
            bad(at, f"not valid JSON ({exc})", len(raw))
            continue
        if not isinstance(record, dict):
            bad(at, "not a JSON object", len(raw))
            continue
        text = record.get(field)
        if not isinstance(text, str):
            got = "is missing" if field not in record else f"is {type(text).__name__}"
            bad(at, f"field {field!r} {got}; it must be a string", len(raw), record)
            continue
        pending.append(_Entry(record, len(raw), at))
        yield text


def _regular_size(source: IO[bytes]) -> int | None:
    try:
        st = os.fstat(source.fileno())
    except (OSError, AttributeError, ValueError):
        return None
    import stat

    return st.st_size if stat.S_ISREG(st.st_mode) and st.st_size else None
