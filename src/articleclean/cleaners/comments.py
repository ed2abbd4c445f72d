"""Comment sections: the heading of a comment thread at the foot, and the thread under it."""

from __future__ import annotations

from ..model import Doc
from ..prose import reads_as_prose
from ..rules import RuleBook
from ._vocab import rule_finder

__all__ = ["comment_sections"]

_PROSE_BEFORE = 3  # the heading must follow at least this many paragraphs of the article


def comment_sections(doc: Doc, rules: RuleBook) -> Doc:
    """Comment sections: a heading after the article ("Comments", "网友评论") and all below it."""
    prose_seen = 0
    comments = rule_finder(rules, "comments")
    for index, line in enumerate(doc.lines):
        text = line.text
        if not text:
            continue
        if prose_seen >= _PROSE_BEFORE:
            rule = comments(text)
            if rule is not None:
                decisions = {index: rule}
                decisions.update(
                    (i, "below_comment_heading")
                    for i in range(index + 1, len(doc.lines))
                    if doc.lines[i].text
                )
                return doc.drop(decisions)
        if reads_as_prose(text):
            prose_seen += 1
    return doc
