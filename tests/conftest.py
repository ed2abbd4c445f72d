from __future__ import annotations

from pathlib import Path

import pytest

from articleclean import Doc, Pipeline
from articleclean.rules import RuleBook

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
