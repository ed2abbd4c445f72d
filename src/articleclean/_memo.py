"""The run's memo: what the steps work out about a text, remembered for the documents of one run.

A *run* is a :class:`~articleclean.pipeline.Pipeline` and the documents it cleans (one call of
``articleclean clean``, one ``clean_many``, every ``clean`` of one pipeline object). Each
pipeline owns a :class:`RunMemo`; while it cleans a document, :func:`running` makes that memo
the current one (a context variable, per thread and task), and the memoised helpers of the
steps (:func:`text_cache`, :func:`by_lines`, :func:`run_table`) keep their answers in it.
Outside a run nothing is remembered: a helper called on its own works its answer out.

So the verdicts about a site's template lines ("Share", "Home", the footer) are worked out
once per run, not once per page, and nothing outlives the run in module globals. Every table
is bounded: it holds a fixed number of entries and starts again when full, so memory does not
grow with the number of documents. A document with more distinct lines than that would work
every line out again in each step that asks, and its time would grow faster than its size; so
while a document is cleaned (:meth:`RunMemo.sized_for`) each table may hold :func:`capacity`
entries, twice its number of lines when that is more.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar

__all__ = [
    "LONG_CHARS",
    "RunMemo",
    "by_lines",
    "capacity",
    "current",
    "numbered_table",
    "run_table",
    "running",
    "table_number",
    "text_cache",
]

LONG_CHARS = 1 << 20  # characters of long texts each text_cache keeps (read at each call)
R = TypeVar("R")


class RunMemo:
    """The memo tables of one run.

    >>> memo = RunMemo()
    >>> with running(memo):
    ...     run_table("demo")["x"] = 1
    ...     run_table("demo")["x"]
    1
    >>> run_table("demo") is None  # outside the run: no table
    True
    """

    __slots__ = (
        "_long_held",
        "_long_scale",
        "_numbered",
        "_scale",
        "_tables",
        "cjk_shares",
        "keys",
        "tokens",
    )

    def __init__(self) -> None:
        # the tables asked most, once per line and step (see articleclean.text): attributes
        self.tokens: dict[str, tuple[str, ...]] = {}
        self.keys: dict[str, str] = {}
        self.cjk_shares: dict[str, float] = {}
        self._tables: dict[Any, Any] = {}
        self._numbered: list[dict[Any, Any] | None] = []  # the tables of :func:`table_number`
        self._long_held: dict[Any, int] = {}  # characters held in each long-text table
        self._scale = 0  # entries a table may hold while the current document is cleaned
        self._long_scale = 0  # characters of long texts ... idem

    def table(self, key: Any) -> dict[Any, Any]:
        found = self._tables.get(key)
        if found is None:
            found = self._tables[key] = {}
        return found  # type: ignore[no-any-return]

    def numbered(self, number: int) -> dict[Any, Any]:
        """The table numbered ``number`` (see :func:`table_number`): a list index, not a
        hash of a key, for the tables asked for once per line."""
        tables = self._numbered
        if number >= len(tables):
            tables.extend([None] * (number + 1 - len(tables)))
        found = tables[number]
        if found is None:
            found = tables[number] = {}
        return found

    def capacity(self, base: int) -> int:
        return base if self._scale <= base else self._scale

    @contextmanager
    def sized_for(self, lines: int, chars: int = 0) -> Iterator[None]:
        """Let each table hold twice ``lines`` entries, and each long-text memo twice
        ``chars`` characters, until the block ends (a long document's lines stay
        remembered while it is cleaned; the next document brings the sizes back)."""
        scale, long_scale = self._scale, self._long_scale
        self._scale = max(scale, 2 * lines)
        self._long_scale = max(long_scale, 2 * chars)
        try:
            yield
        finally:
            self._scale, self._long_scale = scale, long_scale

    def clear(self) -> None:
        """Forget everything (the tables start again)."""
        self._tables.clear()
        self._numbered.clear()
        self._long_held.clear()
        for table in (self.tokens, self.keys, self.cjk_shares):
            table.clear()

    def __len__(self) -> int:
        """Entries held in all tables."""
        texts = (self.tokens, self.keys, self.cjk_shares)
        tables = [*self._tables.values(), *self._numbered, *texts]
        return sum(len(t) for t in tables if isinstance(t, dict))

    def __repr__(self) -> str:
        return f"RunMemo({len(self._tables)} tables, {len(self)} entries)"


_CURRENT: ContextVar[RunMemo | None] = ContextVar("articleclean_run_memo", default=None)


def current() -> RunMemo | None:
    """The memo of the run in progress, or ``None`` outside a run."""
    return _CURRENT.get()


@contextmanager
def running(memo: RunMemo) -> Iterator[RunMemo]:
    """Make ``memo`` the current run's memo until the block ends."""
    token = _CURRENT.set(memo)
    try:
        yield memo
    finally:
        _CURRENT.reset(token)


_NUMBERS = itertools.count()


def table_number() -> int:
    """A number of one's own for a table of the run's memo (an object that asks for its
    table once per line takes one when it is made, and :func:`numbered_table` it)."""
    return next(_NUMBERS)


def numbered_table(number: int) -> dict[Any, Any] | None:
    """The current run's table ``number``, or ``None`` outside a run."""
    memo = _CURRENT.get()
    return None if memo is None else memo.numbered(number)


def run_table(*key: Any) -> dict[Any, Any] | None:
    """The current run's table named ``key`` (an object and a name, say), or ``None``
    outside a run. The caller bounds it with :func:`capacity`."""
    memo = _CURRENT.get()
    return None if memo is None else memo.table(key)


def capacity(base: int) -> int:
    """The entries a table of ``base`` entries may hold now (more while a long document is
    cleaned).

    >>> capacity(16384)
    16384
    >>> memo = RunMemo()
    >>> with running(memo), memo.sized_for(100_000):
    ...     capacity(16384)
    200000
    """
    memo = _CURRENT.get()
    return base if memo is None else memo.capacity(base)


def by_lines(maxsize: int = 4) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Remember ``func(lines, *extras)`` for the last ``maxsize`` calls of the run, by the
    *identity* of the ``lines`` tuple (and equal ``extras``).

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
    >>> with running(RunMemo()):
    ...     count(lines), count(lines), count(("a", "b")), len(calls)
    (2, 2, 2, 2)
    """

    def decorate(func: Callable[..., R]) -> Callable[..., R]:
        @wraps(func)
        def cached(lines: Any, *extras: Any) -> R:
            memo = _CURRENT.get()
            if memo is None:
                return func(lines, *extras)
            recent = memo.table(cached)
            seen = recent.get(id(lines))
            if seen is not None and seen[0] is lines and seen[1] == extras:
                return seen[2]  # type: ignore[no-any-return]
            result = func(lines, *extras)
            if len(recent) >= maxsize:
                del recent[next(iter(recent))]  # the oldest
            recent[id(lines)] = (lines, extras, result)  # (holds ``lines``: the id stays valid)
            return result

        return cached

    return decorate


def _chars(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, tuple):
        return sum(len(v) for v in value if isinstance(v, str))
    return 0


def text_cache(
    maxsize: int, *, max_chars: int = 512, long_chars: int | None = None
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Remember ``func(text, *extras)`` in the current run's memo (``text``: a ``str``, or a
    tuple of them; ``extras`` hashable), bounded in entries and in characters.

    Texts of up to ``max_chars`` characters go to a table of ``maxsize`` entries (emptied
    when full). Longer ones (a paragraph, a page scraped as one line) go to a second table
    that holds at most ``long_chars`` (default :data:`LONG_CHARS`; more while a longer
    document is cleaned, see :meth:`RunMemo.sized_for`) characters of keys and starts again
    when full, so a corpus of long one-line documents cannot fill it with whole pages.
    Outside a run nothing is remembered.

    >>> seen = []
    >>> @text_cache(8, max_chars=4, long_chars=10)
    ... def size(text):
    ...     seen.append(text)
    ...     return len(text)
    >>> with running(RunMemo()):
    ...     [size(t) for t in ("ab", "ab", "abcdefg", "abcdefg", "hijklmn", "abcdefg")]
    [2, 2, 7, 7, 7, 7]
    >>> seen  # the second long text emptied the long memo (14 characters > 10)
    ['ab', 'abcdefg', 'hijklmn', 'abcdefg']
    """

    def decorate(func: Callable[..., R]) -> Callable[..., R]:
        number = table_number()

        @wraps(func)
        def cached(text: Any, *extras: Any) -> R:
            memo = _CURRENT.get()
            if memo is None:
                return func(text, *extras)
            n = len(text) if type(text) is str else _chars(text)
            k = (text, *extras) if extras else text
            if n <= max_chars:
                tables = memo._numbered
                table = tables[number] if number < len(tables) else None
                if table is None:
                    table = memo.numbered(number)
                found = table.get(k, _MISSING)
                if found is _MISSING:
                    if len(table) >= memo.capacity(maxsize):
                        table.clear()
                    found = table[k] = func(text, *extras)
                return found  # type: ignore[no-any-return]
            long_key = (cached, "long")
            table = memo.table(long_key)
            found = table.get(k, _MISSING)
            if found is _MISSING:
                budget = max(LONG_CHARS if long_chars is None else long_chars, memo._long_scale)
                held = memo._long_held.get(long_key, 0)
                if held + n > budget:
                    table.clear()
                    held = 0
                found = func(text, *extras)
                if n <= budget:
                    table[k] = found
                    held += n
                memo._long_held[long_key] = held
            return found  # type: ignore[no-any-return]

        return cached

    return decorate


_MISSING = object()
