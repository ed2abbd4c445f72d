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

__all__ = ["assemble", "group", "join", "join_reason"]

_SENTENCE_END = frozenset(".!?。！？…:：;；\"'”’」』)）]】》")
_CLOSING_START = regex.compile(r"[,.;:!?%)\]}”’»，。、；：！？）」』】》]")
_OPENING_END = frozenset("([{“‘«（「『【《/-–—")
_CJK_EDGE = regex.compile(rf"[{CJK}\u3000-\u303f\uff00-\uff65]")
_CJK_SOFT_END = frozenset("，、：；（“‘《「『—")


def _width(line: str) -> int:
    return len(line)


def _wrap_width(run: Sequence[str]) -> int | None:
    """The fixed width a run of lines was wrapped at, if it was."""
    if len(run) < 3:
        return None
    widest = max(_width(t) for t in run)
    if widest < 20:
        return None
    full = sum(1 for t in run if _width(t) >= widest - 1)
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
    if _CJK_EDGE.match(last) or _CJK_EDGE.match(first):
        # Chinese/Japanese: only seams that are plainly mid-sentence.
        if last in _CJK_SOFT_END or (_CLOSING_START.match(first) and last not in _SENTENCE_END):
            return "fragment"
        return None
    if last in _SENTENCE_END:
        return None
    if first.islower() or _CLOSING_START.match(first):
        return "fragment"
    if last == "," or last in _OPENING_END:
        return "fragment"
    if first.isdigit() and prev[-1].islower():
        return "fragment"
    return None


def _glue(prev: str, nxt: str) -> str:
    if _CJK_EDGE.match(prev[-1]) or _CJK_EDGE.match(nxt[0]):
        return prev + nxt
    if _CLOSING_START.match(nxt[0]) or prev[-1] in "([{“‘«/":
        return prev + nxt
    return prev + " " + nxt


def group(lines: Sequence[str]) -> list[list[int]]:
    """Indices of the lines that make up each paragraph (blank lines belong to none).

    >>> group(["Title", "", "He", "said", ".", "", "Next paragraph."])
    [[0], [2, 3, 4], [6]]
    """
    groups: list[list[int]] = []
    run: list[int] = []

    def flush() -> None:
        if not run:
            return
        width = _wrap_width([lines[i] for i in run])
        current = [run[0]]
        for prev, nxt in pairwise(run):
            if join_reason(lines[prev], lines[nxt], width):
                current.append(nxt)
            else:
                groups.append(current)
                current = [nxt]
        groups.append(current)
        run.clear()

    for i, line in enumerate(lines):
        if line:
            run.append(i)
        else:
            flush()
    flush()
    return groups


def join(lines: Sequence[str]) -> str:
    """The text of one paragraph made of ``lines`` (the seams glued as :func:`assemble` does).

    >>> join(["He", "said", "."])
    'He said.'
    """
    text = lines[0]
    for nxt in lines[1:]:
        text = _glue(text, nxt)
    return text


def assemble(lines: Sequence[str]) -> list[str]:
    """Group kept lines (``""`` = blank) into paragraphs.

    >>> assemble(["Title", "", "He", "said", ".", "", "Next paragraph."])
    ['Title', 'He said.', 'Next paragraph.']
    """
    return [join([lines[i] for i in g]) for g in group(lines)]
