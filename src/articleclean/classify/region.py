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

import regex

from ..dates import find_dates
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
    lookup key if it is printed more than once on the page, else ``None``; ``texts[k]``: its
    text; ``summaries[k]``: the block is the heading of a live page's summary ("Summary",
    "Key points"; the ``live_summary`` word lists), empty when nobody looked;
    ``credited[k]``: the block holds a credit line the credit plan found that names someone
    or gives a day (``CreditPlan.credited``), and ``credited_above[k]``: such a line was
    taken out between block ``k - 1`` and block ``k``; both empty outside a pipeline;
    ``headed[k]``: a line of the headline's (the headline, its deck, its echoes) was taken
    out between block ``k - 1`` and block ``k``; ``footed[k]``: a notice of the page's owner
    (a copyright or reprint notice, ``Role.FOOTER``) was.
    """

    texts: Sequence[str]
    labels: Sequence[str]
    feats: Sequence[Features]
    weights: Sequence[float]
    fences: Sequence[bool]
    credits: Sequence[bool]
    keys: Sequence[str | None]
    summaries: Sequence[bool] = ()
    credited: Sequence[bool] = ()
    credited_above: Sequence[bool] = ()
    headed: Sequence[bool] = ()
    footed: Sequence[bool] = ()


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
                f"the core run {self.core[0]}-{self.core[1]} held "
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
    core = _above_footer(_below_headline(_before_feed(core, b, run_prose), b), b)
    prose = [w if lab == "good" else 0.0 for w, lab in zip(b.weights, b.labels, strict=True)]
    total = sum(prose) or 1.0
    first, last = core.first, core.last
    held = sum(prose[first : last + 1])  # the prose joined so far
    share = held / total
    joined: list[tuple[int, int]] = []

    def piece(found: list[Run], offset: int, nearest: int) -> Run | None:
        # the nearest run with prose (a lone one-line teaser is not a piece of the article)
        order = found if nearest == 0 else reversed(found)
        for r in order:
            if sum(prose[offset + r.first : offset + r.last + 1]) >= run_prose:
                return Run(r.score, offset + r.first, offset + r.last)
        return None

    def joins(p: Run, start: int, stop: int) -> bool:
        # the gap's weight against is no more than twice the prose it would join
        cost = -sum(w for w in b.weights[start:stop] if w < 0)
        more = sum(prose[p.first : p.last + 1])
        if cost > gap_ratio * (held + more) or not _crossable(b, start, stop, list_share):
            return False
        if b.footed and any(b.footed[k] for k in range(start, stop + 1)):
            return False  # the page owner's notice between: the article ended above it
        # a post, a comment or a teaser under its date (the gap's last line or the next
        # one's first): what follows is another entry, not more of the article
        return not any(_dated(b.texts[k], b.feats[k]) for k in range(start, stop + 1))

    # The pieces are found afresh beyond the region's ends: prose after a gap that did not
    # outweigh it is in the core's run, but past its best point.
    while (nxt := piece(runs(b.weights[last + 1 :], max_gap=max_gap), last + 1, 0)) and joins(
        nxt, last + 1, nxt.first
    ):
        held += sum(prose[nxt.first : nxt.last + 1])
        last = nxt.last
        joined.append((nxt.first, nxt.last))
    while (prev := piece(runs(b.weights[:first], max_gap=max_gap), 0, -1)) and joins(
        prev, prev.last + 1, first
    ):
        held += sum(prose[prev.first : prev.last + 1])
        first = prev.first
        joined.insert(0, (prev.first, prev.last))
    first, last = extend((first, last), b)
    return Region(first, last, (core.first, core.last), tuple(joined), share)


def _below_headline(core: Run, b: Blocks) -> Run:
    """The core from the first block under the headline that adds to a run, when the
    headline was taken out inside the core's run with less prose above it than below: a
    disclaimer or a teaser above the header is prose too, and the widgets between did not
    outweigh it, but the article starts under its headline (where a run over the body alone
    would start: the body reads the same again)."""
    if not b.headed:
        return core
    for k in range(core.first + 1, core.last + 1):
        if b.headed[k]:
            above = sum(b.weights[j] for j in range(core.first, k) if b.labels[j] == "good")
            below = sum(b.weights[j] for j in range(k, core.last + 1) if b.labels[j] == "good")
            if above >= below:
                return core
            return _best_run(b, k, core.last)
    return core


def _above_footer(core: Run, b: Blocks) -> Run:
    """The core up to the last block above a notice of the page's owner (a copyright or
    reprint notice) taken out inside the core's run, when the run holds more prose above the
    notice than below it: the teasers and feeds printed under a page's footer read as prose
    too, but the article ended above it."""
    if not b.footed or not any(b.footed[core.first + 1 : core.last + 1]):
        return core
    held = [0.0]  # the good prose of the core's blocks before each one (one pass)
    for j in range(core.first, core.last + 1):
        held.append(held[-1] + (b.weights[j] if b.labels[j] == "good" else 0.0))
    for k in range(core.first + 1, core.last + 1):
        if b.footed[k]:
            above = held[k - core.first]
            if above <= held[-1] - above:
                continue  # a notice above the article (or in a page of many pieces)
            return _best_run(b, core.first, k - 1)
    return core


def _best_run(b: Blocks, first: int, last: int) -> Run:
    """The best run over blocks ``first..last`` alone (as a run over that text would find
    it), in the page's block indices; the span holds good prose, so a run."""
    best = max(runs(b.weights[first : last + 1]), key=lambda r: r.score)
    return Run(best.score, first + best.first, first + best.last)


def _crossable(b: Blocks, start: int, stop: int, list_share: float) -> bool:
    """The gap ``start..stop-1`` between two runs reads as the inside of one article: most of
    its words (not counting prose) are in rows of lists and tables, or in their cells."""
    if any(b.credits[k] for k in range(start, stop + 1)):
        return False  # a byline or a date between them: the header of another story
    gap = range(start, stop)
    rows = [_row(b.labels[k], b.feats[k]) for k in gap]
    _header_cells(rows, [b.feats[k] for k in gap])
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


def _header_cells(rows: list[bool], feats: list[Features]) -> None:
    """Count as rows the cells of a table's header: a few one- or two-word blocks right
    before the rows they head (``Pos`` / ``Player`` / ``Plays`` / ``Stats`` / ``DL`` /
    ``Larry Ogunjobi`` / ``63`` / ``85%``)."""
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and not rows[j] and _cell(feats[j]):
            j += 1
        if 0 < j - i <= _HEADER_CELLS and j + 1 < len(rows) and rows[j] and rows[j + 1]:
            rows[i:j] = [True] * (j - i)
        i = max(j, i + 1)


def _cell(f: Features) -> bool:
    return f.tokens <= _CELL_TOKENS * (2 if f.cjk > 0.5 else 1)


_HEADER_CELLS = 12  # a table's header has at most this many cells
_CELL_TOKENS = 3  # ... of at most this many words each


def _row(lab: str, f: Features) -> bool:
    """A block shaped like a row of a list or table inside an article: a list item or table
    cell, a number with a few words (``250 g pearl barley``), a ``Label: value`` row, or a
    line that introduces a list (``Das brauchen Sie:``)."""
    if lab == "data" or f.item or f.pair or f.intro:
        return True
    return f.digits > 0 and f.tokens <= _ROW_TOKENS * (2 if f.cjk > 0.5 else 1)


_ROW_TOKENS = 12  # a row with a number in it is this short (a headline with a year is longer)


# A day and a time of day: "08-11 16:06", "3月5日 18:20" (no year), "… 2005 at 7:32 pm" (a year
# right before the time, where the date finder misses the month glued to a name).
_DAY_TIME = regex.compile(
    r"(?<!\d)(?:\d{1,2}+[-/.月]\d{1,2}+日?+\s{0,3}+|(?:19|20)\d\d[^\n\d]{0,6}+)"
    r"\d{1,2}+[:：]\d\d(?!\d)"
)
_DATED_TOKENS = 12  # a dated entry's header line (a name and a date) is this short


def _dated(text: str, f: Features) -> bool:
    """A short line with a date in it: the header of a post, a comment or a teaser."""
    if f.digits == 0 or f.tokens > _DATED_TOKENS * (2 if f.cjk > 0.5 else 1):
        return False
    return bool(_DAY_TIME.search(text)) or bool(find_dates(text))


def _sentence_like(lab: str, f: Features) -> bool:
    return lab in ("near", "data") or (lab == "short" and f.end)


# A stamp: a block of digits and punctuation alone (a live blog's "14:02", a step's "3."),
# by its shape, every digit a 0
_STAMP = regex.compile(r"[\d\s:.,/()\-–—]{1,12}+")
_DIGIT = regex.compile(r"\d")
_ENTRY_LINES = 2  # blocks an entry's stamp may stand above its first paragraph


def _stamp(text: str) -> str | None:
    """The shape of a stamp block, or ``None``.

    >>> _stamp("14:02"), _stamp("3."), _stamp("Power cuts")
    ('00:00', '0.', None)
    """
    text = text.strip()
    if not _DIGIT.search(text) or _STAMP.fullmatch(text) is None:
        return None
    return _DIGIT.sub("0", text)


def _entry_start(first: int, last: int, b: Blocks) -> int:
    """Widen the region's start to the stamp of its first entry: when the region is a run
    of entries each under a stamp of one shape (a live blog's times), the first entry's
    stamp and heading, just above the region, are the article's too; so is a summary of
    key points right above that stamp, under its heading (:func:`_summary_start`)."""
    inside = [_stamp(b.texts[k]) for k in range(first, last + 1)]
    for up in range(1, _ENTRY_LINES + 2):
        k = first - up
        if k < 0 or any(b.fences[k + 1 : first + 1]):
            return first
        shape = _stamp(b.texts[k])
        if shape is not None:
            return _summary_start(k, b) if inside.count(shape) >= 2 else first
    return first


_SUMMARY_POINTS = 6  # key points a live page's summary may list
_POINT_TOKENS = 25  # a key point is a short line, not a paragraph


def _summary_start(stamp: int, b: Blocks) -> int:
    """The heading of a live page's summary if one stands right above the first entry's
    ``stamp``, its points between ("Summary" / three short lines / "14:02"), else ``stamp``.
    It reads the same with the page's header above it or without (the body alone)."""
    if not b.summaries:
        return stamp
    for up in range(1, _SUMMARY_POINTS + 2):
        k = stamp - up
        if k < 0 or any(b.fences[k + 1 : stamp + 1]):
            return stamp
        if b.summaries[k]:
            return k if up > 1 else stamp  # a heading with no point under it is not one
        if b.feats[k].tokens > _POINT_TOKENS or b.labels[k] == "repeat":
            return stamp
    return stamp


def extend(region: tuple[int, int], b: Blocks) -> tuple[int, int]:
    """Widen the region over adjacent one-sentence blocks, lists and table cells.

    The region's ends are always positive blocks, so a closing one-line quote or a list right
    after the last paragraph would be cut; headline-like lines and menus are not taken, and
    neither is anything beyond a *fence* (a headline, byline or date line was taken out
    there; the article starts below its header). Above its start, the region takes the
    first entry's stamp when its entries are stamped alike (:func:`_entry_start`).
    """
    first, last = region
    labels, feats, fences = b.labels, b.feats, b.fences
    while first > 0 and not fences[first] and _sentence_like(labels[first - 1], feats[first - 1]):
        first -= 1
    first = _entry_start(first, last, b)
    while (
        last + 1 < len(labels)
        and not fences[last + 1]
        and _sentence_like(labels[last + 1], feats[last + 1])
    ):
        last += 1
    return first, last


_FEED_HEADERS = 2  # another story's header this many times after the article: a feed
_FEED_PROSE = 4  # times ``run_prose``: the article's own prose before a feed
_HEADLINE_BLOCKS = 2  # a teaser's headline (and a line of names) above its credit


def _before_feed(core: Run, b: Blocks, run_prose: float) -> Run:
    """The core run cut before a feed of other stories inside it ("read more" teasers
    after an opinion piece): after the article's prose, a headline over a credit found on
    the page that names someone or gives a day (``credited``) over a one-paragraph teaser,
    or a teaser right under such a credit line that was taken out, at least
    :data:`_FEED_HEADERS` times. The article ends at its last paragraph before the first
    of them.
    """
    if not b.credited:
        return core
    headers: list[int] = []
    prose = 0.0
    for k in range(core.first + 1, core.last + 1):
        if b.labels[k - 1] == "good":
            prose += b.weights[k - 1]  # the prose above block k
        if prose < _FEED_PROSE * run_prose:
            continue
        if b.credited_above[k] and _teaser(b, k, core.last):
            headers.append(k)  # the teaser's credit was taken out above it
            continue
        if not b.credited[k] or b.credited[k - 1]:
            continue
        top = k
        while top - 1 > core.first and k - top < _HEADLINE_BLOCKS and _headline(b, top - 1):
            top -= 1
        below = k + 1
        while below <= core.last and b.credited[below]:
            below += 1
        if top < k and _teaser(b, below, core.last):
            headers.append(top)
    if len(headers) < _FEED_HEADERS:
        return core
    last = headers[0] - 1
    while last > core.first and b.labels[last] != "good":
        last -= 1
    return Run(sum(b.weights[core.first : last + 1]), core.first, last)


def _teaser(b: Blocks, k: int, last: int) -> bool:
    """Block ``k`` is a teaser: one paragraph alone under its credit (the next block, if
    any, is no more prose), as a feed prints it; a live blog's entry goes on."""
    prose = ("good", "near")
    return k <= last and b.labels[k] in prose and (k == last or b.labels[k + 1] not in prose)


def _headline(b: Blocks, k: int) -> bool:
    """A block that reads as a teaser's headline or its names: no running text, no
    sentence's end."""
    return b.labels[k] in ("short", "bad", "near") and not b.feats[k].end and not b.credited[k]
