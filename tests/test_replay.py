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


def test_mojibake_with_a_nel_is_repaired_and_kept_whole():
    """Issue 18: UTF-8 Chinese read as Latin-1 holds U+0085 (者 is E8 80 85); the line was
    broken there before ftfy could repair it, and the story came out short and garbled."""
    story = (
        "新华社北京7月11日电 国务院新闻办公室今天举行新闻发布会，记者从会上获悉，今年上半年"
        "国民经济运行总体平稳。参加发布会的记者提问踊跃，发言人逐一作答。"
    )
    text = f"分享到\n\n{story}\n".encode().decode("latin-1")
    assert "\x85" in text
    article = clean(text)
    assert "者" in article.body and "记者从会上获悉" in article.body
    assert not any("\u0080" <= ch <= "\u00ff" for ch in article.body)  # no mojibake left
    _check(text)


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x0c", "\x1e"])
def test_a_unicode_line_separator_does_not_shift_line_numbers(sep):
    text = f"Share\nThe minister{sep}said the plan would be published next week.\nTweet"
    article = clean(text)
    assert [(r.line, r.text) for r in article.removed] == [(1, "Share"), (3, "Tweet")]
    assert article.body == "The minister said the plan would be published next week."
    _check(text)
