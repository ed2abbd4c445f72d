"""Author bios at the foot of an article ("Jane Doe is a reporter for ...", "（作者系……）")."""

from __future__ import annotations

from ..model import Doc
from ..rules import RuleBook
from ..text import tokens
from ._vocab import MAX_LINE, next_content

__all__ = ["author_bios"]

_TAIL = 2  # bios are the last lines
_BIO_TOKENS = 80


def author_bios(doc: Doc, rules: RuleBook) -> Doc:
    """Author bios at the foot ("Jane Doe is a reporter for ...", "About the author", "作者系")."""
    content = [i for i, line in enumerate(doc.lines) if line.text]
    heading = rules.lexicon("bios")
    shapes = rules.patterns("bios")
    decisions: dict[int, str] = {}
    for index in content:
        rule = heading.lookup(doc.lines[index].text)
        if rule is not None:
            decisions[index] = rule.id
            for item in next_content(doc, index, 3):
                if len(tokens(doc.lines[item].text)) > _BIO_TOKENS:
                    break
                decisions[item] = "under_bio_heading"
    for index in content[-_TAIL:]:
        text = doc.lines[index].text
        if index in decisions or len(text) > MAX_LINE or len(tokens(text)) > _BIO_TOKENS:
            continue
        hit = shapes.fullmatch(text)
        if hit is not None:
            decisions[index] = hit[0].id
    return doc.drop(decisions)
