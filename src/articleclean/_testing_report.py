"""Text and JSON renderings of a :class:`~articleclean.testing.FixtureReport`.

Shared by the pytest plugin (failure output) and ``articleclean check`` so both say the same
thing in the same words.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from .model import Metadata

if TYPE_CHECKING:
    from .testing import FixtureReport

_CELL = 60  # widest metadata value shown in the table before it is shortened
_ACCEPT = (
    'accept it: delete its "reviewed": false line, or run articleclean check --accept '
    "(pytest --articleclean-accept)"
)


def headline(report: FixtureReport) -> str:
    """One line: what happened to the fixture and, for a failure, what to do."""
    expected = report.fixture.expected_path
    outcome = report.outcome
    if outcome == "passed":
        return "matches expected.json"
    if outcome == "failed":
        return "does not match expected.json" + (f" ({report.note})" if report.note else "")
    if outcome == "xfailed":
        return f"fails as expected (xfail: {report.xfail})"
    if outcome == "xpassed":
        return (
            f'marked xfail ({report.xfail}) but now matches: remove the "xfail" key from {expected}'
        )
    if outcome == "new":
        if report.wrote is None:
            return "nothing to check against: no expected.json, or it asserts nothing"
        return (
            f"nothing to check against yet: wrote {report.wrote} from the current output, "
            "unreviewed; review it, correct what a reader would not want, then " + _ACCEPT
        )
    if outcome == "unreviewed":
        wrote = f" (refreshed from the current output: {report.wrote})" if report.wrote else ""
        return (
            f"{expected} is not reviewed yet{wrote}; review it, correct what a reader would "
            "not want, then " + _ACCEPT
        )
    if outcome == "accepted":
        return f"accepted {report.wrote} as reviewed; it matches"
    if outcome == "updated":
        return f"wrote {report.wrote} from the current output"
    return f"error: {report.error}"


def _value(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"


def _metadata_table(report: FixtureReport) -> list[str]:
    rows = [("field", "expected", "got")]
    for d in report.metadata:
        if d.problem == "unknown field":
            known = ", ".join(f.name for f in fields(Metadata))
            got = f"(Metadata has no such field; it has: {known})"
        else:
            got = _value(d.got)
        rows.append((d.field, _value(d.expected), got))
    widths = [max(len(r[i]) for r in rows) for i in range(2)]
    return [f"  {a:<{widths[0]}}  {b:<{widths[1]}}  {c}".rstrip() for a, b, c in rows]


def format_report(report: FixtureReport) -> str:
    """The full account: headline, body diff, metadata table, keep/drop, warnings, cleaners."""
    fixture = report.fixture
    out = [
        f"{report.outcome.upper()} {fixture.id}: {headline(report)}",
        f"  fixture: {fixture.path}",
    ]
    if report.config:
        out.append(f"  pipeline: the base pipeline with {report.config}")
    if report.body_diff:
        out += ["body differs (- expected, + cleaned; ? what removed a missing paragraph):"]
        out += _annotated_diff(report)
    if report.metadata:
        out += ["metadata differs:", *_metadata_table(report)]
    if report.keep_missing:
        out += [
            "keep snippets missing from the body:",
            *(f"  {_value(s)}" for s in report.keep_missing),
        ]
    if report.drop_present:
        out += [
            "drop snippets still in the body:",
            *(f"  {_value(s)}" for s in report.drop_present),
        ]
    if report.article is not None:
        out += [f"warning: {w}" for w in report.article.warnings]
        fired = ", ".join(f"{name} {n}" for name, n in report.fired.items()) or "none"
        out.append(f"cleaners that fired (removals): {fired}")
    return "\n".join(out)


def _removed_by(removal: Any) -> str:
    rule = f", rule {removal.rule}" if removal.rule else ""
    what = f"cut {_value(removal.text)}" if removal.span else "removed"
    return f"{what} by {removal.cleaner}{rule} (input line {removal.line})"


def _annotated_diff(report: FixtureReport) -> list[str]:
    """The body diff, each ``-`` line of a missing paragraph followed by ``?`` lines naming
    the cleaner and the rule that removed its text."""
    why: dict[str, list[str]] = {}
    for m in report.missing:
        if m.removals:
            lines = [_removed_by(r) for r in m.removals[:5]]
            if len(m.removals) > 5:
                lines.append(f"and {len(m.removals) - 5} more removals")
        else:
            lines = ["not among the removals (changed by normalisation, or joined differently)"]
        why.setdefault(m.text, lines)
    out = []
    for line in report.body_diff.split("\n"):
        out.append(line)
        if line.startswith("-") and not line.startswith("---") and line[1:] in why:
            out += [f"?   {reason}" for reason in why[line[1:]]]
    return out


def report_dict(report: FixtureReport) -> dict[str, Any]:
    """The JSON shape of one report (``articleclean check --format json``)."""
    fixture = report.fixture
    return {
        "id": fixture.id,
        "path": str(fixture.path),
        "outcome": report.outcome,
        "failed": report.failed,
        "message": headline(report),
        "xfail": report.xfail,
        "config": str(report.config) if report.config else None,
        "wrote": str(report.wrote) if report.wrote else None,
        "error": report.error,
        "body_diff": report.body_diff or None,
        "metadata": [
            {"field": d.field, "expected": d.expected, "got": d.got, "problem": d.problem}
            for d in report.metadata
        ],
        "missing": [
            {"text": m.text, "removed": [r.to_dict() for r in m.removals]} for m in report.missing
        ],
        "keep_missing": list(report.keep_missing),
        "drop_present": list(report.drop_present),
        "fired": dict(report.fired),
        "warnings": list(report.article.warnings) if report.article else [],
    }
