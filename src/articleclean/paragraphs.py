"""From kept lines to paragraphs: the one place where lines are joined.

Blank lines separate paragraphs. Inside a run of non-blank lines each line is a paragraph of
its own, except where two lines are evidently one piece of text:

* **hard wrapping** — the run has at least three lines within one character of its longest
  line, making up at least half of its lines (text wrapped at a fixed width); a line that
  reaches the wrap width continues on the next one;
* **split inline links** — scrapers that put a newline around every link leave fragments:
  the next line starts in lower case, with closing punctuation (``, . ; : ) ”``), or with a
  digit after a lower-case word, while the line before it does not end a sentence.

Joined CJK text gets no space at the seam; other text gets one space (none before closing
punctuation). The function is pure and depends only on the kept lines, so replaying the
removals of an article gives exactly its body.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from .text import CJK

__all__ = ["assemble", "join_reason"]

_SENTENCE_END = frozenset(".!?。！？…:：;；\"'”’」』)）]】》")
_CLOSING = frozenset(",.;:!?%)]}”’»，。、；：！？）」』】》")
_OPENING_END = frozenset("([{“‘«（「『【《/-–—")
_CJK_EDGE_RE = regex.compile(rf"[{CJK}\u3000-\u303f\uff00-\uff65]")
_CJK_SOFT_END = frozenset("，、：；（“‘《「『—")


class _CJKEdge(dict):
    """char -> is it CJK (or CJK punctuation/full-width)? Filled on first sight of a char."""

    def __missing__(self, ch: str) -> bool:
        if len(self) > 65536:
            self.clear()
        found = self[ch] = _CJK_EDGE_RE.match(ch) is not None
        return found


_IS_CJK_EDGE = _CJKEdge()


def _width(line: str) -> int:
    return len(line)


def _wrap_width(run: Sequence[str]) -> int | None:
    """The fixed width a run of lines was wrapped at, if it was."""
    if len(run) < 3:
        return None
    widths = list(map(_width, run))
    widest = max(widths)
    if widest < 20:
        return None
    full = sum(1 for w in widths if w >= widest - 1)
    if full >= 3 and full * 2 >= len(run):
        return widest
    return None


def join_reason(prev: str, nxt: str, wrap_width: int | None = None) -> str | None:
    """Why ``nxt`` continues ``prev`` (``"wrap"``, ``"fragment"``), or ``None``.

    >>> join_reason("Trump", "tweeted before Election Day.")
    'fragment'
    >>> join_reason("he said", ".")
    'fragment'
    >>> join_reason("The end.", "the next sentence") is None
    True
    >>> join_reason("Home", "World") is None
    True
    """
    if not prev or not nxt:
        return None
    last, first = prev[-1], nxt[0]
    if wrap_width is not None and _width(prev) >= wrap_width - 1:
        return "wrap"
    if _IS_CJK_EDGE[last] or _IS_CJK_EDGE[first]:
        # Chinese/Japanese: only seams that are plainly mid-sentence.
        if last in _CJK_SOFT_END or (first in _CLOSING and last not in _SENTENCE_END):
            return "fragment"
        return None
    if last in _SENTENCE_END:
        return None
    if first.islower() or first in _CLOSING:
        return "fragment"
    if last == "," or last in _OPENING_END:
        return "fragment"
    if first.isdigit() and prev[-1].islower():
        return "fragment"
    return None


def _glue(prev: str, nxt: str) -> str:
    if _IS_CJK_EDGE[prev[-1]] or _IS_CJK_EDGE[nxt[0]]:
        return prev + nxt
    if nxt[0] in _CLOSING or prev[-1] in "([{“‘«/":
        return prev + nxt
    return prev + " " + nxt


def assemble(lines: Sequence[str]) -> list[str]:
    """Group kept lines (``""`` = blank) into paragraphs.

    >>> assemble(["Title", "", "He", "said", ".", "", "Next paragraph."])
    ['Title', 'He said.', 'Next paragraph.']
    """
    paragraphs: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        width = _wrap_width(run)
        current = run[0]
        for prev, nxt in pairwise(run):
            if join_reason(prev, nxt, width):
                current = _glue(current, nxt)
            else:
                paragraphs.append(current)
                current = nxt
        paragraphs.append(current)
        run.clear()

    for line in lines:
        if line:
            run.append(line)
        else:
            flush()
    flush()
    return paragraphs
