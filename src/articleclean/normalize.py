"""Text repair, applied to every input before any cleaner sees it.

Lines are split at ``\n``, ``\r\n`` and ``\r`` only (:func:`split_lines`), so line numbers
stay those of the decoded input as any editor counts them. The other characters that
``str.splitlines`` breaks at (VT, FF, the separators U+001C-U+001F, NEL U+0085, U+2028,
U+2029) stay inside their line: NEL is a byte of the mojibake that UTF-8 read as Latin-1
makes (者 is ``E8 80 85``), so ftfy must see the whole line to repair it; whatever is left of
them becomes a space. The documented normalisations, in order, per line:

1. lone surrogates become U+FFFD (they cannot be written as UTF-8);
2. ftfy repairs mojibake and HTML-entity leftovers, *only* on lines that contain a character
   mojibake can be made of (Latin-1/Latin Extended, Greek, Cyrillic, box drawing, U+FFFD,
   ``&`` entities, C1 controls) and in which one of ftfy's fixers has something to act on
   (``_mojibake.could_change``); pure ASCII and CJK lines skip it. The settings are CJK-safe:
   no full-width folding, no quote uncurling;
3. zero-width characters, soft hyphens and control characters are removed; NBSP, the
   ideographic space, tabs, the other Unicode spaces and the line and paragraph separators
   left inside a line (VT, FF, U+001C-U+001F, NEL, U+2028, U+2029) become a plain space;
4. Unicode NFC;
5. runs of spaces become one space and the line is stripped;
6. a line these steps changed is normalised again while ftfy could still change it (steps
   3-4 can uncover mojibake, and ftfy's own repairs can leave some), so normalising is
   idempotent: a normalised line normalises to itself.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import MutableMapping
from functools import lru_cache

from . import _compiled
from ._mojibake import could_change

__all__ = ["normalize_line", "normalize_lines", "split_lines"]

# These are plain character classes, so the stdlib ``re`` (several times faster than
# ``regex`` on them) gives the same results.
# Characters mojibake is made of, or that ftfy otherwise repairs. A line without any of them
# is left alone by ftfy, so it is not given to it (ftfy costs 2-4 MB/s on non-ASCII text);
# nor is a line ftfy would provably return unchanged (see ``_mojibake.could_change``).
_FTFY_GATE = re.compile(
    r"[\x80-\u024f\u0370-\u052f\u2500-\u259f\ufffd\ue000-\uf8ff]|&(?:#|[a-zA-Z]{2,8};)"
)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Zero-width and invisible format characters that carry nothing in scraped text. ZWJ/ZWNJ
# (U+200C/U+200D) are kept: Persian, Indic scripts and emoji sequences need them.
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]+"
)
# Once _INVISIBLE has run, the spaces ``str.split()`` splits on are exactly the Unicode
# White_Space characters (tab, NBSP, U+2000-U+200A, U+3000, ...): splitting and joining with
# one space collapses every run of them and strips the line.


@lru_cache(maxsize=1)
def _ftfy_config():  # built on first use, not at import
    import ftfy

    return ftfy.TextFixerConfig(
        uncurl_quotes=False,
        fix_character_width=False,
        fix_line_breaks=False,
        normalization=None,
        explain=False,
    )


# Separators ftfy would delete as control characters (it keeps FF and NEL): made spaces
# first, so a line comes out the same whether or not it went through ftfy.
_FTFY_DELETES = str.maketrans(dict.fromkeys("\x0b\x1c\x1d\x1e\x1f", " "))


def _ftfy(line: str) -> str:
    import ftfy

    return ftfy.fix_text(line.translate(_FTFY_DELETES), _ftfy_config())


def split_lines(text: str) -> list[str]:
    """The lines of ``text``, split at ``\\n``, ``\\r\\n`` and ``\\r`` only.

    Like ``str.splitlines`` otherwise: no final empty line after a closing line break.

    >>> split_lines("a\\r\\nb\\rc\\n")
    ['a', 'b', 'c']
    >>> split_lines("a\\x85b\\u2028c\\x0cd"), split_lines(""), split_lines("\\n")
    (['a\\x85b\\u2028c\\x0cd'], [], [''])
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


_MAX_ROUNDS = 4  # ftfy rounds per line; real lines settle in one or two


def normalize_line(line: str) -> str:
    """Repair and tidy one line (no ``\\n`` or ``\\r`` inside).

    Idempotent: a normalised line normalises to itself. Removing invisible characters or
    composing accents (NFC) can reveal mojibake ftfy could not see before
    (``"A\\u0303\\u00a9"`` is ``"Ã©"`` once composed), so a line that changed and that ftfy
    could still change is repaired again, until nothing changes.

    >>> normalize_line("  The Mona Lisa doesnâ€™t have eyebrows.\\u00a0 ")
    'The Mona Lisa doesn’t have eyebrows.'
    >>> normalize_line("\\u3000\\u3000“全角”　ＡＢＣ\\u200b")
    '“全角” ＡＢＣ'
    >>> normalize_line("A\\u0303\\u00a9")
    'é'
    """
    return _settle(line, _normalize_once(line))


def _settle(before: str, out: str) -> str:
    """Normalise ``out`` (the normalisation of ``before``) again while it changes and ftfy
    could still act on it; without ftfy one round is idempotent."""
    rounds = 1
    while out != before and rounds < _MAX_ROUNDS and _may_repair(out):
        before, out = out, _normalize_once(out)
        rounds += 1
    return out


def _may_repair(line: str) -> bool:
    return not line.isascii() and _FTFY_GATE.search(line) is not None and could_change(line)


def _normalize_once(line: str) -> str:
    if line.isascii():
        if line.isprintable():  # the only space is " "
            return " ".join(line.split()) if "  " in line else line.strip()
        return " ".join(_INVISIBLE.sub("", line).split())
    if _SURROGATE.search(line):
        line = _SURROGATE.sub("\ufffd", line)
    if _FTFY_GATE.search(line) and could_change(line):
        line = _ftfy(line)
    line = _INVISIBLE.sub("", line)
    return " ".join(unicodedata.normalize("NFC", line).split())


def normalize_lines(text: str, *, timings: MutableMapping[str, float] | None = None) -> list[str]:
    """Split ``text`` into lines (:func:`split_lines`) and normalise each.

    Gives exactly ``[normalize_line(line) for line in split_lines(text)]``, but runs each
    step once over the whole text (none of them changes or looks across a line break), and
    only the lines ftfy could change are repaired one by one. With ``timings``, the seconds
    spent in ftfy are added to ``timings["ftfy"]``.

    >>> normalize_lines("a\\r\\nb\\rc\\n")
    ['a', 'b', 'c']
    >>> normalize_lines("Caf&eacute; \\u00e9\\n  x\\u200b  y ")
    ['Café é', 'x y']
    """
    lines = split_lines(text)
    if not lines:
        return []
    joined = "\n".join(lines)
    if timings is not None:
        timings["ftfy"] = timings.get("ftfy", 0.0)
    if joined.isascii() and not _ASCII_CONTROL.search(joined):  # only " " and "\n" to mind
        if "  " in joined:
            joined = _RUN_OF_SPACES.sub(" ", joined)
        return [line.strip(" ") for line in joined.split("\n")]
    rare = _RARE.search(joined) is not None  # surrogates or invisible characters: seldom
    if rare and _SURROGATE.search(joined):
        joined = _SURROGATE.sub("\ufffd", joined)
    repaired = _repair_lines(joined, timings)
    if repaired:
        lines = joined.split("\n")
        for index in repaired:
            lines[index] = ""  # filled in below: ftfy may have put line breaks in it
        joined = "\n".join(lines)
    if rare:
        joined = _INVISIBLE.sub("", joined)
    joined = _ODD_SPACE.sub(" ", unicodedata.normalize("NFC", joined))
    if "  " in joined:
        joined = _RUN_OF_SPACES.sub(" ", joined)
    out = [line.strip(" ") for line in joined.split("\n")]
    for index, fixed in repaired.items():
        out[index] = " ".join(unicodedata.normalize("NFC", _INVISIBLE.sub("", fixed)).split())
    for index in _lines_with(_GATE_START, "\n".join(out)):  # as normalize_line: settle them
        if out[index] != lines[index] and _may_repair(out[index]):
            out[index] = _settle(lines[index], out[index])
    return out


def _lines_with(pattern: re.Pattern, joined: str) -> list[int]:
    """Indices of the lines of ``joined`` in which ``pattern`` is found."""
    out: list[int] = []
    index = counted = pos = 0
    while (m := pattern.search(joined, pos)) is not None:
        index += joined.count("\n", counted, m.start())
        counted = m.start()
        out.append(index)
        end = joined.find("\n", counted)
        if end < 0:
            break
        pos = end + 1
    return out


_RARE = re.compile(
    r"[\ud800-\udfff\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
_RUN_OF_SPACES = re.compile(r"  +")
# The characters str.split() splits on (str.isspace()), but for " " and the line break.
_ODD_SPACE = re.compile(
    r"[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
# The first character of anything _FTFY_GATE matches (one character class scans fast).
_GATE_START = re.compile(r"[\x80-\u024f\u0370-\u052f\u2500-\u259f\ufffd\ue000-\uf8ff&]")


def _repair_lines(joined: str, timings: MutableMapping[str, float] | None) -> dict[int, str]:
    """``{line index: ftfy's repair}`` for the non-ASCII lines of ``joined`` that ftfy could
    change (gate, then ``could_change``)."""
    out: dict[int, str] = {}
    spent = 0.0
    index = 0
    counted = 0
    pos = 0
    while (m := _GATE_START.search(joined, pos)) is not None:
        index += joined.count("\n", counted, m.start())
        counted = m.start()
        start = joined.rfind("\n", 0, counted) + 1
        end = joined.find("\n", counted)
        end = len(joined) if end < 0 else end
        line = joined[start:end]
        if not line.isascii() and _FTFY_GATE.search(line) and could_change(line):
            began = time.perf_counter() if timings is not None else 0.0
            out[index] = _ftfy(line)
            if timings is not None:
                spent += time.perf_counter() - began
        pos = end + 1
    if timings is not None:
        timings["ftfy"] = timings.get("ftfy", 0.0) + spent
    return out


# -- the compiled path ---------------------------------------------------------------------
# articleclean._speedups normalises, in one pass, the lines that need neither ftfy nor NFC
# (each character ASCII, invisible or one NFC leaves alone, none that the ftfy gate or the
# surrogate rule looks at): most lines. The others are normalised above, together.
# tests/test_speedups.py holds the two equal; ARTICLECLEAN_PURE=1 keeps only the above.
_compiled.PURE["normalize_lines"] = _pure_normalize_lines = normalize_lines
if _compiled.native is not None:
    _split = _compiled.native.normalize_split

    def normalize_lines(  # type: ignore[no-redef]
        text: str, *, timings: MutableMapping[str, float] | None = None
    ) -> list[str]:
        out, hard = _split(text)
        if hard:
            fixed = _pure_normalize_lines("\n".join([out[i] for i in hard]), timings=timings)
            for index, line in zip(hard, fixed, strict=True):
                out[index] = line
        elif timings is not None:
            timings["ftfy"] = timings.get("ftfy", 0.0)
        return out

    normalize_lines.__doc__ = _pure_normalize_lines.__doc__
