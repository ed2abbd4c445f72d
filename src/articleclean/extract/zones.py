"""Where the article's prose is, and taking credit fields out of the lines around it.

The *body* runs from the first to the last line of a prose run (a prose line with another
prose line close after it); lines before it are the header, lines after it the footer. Weak
credit fields (a bare date, a bare publisher name) are only taken outside the body, and never
from a line that reads as part of a sentence split over lines.

These are the tests of the credit plan (:mod:`.credit_plan`), which runs the credit parts on a
working copy of the page: the removals of that copy are the credits the parts before took.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import islice, pairwise

from .._memo import by_lines
from ..analysis import Zones
from ..cleaners._context import in_sentence
from ..model import Doc, Line
from ..prose import is_long, reads_as_prose
from ..rules import RuleBook
from .credit_blocks import BLOCK_RULES
from .credits import Field, read_credits

__all__ = [
    "above_story",
    "beside_credit",
    "body_bounds",
    "eligible",
    "find_body",
    "in_block",
    "in_header",
    "reads_as_prose",
    "remove_fields",
    "zones_of",
]

_RUN_GAP = 3  # content lines within which a second prose line makes a run


def body_bounds(doc: Doc) -> tuple[int, int] | None:
    """Indices of the first and last lines of the article's prose, or ``None`` if it has none.

    The prose starts at the first prose line with another one close after it, one of the two
    long enough to be a paragraph (a headline with a full stop and a deck under it are not).

    >>> prose = "A long sentence of the story goes on and on here, a reporter said, and on."
    >>> doc = Doc.from_text("\\n".join(["Home", "News", prose, prose, "Share"]))
    >>> body_bounds(doc)
    (2, 3)
    """
    return zones_of(doc).body


def zones_of(doc: Doc) -> Zones:
    """The zones of ``doc``: its page analysis's (worked out once per state of the lines), or,
    for a doc outside a pipeline, worked out now."""
    if doc.analysis is not None:
        return doc.analysis.zones(doc.lines)  # type: ignore[no-any-return]
    return Zones(find_body(doc.lines))


def find_body(
    lines: tuple[Line, ...], not_story: Callable[[str], bool] | None = None
) -> tuple[int, int] | None:
    """:func:`body_bounds` of the doc made of ``lines``, worked out (see
    :meth:`~articleclean.analysis.PageAnalysis.zones`, which keeps the answer). A prose line
    that ``not_story`` names (a cookie banner, wholly: the analysis knows the families each
    line is wholly of) starts no body and ends none."""
    doc = Doc(lines)
    content = doc.content()
    position = {index: n for n, (index, _) in enumerate(content)}
    prose = [
        index
        for index, line in content
        if reads_as_prose(line.text) and not (not_story is not None and not_story(line.text))
    ]
    if not prose:
        return None
    long = {index for index in prose if is_long(doc.lines[index].text)}
    starts, ends = [], []
    for a, b in pairwise(prose):
        if position[b] - position[a] <= _RUN_GAP and (a in long or b in long):
            starts.append(a)
            ends.append(b)
    first = starts[0] if starts else (min(long) if long else prose[0])
    last = ends[-1] if ends else (max(long) if long else prose[-1])
    return first, max(first, last)


def eligible(doc: Doc, field: Field, bounds: tuple[int, int] | None) -> bool:
    """May ``field`` be taken? Strong fields anywhere; weak ones outside the body, above its
    first paragraph-long line (under a standfirst), or right beside a credit line already
    taken ("by Jeff Foust" / "Monday, November 18, 2019")."""
    if field.strong:
        return True
    if field.rule not in BLOCK_RULES and in_sentence(doc, field.line):
        return False  # a line of a block ("Lukas Gruber" / "20. November 2018") is no fragment
    if bounds is None or not bounds[0] <= field.line <= bounds[1]:
        return True
    if _above_first_paragraph(doc, field.line, bounds[0]):
        return True  # between a standfirst and the first paragraph: the header's credits
    return beside_credit(doc, field.line)


def _above_first_paragraph(doc: Doc, index: int, start: int) -> bool:
    """The prose begins with a short line (a standfirst) and line ``index`` stands under it,
    among the few lines before the first paragraph-long one: no long line from the start
    down to it, and one close below it."""
    above = 0
    for i in range(start, index):
        text = doc.lines[i].text
        if not text:
            continue
        above += 1
        if above > _RUN_GAP or is_long(text):
            return False  # (a field deep in the body: the first lines decide)
    below = (i for i in range(index + 1, len(doc.lines)) if doc.lines[i].text)
    return any(is_long(doc.lines[i].text) for i in islice(below, _RUN_GAP))


def beside_credit(doc: Doc, index: int) -> bool:
    """A credit taken between this line and the content line before or after it, or cut
    from this line itself (what a credit part left of a credit line: the date of
    "原创 李明 江城观察 2019-05-12"). ``doc`` is the credit plan's working copy: its
    removals are the credits taken so far."""
    before = next((i for i in range(index - 1, -1, -1) if doc.lines[i].text), None)
    after = next((i for i in range(index + 1, len(doc.lines)) if doc.lines[i].text), None)
    low = doc.lines[before].no if before is not None else 0
    high = doc.lines[after].no if after is not None else float("inf")
    return removed_between(doc.removed, low, high)


def removed_between(removed: tuple, low: float, high: float) -> bool:
    """Something was removed from an input line strictly between line numbers ``low`` and
    ``high``.

    >>> from articleclean.model import Removal
    >>> removed = (Removal(3, "By Jane Doe", "authors"), Removal(9, "Jul 12", "dates"))
    >>> removed_between(removed, 2, 4), removed_between(removed, 3, 9)
    (True, False)
    """
    lines = _removed_lines(removed)
    k = bisect_right(lines, low)  # the first such line after ``low``
    return k < len(lines) and lines[k] < high


@by_lines(maxsize=8)
def _removed_lines(removed: tuple) -> list[int]:
    """The sorted input line numbers of the removals (worked out once per page, not once
    per question: looking through every removal for each line is quadratic)."""
    return sorted({r.line for r in removed})


def in_block(doc: Doc, field: Field, rules: RuleBook) -> bool:
    """A line that is a credit only among credits ("Associated Press" over a date line; under
    a photo it is the photo's credit): a credit line or a taken credit is next to it."""
    if beside_credit(doc, field.line):
        return True
    for step in (-1, 1):
        i = field.line + step
        while 0 <= i < len(doc.lines) and not doc.lines[i].text:
            i += step
        if 0 <= i < len(doc.lines) and read_credits(doc.lines[i].text, rules):
            return True
    return False


def in_header(field: Field, bounds: tuple[int, int] | None) -> bool:
    return bounds is None or field.line < bounds[0]


def above_story(doc: Doc, field: Field, bounds: tuple[int, int] | None) -> bool:
    """In the header, or in the prose above its first paragraph-long line (the credits
    under a standfirst: "Standfirst …" / "Jamie Ellison" / "Fri 1 Mar 2024 18.05 GMT")."""
    if in_header(field, bounds):
        return True
    return field.line <= bounds[1] and _above_first_paragraph(doc, field.line, bounds[0])


def remove_fields(doc: Doc, fields: Iterable[Field]) -> Doc:
    """Remove the fields' spans: a line they cover whole is dropped, otherwise each is cut.

    Lines are handled from the last to the first and spans from right to left, so the
    indices and offsets of the fields still to do stay valid. The removals are made in place
    (:meth:`Doc.edit`): one per line, in time linear in the page.
    """
    by_line: dict[int, list[Field]] = {}
    for f in fields:
        by_line.setdefault(f.line, []).append(f)
    edit = doc.edit()
    for line in sorted(by_line, reverse=True):
        spans = sorted(by_line[line], key=lambda f: f.start)
        text = edit.lines[line].text
        covered, pos = True, 0
        for f in spans:
            if text[pos : f.start].strip():
                covered = False
            pos = max(pos, f.end)
        if covered and not text[pos:].strip():
            edit.drop(line, spans[0].rule)
            continue
        for f in reversed(spans):
            edit.cut(line, f.start, f.end, f.rule)
    return edit.done()
