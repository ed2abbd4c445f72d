"""Replaying ``removed`` on the input gives exactly the body; nothing is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean import clean, replay
from articleclean.normalize import normalize_lines

from .conftest import ROOT

FIXTURES = sorted((ROOT / "fixtures").glob("**/raw.txt"))

JUNK = [
    "Share",
    "Tweet",
    "Print",
    "Mail",
    "Large Medium Small",
    "分享按钮",
    "0",
    "12 comments",
    "Updated: 2016-07-12 08:00",
    "By Jane Doe (Reuters)",
    "jane@example.com",
    "【字号 大 中 小】",
    "(China Daily 07/12/2016 page3)",
    "阅读 1234",
    "记者 张伟",
    "A A A",
    "打印本页",
    "关闭窗口",
]
PROSE = [
    "The minister said the plan would be published next week, officials confirmed.",
    "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就经济合作交换了意见。",
    "He shared the report with reporters.",
    "Share prices fell 3 percent.",
    "doesnâ€™t",
    "  spaced\u00a0out\u200b text ",
    "",
]
lines = st.lists(st.one_of(st.sampled_from(JUNK + PROSE), st.text(max_size=30)), max_size=25)


def is_subsequence(small: str, big: str) -> bool:
    """True if ``small`` can be read off ``big`` left to right, skipping characters.

    >>> is_subsequence("ace", "abcde"), is_subsequence("aec", "abcde")
    (True, False)
    """
    it = iter(big)
    return all(ch in it for ch in small)


def _check(text: str) -> None:
    article = clean(text)
    assert replay(text, article.removed) == article.body
    # nothing invented: the body's characters, spacing aside, appear in the normalised input
    # in the same order
    source = "".join("".join(normalize_lines(text)).split())
    assert is_subsequence("".join(article.body.split()), source)


@pytest.mark.parametrize(
    "path", FIXTURES, ids=lambda p: str(p.parent.relative_to(ROOT / "fixtures"))
)
def test_fixture_replay(path: Path):
    _check(path.read_bytes().decode("utf-8", errors="replace"))


@settings(max_examples=300, deadline=None)
@given(lines)
def test_replay_property(parts):
    _check("\n".join(parts))
