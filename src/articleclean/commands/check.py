"""``articleclean check``: check fixture folders against the pipeline, without pytest."""

from __future__ import annotations

import argparse
import json
import sys

from .. import testing
from ..pipeline import Pipeline
from ..scoring import Score, mean_score
from ._common import UsageError, user_pipeline

NAME = "check"
HELP = "check fixture folders (raw.txt + expected.json) against the pipeline"


def _positive(value: str) -> int:
    n = int(value) if value.isdigit() else 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {value!r}")
    return n


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = (
        "Clean the raw.txt of every fixture folder under each DIR and compare the result with "
        "its expected.json (see `articleclean.testing`). A fixture without an expected file "
        'gets one written from the current output, marked "reviewed": false, and fails until '
        "it is reviewed and accepted (--accept, or delete that line). Exit code 1 if any "
        "fixture fails, passes while marked xfail, or is new or unreviewed; 2 for usage "
        "errors; 0 otherwise."
    )
    p.add_argument("roots", nargs="+", metavar="DIR", help="folder of fixture folders")
    p.add_argument(
        "--update",
        action="store_true",
        help="write missing expected.json files and refresh the body and listed metadata of "
        "failing ones from the current output (after reviewing the diffs)",
    )
    p.add_argument(
        "--accept",
        action="store_true",
        help='accept the unreviewed expected files (delete their "reviewed": false) after '
        "reviewing them; they are then compared as any other",
    )
    p.add_argument(
        "--score",
        action="store_true",
        help="print the token-shingle P/R/F1 of each body against its expected body, and the mean",
    )
    p.add_argument(
        "--worst",
        type=_positive,
        metavar="N",
        help="with --score, list only the N lowest-scoring fixtures (implies --score)",
    )
    p.add_argument(
        "-f",
        "--format",
        type=lambda value: "txt" if value == "text" else value,  # its name before 0.2
        choices=("txt", "json"),
        default="txt",
        help="txt: for people (default); json: every fixture's report and a summary",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="one line per fixture, no diffs")
    p.add_argument(
        "--pipeline",
        metavar="MODULE:NAME",
        help="use this Pipeline (or function returning one) as the base instead of the default",
    )
    p.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="NAME",
        help="switch a cleaner off (repeatable)",
    )
    p.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="run only the named cleaners (repeatable)",
    )


def _base_pipeline(args: argparse.Namespace) -> Pipeline | None:
    pipe = user_pipeline(args.pipeline) if args.pipeline else None
    both = sorted(set(args.only) & set(args.without))
    if both:
        raise UsageError(
            f"--only and --without both name {', '.join(both)}; give each step to one of them"
        )
    if args.only or args.without:
        pipe = pipe if pipe is not None else Pipeline.default()
        if args.only:
            pipe = pipe.only(*args.only)
        if args.without:
            pipe = pipe.without(*args.without)
    return pipe


def run(args: argparse.Namespace, out) -> int:
    pipe = _base_pipeline(args)
    fixtures = testing.discover(*args.roots)
    if not fixtures:
        print(
            f"articleclean: no fixtures (folders holding raw.txt) under {', '.join(args.roots)}",
            file=sys.stderr,
        )
        return 1
    score = args.score or args.worst is not None
    reports = testing.check_all(fixtures, pipe, update=args.update, accept=args.accept)
    scores = [r.score() for r in reports] if score else None
    if args.format == "json":
        out.write(json.dumps(_json(reports, scores), ensure_ascii=False, indent=2) + "\n")
    else:
        _text(reports, args.quiet, out)
        if scores is not None:
            _score_text(reports, scores, args.worst, out)
    return 1 if any(r.failed for r in reports) else 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _counts(reports: list[testing.FixtureReport]) -> dict[str, int]:
    return {o: n for o in testing.OUTCOMES if (n := sum(r.outcome == o for r in reports))}


def _text(reports: list[testing.FixtureReport], quiet: bool, out) -> None:
    from .._testing_report import headline

    for r in reports:
        if r.outcome == "passed" or quiet:
            tail = "" if r.outcome == "passed" else f": {headline(r)}"
            label = r.outcome.upper()  # "PASSED  a", "UNREVIEWED b"
            out.write(f"{label:<8}{' ' if len(label) >= 8 else ''}{r.fixture.id}{tail}\n")
        else:
            out.write(r.format() + "\n\n")
    counts = ", ".join(f"{n} {o}" for o, n in _counts(reports).items())
    out.write(f"{_plural(len(reports), 'fixture')}: {counts}\n")


def _score_text(reports, scores: list[Score | None], worst: int | None, out) -> None:
    scored = [(r.fixture.id, s) for r, s in zip(reports, scores, strict=True) if s is not None]
    unscored = [r.fixture.id for r, s in zip(reports, scores, strict=True) if s is None]
    out.write("\ntoken-shingle score of each body against its expected body:\n")
    out.write("      P      R     F1  fixture\n")
    rows = sorted(scored, key=lambda x: x[1].f1)[:worst] if worst else scored
    for fixture_id, s in rows:
        out.write(f"  {s.p:.3f}  {s.r:.3f}  {s.f1:.3f}  {fixture_id}\n")
    mean = mean_score(s for _, s in scored)
    if mean is not None:
        where = _plural(len(scored), "fixture")
        out.write(f"mean over {where}: P={mean.p:.3f} R={mean.r:.3f} F1={mean.f1:.3f}\n")
    if unscored:
        out.write(f"not scored (no expected body): {', '.join(unscored)}\n")


def _json(reports: list[testing.FixtureReport], scores: list[Score | None] | None) -> dict:
    items = [r.to_dict() for r in reports]
    summary: dict = {
        "fixtures": len(reports),
        "counts": _counts(reports),
        "failed": sum(r.failed for r in reports),
    }
    if scores is not None:
        for item, s in zip(items, scores, strict=True):
            item["score"] = s._asdict() if s is not None else None
        valid = [s for s in scores if s is not None]
        mean = mean_score(valid)
        summary["score"] = {**mean._asdict(), "scored": len(valid)} if mean else None
    return {"fixtures": items, "summary": summary}
