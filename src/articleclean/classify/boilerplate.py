"""The ``boilerplate`` stage: keep the article, drop the page around it, from text alone.

1. Lines are grouped into blocks: the body's paragraphs (split inline links and hard wraps
   joined, so a sentence a removed widget broke in two is one block).
2. Each block gets features (:mod:`.features`) and a label, the way jusText labels paragraphs:
   ``good`` (running text: long enough, stopwords, sentence punctuation), ``near`` (prose,
   but short), ``short`` (a headline-like line: no sentence end), ``data`` (list items,
   table cells, numbers), ``repeat`` (printed several times) or ``bad`` (almost no words,
   no stopwords).
3. Each label gives the block a weight (good text counts for, the rest against) and the body
   region is decided from the weights (:mod:`.region`): the *core* is the densest stretch of
   prose, as in body-text extraction (menus, footers, "most read" lists and comment threads
   fall outside it, because the lists of short lines between them and the article outweigh
   the odd prose-like teaser they contain); when the page's prose lies in several runs, the
   core is joined with its neighbours across gaps of lists and tables (the guard for the
   lost article); the region is widened over adjacent one-sentence blocks, list items and
   table cells. Inside it every block is kept (subheadings and one-line paragraphs between
   paragraphs are content); outside it, everything goes.

Each removal carries the block's label, features, the region and, when runs were joined,
the guard's reason (``why["guard"]``), so ``explain`` can say why a line was judged
boilerplate. The stage never empties a page: when no block is ``good`` it removes nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from ..analysis import Role
from ..extract.language import detect_lines
from ..model import Doc
from ..paragraphs import join, paragraph_groups
from ..rules import RuleBook
from ..text import key
from .features import Features, features, stopwords_for
from .region import Blocks, best_region, choose

__all__ = ["Thresholds", "best_region", "boilerplate", "label"]


@dataclass(frozen=True)
class Thresholds:
    """The knobs of the classifier (all are options of the ``boilerplate`` step)."""

    good_tokens: int = 10  # a good block has at least this many tokens (CJK: x2)
    good_stop: float = 0.18  # ... and at least this share of stopwords
    near_tokens: int = 5
    short_tokens: int = 12  # headline-like lines are at most this long
    bad_penalty: float = 1.0  # weight per token of bad blocks (negative)
    short_penalty: float = 0.6  # weight per token of short blocks (negative)
    near_weight: float = 0.5  # weight per token of near-good blocks (positive)
    teaser_tokens: float = 20.0  # good blocks of about this length count half
    repeat_tokens: int = 25  # a block repeated on the page is boilerplate unless this long
    first_share: float = 0.3  # the earliest run with this share of the best run's score wins
    max_gap: float = 60.0  # a stretch of boilerplate weighing this much separates two runs
    list_share: float = 0.6  # a gap this much made of list rows lies inside the article
    run_prose: float = 10.0  # a run with this much prose weight may be a piece of the article
    gap_ratio: float = 2.0  # ... joined across a gap weighing at most this times their prose


def label(f: Features, t: Thresholds = Thresholds()) -> str:
    """``good``, ``near``, ``short``, ``data`` or ``bad``.

    A line of headline length that ends no sentence is ``short`` however many words it has
    (``Queen and Prince Philip spend 72nd wedding anniversary apart after health concerns``):
    lists of teaser headlines after an article are made of them, and an article's own
    sub-heads are short anyway. A CJK line with a comma inside is prose in progress (a
    hard-wrapped paragraph), not a headline.

    >>> from .features import Features
    >>> label(Features(25, 0.0, 0.4, True, 2, 0.1, 0.0))
    'good'
    >>> label(Features(3, 0.0, 0.0, False, 0, 1.0, 0.0))
    'bad'
    >>> label(Features(7, 0.0, 0.2, False, 0, 0.9, 0.0))
    'short'
    >>> label(Features(14, 0, 0.1, False, 0, 0.6, 0)), label(Features(14, 0, 0.1, True, 0, 0, 0))
    ('short', 'near')
    """
    cjk = f.cjk > 0.5
    scale = 2 if cjk else 1
    sentence = f.end or f.punct >= (3 if cjk else 2)
    long = f.tokens >= 2 * t.good_tokens * scale
    if f.tokens >= t.good_tokens * scale and f.stop >= t.good_stop and (sentence or long):
        return "good"
    if f.digits >= 0.5 or f.item:
        return "data"
    if (f.tokens <= 2 and not f.end) or (f.stop == 0 and not sentence and not long):
        return "bad"
    if (f.tokens > t.short_tokens * scale and (sentence or long or (cjk and f.punct > 0))) or (
        f.tokens >= t.near_tokens * scale and f.stop > 0 and sentence
    ):
        return "near"
    return "short"


def _weight(lab: str, f: Features, t: Thresholds) -> float:
    n = f.tokens / (2 if f.cjk > 0.5 else 1)
    if lab == "good":
        # long paragraphs count for more than one-sentence teasers of the same total length
        return n * n / (n + t.teaser_tokens)
    if lab == "near":
        return t.near_weight * n
    if lab == "data":
        return 0.0
    if lab == "repeat":
        return -(t.bad_penalty * n + 2)
    if lab == "short":
        return -(t.short_penalty * n + 1)
    return -(t.bad_penalty * n + 2)


# What marks the edge of an article: its headline and credit lines, taken out whole.
_HEADER = (Role.HEADLINE, Role.CREDIT)


def _fences(doc: Doc, blocks: list[list[int]], roles: tuple[Role, ...] = _HEADER) -> list[bool]:
    """``fences[k]``: a line of ``roles`` was taken out between block ``k - 1`` and block
    ``k`` (the page's analysis: by default the headline, and the credit lines of the credit
    plan and the credit steps)."""
    analysis = doc.analysis
    if analysis is None:
        return [False] * len(blocks)
    lines = set(analysis.lines_of(roles, whole=True))
    if analysis.credits is not None and Role.CREDIT in roles:
        lines.update(analysis.credits.lines(whole=True))
    return _between(doc, blocks, lines)


def _between(doc: Doc, blocks: list[list[int]], lines: Collection[int]) -> list[bool]:
    """``out[k]``: one of the input ``lines`` (line numbers) was taken out between block
    ``k - 1`` and block ``k``."""
    header = sorted(lines)
    out = [False] * len(blocks)
    if not header:
        return out
    for k in range(1, len(blocks)):
        before = doc.lines[blocks[k - 1][-1]].no
        after = doc.lines[blocks[k][0]].no
        out[k] = bisect_right(header, before) < bisect_right(header, after - 1)
    return out


def _page(doc: Doc, t: Thresholds, rules: RuleBook) -> tuple[list[list[int]], Blocks] | None:
    """The page's blocks (line indices) and what the region is decided from, or ``None``
    when no block is running text."""
    texts = [line.text for line in doc.lines]
    blocks = paragraph_groups(texts)
    if not blocks:
        return None
    lang = detect_lines(texts)
    stop, cjk_stop = stopwords_for(lang), stopwords_for("zh" if lang != "ja" else "ja")
    joined = [texts[b[0]] if len(b) == 1 else join([texts[i] for i in b]) for b in blocks]
    feats = [features(text, stop, cjk_stop) for text in joined]
    labels = [label(f, t) for f in feats]
    # only blocks shorter than this can be repeats (below); equal keys have equal lengths
    short = 2 * t.repeat_tokens
    keys = [key(text) if f.tokens < short else None for text, f in zip(joined, feats, strict=True)]
    seen = Counter(keys)
    for k, (f, lab) in enumerate(zip(feats, labels, strict=True)):
        # a line printed several times on a page (teasers, "re: <title>", menus) is template
        if seen[keys[k]] > 1 and keys[k] and f.tokens < t.repeat_tokens * (2 if f.cjk > 0.5 else 1):
            labels[k] = "repeat" if lab != "data" else lab
    if "good" not in labels:
        return None
    weights = [_weight(lab, f, t) for lab, f in zip(labels, feats, strict=True)]
    heading = rules.lexicon("live_summary")
    summaries = [
        f.tokens <= 6 and heading.lookup(text) is not None
        for text, f in zip(joined, feats, strict=True)
    ]
    plan = doc.analysis.credits if doc.analysis is not None else None
    named = plan.credited if plan is not None else frozenset()
    credited = [any(doc.lines[i].no in named for i in block) for block in blocks] if named else []
    return blocks, Blocks(
        joined,
        labels,
        feats,
        weights,
        _fences(doc, blocks),
        _fences(doc, blocks, (Role.CREDIT,)),
        [k if k is not None and seen[k] > 1 else None for k in keys],
        summaries,
        credited,
        _between(doc, blocks, named) if named else [],
        _fences(doc, blocks, (Role.HEADLINE,)),
        _fences(doc, blocks, (Role.FOOTER,)),
    )


def boilerplate(
    doc: Doc,
    rules: RuleBook,
    *,
    good_tokens: int = Thresholds.good_tokens,
    good_stop: float = Thresholds.good_stop,
    near_tokens: int = Thresholds.near_tokens,
    short_tokens: int = Thresholds.short_tokens,
    bad_penalty: float = Thresholds.bad_penalty,
    short_penalty: float = Thresholds.short_penalty,
    near_weight: float = Thresholds.near_weight,
    teaser_tokens: float = Thresholds.teaser_tokens,
    repeat_tokens: int = Thresholds.repeat_tokens,
    first_share: float = Thresholds.first_share,
    max_gap: float = Thresholds.max_gap,
    list_share: float = Thresholds.list_share,
    run_prose: float = Thresholds.run_prose,
    gap_ratio: float = Thresholds.gap_ratio,
) -> Doc:
    """Whole-page boilerplate (menus, footers, most-read lists, comments) outside the body."""
    t = Thresholds(
        good_tokens,
        good_stop,
        near_tokens,
        short_tokens,
        bad_penalty,
        short_penalty,
        near_weight,
        teaser_tokens,
        repeat_tokens,
        first_share,
        max_gap,
        list_share,
        run_prose,
        gap_ratio,
    )
    page = _page(doc, t, rules)
    if page is None:
        return doc
    blocks, b = page
    region = choose(
        b,
        first_share=t.first_share,
        max_gap=t.max_gap,
        list_share=t.list_share,
        run_prose=t.run_prose,
        gap_ratio=t.gap_ratio,
    )
    if region is None:
        return doc
    first, last = region.first, region.last
    decided = region.why()
    decisions: dict[int, str] = {}
    why: dict[int, dict] = {}
    for k, (block, lab, f) in enumerate(zip(blocks, b.labels, b.feats, strict=True)):
        if first <= k <= last:
            continue
        reason = "outside_body"
        for i in block:
            decisions[i] = reason
            why[i] = {"label": lab, **f.as_dict(), **decided}
    return doc.drop(decisions, why=why)
