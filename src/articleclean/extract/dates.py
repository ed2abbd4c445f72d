"""The ``dates`` extractor: ``published`` and ``updated`` from date lines.

"Updated: 2016-07-12 08:00", "Published 3:15 PM ET, Tue July 12, 2016", "2016年07月12日 08:00",
"2016-07-12 08:00:00 来源：新华社" (the source is left for the ``source`` step), "时间：" /
"2005-08-22 19:13:18". A labelled date is taken wherever it stands; a bare date only outside
the article's prose. The published date is the labelled one nearest the start of the
article, else the bare one nearest above it. A day/month order the page does not settle is
never guessed: the field stays unset and a warning says why.
"""

from __future__ import annotations

import regex

from ..dates import find_dates
from ..model import Doc
from ..rules import RuleBook
from .credit_plan import Part, apply, plan_of
from .credits import Credit, Field, read_credits
from .labels import DATE_KINDS
from .language import detect_lines
from .print_edition import settle_order
from .zones import above_story, beside_credit, body_bounds, eligible, in_header, remove_fields

__all__ = ["dates", "read_date_line"]


def read_date_line(text: str, rules: RuleBook) -> list[tuple[str | None, object]] | None:
    """``[(field, FoundDate), ...]`` if ``text`` is a credit line with dates, else ``None``.

    ``field`` is ``"published"``, ``"updated"`` or ``None`` (no label).

    >>> [(f, d.iso()) for f, d in read_date_line("Updated: 2016-07-12 08:00", RuleBook())]
    [('updated', '2016-07-12T08:00')]
    >>> read_date_line("The law took effect on July 12, 2016.", RuleBook()) is None
    True
    """
    fields = read_credits(text, rules)
    if not fields:
        return None
    out = [(None if f.kind == "date" else f.kind, f.date) for f in fields if f.kind in DATE_KINDS]
    return out or None


def _rank(field: Field, bounds) -> tuple[int, int]:
    """Header dates before footer ones; then the nearest to the start of the prose."""
    if bounds is None:
        return (0, field.line)
    return (0 if in_header(field, bounds) else 1, abs(bounds[0] - field.line))


def _all_below(fields: list[Field], bounds, line: int) -> bool:
    """Every field of ``fields`` lies below the prose (in the footer), and ``line`` above its
    end: a date line of the story's own over labelled dates under it (another story's)."""
    if bounds is None or line > bounds[1]:
        return False
    return all(f.line > bounds[1] for f in fields)


def _publication(doc: Doc, credits: list[Credit]) -> str | None:
    """A publisher named on the page, for its day/month convention."""
    if doc.meta.get("source"):
        return doc.meta["source"]
    for credit in credits:
        for f in credit.fields:
            if f.kind == "source" and f.value:
                return f.value
    return None


def _settled(doc: Doc, field: Field, fields: list[Field], credits: list[Credit]):
    """The field's date with its day/month order settled (see ``settle_order``), or ``None``."""
    if not field.date.ambiguous:
        return field.date
    # the article's own dates: a comment's date below the story says nothing about its own
    bounds = body_bounds(doc)
    last = bounds[1] if bounds else len(doc.lines) - 1
    known = [f.date.iso() for f in fields if f.date and not f.date.ambiguous and f.line <= last]
    text = "\n".join(line.text for line in doc.lines[: last + 1])
    known += [d.iso() for d in find_dates(text) if not d.ambiguous][:20]
    publication = _publication(doc, credits)
    settled = settle_order(field.date, known, publication)
    if settled is None:  # the language of the date's label ("Publié le"), else of the page
        label_lang = field.rule.split("/", 1)[0] if "/" in field.rule else None
        settled = settle_order(field.date, [], None, label_lang)
        if settled is None:
            lang = detect_lines([line.text for line in doc.lines])  # the page's sample, shared
            settled = settle_order(field.date, [], None, lang)
    return settled


_FEED = 3  # bare date lines of one shape: this many are a list's, not one story's
_DIGITS, _LETTERS = regex.compile(r"\d++"), regex.compile(r"\p{L}++")


def _shape(text: str) -> str:
    """How a date is written, whatever its day and time: "11/13/19 11:00AM" and "11/12/19
    4:40PM" are one shape, "NOVEMBER 20, 2019 10:43" another.

    >>> _shape("11/13/19 11:00AM") == _shape("11/12/19 4:40PM") != _shape("NOVEMBER 20, 2019")
    True
    """
    return _LETTERS.sub("a", _DIGITS.sub("9", text.strip()))


def _without_feeds(doc: Doc, bare: list[Field], labelled: set[int]) -> list[Field]:
    """``bare`` without the dates of a feed of teasers ("Recent from ...": a name and a bare
    date over each headline, all written alike): none of them is the story's date, which a
    page prints in a shape of its own ("NOVEMBER 20, 2019 10:43" over "11/20/2019 01:14 PM"
    teasers)."""
    shapes = {id(f): _shape(doc.lines[f.line].text[f.start : f.end]) for f in bare}
    lines: dict[str, set[int]] = {}
    for f in bare:
        if f.line not in labelled:
            lines.setdefault(shapes[id(f)], set()).add(f.line)
    feeds = {shape for shape, at in lines.items() if len(at) >= _FEED}
    return [f for f in bare if f.line in labelled or shapes[id(f)] not in feeds]


def dates(doc: Doc, rules: RuleBook) -> Doc:
    """Date lines, kept as ``metadata.published`` / ``metadata.updated`` (ISO 8601)."""
    return apply(doc, plan_of(doc, rules).part("dates"))


def decide_dates(doc: Doc, rules: RuleBook, credits: list[Credit], plan: dict[str, Part]) -> Doc:
    """The dates' part of the credit plan."""
    bounds = body_bounds(doc)
    # a line that holds a labelled date is a date line: its bare date goes with it
    # ("November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM")
    labelled = {f.line for c in credits for f in c.fields if f.kind in DATE_KINDS and f.strong}
    fields = [
        f
        for credit in credits
        for f in credit.fields
        if f.kind in DATE_KINDS and (f.line in labelled or eligible(doc, f, bounds))
    ]
    if not fields:
        return doc
    values: dict[str, str] = {}
    whys: dict[str, dict] = {}
    for name, kinds in (("published", ("published",)), ("updated", ("updated",))):
        candidates = sorted(
            (f for f in fields if f.kind in kinds and f.date), key=lambda f: _rank(f, bounds)
        )
        if name == "published":  # bare dates: in the header, on a date line, by a byline
            bare = sorted(
                (
                    f
                    for f in fields
                    if f.kind == "date"
                    and f.date
                    and (
                        f.line in labelled
                        or above_story(doc, f, bounds)
                        or beside_credit(doc, f.line)
                    )
                ),
                key=lambda f: _rank(f, bounds),
            )
            bare = _without_feeds(doc, bare, labelled)
            if not candidates or (bare and _all_below(candidates, bounds, bare[0].line)):
                candidates = bare  # (a "Published ..." teaser under the story is not its day)
        for f in candidates[:1]:
            settled = _settled(doc, f, fields, credits)
            if settled is None:
                text = doc.lines[f.line].text[f.start : f.end].strip()
                doc = doc.warn(f"date in {text!r} could be day/month or month/day; left unset")
                continue
            values[name] = settled.iso()
            how = "labelled_date" if f.kind == name else "date_line"
            whys[name] = {"how": how, "line": doc.lines[f.line].no, "rule": f.rule}
    values = {k: v for k, v in values.items() if not doc.meta.get(k)}
    doc = remove_fields(doc, fields)
    for name, value in values.items():
        doc = doc.with_meta(why=whys[name], **{name: value})
    return doc
