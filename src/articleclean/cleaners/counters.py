"""Counters: view, comment and like counts, and the bare numbers widgets leave behind."""

from __future__ import annotations

from ..model import Doc
from ..rules import RuleBook
from ..text import tokens
from .widgets import COUNT_LINE, cut_widget_family

__all__ = ["trailing_counters"]

_PROSE_TOKENS = 6  # a line with this many tokens is prose, and counters stop at it


def trailing_counters(doc: Doc, rules: RuleBook) -> Doc:
    """View/comment/like counters ("12 comments", "阅读 1234") and bare counts at the end ("0")."""
    doc = cut_widget_family(doc, rules, "counters")
    decisions = {}
    for index in range(len(doc.lines) - 1, -1, -1):
        text = doc.lines[index].text
        if not text:
            continue
        if COUNT_LINE.fullmatch(text):
            decisions[index] = "trailing_count"
        elif len(tokens(text)) >= _PROSE_TOKENS:
            break
    return doc.drop(decisions)
