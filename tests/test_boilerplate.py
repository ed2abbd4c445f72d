"""The boilerplate classifier: labels, the body region, and what it keeps and drops."""

from __future__ import annotations

import pytest

from articleclean import Pipeline
from articleclean.classify.boilerplate import best_region, boilerplate, label
from articleclean.classify.features import features, stopwords_for

from .conftest import run_step

EN, ZH = stopwords_for("en"), stopwords_for("zh")

PARAS = [
    "The city council voted on Tuesday to expand the bus network, a decision that officials said would cut commuting times for thousands of residents.",
    "The plan, which has been debated for more than two years, will add twelve new routes and extend service hours on weekends, according to the transport department.",
    "Critics argued that the cost had been underestimated, but supporters said the investment would pay for itself within a decade as ridership grew.",
]
MENU = ["Home", "World", "Politics", "Business", "Tech", "Sport", "Opinion", "Video"]
MOST_READ = [
    "Most read",
    "Mayor faces questions over stadium deal",
    "Storm warning issued for the coast",
    "Five things to know about the new budget",
    "Local team wins championship in overtime",
]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2024 Example Media Ltd"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(PARAS[0], "good", id="en-paragraph"),
        pytest.param("Home", "bad", id="en-menu-word"),
        pytest.param("Mayor faces questions over stadium deal", "short", id="en-headline"),
        pytest.param(
            "3) Lego Star Wars 75188 Bombardiere della Resistenza", "data", id="list-item"
        ),
        pytest.param("https://example.com/a/b", "data", id="url"),
        pytest.param(
            "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就经济合作交换了意见。",
            "good",
            id="zh-paragraph",
        ),
        pytest.param("首页", "bad", id="zh-menu-word"),
    ],
)
def test_label(text, expected):
    assert label(features(text, EN, ZH)) == expected


def test_whole_page_keeps_only_the_article(rules):
    page = "\n".join([*MENU, "Council expands bus network", *PARAS, *MOST_READ, *FOOTER])
    doc = run_step(boilerplate, page, rules)
    assert [line.text for line in doc.lines if line.text] == PARAS
    why = {r.text: r.why for r in doc.removed}
    assert why["Home"]["label"] == "bad"
    assert why["Mayor faces questions over stadium deal"]["label"] == "short"
    assert all(r.rule == "outside_body" for r in doc.removed)


def test_subheadings_and_one_line_paragraphs_inside_the_body_stay(rules):
    page = "\n".join(
        [
            *MENU,
            PARAS[0],
            "What happens next",
            PARAS[1],
            "“We will see.”",
            PARAS[2],
            "It passed.",
            *FOOTER,
        ]
    )
    kept = [line.text for line in run_step(boilerplate, page, rules).lines if line.text]
    assert kept == [
        PARAS[0],
        "What happens next",
        PARAS[1],
        "“We will see.”",
        PARAS[2],
        "It passed.",
    ]


def test_chinese_whole_page(rules):
    body = [
        "新华社北京7月11日电 国务院总理李克强11日在人民大会堂会见了来访的客人，双方就经济合作交换了意见。",
        "李克强表示，中方愿同各方一道，推动贸易和投资自由化便利化，共同维护多边贸易体制。",
        "客人表示，愿进一步加强在基础设施、能源和人文等领域的合作，推动双边关系不断向前发展。",
    ]
    nav = ["首页", "新闻", "国内", "国际", "财经", "体育", "娱乐"]
    related = ["相关新闻", "李克强会见外宾", "国务院常务会议召开", "多地出台稳经济措施"]
    page = "\n".join([*nav, *body, *related, "关于我们", "联系我们", "版权所有"])
    kept = [line.text for line in run_step(boilerplate, page, rules).lines if line.text]
    assert kept == body


def test_never_empties_a_page_without_prose(rules):
    text = "\n".join(MENU)
    doc = run_step(boilerplate, text, rules)
    assert doc.removed == ()


@pytest.mark.parametrize(
    ("weights", "options", "expected"),
    [
        pytest.param([-3, 5, -1, 4, -9, 2], {}, (1, 3), id="kadane"),
        pytest.param([10, -100, 30], {}, (2, 2), id="best"),
        pytest.param([10, -100, 30], {"first_share": 0.3}, (0, 0), id="earliest-substantial"),
        pytest.param([10, -5, 20], {"max_gap": 4}, (2, 2), id="gap-splits"),
        pytest.param([10, -5, 10], {}, (0, 2), id="gap-bridged"),
        pytest.param([-1, -1], {}, None, id="nothing"),
    ],
)
def test_best_region(weights, options, expected):
    assert best_region(weights, **options) == expected


def test_options_are_configurable_and_checked():
    pipe = Pipeline.default().configure("boilerplate", first_share=1.0, max_gap=200)
    assert pipe.clean("\n".join([*MENU, *PARAS])).paragraphs == tuple(PARAS)
    with pytest.raises(Exception, match="accepts"):
        Pipeline.default().configure("boilerplate", nope=1)


def test_idempotent_on_its_own_output():
    page = "\n".join(
        [*MENU, PARAS[0], "What happens next", PARAS[1], PARAS[2], *MOST_READ, *FOOTER]
    )
    once = Pipeline.default().clean(page).body
    assert Pipeline.default().clean(once).body == once


# -- the guard for the lost article: runs joined across lists and tables ------------------

INTRO = [
    "This is the stew I make when the fridge is nearly empty and the week has been long, and it keeps well for days.",
    "The beans do most of the work here, so buy good ones and give them the time they need on a low heat.",
]
INGREDIENTS = [
    "Ingredients",
    "2 tablespoons olive oil",
    "1 large onion, finely chopped",
    "3 garlic cloves",
    "400 g tinned tomatoes",
    "2 x 400 g tins of white beans",
    "1 litre vegetable stock",
    "Salt and black pepper",
    "Method",
]
STEPS = [
    "Heat the oil in a large pan and cook the onion for ten minutes, until it is soft and golden at the edges.",
    "Add the garlic, the tomatoes and the beans with their liquid, then pour in the stock and bring it to a simmer.",
    "Cook for forty minutes, stirring now and then, until the stew has thickened, and season it to taste before serving.",
]
TEASERS = [
    "Mayor faces questions over stadium deal in a heated council meeting on Monday night",
    "Storm warning issued for the coast as the weather service expects gusts of up to ninety miles an hour",
    "Five things to know about the new budget, from tax bands to the price of a pint of milk",
]


def test_a_recipe_keeps_its_ingredient_list(rules):
    page = "\n".join([*MENU, *INTRO, *INGREDIENTS, *STEPS, *MOST_READ, *FOOTER])
    doc = run_step(boilerplate, page, rules)
    assert [line.text for line in doc.lines if line.text] == [*INTRO, *INGREDIENTS, *STEPS]
    why = {r.text: r.why for r in doc.removed}
    assert "across lists" in why["Home"]["guard"]


def test_a_results_table_between_paragraphs_is_body(rules):
    table = ["Results"]
    for home, away, score in [("Rovers", "United", "2-1"), ("City", "Athletic", "0-0")] * 4:
        table += [f"{home} {score} {away}"]
    page = "\n".join([*MENU, PARAS[0], *table, PARAS[1], PARAS[2], *FOOTER])
    kept = [line.text for line in run_step(boilerplate, page, rules).lines if line.text]
    assert kept == [PARAS[0], *table, PARAS[1], PARAS[2]]


def test_a_menu_between_two_stretches_of_prose_is_not_crossed(rules):
    menu = [f"{word} {section}" for word in ("World", "Local", "Sport") for section in MENU]
    page = "\n".join([*PARAS, *menu, *TEASERS, "It was a long night for everyone involved."])
    kept = [line.text for line in run_step(boilerplate, page, rules).lines if line.text]
    assert kept == PARAS


def test_a_byline_between_two_stretches_of_prose_is_another_story():
    other = [
        "By Jane Doe",
        "March 5, 2024",
        "The harbour board approved the new ferry timetable on Thursday, adding two evening sailings in summer and a"
        " late boat on Saturdays, after a year of complaints from commuters about the gap in the service.",
    ]
    table = []  # a runner's name, the distance, the time
    for name, km in [("Anna Berg", 12), ("Tom Reyes", 9), ("Lena Holt", 15)] * 2:
        table += [name, f"{km} km", f"{km // 3}:{km + 10}"]
    page = "\n".join([*MENU, "Council expands bus network", *PARAS, *table, *other, *FOOTER])
    body = Pipeline.default().clean(page).body
    assert PARAS[2] in body and "ferry timetable" not in body
    # without the byline and the date, the table is crossed
    page = "\n".join([*MENU, "Council expands bus network", *PARAS, *table, other[2], *FOOTER])
    assert "ferry timetable" in Pipeline.default().clean(page).body


def test_a_post_under_its_date_is_not_joined(rules):
    table = []  # a runner's name, the distance, the time
    for name, km in [("Anna Berg", 12), ("Tom Reyes", 9), ("Lena Holt", 15)] * 2:
        table += [name, f"{km} km", f"{km // 3}:{km + 10}"]
    post = (
        "Made this route last Sunday with my club and it worked really well, though the hill"
        " after the bridge is much steeper than the map suggests."
    )
    for header in ("reader42 08-11 16:06", "reader42 March 5, 2024 at 6:12 pm"):
        page = "\n".join([*MENU, *PARAS, *table, header, post, *FOOTER])
        kept = [line.text for line in run_step(boilerplate, page, rules).lines if line.text]
        assert kept == PARAS, header
    page = "\n".join([*MENU, *PARAS, *table, post, *FOOTER])  # no date: the same table is crossed
    kept = [line.text for line in run_step(boilerplate, page, rules).lines if line.text]
    assert kept == [*PARAS, *table, post]


LIVE_PAGES = {
    "en": (
        "Home\nNews\nSport\nWeather\nLive: Storm brings flooding to coastal towns\n"
        "By Sam Whitfield\nUpdated 7 December 2024, 14:05 GMT\nShare\n"
        "14:02\nCouncil opens rest centres\n"
        "The county council says three rest centres are now open for people who have had to "
        "leave their homes, at the leisure centre and the town hall.\n"
        "13:47\nPower cuts\n"
        "About 12,000 homes are without power, according to the network operator, which says "
        "crews are working to restore supplies as soon as it is safe.\n"
        "13:30\nRail services suspended\n"
        "All services between the two cities have been suspended because of fallen trees on "
        "the line, and replacement buses are not running.\n"
        "Related Topics\nWeather\nFlooding\n"
    ),
    "es": (
        "Portada\nLocal\nComarca\nDeportes\n"
        "Directo | El incendio de la sierra obliga a desalojar dos urbanizaciones\n"
        "Por Lucía Ferrer\nActualizado: 15/08/2024 19:40\nCompartir\n"
        "19:35\nLos bomberos estabilizan el flanco norte\n"
        "El jefe de extinción ha explicado que el flanco norte está estabilizado gracias a la "
        "bajada del viento, aunque el perímetro sur sigue activo.\n"
        "19:10\nReabierta la carretera\n"
        "La Guardia Civil ha reabierto al tráfico la carretera comarcal entre los kilómetros "
        "8 y 15, que permanecía cortada desde primera hora de la tarde.\n"
        "18:45\nUn albergue para los desalojados\n"
        "El Ayuntamiento ha habilitado el polideportivo municipal como albergue para los "
        "vecinos, que podrán pasar allí la noche.\n"
        "Lo más leído\nEl pantano, al 30% de su capacidad\nCortes de agua este jueves\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(LIVE_PAGES))
def test_a_live_page_keeps_its_first_entry_with_its_stamp(lang):
    """Entries stamped alike (a live page's times): the first entry's stamp and heading,
    just above the body region's first paragraph, are the article's too."""
    lines = LIVE_PAGES[lang].splitlines()
    body = Pipeline.default().clean(LIVE_PAGES[lang]).body.split("\n\n")
    first = next(i for i, line in enumerate(lines) if line[:2].isdigit())
    assert body[:2] == lines[first : first + 2]
    assert body[-1] == lines[-4]  # the last entry's paragraph


SUMMARIES = {
    "en": (
        "Share\n",
        "Summary\nAmber warning for wind until 21:00\nThousands of homes without power\n",
    ),
    "es": (
        "Compartir\n",
        "Claves\nDesalojadas dos urbanizaciones\nCortada la carretera comarcal\n",
    ),
}


@pytest.mark.parametrize("with_heading", [True, False], ids=["under-its-heading", "no-heading"])
@pytest.mark.parametrize("lang", sorted(SUMMARIES))
def test_a_live_pages_summary_above_its_first_entry(lang, with_heading):
    """The summary of key points between a live page's header and its first stamped entry,
    under a heading of its own ("Summary", "Claves"), is the article's; short lines there
    without that heading are not. Cleaning the result again keeps it (a fixed point)."""
    after, summary = SUMMARIES[lang]
    if not with_heading:
        summary = summary.split("\n", 1)[1]
    page = LIVE_PAGES[lang].replace(after, after + summary, 1)
    body = Pipeline.default().clean(page).body
    points = [line for line in summary.splitlines() if line]
    first_entry = next(line for line in page.splitlines() if line[:2].isdigit())
    if with_heading:
        assert body.split("\n\n")[: len(points) + 1] == [*points, first_entry]
        assert Pipeline.default().clean(body).body == body
    else:
        assert body.split("\n\n")[0] == first_entry


# Other stories after the article, each a headline, its author, its day and a teaser: the
# teasers are prose, and the article's run of prose goes on over them.
_TEASERS = [
    (
        "Harbour board delays vote on ferry fares",
        "Nadia Reyes",
        "The board said it needed more time to study the effect of the new fares on "
        "commuters who cross twice a day, and will meet again next month.",
    ),
    (
        "Library branch to close for repairs",
        "Omar Little",
        "The west branch will close for six weeks from May so that its roof, which has leaked "
        "for years, can be replaced before the autumn rains.",
    ),
    (
        "School district hires new superintendent",
        "Grace Chen",
        "The board chose a former principal from a neighbouring county after a search that "
        "lasted most of the school year and drew forty applicants.",
    ),
]


def _feed(teasers, *, day: bool = True) -> list[str]:
    out = ["More stories"]
    for headline, name, teaser in teasers:
        out += [headline, name, *(["Wednesday March 6, 2024"] if day else []), teaser]
    return out


def _body_after(page: list[str]) -> str:
    return Pipeline.default().clean("\n".join(page)).body


_NAME_ONLY = pytest.mark.xfail(
    strict=True,
    reason="a name alone on a line is no credit the plan finds: a feed of headlines, names and "
    "teasers without days is not told from the article's own last sections",
)


@pytest.mark.parametrize(
    "day", [True, pytest.param(False, marks=_NAME_ONLY)], ids=["name-and-day", "name-only"]
)
def test_a_feed_of_teasers_after_the_article_is_cut(day):
    head = [*MENU, "Council expands bus network", "By Jane Doe", "March 5, 2024"]
    page = [*head, *PARAS, "Transport", "Council", *_feed(_TEASERS, day=day), *FOOTER]
    body = _body_after(page)
    assert body == "\n\n".join(PARAS)


def test_one_teaser_after_the_article_is_no_feed(rules):
    """One headline over a name over a paragraph is not enough to tell another story from
    an article's last section under its own heading: it is left to the rest of the region."""
    page = [*MENU, *PARAS, *_feed(_TEASERS[:1], day=False)[1:], *FOOTER]
    kept = [line.text for line in run_step(boilerplate, "\n".join(page), rules).lines]
    assert _TEASERS[0][2] in kept


def test_live_entries_under_headlines_and_bylines_stay():
    """A live page's entries (a heading, a byline, a time, paragraphs) are the article: an
    entry goes on for more than one paragraph, and a time is not a day."""
    entries = []
    for headline, name, teaser in _TEASERS:
        entries += [headline, f"By {name}", "10:42 AM", teaser, PARAS[1]]
    page = [*MENU, "Live: Council budget day", "By Jane Doe", "March 5, 2024"]
    body = _body_after([*page, PARAS[0], *entries, *FOOTER])
    assert all(teaser in body for _, _, teaser in _TEASERS)


def test_a_long_first_paragraph_under_the_byline_is_no_teaser():
    """The article's own first paragraph, right under the byline taken out and over a
    sub-heading, is not a teaser under another story's credit: the feed below is cut, the
    article is whole."""
    first = " ".join(PARAS)
    head = [*MENU, "Council expands bus network", "By Jane Doe", "March 5, 2024"]
    page = [*head, first, "What comes next", PARAS[1], PARAS[2], *_feed(_TEASERS), *FOOTER]
    body = _body_after(page)
    assert body.startswith(first) and body.endswith(PARAS[2])
    assert not any(teaser in body for _, _, teaser in _TEASERS)


DISCLAIMER = (
    "Quotes delayed at least 15 minutes. Market data provided by Example Data Services, and "
    "company fundamentals by Example Research, under the terms and conditions of each."
)


@pytest.mark.parametrize("widgets", [["Share", "Print"], ["Facebook", "Twitter", "Email"]])
def test_prose_above_the_headline_is_not_the_article(widgets):
    """A disclaimer printed above the headline is prose, and the few widgets between it and
    the article do not outweigh it in the run; the article starts under its headline."""
    head = ["Council expands bus network", "By Jane Doe", "March 5, 2024", *widgets]
    page = [*MENU, DISCLAIMER, *widgets, *head, *PARAS, *FOOTER]
    assert _body_after(page) == "\n\n".join(PARAS)


def test_more_prose_above_the_headline_than_below_is_left_to_the_region():
    """When the run holds more prose above the line taken as the headline than below it, the
    line may be a section heading of the story: the core is not cut there."""
    page = [*MENU, *PARAS, "What comes next", "By Jane Doe", "March 5, 2024", PARAS[0], *FOOTER]
    body = _body_after(page)
    assert PARAS[1] in body and PARAS[2] in body


# A feed printed under the page's copyright line: each teaser a headline, a one-sentence
# deck and its age, as a site's "More in World" box prints them.
_AGED_FEED = [
    "More",
    "Harbour board delays vote on ferry fares",
    "The board said it needed more time to study the effect of the new fares on commuters "
    "who cross the bay twice a day.",
    "32M ago",
    "Library branch to close for repairs",
    "The west branch will close for six weeks so that its roof, which has leaked for years, "
    "can be replaced before the autumn rains.",
    "1H ago",
    "School district hires new superintendent",
    "The board chose a former principal from a neighbouring county after a search that "
    "lasted most of the school year.",
    "14H ago",
]


@pytest.mark.parametrize(
    "notice",
    ["© 2024 Example Media Inc. All Rights Reserved.", "Copyright 2024 Example Media Ltd"],
    ids=["all-rights-reserved", "copyright-year"],
)
def test_the_article_ends_above_the_owners_notice(notice):
    """The teasers under a page's copyright notice read as prose, and a run of prose goes on
    over the notice taken out; the article ends above it."""
    head = [*MENU, "Council expands bus network", "By Jane Doe", "March 5, 2024"]
    page = [*head, *PARAS, notice, *_AGED_FEED, *FOOTER[:-1]]
    assert _body_after(page) == "\n\n".join(PARAS)


def test_an_owners_notice_above_the_article_cuts_nothing():
    """A reprint notice printed above the article, with more of the article's prose below it
    than above, is no end of the article."""
    head = ["Council expands bus network", "By Jane Doe", "March 5, 2024"]
    lead = "The council met on Tuesday evening for a vote that had been delayed twice since the winter."
    notice = "This article may not be republished without the written permission of the publisher."
    page = [*MENU, *head, lead, notice, *PARAS, *FOOTER]
    body = _body_after(page)
    assert body.endswith(PARAS[2]) and PARAS[0] in body
