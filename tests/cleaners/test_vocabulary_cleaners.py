"""The vocabulary cleaners: each removes its kind of junk, in English and Chinese, and keeps prose."""

from __future__ import annotations

import pytest

from articleclean.cleaners.bios import author_bios
from articleclean.cleaners.captions import photo_captions
from articleclean.cleaners.comments import comment_sections
from articleclean.cleaners.labels import (
    ad_labels,
    cookie_banners,
    copyright_notices,
    subscription_prompts,
)
from articleclean.cleaners.lists import nav_menus, pagination, related_lists, tag_lists
from articleclean.cleaners.residue import markup_residue, script_residue

from ..conftest import run_step

P1 = "The city council voted on Tuesday to expand the bus network, officials said, in a decision many had expected."
P2 = "The plan will add twelve new routes and extend service hours on weekends, according to the transport department."
P3 = "Critics argued that the cost had been underestimated, but supporters said the investment would pay for itself."
Z1 = "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就经济合作交换了意见。"
Z2 = "李克强表示，中方愿同各方一道，推动贸易和投资自由化便利化，共同维护多边贸易体制。"
Z3 = "客人表示，愿进一步加强在基础设施、能源和人文等领域的合作，推动双边关系不断向前发展。"

REMOVES = [
    # (cleaner, junk lines placed between/after paragraphs, where: "after" | "middle" | "before")
    (ad_labels, ["Advertisement"], "middle", "en-advertisement"),
    (ad_labels, ["Story continues below advertisement"], "middle", "en-continues-below"),
    (ad_labels, ["广告"], "middle", "zh-ad"),
    (ad_labels, ["Check price on Amazon"], "middle", "en-shop-button"),
    (
        ad_labels,
        ["This post contains affiliate links: we may earn a commission if you buy."],
        "before",
        "en-affiliate-disclosure",
    ),
    (ad_labels, ["贊助內容"], "after", "zh-hant-sponsored"),
    (
        ad_labels,
        ["Sponsored Content", "Five coastal walks you need to try this summer"],
        "middle",
        "en-sponsored-item",
    ),
    (
        copyright_notices,
        ["© 2019 CBS Interactive Inc. All Rights Reserved."],
        "after",
        "en-copyright",
    ),
    (
        copyright_notices,
        ["Copyright 2024 The Daily Planet. All rights reserved."],
        "after",
        "en-copyright-word",
    ),
    (
        copyright_notices,
        ["This material may not be published, broadcast, rewritten or redistributed."],
        "after",
        "en-ap-notice",
    ),
    (copyright_notices, ["版权所有 © 2005 新浪网"], "after", "zh-copyright"),
    (copyright_notices, ["未经授权禁止转载"], "after", "zh-no-reprint"),
    (
        copyright_notices,
        [
            "反侵权公告：",
            "根据《中华人民共和国著作权法》等法律法规，未经书面许可，擅自转载本报社作品的，"
            "将涉嫌侵犯著作权人合法权益。",
        ],
        "after",
        "zh-anti-infringement-notice",
    ),
    (
        copyright_notices,
        ["本文为澎湃新闻原创，未经许可，不得转载。"],
        "after",
        "zh-original-statement",
    ),
    (copyright_notices, ["京ICP备05002571号"], "after", "zh-icp"),
    (copyright_notices, ["版權所有 翻印必究"], "after", "zh-hant-copyright"),
    (
        subscription_prompts,
        ["Sign up for our daily newsletter to get the news delivered to your inbox."],
        "after",
        "en-newsletter",
    ),
    (subscription_prompts, ["Follow us on Twitter and Facebook"], "after", "en-follow"),
    (subscription_prompts, ["Already a subscriber? Log in"], "before", "en-login"),
    (
        subscription_prompts,
        [
            "No thanks",
            "Please, fill the form to subscribe to our newsletter",
            "You have successfully subscribed. Thank you!",
            "An email with a confirmation link has been sent to your inbox.",
        ],
        "after",
        "en-newsletter-popup",
    ),
    (subscription_prompts, ["扫描二维码关注我们的微信公众号"], "after", "zh-scan"),
    (subscription_prompts, ["下载客户端"], "after", "zh-app"),
    (
        cookie_banners,
        [
            "We use cookies to improve your experience on our website. By continuing you agree to our use of cookies.",
            "Accept all cookies",
        ],
        "after",
        "en-cookie",
    ),
    (cookie_banners, ["本网站使用cookie以改善您的浏览体验。"], "after", "zh-cookie"),
    (
        cookie_banners,
        [
            "Metro Nine News uses cookies for analytics and ads. By continuing to browse you agree to our use of cookies.",
        ],
        "after",
        "en-cookie-site-by-name",
    ),
    (
        markup_residue,
        ["![Protesters in the square](https://example.com/img/1.jpg)"],
        "middle",
        "markdown-image",
    ),
    (markup_residue, ["<!-- ad slot 3 -->"], "middle", "html-comment"),
    (markup_residue, ['<div class="ad-slot" id="ad-3">'], "middle", "html-tag"),
    (markup_residue, ['[caption id="attachment_12" align="alignnone"]'], "middle", "shortcode"),
    (
        script_residue,
        [
            "var googletag = googletag || {};",
            "googletag.cmd.push(function() { googletag.display('ad-1'); });",
        ],
        "middle",
        "js",
    ),
    (script_residue, ["window.dataLayer = window.dataLayer || [];"], "after", "js-datalayer"),
    (
        script_residue,
        [".article-body p { font-size: 16px; line-height: 1.5; }"],
        "before",
        "css-rule",
    ),
    (script_residue, ["});"], "middle", "js-block-end"),
    (tag_lists, ["Tags: Transport, City Council, Buses"], "after", "en-tags-inline"),
    (tag_lists, ["Topics", "Transport", "City council"], "after", "en-tags-list"),
    (tag_lists, ["标签：经济 贸易 合作"], "after", "zh-tags"),
    (tag_lists, ["關鍵詞：經濟、貿易"], "after", "zh-hant-keywords"),
    (pagination, ["Previous 1 2 3 Next"], "after", "en-pager"),
    (pagination, ["Page 2 of 5"], "after", "en-page-of"),
    # a gallery's counter, one link per line: the paragraph they make is "3 of 8"
    (pagination, ["3", "of", "8"], "middle", "en-gallery-counter-over-lines"),
    (pagination, ["3", "von", "8"], "middle", "de-gallery-counter-over-lines"),
    # one part to a paragraph: "1" / "of" / "/" / "23", or "1" / "/" / "23" with no word
    (pagination, ["1\n", "of\n", "/\n", "23\n"], "middle", "en-gallery-counter-double-spaced"),
    (pagination, ["1\n", "/\n", "23\n"], "middle", "en-gallery-counter-slash-double-spaced"),
    (pagination, ["3 sur 8"], "middle", "fr-gallery-counter"),
    (pagination, ["3 de 8"], "middle", "es-gallery-counter"),
    (pagination, ["3 di 8"], "middle", "it-gallery-counter"),
    (pagination, ["3 из 8"], "middle", "ru-gallery-counter"),
    (pagination, ["上一页 1 2 3 下一页"], "after", "zh-pager"),
    (pagination, ["第 1 页 共 3 页"], "after", "zh-page-of"),
    (nav_menus, ["Home > World > Asia"], "before", "en-breadcrumb"),
    (nav_menus, ["Home", "World", "Politics", "Business", "Sport"], "before", "en-menu-run"),
    (nav_menus, ["Home | News | Sport | Opinion"], "before", "en-menu-bar"),
    (nav_menus, ["首页 > 新闻 > 正文"], "before", "zh-breadcrumb"),
    (nav_menus, ["当前位置：首页 > 国内新闻"], "before", "zh-location"),
    (nav_menus, ["首页", "新闻", "国际", "财经", "体育"], "before", "zh-menu-run"),
    (nav_menus, ["Read this article in: Español, Français, 中文"], "before", "en-language-switch"),
    (nav_menus, ["English | 日本語 | 한국어"], "before", "language-switch-bare"),
    (
        related_lists,
        ["Related Stories", "Council approves new cycling lanes", "Bus fares to rise next year"],
        "after",
        "en-related",
    ),
    (
        related_lists,
        ["Read more: Council approves new cycling lanes"],
        "middle",
        "en-read-more-link",
    ),
    (
        related_lists,
        [
            "Most Popular",
            "Storm warning issued for the coast",
            "Five things to know about the budget",
        ],
        "after",
        "en-most-popular",
    ),
    (related_lists, ["相关新闻", "李克强会见外宾", "国务院常务会议召开"], "after", "zh-related"),
    (related_lists, ["延伸閱讀：行政院會通過預算案"], "after", "zh-hant-read-more"),
    (
        photo_captions,
        ["Residents queue for the first bus.", "[Photo/Xinhua]"],
        "middle",
        "bracket-credit",
    ),
    (
        photo_captions,
        ["Children play in the new park on Sunday. [Photo/Xinhua]"],
        "middle",
        "caption-with-credit",
    ),
    (
        photo_captions,
        ["Shoppers look at generators in a hardware store on Tuesday. (Jane Roe/The Union via AP)"],
        "middle",
        "caption-credit-via-agency",
    ),
    (
        photo_captions,
        ["Residents wait at a bus stop in the city centre.", "Photo: Jane Doe, AP"],
        "middle",
        "caption-and-credit",
    ),
    (
        photo_captions,
        ["Residents wait at a bus stop.", "Credit...", "Doug Mills/The New York Times"],
        "middle",
        "nyt-credit",
    ),
    (
        photo_captions,
        ["Burning crop stubble outside the city.", "Sanjeev Verma/Hindustan Times/Getty Images"],
        "middle",
        "agency-slash",
    ),
    (
        photo_captions,
        ["Image source, PA Media", "Image caption,", "Sandbags were stacked outside homes"],
        "middle",
        "caption-pair-source-first",
    ),
    (
        photo_captions,
        ["Image caption,", "The footbridge was closed", "Image source, Northshire Council"],
        "middle",
        "caption-pair-source-last",
    ),
    (
        photo_captions,
        ["Media caption,", "Watch: drone footage of the flood"],
        "after",
        "media-caption",
    ),
    (
        photo_captions,
        ["图片来源，Getty Images", "图片说明，", "北极海冰面积持续缩小"],
        "middle",
        "zh-caption-pair",
    ),
    (photo_captions, ["（图片来源：视觉中国）"], "before", "zh-source"),
    (photo_captions, ["这次会见在人民大会堂举行 新华社记者 李明 摄"], "middle", "zh-photographer"),
    (photo_captions, ["資料圖片"], "before", "zh-hant-archive"),
    (
        author_bios,
        ["Jane Doe is a reporter for The Daily Planet covering transport and city hall."],
        "after",
        "en-bio",
    ),
    (author_bios, ["About the author", "Jane Doe covers transport."], "after", "en-bio-heading"),
    (author_bios, ["（作者系中国人民大学教授）"], "after", "zh-bio"),
    (
        author_bios,
        [
            "About Acme Robotics",
            "Acme Robotics designs autonomous robots for warehouses.",
            "Media contact:",
            "Jordan Pike",
        ],
        "after",
        "en-company-boilerplate",
    ),
    (
        copyright_notices,
        ["Copyright © 2016 BBC. The BBC is not responsible for the content of external sites."],
        "after",
        "en-copyright-then-sentence",
    ),
    (
        copyright_notices,
        ["Yahoo is part of the Yahoo family of brands."],
        "after",
        "en-part-of-group",
    ),
    (
        copyright_notices,
        ["Our Standards: The Thomson Reuters Trust Principles."],
        "after",
        "en-standards",
    ),
    (
        copyright_notices,
        ["声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。"],
        "after",
        "zh-disclaimer",
    ),
    (
        copyright_notices,
        ["本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。"],
        "after",
        "zh-hant-no-reprint",
    ),
    (copyright_notices, ["- END -"], "after", "end-marker"),
    (
        subscription_prompts,
        ["Get the Morning Briefing newsletter in your inbox."],
        "after",
        "en-get-newsletter",
    ),
    (
        subscription_prompts,
        ["Join our Telegram channel and get the latest news delivered to you."],
        "after",
        "en-join-channel",
    ),
    (
        subscription_prompts,
        ["Download The Daily Planet App for the latest city news."],
        "after",
        "en-download-app",
    ),
    (
        subscription_prompts,
        ["Chat with us in Facebook Messenger. Find out what's happening in the world."],
        "before",
        "en-chat",
    ),
    (
        related_lists,
        ["Most Viewed in 24 Hours", "Council approves new cycling lanes"],
        "after",
        "en-most-viewed",
    ),
    (
        related_lists,
        ["【延伸閱讀】巴士站實時到站資訊覆蓋率達九成"],
        "after",
        "zh-hant-bracket-read-more",
    ),
    (related_lists, ["点击进入专题：城市更新进行时"], "after", "zh-topic-link"),
    (
        photo_captions,
        ["Photo shows cyclists riding along a painted lane in Tokyo on Jan. 11, 2017. (Kyodo)"],
        "middle",
        "caption-kyodo",
    ),
]


def _page(junk: list[str], where: str, zh: bool) -> tuple[str, list[str]]:
    a, b, c = (Z1, Z2, Z3) if zh else (P1, P2, P3)
    if where == "before":
        lines = [*junk, a, b, c]
    elif where == "middle":
        lines = [a, b, *junk, c]
    else:
        lines = [a, b, c, *junk]
    return "\n".join(lines), [a, b, c]


@pytest.mark.parametrize(
    ("cleaner", "junk", "where"), [pytest.param(c, j, w, id=i) for c, j, w, i in REMOVES]
)
def test_removes(cleaner, junk, where, rules, request):
    zh = request.node.callspec.id.startswith("zh")
    text, body = _page(junk, where, zh)
    doc = run_step(cleaner, text, rules)
    assert [line.text for line in doc.lines if line.text] == body
    assert {r.cleaner for r in doc.removed} == {cleaner.__name__}
    assert all(r.rule for r in doc.removed)


KEEPS = [
    (
        ad_labels,
        "Ad revenue fell sharply last year, the company said in its annual report to shareholders.",
    ),
    (
        ad_labels,
        "The regulator said that posts which contain affiliate links must say so at the top.",
    ),
    (
        copyright_notices,
        "The court ruled that the copyright had expired in 1998, ending a decade-long dispute.",
    ),
    (copyright_notices, "版权所有人表示，将通过法律途径维护自身权益，目前已向法院提起诉讼。"),
    (
        subscription_prompts,
        "Readers who subscribe to the paper will receive the new supplement free of charge.",
    ),
    (
        cookie_banners,
        "We use cookies in our recipes, the bakery owner said, laughing at the question.",
    ),
    (
        cookie_banners,
        "Google uses cookies to follow users across the web, the regulator said on Tuesday.",
    ),
    (script_residue, "If (as expected) the vote passes, the bill goes to the Senate next week."),
    (script_residue, "Note: this figure excludes overseas sales;"),
    (pagination, "Next year the council will review the plan again, officials said on Tuesday."),
    (nav_menus, "He moved from Home Affairs to the Foreign Office > a promotion, his allies said."),
    (nav_menus, "The 50/50 split was agreed after long talks between the two sides, both said."),
    (
        related_lists,
        "Read more about the plan in the council's report, which was published on Monday.",
    ),
    (photo_captions, "他在会上说，要加强摄影"),
    (photo_captions, "Photography was his first love, he said, long before he turned to politics."),
    (tag_lists, "Topics discussed included transport, housing and the budget, the mayor said."),
    (
        comment_sections,
        "Comments from residents were mostly positive, the council said in its report.",
    ),
    (
        author_bios,
        "Jane Doe is a reporter for The Daily Planet, the mayor said, and she asked good questions.",
    ),
]


@pytest.mark.parametrize(
    ("cleaner", "line"),
    [pytest.param(c, t, id=f"{c.__name__}-{i}") for i, (c, t) in enumerate(KEEPS)],
)
def test_keeps_prose(cleaner, line, rules):
    text = "\n".join([P1, line, P2, P3])
    doc = run_step(cleaner, text, rules)
    assert line in [ln.text for ln in doc.lines]


@pytest.mark.parametrize(
    "subheading",
    [
        pytest.param("Privacy", id="privacy"),
        pytest.param("Search", id="search"),
        pytest.param("Video", id="video"),
    ],
)
def test_one_word_subheading_between_paragraphs_stays(subheading, rules):
    text = "\n".join([P1, subheading, P2, P3])
    for cleaner in (copyright_notices, subscription_prompts, photo_captions, nav_menus):
        doc = run_step(cleaner, text, rules)
        assert subheading in [ln.text for ln in doc.lines], cleaner.__name__


@pytest.mark.parametrize(
    ("heading", "zh"),
    [
        pytest.param("Comments", False, id="en-comments"),
        pytest.param("12 Comments", False, id="en-n-comments"),
        pytest.param("Leave a Reply", False, id="en-leave-reply"),
        pytest.param("网友评论", True, id="zh-comments"),
        pytest.param("已有63条评论", True, id="zh-n-comments"),
        pytest.param("《城市公交线路调整》已有3件评论", True, id="zh-titled-n-comments"),
        pytest.param("《城市公交线路调整》上有1条评论", True, id="zh-titled-n-comments-wp"),
    ],
)
def test_comment_section_below_the_article_goes(heading, zh, rules):
    a, b, c = (Z1, Z2, Z3) if zh else (P1, P2, P3)
    thread = [
        "jsmith",
        "I completely disagree with this decision and think the council is wrong.",
        "maria",
        "Great news for commuters!",
    ]
    doc = run_step(comment_sections, "\n".join([a, b, c, heading, *thread]), rules)
    assert [ln.text for ln in doc.lines if ln.text] == [a, b, c]
    assert doc.removed[0].text == heading


def test_comment_heading_before_the_article_stays(rules):
    text = "\n".join(["Comments (3)", P1, P2, P3])
    assert run_step(comment_sections, text, rules).removed == ()


def test_related_list_stops_at_running_text(rules):
    text = "\n".join([P1, "Related", "Council approves new cycling lanes", P2, P3])
    kept = [ln.text for ln in run_step(related_lists, text, rules).lines if ln.text]
    assert kept == [P1, P2, P3]


ZH_P1 = "据市场管理方介绍，为了方便市民采购，春节前市场营业时间延长至晚上九点，并增加了临时停车位。"
ZH_P2 = "市场监管部门也加强了巡查力度，重点检查肉类、水产品的来源和检疫证明，确保市民吃得放心。"


@pytest.mark.parametrize(
    ("line", "goes"),
    [
        ("点击进入>>春节特惠专区", True),
        ("點擊查看》》活動詳情", True),
        ("点此了解 → 报名方式", True),
        ("点击进入的人越来越多，市场管理方表示将增加入口。", False),
    ],
    ids=["zh-promo", "zh-hant-promo", "zh-arrow", "zh-prose"],
)
def test_a_promo_link_inside_the_article_goes(rules, line, goes):
    text = "\n".join([ZH_P1, line, ZH_P2])
    kept = [ln.text for ln in run_step(related_lists, text, rules).lines if ln.text]
    assert (line not in kept) is goes


def test_newsletter_promise_under_a_prompt_goes_but_not_elsewhere(rules):
    blurb = "The day's top startup stories, delivered at 7am."
    text = "\n".join([P1, P2, "Sign up for DevBeat Daily", blurb, P3])
    kept = [ln.text for ln in run_step(subscription_prompts, text, rules).lines if ln.text]
    assert kept == [P1, P2, P3]
    prose = "The parcels were delivered at 7am, the courier said."
    text = "\n".join([P1, prose, P2])
    assert prose in [ln.text for ln in run_step(subscription_prompts, text, rules).lines]


_ZH_PARA = "小区建成时，几乎没有人家有私家车。如今，小区登记在册的机动车超过七百辆，一到晚上，消防通道上也停满了车。"
_FR_PARA = "Un peu par hasard. J'étais aide-gardienne dans un refuge du Beaufortain pendant mes études, et on m'a proposé celui-ci."
_EN_PARA = "The council said the work would start in the spring and take about two years, with the roads kept open throughout."
SUBHEADS_AFTER_A_BOX = [
    pytest.param(
        [
            _ZH_PARA,
            "停车难题：向边角地要车位",
            _ZH_PARA,
            "相关阅读",
            "我市今年计划改造老旧小区186个",
            "老旧小区加装电梯，这些问题你关心吗？",
            "长效管理：改完之后谁来管",
            _ZH_PARA,
        ],
        "长效管理：改完之后谁来管",
        True,
        id="zh-topic-colon-subhead",
    ),
    pytest.param(
        [
            _FR_PARA,
            "Comment êtes-vous devenue gardienne ?",
            _FR_PARA,
            "À lire aussi",
            "Refuges : les réservations en ligne deviennent obligatoires",
            "Qu'est-ce qui a changé en douze ans ?",
            _FR_PARA,
        ],
        "Qu'est-ce qui a changé en douze ans ?",
        True,
        id="fr-interview-question",
    ),
    pytest.param(
        [
            _EN_PARA,
            "Roadworks",
            _EN_PARA,
            "Related stories",
            "Bridge to close for repairs",
            "New bus lanes for the city centre",
            _EN_PARA,
        ],
        "New bus lanes for the city centre",
        False,
        id="en-plain-link-is-not-told-apart",
    ),
    pytest.param(
        [
            _FR_PARA,
            "Comment êtes-vous devenue gardienne ?",
            _FR_PARA,
            "À lire aussi",
            "Faut-il réserver son refuge ?",
            "Qu'est-ce qui a changé en douze ans ?",
            _FR_PARA,
        ],
        "Qu'est-ce qui a changé en douze ans ?",
        False,
        id="fr-a-question-like-the-other-link",
    ),
]


@pytest.mark.parametrize(("lines", "last", "kept"), SUBHEADS_AFTER_A_BOX)
def test_the_articles_next_subheading_after_a_related_box(lines, last, kept, rules):
    """A related box inside the article ends before the article's own next subheading: the
    last line under the box shaped like the subheadings above it and unlike the box's links."""
    doc = run_step(related_lists, "\n".join(lines), rules)
    left = [line.text for line in doc.lines if line.text]
    assert (last in left) is kept
    assert lines[3] not in left and lines[4] not in left  # the heading and its first link go


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "La ministra\nde\nEconomía anunció hoy un plan para reducir el déficit, dijo el gobierno.",
            id="es-de-between-links",
        ),
        pytest.param(
            "Un dossier complet\nsur\nla réforme des retraites a été publié mardi par le ministère.",
            id="fr-sur-between-links",
        ),
        pytest.param(
            "Der Bericht\nvon\nAnna Weber erschien am Dienstag in der Zeitung.", id="de-von"
        ),
    ],
)
def test_a_counter_word_inside_a_sentence_stays(text, rules):
    """A counter word alone on a line ("de", "sur", "von") is a pager word only in a counter
    ("3 de 8"): one between the links of a sentence is the sentence's."""
    assert run_step(pagination, text, rules).removed == ()


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(["1", P2], id="en-numbered-item-over-its-text"),
        pytest.param(["/", P2], id="en-slash-without-a-number"),
        pytest.param(["2019", "/", P2], id="en-year-over-a-slash"),
    ],
)
def test_a_number_or_a_slash_alone_is_no_counter(lines, rules):
    text = "\n\n".join([P1, *lines, P3])
    doc = run_step(pagination, text, rules)
    assert [ln.text for ln in doc.lines if ln.text] == [P1, *lines, P3]


CAPTION = (
    "Karma Automotive's Andreas Thurner, left, and Todd George unveil the Karma Vision SC2 "
    "concept vehicle at the Los Angeles Auto Show on Tuesday, Nov. 19, 2019."
)
CUT = CAPTION[:110].rsplit(" ", 1)[0]


@pytest.mark.parametrize(
    "gallery",
    [
        pytest.param([CAPTION, CUT], id="whole-then-cut"),
        pytest.param([CAPTION, CUT, "Photo: Damian Dovarganes, AP", CAPTION, CUT], id="repeated"),
    ],
)
def test_a_caption_shown_whole_and_cut_short_goes_with_every_copy(gallery, rules):
    text = "\n\n".join([*gallery, P1, P2])
    doc = run_step(photo_captions, text, rules)
    assert [ln.text for ln in doc.lines if ln.text] == [P1, P2]
    assert {r.rule for r in doc.removed if r.text in (CAPTION, CUT)} == {"caption_toggle"}


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Cities weigh new limits on short-term rentals as housing costs climb – The Post",
                "Cities weigh new limits on short-term rentals as housing costs climb",
            ],
            id="page-title-over-headline",
        ),
        pytest.param([P1, P2], id="two-paragraphs"),
        pytest.param([P1, P1[:40]], id="too-short-to-be-a-caption-cut"),
    ],
)
def test_a_line_over_the_start_of_itself_is_not_always_a_caption(lines, rules):
    text = "\n\n".join([*lines, P3])
    doc = run_step(photo_captions, text, rules)
    assert [ln.text for ln in doc.lines if ln.text] == [*lines, P3]
