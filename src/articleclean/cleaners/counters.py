"""Counters: view, comment and like counts, and the bare numbers widgets leave behind."""

from __future__ import annotations

from ..analysis import marked_lines
from ..extract.zones import body_bounds
from ..model import Doc
from ..prose import reads_as_prose
from ..rules import RuleBook, count_line
from .widgets import cut_widget_family

__all__ = ["trailing_counters"]

_MAX_SHAPE = 80  # reading-time and count lines are short


def trailing_counters(doc: Doc, rules: RuleBook) -> Doc:
    """Counters ("12 comments", "阅读 1234", "3 min read", "★★★★★", "4.8 from 36 votes") and
    bare counts ("0") at the end of the page, back to its last line of prose, and right under
    the article's last paragraph."""
    doc = cut_widget_family(doc, rules, "counters")
    decisions: dict[int, str] = {}
    # "3 min read", "Lesezeit: 4 Min.", and rating widgets ("★4.6（128件）"), anywhere
    shapes = (rules.patterns("reading_time"), rules.patterns("ratings"))
    for index in marked_lines(doc, "counters"):  # (the mark holds these shapes' lines)
        line = doc.lines[index]
        if len(line.text) <= _MAX_SHAPE:
            for patterns in shapes:
                hit = patterns.fullmatch(line.text)
                if hit is not None:
                    decisions[index] = hit[0].id
                    break
    for index in range(len(doc.lines) - 1, -1, -1):
        text = doc.lines[index].text
        if not text:
            continue
        if index in decisions:
            continue
        if count_line().fullmatch(text):
            decisions[index] = "trailing_count"
        elif reads_as_prose(text):
            break
    # the counts right under the article's last paragraph, with more of the page below them
    # ("76" above a weather widget): what the page's zones call the end of the body
    bounds = body_bounds(doc)
    for index in range(bounds[1] + 1 if bounds else len(doc.lines), len(doc.lines)):
        text = doc.lines[index].text
        if not text or index in decisions:
            continue
        if count_line().fullmatch(text) is None:
            break
        decisions[index] = "count_after_body"
    return doc.drop(decisions)
