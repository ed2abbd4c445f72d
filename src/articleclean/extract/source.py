"""The ``source`` step: source credit lines ("来源：人民网", "Source: AP", "Reuters").

It removes the lines (or the parts of credit lines) that credit the story to an outlet: a
labelled source ("来源：新华社", "Source: AP"), a publisher beside a date ("2016-07-12 08:00
新华网") or alone on a header or footer line ("Associated Press"). The outlet they name is
evidence for the ``publisher`` step, which fills ``source`` and ``agency`` (the credit plan
hands it on as one of its ``outlets``, before the byline's and after none).
"""

from __future__ import annotations

import regex

from ..model import Doc
from ..rules import RuleBook
from .byline import BYLINE_SOURCES
from .credit_plan import Part, apply, plan_of
from .credits import (
    _CAPS_AGENCY,
    _PLACE,
    Credit,
    Field,
    canonical_source,
    known_source,
    source_value,
    strip_marks,
)
from .zones import body_bounds, eligible, in_block, in_header, remove_fields

__all__ = ["source"]

# (?!(?<=\s)\s): no match starts inside a run of spaces (one pass per run, not per position)
_SEGMENTS = regex.compile(r"(?!(?<=\s)\s)(?:\s*+[|｜·•]\s*+|\s++[-–—]\s++)")


def _remainder(doc: Doc, index: int, rules: RuleBook, cut: set[int]) -> Field | None:
    """What the other credit parts left of a credit line, when it names a publisher:
    "聯合報" of "2016-07-12 02:18 聯合報 記者張偉／台中報導", "EFE | Madrid |" of
    "EFE | Madrid | 12 julio, 2016". A place beside the publisher goes with it. ``cut``: the
    numbers of the lines the parts before cut spans from."""
    line = doc.lines[index]
    if len(line.text) > 60 or line.no not in cut:
        return None
    segments = [strip_marks(s) for s in _SEGMENTS.split(line.text)]
    segments = [s for s in segments if s]
    sources = [s for s in segments if known_source(s, rules) or _CAPS_AGENCY.fullmatch(s)]
    if not sources and len(segments) == 1 and source_value(segments[0], rules):
        sources = segments
    places = [s for s in segments if s not in sources and _PLACE.fullmatch(s)]
    if len(sources) != 1 or len(sources) + len(places) != len(segments):
        return None
    return Field(
        "source", 0, len(line.text), "credit_remainder", False, value=sources[0], line=index
    )


def _masthead(doc: Doc, rules: RuleBook, bounds, dated: frozenset[int]) -> Field | None:
    """A publisher's name alone right above the headline, which stands right above the date
    line ("한빛일보" / headline / "기사입력 2016.07.12. 오후 2:22"), as portals print the outlet
    of a story they carry. ``dated``: the input lines the dates' part took."""
    from .title import looks_like_headline

    content = doc.content()
    end = bounds[0] if bounds else len(doc.lines)
    for n in range(len(content) - 2):
        index, line = content[n]
        if index >= end:
            break
        name = strip_marks(line.text)
        if len(name) > 20 or not known_source(name, rules):
            continue
        headline = content[n + 1][1]
        if not looks_like_headline(headline.text):
            continue
        below = content[n + 2][1].no
        if any(headline.no < no < below for no in dated):
            return Field("source", 0, len(line.text), "masthead", False, value=name, line=index)
    return None


def source(doc: Doc, rules: RuleBook) -> Doc:
    """Source credit lines ("来源：人民网", "Source: AP", "Reuters" alone on a header line):
    their outlet is evidence for ``publisher``."""
    return apply(doc, plan_of(doc, rules).part("source"))


def decide_source(doc: Doc, rules: RuleBook, credits: list[Credit], plan: dict[str, Part]) -> Doc:
    """The source's part of the credit plan (after the other parts: ``doc`` is without what
    they took, and ``plan`` holds their parts)."""
    bounds = body_bounds(doc)
    fields = [
        f
        for credit in credits
        for f in credit.fields
        if f.kind == "source"
        and f.rule not in BYLINE_SOURCES
        and eligible(doc, f, bounds)
        and (not f.alone or in_block(doc, f, rules))
    ]
    if not fields:
        dated = plan["dates"].lines if "dates" in plan else frozenset()
        masthead = _masthead(doc, rules, bounds, dated)
        if masthead is not None:
            fields.append(masthead)
    taken = {f.line for f in fields}
    # computed once: looking through the removals for each line is quadratic on long pages
    cut = {p.removal.line for part in plan.values() for p in part.removals if p.removal.span}
    for index, _ in doc.content():
        if index not in taken and (bounds is None or index < bounds[0]):
            found = _remainder(doc, index, rules, cut)
            if found is not None:
                fields.append(found)
    if not fields:
        return doc
    named = [f for f in fields if f.value]
    named.sort(key=lambda f: (not f.strong, not in_header(f, bounds), f.line))
    value = named[0].value if named and not doc.meta.get("source") else None
    why = None
    if value:
        f = named[0]
        why = {"how": "source_credit", "line": doc.lines[f.line].no, "rule": f.rule}
    doc = remove_fields(doc, fields)
    return doc.with_meta(source=value and canonical_source(value, rules), why=why)
