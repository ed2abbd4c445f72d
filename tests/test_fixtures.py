"""The project's fixture articles: body and metadata as a reader would want them."""

from __future__ import annotations

import json

import pytest

from articleclean import clean

from .conftest import ROOT

CASES = sorted((ROOT / "fixtures").glob("**/expected.json"))


@pytest.mark.parametrize(
    "expected_path", CASES, ids=lambda p: str(p.parent.relative_to(ROOT / "fixtures"))
)
def test_fixture(expected_path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    if expected.get("xfail"):
        pytest.xfail(expected["xfail"])
    article = clean((expected_path.parent / "raw.txt").read_bytes())
    if "body" in expected:
        assert article.body == expected["body"]
    got = article.metadata.to_dict()
    for field, value in expected.get("metadata", {}).items():
        assert got[field] == value, field
    for snippet in expected.get("keep", []):
        assert snippet in article.body
    for snippet in expected.get("drop", []):
        assert snippet not in article.body
