"""Author bios at the foot of an article ("Jane Doe is a reporter for ...", "（作者系……）")."""

from __future__ import annotations

from ..analysis import marked_lines
from ..extract.zones import body_bounds
from ..model import Doc
from ..rules import RuleBook
from ..text import count_tokens, tokens
from ._vocab import MAX_LINE, next_content

__all__ = ["author_bios"]

_TAIL = 2  # bios are the last lines (of the page, or of the article above its footer)
_HEADING_TAIL = 15  # "About <Company>" headings are among the last lines
_HEADING_CHARS = 60
_HEADING_SHAPES = ("about_company",)
_BIO_TOKENS = 80


def author_bios(doc: Doc, rules: RuleBook) -> Doc:
    """Author and company bios at the foot ("Jane Doe is a reporter", "About Acme", "作者系")."""
    content = [i for i, line in enumerate(doc.lines) if line.text]
    heading = rules.lexicon("bios")
    shapes = rules.patterns("bios")
    decisions: dict[int, str] = {}
    tail_start = content[-_HEADING_TAIL] if len(content) > _HEADING_TAIL else -1
    marked = marked_lines(doc, "bios")  # the lines a bio heading or a bio's shape fits
    for index in marked:
        text = doc.lines[index].text
        rule = heading.lookup(text)
        if rule is None and index >= tail_start and len(text) <= _HEADING_CHARS:
            hit = shapes.fullmatch(text)  # "About Acme Robotics" near the foot
            rule = hit[0] if hit is not None and hit[0].id.endswith(_HEADING_SHAPES) else None
        if rule is not None:
            decisions[index] = rule.id
            for item in next_content(doc, index, 3):
                if len(tokens(doc.lines[item].text)) > _BIO_TOKENS:
                    break
                decisions[item] = "under_bio_heading"
    # the last lines of the page, and the last lines of the article when the page's zones
    # end it above them (what follows is the footer: a source note, the site's links)
    tail = content[-_TAIL:]
    bounds = body_bounds(doc)
    if bounds is not None and tail:
        story = [i for i in content if i <= bounds[1]][-_TAIL:]
        if story:
            tail = [min(tail[0], story[0])]
    for index in (i for i in marked if i >= tail[0]) if tail else ():
        text = doc.lines[index].text
        if index in decisions or len(text) > MAX_LINE:
            continue
        if count_tokens(text, _BIO_TOKENS + 1) > _BIO_TOKENS:
            continue
        hit = shapes.fullmatch(text)
        if hit is not None and not hit[0].id.endswith(_HEADING_SHAPES):
            decisions[index] = hit[0].id
    return doc.drop(decisions)
