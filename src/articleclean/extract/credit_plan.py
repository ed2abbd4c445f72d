"""The credit plan: every credit line of the page found once, and what each extractor takes.

Five extractors read credit lines — ``byline`` (authors), ``editors``, ``dates``, ``source``
and ``dateline`` — and each decides from what the ones before it took: a bare date is a
credit beside a byline that was taken, a publisher's name alone on a line only among other
credits, the dateline opens the first paragraph once the other credits are gone. Each used
to find the page's credits again after the one before had removed its lines.

The ``credits`` step (an analysis step: it removes nothing) finds the credits once
(:func:`~articleclean.extract.credit_blocks.find_credits`) and runs the five decisions in
their order on a working copy of the page, each seeing what the ones before took. The
result, a :class:`CreditPlan`, goes into the page's analysis: per part, the removals to make,
the metadata found and the warnings, and the outlets the credits name (for ``publisher``).
What one part reads for another part's field is handed to that part (:func:`_fold`), so each
field is set by one extractor: the dateline's reporters go to ``byline``, its dated year,
the print edition's date and a forum post's time to ``dates``. Each extractor step then
*applies* its part (:func:`apply`), and the title and the classifier read the credit lines
from the plan. So switching ``byline`` off leaves the byline in the body, and nothing else
changes: the dates beside it are still taken, the headline above it is still the title.

The plan's removals are anchored by input line number and the text of the line when the
plan was made; applied to a page where an earlier part was not applied (that line still
holds text the plan took away), a cut is found by its text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..analysis import Finding
from ..model import Doc, Removal
from ..rules import RuleBook
from .credit_blocks import find_credits
from .credits import Credit

__all__ = ["PARTS", "CreditPlan", "Part", "apply", "credits", "plan_of"]


@dataclass(frozen=True, slots=True)
class Planned:
    """One removal of the plan: ``removal`` made on the line numbered ``removal.line``
    whose text was ``before`` at that point of the plan."""

    removal: Removal
    before: str


@dataclass(frozen=True, slots=True)
class Part:
    """What one extractor takes: its removals in order, the metadata it found (fields it
    sets only where nothing set them before, ``editors`` merged), its warnings."""

    removals: tuple[Planned, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    why: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # per field of ``meta``

    @property
    def lines(self) -> frozenset[int]:
        """The input line numbers this part removes from."""
        return frozenset(p.removal.line for p in self.removals)


@dataclass(frozen=True, slots=True)
class CreditPlan:
    """The credit extractors' parts, by the field each fills (see :data:`PARTS`)."""

    parts: Mapping[str, Part]
    # the outlets the credits name as the story's (the byline's "(China Daily)", "来源：新华社"):
    # evidence for the ``publisher`` step, which fills ``source`` and ``agency``
    outlets: tuple[Finding, ...] = ()
    # input line numbers of every credit found on the page that names someone or gives a
    # day, taken or not: the credits of other stories' teasers too (for the classifier)
    credited: frozenset[int] = frozenset()

    def part(self, name: str) -> Part:
        return self.parts.get(name, _EMPTY)

    def lines(self, *, whole: bool = False) -> list[int]:
        """Sorted input line numbers the plan removes from (``whole``: whole lines only)."""
        return sorted(
            {
                p.removal.line
                for part in self.parts.values()
                for p in part.removals
                if not whole or p.removal.span is None
            }
        )

    def cut_at_start(self) -> frozenset[int]:
        """Lines the plan cuts a span from the start of."""
        return frozenset(
            p.removal.line
            for part in self.parts.values()
            for p in part.removals
            if p.removal.span is not None and p.removal.span[0] == 0
        )

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={len(v.removals)}" for k, v in self.parts.items())
        return f"CreditPlan({counts})"


_EMPTY = Part()

# Credits as found at the start of the plan, handed to each decision on the working copy.
Decide = Callable[[Doc, RuleBook, list[Credit], dict[str, "Part"]], Doc]


def _deciders() -> tuple[tuple[str, Decide], ...]:
    from .byline import decide_byline
    from .dateline import decide_dateline
    from .dates import decide_dates
    from .editors import decide_editors
    from .source import decide_source

    return (
        ("authors", decide_byline),
        ("editors", decide_editors),
        ("dates", decide_dates),
        ("source", decide_source),
        ("dateline", decide_dateline),
    )


PARTS = ("authors", "editors", "dates", "source", "dateline")
_CREDITS_ONLY = frozenset({"editors", "dates", "source"})  # parts that read credits alone
_STEP_OF_PART = {"authors": "byline"}  # the step that applies each part (its name otherwise)


def make_plan(doc: Doc, rules: RuleBook) -> CreditPlan:
    """Find the page's credits once and decide, part after part, what each extractor takes."""
    found = find_credits(doc, rules)
    # the working copy shares the page's zones and facts (its removals are its own)
    analysis = doc.analysis.for_copy() if doc.analysis is not None else None
    working = Doc(doc.lines, meta=doc.meta, step="credits", analysis=analysis)
    origin = {i: (line.no, line.text) for i, line in enumerate(doc.lines)}
    parts: dict[str, Part] = {}
    for name, decide in _deciders():
        if not found and name in _CREDITS_ONLY:
            # with no credit found, these parts have nothing to take (the byline's fallbacks,
            # names under the headline or closing the story, and the dateline read the page)
            parts[name] = _EMPTY
            continue
        credits = _remap(found, origin, working)
        after = decide(replace(working, step=name), rules, credits, parts)
        new = after.removed[len(working.removed) :]
        planned = []
        # each removal against the line's text at that point (most parts remove nothing)
        texts = {line.no: line.text for line in working.lines} if new else {}
        for r in new:
            planned.append(Planned(r, texts.get(r.line, "")))
            if r.span is not None and r.line in texts:
                t = texts[r.line]
                texts[r.line] = (t[: r.span[0]] + t[r.span[1] :]).strip()
        meta = {k: v for k, v in after.meta.items() if after.meta.get(k) != working.meta.get(k)}
        warnings = tuple(w.split(": ", 1)[-1] for w in after.warnings[len(working.warnings) :])
        why = {k: after.provenance[k] for k in meta if k in after.provenance}
        parts[name] = Part(tuple(planned), meta, warnings, why)
        working = replace(after, warnings=working.warnings, step="credits")
    _fold(parts, working, doc, rules)
    credited = frozenset(doc.lines[i].no for c in found if _names_or_day(c) for i in c.lines)
    return CreditPlan(*_outlets(parts), credited)


def _names_or_day(credit: Credit) -> bool:
    """A credit that names someone or gives a day ("Rob Crilly", "Wednesday November 20,
    2019"), not only a time or a publisher ("14:02", "2 hours ago", "Reuters")."""
    return any(f.names or f.date is not None for f in credit.fields)


def _set(parts: dict[str, Part], name: str, field_name: str, value: Any, why: Mapping) -> None:
    part = parts.get(name, _EMPTY)
    parts[name] = replace(
        part, meta={**part.meta, field_name: value}, why={**part.why, field_name: dict(why)}
    )


def _take(parts: dict[str, Part], name: str, field_name: str) -> tuple[Any, Mapping]:
    """Remove ``field_name`` from part ``name``'s metadata: ``(value, why)``."""
    part = parts.get(name, _EMPTY)
    if field_name not in part.meta:
        return None, {}
    meta = {k: v for k, v in part.meta.items() if k != field_name}
    why = {k: v for k, v in part.why.items() if k != field_name}
    parts[name] = replace(part, meta=meta, why=why)
    return part.meta[field_name], part.why.get(field_name, {})


def _fold(parts: dict[str, Part], working: Doc, doc: Doc, rules: RuleBook) -> None:
    """Hand what a part read for another part's field to that part, so each field is set by
    one extractor: the dateline's reporters to the authors (with the byline's, when the two
    name the same reporter; the byline's alone otherwise), the place a byline was filed from
    to the dateline, and to ``published``, when no date line gave one, the date of a dateline
    that prints its year, else of a print-edition line, else a forum post's time
    (``bbs_header``'s finding)."""
    names, names_why = _take(parts, "dateline", "dateline_authors")
    _take(parts, "dateline", "dateline_source")
    if names:
        authors = list(parts.get("authors", _EMPTY).meta.get("authors") or ())
        if not authors:
            _set(parts, "authors", "authors", list(names), names_why)
        elif set(authors) & set(names):
            merged = authors + [n for n in names if n not in authors]
            why = {**parts["authors"].why.get("authors", {}), "with": "dateline"}
            _set(parts, "authors", "authors", merged, why)
    place, place_why = _take(parts, "authors", "dateline")
    if place is not None and "dateline" not in parts.get("dateline", _EMPTY).meta:
        _set(parts, "dateline", "dateline", place, place_why)
    dated, dated_why = _take(parts, "dateline", "dateline_published")
    if parts.get("dates", _EMPTY).meta.get("published") or doc.meta.get("published"):
        return
    if dated:
        _set(parts, "dates", "published", dated, dated_why)
        return
    from .print_edition import read_editions

    known = [v for k, v in parts.get("dates", _EMPTY).meta.items() if k == "updated"]
    decisions, first, _ = read_editions(working, rules, known)
    if first is not None and first.date:
        no = working.lines[min(decisions)].no
        _set(parts, "dates", "published", first.date, {"how": "print_edition", "line": no})
        return
    posted = doc.analysis.findings("published") if doc.analysis is not None else []
    if posted:
        _set(parts, "dates", "published", posted[0].value, posted[0].why())


def _outlets(parts: dict[str, Part]) -> tuple[dict[str, Part], tuple[Finding, ...]]:
    """The parts without the outlet their decisions named (``meta["source"]``, which they
    read from each other on the working copy), and those outlets as findings."""
    outlets = []
    for name, part in list(parts.items()):
        value = part.meta.get("source")
        if not value:
            continue
        why = part.why.get("source", {})
        step = _STEP_OF_PART.get(name, name)
        outlets.append(
            Finding("agency", value, why.get("how", step), why.get("line"), step, why.get("rule"))
        )
        meta = {k: v for k, v in part.meta.items() if k != "source"}
        parts[name] = replace(part, meta=meta, why={k: v for k, v in part.why.items() if k in meta})
    return parts, tuple(outlets)


def _remap(found: list[Credit], origin: dict[int, int], working: Doc) -> list[Credit]:
    """The credits found at the start, placed on the working copy's lines: a field on a line
    that is gone, or into which an earlier part cut, is left out; one on a line an earlier
    part cut elsewhere moves with the text it stands on."""
    if not working.removed:
        return found
    index = {line.no: i for i, line in enumerate(working.lines)}
    cuts: dict[int, list[Removal]] = {}
    for r in working.removed:
        if r.span is not None:
            cuts.setdefault(r.line, []).append(r)
    shifts: dict[int, list[int] | None] = {}
    out = []
    for credit in found:
        fields = []
        for f in credit.fields:
            no = origin[f.line][0]
            i = index.get(no)
            if i is None:
                continue
            if no in cuts:
                if no not in shifts:
                    shifts[no] = _alive(origin[f.line][1], cuts[no], working.lines[i].text)
                alive = shifts[no]
                moved = _moved(origin[f.line][1], alive, f.start, f.end) if alive else None
                if moved is None:
                    continue
                f = replace(f, start=moved[0], end=moved[1])
            fields.append(f if i == f.line else replace(f, line=i))
        if fields:
            out.append(Credit(tuple(fields)))
    return out


def _alive(original: str, cuts: list[Removal], now: str) -> list[int] | None:
    """Where each character of the line's text ``now`` stood in ``original``, replaying the
    ``cuts`` made to it as :meth:`Doc.cut` made them (``None`` if they do not fit)."""
    alive = list(range(len(original)))
    for r in cuts:
        start, end = r.span  # type: ignore[misc]
        alive = alive[:start] + alive[end:]
        lo, hi = 0, len(alive)
        while lo < hi and original[alive[lo]].isspace():
            lo += 1
        while hi > lo and original[alive[hi - 1]].isspace():
            hi -= 1
        alive = alive[lo:hi]
    if "".join(original[k] for k in alive) != now:
        return None
    return alive


def _moved(original: str, alive: list[int], start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` of the original span ``[start, end)`` in the cut line: the characters
    of it still there, if they stand together and only spaces of it were cut."""
    inside = [k for k, at in enumerate(alive) if start <= at < end]
    if not inside or inside[-1] - inside[0] + 1 != len(inside):
        return None
    kept = {alive[k] for k in inside}
    if any(not original[at].isspace() for at in range(start, end) if at not in kept):
        return None
    return inside[0], inside[-1] + 1


def plan_of(doc: Doc, rules: RuleBook) -> CreditPlan:
    """The page's credit plan: the one the ``credits`` step made, or one made now (a step
    called on its own, outside a pipeline)."""
    analysis = doc.analysis
    if analysis is not None and analysis.credits is not None:
        return analysis.credits  # type: ignore[no-any-return]
    return make_plan(doc, rules)


def credits(doc: Doc, rules: RuleBook) -> Doc:
    """Find every credit line of the page once (bylines, editors, dates, sources, the
    dateline) and plan what each credit extractor takes; removes nothing."""
    if doc.analysis is not None:
        doc.analysis.credits = make_plan(doc, rules)
    return doc


def apply(doc: Doc, part: Part) -> Doc:
    """Make ``part``'s removals and set its metadata (under the running step's name)."""
    if part.removals:
        edit = doc.edit()
        for p in part.removals:
            r = p.removal
            i = bisect_left(edit.lines, r.line, key=_no)
            if i >= len(edit.lines) or edit.lines[i].no != r.line:
                continue  # the line is gone
            text = edit.lines[i].text
            if text == p.before:
                start, end = r.span if r.span is not None else (None, None)
            else:  # an earlier part was not applied: find the piece by its text
                at = text.find(r.text)
                if at < 0 or text.find(r.text, at + 1) >= 0:
                    continue
                start, end = (at, at + len(r.text)) if len(r.text) < len(text) else (None, None)
            if start is None:
                edit.drop(i, r.rule, why=r.why)
            else:
                edit.cut(i, start, end, r.rule, why=r.why)
        doc = edit.done()
    fields = {k: v for k, v in part.meta.items() if k == "editors" or not doc.meta.get(k)}
    if "editors" in fields and doc.meta.get("editors"):
        merged = list(doc.meta["editors"])
        merged += [n for n in fields["editors"] if n not in merged]
        fields["editors"] = merged
    for name, value in fields.items():
        doc = doc.with_meta(why=part.why.get(name), **{name: value})
    for message in part.warnings:
        doc = doc.warn(message)
    return doc


def _no(line: Any) -> int:
    return line.no  # type: ignore[no-any-return]
