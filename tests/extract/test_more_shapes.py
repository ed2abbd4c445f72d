"""Credit, dateline, print-edition, sign-off and header shapes from many sites and languages:
each shape read, and the prose that looks like it left alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from articleclean import Doc, clean
from articleclean.analysis import PageAnalysis
from articleclean.extract.bbs import bbs_header
from articleclean.extract.byline import byline
from articleclean.extract.credits import read_credits
from articleclean.extract.dateline import dateline, read_dateline
from articleclean.extract.emails import signoff_rule
from articleclean.extract.names import read_names
from articleclean.extract.print_edition import print_edition

from ..conftest import run_step
from ._shared import assert_dateline, field_summary, read_dateline_of

EN = "The minister said the plan would be published next week, officials in the capital confirmed."
ZH = "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就进一步深化合作交换了意见。"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "2016/07/12 18:35（7/12 20:10 更新）",
            [("date", "2016-07-12T18:35"), ("updated", "2016-07-12T20:10")],
            id="zh-update-note-in-the-date-year",
        ),
        pytest.param(
            "TNN | Updated: Jul 12, 2016, 08.00 AM IST",
            [("source", "TNN"), ("updated", "2016-07-12T08:00")],
            id="en-caps-agency-dotted-time",
        ),
        pytest.param(
            "KYODO NEWS - Jan 12, 2017 - 18:35 | All, Japan",
            [("source", "KYODO NEWS"), ("date", "2017-01-12T18:35")],
            id="en-agency-date-sections",
        ),
        pytest.param(
            "June 3, 2019, 4:12 AM·3 min read",
            [("date", "2019-06-03T04:12")],
            id="en-date-reading-time",
        ),
        pytest.param("Lecture 3 min.", [("date", None)], id="fr-reading-time-alone"),
        pytest.param(
            "Ultimo aggiornamento: 14 gennaio 2017 ore 10:30",
            [("updated", "2017-01-14T10:30")],
            id="it-updated-ore",
        ),
        pytest.param("（編輯：王芳）1050712", [("editor", ["王芳"])], id="zh-editor-roc-code"),
        pytest.param(
            "责任编辑：王芳 | 版面编辑：刘亮",
            [("editor", ["王芳"]), ("editor", ["刘亮"])],
            id="zh-two-editors",
        ),
        pytest.param(
            "【纠错】 责任编辑： 王芳", [("editor", ["王芳"])], id="zh-widget-before-editor"
        ),
        pytest.param("[责任编辑：王芳 PN080]", [("editor", ["王芳"])], id="zh-editor-staff-code"),
        pytest.param(
            "本文来源：中国青年报 作者：李明 责任编辑：王晓_NN1234",
            [("source", "中国青年报"), ("author", ["李明"]), ("editor", ["王晓"])],
            id="zh-editor-underscore-code",
        ),
        pytest.param(
            "박지훈 기자 (jhpark@hanbitilbo.co.kr)", [("author", ["박지훈"])], id="ko-name-email"
        ),
        pytest.param("腾讯体育 陈静", [("author", ["陈静"])], id="zh-outlet-and-name"),
        pytest.param(
            "原创 李明 江城观察 2019-05-12",
            [("author", ["李明"]), ("date", "2019-05-12")],
            id="zh-wechat-original",
        ),
        pytest.param(
            "By ZHOU HUIYING in Harbin | China Daily | Updated: 2018-03-05 07:28",
            [("author", ["Zhou Huiying"]), ("updated", "2018-03-05T07:28")],
            id="en-name-in-place-outlet-updated",
        ),
        pytest.param("Quelle: F.T.", [("source", "F.T.")], id="de-source-label"),
        pytest.param("Источник: Фонтанка", [("source", "Фонтанка")], id="ru-source-label"),
        pytest.param("Edição: João Souza", [("editor", ["João Souza"])], id="pt-editor-label"),
        pytest.param(
            "来源：光明网-《光明日报》 2018-03-05 05:00",
            [("source", "光明网-《光明日报》"), ("date", "2018-03-05T05:00")],
            id="zh-source-keeps-closing-bracket",
        ),
        pytest.param("7/12(火) 8:00配信", [("date", None)], id="ja-date-without-year"),
    ],
)
def test_credit_shapes(line, expected, rules):
    fields = read_credits(line, rules)
    assert fields is not None
    assert field_summary(fields) == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "The council met on 2016/07/12 18:35 (7/12 20:10 it adjourned) and left.",
            id="en-dates-in-a-sentence",
        ),
        pytest.param("来源：江苏扬州的调查", id="zh-phrase-is-no-publisher"),
        pytest.param("By the river in Harbin | the ice festival opens", id="en-by-a-place"),
        pytest.param("腾讯体育 新闻中心", id="zh-outlet-and-no-name"),
        pytest.param("原创 不得转载 2019-05-12", id="zh-original-without-a-name"),
        pytest.param("3 min read this morning about the vote", id="en-reading-words-in-prose"),
    ],
)
def test_not_credit_shapes(line, rules):
    assert read_credits(line, rules) is None


@pytest.mark.parametrize(
    ("value", "names", "source"),
    [
        pytest.param(
            "Maria Silva - Repórter da Agência Brasil - Brasília",
            ["Maria Silva"],
            "Agência Brasil",
            id="pt-outlet-in-job-title",
        ),
        pytest.param("Ana Costa, G1 Rio", ["Ana Costa"], "G1 Rio", id="pt-outlet-after-name"),
        pytest.param("李明 SN226", ["李明"], None, id="zh-staff-code"),
    ],
)
def test_names(value, names, source, rules):
    assert read_names(value, rules) == (names, source)


@pytest.mark.parametrize(
    ("paragraph", "place", "date", "agency", "rest"),
    [
        pytest.param(
            "(ANSA) - ROMA, 12 LUG - Una mappa digitale per trovare le fontanelle è disponibile.",
            "ROMA",
            "2016-07-12",
            "ANSA",
            "Una mappa digitale per trovare le fontanelle è disponibile.",
            id="it-ansa",
        ),
        pytest.param(
            "Lisboa, 12 jul 2016 (Lusa) - A Carris recebeu hoje o primeiro de dez novos elétricos.",
            "Lisboa",
            "2016-07-12",
            "Lusa",
            "A Carris recebeu hoje o primeiro de dez novos elétricos.",
            id="pt-lusa",
        ),
        pytest.param(
            "Madrid, 12 jul (EFE).- El Consejo de Ministros aprobó este martes un plan.",
            "Madrid",
            "2016-07-12",
            "EFE",
            "El Consejo de Ministros aprobó este martes un plan.",
            id="es-efe",
        ),
        pytest.param(
            "КАЗАНЬ, 12 июл — РИА Новости. Первые пять низкопольных трамваев вышли на маршруты.",
            "КАЗАНЬ",
            "2016-07-12",
            "РИА Новости",
            "Первые пять низкопольных трамваев вышли на маршруты.",
            id="ru-ria",
        ),
        pytest.param(
            "МОСКВА, 12 июля. /ТАСС/. Около 60 км новых велодорожек появится в Москве.",
            "МОСКВА",
            "2016-07-12",
            "ТАСС",
            "Около 60 км новых велодорожек появится в Москве.",
            id="ru-tass",
        ),
        pytest.param(
            "New York (CNN)A small museum in upstate New York handed a clay tablet back.",
            "New York",
            None,
            "CNN",
            "A small museum in upstate New York handed a clay tablet back.",
            id="en-cnn-glued",
        ),
        pytest.param(
            "Dubai: A driverless shuttle will start carrying passengers around Dubai next month.",
            "Dubai",
            None,
            None,
            "A driverless shuttle will start carrying passengers around Dubai next month.",
            id="en-place-colon-named-again",
        ),
        pytest.param(
            "（中央社記者張偉台北12日電）台北市政府今天表示，補助措施將延長至明年底。",
            "台北",
            "2016-07-12",
            "中央社",
            "台北市政府今天表示，補助措施將延長至明年底。",
            id="zh-cna",
        ),
        pytest.param(
            "〔記者張偉／台北報導〕台北市公園處今日宣布，將在6座公園劃設寵物友善區。",
            "台北",
            None,
            None,
            "台北市公園處今日宣布，將在6座公園劃設寵物友善區。",
            id="zh-ltn",
        ),
        pytest.param(
            "【环球网报道 记者 张伟】多家中国物流企业近期宣布在泰国扩建海外仓。",
            None,
            None,
            "环球网",
            "多家中国物流企业近期宣布在泰国扩建海外仓。",
            id="zh-huanqiu-no-place",
        ),
        pytest.param(
            "(서울=연합뉴스) 김수연 기자 = 서울시가 공공자전거 대여소를 500곳 더 늘린다.",
            "서울",
            None,
            "연합뉴스",
            "서울시가 공공자전거 대여소를 500곳 더 늘린다.",
            id="ko-yonhap",
        ),
    ],
)
def test_datelines(paragraph, place, date, agency, rest, rules):
    assert_dateline(read_dateline_of(paragraph, rules), place, date, agency, rest)


@pytest.mark.parametrize(
    ("paragraph", "authors"),
    [
        pytest.param(
            "（中央社記者張偉台北12日電）台北市政府今天表示將延長補助。", ["張偉"], id="zh-cna"
        ),
        pytest.param(
            "〔記者張偉／台北報導〕台北市公園處今日宣布劃設寵物友善區。", ["張偉"], id="zh-ltn"
        ),
        pytest.param(
            "【环球网报道 记者 张伟】多家中国物流企业宣布扩建海外仓。", ["张伟"], id="zh-huanqiu"
        ),
        pytest.param(
            "(서울=연합뉴스) 김수연 기자 = 서울시가 대여소를 늘린다.", ["김수연"], id="ko-yonhap"
        ),
    ],
)
def test_dateline_credits_name_the_authors(paragraph, authors, rules):
    """The dateline's reporters are authors; ``byline`` fills the field (the credit plan
    hands them on), ``dateline`` only cuts the dateline."""
    text = f"{paragraph}\n\n{ZH}"
    assert run_step(byline, text, rules).meta["authors"] == authors
    assert "authors" not in run_step(dateline, text, rules).meta


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "Smith, 45 years - a long time in the job, and he said so today.", id="no-month"
        ),
        pytest.param(
            "Update: The minister said the plan would be published next week, officials said.",
            id="colon-word-not-named-again",
        ),
        pytest.param(
            "Analysis: Why the vote matters for the coalition and the budget.", id="analysis"
        ),
    ],
)
def test_not_datelines(paragraph, rules):
    doc = run_step(dateline, f"{paragraph}\n\n{EN}", rules)
    assert "dateline" not in doc.meta and doc.removed == ()


def test_place_colon_needs_the_context(rules):
    assert read_dateline("Dubai: A shuttle will run next month.", rules) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "（原载于《中国青年报》2019年05月12日 03版）",
            ("中国青年报", "2019-05-12", "3"),
            id="zh-originally-in",
        ),
        pytest.param(
            "【2016-07-12/聯合報/A4版/生活】", ("聯合報", "2016-07-12", "A4"), id="zh-udn-bracket"
        ),
        pytest.param(
            "A version of this article appears in print on Jan. 14, 2017, on Page A12 of The "
            "Harbor Tribune with the headline: Ferry to Add Late Runs During Bridge Work.",
            ("The Harbor Tribune", "2017-01-14", "A12"),
            id="en-appears-in-print-of",
        ),
        pytest.param(
            "A version of this article appeared in the print edition of The Straits Times on "
            "July 12, 2016, with the headline 'Hawker centres to trial ordering app'. Subscribe",
            ("The Straits Times", "2016-07-12", None),
            id="en-print-edition-of-on",
        ),
        pytest.param(
            "This article appears in the September 2016 issue of The Meridian with the headline "
            "“The Quiet Orchard.”",
            ("The Meridian", None, None),
            id="en-magazine-issue",
        ),
    ],
)
def test_print_edition_shapes(line, expected, rules):
    doc = run_step(print_edition, f"{EN}\n{line}", rules)
    pe = doc.meta["print_edition"]
    assert (pe.publication, pe.date, pe.page) == expected


def test_print_edition_mention_in_prose_stays(rules):
    text = f"{EN}\nShe said the story appeared in print on Jan. 14, 2017, in a local paper."
    doc = run_step(print_edition, text, rules)
    assert "print_edition" not in doc.meta and doc.removed == ()


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("财新记者：liming@caixin.com", id="zh-reporter"),
        pytest.param("Escriba al autor: jruiz@vozdelcantabrico.es", id="es-write-to-author"),
        pytest.param(
            "Contact Maya Lindqvist at mlindqvist@riversideledger.com or 555-0123. Follow her on "
            "Twitter: @mayalind.",
            id="en-contact-phone-social",
        ),
        pytest.param(
            "Contact the writer at hcole@valleycourier.com or 555-0182.", id="en-writer-phone"
        ),
    ],
)
def test_signoffs(line, rules):
    assert signoff_rule(line, rules) is not None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("记者在现场看到，有人把材料发到了 tips@example.com 邮箱。", id="zh-prose"),
        pytest.param(
            "Contact Maya at m@example.com or call her later, she said on Twitter.", id="en-prose"
        ),
    ],
)
def test_not_signoffs(line, rules):
    assert signoff_rule(line, rules) is None


BBS = """发信人: jiangcheng (江城老马), 信区: CityNews
标  题: [转载] 江城地铁3号线开通 日均客流预计20万人次
发信站: 水木社区 (Tue Jul 12 08:00:00 2016), 站内

【 以下文字转载自 News 讨论区 】

来源：江城日报
记者 张伟

{zh}

{zh}

--

※ 来源:·水木社区 newsmth.net·[FROM: 202.112.*.*]
"""


def test_bbs_header_is_the_posts_metadata(rules):
    page = Doc.from_text(BBS.format(zh=ZH))
    doc = bbs_header(replace(page, step="bbs_header", analysis=PageAnalysis(rules)), rules)
    # the posting time is a finding for ``dates``, which fills published when nothing else does
    assert [f.value for f in doc.analysis.findings("published")] == ["2016-07-12T08:00:00"]
    rules_used = {r.rule.rsplit(":", 1)[1] for r in doc.removed}
    assert rules_used == {"poster", "station", "repost", "origin"}
    assert "标 题" in doc.text  # the subject line is the title step's


def test_bbs_post_cleaned_whole():
    article = clean(BBS.format(zh=ZH))
    meta = article.metadata
    assert meta.title == "江城地铁3号线开通 日均客流预计20万人次"
    assert list(meta.authors) == ["张伟"] and meta.source == "江城日报"
    assert meta.published == "2016-07-12T08:00:00"
    assert "发信" not in article.body and "转载" not in article.body


def test_bbs_lines_quoted_in_prose_stay(rules):
    text = f"他说：“发信人写得很清楚，信区也标明了，这不是我们的问题。”\n\n{ZH}"
    doc = run_step(bbs_header, text, rules)
    assert doc.removed == ()


PROSE = (
    "The county's only passenger ferry will run until 1 a.m. on weekdays starting next month, "
    "an effort to ease the commute for thousands of residents, officials said on Friday."
)
DECK = "The county will pay for the extra service for six months while crews replace the deck."


@pytest.mark.parametrize(
    ("text", "title", "subtitle"),
    [
        pytest.param(
            f"Ferry to Add Night Crossings\n\n{DECK}\n\nBy Samuel Okafor\n\nJan. 14, 2017\n\n"
            f"{PROSE}\n\n{PROSE}",
            "Ferry to Add Night Crossings",
            DECK,
            id="en-deck-sentence-between-headline-and-byline",
        ),
        pytest.param(
            "中央社 即時新聞 > 地方\n\nYouBike前30分鐘補助延長 北市再編列預算\n\n2016/07/12 18:35\n\n"
            f"{ZH}\n\n{ZH}",
            "YouBike前30分鐘補助延長 北市再編列預算",
            None,
            id="zh-section-trail-is-not-the-upper-line",
        ),
        pytest.param(
            "Inicio Nacional CDMX Deportes Espectáculos Tecnología\n"
            "Amplían ciclovía de Insurgentes hasta el sur de la ciudad\nPor: Redacción\n"
            f"12/07/2016 08:00\n{PROSE}\n{PROSE}",
            "Amplían ciclovía de Insurgentes hasta el sur de la ciudad",
            None,
            id="es-menu-bar-is-not-the-upper-line",
        ),
        pytest.param(
            f"老旧小区加装电梯，难在哪里？\n江城观察\n2018-05-20 09:15\n文/王芳\n{ZH}\n{ZH}",
            "老旧小区加装电梯，难在哪里？",
            None,
            id="zh-whole-headline-over-an-account-line",
        ),
    ],
)
def test_title_shapes(text, title, subtitle):
    meta = clean(text).metadata
    assert meta.title == title
    assert meta.subtitle == subtitle


def test_a_sentence_under_a_headline_without_credits_is_body():
    article = clean(f"Ferry to Add Night Crossings\n\n{DECK}\n\n{PROSE}\n\n{PROSE}")
    assert article.metadata.subtitle is None
    assert DECK in article.body


def test_a_long_paragraph_above_the_byline_is_no_deck():
    long = " ".join([PROSE] * 3)
    article = clean(f"Ferry to Add Night Crossings\n\n{long}\n\nBy Samuel Okafor\n\n{PROSE}")
    assert article.metadata.subtitle is None


def test_masthead_above_the_headline_is_the_source():
    text = (
        "네이버 뉴스 홈\n한빛일보\n해운대해수욕장 야간 개장…밤 9시까지 입수 허용\n"
        "기사입력 2016.07.12. 오후 2:22\n"
        "부산 해운대구는 오는 15일부터 다음 달 21일까지 해운대해수욕장을 밤 9시까지 개장한다고 "
        "12일 밝혔다. 야간 개장 기간에는 조명을 추가로 설치한다.\n"
        "구는 열대야를 피해 밤에 바다를 찾는 시민과 관광객이 늘어남에 따라 지난해 시범 운영을 "
        "거쳐 올해 정식으로 야간 개장을 하기로 했다고 설명했다."
    )
    meta = clean(text).metadata
    # the outlet above the headline is the story's (a portal carries it); the portal's name
    # on the first line is the page's publisher
    assert (meta.agency, meta.source) == ("한빛일보", "네이버 뉴스")


def test_an_outlet_name_in_the_story_is_not_a_masthead():
    text = f"한빛일보\n{EN}\n{EN}"
    meta = clean(text).metadata
    assert meta.agency is None  # nothing credits the story to it


_LETTER = "My husband of twenty years bought tickets to India, and I am in economy."
_ANSWER = "Of course you should be happy that you will be visiting a beautiful country."


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            f"DEAR ABBY: {_LETTER}\n\nDEAR FEELING: {_ANSWER}\n\nDEAR ABBY: {_LETTER}",
            id="salutation-repeated-below",
        ),
        pytest.param(
            f"Dear Abby: {_LETTER}\n\nDEAR ABBY: {_LETTER}\n\nDEAR READER: {_ANSWER}",
            id="salutation-repeated-in-another-case",
        ),
        pytest.param(
            f"{EN}\n\nColumn: Freelancers fear the new law will wipe them out\n\n"
            "Column: A merger will hurt readers, as this column has said before",
            id="kind-of-story-named-again-only-as-a-label",
        ),
        pytest.param(
            "Sen. Jane Roe: The agenda of the other party would kill the American dream\n\n"
            f"Sen. Jane Roe\n\nWednesday November 20, 2019\n\n{EN} Sen. Jane Roe said so.",
            id="teaser-over-its-author",
        ),
    ],
)
def test_a_label_that_opens_other_lines_is_not_a_place(page, rules):
    """A "Place:" dateline is where one story was filed: a label that opens several lines
    ("DEAR ABBY:", "Column:") or a name that stands alone as the teaser's author is not."""
    doc = run_step(dateline, page, rules)
    assert "dateline" not in doc.meta and doc.removed == ()
