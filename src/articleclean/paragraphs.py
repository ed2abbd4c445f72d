"""From kept lines to paragraphs: the one place where lines are joined.

Blank lines separate paragraphs. Inside a run of non-blank lines each line is a paragraph of
its own, except where two lines are evidently one piece of text:

* **hard wrapping** — the run has at least three lines within one character of its longest
  line, making up at least half of its lines (text wrapped at a fixed width); a line that
  reaches the wrap width continues on the next one;
* **split inline links** — scrapers that put a newline around every link leave fragments:
  the line before does not end a sentence, and the next line starts in lower case, with
  closing punctuation (``, . ; : ) ”``), or with a digit after a lower-case word; or the line
  before ends in a word no sentence ends with (``of``, ``the``, ``and``; the word lists are
  ``data/<lang>/joiners.txt``).

Joined CJK text gets no space at the seam; other text gets one space (none before closing
punctuation). The function is pure and depends only on the kept lines, so replaying the
removals of an article gives exactly its body.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import regex

from .text import CJK

__all__ = ["assemble", "group", "join", "join_reason"]

_SENTENCE_END = frozenset(".!?。！？…:：;；\"'”’」』)）]】》")
_CLOSING = frozenset(",.;:!?%)]}”’»，。、；：！？）」』】》")
_OPENING_END = frozenset("([{“‘«（「『【《/-–—")
_CJK_EDGE_RE = regex.compile(rf"[{CJK}\u3000-\u303f\uff00-\uff65]")
_CJK_SOFT_END = frozenset("，、：；（“‘《「『—")
_LAST_WORD = regex.compile(r"(?r)\w++")
_PARTICLES = frozenset("in on up out off over back down by about".split())
_PHRASE_WORDS = 4
_LAST_SENTENCE = regex.compile(r"(?r)(?<=[.!?。！？]\s*+|^)[^.!?。！？]++$")


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
    if last.isalpha() and _ends_mid_sentence(prev):
        return "fragment"
    return None


def _ends_mid_sentence(prev: str) -> bool:
    """``prev`` ends in a word no sentence ends with ("of", "the", "and"). A short line ending
    in a particle ("Log in", "Sign up") is a phrase of its own, not a broken sentence."""
    word = _last_word(prev)
    if word not in _joiners():
        return False
    tail = _LAST_SENTENCE.search(prev)
    words = (tail.group() if tail else prev).split()
    if len(words) < 2 or not any(len(w) >= 3 for w in words):
        return False  # "A A A", "Go to": widget labels, not sentences
    return not (word in _PARTICLES and len(words) <= _PHRASE_WORDS)


def _last_word(text: str) -> str:
    m = _LAST_WORD.search(text)
    return m.group().lower() if m else ""


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    from .rules import DATA_DIR

    words: set[str] = set()
    for path in sorted(DATA_DIR.glob("*/joiners.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            word = raw.strip().lower()
            if word and not word.startswith("#"):
                words.add(word)
    return frozenset(words)


def _glue(prev: str, nxt: str) -> str:
    if _IS_CJK_EDGE[prev[-1]] or _IS_CJK_EDGE[nxt[0]]:
        return prev + nxt
    if nxt[0] in _CLOSING or prev[-1] in "([{“‘«/":
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
