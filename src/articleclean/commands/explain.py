"""``articleclean explain``: every line of a file with its fate, and who decided it."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..decode import decode_with_warning
from ..errors import ArticlecleanError, for_command_line
from ..intake import source_text
from ..io import printable
from ..model import Article, Removal
from ..normalize import normalize_lines
from ..notices import is_partial
from ._common import add_pipeline_options, build_pipeline, read_path, stderr, use_color
from ._formats import dump_json

NAME = "explain"
HELP = "show every line of files: kept, removed or cut, by which cleaner and rule"
EXIT_PARTIAL = 3

_RED, _GREEN, _YELLOW, _DIM, _BOLD, _OFF = (f"\x1b[{c}m" for c in (31, 32, 33, 2, 1, 0))


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = (
        "Clean each FILE ('-' for stdin) and print every line of it (as normalised) with its "
        "fate: kept, removed (by which cleaner and rule) or cut (which part, by whom; without "
        "colour the cut part is shown as [-text-]), then the metadata found, each field with "
        "the step that filled it and how. Coloured on a terminal unless NO_COLOR is set. "
        "--format json gives the same as JSON. Exit code 1 if a file cannot be read, 3 if a "
        "result is partial, 2 for usage errors."
    )
    p.add_argument("paths", nargs="+", metavar="FILE", help="files, or - for stdin")
    p.add_argument(
        "-f",
        "--format",
        choices=("txt", "json", "jsonl"),
        default="txt",
        help="txt: for people (default); json: one object per file, with every line, its "
        "fate and the removals that made it, the metadata and the warnings; jsonl: the same, "
        "one line per file",
    )
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the output (default: auto, on a terminal unless NO_COLOR is set)",
    )
    add_pipeline_options(p)


@dataclass
class LineFate:
    """What happened to one line of the input."""

    no: int
    text: str
    fate: str  # "kept", "removed", "cut" or "blank"
    removals: list[Removal] = field(default_factory=list)
    cut: set[int] = field(default_factory=set)  # positions in ``text`` that were cut


def line_fates(text: str, removed: Iterable[Removal]) -> list[LineFate]:
    """Follow every removal back to the line (and characters) it took.

    >>> fates = line_fates("Share\\nPrint The body", [Removal(1, "Share", "share_buttons"),
    ...     Removal(2, "Print", "print_mail_widgets", span=(0, 5))])
    >>> [(f.fate, sorted(f.cut)) for f in fates]
    [('removed', []), ('cut', [0, 1, 2, 3, 4, 5])]
    """
    by_line: dict[int, list[Removal]] = {}
    for r in removed:
        by_line.setdefault(r.line, []).append(r)
    out = []
    for no, line in enumerate(normalize_lines(text), start=1):
        rs = by_line.get(no, [])
        if not line:
            out.append(LineFate(no, line, "blank", rs))
            continue
        left = list(range(len(line)))  # positions of the line's current text
        fate = "kept"
        for r in rs:
            if r.span is None:
                fate = "removed"
                break
            start, end = r.span
            left = left[:start] + left[end:]
            while left and line[left[0]].isspace():
                left.pop(0)
            while left and line[left[-1]].isspace():
                left.pop()
            fate = "cut" if left else "removed"
        cut = set(range(len(line))) - set(left) if fate == "cut" else set()
        out.append(LineFate(no, line, fate, rs, cut))
    return out


def render(fates: Sequence[LineFate], color: bool) -> Iterable[str]:
    def paint(code: str, s: str) -> str:
        return f"{code}{s}{_OFF}" if color and s else s

    width = len(str(len(fates)))
    marks = {"kept": ("kept", _GREEN), "removed": ("DROP", _RED), "cut": ("CUT ", _YELLOW)}
    for f in fates:
        no = paint(_DIM, f"{f.no:>{width}}")
        if f.fate == "blank":
            yield no
            continue
        mark, code = marks[f.fate]
        if f.fate == "removed":
            text = paint(_RED, f.text)
        elif f.fate == "cut":
            text = "".join(_runs(f.text, f.cut, lambda s: paint(_RED, s) if color else f"[-{s}-]"))
        else:
            text = f.text
        yield f"{no}  {paint(code, mark)}  {text}"
        pad = " " * (width + 8)
        for r in f.removals:
            rule = f", rule {r.rule}" if r.rule else ""
            what = f"cut {r.text!r} by" if r.span else "by"
            yield pad + paint(_DIM, f"{what} {r.cleaner}{rule}")


def _runs(text: str, cut: set[int], mark) -> Iterable[str]:
    """``text`` with each run of cut characters passed through ``mark``."""
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and (j in cut) == (i in cut):
            j += 1
        yield mark(text[i:j]) if i in cut else text[i:j]
        i = j


def _show(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v)
    return str(value)


def _ranges(positions: set[int]) -> list[list[int]]:
    """``{0, 1, 2, 5}`` -> ``[[0, 3], [5, 6]]``: the ``[start, end)`` runs of ``positions``."""
    out: list[list[int]] = []
    for i in sorted(positions):
        if out and out[-1][1] == i:
            out[-1][1] = i + 1
        else:
            out.append([i, i + 1])
    return out


def to_dict(path: str, encoding: str, fates: Sequence[LineFate], article: Article) -> dict:
    """The JSON shape of one explained file (``--format json``)."""
    lines: list[dict[str, Any]] = []
    for f in fates:
        item: dict[str, Any] = {"line": f.no, "text": f.text, "fate": f.fate}
        if f.removals:
            item["removed"] = [r.to_dict() for r in f.removals]
        if f.cut:
            item["cut"] = _ranges(f.cut)
        lines.append(item)
    data = article.to_dict()
    data["warnings"] = [for_command_line(w) for w in data["warnings"]]
    return {
        "path": path,
        "encoding": encoding,
        "lines": lines,
        "metadata": data["metadata"],
        "warnings": data["warnings"],
        "partial": data["partial"],
    }


def run(args: argparse.Namespace, out) -> int:
    pipe = build_pipeline(args)
    color = use_color(out, args.color)
    failed = partial = False
    for path in args.paths:
        try:
            (text, encoding), warning = decode_with_warning(read_path(path), args.encoding)
        except ArticlecleanError as exc:
            reason = for_command_line(str(exc))
            stderr().write(f"articleclean: {printable(path)}: {printable(reason)}\n")
            failed = True
            continue
        article = pipe.clean(text)
        if warning:  # the pipeline was given text: the decoding's warning is ours to add
            article = replace(article, warnings=(warning, *article.warnings))
        partial = partial or article.partial
        fates = line_fates(source_text(text, html=pipe.html), article.removed)
        if args.format != "txt":
            record = to_dict(path, encoding, fates, article)
            out.write(dump_json(record, indent=2 if args.format == "json" else None) + "\n")
            continue
        counts = Counter(f.fate for f in fates)
        summary = ", ".join(f"{counts[k]} {k}" for k in ("kept", "removed", "cut", "blank"))
        out.write(f"# {printable(path)} ({encoding}): {len(fates)} lines: {summary}\n")
        for line in render(fates, color):
            out.write(line + "\n")
        meta = [(k, v) for k, v in article.metadata.to_dict().items() if v]
        out.write("# metadata:" + ("" if meta else " none found") + "\n")
        for name, value in meta:
            why = article.provenance.get(name) or {}
            how = ", ".join(f"{k}={v}" for k, v in why.items())
            out.write(f"#   {name}: {_show(value)}" + (f"  ({how})" if how else "") + "\n")
        for w in article.warnings:
            kind = "partial" if is_partial(w) else "warning"
            out.write(f"# {kind}: {for_command_line(w)}\n")
    return 1 if failed else EXIT_PARTIAL if partial else 0
