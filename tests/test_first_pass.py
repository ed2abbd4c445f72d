"""Real pages settle in their first pass: the pass over the body finds nothing to remove.

Settling (``Pipeline.clean``, :mod:`articleclean.settle`) reads the body once more and maps
what that pass removes back onto the input, so that cleaning the body again changes nothing.
The steps are written so that it has nothing to do on real pages: they judge a line as the
body will hold it — the paragraph it makes with its neighbours ("1" / "of" / "4" is a
pager), the end of the article rather than of the page (a count under the story), the lines
left once their own cuts are made (a dateline under a dateline). These tests run the steps
once, without settling, and compare with the settled result.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from articleclean import Doc, Pipeline, decode
from articleclean.settle import body_of

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted(ROOT.glob("fixtures/**/raw.txt"))


def _first_pass(pipe: Pipeline, text: str) -> str:
    """The body after one run of the steps, before settling."""
    return body_of(pipe.run(Doc.from_text(text)))[0]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.parent.name}-{p.parent.name}")
def test_a_fixture_settles_in_its_first_pass(path):
    text = decode(path.read_bytes()).text
    pipe = Pipeline.default()
    assert _first_pass(pipe, text) == pipe.clean(text).body


STORY = "The minister said the plan would be published next week, officials in the capital said."

# Each of these was removed only when the body was read again, before the step that removes
# it learnt to judge the line as the body holds it.
PAGES = {
    # a gallery's counter, one link per line: the body joins it into "1 of 4"
    "pager_over_lines": (f"{STORY}\n\n1\nof\n4\n\n{STORY}", "pagination"),
    # a toggle and a comma left of its markup: the body holds "Agrandir le texte,"
    "widget_then_comma": ("Agrandir le texte\n,", "font_size_toggles"),
    # a tag and an image, each a piece of the paragraph the other makes
    "markup_over_lines": ("<DIV CLASS='X'>\n![IMG](HTTP://EXAMPLE.COM/A.PNG)", "markup_residue"),
    # datelines alone on lines, one under another: each is cut once the one above is gone
    "datelines_stacked": (
        "L,2 jul 2016(La)\n(Res)\nL,2 jul 2016(La)\x85(Rrs)\nL,2 jul 2016(La)",
        "dateline",
    ),
}


@pytest.mark.parametrize(("text", "cleaner"), list(PAGES.values()), ids=list(PAGES))
def test_what_the_body_would_lose_goes_in_the_first_pass(text, cleaner):
    pipe = Pipeline.default(strict=True)
    article = pipe.clean(text)
    assert _first_pass(pipe, text) == article.body
    assert cleaner in {r.cleaner for r in article.removed}
    assert not article.warnings


def test_a_paragraph_over_lines_carries_the_marks_of_the_whole():
    """The analysis marks each line of a paragraph over lines with what the joined paragraph
    is, so a step that visits only its marked lines sees it: "of" alone is a pager word; the
    "1" and the "4" are marked because "1 of 4" is a pager."""
    from articleclean.analysis import PageAnalysis
    from articleclean.rules import RuleBook

    doc = Doc.from_text(f"{STORY}\n\n1\nof\n4\n\n{STORY}")
    analysis = PageAnalysis(RuleBook(), doc.lines)
    analysis.mark(doc.lines)
    assert analysis.marked_lines(doc, "pager") == [2, 3, 4]
    assert analysis.marked_lines(doc, "share") == []


ZH_STORY = "建国以后，我国在传统的计划经济体制下，曾在城市中建立起一套以单位为基础的社会保障制度，覆盖了大多数城镇职工。"


def test_a_bio_above_the_footer_goes_in_the_first_pass():
    """An author's affiliation that ends the article, with the source note and the site's
    line below it (removed by later steps): a bio is looked for at the end of the article
    the page's zones give, not only on the page's last lines."""
    text = (
        f"{ZH_STORY}\n\n{ZH_STORY}\n\n【作者单位：中国社会科学院研究生院、华中科技大学社会学系】\n\n"
        "(摘自《上海社会科学院学术季刊》2000年第2期，原文约15000字)\n\n"
        "“民主与科学”网站(http://www.dvscn.net)搜集整理于2002-09-25"
    )
    pipe = Pipeline.default(strict=True)
    article = pipe.clean(text)
    assert "作者单位" not in article.body
    assert _first_pass(pipe, text) == article.body


def test_a_cookie_banner_starts_no_body():
    """A prose line that is wholly a cookie banner (the analysis knows each line's families)
    is not where the article's prose starts: the credits under it are the header's."""
    from articleclean.analysis import PageAnalysis
    from articleclean.rules import RuleBook

    banner = "We use cookies to personalise content and ads, and to analyse our traffic here."
    doc = Doc.from_text(f"{banner}\n\nBy Jane Doe\n\n{STORY}\n\n{STORY}")
    assert PageAnalysis(RuleBook(), doc.lines).zones(doc.lines).body == (4, 6)


def test_a_breadcrumb_over_lines_goes_whole():
    """ "您的位置：" / "首页" / ">": a breadcrumb whose links stand one per line is the
    paragraph they make, and goes whole, not link by link with its label left behind."""
    text = f"您的位置：\n首页\n>\n新闻中心\n\n{STORY}\n\n{STORY}"
    article = Pipeline.default(strict=True).clean(text)
    assert "您的位置" not in article.body and ">" not in article.body
    assert {r.cleaner for r in article.removed if r.line <= 3} == {"nav_menus"}
