"""Settling: the body a pipeline returns is one that pipeline leaves as it is.

Steps decide from context — a line's neighbours, what earlier steps removed, how lines join
into paragraphs — and the body has a different shape from the lines the steps saw: joined
lines are one line, every paragraph is set off by a blank line, and junk removed by a later
step no longer sits beside the line an earlier step kept because of it. So cleaning a body
again could remove more. To make ``clean(clean(x).body).body == clean(x).body`` hold, the
pipeline reads its own body once more, exactly as ``clean`` would read it; whatever that pass
removes is mapped back onto the input lines it came from (a whole paragraph to each of its
lines, a span to the part of each line it covers) and the body is rebuilt, until a pass
removes nothing. Removals keep naming the step and the rule that made them, and
:func:`~articleclean.model.replay` still rebuilds the body from the input and ``removed``.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from .model import Doc, Removal
from .paragraphs import _separator, paragraph_groups

__all__ = ["MAX_PASSES", "body_of", "map_back", "merge_meta"]

MAX_PASSES = 4  # passes over the body after the first run; real pages settle in one


def body_of(doc: Doc) -> tuple[str, list[list[int]]]:
    """The body of ``doc`` and the line indices of each of its paragraphs."""
    texts = [line.text for line in doc.lines]
    groups = paragraph_groups(texts)
    return "\n\n".join(_join(texts, g)[0] for g in groups), groups


def _join(texts: list[str], indices: list[int]) -> tuple[str, list[int]]:
    """The paragraph made of ``texts[i]`` for ``i`` in ``indices``, and where each line starts."""
    parts = [texts[indices[0]]]
    starts = [0]
    length = len(parts[0])
    for a, b in pairwise(indices):
        seam = _separator(texts[a], texts[b])
        starts.append(length + len(seam))
        length += len(seam) + len(texts[b])
        parts += (seam, texts[b])
    return "".join(parts), starts


def _owners(text: str, removals: list[Removal]) -> list[Removal | None] | None:
    """Which removal took each character of a paragraph (``None``: kept), replaying the cuts
    as :meth:`Doc.cut` made them; ``None`` if the removals do not fit the text."""
    owner: list[Removal | None] = [None] * len(text)
    alive = list(range(len(text)))
    for r in removals:
        if r.span is None:
            for o in alive:
                owner[o] = r
            return owner
        start, end = r.span
        current = "".join(text[o] for o in alive)
        if current[start:end] != r.text:
            return None
        for o in alive[start:end]:
            owner[o] = r
        alive = alive[:start] + alive[end:]
        lo, hi = 0, len(alive)
        while lo < hi and text[alive[lo]].isspace():
            lo += 1
        while hi > lo and text[alive[hi - 1]].isspace():
            hi -= 1
        for o in alive[:lo] + alive[hi:]:
            owner[o] = r
        alive = alive[lo:hi]
    return owner


def _runs(owner: list[Removal | None], a: int, b: int) -> list[tuple[int, int, Removal]]:
    """Maximal runs of characters in ``[a, b)`` taken by one removal (relative to ``a``), with
    that removal: a dateline cut and the headline drop of the rest are two runs, each under
    its own step.

    >>> cut, drop = (Removal(1, "", s, None) for s in ("dateline", "title"))
    >>> [(i, j, r.cleaner) for i, j, r in _runs([cut, cut, drop, None, drop], 0, 5)]
    [(0, 2, 'dateline'), (2, 3, 'title'), (4, 5, 'title')]
    """
    runs = []
    i = a
    while i < b:
        r = owner[i]
        if r is None:
            i += 1
            continue
        j = i + 1
        while j < b and owner[j] is r:
            j += 1
        runs.append((i - a, j - a, r))
        i = j
    return runs


def map_back(doc: Doc, groups: list[list[int]], check: Doc) -> Doc:
    """Apply to ``doc`` what ``check`` (a pass over the body of ``doc``) removed.

    Paragraph ``k`` of the body is line ``2k + 1`` of ``check``'s input; its removals become
    removals of the input lines that paragraph was made of, under the same step and rule.
    """
    by_paragraph: dict[int, list[Removal]] = {}
    for r in check.removed:
        by_paragraph.setdefault((r.line - 1) // 2, []).append(r)
    texts = [line.text for line in doc.lines]
    edit = doc.edit()  # many removals in a long body: in place, not a copy of the page each
    for k in sorted(by_paragraph, reverse=True):  # backwards: vanishing lines keep indices
        if k >= len(groups):
            continue
        indices = groups[k]
        text, starts = _join(texts, indices)
        owner = _owners(text, by_paragraph[k])
        if owner is None:
            continue
        for index, start in reversed(list(zip(indices, starts, strict=True))):
            end = start + len(texts[index])
            r = owner[start]
            if r is not None and all(owner[o] is r for o in range(start + 1, end)):
                edit.redo(index, r)  # the whole line, by one removal
            else:
                for a, b, r in reversed(_runs(owner, start, end)):
                    edit.redo(index, r, (a, b))
    return edit.done()


def merge_meta(doc: Doc, check: Doc) -> Doc:
    """Fields a later pass found that the first did not; its new warnings."""
    fields = {k: v for k, v in check.meta.items() if v and not doc.meta.get(k)}
    warnings = tuple(w for w in check.warnings if w not in doc.warnings)
    if fields:
        why = {k: {**check.provenance.get(k, {}), "settled": True} for k in fields}
        doc = replace(doc, meta={**doc.meta, **fields}, provenance={**doc.provenance, **why})
    return replace(doc, warnings=doc.warnings + warnings) if warnings else doc
