"""Paragraph assembly: which lines are one paragraph."""

from __future__ import annotations

import pytest

from articleclean.paragraphs import assemble

SITE_INDEX = [
    "today's paper",
    "corrections",
    "opinion",
    "op-ed columnists",
    "editorials",
    "letters",
    "sunday review",
    "arts",
    "books",
    "Pop Culture",
    "television",
    "U.S.",
]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["He posted on", "Facebook", "that he would resign."],
            ["He posted on Facebook that he would resign."],
            id="en-link",
        ),
        pytest.param(
            ["according to reports from", "The Wrap", "and", "Deadline."],
            ["according to reports from The Wrap and Deadline."],
            id="en-joiners",
        ),
        pytest.param(["Log in", "Home"], ["Log in", "Home"], id="en-phrasal-verb-widget"),
        pytest.param(
            ["A A A", "The minister said."], ["A A A", "The minister said."], id="en-letters-widget"
        ),
        pytest.param(
            ["Schriftgröße A A A", "Die Stadt baut neue Radwege."],
            ["Schriftgröße A A A", "Die Stadt baut neue Radwege."],
            id="de-letters-after-their-label",
        ),
        pytest.param(
            ["What happens next", "The committee will meet on Monday."],
            ["What happens next", "The committee will meet on Monday."],
            id="en-subheading",
        ),
        pytest.param(
            ["Story one.", "", "", "and a lower-case line after two blanks"],
            ["Story one.", "and a lower-case line after two blanks"],
            id="two-blanks-part",
        ),
        pytest.param(
            ["conta Rosa Tanaka, que vende pastéis na feira da rua", "Guaicurus", "há 30 anos."],
            ["conta Rosa Tanaka, que vende pastéis na feira da rua Guaicurus há 30 anos."],
            id="pt-link-name",
        ),
        pytest.param(
            [
                "Le gouvernement régional a donné hier son feu vert au projet de bassin flottant présenté ce mardi par l’association de quartier",
                "Pool is Cool, qui milite.",
            ],
            [
                "Le gouvernement régional a donné hier son feu vert au projet de bassin flottant présenté ce mardi par l’association de quartier Pool is Cool, qui milite."
            ],
            id="fr-run-on",
        ),
        pytest.param(
            ["居民用积分兑换生活用品。记者5日从", "", "杭州", "", "市有关部门获悉，试点已开始。"],
            ["居民用积分兑换生活用品。记者5日从杭州市有关部门获悉，试点已开始。"],
            id="zh-link-blank-lines",
        ),
        pytest.param(
            ["居民陈女士说，她家已经换了两桶", "洗衣液", "。"],
            ["居民陈女士说，她家已经换了两桶洗衣液。"],
            id="zh-link-then-stop",
        ),
        pytest.param(
            ["首页", "新闻", "财经", "体育"],
            ["首页", "新闻", "财经", "体育"],
            id="zh-menu-not-joined",
        ),
        pytest.param(["分享到：", "微信"], ["分享到：微信"], id="zh-colon-label"),
        # a site index in lower case: each item would read as a link inside a sentence
        pytest.param(SITE_INDEX, SITE_INDEX, id="en-lower-case-menu-not-joined"),
        pytest.param(
            ["Follow us on", "Facebook", ",", "Twitter", "and", "Instagram", "."],
            ["Follow us on Facebook, Twitter and Instagram."],
            id="en-short-links-of-a-sentence",
        ),
    ],
)
def test_assemble(lines, expected):
    assert assemble(lines) == expected


def test_hard_wrapped_text_is_unwrapped():
    import textwrap

    para = (
        "The city council voted on Tuesday to expand the bus network, officials said on "
        "Wednesday, in a decision that many residents had been expecting for months. "
    )
    lines = [*textwrap.wrap(para * 2, 60), "", *textwrap.wrap(para, 60)]
    assert assemble(lines) == [(para * 2).strip(), para.strip()]


def test_menu_lines_are_not_taken_for_wrapping():
    lines = [
        "Home",
        "World news and analysis",
        "Business and markets today",
        "Sport results",
        "Culture and arts",
    ] * 3
    assert assemble(lines) == lines


def test_a_lower_case_menu_reads_the_same_in_the_body():
    from articleclean import clean

    story = (
        "The city council voted on Tuesday to expand the bus network, officials said, in a "
        "decision that many residents had been expecting for months."
    )
    body = clean("\n".join([story, story.replace("Tuesday", "Monday"), *SITE_INDEX])).body
    assert clean(body).body == body
