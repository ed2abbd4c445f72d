"""``crawler_record``: a crawler's record at the top of the file is read, then removed."""

from __future__ import annotations

import pytest

from articleclean import Doc, clean
from articleclean.extract.record import read_record
from articleclean.rules import RuleBook

EN = "The minister said the plan would be published next week, officials in the capital confirmed."
EN2 = "Opposition leaders called the move a distraction and promised to fight it in parliament."
URL = "https://news.example.org/2024/03/01/story"
STORY = f"A Headline Of The Story\n\nBy Jane Doe\n\nMarch 1, 2024\n\n{EN}\n\n{EN2}"

RECORDS = {
    "table": f"| key | value |\n| --- | --- |\n| url | {URL} |\n| crawled | 2024-03-02 10:11:12 |\n| status | 200 |",
    "front_matter": f'---\ntitle: "A Headline Of The Story"\nurl: {URL}\ndate: 2024-03-02T10:11:12Z\n---',
    "header_lines": f"Title: A Headline Of The Story | Example News\nURL: {URL}\nDate: Sat, 02 Mar 2024 10:11:12 GMT",
    "warc": (
        f"WARC/1.0\nWARC-Type: response\nWARC-Target-URI: {URL}\nWARC-Date: 2024-03-02T10:11:12Z\n"
        "Content-Length: 100\n\nHTTP/1.1 200 OK\nDate: Sat, 02 Mar 2024 10:11:13 GMT\n"
        "Content-Type: text/html"
    ),
}


@pytest.mark.parametrize("fmt", list(RECORDS), ids=list(RECORDS))
def test_the_record_is_read_and_removed(fmt):
    article = clean(f"{RECORDS[fmt]}\n\n{STORY}")
    meta = article.metadata
    assert meta.url == URL
    assert meta.fetched is not None and meta.fetched.startswith("2024-03-02T10:11:1")
    assert meta.published == "2024-03-01"  # the date under the byline, never the record's
    assert meta.title == "A Headline Of The Story"
    assert article.body == f"{EN}\n\n{EN2}"
    assert {r.cleaner for r in article.removed if r.line <= RECORDS[fmt].count("\n") + 1} == {
        "crawler_record"
    }
    assert article.provenance["url"]["step"] == "crawler_record"
    assert article.provenance["fetched"]["how"] == f"crawler_record_{fmt}"


def test_the_record_title_alone_gives_the_title_and_its_site():
    text = f"Title: Council Votes On The Bridge | Example News\nURL: {URL}\n\n{EN}\n\n{EN2}"
    article = clean(text)
    assert article.metadata.title == "Council Votes On The Bridge"
    assert article.metadata.source == "Example News"
    assert article.provenance["source"]["how"] == "title_suffix"


def test_a_known_host_names_the_publisher():
    article = clean(f"URL: https://www.theguardian.com/world/x\n\n{STORY}")
    assert article.metadata.source == "The Guardian"
    assert article.provenance["source"]["how"] == "url_host"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Title: A story\n\nThe text.", id="title-line-without-url"),
        pytest.param("| a | b |\n| --- | --- |\n| 1 | 2 |\n\nThe text.", id="data-table"),
        pytest.param(
            "---\ntitle: A post\ndate: 2024-03-02\n---\n\nThe text.", id="front-matter-no-url"
        ),
        pytest.param(f"URL: {URL}\nThe minister said: nothing.\n\nThe text.", id="prose-in-block"),
        pytest.param(f"The text.\n\nURL: {URL}", id="not-on-top"),
    ],
)
def test_what_is_not_a_record(text):
    assert read_record(Doc.from_text(text), RuleBook()) is None


def test_chinese_keys():
    text = f"标题：社区食堂开张_江城网\n网址：{URL}\n抓取时间：2024-03-06 08:00:00\n\n正文。"
    record = read_record(Doc.from_text(text), RuleBook())
    assert (record.format, record.title, record.fetched) == (
        "header_lines",
        "社区食堂开张_江城网",
        "2024-03-06T08:00:00",
    )
