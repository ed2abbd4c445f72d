"""A small cache for functions of a document's lines."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["by_lines"]

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
