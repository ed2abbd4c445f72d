"""The metadata pattern files (English, Chinese): every pattern matches its sample and runs in
linear time on long near-miss input (a 100 KB line takes under 20 times a 10 KB one).

The other languages' patterns are sampled and timed in ``tests/test_vocab_languages.py``.
"""

from __future__ import annotations

import time

import pytest

from articleclean.rules import DATA_DIR, read_patterns

FAMILIES = (
    "byline",
    "sources",
    "dateline",
    "relative_dates",
    "print_edition",
    "signoff",
    "reading_time",
    "bbs",
)

# (lang, family, name, sample): a text the pattern matches from its start.
SAMPLES = [
    ("en", "sources", "wire", "Detroit News wire services"),
    ("en", "dateline", "agency", "BEIJING, July 12 (Xinhua) -- "),
    ("en", "dateline", "caps", "SAN FRANCISCO, Calif. — "),
    ("en", "dateline", "agency_only", "(CNN) "),
    ("en", "dateline", "release", "SAN JOSE, Calif., March 3, 2015 /PRNewswire/ -- "),
    ("en", "relative_dates", "today_time", "Today 12:01 AM"),
    ("en", "relative_dates", "ago", "2 hours ago"),
    ("en", "relative_dates", "ago_short", "32M ago"),
    ("en", "print_edition", "paren_date_page", "(China Daily 07/12/2016 page3)"),
    ("en", "print_edition", "paren_page_date", "(China Daily, page 3, July 12, 2016)"),
    (
        "en",
        "print_edition",
        "appears_in_print",
        "A version of this article appears in print on Nov. 20, 2019, Section A, Page 27 of the "
        "New York edition",
    ),
    (
        "en",
        "print_edition",
        "print_edition_of",
        "This article appeared in the July 12th print edition of The Economist",
    ),
    (
        "en",
        "print_edition",
        "published_in_print",
        "Published in The Daily Planet print edition on July 12, 2016",
    ),
    ("en", "signoff", "named_contact", "Jane Doe can be reached at"),
    ("en", "signoff", "write_to", "Write to Jane Doe at"),
    ("en", "signoff", "reporter_at", "The writer can be reached at"),
    ("zh", "byline", "affiliation", "本报驻京"),
    ("zh", "byline", "attached", "本报记者"),
    ("zh", "byline", "reported", "王芳 李明 报道"),
    ("zh", "sources", "media", "金羊网—新快报"),
    ("zh", "dateline", "dian", "新华社北京7月11日电（记者 张伟）"),
    ("zh", "relative_dates", "now", "刚刚"),
    ("zh", "relative_dates", "ago", "3小时前"),
    ("zh", "relative_dates", "day_time", "昨天 08:00"),
    ("zh", "print_edition", "title_date_page", "《人民日报》（2016年07月12日 04 版）"),
    ("zh", "print_edition", "paren_title_date_page", "（人民日报 2016-07-12 第3版）"),
    ("zh", "print_edition", "source_date_page", "来源：人民日报 2016-07-12 第3版"),
    ("common", "dateline", "day_month", "(ANSA) - ROMA, 12 LUG - "),
    ("common", "dateline", "colon", "Dubai: A"),
    (
        "en",
        "signoff",
        "contact_phone_social",
        "Contact Jane Doe at or 555-0123. Follow her on X: @j",
    ),
    ("zh", "dateline", "cna", "（中央社記者張偉台北12日電）"),
    ("zh", "dateline", "reported_from", "〔記者張偉／台北報導〕"),
    ("zh", "dateline", "site_report", "【环球网报道 记者 张伟】"),
    ("zh", "signoff", "reporter", "财新记者"),
    ("en", "reading_time", "min_read", "3 min read"),
    ("en", "reading_time", "reading_time", "Reading time: 5 minutes"),
    ("zh", "reading_time", "reading", "预计阅读 5 分钟"),
    ("zh", "print_edition", "bracket_date_paper_page", "【2016-07-12/聯合報/A4版/生活】"),
    ("zh", "byline", "original", "原创 李明 江城观察"),
    ("zh", "bbs", "poster", "发信人: jiangcheng (江城老马), 信区: CityNews"),
    ("zh", "bbs", "ptt_poster", "作者newsfan (新聞迷)看板Gossiping"),
    ("zh", "bbs", "station", "发信站: 水木社区 (Tue Jul 12 08:00:00 2016), 站内"),
    ("zh", "bbs", "repost", "【 以下文字转载自 News 讨论区 】"),
    ("zh", "bbs", "origin", "※ 来源:·水木社区 newsmth.net·[FROM: 202.112.*.*]"),
    (
        "en",
        "print_edition",
        "appears_in_print_of",
        "A version of this article appears in print on Jan. 14, 2017, on Page A12 of The Harbor "
        "Tribune with the headline: Ferry to Add Late Runs",
    ),
    (
        "en",
        "print_edition",
        "print_edition_of_on",
        "A version of this article appeared in the print edition of The Straits Times on July 12, "
        "2016, with the headline 'Hawker centres'.",
    ),
    (
        "en",
        "print_edition",
        "issue_of",
        "This article appears in the September 2016 issue of The Meridian with the headline “X.”",
    ),
]


def _patterns():
    out = {}
    for lang in ("en", "zh", "common"):
        for family in FAMILIES:
            path = DATA_DIR / lang / f"{family}.re"
            if path.is_file():
                for rule, compiled in read_patterns(path, f"{lang}/{path.name}", family, lang):
                    out[rule.id] = compiled
    return out


PATTERNS = _patterns()


def test_every_pattern_has_a_sample():
    sampled = {f"{lang}/{family}.re:{name}" for lang, family, name, _ in SAMPLES}
    assert sorted(set(PATTERNS) - sampled) == []


@pytest.mark.parametrize(
    ("lang", "family", "name", "sample"),
    [pytest.param(*s, id=f"{s[0]}-{s[1]}-{s[2]}") for s in SAMPLES],
)
def test_pattern_matches_its_sample(lang, family, name, sample):
    assert PATTERNS[f"{lang}/{family}.re:{name}"].match(sample)


def _seconds(pattern, text: str) -> float:
    start = time.perf_counter()
    pattern.search(text)
    pattern.match(text)
    return time.perf_counter() - start


@pytest.mark.parametrize(
    ("lang", "family", "name", "sample"),
    [pytest.param(*s, id=f"{s[0]}-{s[1]}-{s[2]}") for s in SAMPLES],
)
def test_pattern_runs_in_linear_time(lang, family, name, sample):
    pattern = PATTERNS[f"{lang}/{family}.re:{name}"]
    for unit in (sample[:-1] + " ", sample[: max(1, len(sample) // 2)]):
        small = unit * max(1, 10_000 // len(unit))
        large = unit * max(1, 100_000 // len(unit))
        for _ in range(3):  # other processes share the machine: fail only if all tries do
            t_small, t_large = _seconds(pattern, small), _seconds(pattern, large)
            if t_large < 20 * max(t_small, 0.002):
                break
        else:
            pytest.fail(f"{unit!r}: 10 KB {t_small:.5f}s, 100 KB {t_large:.5f}s")
