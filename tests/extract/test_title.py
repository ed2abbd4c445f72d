"""``title`` and ``subtitle``: the headline is taken only with evidence that it heads the article."""

from __future__ import annotations

import pytest

from articleclean import clean
from articleclean.extract.title import looks_like_headline, strip_site_name

EN = "The minister said the plan would be published next week, officials in the capital confirmed."
EN2 = "Opposition leaders called the move a distraction and promised to fight it in parliament."
ZH = "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就进一步深化合作交换了意见。"
ZH2 = "会见后，双方共同出席了合作文件签字仪式，并就国际和地区问题深入交换了看法。"


@pytest.mark.parametrize(
    ("text", "title", "subtitle"),
    [
        pytest.param(
            f"A Headline Here\nBy Jane Doe\n\n{EN}\n\n{EN2}",
            "A Headline Here",
            None,
            id="en-byline",
        ),
        pytest.param(
            f"Home\nWorld\nA Headline Over the Nav\nJuly 12, 2016\n\n{EN}\n\n{EN2}",
            "A Headline Over the Nav",
            None,
            id="en-nav-first",
        ),
        pytest.param(
            f"Republicans Are Following Trump to Nowhere\nThere is an impeachment lesson hiding in "
            f"the failure.\nBy\n\nJamelle Bouie\nOpinion Columnist\n\n{EN}\n\n{EN2}",
            "Republicans Are Following Trump to Nowhere",
            "There is an impeachment lesson hiding in the failure.",
            id="en-deck",
        ),
        pytest.param(
            f"New York investigating WeWork – TechCrunch\n\nSome Menu Item Here\n\n"
            f"New York investigating WeWork\n\n{EN}\n\n{EN2}",
            "New York investigating WeWork",
            None,
            id="en-page-title",
        ),
        pytest.param(
            f"Sports\n\nJuly 12, 2016\n\nThe Headline Under the Date\n\n{EN}\n\n{EN2}",
            "The Headline Under the Date",
            None,
            id="en-below-credits",
        ),
        pytest.param(
            f"新春走基层2022\n\n土豆不“土” 土豆无“土”\n\n2022-02-13 09:57\n光明网\n\n{ZH}\n\n{ZH2}",
            "土豆不“土” 土豆无“土”",
            None,
            id="zh-column-name-above",
        ),
        pytest.param(
            f"要闻动态\n\n内蒙古延续部分到期税收优惠政策助企纾困\n预计4年为纳税人减负180亿元\n\n"
            f"发布日期：2022-02-11 08:52\n\n{ZH}\n\n{ZH2}",
            "内蒙古延续部分到期税收优惠政策助企纾困",
            "预计4年为纳税人减负180亿元",
            id="zh-two-line-headline",
        ),
        pytest.param(
            f"为现代化建设凝聚强大智慧和力量\n——热烈祝贺市政协会议开幕\n\n市政府门户网站 www.example.gov.cn"
            f"\n\n2022-02-11 09:52\n\n{ZH}\n\n{ZH2}",
            "为现代化建设凝聚强大智慧和力量",
            "热烈祝贺市政协会议开幕",
            id="zh-dash-deck-and-site-line",
        ),
        pytest.param(
            f"四年前中500万现穷困潦倒 一夜暴富后如何经营__商贸_产业资讯_新浪网\n\n企业服务首页\n\n"
            f"四年前中500万现穷困潦倒 一夜暴富后如何经营\n\n{ZH}\n\n{ZH2}",
            "四年前中500万现穷困潦倒 一夜暴富后如何经营",
            None,
            id="zh-page-title-suffix",
        ),
        pytest.param(
            f"標題[新聞] 北市公車明年起汰換電動車\n時間Tue Jul 12 18:40:15 2016\n\n{ZH}\n\n{ZH2}",
            "北市公車明年起汰換電動車",  # the board's tag is not part of the subject
            None,
            id="zh-title-label-on-the-line",
        ),
        pytest.param(
            f"聯合新聞網 / 要聞 / 生活\n食材漲價 國中小營養午餐每餐調高5元\n2016-07-12 02:18\n\n"
            f"{ZH}\n\n{ZH2}",
            "食材漲價 國中小營養午餐每餐調高5元",
            None,
            id="zh-breadcrumb-above",
        ),
        pytest.param(
            f"Sevilla instalará toldos y árboles en 40 calles\nEl Ayuntamiento invertirá 3,5 millones "
            f"de euros en un plan de sombra que empezará por los barrios\nLucía Fernández\n"
            f"Sevilla - 12 JUL 2016 - 08:00 CEST\n\n{EN}\n\n{EN2}",
            "Sevilla instalará toldos y árboles en 40 calles",
            "El Ayuntamiento invertirá 3,5 millones de euros en un plan de sombra que empezará por "
            "los barrios",
            id="es-longer-deck-under-the-headline",
        ),
        pytest.param(
            f"主题：\n\n你知道导游为什么那么热衷于让你去购物吗？\n\n作者：\n芊草凡凡\n\n{ZH}\n\n{ZH2}",
            "你知道导游为什么那么热衷于让你去购物吗？",
            None,
            id="zh-title-label",
        ),
    ],
)
def test_title(text, title, subtitle):
    article = clean(text)
    assert article.metadata.title == title
    assert article.metadata.subtitle == subtitle
    assert title not in article.body


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Headline\n\n{EN}\n\n{EN2}", id="en-one-word"),
        pytest.param(f"{EN}\nBy Jane Doe\n{EN2}", id="en-sentence-first"),
        pytest.param(f"I. The First Part\n\n{EN}\n\n{EN2}", id="en-numbered-section"),
        pytest.param(f"What Changed Here?\n\n{EN}\n\n{EN2}", id="en-question"),
        pytest.param(f"标题一样的第一行\n\n{ZH}", id="zh-one-paragraph"),
        pytest.param(f"Large Medium Small\n\n{EN}\n\n{EN2}", id="en-widget-bar"),
        pytest.param(
            f"A Headline Here\n\n{EN}\n\nA Section Heading Here\n\n{EN2}\n\n{EN}",
            id="en-section-heads-below",
        ),
        pytest.param(f"re: A Reply Subject Line\n2016-07-12 08:00\n\n{EN}\n\n{EN2}", id="en-reply"),
        pytest.param(
            f"Nadal celebrates a point in Madrid. (Manu Fernandez/AP)\nAssociated Press\n"
            f"November 19, 2019, 9:02 AM\n\n{EN}\n\n{EN2}",
            id="en-caption",
        ),
        pytest.param(
            f"Something different today, right?\n\nMost Popular\n\nFire damages club in Albany\n\n"
            f"WASHINGTON (AP) — {EN}\n\n{EN2}",
            id="en-list-between",
        ),
    ],
)
def test_no_title(text):
    assert clean(text).metadata.title is None


@pytest.mark.parametrize(
    ("text", "title", "how"),
    [
        pytest.param(
            f"A Headline Here\n\n{EN}\n\n{EN2}", "A Headline Here", "top_of_page", id="en-plain"
        ),
        pytest.param(
            f"标题一样的第一行\n{ZH}\n{ZH2}", "标题一样的第一行", "top_of_page", id="zh-plain-lines"
        ),
        pytest.param(
            f"Site Name\nHome\nNews\nWorld\nSport\nA Headline Under The Menu\n{EN}\n{EN2}",
            "A Headline Under The Menu",
            "top_of_page",
            id="en-under-menu",
        ),
        pytest.param(
            f"URL: https://example.org/a\nTitle: The Headline Of It | Example Post\n\n{EN}\n\n{EN2}",
            "The Headline Of It",
            "crawler_record",
            id="record-title-alone",
        ),
    ],
)
def test_headline_on_top(text, title, how):
    """A headline on top of a plain article, or right under a menu, is the title (issue 19);
    cleaning the body again keeps its first paragraph."""
    article = clean(text)
    assert article.metadata.title == title
    assert article.provenance["title"]["how"] == how
    assert title not in article.body
    assert article.paragraphs[0] in (EN, ZH)
    again = clean(article.body)
    assert again.body == article.body and again.metadata.title is None


def test_a_clean_body_is_left_as_it_is():
    article = clean(f"Headline Of The Story\nBy Jane Doe\nJuly 12, 2016\n\n{EN}\n\n{EN2}")
    again = clean(article.body)
    assert again.body == article.body
    assert again.metadata.title is None and again.removed == ()


def test_twelve_words_ending_in_a_question_mark_is_not_a_headline():
    line = "Is this really the headline of a story that goes on and on like this one?"
    assert not looks_like_headline(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Headline – TechCrunch", "Headline – TechCrunch", id="too-short-head"),
        pytest.param(
            "New York reportedly investigating WeWork | Reuters",
            "New York reportedly investigating WeWork",
            id="pipe",
        ),
        pytest.param("土豆不“土” 土豆无“土”_光明网", "土豆不“土” 土豆无“土”", id="zh-underscore"),
    ],
)
def test_strip_site_name(text, expected):
    assert strip_site_name(text) == expected


URL = "https://www.example-post.com/news/article/New-SUVs-and-electric-cars-lead-LA-Auto-Show-14848164.php"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        pytest.param(
            f"{URL}\n\nNew SUVs and Electric Cars Lead the LA Auto Show\n\nBy Jane Doe\n\n"
            f"{EN}\n\n{EN2}",
            True,
            id="right-above-the-headline",
        ),
        pytest.param(
            f"New SUVs and Electric Cars Lead the LA Auto Show\n\nBy Jane Doe\n\n{URL}\n\n"
            f"{EN}\n\n{EN2}",
            True,
            id="below-it-spelling-it",
        ),
        pytest.param(
            f"Council Backs the Bus Plan\n\nBy Jane Doe\n\n{EN}\n\n{URL}\n\n{EN2}",
            False,
            id="another-story-s-address-in-the-text",
        ),
    ],
)
def test_the_pages_own_address_by_the_headline_goes(text, gone):
    article = clean(text)
    assert (URL in article.body) is not gone
    assert [r.rule for r in article.removed if r.text == URL] == (["permalink"] if gone else [])
