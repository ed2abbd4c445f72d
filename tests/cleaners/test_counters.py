from __future__ import annotations

import pytest

from articleclean.cleaners.counters import trailing_counters

from ..conftest import run_step

BODY = "The minister said the plan would be published next week, officials confirmed."


@pytest.mark.parametrize(
    ("text", "left"),
    [
        pytest.param(f"{BODY}\n\n0", BODY, id="trailing-zero"),
        pytest.param(f"{BODY}\n12 comments", BODY, id="en-comments-count"),
        pytest.param(f"{BODY}\nViews 1,024", BODY, id="en-views"),
        pytest.param(f"{BODY}\n阅读 1234", BODY, id="zh-reads"),
        pytest.param(f"{BODY}\n评论(5)", BODY, id="zh-comments-paren"),
        pytest.param(f"{BODY}\n閱讀 88", BODY, id="zh-hant-reads"),
        pytest.param(f"{BODY}\n(3)\n0", BODY, id="several-trailing"),
        pytest.param(f"★★★★★\n4.8 from 36 votes\n{BODY}", BODY, id="en-rating-widget"),
        pytest.param(f"★4.6（128件）\n{BODY}", BODY, id="ja-star-score"),
        pytest.param(
            f"{BODY}\n\n76\n\nSpot in conference championship up for grabs as Bows host Aztecs",
            f"{BODY}\n\n\nSpot in conference championship up for grabs as Bows host Aztecs",
            id="count-above-a-headline-that-is-no-prose",
        ),
    ],
)
def test_removes_counters(text, left, rules):
    doc = run_step(trailing_counters, text, rules)
    assert doc.text.strip() == left
    assert all(r.cleaner == "trailing_counters" and r.rule for r in doc.removed)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Top three reasons\n1\n{BODY}", id="number-before-prose-stays"),
        pytest.param(
            "The vote was 12 to 3.\nComments are closed for legal reasons, the editor said today.",
            id="en-prose",
        ),
        pytest.param("阅读是一种习惯，评论家说，每天阅读三十分钟的人更快乐。", id="zh-prose"),
        pytest.param(
            "The app was rated 4.8 out of 5 by its users, the company said on Monday.",
            id="en-rating-in-prose",
        ),
    ],
)
def test_keeps(text, rules):
    doc = run_step(trailing_counters, text, rules)
    assert doc.removed == ()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("3 min read", id="en-min-read"),
        pytest.param("Reading time: 4 minutes", id="en-reading-time"),
        pytest.param("Lecture 3 min.", id="fr-lecture"),
        pytest.param("Lesezeit: 4 Min.", id="de-lesezeit"),
        pytest.param("阅读时间：5分钟", id="zh-reading-time"),
    ],
)
def test_reading_times_go_anywhere(line, rules):
    doc = run_step(trailing_counters, f"{line}\n{BODY}\n{BODY}", rules)
    assert [ln.text for ln in doc.lines if ln.text] == [BODY, BODY]


def test_a_count_right_under_the_body_goes_with_prose_below_it(rules, monkeypatch):
    """A teaser below the story reads as prose, so the scan up from the end stops at it; the
    count right under the article's last paragraph (where the page's zones end the body)
    goes all the same."""
    from articleclean.cleaners import counters

    teaser = "In honor of the queen's birthday, you can soon tour the palace at night."
    text = f"{BODY}\n\n{BODY}\n\n76\n\nCurrently in\n\n{teaser}"
    monkeypatch.setattr(counters, "body_bounds", lambda doc: (0, 2))
    doc = run_step(trailing_counters, text, rules)
    assert [(r.text, r.rule) for r in doc.removed] == [("76", "count_after_body")]
    monkeypatch.setattr(counters, "body_bounds", lambda doc: (0, 8))  # the teaser is body
    assert run_step(trailing_counters, text, rules).removed == ()
