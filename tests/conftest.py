from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from articleclean import Doc, Pipeline
from articleclean.rules import RuleBook

# Hypothesis profiles: "dev" (default: random examples, remembered failures), "ci" (the same
# examples on every run: derandomized, no database), "long" (many more examples, for a
# nightly run). Choose with HYPOTHESIS_PROFILE=ci. No deadline: a 1 MB example is slow on a
# busy machine without being a bug; the linear-time tests measure time properly.
_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("dev", max_examples=500, **_COMMON)
settings.register_profile("ci", max_examples=500, derandomize=True, database=None, **_COMMON)
settings.register_profile("long", max_examples=20_000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", help="also run the tests marked slow")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "slow: a long test (100 MB inputs, 1 MB lines); --slow runs it"
    )


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "chinadaily" / "cyber-governance" / "raw.txt"


@pytest.fixture(scope="session")
def rules() -> RuleBook:
    return RuleBook()


@pytest.fixture(scope="session")
def strict() -> Pipeline:
    """The default pipeline, letting any step's exception through."""
    return Pipeline.default(strict=True)


def run_step(func, text: str, rules: RuleBook, name: str | None = None, **options) -> Doc:
    from dataclasses import replace

    doc = replace(Doc.from_text(text), step=name or func.__name__)
    return func(doc, rules, **options)


def credited(text: str, rules: RuleBook) -> str | None:
    """The first outlet the credit plan of ``text`` names as the story's (what ``publisher``
    makes ``agency``): a byline's "(China Daily)", "来源：新华社", a dateline's agency."""
    from articleclean.extract.credit_plan import make_plan

    outlets = make_plan(Doc.from_text(text), rules).outlets
    return outlets[0].value if outlets else None
