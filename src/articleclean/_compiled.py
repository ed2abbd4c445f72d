"""The compiled path: C equals of the per-line primitives, when they were built.

``articleclean._speedups`` (``_speedups.c``) is an optional C extension: ``pip install``
builds it when a C compiler is there and goes on without it when not (see ``setup.py``).
The pure-Python functions stay the reference: the compiled ones give exactly their
results, which ``tests/test_speedups.py`` checks over all of Unicode, the dev set and the
fixtures (whole Articles, with ``ARTICLECLEAN_PURE=1`` against without).

* :func:`compiled` marks a pure worker (in ``text.py``) that has a C equal of the same
  name; it returns the C function when the extension is there, else the pure one.
  :data:`PURE` keeps every pure worker by name, for the tests (``normalize.py`` adds its
  ``normalize_lines``, which it wraps around the C ``normalize_split``).
* :func:`anchors` builds the C automaton of a :class:`~articleclean.screen.Screen`.
* ``ARTICLECLEAN_PURE=1`` in the environment (read at import) keeps the pure path;
  :data:`extension` is the C module all the same (the tests compare the two paths).

The C module holds no Unicode knowledge of its own. Its character table is built once, the
first time it is needed, by :func:`_build_table`, from the very sources the pure path reads:
the ``regex`` module's ``\\w`` and :data:`~articleclean.text.CJK` (which characters make
tokens), ``str.casefold`` (folding), ``normalize.py``'s patterns (invisible characters, the
ftfy gate, surrogates), ``_mojibake``'s candidate test for ftfy, and ``unicodedata`` (which
characters NFKC and NFC leave alone wherever they stand: a token made of them is normalised
by the table, a line made of them needs no NFC; any other is left to ``unicodedata``
itself). It takes about 0.1 s.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from functools import partial
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


def _class_ranges(pattern: Any, everything: str) -> list[tuple[int, int]]:
    """The code points a one-character class of stdlib ``re`` (``[...]`` or ``[...]+``)
    matches, as ranges: read by ``re``'s own parser, or found by scanning every code point
    when the pattern is anything else."""
    try:
        from re import _constants as sre  # Python 3.11+
        from re import _parser as parser
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as sre  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]

    tree = list(parser.parse(pattern.pattern, pattern.flags))
    if len(tree) == 1 and tree[0][0] is sre.MAX_REPEAT and tree[0][1][0] >= 1:
        tree = list(tree[0][1][2])
    out: list[tuple[int, int]] = []
    if len(tree) == 1 and tree[0][0] is sre.IN and not pattern.flags & sre.SRE_FLAG_IGNORECASE:
        for op, arg in tree[0][1]:
            if op is sre.LITERAL:
                out.append((arg, arg + 1))
            elif op is sre.RANGE:
                out.append((arg[0], arg[1] + 1))
            else:
                break
        else:
            return out
    return _ranges(re.compile(f"(?:{pattern.pattern})+", pattern.flags), everything)


def _build_table() -> None:
    """Hand the C module its character table (called by it, once, on first use)."""
    import regex

    from . import _mojibake, normalize
    from .text import CJK, Token

    everything = extension._code_points(0, 0x110000)
    words = _ranges(regex.compile(r"\w++"), everything)  # \w as the tokeniser's regex reads it
    # a class of plain ranges means the same to re as to regex (the tests compare the two)
    cjk = _class_ranges(re.compile(f"[{CJK}]"), everything)
    # str.casefold works character by character: the chunks it changes, char by char
    folds: dict[int, str] = {}
    for start in range(0, 0x110000, _CHUNK):
        chunk = everything[start : start + _CHUNK]
        if chunk.casefold() != chunk:
            for i, c in enumerate(chunk, start):
                f = c.casefold()
                if f != c:
                    folds[i] = f
    token = bytearray(0x10000)
    for lo, hi in (*words, *cjk):
        if lo < 0x10000:
            token[lo : min(hi, 0x10000)] = b"\x01" * (min(hi, 0x10000) - lo)
    unsafe, not_inert = _unstable_bmp(everything, token)
    hard = _class_ranges(normalize._SURROGATE, everything)
    invisible = _class_ranges(normalize._INVISIBLE, everything)
    gate = _class_ranges(normalize._GATE_START, everything)
    badness = _mojibake._screen_parts()
    if badness is not None:
        triggers, masks, needs = badness
        badness = ("".join(sorted(triggers)), masks, needs)
    extension._install(
        words,
        cjk,
        unsafe,
        0x10000,
        folds,
        _normal_form,
        Token,
        not_inert,
        0x10000,
        hard,
        invisible,
        gate,
        badness,
        partial(unicodedata.normalize, "NFC"),
    )


def _seconds(everything: str) -> set[str]:
    """Every character after the first in a canonical decomposition (Hangul's too): those
    that may compose with a character before them."""
    seconds: set[str] = set()
    nfd = partial(unicodedata.normalize, "NFD")
    for start in range(0, 0x110000, _CHUNK):
        chunk = everything[start : start + _CHUNK]
        if 0xD800 <= start < 0xE000 or unicodedata.is_normalized("NFD", chunk):
            continue
        seconds.update("".join(d[1:] for d in map(nfd, chunk)))
    return seconds


def _unstable_bmp(everything: str, token: bytearray) -> tuple[str, str]:
    """The characters of the BMP that NFKC (among token characters) and NFC (among all) may
    change, in some context.

    A character ``c`` is *stable* under NFKC when ``NFKC(c) == c`` and the first character
    of its decomposition (``c`` itself, most often) is a starter (combining class 0) that is
    never the second half of a canonical composition. Then NFKC leaves every string of
    stable characters as it is: each one's decomposition starts with a starter that nothing
    before it can compose with, so each composes back alone. The same holds of NFC with the
    canonical decomposition. Tokens of NFKC-stable characters are normalised by the table,
    lines of NFC-stable ones are normalised without NFC; astral characters are all left to
    ``unicodedata`` (the C module is told so), and so are surrogates.
    """
    seconds = _seconds(everything)
    ccc = bytes(map(unicodedata.combining, everything[:0x10000]))
    no_marks = bytes(_CHUNK)
    unsafe: list[str] = []
    not_inert: list[str] = []
    forms = {f: partial(unicodedata.normalize, f) for f in ("NFC", "NFD", "NFKC", "NFKD")}

    def starter(first: str) -> bool:  # a starter nothing before it composes with
        return not (first in seconds or unicodedata.combining(first))

    for start in range(0, 0x10000, _CHUNK):
        chunk = everything[start : start + _CHUNK]
        if 0xD800 <= start < 0xE000:
            unsafe.extend(c for i, c in enumerate(chunk, start) if token[i])
            not_inert.append(chunk)
            continue
        plain = ccc[start : start + _CHUNK] == no_marks and seconds.isdisjoint(chunk)
        for out, compose, decompose, tokens_only in (
            (not_inert, "NFC", "NFD", False),
            (unsafe, "NFKC", "NFKD", True),
        ):
            stable = unicodedata.is_normalized(compose, chunk)
            undecomposed = unicodedata.is_normalized(decompose, chunk)
            if plain and stable and undecomposed:
                continue  # every character of the chunk is stable
            composed = chunk if stable else map(forms[compose], chunk)
            firsts = chunk if undecomposed else (d[0] for d in map(forms[decompose], chunk))
            indices = range(start, start + len(chunk))
            for i, c, x, first in zip(indices, chunk, composed, firsts, strict=True):
                if (not tokens_only or token[i]) and (x != c or not starter(first)):
                    out.append(c)
    return "".join(unsafe), "".join(not_inert)


if extension is not None:
    extension.set_builder(_build_table)
