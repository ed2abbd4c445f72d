"""The compiled path: C equals of the per-line primitives, when they were built.

``articleclean._speedups`` (``_speedups.c``) is an optional C extension: ``pip install``
builds it when a C compiler is there and goes on without it when not (see ``setup.py``).
The pure-Python functions stay the reference: the compiled ones give exactly their
results, which ``tests/test_speedups.py`` checks over all of Unicode, the dev set and the
fixtures (whole Articles, with ``ARTICLECLEAN_PURE=1`` against without).

* :func:`compiled` marks a pure worker (in ``text.py``) that has a C equal of the same
  name; it returns the C function when the extension is there, else the pure one.
  :data:`PURE` keeps every pure worker by name, for the tests.
* :func:`anchors` builds the C automaton of a :class:`~articleclean.screen.Screen`.
* ``ARTICLECLEAN_PURE=1`` in the environment (read at import) keeps the pure path.

The C module holds no Unicode knowledge of its own. Its character table is built once, the
first time it is needed, by :func:`_build_table`, from the very sources the pure path reads:
the ``regex`` module's ``\\w`` and :data:`~articleclean.text.CJK` (which characters make
tokens), ``str.casefold`` (folding) and ``unicodedata`` (which characters NFKC can leave
alone, so that a token made of them is normalised by the table; any other token is
normalised by ``unicodedata`` itself). It takes about 30 ms.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["ENABLED", "PURE", "anchors", "compiled", "extension", "native"]

F = TypeVar("F", bound=Callable[..., Any])

extension: Any
try:
    from . import _speedups as extension
except ImportError:  # not built (no compiler at install time): the pure path
    extension = None
# the extension the library uses: none when ARTICLECLEAN_PURE asks for the pure path (the
# tests still reach ``extension`` to compare the two)
native: Any = extension if os.environ.get("ARTICLECLEAN_PURE", "").strip() in ("", "0") else None
ENABLED = native is not None
PURE: dict[str, Callable[..., Any]] = {}


def compiled(func: F) -> F:
    """``func``'s C equal (``_speedups`` function of the same name without the leading
    underscore) when the extension is there, else ``func`` itself.

    The C function has no doctest of its own: ``func``'s examples are kept in its module's
    ``__test__``, so they run on the C function.
    """
    PURE[func.__name__] = func
    if native is None:
        return func
    module = sys.modules.get(func.__module__)
    if module is not None and func.__doc__ and ">>>" in func.__doc__:
        # its examples still run (doctest reads __test__), now on the C function
        vars(module).setdefault("__test__", {})[func.__name__] = func.__doc__
    return getattr(native, func.__name__.lstrip("_"))  # type: ignore[no-any-return]


def anchors(strings: Iterable[str], empty: frozenset[str]) -> Any | None:
    """The C automaton finding which of ``strings`` a text's fold holds (``.present``), or
    ``None`` on the pure path."""
    if native is None:
        return None
    return native.Anchors(tuple(strings), empty)


_CHUNK = 256


def _normal_form(token: str) -> str:
    """What ``text._norms`` makes of one token (the C path's slow lane)."""
    return unicodedata.normalize("NFKC", token).casefold()


def _ranges(pattern: Any, chars: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(chars)]


def _build_table() -> None:
    """Hand the C module its character table (called by it, once, on first use)."""
    import regex

    from .text import CJK, Token

    everything = extension._code_points(0, 0x110000)
    words = _ranges(regex.compile(r"\w++"), everything)
    cjk = _ranges(regex.compile(rf"[{CJK}]++"), everything)
    # str.casefold works character by character: the chunks it changes, char by char
    folds: dict[int, str] = {}
    for start in range(0, 0x110000, _CHUNK):
        chunk = everything[start : start + _CHUNK]
        if chunk.casefold() != chunk:
            for i, c in enumerate(chunk, start):
                f = c.casefold()
                if f != c:
                    folds[i] = f
    unsafe = _unsafe_bmp(everything, words, cjk)
    extension._install(words, cjk, unsafe, 0x10000, folds, _normal_form, Token)


def _unsafe_bmp(everything: str, words: list[tuple[int, int]], cjk: list[tuple[int, int]]) -> str:
    """The token characters of the BMP that a token may not be normalised by the table with.

    A character ``c`` is *safe* when NFKC leaves it alone wherever it stands: ``NFKC(c) ==
    c``, and the first character of its decomposition (``c`` itself, most often) is a
    starter (combining class 0) that is never the second half of a canonical composition.
    Then NFKC leaves every string of safe characters as it is: each one's decomposition
    starts with a starter that nothing before it can compose with, so each composes back
    alone. Astral characters are all left to ``unicodedata`` (the C module is told so).
    """
    # seconds: every character after the first in a canonical decomposition (Hangul too)
    seconds: set[str] = set()
    for start in range(0, 0x110000, _CHUNK):
        chunk = everything[start : start + _CHUNK]
        if 0xD800 <= start < 0xE000 or unicodedata.is_normalized("NFD", chunk):
            continue
        for c in chunk:
            d = unicodedata.normalize("NFD", c)
            if len(d) > 1:
                seconds.update(d[1:])
            parts = unicodedata.decomposition(c).split()
            if len(parts) == 2 and not parts[0].startswith("<"):
                seconds.add(chr(int(parts[1], 16)))
    token = bytearray(0x10000)
    for ranges in (words, cjk):
        for lo, hi in ranges:
            if lo < 0x10000:
                token[lo : min(hi, 0x10000)] = b"\x01" * (min(hi, 0x10000) - lo)
    unsafe = []
    for start in range(0, 0x10000, _CHUNK):
        chunk = everything[start : start + _CHUNK]
        if 0xD800 <= start < 0xE000:
            continue
        stable = unicodedata.is_normalized("NFKC", chunk)
        undecomposed = unicodedata.is_normalized("NFKD", chunk)
        for i, c in enumerate(chunk, start):
            if not token[i]:
                continue
            if not stable and unicodedata.normalize("NFKC", c) != c:
                unsafe.append(c)
                continue
            first = c if undecomposed else unicodedata.normalize("NFKD", c)[0]
            if unicodedata.combining(first) or first in seconds:
                unsafe.append(c)
    # surrogates are not characters NFKC knows: leave them to unicodedata too
    for lo, hi in (*words, *cjk):
        for i in range(max(lo, 0xD800), min(hi, 0xE000)):
            unsafe.append(everything[i])
    return "".join(unsafe)


if extension is not None:
    extension.set_builder(_build_table)
