"""The page's analysis: steps share what they found by type, and the marks that let the
pipeline pass over a step are exact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings

from articleclean import Pipeline, PipelineError
from articleclean.analysis import MARKS, Role, line_marks
from articleclean.rules import RuleBook

from .strategies import documents

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "articleclean"
FIXTURES = sorted(ROOT.glob("fixtures/**/raw.txt"))


def _unmarked(pipe: Pipeline) -> Pipeline:
    """``pipe`` with every step's marks taken off: each step runs on every page."""
    from dataclasses import replace

    return Pipeline(
        [replace(s, marks=()) for s in pipe.steps], rules=RuleBook(), strict=pipe.strict
    )


def _everything(pipe: Pipeline, raw):
    """``pipe.clean(raw)`` with no step passed over: every step runs on the page (its marks
    taken off) and visits every line of it (``marked_lines`` answers as for an unanalysed
    page)."""
    from unittest import mock

    from articleclean.analysis import PageAnalysis

    def every_line(self, doc, name):
        return [i for i, line in enumerate(doc.lines) if line.text]

    with mock.patch.object(PageAnalysis, "marked_lines", every_line):
        return _unmarked(pipe).clean(raw)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.parent.name}-{p.parent.name}")
def test_passing_over_unmarked_steps_and_lines_changes_nothing_on_the_fixtures(path):
    pipe = Pipeline.default()
    raw = path.read_bytes()
    assert pipe.clean(raw) == _everything(pipe, raw)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Courts › Trials\n› Appeals\n\nThe court heard the appeal on Monday, and the judges "
            "said they would rule on it before the end of the month.",
            id="breadcrumb-over-two-unmarked-lines",
        ),
        # found by hypothesis: two lines, neither a breadcrumb alone, joined into one
        pytest.param("1 enero ene\n0Â›A\n\x9bA", id="made-up-breadcrumb-pieces"),
        # found by hypothesis: a gallery's counter split over lines, with no pager's phrase
        # on the page ("/" is a pager's line too)
        pytest.param(
            "\n\n1 enero ene\n/\n\n1 ENERO ENE\x0b\x0bHOME > WORLD > ASIA\n0\n\n\x0b：1 enero ene\x85",
            id="made-up-slide-counter",
        ),
    ],
)
def test_a_paragraph_of_unmarked_lines_is_marked_as_a_whole(text):
    pipe = Pipeline.default(strict=True)
    assert pipe.clean(text) == _everything(pipe, text)


@settings(max_examples=150, deadline=None)
@given(documents())
def test_passing_over_unmarked_steps_and_lines_changes_nothing_on_made_up_pages(text):
    pipe = Pipeline.default(strict=True)
    assert pipe.clean(text) == _everything(pipe, text)


def test_a_marked_step_visits_only_its_lines(monkeypatch):
    """``share_buttons`` visits the line marked ``share`` (and reads its neighbours, to see
    whether it stands inside a sentence), not the lines away from it."""
    from articleclean.rules import Lexicon

    covered: list[str] = []
    cover = Lexicon.cover

    def counting(self, text, **kw):
        covered.append(text)
        return cover(self, text, **kw)

    pipe = Pipeline.default().only("share_buttons")
    body = "The council met on Monday, and the vote was put off for a week after a long debate."
    doc = _doc_of("\n".join(["Headline of the day", body, "Share this article", body]))
    doc = Pipeline.default().only("analysis").run(doc)  # the marks: each line's cover, once
    step = next(s for s in pipe.steps if s.name == "share_buttons")
    monkeypatch.setattr(Lexicon, "cover", counting)
    out = step.run(doc, pipe.rules)
    assert covered[0] == "Share this article" and "Headline of the day" not in covered
    assert [r.text for r in out.removed] == ["Share this article"]


def test_every_declared_mark_is_one_the_analysis_knows():
    for step in Pipeline.default().steps:
        assert set(step.marks) <= MARKS, step.name


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        pytest.param(
            "Print Mail Large Medium Small 分享按钮 0", {"print", "fontsize", "share"}, id="bar"
        ),
        pytest.param("Home > World > Asia", {"nav"}, id="breadcrumb"),
        pytest.param("上一页 1 2 3 下一页", {"pager"}, id="pager"),
        pytest.param("Tags: China, Economy", {"tags"}, id="tags"),
        pytest.param("anbaijie@chinadaily.com.cn", {"at"}, id="email"),
        pytest.param("(China Daily 07/12/2016 page3)", {"print_edition"}, id="print-edition"),
        pytest.param("12 comments", {"counters", "comments"}, id="counter"),
        pytest.param(
            "The minister said the plan would be published next week, officials confirmed.",
            set(),
            id="prose",
        ),
    ],
)
def test_line_marks(text, marks):
    assert line_marks(text, RuleBook()) == marks


def test_no_step_reads_another_steps_removals_by_its_name():
    """Steps share what they found through the analysis, by role: no module picks removals
    by the name of the step that made them."""
    by_name = re.compile(r"\.cleaner\s*(==|!=|\bin\b|\bnot in\b)|_(CREDIT|HEADER|WIDGET)_STEPS")
    found = [
        f"{p.relative_to(SRC)}:{n}"
        for p in sorted(SRC.rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
        if by_name.search(line) and not line.lstrip().startswith("#")
    ]
    assert not found, found


SEED = ROOT / "fixtures" / "chinadaily" / "cyber-governance" / "raw.txt"


def test_switching_off_the_byline_changes_only_the_byline():
    """The title and the body region read the credit lines from the credit plan, so without
    the byline step the byline is not read, and nothing else changes: the headline above it
    is still the title, the date below it still the date, the body the same."""
    full = Pipeline.default().clean(SEED.read_bytes())
    without = Pipeline.default().without("byline").clean(SEED.read_bytes())
    assert without.metadata.title == full.metadata.title
    assert without.metadata.published == full.metadata.published
    assert without.metadata.authors == () and full.metadata.authors == ("An Baijie",)
    assert not [r for r in without.removed if r.cleaner == "byline"]
    assert without.body == full.body


def test_the_credit_extractors_share_one_plan():
    pipe = Pipeline.default()
    doc = pipe.run(pipe.only("credits").run(_doc(SEED)))  # a plan made once ...
    plan = doc.analysis.credits
    assert plan is not None and plan.part("authors").removals
    assert {r.cleaner for r in doc.removed if r.line in plan.part("dates").lines} == {"dates"}


def _doc(path: Path):
    from articleclean import Doc, decode

    return Doc.from_text(decode(path.read_bytes()).text)


def _doc_of(text: str):
    from articleclean import Doc

    return Doc.from_text(text)


def test_an_analysis_step_that_others_read_cannot_be_switched_off():
    with pytest.raises(PipelineError, match="byline"):
        Pipeline.default().without("credits")
    assert "credits" in Pipeline.default().only("dates").names
    readers = [s.name for s in Pipeline.default().steps if "credits" in s.needs]
    assert "credits" not in Pipeline.default().without("credits", *readers).names


def test_a_pipeline_whose_step_needs_a_missing_analysis_is_refused():
    steps = [s for s in Pipeline.default().steps if s.name != "credits"]
    with pytest.raises(PipelineError, match="credits"):
        Pipeline(steps)


def test_removals_are_filed_under_the_role_the_table_declares():
    pipe = Pipeline.default()
    doc = pipe.run(_doc(SEED))
    roles = {s.name: s.role for s in pipe.steps}
    ledger = doc.analysis
    for r in doc.removed:
        assert r.line in ledger.lines_of([roles[r.cleaner]]), r
    assert ledger.lines_of([Role.CREDIT])  # the byline, the dates, the print edition


@pytest.mark.parametrize(
    "path", FIXTURES[::7], ids=lambda p: f"{p.parent.parent.name}-{p.parent.name}"
)
def test_the_zones_are_worked_out_once_per_state_of_the_lines(path, monkeypatch):
    """The credit extractors read the body's bounds from the page's analysis: each state of
    the lines is worked out once, and the answers are the ones worked out afresh."""
    from articleclean.extract import zones

    seen: list[tuple] = []
    find_body = zones.find_body

    def counting(lines, *extras):
        seen.append(lines)
        return find_body(lines, *extras)

    monkeypatch.setattr(zones, "find_body", counting)
    doc = Pipeline.default().run(_doc(path))
    assert seen and len({id(lines) for lines in seen}) == len(seen)  # none worked out twice
    last = seen[-1]
    assert doc.analysis.zones(last).body == find_body(last, doc.analysis._not_story)
    assert len(seen) == len(set(map(id, seen)))  # the last state was kept, not worked out again


def test_the_zones_of_a_doc_outside_a_pipeline_are_worked_out_on_the_spot():
    from articleclean import Doc
    from articleclean.extract.zones import zones_of

    prose = "A long sentence of the story goes on and on here, a reporter said, and on."
    doc = Doc.from_text("\n".join(["Home", "By Jane Doe", prose, prose, "Share this"]))
    found = zones_of(doc)
    assert found.body == (2, 3)
    assert [found.where(i) for i in range(5)] == ["header"] * 2 + ["body"] * 2 + ["footer"]


def test_marked_lines_of_a_doc_whose_lines_the_ledger_does_not_know_are_every_line():
    """A doc whose lines are not the analysed page's, in its order (a step that built one of
    its own): every non-blank line is visited, so nothing is missed."""
    from articleclean import Doc
    from articleclean.analysis import PageAnalysis

    doc = Doc.from_text("Share this\nThe story, told at length.\n\nPrint | Share 3")
    analysis = PageAnalysis(RuleBook(), doc.lines)
    analysis.mark(doc.lines)
    assert analysis.marked_lines(doc, "share") == [0, 3]
    backwards = Doc(tuple(reversed(doc.lines)))
    assert analysis.marked_lines(backwards, "share") == [0, 2, 3]


def test_the_family_hits_of_a_state_of_the_lines_are_placed_once():
    """The word-list hits found when the page was analysed are placed on a step's lines once
    per state of the lines: the next step, handed the same lines, gets the same answer, and it
    is the answer worked out afresh."""
    from articleclean import Doc
    from articleclean.analysis import PageAnalysis
    from articleclean.cleaners._vocab import _line_family_hits, _page_family_hits
    from articleclean.line_index import line_index
    from articleclean.rules import RuleBook

    rules = RuleBook()
    page = Doc.from_text("Advertisement\n\nThe story, told at some length, goes on here.\n\nShare")
    doc = Doc(page.lines, analysis=PageAnalysis(rules, page.lines))
    _page_family_hits(doc, rules)  # found on the page's lines
    later = doc.drop({0: "demo"})  # a step removed a line: a new state
    placed = _page_family_hits(later, rules)
    assert _page_family_hits(later, rules) is placed
    fresh = _line_family_hits(later.lines, line_index(rules))
    assert {family: hits for family, hits in placed.items() if hits} == fresh
