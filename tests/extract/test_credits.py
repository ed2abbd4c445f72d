"""The credit-line reader: which lines are credits, and which fields they hold."""

from __future__ import annotations

from itertools import pairwise

import pytest

from articleclean import Doc
from articleclean.extract.credit_blocks import find_credits
from articleclean.extract.credits import read_credits

from ._shared import field_summary


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "作者:zboygirl 阅读(1660)", [("author", ["zboygirl"])], id="zh-handle-counter"
        ),
        pytest.param(
            "2016-07-12 08:00:00 来源：新华社",
            [("date", "2016-07-12T08:00:00"), ("source", "新华社")],
            id="zh-date-source",
        ),
        pytest.param(
            "来源：巴彦淖尔日报     编辑：苏亮",
            [("source", "巴彦淖尔日报"), ("editor", ["苏亮"])],
            id="zh-source-editor",
        ),
        pytest.param(
            "Reporting by Jane Doe; Editing by John Roe",
            [("author", ["Jane Doe"]), ("editor", ["John Roe"])],
            id="en-reporting-editing",
        ),
        pytest.param(
            "发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)",
            [("published", "2004-12-27T12:40")],
            id="zh-posted-counters",
        ),
        pytest.param(
            "ggjjzhzz 发表于 2005-9-15 11:46:00",
            [("author", ["ggjjzhzz"]), ("published", "2005-09-15T11:46:00")],
            id="zh-poster-before-label",
        ),
        pytest.param(
            "2005-01-06 08:13更新 来源：转载文章",
            [("updated", "2005-01-06T08:13"), ("source", "转载文章")],
            id="zh-label-after-date",
        ),
        pytest.param(
            "AUTO.SOHU.COM  2003年11月12日16:36　  金羊网—新快报",
            [("date", "2003-11-12T16:36"), ("source", "金羊网—新快报")],
            id="zh-domain-date-media",
        ),
        pytest.param(
            "http://www.sina.net 2005年03月21日 11:21",
            [("date", "2005-03-21T11:21")],
            id="url-date",
        ),
        pytest.param("2006年12月27日（京港台时间）", [("date", "2006-12-27")], id="zh-zone-note"),
        pytest.param(
            "光明日报记者 王建宏 张文攀", [("author", ["王建宏", "张文攀"])], id="zh-affiliation"
        ),
        pytest.param(
            "实习记者 樊亮 张明超 记者惠禾",
            [("author", ["樊亮", "张明超"]), ("author", ["惠禾"])],
            id="zh-two-reporter-labels",
        ),
        pytest.param("（松花江网编辑 孙桂芳）", [("editor", ["孙桂芳"])], id="zh-paren-editor"),
        pytest.param("来源: 尹娟", [("author", ["尹娟"])], id="zh-source-is-a-person"),
        pytest.param("By JANE DOE", [("author", ["Jane Doe"])], id="en-all-caps"),
        pytest.param(
            "Updated on:  November 19, 2019 / 10:07 AM",
            [("updated", "2019-11-19T10:07")],
            id="en-updated-slash-time",
        ),
        pytest.param("Associated Press", [("source", "Associated Press")], id="en-bare-agency"),
        pytest.param("Today 12:01 AM", [("date", None)], id="en-relative"),
        pytest.param("3小时前", [("date", None)], id="zh-relative"),
        # role labels joined by a middle dot; the ideographic space after the label
        pytest.param(
            "料理・文\u3000佐々木真由美", [("author", ["佐々木真由美"])], id="ja-compound-role"
        ),
        pytest.param("取材・文 佐藤花子", [("author", ["佐藤花子"])], id="ja-two-role-labels"),
        pytest.param("記者\u3000佐藤花子", [("author", ["佐藤花子"])], id="ja-ideographic-space"),
        # a weekday in lower case before a numeric date goes with it (it is no place)
        pytest.param("mardi 12/07/2016", [("date", "2016-12-07")], id="fr-weekday-numeric"),
        pytest.param(
            "martes, 12/07/2016 10:30", [("date", "2016-12-07T10:30")], id="es-weekday-comma"
        ),
        # a joiner inside the label's word (Persian "به‌روزرسانی"); a date after "ב-"
        pytest.param("به\u200cروزرسانی: 12 ژوئن 2024", [("updated", "2024-06-12")], id="fa-zwnj"),
        pytest.param(
            "פורסם ב-18.06.2024 10:30", [("published", "2024-06-18T10:30")], id="he-hyphen-date"
        ),
    ],
)
def test_credit_lines(line, expected):
    from articleclean.rules import RuleBook

    fields = read_credits(line, RuleBook())
    assert fields is not None
    assert field_summary(fields) == expected
    # fields partition the line: each ends where the next starts, the last at the end
    assert fields[0].start == 0 and fields[-1].end == len(line)
    assert all(a.end == b.start for a, b in pairwise(fields))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("By the time the vote came, the deal had collapsed.", id="en-by-sentence"),
        pytest.param("By default", id="en-by-lowercase-word"),
        pytest.param("记者从市政府获悉，新的政策将于下月实施。", id="zh-reporter-learned"),
        pytest.param("记者调查", id="zh-reporter-not-a-name"),
        pytest.param("[作者简介]", id="zh-author-profile"),
        pytest.param("数据来源于国家统计局", id="zh-source-in-a-phrase"),
        pytest.param("楼层： 第 1 楼 时间：2005-08-28 20:56:20", id="zh-floor-not-a-credit"),
        pytest.param("测试：新快报汽车测评中心蔡战冯建华王维辉等20人", id="zh-test-team"),
        pytest.param("Powered by:", id="en-powered-by"),
        pytest.param("联系作者", id="zh-contact-the-author"),
        pytest.param("料理・文", id="ja-compound-role-without-a-name"),
        pytest.param("文\u3000佐藤花子", id="ja-one-character-label-alone-needs-a-mark"),
        pytest.param("The law took effect on July 12, 2016.", id="en-date-in-prose"),
        pytest.param("2016年7月12日，国务院召开常务会议。", id="zh-date-in-prose"),
        pytest.param("He was born on 12 May 1950.", id="en-old-date-in-prose"),
        pytest.param(
            "Reporting by Jane Doe; additional reporting by John Roe and Mary Major; editing by Bill.",
            id="en-twelve-words-ending-in-a-full-stop",
        ),
    ],
)
def test_not_credit_lines(line):
    from articleclean.rules import RuleBook

    assert read_credits(line, RuleBook()) is None


def _credits(text):
    from articleclean.rules import RuleBook

    doc = Doc.from_text(text)
    return [
        [(f.kind, doc.lines[f.line].text, list(f.names) or f.value) for f in c.fields]
        for c in find_credits(doc, RuleBook())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "作者：\n芊草凡凡",
            [[("author", "作者：", None), ("author", "芊草凡凡", ["芊草凡凡"])]],
            id="zh-label-over-value",
        ),
        pytest.param(
            "By\n\nJamelle Bouie\nOpinion Columnist",
            [
                [
                    ("author", "By", None),
                    ("author", "Jamelle Bouie", ["Jamelle Bouie"]),
                    ("author", "Opinion Columnist", None),
                ]
            ],
            id="en-by-over-name-over-job-title",
        ),
        pytest.param(
            "ggjjzhzz\n发表于 2005-9-15 11:46:00",
            [
                [
                    ("author", "ggjjzhzz", ["ggjjzhzz"]),
                    ("published", "发表于 2005-9-15 11:46:00", None),
                ]
            ],
            id="zh-poster-over-posted",
        ),
        pytest.param(
            "Tom Davies\n\nAssociated Press\n\nPublished 11:34 PM EST Nov 19, 2019",
            [
                [
                    ("author", "Tom Davies", ["Tom Davies"]),
                    ("source", "Associated Press", "Associated Press"),
                ],
                [("published", "Published 11:34 PM EST Nov 19, 2019", None)],
            ],
            id="en-name-outlet-date",
        ),
        pytest.param(
            "November\n18, 2019\n12:02 PM",
            [[("date", "November", None), ("date", "18, 2019", None), ("date", "12:02 PM", None)]],
            id="en-date-split-over-lines",
        ),
    ],
)
def test_credits_over_lines(text, expected):
    assert _credits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Home\nPosted on July 12, 2016", id="en-menu-word-over-posted"),
        pytest.param("Previous Post\nNext Post\nOctober 9, 2018", id="en-pager-over-date"),
        pytest.param(
            "希望以后和各位多多交流。\n发表于 2004年12月27日 12:40", id="zh-sentence-over-posted"
        ),
    ],
)
def test_no_author_over_lines(text):
    assert all(f[0] != "author" for c in _credits(text) for f in c)
