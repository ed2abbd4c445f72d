"""Small caches: for functions of a document's lines, and the size of the per-line memos.

The per-line memos (a line's rules, its literal scan, the seams between lines ...) hold a
fixed number of entries and start again when full, so memory does not grow with the number
of documents. A document with more distinct lines than that would work every line out
again in each step that asks, and its time would grow faster than its size; so while a
document is cleaned (:func:`sized_for`) each memo may hold :func:`capacity` entries, twice
its number of lines when that is more, and goes back to its own size with the next
document (the first entry past that size empties it).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

__all__ = ["by_lines", "capacity", "sized_for", "text_cache"]

_SCALE: ContextVar[int] = ContextVar("articleclean_memo_scale", default=0)
_LONG_SCALE: ContextVar[int] = ContextVar("articleclean_memo_long_scale", default=0)


def capacity(base: int) -> int:
    """The entries a memo of ``base`` entries may hold now (more while a long document is
    being cleaned).

    >>> capacity(16384)
    16384
    >>> with sized_for(100_000):
    ...     capacity(16384)
    200000
    """
    scale = _SCALE.get()
    return base if scale <= base else scale


@contextmanager
def sized_for(lines: int, chars: int = 0) -> Iterator[None]:
    """Let the per-line memos hold twice ``lines`` entries, and each :func:`text_cache` keep
    long texts of up to twice ``chars`` characters in all, until the block ends (per thread
    and task: the sizes are context variables).

    A document that is one line longer than :data:`LONG_CHARS` is asked about by several
    steps: with room for it, each works it out once rather than once per question.
    """
    token = _SCALE.set(max(_SCALE.get(), 2 * lines))
    chars_token = _LONG_SCALE.set(max(_LONG_SCALE.get(), 2 * chars))
    try:
        yield
    finally:
        _LONG_SCALE.reset(chars_token)
        _SCALE.reset(token)


R = TypeVar("R")


def by_lines(maxsize: int = 4) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Remember ``func(lines, *extras)`` for the last ``maxsize`` calls, by the *identity* of
    the ``lines`` tuple (and equal ``extras``).

    A step that removes nothing hands the next step the very same tuple, so several steps
    asking about the same lines get one answer; hashing the tuple instead (hundreds of
    ``Line`` objects, each hashed in Python) would cost more than many of the answers. An
    equal tuple that is another object is only a miss: the answer is worked out again.

    >>> calls = []
    >>> @by_lines()
    ... def count(lines):
    ...     calls.append(1)
    ...     return len(lines)
    >>> lines = ("a", "b")
    >>> count(lines), count(lines), count(("a", "b")), len(calls)
    (2, 2, 2, 2)
    """

    def decorate(func: Callable[..., R]) -> Callable[..., R]:
        recent: list[tuple[Any, tuple[Any, ...], R]] = []

        @functools.wraps(func)
        def cached(lines: Any, *extras: Any) -> R:
            for seen, seen_extras, result in reversed(recent):
                if seen is lines and seen_extras == extras:
                    return result
            result = func(lines, *extras)
            recent.append((lines, extras, result))
            if len(recent) > maxsize:
                del recent[0]
            return result

        return cached

    return decorate


def _chars(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, tuple):
        return sum(len(v) for v in value if isinstance(v, str))
    return 0


LONG_CHARS = 1 << 20  # characters of long texts each text_cache keeps (read at each call)


def text_cache(
    maxsize: int, *, max_chars: int = 512, long_chars: int | None = None
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """``lru_cache(maxsize)`` for a function of a text (its first argument: a ``str``, or a
    tuple of them) and hashable extras, bounded in characters as well as entries.

    Texts of up to ``max_chars`` characters go to the LRU cache. Longer ones (a paragraph, a
    page scraped as one line) go to a second memo that holds at most ``long_chars``
    (default :data:`LONG_CHARS`; more while a longer document is cleaned, see
    :func:`sized_for`) characters of keys and starts again when full, so a corpus of long
    one-line documents cannot fill ``maxsize`` entries with whole pages.

    >>> seen = []
    >>> @text_cache(8, max_chars=4, long_chars=10)
    ... def size(text):
    ...     seen.append(text)
    ...     return len(text)
    >>> size("ab"), size("ab"), size("abcdefg"), size("abcdefg"), size("hijklmn"), size("abcdefg")
    (2, 2, 7, 7, 7, 7)
    >>> seen  # the second long text emptied the long memo (14 characters > 10)
    ['ab', 'abcdefg', 'hijklmn', 'abcdefg']
    """

    def decorate(func: Callable[..., R]) -> Callable[..., R]:
        short = functools.lru_cache(maxsize=maxsize)(func)
        long_memo: dict[tuple[Any, ...], R] = {}
        held = [0]  # characters of the long memo's keys

        @functools.wraps(func)
        def cached(text: Any, *extras: Any) -> R:
            n = len(text) if type(text) is str else _chars(text)
            if n <= max_chars:
                return short(text, *extras)
            k = (text, *extras)
            found = long_memo.get(k, _MISSING)
            if found is _MISSING:
                budget = max(LONG_CHARS if long_chars is None else long_chars, _LONG_SCALE.get())
                if held[0] + n > budget:
                    long_memo.clear()
                    held[0] = 0
                found = func(text, *extras)
                if n <= budget:
                    long_memo[k] = found
                    held[0] += n
            return found  # type: ignore[return-value]

        return cached

    return decorate


_MISSING = object()
