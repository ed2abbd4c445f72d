"""``articleclean clean PATH...``: plan the files, clean them in workers, report in order.

Where results go:

* no ``-o``: to stdout, one after the other (``--format jsonl``: one line per input);
* ``--format jsonl -o FILE``: every input's record into FILE;
* one input file (or ``-``) and ``-o FILE``: into FILE;
* otherwise ``-o`` is a folder: a folder input is mirrored into it, files given by name land
  in it by name; the extension follows the format (``page.html`` -> ``page.txt``).

Workers read, clean and write output files (atomically: a temporary file, then a rename);
the main process writes the output stream in input order, so the output never depends on
``--jobs``; failures and partial results are told as soon as a worker has them. On Ctrl-C
the workers are stopped and any temporary file they leave is removed.

Exit codes: 1 if any input failed, else 3 if any result is partial, else 0.
"""

from __future__ import annotations

import argparse
import os
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass

from ..errors import ArticlecleanError
from ..intake import take_in
from ..io import (
    AtomicFile,
    Found,
    is_hidden,
    matches,
    os_reason,
    remove_partial,
    walk,
    write_atomic,
)
from ..parallel import ordered_map, resolve_jobs, warm_up
from ..pipeline import Pipeline
from ..templates import TemplateLearner
from ._common import UsageError, is_tty, read_path, stderr
from ._formats import EXTENSIONS, Sink, render, txt_header
from ._report import Removals, Reporter, removal_counts

EXIT_PARTIAL = 3  # no input failed, but some result is partial

FILES_PER_TASK = 4  # files a worker takes at a time: few, so small folders use every worker


@dataclass(frozen=True, slots=True)
class Task:
    path: str  # what to read ("-": stdin)
    shown: str  # how messages and JSON name it
    target: str | None  # output file, or None for the output stream
    size: int = 0


@dataclass(frozen=True)
class FileJob:
    """What a worker needs to clean one file: sent to each worker process once."""

    pipeline: Pipeline
    encoding: str | None
    max_bytes: int | None
    fmt: str


def clean_file(job: FileJob, task: Task) -> tuple[str, int, Removals, tuple[str, ...]]:
    """Read, clean and render one file; write it if it has an output file (runs in a worker).

    Returns the text for the output stream (``""`` once written to a file), the bytes read,
    the removals per cleaner and the article's warnings.
    """
    data = read_path(task.path, job.max_bytes)
    try:
        article = job.pipeline.clean(data, encoding=job.encoding)
    except ArticlecleanError:
        raise
    except Exception as exc:  # a bug must cost one file, not the run
        raise ArticlecleanError(f"unexpected error ({type(exc).__name__}: {exc})") from exc
    text = render(job.fmt, article, task.shown)
    if task.target is not None:
        try:
            write_atomic(task.target, text)
        except OSError as exc:
            raise ArticlecleanError(f"cannot write {task.target} ({os_reason(exc)})") from exc
        text = ""
    return text, len(data), removal_counts(article), article.warnings


def run_files(args: argparse.Namespace, pipe: Pipeline, out) -> int:
    plan = Plan(args)
    err = stderr()
    to_stream = plan.mode == "stream"
    progress = not args.quiet and is_tty(err) and not (to_stream and is_tty(out))
    totals = plan.count() if progress else (None, None)
    report = Reporter(
        err,
        progress=progress,
        total_items=totals[0],
        total_bytes=totals[1],
        verbose=args.verbose,
    )
    if args.learn_templates:
        pipe = _learn_templates(plan, pipe, args, err)
    report.order.update(dict.fromkeys(pipe.names))
    job = FileJob(pipe, args.encoding, args.max_bytes or None, args.format)
    pending: deque[Task] = deque()  # handed to the workers, not yet reported
    fed = 0  # tasks handed out so far; the one at pending[0] is number fed - len(pending)
    told: set[int] = set()  # tasks whose problems were told before their turn
    headed = plan.mode == "stream" and args.format == "txt" and plan.summary

    def feed() -> Iterator[Task]:
        nonlocal fed
        for task in plan.tasks(report):
            pending.append(task)
            fed += 1
            if len(pending) == 1:
                report.busy(task.shown, task.size)
            yield task

    def early(index: int, ok: bool, value) -> None:
        """A worker's result ready before its turn: tell its problems now."""
        task = pending[index - (fed - len(pending))]
        if not ok:
            report.tell_failure(task.shown, str(value))
        else:
            report.tell(task.shown, value[3])
        told.add(index)

    jobs = resolve_jobs(args.jobs)
    try:
        with ExitStack() as stack:
            stack.callback(report.close)
            sink = None
            if plan.mode == "file":
                file = stack.enter_context(AtomicFile(plan.output))
                sink = Sink(file, binary=True, name=plan.output)
            elif to_stream:
                sink = Sink(out)
            results = ordered_map(
                clean_file,
                feed(),
                context=job,
                jobs=jobs,
                size=_task_size,
                chunk_items=FILES_PER_TASK,
                warm=warm_up,
                early=early,
                started=report.start_ticking,
            )
            index = 0
            written = False  # a txt result in the stream, after which a header sets one off
            for ok, value in stack.enter_context(closing(results)):
                task = pending.popleft()
                said = index in told
                told.discard(index)
                index += 1
                if pending:
                    report.busy(pending[0].shown, pending[0].size)
                if not ok:
                    report.fail(task.shown, str(value), task.size, told=said)
                    continue
                text, nbytes, removals, warnings = value
                if sink is not None:
                    if headed:
                        sink.write(txt_header(task.shown, first=not written))
                        written = True
                    sink.write(text)
                report.done(nbytes, removals, task.shown, warnings, told=said)
            report.busy(None)
            if sink is not None:
                sink.flush()
    except BaseException:
        # Ctrl-C or an error: the workers are stopped by now; a worker stopped while writing
        # may have left its temporary file behind.
        for task in pending:
            if task.target is not None:
                remove_partial(task.target)
        raise
    if plan.summary and not args.quiet:
        report.say(report.summary())
    return 1 if report.failed else EXIT_PARTIAL if report.partial else 0


def _learn_templates(plan: Plan, pipe: Pipeline, args: argparse.Namespace, err) -> Pipeline:
    """First pass of ``--learn-templates``: count the short lines of every input file.

    Unreadable files are passed over here and reported by the cleaning pass.
    """
    learner = TemplateLearner(min_docs=args.template_min_docs, min_share=args.template_share)
    quiet = Reporter(err, progress=False)
    for task in plan.tasks(quiet):
        try:
            data = read_path(task.path, args.max_bytes or None)
            text = take_in(data, encoding=args.encoding, html=pipe.html).text
        except (ArticlecleanError, OSError):
            continue
        learner.add(text)
    templates = learner.templates()
    if not args.quiet:
        err.write(
            f"articleclean: learned {len(templates)} template lines from "
            f"{templates.documents} files\n"
        )
    return pipe.with_templates(templates)


def _task_size(task: Task) -> int:
    return task.size or 1


class Plan:
    """Which files to read and where each result goes; refuses unsafe combinations."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        paths: list[str] = args.paths
        self.folders = [p for p in paths if p != "-" and os.path.isdir(p)]
        self.files = [p for p in paths if p not in self.folders]
        self.output: str | None = args.output
        if "-" in paths and len(paths) > 1:
            raise UsageError("'-' (stdin) cannot be mixed with other paths")
        self.mode = self._mode()
        self.summary = self.output is not None or bool(self.folders) or len(paths) > 1
        if args.skip_existing and self.mode != "folder":
            raise UsageError("--skip-existing needs an output folder (-o FOLDER)")
        if self.mode == "folder":
            self._check_folder_output()

    def _mode(self) -> str:
        out, args = self.output, self.args
        if out is None:
            return "stream"
        if args.format == "jsonl":
            if os.path.isdir(out):
                raise UsageError(f"with --format jsonl, -o names one file, and {out} is a folder")
            return "file"
        single = not self.folders and len(self.files) == 1
        if single and not os.path.isdir(out) and not out.endswith(("/", os.sep)):
            if self.files[0] != "-" and _same_file(out, self.files[0]):
                raise UsageError(f"refusing to write the output over the input {self.files[0]}")
            return "single"
        if "-" in self.files:
            raise UsageError("stdin has no file name: give -o a file name, not a folder")
        if os.path.exists(out) and not os.path.isdir(out):
            raise UsageError(f"{out} exists and is not a folder")
        if not os.path.exists(out) and not out.endswith(("/", os.sep)) and _file_like(out):
            what = "a folder" if self.folders else "several files"
            raise UsageError(
                f"-o {out} looks like a file name, but the results of {what} go into an output "
                "folder, one file each: give -o a folder (end it with / if its name has a "
                "dot), or use --format jsonl to put every result into one file"
            )
        if len(self.folders) > 1 or (self.folders and self.files):
            raise UsageError(
                "with an output folder give one input folder, or files; "
                "run once per folder, or use --format jsonl"
            )
        return "folder"

    def _check_folder_output(self) -> None:
        out = os.path.realpath(self.output or ".")
        for root in self.folders:
            real = os.path.realpath(root)
            if _inside(real, out):
                raise UsageError(f"the input folder {root} is inside the output folder")
            if _inside(out, real):
                rel = os.path.relpath(out, real).replace(os.sep, "/")
                parts = rel.split("/")
                prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
                left_out = any(map(is_hidden, parts)) or any(
                    matches(p, self.args.exclude) for p in prefixes
                )
                if rel != "." and left_out:
                    continue
                raise UsageError(
                    f"the output folder {self.output} is inside the input folder {root}; "
                    f"choose another, or leave it out with --exclude '{rel}'"
                    if rel != "."
                    else "the output folder is the input folder; choose another"
                )
        for f in self.files:
            target = self._file_target(f)
            if _same_file(target, f):
                raise UsageError(f"refusing to write the output over the input {f}")

    def _file_target(self, path: str) -> str:
        name = os.path.basename(os.path.normpath(path))
        return os.path.join(self.output or ".", _with_ext(name, self.args.format))

    def _walk(self, root: str) -> Iterator[Found]:
        a = self.args
        skip = self.output if self.mode == "folder" else None
        return walk(root, include=a.include, exclude=a.exclude, recursive=a.recursive, skip=skip)

    def count(self) -> tuple[int, int]:
        """How many files and bytes the run will read (for the progress bar)."""
        n = size = 0
        for f in self.files:
            n += 1
            size += _size(f)
        for root in self.folders:
            for found in self._walk(root):
                if found.problem is None:
                    n += 1
                    size += found.size
        return n, size

    def tasks(self, report: Reporter) -> Iterator[Task]:
        """The files to clean, in order; problems and skips go to ``report`` as met."""
        fmt, skip_existing = self.args.format, self.args.skip_existing
        claimed: dict[str, str] = {}  # output -> input, among one folder's files
        folder = None
        ext = len(EXTENSIONS[fmt])
        for root in self.folders:
            for found in self._walk(root):
                shown = os.path.join(root, found.rel) if found.rel != "." else root
                if found.problem is not None:
                    if found.skipped:
                        report.skip(shown, found.problem)
                    else:
                        report.fail(shown, found.problem)
                    continue
                target = None
                if self.mode == "folder":
                    target = os.path.join(self.output or ".", _with_ext(found.rel, fmt))
                    here, name = os.path.split(found.rel)
                    if here != folder:
                        folder, claimed = here, {}
                    else:  # names come sorted: forget outputs no later name can share
                        _forget_passed(claimed, name, ext)
                    if not self._claim(claimed, target, shown, report):
                        continue
                    if skip_existing and os.path.exists(target):
                        report.skip()
                        continue
                yield Task(found.path, shown, target, found.size)
        claimed = {}
        for f in self.files:
            target = None
            if self.mode == "single":
                target = self.output
            elif self.mode == "folder":
                target = self._file_target(f)
                if not self._claim(claimed, target, f, report):
                    continue
                if skip_existing and os.path.exists(target):
                    report.skip()
                    continue
            yield Task(f, f, target, _size(f))

    @staticmethod
    def _claim(claimed: dict[str, str], target: str, shown: str, report: Reporter) -> bool:
        first = claimed.setdefault(target, shown)
        if first != shown:
            report.fail(shown, f"its output {target} would also be that of {first}; not cleaned")
            return False
        return True


def _forget_passed(claimed: dict[str, str], name: str, ext: int) -> None:
    """Drop the outputs that no input name from ``name`` on (in sorted order) can share.

    An input that gives ``page.txt`` is named ``page`` or ``page.<ext>``: it starts with the
    output's stem. Sorted names that start with a stem come together, so once ``name`` does
    not start with it, no later one does; ``claimed`` stays as small as a name is long.

    >>> claimed = {"out/page.txt": "page.htm", "out/pager.txt": "pager.txt"}
    >>> _forget_passed(claimed, "pages.txt", len(".txt")); claimed
    {'out/page.txt': 'page.htm'}
    >>> _forget_passed(claimed, "paid.txt", len(".txt")); claimed
    {}
    """
    for target in [t for t in claimed if not name.startswith(os.path.basename(t)[:-ext])]:
        del claimed[target]


def _with_ext(rel: str, fmt: str) -> str:
    """``site/page.html`` -> ``site/page.txt`` (the format's extension).

    The suffix is what pathlib calls one (not a leading or trailing dot); plain string work,
    as pathlib would intern every name of a big folder.

    >>> _with_ext("site/page.html", "md"), _with_ext("README", "txt")
    ('site/page.md', 'README.txt')
    >>> _with_ext("a/.profile", "txt"), _with_ext("notes.", "txt"), _with_ext("x.tar.gz", "md")
    ('a/.profile.txt', 'notes..txt', 'x.tar.md')
    """
    folder, sep, name = rel.rpartition("/")
    dot = name.rfind(".")
    stem = name[:dot] if 0 < dot < len(name) - 1 else name
    return folder + sep + stem + EXTENSIONS[fmt]


def _file_like(path: str) -> bool:
    """Whether ``path`` has the look of a file name: an extension (``all.txt``).

    >>> _file_like("single.txt"), _file_like("cleaned"), _file_like("out/.hidden")
    (True, False, False)
    """
    name = os.path.basename(path)
    dot = name.rfind(".")
    return 0 < dot < len(name) - 1


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
