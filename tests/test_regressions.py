"""Behaviour fixed while hardening, each kept as a test (the linear-time and property tests
hold the rest)."""

from __future__ import annotations

import pytest

from articleclean import Pipeline
from articleclean.cleaners.lists import _BREADCRUMB_SPLIT


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Home / World / Asia", ["Home", "World", "Asia"]),  # " / " was a dead alternative
        ("Home > World", ["Home", "World"]),
        ("24/7 news > World", ["24/7 news", "World"]),  # a slash inside a word is no separator
    ],
    ids=["spaced_slash", "angle", "slash_in_word"],
)
def test_breadcrumb_separators(line, items):
    assert [p for p in _BREADCRUMB_SPLIT.split(line) if p.strip()] == items


def test_a_slash_breadcrumb_is_removed():
    text = (
        "Home / World / Asia\n\n"
        "The minister said the plan would be published next week, officials confirmed."
    )
    article = Pipeline.default().without("boilerplate").clean(text)
    assert [r.cleaner for r in article.removed] == ["nav_menus"]
