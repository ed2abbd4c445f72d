"""The body region: where among a page's blocks the article lies.

The blocks' weights (:mod:`.boilerplate`) are summed into *runs*, Kadane's: stretches of
blocks whose running sum stays positive. The densest run is the article's core, but an
article is often more than one run: a recipe's ingredient list, a results table, the spec
lines of a product round-up or a meal plan weigh against, like a menu, and cut the article
into pieces. So the region is decided in three steps:

1. **the core** — the earliest run scoring at least ``first_share`` of the best run
   (articles come before their comment threads and "read next" teasers);
2. **the guard for the lost article** — when the page's prose lies in several runs, the
   core is joined with the runs next to it across every *gap* that reads as the inside of an
   article: most of the gap's lines are list items, table cells, numbers, ``Label: value``
   rows, the items under a line ending in a colon, or lines repeated only within the joined
   stretch (a table's header row); and no credit line (a byline, a date) was taken out in
   it, which would mark the header of another story. A gap of menus, teaser headlines or
   names is not crossed. Each joined run is named in the removals' ``why``;
3. **the edges** — the region is widened over adjacent one-sentence blocks, list items and
   table cells, up to the article's header (:func:`extend`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .features import Features

__all__ = ["Blocks", "Region", "Run", "best_region", "choose", "extend", "runs"]


@dataclass(frozen=True)
class Run:
    """A stretch of blocks with a positive running sum: its best sum and its ends."""

    score: float
    first: int
    last: int


def runs(weights: Sequence[float], *, max_gap: float = float("inf")) -> list[Run]:
    """Kadane's runs: a run starts where the running sum is not positive and ends at its best
    point; a run is also cut where the sum falls ``max_gap`` below its best (a long stretch
    of menus or footer between two prose passages separates them).

    >>> runs([-3, 5, -1, 4, -9, 2])
    [Run(score=8.0, first=1, last=3), Run(score=2.0, first=5, last=5)]
    """
    out: list[Run] = []
    run_start, run_sum = 0, 0.0
    run_best: Run | None = None
    for i, w in enumerate(weights):
        if run_sum <= 0 or (run_best is not None and run_best.score - run_sum >= max_gap):
            if run_best is not None:
                out.append(run_best)
            run_start, run_sum, run_best = i, 0.0, None
        run_sum += w
        if run_sum > 0 and (run_best is None or run_sum > run_best.score):
            run_best = Run(run_sum, run_start, i)
    if run_best is not None:
        out.append(run_best)
    return out


def _core(found: list[Run], first_share: float) -> Run | None:
    if not found:
        return None
    top = max(r.score for r in found)
    return next((r for r in found if r.score >= first_share * top), None)


def best_region(
    weights: list[float], *, first_share: float = 1.0, max_gap: float = float("inf")
) -> tuple[int, int] | None:
    """``(first, last)`` of the core run, or ``None`` if no run of blocks scores above 0.

    The region is the *earliest* run scoring at least ``first_share`` of the best run's
    score (with 1.0, simply the best run).

    >>> best_region([-3, 5, -1, 4, -9, 2])
    (1, 3)
    >>> best_region([4, -9, 6], first_share=0.5)
    (0, 0)
    >>> best_region([-1, -2]) is None
    True
    """
    core = _core(runs(weights, max_gap=max_gap), first_share)
    return None if core is None else (core.first, core.last)


@dataclass(frozen=True)
class Blocks:
    """What the region is decided from, one entry per block of the page.

    ``fences[k]``: a header line (the headline, a credit line) was taken out between block
    ``k - 1`` and block ``k``; ``credits[k]``: a credit line was; ``keys[k]``: the block's
    lookup key if it is printed more than once on the page, else ``None``.
    """

    labels: Sequence[str]
    feats: Sequence[Features]
    weights: Sequence[float]
    fences: Sequence[bool]
    credits: Sequence[bool]
    keys: Sequence[str | None]


@dataclass(frozen=True)
class Region:
    """The body region, and how it was decided (for the removals' ``why``)."""

    first: int
    last: int
    core: tuple[int, int]
    joined: tuple[tuple[int, int], ...] = ()  # the runs joined to the core
    prose_share: float = 1.0  # the core's share of the page's prose

    def why(self) -> dict[str, object]:
        """The decision, as the removals outside the region carry it."""
        out: dict[str, object] = {"region": f"{self.first}-{self.last}"}
        if self.joined:
            runs_ = ", ".join(f"{a}-{b}" for a, b in self.joined)
            out["guard"] = (
                f"the densest run {self.core[0]}-{self.core[1]} held "
                f"{self.prose_share:.0%} of the page's prose; joined {runs_} across lists"
            )
        return out


def choose(
    b: Blocks,
    *,
    first_share: float,
    max_gap: float,
    list_share: float,
    run_prose: float,
    gap_ratio: float,
) -> Region | None:
    """The body region of the blocks ``b`` (``None`` if no run scores above 0)."""
    found = runs(b.weights, max_gap=max_gap)
    core = _core(found, first_share)
    if core is None:
        return None
    prose = [w if lab == "good" else 0.0 for w, lab in zip(b.weights, b.labels, strict=True)]
    total = sum(prose) or 1.0
    share = sum(prose[core.first : core.last + 1]) / total
    # runs that hold prose (a lone one-line teaser is not a piece of the article)
    pieces = [r for r in found if r is core or sum(prose[r.first : r.last + 1]) >= run_prose]
    at = pieces.index(core)
    first, last = core.first, core.last
    joined: list[tuple[int, int]] = []
    held = sum(prose[first : last + 1])  # the prose joined so far

    def joins(piece: Run, start: int, stop: int) -> bool:
        # the gap's weight against is no more than twice the prose it would join
        cost = -sum(w for w in b.weights[start:stop] if w < 0)
        more = sum(prose[piece.first : piece.last + 1])
        return cost <= gap_ratio * (held + more) and _crossable(b, start, stop, list_share)

    for nxt in pieces[at + 1 :]:
        if not joins(nxt, last + 1, nxt.first):
            break
        held += sum(prose[nxt.first : nxt.last + 1])
        last = nxt.last
        joined.append((nxt.first, nxt.last))
    for prev in reversed(pieces[:at]):
        if not joins(prev, prev.last + 1, first):
            break
        held += sum(prose[prev.first : prev.last + 1])
        first = prev.first
        joined.insert(0, (prev.first, prev.last))
    first, last = extend((first, last), b)
    return Region(first, last, (core.first, core.last), tuple(joined), share)


def _crossable(b: Blocks, start: int, stop: int, list_share: float) -> bool:
    """The gap ``start..stop-1`` between two runs reads as the inside of one article: most of
    its words (not counting prose) are in rows of lists and tables, or in their cells."""
    if any(b.credits[k] for k in range(start, stop + 1)):
        return False  # a byline or a date between them: the header of another story
    gap = range(start, stop)
    rows = [_row(b.labels[k], b.feats[k]) for k in gap]
    under_intro = 0  # the lines under "Das brauchen Sie:" are its list (a few of them)
    listed = total = 0
    for i, k in enumerate(gap):
        if b.weights[k] > 0:
            under_intro = 0
            continue
        n = b.feats[k].tokens
        total += n
        # a row, or a cell of a table or list: most of the blocks around it are rows
        near = rows[max(0, i - _CELL) : i + _CELL + 1]
        if under_intro or rows[i] or 2 * sum(near) > len(near):
            listed += n
        under_intro = _INTRO_ITEMS if b.feats[k].intro else max(0, under_intro - 1)
    return listed >= list_share * total


_INTRO_ITEMS = 8  # a list under a line ending in a colon has at most this many items
_CELL = 2  # a table's cell lies within this many blocks of most of its row's numbers


def _row(lab: str, f: Features) -> bool:
    """A block shaped like a row of a list or table inside an article: a list item or table
    cell, a number with a few words (``250 g pearl barley``), a ``Label: value`` row, or a
    line that introduces a list (``Das brauchen Sie:``)."""
    return lab == "data" or f.item or f.pair or f.intro or f.digits > 0


def _sentence_like(lab: str, f: Features) -> bool:
    return lab in ("near", "data") or (lab == "short" and f.end)


def extend(region: tuple[int, int], b: Blocks) -> tuple[int, int]:
    """Widen the region over adjacent one-sentence blocks, lists and table cells.

    The region's ends are always positive blocks, so a closing one-line quote or a list right
    after the last paragraph would be cut; headline-like lines and menus are not taken, and
    neither is anything beyond a *fence* (a headline, byline or date line was taken out
    there; the article starts below its header).
    """
    first, last = region
    labels, feats, fences = b.labels, b.feats, b.fences
    while first > 0 and not fences[first] and _sentence_like(labels[first - 1], feats[first - 1]):
        first -= 1
    while (
        last + 1 < len(labels)
        and not fences[last + 1]
        and _sentence_like(labels[last + 1], feats[last + 1])
    ):
        last += 1
    return first, last
