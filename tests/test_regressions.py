"""Behaviour fixed while hardening, each kept as a test (the linear-time and property tests
hold the rest)."""

from __future__ import annotations

import pytest

from articleclean import Pipeline
from articleclean.cleaners.lists import _BREADCRUMB_SPLIT


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Home / World / Asia", ["Home", "World", "Asia"]),  # " / " was a dead alternative
        ("Home > World", ["Home", "World"]),
        ("24/7 news > World", ["24/7 news", "World"]),  # a slash inside a word is no separator
    ],
    ids=["spaced_slash", "angle", "slash_in_word"],
)
def test_breadcrumb_separators(line, items):
    assert [p for p in _BREADCRUMB_SPLIT.split(line) if p.strip()] == items


def test_a_slash_breadcrumb_is_removed():
    text = (
        "Home / World / Asia\n\n"
        "The minister said the plan would be published next week, officials confirmed."
    )
    article = Pipeline.default().without("boilerplate").clean(text)
    assert [r.cleaner for r in article.removed] == ["nav_menus"]


def test_what_follows_a_dateline_is_not_a_headline():
    """Found by tests/extract/test_properties.py: the rest of a line whose start was a
    dateline was taken for a headline standing below the credits."""
    text = "本报讯 By By By By By By By By By By By!\n\nBy By By By By By By By By By By By."
    article = Pipeline.default().only("dateline", "title").clean(text)
    assert article.metadata.title is None
    assert [r.cleaner for r in article.removed] == ["dateline"]


def test_a_repeated_label_is_not_a_byline():
    """Found by tests/extract/test_properties.py once bodies were settled: the rest of a line
    after its dateline, read again as a paragraph, was taken for the byline of "Reporting"."""
    text = "By By By By By By By By By By Reporting."
    article = Pipeline.default().only("byline").clean(text)
    assert article.body == text and article.metadata.authors == ()


# -- found by the fuzzer (fuzz/README.md); each input is also kept in fuzz/regressions/ ----

STACKED_DATELINES = {
    # minimised from a mutated Reuters/Lusa page: five datelines in a row, each cut only once
    # the one before it was gone, so the body never settled
    "five_in_a_row": "(Rrs)T (Rs)-(Lsa)M (Rs)Li,2 jul 2016(La)",
    # minimised from a mutated Lusa page: lines that are datelines alone, one under another
    "dateline_lines": "L,2 jul 2016(La)\n(Res)\nL,2 jul 2016(La)\x85(Rrs)\nL,2 jul 2016(La)",
    "agency_line_then_dateline": (
        "(Reuters)\nLONDON (Reuters) - The minister said on Tuesday that the plan would be "
        "published next week."
    ),
    "doubled_agency": (
        "LONDON (Reuters) - (AP) - The minister said on Tuesday that the plan would be "
        "published next week."
    ),
}


@pytest.mark.parametrize("text", list(STACKED_DATELINES.values()), ids=list(STACKED_DATELINES))
def test_stacked_datelines_are_cut_in_one_pass(text):
    """A line opening with several datelines loses them all in one pass, and so does the line
    under a line that was a dateline alone: the body settles (cleaning it again changes
    nothing) without a `settle:` warning."""
    pipe = Pipeline.default(strict=True)
    article = pipe.clean(text)
    assert not article.warnings
    assert pipe.clean(article.body).body == article.body
    cut = [r.text.strip() for r in article.removed if r.cleaner == "dateline"]
    assert len(cut) >= 2 and all(piece in text for piece in cut)
    assert article.metadata.source in ("Rrs", "Reuters", "La")


def test_lines_each_opening_with_a_dateline_settle():
    """Found by the fuzzer: lines that each open with something shaped like a dateline and
    go on with a stray fragment. A pass cut the first line's "dateline" only; re-read, the
    step's scan went on down and cut the next line's, and so on: more than four extra
    passes, a `settle:` warning. A dateline now counts only before the story's first words
    (or alone on its line), which none of these fragments are."""
    text = "(Rrs)s\nM (Re):0\nT (rs)-s\n(Rrs)h\nM,2 jul(FE)"
    article = Pipeline.default(strict=True).clean(text)
    assert not article.warnings
