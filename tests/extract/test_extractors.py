"""The seed-level extractors: dates, byline, emails, print edition, title, language."""

from __future__ import annotations

import pytest

from articleclean import clean
from articleclean.extract.byline import byline
from articleclean.extract.dates import dates
from articleclean.extract.emails import emails
from articleclean.extract.language import detect_language
from articleclean.extract.print_edition import print_edition
from articleclean.extract.title import title

from ..conftest import credited, run_step

BODY = "The minister said the plan would be published next week, officials confirmed."


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        pytest.param(
            "Updated: 2016-07-12 08:00", "updated", "2016-07-12T08:00", id="en-updated-iso"
        ),
        pytest.param(
            "Published 3:15 PM ET, Tue July 12, 2016",
            "published",
            "2016-07-12T15:15-04:00",
            id="en-published-et",
        ),
        pytest.param("Published: 12 July 2016", "published", "2016-07-12", id="en-dmy-name"),
        pytest.param("July 12, 2016", "published", "2016-07-12", id="en-unlabelled"),
        pytest.param(
            "发布时间：2016年07月12日 08:00", "published", "2016-07-12T08:00", id="zh-published"
        ),
        pytest.param(
            "更新時間：2016/07/12 08:00:30", "updated", "2016-07-12T08:00:30", id="zh-hant-updated"
        ),
        pytest.param(
            "Posted: 2016-07-12 08:00 GMT+8", "published", "2016-07-12T08:00+08:00", id="gmt-offset"
        ),
    ],
)
def test_dates(line, field, value, rules):
    doc = run_step(dates, f"{line}\n{BODY}", rules)
    assert doc.meta[field] == value
    assert doc.text == BODY


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The law took effect on July 12, 2016, after a long fight.", id="en-sentence"),
        pytest.param("2016年7月12日，国务院召开常务会议。", id="zh-sentence"),
        pytest.param("Updated: 07/08/2016", id="ambiguous-unsettled"),
    ],
)
def test_dates_left_alone_or_unset(text, rules):
    doc = run_step(dates, text, rules)
    assert "published" not in doc.meta and "updated" not in doc.meta


def test_ambiguous_date_warns(rules):
    doc = run_step(dates, "Updated: 07/08/2016", rules)
    assert doc.warnings and "day/month" in doc.warnings[0]


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        pytest.param(
            "By An Baijie(China Daily)", ["An Baijie"], "China Daily", id="en-paren-source"
        ),
        pytest.param("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], None, id="en-two"),
        pytest.param("By Jane Doe, Reuters", ["Jane Doe"], "Reuters", id="en-agency"),
        pytest.param("By Jane Doe, Staff Reporter", ["Jane Doe"], None, id="en-job-title"),
        pytest.param(
            "By Maria de la Cruz | Bloomberg", ["Maria de la Cruz"], "Bloomberg", id="en-pipe"
        ),
        pytest.param("记者 张伟", ["张伟"], None, id="zh-reporter"),
        pytest.param("（记者 张伟 李明）", ["张伟", "李明"], None, id="zh-paren-two"),
        pytest.param("作者：李明", ["李明"], None, id="zh-author"),
        pytest.param("文/王芳", ["王芳"], None, id="zh-wen"),
    ],
)
def test_byline(line, authors, source, rules):
    doc = run_step(byline, f"{line}\n{BODY}", rules)
    assert list(doc.meta["authors"]) == authors
    assert "source" not in doc.meta  # the outlet is evidence for ``publisher``
    assert credited(f"{line}\n{BODY}", rules) == source
    assert doc.text == BODY


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("By the time the vote came, the deal had collapsed.", id="en-by-the-time"),
        pytest.param("By 2020 the plan had failed.", id="en-by-year"),
        pytest.param("记者从市政府获悉，新的政策将于下月实施。", id="zh-reporter-learned"),
    ],
)
def test_byline_left_alone(text, rules):
    doc = run_step(byline, text, rules)
    assert doc.removed == () and "authors" not in doc.meta


@pytest.mark.parametrize(
    ("line", "address"),
    [
        pytest.param("anbaijie@chinadaily.com.cn", "anbaijie@chinadaily.com.cn", id="bare"),
        pytest.param(
            "Contact the writer at jane.doe@example.com.", "jane.doe@example.com", id="en-contact"
        ),
        pytest.param(
            "Jane Doe can be reached at jdoe@news.example.org",
            "jdoe@news.example.org",
            id="en-named",
        ),
        pytest.param("作者邮箱：zhangwei@people.cn", "zhangwei@people.cn", id="zh-mailbox"),
    ],
)
def test_emails(line, address, rules):
    doc = run_step(emails, f"{BODY}\n{line}", rules)
    assert list(doc.meta["emails"]) == [address]
    assert doc.text == BODY


def test_email_in_prose_stays(rules):
    text = "She wrote to jane@example.com to complain about the delay, and got no answer."
    doc = run_step(emails, text, rules)
    assert doc.text == text and "emails" not in doc.meta


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "(China Daily 07/12/2016 page3)", ("China Daily", "2016-07-12", "3"), id="chinadaily"
        ),
        pytest.param(
            "(China Daily USA 07/22/2016 page 2)",
            ("China Daily USA", "2016-07-22", "2"),
            id="chinadaily-usa-unambiguous",
        ),
        pytest.param(
            "《人民日报》（2016年07月12日 04 版）", ("人民日报", "2016-07-12", "4"), id="zh-renmin"
        ),
        pytest.param(
            "A version of this article appears in print on Nov. 20, 2019, Section A, Page 27 of "
            "the New York edition with the headline: Republicans Follow Trump.",
            ("New York", "2019-11-20", "27"),
            id="nyt",
        ),
    ],
)
def test_print_edition(line, expected, rules):
    doc = run_step(print_edition, f"{BODY}\n{line}", rules)
    pe = doc.meta["print_edition"]
    assert (pe.publication, pe.date, pe.page) == expected
    assert doc.text == BODY


def test_print_edition_date_settled_by_page_date(rules):
    text = f"Updated: 2016-07-08 08:00\n{BODY}\n(Daily Planet 07/08/2016 page 5)"
    article = clean(text)
    assert article.metadata.print_edition.date == "2016-07-08"


def test_print_edition_unsettled_date_is_left_unset(rules):
    doc = run_step(print_edition, f"{BODY}\n(Daily Planet 07/08/2016 page 5)", rules)
    assert doc.meta["print_edition"].date is None
    assert doc.warnings


def test_title_needs_a_header_below_it():
    with_header = clean(f"A Headline Here\nBy Jane Doe\n{BODY}")
    assert with_header.metadata.title == "A Headline Here"
    assert with_header.body == BODY
    without = clean(f"A Headline Here\n{BODY}")
    assert without.metadata.title is None
    assert [r.text for r in without.removed] == ["A Headline Here"]


def test_title_is_not_a_sentence(rules):
    doc = run_step(title, f"{BODY}\nBy Jane Doe\nMore text here.", rules)
    assert "title" not in doc.meta


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(BODY, "en", id="en"),
        pytest.param(
            "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就合作交换了意见。",
            "zh-Hans",
            id="zh-Hans",
        ),
        pytest.param(
            "國務院總理在人民大會堂會見了來訪的客人，雙方就經濟合作交換了意見。",
            "zh-Hant",
            id="zh-Hant",
        ),
        pytest.param(
            "El gobierno anunció ayer que la nueva ley entrará en vigor el próximo mes.",
            "es",
            id="es",
        ),
        pytest.param(
            "Le gouvernement a annoncé hier que la nouvelle loi entrera en vigueur le mois prochain.",
            "fr",
            id="fr",
        ),
        pytest.param(
            "Die Regierung hat gestern angekündigt, dass das neue Gesetz im nächsten Monat in Kraft tritt.",
            "de",
            id="de",
        ),
        pytest.param(
            "O governo anunciou ontem que a nova lei entrará em vigor no próximo mês.",
            "pt",
            id="pt",
        ),
        pytest.param(
            "Il governo ha annunciato ieri che la nuova legge entrerà in vigore il mese prossimo.",
            "it",
            id="it",
        ),
        pytest.param(
            "Правительство объявило вчера, что новый закон вступит в силу в следующем месяце.",
            "ru",
            id="ru",
        ),
        pytest.param(
            "Уряд учора оголосив, що новий закон набуде чинності наступного місяця. Міністр "
            "заявив, що це рішення було складним, але необхідним для країни, і що його "
            "підтримали в парламенті.",
            "uk",  # its letters (і ї є) settle it: Ukrainian and Russian share function words
            id="uk",
        ),
        pytest.param("政府は昨日、新しい法律が来月施行されると発表した。", "ja", id="ja"),
        pytest.param("정부는 어제 새 법이 다음 달부터 시행된다고 발표했다.", "ko", id="ko"),
    ],
)
def test_language(text, lang):
    assert detect_language(text) == lang


def test_language_none_for_too_little():
    assert detect_language("12345 !!!") is None
