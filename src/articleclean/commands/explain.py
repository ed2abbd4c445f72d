"""``articleclean explain``: every line of a file with its fate, and who decided it."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..decode import decode
from ..errors import ArticlecleanError
from ..model import Removal
from ..normalize import normalize_lines
from ._common import add_pipeline_options, build_pipeline, read_path, use_color

NAME = "explain"
HELP = "show every line of a file: kept, removed or cut, by which cleaner and rule"

_RED, _GREEN, _YELLOW, _DIM, _BOLD, _OFF = (f"\x1b[{c}m" for c in (31, 32, 33, 2, 1, 0))


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = (
        "Clean FILE ('-' for stdin) and print every line of it (as normalised) with its fate: "
        "kept, removed (by which cleaner and rule) or cut (which part, by whom; without colour "
        "the cut part is shown as [-text-]), then the metadata found, each field with the step "
        "that filled it and how. Coloured on a terminal unless NO_COLOR is set."
    )
    p.add_argument("path", metavar="FILE")
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


def run(args: argparse.Namespace, out) -> int:
    pipe = build_pipeline(args)
    try:
        text, encoding = decode(read_path(args.path), args.encoding)
    except ArticlecleanError as exc:
        raise type(exc)(f"{args.path}: {exc}") from exc
    article = pipe.clean(text)
    fates = line_fates(text, article.removed)
    color = use_color(out, args.color)
    counts = Counter(f.fate for f in fates)
    summary = ", ".join(f"{counts[k]} {k}" for k in ("kept", "removed", "cut", "blank"))
    out.write(f"# {args.path} ({encoding}): {len(fates)} lines: {summary}\n")
    for line in render(fates, color):
        out.write(line + "\n")
    meta = [(k, v) for k, v in article.metadata.to_dict().items() if v]
    out.write("# metadata:" + ("" if meta else " none found") + "\n")
    for name, value in meta:
        why = article.provenance.get(name) or {}
        how = ", ".join(f"{k}={v}" for k, v in why.items())
        out.write(f"#   {name}: {_show(value)}" + (f"  ({how})" if how else "") + "\n")
    for w in article.warnings:
        out.write(f"# warning: {w}\n")
    return 0
