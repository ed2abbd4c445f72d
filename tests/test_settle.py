"""Settling: a later pass over the body is mapped back onto the input lines exactly."""

from __future__ import annotations

import pytest

from articleclean import Doc, Pipeline, Removal, clean, replay
from articleclean.settle import MAX_PASSES, body_of, map_back, merge_meta

TWO_LINES = "Hello big\nworld and more"  # one paragraph: the second line continues the first


def test_a_span_across_a_seam_becomes_a_cut_on_each_line():
    doc = Doc.from_text(TWO_LINES)
    body, groups = body_of(doc)
    assert body == "Hello big world and more" and groups == [[0, 1]]
    check = Doc(
        lines=(Doc.from_text(body).lines[0],),
        removed=(Removal(1, "big world ", "demo", "demo_rule", (6, 16)),),
    )
    settled = map_back(doc, groups, check)
    assert [line.text for line in settled.lines] == ["Hello", "and more"]
    assert [(r.line, r.text, r.span, r.cleaner, r.rule) for r in settled.removed] == [
        (2, "world ", (0, 6), "demo", "demo_rule"),
        (1, "big", (6, 9), "demo", "demo_rule"),
    ]
    assert body_of(settled)[0] == "Hello and more"
    assert replay(TWO_LINES, settled.removed) == "Hello and more"


def test_a_whole_paragraph_removal_removes_each_of_its_lines():
    doc = Doc.from_text(TWO_LINES + "\n\nThe end.")
    _, groups = body_of(doc)
    check = Doc(lines=(), removed=(Removal(1, "Hello big world and more", "demo", "r"),))
    settled = map_back(doc, groups, check)
    assert [(r.line, r.text, r.span) for r in settled.removed] == [
        (2, "world and more", None),
        (1, "Hello big", None),
    ]
    assert body_of(settled)[0] == "The end."


def test_a_line_taken_by_two_removals_keeps_both_steps():
    # a later pass cuts a dateline from a line and another step drops the rest: two
    # removals under their own steps, not one whole-line drop blamed on the dateline
    doc = Doc.from_text("Headline\n\nColumn: Headline")
    _, groups = body_of(doc)
    check = Doc(
        lines=(),
        removed=(
            Removal(3, "Column: ", "dateline", "colon", (0, 8)),
            Removal(3, "Headline", "title", "headline_repeat"),
        ),
    )
    settled = map_back(doc, groups, check)
    assert [(r.line, r.text, r.span, r.cleaner) for r in settled.removed] == [
        (3, "Headline", (8, 16), "title"),
        (3, "Column:", (0, 7), "dateline"),
    ]
    assert replay("Headline\n\nColumn: Headline", settled.removed) == "Headline"


def test_removals_that_do_not_fit_the_body_are_not_mapped():
    doc = Doc.from_text(TWO_LINES)
    _, groups = body_of(doc)
    check = Doc(lines=(), removed=(Removal(1, "nonsense", "demo", "r", (0, 8)),))
    assert map_back(doc, groups, check) == doc


@pytest.mark.parametrize(
    ("text", "cleaners"),
    [
        ("A la une\fA la une", {"nav_menus"}),  # two menu items that join into a menu bar
        ("Agrandir le texte\n,", {"font_size_toggles"}),  # a widget and a stray comma
        ("Bildquelle\n0\n\nＡＡ", {"photo_captions", "trailing_counters"}),
    ],
    ids=["menu_joined", "widget_and_comma", "credit_freed_by_a_later_step"],
)
def test_what_a_second_clean_would_remove_is_removed_the_first_time(text, cleaners):
    article = clean(text)
    assert clean(article.body).body == article.body
    assert {r.cleaner for r in article.removed} == cleaners
    assert replay(text, article.removed) == article.body
    assert not article.warnings


def test_a_step_that_never_settles_is_reported():
    def first_paragraph(doc: Doc) -> Doc:
        content = doc.content()
        return doc.drop({content[0][0]: "first"}) if content else doc

    text = "\n\n".join(f"Paragraph number {i} of the story." for i in range(10))
    article = Pipeline.default().insert(first_paragraph).clean(text)
    assert any(
        w.startswith("settle:") and f"{MAX_PASSES} more passes" in w for w in article.warnings
    )
    assert replay(text, article.removed) == article.body


def test_merge_meta_fills_only_missing_fields_and_adds_new_warnings():
    first = Doc(lines=(), meta={"title": "T", "authors": []}, warnings=("a: one",))
    later = Doc(
        lines=(), meta={"title": "X", "authors": ["Jane Doe"]}, warnings=("a: one", "b: two")
    )
    merged = merge_meta(first, later)
    assert merged.meta == {"title": "T", "authors": ["Jane Doe"]}
    assert merged.warnings == ("a: one", "b: two")


def test_mapping_back_many_removals_is_linear():
    """A pass over a long body that removes many paragraphs: each removal is made in place,
    not by copying the page and the removals so far (which was quadratic)."""
    import gc
    import time

    def run(n: int) -> float:
        doc = Doc.from_text("\n\n".join(f"Paragraph number {i} here." for i in range(n)))
        _, groups = body_of(doc)
        removed = [
            Removal(2 * k + 1, f"Paragraph number {k} here.", "demo", "r")
            if k % 2 == 0
            else Removal(2 * k + 1, "Paragraph ", "demo2", "r2", (0, 10))
            for k in range(n)
        ]
        check = Doc(lines=(), removed=tuple(removed))
        gc.disable()  # a collection over the whole suite's heap would cost more than the run
        try:
            began = time.process_time()
            settled = map_back(doc, groups, check)
            spent = time.process_time() - began
        finally:
            gc.enable()
        assert len(settled.removed) == n and settled.step == "demo"
        assert {r.cleaner for r in settled.removed} == {"demo", "demo2"}
        return spent

    run(200)
    small, large = min(run(2_000) for _ in range(3)), min(run(20_000) for _ in range(2))
    assert large < 25 * small, (small, large)  # linear: about 10x; copying: about 70x
