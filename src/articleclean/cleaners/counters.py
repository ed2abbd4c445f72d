"""Counters: view, comment and like counts, and the bare numbers widgets leave behind."""

from __future__ import annotations

from ..analysis import marked_lines
from ..model import Doc
from ..rules import RuleBook, count_line
from ..text import count_tokens
from .widgets import cut_widget_family

__all__ = ["trailing_counters"]

_PROSE_TOKENS = 6  # a line with this many tokens is prose, and counters stop at it
_MAX_SHAPE = 80  # reading-time and count lines are short


def trailing_counters(doc: Doc, rules: RuleBook) -> Doc:
    """Counters ("12 comments", "阅读 1234", "3 min read", "★★★★★", "4.8 from 36 votes") and
    bare counts at the end ("0")."""
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
        elif count_tokens(text, _PROSE_TOKENS) >= _PROSE_TOKENS:
            break
    return doc.drop(decisions)
