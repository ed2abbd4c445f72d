"""From kept lines to paragraphs: the one place where lines are joined.

Blank lines separate paragraphs, and each other line is a paragraph of its own, except where
two lines are evidently one piece of text:

* **hard wrapping** — the text was wrapped at a fixed width: at least five lines, and at
  least half of the lines of 20 or more columns, end within a word's length of the widest
  line (at most 200 columns; CJK characters count two). A line continues on the next when
  the next line's first word would not have fitted after it (CJK: when it reaches the
  width);
* **split inline links** — scrapers that put a newline around every link leave fragments:
  the line before does not end a sentence, and the next line starts in lower case, with
  closing punctuation (``, . ; : ) ”``), or with a digit after a lower-case word; or the line
  before ends in a word no sentence ends with (``of``, ``the``, ``and``, ``从``; the word
  lists are ``data/<lang>/joiners.txt``), or, in CJK text, in a comma or an opening quote.
  A short line caught between two such seams (the link text itself: ``记者5日从`` /
  ``杭州`` / ``市有关部门获悉``) continues on both sides;
* a single **blank line** does not part two lines that one of those link rules joins (some
  scrapers put blank lines around every link); it does part wrapped lines;
* a **menu** is never joined: lines in a run of six or more short items (three words and 24
  characters at most, no colon at the end), such as a site index in lower case ("today's
  paper" / "corrections" / "opinion"), stay one paragraph each.

Joined CJK text gets no space at the seam; other text gets one space (none before closing
punctuation). The functions are pure and depend only on the kept lines, so replaying the
removals of an article gives exactly its body.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import regex

from ._memo import capacity, run_table
from .prose import SENTENCE_END, ends_sentence
from .text import CJK

__all__ = ["assemble", "group", "join", "join_reason", "paragraph_groups", "wrap_width"]

# a line ending a sentence or a clause, or closing a quote or bracket: never broken off
_CLAUSE_END = SENTENCE_END | frozenset(":：;；\"'”’」』)）]】》")
_FULL_STOP = SENTENCE_END
_CLOSING = frozenset(",.;:!?%)]}”’»，。、；：！？）」』】》")
_OPENING_END = frozenset("([{“‘«（「『【《/-–—")
_CJK_EDGE_RE = regex.compile(rf"[{CJK}\u3000-\u303f\uff00-\uff65]")
_CJK_SOFT_END = frozenset("，、：；（“‘《「『—")
# A list row: a name, a space, a quantity ("玉ねぎ 1個", "牛肉末 300克").
_ROW = regex.compile(r"\s[^\s\d]*+\d\S*+$")
_LAST_WORD = regex.compile(r"(?r)\w++")
_FIRST_WORD = regex.compile(r"\S++")
_PHRASE_WORDS = 4
_LAST_SENTENCE = regex.compile(r"(?r)(?<=[.!?。！？:：]\s*+|^)[^.!?。！？:：]++$")
_WIDE = frozenset("WF")

_MAX_WRAP = 200  # hard-wrap widths are narrow; a wider "width" is just a long paragraph
_MAX_CJK_WRAP = 120  # ... and CJK text narrower (BBS posts: 72-80 columns)
_MIN_WRAP = 40  # ... and not so narrow that a menu's items would look wrapped
_WRAP_LINES = 5
_SHORT_LINK_WORDS = 4  # a link's text between two seams is at most this many words ...
_SHORT_LINK_CJK = 8  # ... or CJK characters
_CJK_PROSE = 8  # a CJK line this long with punctuation inside is prose, not a menu item
_CJK_PUNCT = regex.compile(r"[，。；、：]")
_SENTENCE_WORDS = 6
_RUNON_WORDS = 20  # a line this long that ends without a full stop is a sentence in progress


class _CJKEdge(dict):
    """char -> is it CJK (or CJK punctuation/full-width)? Filled on first sight of a char."""

    def __missing__(self, ch: str) -> bool:
        if len(self) > 65536:
            self.clear()
        found = self[ch] = _CJK_EDGE_RE.match(ch) is not None
        return found


_IS_CJK_EDGE = _CJKEdge()


class _Columns(dict):
    """char -> display columns (2 for wide characters). Filled on first sight of a char."""

    def __missing__(self, ch: str) -> int:
        if len(self) > 65536:
            self.clear()
        found = self[ch] = 2 if unicodedata.east_asian_width(ch) in _WIDE else 1
        return found


_COLUMNS = _Columns()


def _width(line: str) -> int:
    """Display columns: CJK and other wide characters count two."""
    if line.isascii():
        return len(line)
    widths = run_table("widths")
    if widths is None or len(line) > _MEMO_CHARS:
        return sum(map(_COLUMNS.__getitem__, line))
    found = widths.get(line)
    if found is None:
        if len(widths) >= capacity(_MEMO):
            widths.clear()
        found = widths[line] = sum(map(_COLUMNS.__getitem__, line))
    return found


# The run's memos below hold at most this many entries (then start again), of lines up to
# _MEMO_CHARS long for the seams: memory stays bounded whatever the input.
_MEMO = 16384
_MEMO_CHARS = 512


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the text was hard-wrapped at, or ``None`` if it was not.

    >>> import textwrap
    >>> text = textwrap.wrap("The city council voted on Tuesday to expand the bus network, "
    ...     "officials said on Wednesday, in a decision that many residents had been expecting "
    ...     "for months after a long and often heated debate in the chamber. " * 2, 48)
    >>> wrap_width(text)
    47
    >>> wrap_width(["A short line.", "A much longer line that is a paragraph of its own here."])
    """
    every = [len(t) if t.isascii() else _width(t) for t in lines if t]
    widths = sorted(w for w in every if 20 <= w <= _MAX_WRAP)
    if len(widths) < _WRAP_LINES:
        return None
    if 2 * sum(1 for t in lines if t and not t.isascii() and _width(t) > len(t)) > len(every):
        # CJK text is wrapped narrower still: lines of 60-95 characters, one paragraph each,
        # are paragraphs, however many of them end near the longest
        widths = [w for w in widths if w <= _MAX_CJK_WRAP]
    # The widest L such that enough lines end within a word's length (12 columns) of L.
    for candidate in sorted(set(widths), reverse=True):
        near = bisect_right(widths, candidate) - bisect_left(widths, candidate - 12)
        eligible = bisect_right(widths, candidate)
        if candidate < _MIN_WRAP:
            break
        if near >= _WRAP_LINES and near * 2 >= eligible and near * 3 >= len(every):
            return candidate
        if eligible < _WRAP_LINES * 2:
            break
    return None


def _wrapped(prev: str, nxt: str, width: int) -> bool:
    if _IS_CJK_EDGE[prev[-1]] or _IS_CJK_EDGE[nxt[0]]:
        return _width(prev) >= width - 6  # a wide character or a digit run may not fit
    first = _FIRST_WORD.match(nxt)
    return _width(prev) + 1 + _width(first.group() if first else nxt) > width


def join_reason(prev: str, nxt: str, width: int | None = None) -> str | None:
    """Why ``nxt`` continues ``prev`` (``"wrap"``, ``"fragment"``, ``"number"``), or ``None``.

    >>> join_reason("Trump", "tweeted before Election Day.")
    'fragment'
    >>> join_reason("he said", ".")
    'fragment'
    >>> join_reason("according to reports from", "The Wrap")
    'fragment'
    >>> join_reason("The end.", "the next sentence") is None
    True
    >>> join_reason("Home", "World") is None
    True
    """
    if not prev or not nxt:
        return None
    last, first = prev[-1], nxt[0]
    if width is not None and _wrapped(prev, nxt, width):
        return "wrap"
    if _IS_CJK_EDGE[last] or _IS_CJK_EDGE[first]:
        # Chinese/Japanese: only seams that are plainly mid-sentence.
        if last in _CJK_SOFT_END or ((first in _CLOSING) and last not in _CLAUSE_END):
            return "fragment"
        if prev in _joiners():
            return "fragment"  # a line that is only "据" or "从"
        if first in _cjk_noninitial() and last not in _CLAUSE_END and not _ROW.search(prev):
            # 是推广绿色包装 / 的理想场景: 的 never starts a sentence (but "にんじん 1/2本"
            # after "玉ねぎ 1個" is the next row of a list: a name and its quantity)
            return "fragment"
        if len(prev) >= _CJK_PROSE and _CJK_PUNCT.search(prev) and last not in _CLAUSE_END:
            # prose that stops mid-sentence (never a menu word): 记者5日从 / 杭州, and
            # 换了两桶 / 洗衣液。 where a short line finishes the sentence
            if last in _joiners() or (len(nxt) <= _SHORT_LINK_CJK and nxt[-1] in _FULL_STOP):
                return "fragment"
        return None
    if last in _CLAUSE_END:
        return None
    if first.islower() or (first in _CLOSING):
        return "fragment"
    if last == "," or last in _OPENING_END:
        return "fragment"
    if first.isdigit() and prev[-1].islower() and _runs_on(prev):
        return "number"  # "won by" / "30 points": likely, but not across a blank line
    if last.isalpha() and _ends_mid_sentence(prev):
        return "fragment"
    return None


def _runs_on(prev: str) -> bool:
    """``prev`` reads as a sentence in progress, not as an item of a list: it has a
    sentence's words and does not itself start with a number ("2 tablespoons olive oil" /
    "2 medium leeks" are two ingredients, not one sentence broken before a number)."""
    return not prev[0].isdigit() and len(prev.split()) >= _SENTENCE_WORDS


def _ends_mid_sentence(prev: str) -> bool:
    """``prev`` ends in a word no sentence ends with ("of", "the", "and"). A short line ending
    in a particle ("Log in", "Sign up") is a phrase of its own, not a broken sentence, and
    letters alone ("A A A") are a widget."""
    word = _last_word(prev)
    if word not in _joiners():
        return False
    tail = _LAST_SENTENCE.search(prev)
    words = (tail.group() if tail else prev).split()
    if not any(len(w) >= 3 for w in words) and (
        [w.lower() for w in words] != [word] or len(word) < 2
    ):
        return False  # "A A A", "A": font-size letters, not a broken sentence
    if len(words) >= 2 and len(words[-1]) == 1 and len(words[-2]) == 1:
        return False  # "Schriftgröße A A A", "Yazı boyutu A A": a toggle after its label
    return not (word in _particles() and 1 < len(words) <= _PHRASE_WORDS)


def _last_word(text: str) -> str:
    m = _LAST_WORD.search(text)
    return m.group().lower() if m else ""


def _role_words(role: str) -> tuple[str, ...]:
    from .rules import load_words

    return load_words("paragraph_words.txt").get(role, ())


@lru_cache(maxsize=1)
def _cjk_noninitial() -> frozenset[str]:
    """Characters no Chinese or Japanese sentence starts with (structural particles:
    ``non_initial`` in ``paragraph_words.txt``)."""
    return frozenset(_role_words("non_initial"))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """Words that end a phrase of their own ("Log in", "Sign up"; ``particle``)."""
    return frozenset(w.lower() for w in _role_words("particle"))


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


def _short_link(text: str) -> bool:
    """A line short enough to be the text of one link, not ending a sentence."""
    if text[-1] in _FULL_STOP:
        return False
    if _IS_CJK_EDGE[text[0]]:
        return len(text) <= _SHORT_LINK_CJK
    return len(text.split()) <= _SHORT_LINK_WORDS


def group(lines: Sequence[str]) -> list[list[int]]:
    """Indices of the lines that make up each paragraph (blank lines belong to none).

    Several steps group the same lines (every step that removes nothing passes them on
    unchanged), so the last few groupings are remembered.

    >>> group(["Title", "", "He", "said", ".", "", "Next paragraph."])
    [[0], [2, 3, 4], [6]]
    >>> group(["居民用积分兑换生活用品。记者5日从", "", "杭州", "", "市有关部门获悉，试点已开始。"])
    [[0, 2, 4]]
    """
    return list(map(list, _group(tuple(lines))))


def _group(lines: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    recent = run_table("groups")  # the last few pages grouped in this run
    if recent is None:
        return _grouped(lines)
    found = recent.get(lines)
    if found is None:
        if len(recent) >= 4:
            del recent[next(iter(recent))]
        found = recent[lines] = _grouped(lines)
    return found  # type: ignore[no-any-return]


def _grouped(lines: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    width = wrap_width(lines)
    items = [i for i, t in enumerate(lines) if t]
    if not items:
        return ()
    # seam[k]: why items[k] continues items[k-1]; blank[k]: a blank line lies between them
    seam: list[str | None] = [None]
    seams = run_table("seams")
    if seams is None:
        seams = {}
    seam += [seams.get((lines[a], lines[b], width), _UNSEEN) for a, b in pairwise(items)]
    if _UNSEEN in seam:  # seams not seen before (the memo keeps only short lines' seams)
        for k in range(1, len(seam)):
            if seam[k] is _UNSEEN:
                seam[k] = _seam(lines[items[k - 1]], lines[items[k]], width, seams)
    blank = [False]
    blank += [b - a > 1 for a, b in pairwise(items)]
    n = len(items)
    # A short line between two seams is a link's text: it continues on both sides.
    if "fragment" in seam:  # (most pages have no fragment: neither rule below can apply)
        _link_seams(lines, items, seam, blank)
    groups: list[list[int]] = [[items[0]]]
    words = None  # words of groups[-1], counted once a run-on test needs them
    for k in range(1, n):
        at = items[k]
        why = seam[k]
        if blank[k]:
            # one blank line parts wrapped lines, but not a sentence broken around a link
            joined = why == "fragment" and at - items[k - 1] == 2
        elif why is not None:
            joined = True
        else:
            # twenty words and no full stop: a sentence cut before a link ("... par l'asbl"
            # / "Pool is Cool, qui milite ...")
            last = lines[items[k - 1]][-1]
            joined = last.islower() and not _IS_CJK_EDGE[last]
            if joined:
                if words is None:
                    words = sum(_words(lines[i]) for i in groups[-1])
                joined = words >= _RUNON_WORDS
        if joined:
            groups[-1].append(at)
            if words is not None:
                words += _words(lines[at])
        else:
            groups.append([at])
            words = None
    menu = _menu_lines(lines, [g for g in groups if len(g) > 1 and _short_item(lines[g[0]])])
    out: list[tuple[int, ...]] = []
    for g in groups:
        if len(g) == 1:
            out.append((g[0],))
        elif menu and all(i in menu for i in g):
            out.extend((i,) for i in g)  # a menu's items, each its own paragraph
        else:
            out.extend(tuple(part) for part in _stable_parts(g, lines))
    return tuple(out)


_MENU_LINES, _MENU_WORDS, _MENU_CHARS = 6, 3, 24


def _short_item(text: str) -> bool:
    """At most three words and 24 characters, not opening with closing punctuation and not
    ending in a colon (a label, "当前位置：", introduces the line after it)."""
    return (
        len(text) <= _MENU_CHARS
        and text[0] not in _CLOSING
        and text[-1] not in ":："
        and _words(text) <= _MENU_WORDS
    )


def _menu_lines(lines: tuple[str, ...], joined: list[list[int]]) -> set[int]:
    """The lines of the groups in ``joined`` that lie in a run of six or more short items
    (:func:`_short_item`; blank lines aside): a menu's items ("today's paper" /
    "corrections" / "opinion" / ... / "U.S."), which the link rules would join as the
    pieces of a sentence. A sentence split around its links has a longer piece somewhere,
    or a comma or a full stop on a line of its own.

    >>> menu = ("today's paper", "corrections", "opinion", "Pop Culture", "arts", "U.S.")
    >>> sorted(_menu_lines(menu, [[0, 1, 2], [3, 4, 5]]))
    [0, 1, 2, 3, 4, 5]
    >>> _menu_lines(("Follow us on", "Facebook", ",", "Twitter", "and", "Instagram"), [[0, 5]])
    set()
    """
    out: set[int] = set()
    for g in joined:
        if g[0] in out:
            continue
        lo, hi = g[0], g[0]
        while lo > 0 and (not lines[lo - 1] or _short_item(lines[lo - 1])):
            lo -= 1
        while hi + 1 < len(lines) and (not lines[hi + 1] or _short_item(lines[hi + 1])):
            hi += 1
        run = [i for i in range(lo, hi + 1) if lines[i]]
        if len(run) >= _MENU_LINES:  # (a shorter run holds at most five groups to read it)
            out.update(run)
    return out


def _link_seams(
    lines: tuple[str, ...], items: list[int], seam: list[str | None], blank: list[bool]
) -> None:
    """Mark as fragments the seams on both sides of a short line that is a link's text."""
    base = list(seam)
    for k in range(1, len(items) - 1):
        if base[k] != "fragment" and base[k + 1] != "fragment":
            continue  # (most lines) neither rule below can apply
        text = lines[items[k]]
        if not _short_link(text):
            continue
        after = lines[items[k + 1]][0]
        if base[k] == "fragment" and seam[k + 1] is None and _IS_CJK_EDGE[text[-1]]:
            seam[k + 1] = "fragment"  # 从 / 杭州 / 市有关部门: CJK has no case to tell
        elif base[k + 1] == "fragment" and seam[k] is None and not blank[k]:
            before = lines[items[k - 1]]
            in_progress = (
                len(before) >= _CJK_PROSE and bool(_CJK_PUNCT.search(before))
                if _IS_CJK_EDGE[before[-1]]
                else len(before.split()) >= _SENTENCE_WORDS or _last_word(before) in _joiners()
            )
            if (
                not ends_sentence(before)
                and in_progress
                and (after.islower() or after in _CLOSING or after in _cjk_noninitial())
            ):
                seam[k] = "fragment"  # ... na feira da rua / Guaicurus / há 30 anos.


def _words(line: str) -> int:
    """``len(line.split())``."""
    return len(line.split())


_UNSEEN = object()


def _seam(prev: str, nxt: str, width: int | None, seams: dict) -> str | None:
    """:func:`join_reason`, remembered in ``seams`` (the run's: the steps group much the
    same lines again and again)."""
    if len(prev) > _MEMO_CHARS or len(nxt) > _MEMO_CHARS:
        return join_reason(prev, nxt, width)
    k = (prev, nxt, width)
    found = seams.get(k, _UNSEEN)
    if found is _UNSEEN:
        if len(seams) >= capacity(_MEMO):
            seams.clear()
        found = seams[k] = join_reason(prev, nxt, width)
    return found  # type: ignore[return-value]


def _stable_parts(indices: list[int], lines: Sequence[str]) -> list[list[int]]:
    """``[indices]``, or each line on its own if joining them would make text that
    normalisation changes (see :func:`_stable_join`)."""
    if len(indices) > 1 and not _stable_join(join([lines[i] for i in indices])):
        return [[i] for i in indices]
    return [indices]


def _stable_join(text: str) -> bool:
    """True if normalising ``text``, normalised lines glued together, leaves it as it is.

    Joined lines are normalised lines, but a seam can make what normalisation would change:
    ``"Â"`` + ``"a"`` reads as mojibake of ``"\\u00a0a"``, a kana followed by a line starting
    with a combining voiced mark composes (NFC). Lines whose joined text is not stable are
    not joined, so cleaning a body again reads its paragraphs exactly as they are.

    >>> _stable_join("He said."), _stable_join("Â a"), _stable_join("か\\u3099")
    (True, False, False)
    """
    if text.isascii():  # normalised ASCII lines glued by one space or nothing stay as they are
        return True
    from .normalize import _FTFY_GATE, normalize_line

    if not _FTFY_GATE.search(text) and unicodedata.is_normalized("NFC", text):
        return True  # nothing for ftfy, nothing to compose, spaces already single
    return normalize_line(text) == text


def _separator(prev: str, nxt: str) -> str:
    """What goes between two joined lines: nothing (CJK, closing punctuation) or a space."""
    if _IS_CJK_EDGE[prev[-1]] or _IS_CJK_EDGE[nxt[0]]:
        return ""
    if (nxt[0] in _CLOSING) or prev[-1] in "([{“‘«/":
        return ""
    return " "


def join(lines: Sequence[str]) -> str:
    """The text of one paragraph made of ``lines`` (the seams glued as :func:`assemble` does).

    Linear in the paragraph's length: pieces are collected and joined once (gluing each line
    onto the text so far would copy it again for every line).

    >>> join(["He", "said", "."])
    'He said.'
    """
    parts = [lines[0]]
    for prev, nxt in pairwise(lines):
        parts.append(_separator(prev, nxt))
        parts.append(nxt)
    return "".join(parts)


_MAX_REREADS = 8  # real pages settle in one re-read; each re-read merges paragraphs


def paragraph_groups(lines: Sequence[str]) -> list[list[int]]:
    """:func:`group`, closed under re-reading: the groups of the body's paragraphs.

    A body sets its paragraphs apart with one blank line, and one blank line does not part a
    sentence broken around a link, so reading a body again could join two of its paragraphs
    that more blank lines, or a wider wrap, kept apart. Paragraphs that would join when read
    again are joined now, so a body read again gives back the same paragraphs.

    >>> paragraph_groups(["He went to", "", "", "the market."])
    [[0, 3]]
    """
    groups = group(lines)
    for _ in range(_MAX_REREADS):
        if len(groups) < 2:
            break
        body: list[str] = []
        for g in groups:
            body += [join([lines[i] for i in g]), ""]
        reread = group(body[:-1])  # paragraph k is line 2k of the body
        if len(reread) == len(groups):
            break
        groups = [[i for k in r for i in groups[k // 2]] for r in reread]
    return groups


def assemble(lines: Sequence[str]) -> list[str]:
    """Group kept lines (``""`` = blank) into paragraphs (see :func:`paragraph_groups`).

    >>> assemble(["Title", "", "He", "said", ".", "", "Next paragraph."])
    ['Title', 'He said.', 'Next paragraph.']
    """
    return [join([lines[i] for i in g]) for g in paragraph_groups(lines)]
