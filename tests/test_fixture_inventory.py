"""The fixture inventory meets the project's minimums (languages, junk kinds, metadata, pages).

Whether each fixture passes is tests/test_fixtures.py's business; this checks that the set of
fixtures still covers what issues 3, 4 and 5 ask for, using scripts/fixture_coverage.py.
"""

from __future__ import annotations

import doctest
import importlib.util
import json
import sys
from dataclasses import replace

import pytest

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location(
    "fixture_coverage", ROOT / "scripts" / "fixture_coverage.py"
)
coverage = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = coverage  # dataclasses look their module up there
_spec.loader.exec_module(coverage)

FIXTURES = coverage.load()
PROBLEMS = coverage.problems(FIXTURES)


@pytest.mark.parametrize("check", coverage.CHECKS)
def test_inventory_meets_minimum(check):
    found = [msg for name, msg in PROBLEMS if name == check]
    assert not found, "\n".join(found)


def test_every_problem_belongs_to_a_check():
    assert {name for name, _ in PROBLEMS} <= set(coverage.CHECKS)


def test_doctests():
    assert doctest.testmod(coverage).failed == 0


@pytest.mark.parametrize(
    ("mutate", "check", "fragment"),
    [
        (lambda fxs: [f for f in fxs if f.group != "zh"], "language", "zh:"),
        (lambda fxs: [f for f in fxs if f.group != "zh"], "page", "whole-page dumps in zh"),
        (lambda fxs: [f for f in fxs if f.group != "ko"], "language", "ko:"),
        (
            lambda fxs: [replace(f, kinds=[k for k in f.kinds if k != "cookie"]) for f in fxs],
            "junk",
            "cookie",
        ),
        (
            lambda fxs: [replace(f, metadata={**f.metadata, "editors": []}) for f in fxs],
            "metadata",
            "editors",
        ),
        (lambda fxs: [replace(f, negatives=[]) for f in fxs], "negative", "no_title"),
        (lambda fxs: [replace(f, styles=["blank"]) for f in fxs], "style", "wrapped"),
        (
            lambda fxs: [replace(f, kinds=[*f.kinds, "sharing"]) for f in fxs[:1]] + fxs[1:],
            "notes",
            "unknown junk kind",
        ),
        (
            lambda fxs: [replace(f, metadata={**f.metadata, "authors": ["X"]}) for f in fxs],
            "notes",
            "tagged no_author",
        ),
        (lambda fxs: [replace(f, raw=b"\xff\xfe\x00") for f in fxs], "encoding", "raw.txt is not"),
        (lambda fxs: fxs[:10], "count", "fewer than"),
    ],
    ids=[
        "no-chinese",
        "no-chinese-whole-pages",
        "no-korean",
        "no-cookie-banners",
        "no-editors",
        "no-negative-tags",
        "no-wrapped",
        "unknown-kind",
        "negative-tag-contradicted",
        "wrong-encoding",
        "too-few",
    ],
)
def test_shortfalls_are_reported(mutate, check, fragment):
    found = [msg for name, msg in coverage.problems(mutate(FIXTURES)) if name == check]
    assert any(fragment in msg for msg in found), found


def test_expected_files_are_well_formed():
    for fx in FIXTURES:
        expected = json.loads((ROOT / "fixtures" / fx.id / "expected.json").read_text("utf-8"))
        assert set(expected["metadata"]) <= set(coverage.FIELDS), fx.id
        assert expected["body"] and not expected["body"].endswith("\n"), fx.id
        assert "\n\n\n" not in expected["body"], fx.id


def test_the_coverage_report_is_current():
    """fixtures/COVERAGE.md is what ``scripts/fixture_coverage.py --write`` gives today."""
    text = coverage.report(FIXTURES)
    assert coverage.REPORT.read_text(encoding="utf-8") == text, (
        "fixtures/COVERAGE.md is stale: run python scripts/fixture_coverage.py --write"
    )
