"""``published`` / ``updated`` (``dates``), ``source`` and ``dateline``, in English and Chinese."""

from __future__ import annotations

import datetime as dt

import pytest

from articleclean import clean
from articleclean.dates import find_dates, month_day
from articleclean.extract.dateline import dateline
from articleclean.extract.dates import dates
from articleclean.extract.source import source

from ..conftest import run_step
from ._shared import assert_dateline, read_dateline_of

EN = "The minister said the plan would be published next week, officials in the capital confirmed."
ZH = "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就进一步深化合作交换了意见。"


@pytest.mark.parametrize(
    ("header", "published", "updated"),
    [
        pytest.param("Updated: 2016-07-12 08:00", None, "2016-07-12T08:00", id="en-updated"),
        pytest.param(
            "Published 3:15 PM ET, Tue July 12, 2016",
            "2016-07-12T15:15-04:00",
            None,
            id="en-et-summer",
        ),
        pytest.param(
            "Published 3:15 PM ET, Tue January 12, 2016",
            "2016-01-12T15:15-05:00",
            None,
            id="en-et-winter",
        ),
        pytest.param("12 July 2016", "2016-07-12", None, id="en-dmy"),
        pytest.param("July 12, 2016", "2016-07-12", None, id="en-mdy"),
        pytest.param("2016/07/12", "2016-07-12", None, id="slashes"),
        pytest.param(
            "Posted: 2016-07-12 08:00 GMT+8", "2016-07-12T08:00+08:00", None, id="gmt-offset"
        ),
        pytest.param("Published\n\n18 November 2019", "2019-11-18", None, id="en-label-over-date"),
        pytest.param(
            "Published July 12, 2016\nUpdated July 13, 2016 10:00",
            "2016-07-12",
            "2016-07-13T10:00",
            id="en-both",
        ),
        pytest.param("2016年07月12日 08:00", "2016-07-12T08:00", None, id="zh-cjk"),
        pytest.param("发布时间：2016年07月12日 08:00", "2016-07-12T08:00", None, id="zh-labelled"),
        pytest.param(
            "北京时间 2016年07月12日 08:00", "2016-07-12T08:00+08:00", None, id="zh-beijing-time"
        ),
        pytest.param(
            "2016-07-12 08:00:00 来源：新华社", "2016-07-12T08:00:00", None, id="zh-date-and-source"
        ),
        pytest.param(
            "时间：\n2005-08-22 19:13:18", "2005-08-22T19:13:18", None, id="zh-label-over"
        ),
        pytest.param("更新時間：2016/07/12 08:00:30", None, "2016-07-12T08:00:30", id="zh-hant"),
        pytest.param("2005-01-06 08:13更新", None, "2005-01-06T08:13", id="zh-label-after"),
        pytest.param(
            "发表于 1988-05-01 12:00", "1988-05-01T12:00", None, id="labelled-before-1990"
        ),
        pytest.param("2016년 7월 12일 입력", "2016-07-12", None, id="ko"),
        pytest.param("Publicado el 12 de julio de 2016", "2016-07-12", None, id="es"),
        pytest.param("Veröffentlicht am 12. Juli 2016", "2016-07-12", None, id="de"),
        pytest.param("Publié le 12/07/2016 à 08h00", "2016-07-12T08:00", None, id="fr-day-first"),
        pytest.param("Veröffentlicht: 14.01.2017 10:30 Uhr", "2017-01-14T10:30", None, id="de-uhr"),
        pytest.param("3.jun.2019 às 8h00", "2019-06-03T08:00", None, id="pt-dotted"),
        pytest.param("기사입력 2016.07.12. 오후 2:22", "2016-07-12T14:22", None, id="ko-pm"),
        pytest.param("송고시간2016-07-12 14:22", "2016-07-12T14:22", None, id="ko-attached-label"),
        pytest.param("時間Tue Jul 12 18:40:15 2016", "2016-07-12T18:40:15", None, id="ctime"),
        pytest.param(
            "发布时间：2016-07-12 08:00（北京时间）",
            "2016-07-12T08:00+08:00",
            None,
            id="zh-zone-paren",
        ),
        pytest.param(
            "Jul 12, 2016 Updated Jul 13, 2016", "2016-07-12", "2016-07-13", id="en-both-on-a-line"
        ),
        pytest.param(
            "July 12, 2018 / 3:45 PM / Updated 2 hours ago",
            "2018-07-12T15:45",
            None,
            id="en-relative-update",
        ),
        pytest.param(
            "Santander | 14 enero 2017, 10:30", "2017-01-14T10:30", None, id="es-place-before"
        ),
        pytest.param(
            "November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM",
            "2019-11-18T14:26",
            "2019-11-18T16:46",
            id="en-update-without-year",
        ),
        pytest.param(
            "Published July 12, 2016 | Updated July 13 at 9:00 AM",
            "2016-07-12",
            "2016-07-13T09:00",
            id="en-labelled-update-without-year",
        ),
    ],
)
def test_dates(header, published, updated, rules):
    doc = run_step(dates, f"{header}\n\n{EN}", rules)
    assert doc.meta.get("published") == published
    assert doc.meta.get("updated") == updated
    if "来源" not in header:  # the source is left for the source step
        assert doc.text.strip() == EN


def test_a_labelled_date_under_the_story_does_not_outrank_its_date_line():
    """A box of other stories under the article prints "Published ..." over each teaser;
    the article's own date line above the story (a bare date, then "Updated" and a day
    without its year) gives its days."""
    story = [
        "Scientists use a telescope on the mountain to spot water on a distant moon",
        "November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM",
        "Scientists using a telescope atop the mountain have confirmed the presence of water "
        "vapor on the surface of a moon of Jupiter, the space agency said on Monday.",
        "The find almost certainly means the moon has liquid water, an essential ingredient "
        "for life, and the team plans to look again with a larger instrument next year.",
        "Lucas Gray, a planetary scientist who led the study, said the signal was faint but "
        "clear, and that it had taken the team several nights to be sure of it.",
    ]
    teasers = []
    for n, (headline, day) in enumerate(
        [("Surf warning issued for north shores", 19), ("Road work to close the highway", 20)]
    ):
        teasers += [headline, f"Published November {day}, 2019 at {n + 5}:15 PM"]
    article = clean("\n\n".join([*story, "More stories", *teasers, "Privacy Policy"]))
    assert article.metadata.published == "2019-11-18T14:26"
    assert article.metadata.updated == "2019-11-18T16:46"
    assert not article.body.startswith("November 18")


STORY = [
    "The council approved the harbour plan on Tuesday after a debate that ran past midnight, "
    "and the first works will start in the spring, the mayor said.",
    "Residents had asked for the plan for years, and a petition with four thousand names was "
    "handed to the council in March, its organisers said on Wednesday.",
]
FEED = ["Recent from Dana Reyes", "Dana Reyes", "11/13/19 11:00AM", "Ferry fares rise again"]
FEED += ["Dana Reyes", "11/13/19 9:00AM", "A new school for the east side"]
FEED += ["Dana Reyes", "11/12/19 4:40PM", "Politics"]


@pytest.mark.parametrize(
    ("own", "published"),
    [
        pytest.param([], None, id="only-teasers"),
        pytest.param(["NOVEMBER 11, 2019 10:43"], "2019-11-11T10:43", id="own-shape"),
    ],
)
def test_a_feed_of_teasers_above_the_story_dates_nothing(own, published):
    """A feed of teasers over the headline ("Recent from ...": a name and a bare date over
    each headline, all written alike) gives none of its dates to the story; a date line the
    page writes in a shape of its own still does."""
    page = [*FEED, "The harbour plan is approved", *own, *STORY]
    assert clean("\n\n".join(page)).metadata.published == published


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The law took effect on July 12, 2016, after a long fight.", id="en-prose"),
        pytest.param("2016年7月12日，国务院召开常务会议，部署了下一阶段的工作。", id="zh-prose"),
        pytest.param(f"He was born in 1950.\n\n12 May 1950\n\n{EN}", id="bare-date-before-1990"),
        pytest.param(f"Updated: 07/08/2016\n\n{EN}", id="ambiguous-unsettled"),
        pytest.param(f"Today 12:01 AM\n\n{EN}", id="relative"),
        pytest.param(f"楼层： 第 1 楼 时间：2005-08-28 20:56:20\n\n{ZH}", id="zh-floor"),
    ],
)
def test_no_published_date(text, rules):
    doc = run_step(dates, text, rules)
    assert "published" not in doc.meta


def test_day_first_from_the_page_language(rules):
    ru = "Правительство объявило вчера, что новый закон вступит в силу в следующем месяце."
    doc = run_step(dates, f"08:00 12.07.2016 (обновлено: 10:32 12.07.2016)\n\n{ru}", rules)
    assert doc.meta["published"] == "2016-07-12T08:00"
    assert doc.meta["updated"] == "2016-07-12T10:32"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a separator and then a word before the time (", at", ", ore"): they were
        # alternatives, so ", at 10:30" lost its time
        pytest.param("July 12, 2016, at 10:30 a.m.", "2016-07-12T10:30", id="en-comma-at"),
        pytest.param("12 luglio 2016, ore 10:30", "2016-07-12T10:30", id="it-comma-ore"),
        pytest.param("12. Juli 2016, um 10:30 Uhr", "2016-07-12T10:30", id="de-comma-um"),
        pytest.param("12 juillet 2016, à 10h30", "2016-07-12T10:30", id="fr-comma-a"),
        pytest.param("July 12, 2016 | 10:30", "2016-07-12T10:30", id="en-bar"),
        pytest.param("12. februar 2024 kl. 11.42", "2024-02-12T11:42", id="da-kl-dotted"),
        pytest.param("12 июля 2016 г., 10:30", "2016-07-12T10:30", id="ru-year-word"),
        pytest.param("12 lipca 2024 r. o godz. 10:30", "2024-07-12T10:30", id="pl-year-word"),
        pytest.param("12 июля 2016 городские власти", "2016-07-12", id="ru-no-year-word"),
        pytest.param("Cập nhật: 09:15 ngày 12/07/2016", "2016-12-07T09:15", id="vi-time-word-date"),
        # after a date with dots, a dotted time alone is the time (Finnish, Nordic pages)
        pytest.param("Julkaistu: 12.2.2024 11.42", "2024-12-02T11:42", id="fi-dotted-time"),
        pytest.param("12.02.2024 10.000 kävijää", "2024-12-02", id="fi-count-no-time"),
        pytest.param("12. 7. 2024 10:30", "2024-12-07T10:30", id="cs-spaced-numeric"),
        # two digits for the year only with a time after the date (VG, AD: "12.02.24 11:42")
        pytest.param("Publisert: 12.02.24 11:42", "2024-12-02T11:42", id="no-short-year"),
        pytest.param("12/03/24 om 06u30", "2024-12-03T06:30", id="nl-short-year-om"),
        pytest.param("12 юли 2024, 10:30 ч.", "2024-07-12T10:30", id="bg-hour-word-dot"),
        # a dotted time only after such a word, or before "Uhr": this is a count
        pytest.param("Am 12. Juli 2016 10.000 Besucher", "2016-07-12", id="de-count-no-time"),
        pytest.param("12. Juli 2016 um 10.000 Besucher", "2016-07-12", id="de-um-count"),
        # a month's name of two words (cells split by " | " in months.txt), also when its
        # first word may stand before a month ("tháng"); a name casefold takes apart
        # ("Μαΐου"); the year before the month
        pytest.param("12 كانون الثاني 2024", "2024-01-12", id="ar-two-word-month"),
        pytest.param("ngày 12 tháng 7 năm 2016", "2016-07-12", id="vi-month-by-number"),
        pytest.param("12 tháng bảy năm 2016", "2016-07-12", id="vi-month-word"),
        pytest.param("12th of July 2016", "2016-07-12", id="en-of"),
        pytest.param("3 Μαΐου 2024", "2024-05-03", id="el-composed-letter"),  # ΐ: one letter
        pytest.param("2024. július 12. 10:30", "2024-07-12T10:30", id="hu-year-first"),
        pytest.param("12 ΙΟΥΛΙΟΥ 2024 10:30 Μ.Μ.", "2024-07-12T22:30", id="el-pm-in-capitals"),
        # the pattern matches "APRİL" case-insensitively; the table must hold it too
        # (casefold gives "apri̇l", and every credit step failed)
        pytest.param("12 APRİL 2016", "2016-04-12", id="dotted-capital-i"),  # was a KeyError
        pytest.param("Published 12 APRİL 2016 at 10:30", "2016-04-12T10:30", id="in-a-line"),
        # digits other than ASCII, and the full-width marks between them
        pytest.param("２０１６年７月１２日 ０８：００", "2016-07-12T08:00", id="ja-full-width"),
        pytest.param("２０１６／０７／１２", "2016-07-12", id="full-width-slashes"),
        pytest.param("١٢ يوليو ٢٠١٦ - ١٠:٣٠", "2016-07-12T10:30", id="ar-indic-digits"),
        pytest.param("२०१६-०७-१२", "2016-07-12", id="devanagari-digits"),
    ],
)
def test_a_date_shape_is_read(text, iso):
    """Shapes of dates as pages print them, each read as one date (day and time)."""
    assert [d.iso() for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["Version 1.2.24 released", "12.02.24", "score 3-1-24 at 10"])
def test_a_short_year_without_a_time_is_no_date(text):
    assert find_dates(text) == []


def test_a_date_in_other_digits_keeps_its_place_in_the_line():
    """Digits are read as ASCII character for character: the date's span is the line's."""
    text = "发布时间：２０１６年０７月１２日 ０８：００ 来源：新华社"
    ascii_text = "发布时间：2016年07月12日 08:00 来源：新华社"
    (date,), (ascii_date,) = find_dates(text), find_dates(ascii_text)
    assert (date.start, date.end, date.iso()) == (
        ascii_date.start,
        ascii_date.end,
        ascii_date.iso(),
    )
    assert text[date.start : date.end].strip() == "２０１６年０７月１２日 ０８：００"


def test_a_solar_hijri_year_in_persian_digits_is_no_date():
    assert find_dates("۲۳ خرداد ۱۴۰۳ - ۱۰:۳۰") == []  # (a calendar dates.py does not know)


def test_future_dates_are_not_dates():
    future = dt.date.today() + dt.timedelta(days=400)
    assert find_dates(f"Published {future.isoformat()}") == []


def test_ambiguous_date_warns_and_is_left_unset(rules):
    doc = run_step(dates, f"Updated: 07/08/2016\n\n{EN}", rules)
    assert "updated" not in doc.meta
    assert any("day/month" in w for w in doc.warnings)


def test_ambiguous_date_settled_by_another_date_on_the_page(rules):
    doc = run_step(dates, f"Published: 2016-07-08\nUpdated: 07/08/2016 10:00\n\n{EN}", rules)
    assert doc.meta["updated"] == "2016-07-08T10:00"


def test_labelled_date_wins_over_a_bare_one(rules):
    doc = run_step(dates, f"2006年12月27日\n\n发表于 2005-09-10 10:56\n\n{ZH}\n\n{ZH}", rules)
    assert doc.meta["published"] == "2005-09-10T10:56"


def test_bare_date_inside_the_prose_stays(rules):
    text = f"{EN}\n\n{EN}\n\nJuly 12, 2016\n\n{EN}\n\n{EN}"
    doc = run_step(dates, text, rules)
    assert "July 12, 2016" in doc.text


def test_print_edition_date_stands_in_for_published():
    article = clean(f"{EN}\n\n{EN}\n\n(China Daily 07/12/2016 page3)")
    assert article.metadata.published == "2016-07-12"
    assert article.metadata.print_edition.date == "2016-07-12"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(f"{ZH}\n\n{ZH}\n\n来源：人民网", "人民网", id="zh-labelled"),
        pytest.param(f"{ZH}\n\n{ZH}\n\n稿源：新华社", "新华社", id="zh-gaoyuan"),
        pytest.param(f"{EN}\n\n{EN}\n\nSource: AP", "AP", id="en-labelled"),
        pytest.param(
            f"2016-07-12 08:00:00 来源：新华社\n\n{ZH}\n\n{ZH}", "新华社", id="zh-beside-date"
        ),
        pytest.param(
            f"Associated Press\n\nNovember 19, 2019, 9:02 AM\n\n{EN}\n\n{EN}",
            "Associated Press",
            id="en-agency-over-date",
        ),
    ],
)
def test_source(text, value):
    article = clean(text)
    assert article.metadata.source == value
    assert value not in article.body


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{EN}\n\n{EN}", id="none"),
        pytest.param(f"{EN}\n\nAP\n\n{EN}", id="en-photo-credit-alone"),
        pytest.param(f"According to\nReuters\n, the talks failed.\n\n{EN}", id="en-in-a-sentence"),
        pytest.param(f"{ZH}\n\n数据来源于国家统计局。\n\n{ZH}", id="zh-in-a-sentence"),
    ],
)
def test_no_source(text, rules):
    doc = run_step(source, text, rules)
    assert "source" not in doc.meta


@pytest.mark.parametrize(
    ("paragraph", "place", "date", "agency", "rest"),
    [
        pytest.param(
            "BEIJING, July 12 (Xinhua) -- China said on Tuesday that it would act soon.",
            "BEIJING",
            "2016-07-12",
            "Xinhua",
            "China said on Tuesday that it would act soon.",
            id="en-xinhua",
        ),
        pytest.param(
            "WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill after a debate.",
            "WASHINGTON",
            None,
            "AP",
            "The Senate voted on Tuesday to pass the bill after a debate.",
            id="en-ap",
        ),
        pytest.param(
            "SAN FRANCISCO, Calif. — Power was shut off to many thousands of people on Tuesday.",
            "SAN FRANCISCO, Calif.",
            None,
            None,
            "Power was shut off to many thousands of people on Tuesday.",
            id="en-caps-state",
        ),
        pytest.param(
            "新华社北京7月11日电 国务院总理李克强11日在人民大会堂会见了客人。",
            "北京",
            "2016-07-11",
            "新华社",
            "国务院总理李克强11日在人民大会堂会见了客人。",
            id="zh-xinhua",
        ),
        pytest.param(
            "本报讯 （实习记者 樊亮）13岁，正是花季的年龄，可13岁的李某却成了妈妈。",
            None,
            None,
            None,
            "13岁，正是花季的年龄，可13岁的李某却成了妈妈。",
            id="zh-own-paper",
        ),
    ],
)
def test_dateline(paragraph, place, date, agency, rest, rules):
    # the page's published date gives a dateline without a year its year
    doc = read_dateline_of(paragraph, rules)
    assert_dateline(doc, place, date, agency, rest)
    assert doc.removed[0].span[0] == 0  # a cut at the start, never a whole line


def test_dateline_date_without_a_published_year_is_null(rules):
    doc = run_step(
        dateline, "BEIJING, July 12 (Xinhua) -- China said it would act on it soon.", rules
    )
    assert doc.meta["dateline"].date is None and doc.meta["dateline"].place == "BEIJING"


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("THE POINT -- NOW ON YOUTUBE!", id="en-caps-phrase"),
        pytest.param(
            "The BEIJING office said -- nothing at all, in the end, it seems.", id="en-not-first"
        ),
        pytest.param("该报讯问了几位当事人，他们都表示不知情。", id="zh-not-an-agency"),
    ],
)
def test_no_dateline(paragraph, rules):
    doc = run_step(dateline, f"{paragraph}\n\n{EN}", rules)
    assert "dateline" not in doc.meta and doc.removed == ()


def test_month_day_parses_dateline_dates():
    assert month_day("Jul. 12") == (None, 7, 12)
    assert month_day("7月11日") == (None, 7, 11)


@pytest.mark.parametrize(
    "found, published, expected",
    [
        ("11日", "2016-07-12T08:00:00", "2016-07-11"),
        ("11 日", "2016-07-12", "2016-07-11"),
        ("30號", "2016-07-01", "2016-06-30"),
        ("11일", "2016-07-12", "2016-07-11"),
        ("11日", None, None),
        ("11", "2016-07-12", None),
    ],
    ids=["zh-day", "spaced", "zh-hant-month-before", "ko-day", "no-published", "no-mark"],
)
def test_a_dateline_day_alone_takes_the_published_month(found, published, expected):
    """The day marks are the ``ymd`` rows of ``date_words.txt``: a language that prints a day
    alone after a mark needs no code."""
    from articleclean.extract.dateline import _date

    assert _date(found, published) == expected


def test_a_date_line_in_full_width_digits_is_the_page_s_date():
    page = (
        "市営バス、来春から全路線で電子決済を導入\n\n２０１６年７月１２日 ０８：００\n\n"
        "市交通局は１１日、市営バスの全路線で来年４月から交通系ＩＣカードとスマートフォンによる"
        "電子決済を導入すると発表した。高齢者向けの割引も新しい仕組みに移す。\n"
    )
    article = clean(page)
    assert article.metadata.published == "2016-07-12T08:00"
    assert article.body.startswith("市交通局は１１日") and "０８：００" not in article.body
    assert "４月" in article.body  # the body keeps its own digits
