"""Text repair, applied to every input before any cleaner sees it.

The documented normalisations, in order, per line (lines are those of ``str.splitlines``, so
line numbers stay those of the decoded input):

1. lone surrogates become U+FFFD (they cannot be written as UTF-8);
2. ftfy repairs mojibake and HTML-entity leftovers, *only* on lines that contain a character
   mojibake can be made of (Latin-1/Latin Extended, Greek, Cyrillic, box drawing, U+FFFD,
   ``&`` entities, C1 controls) and in which one of ftfy's fixers has something to act on
   (``_mojibake.could_change``); pure ASCII and CJK lines skip it. The settings are CJK-safe:
   no full-width folding, no quote uncurling;
3. zero-width characters, soft hyphens and control characters are removed; NBSP, the
   ideographic space, tabs and the other Unicode spaces become a plain space;
4. Unicode NFC;
5. runs of spaces become one space and the line is stripped.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, MutableMapping
from functools import lru_cache

from ._mojibake import could_change

__all__ = ["normalize_line", "normalize_lines"]

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
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]+"
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


def _ftfy(line: str) -> str:
    import ftfy

    return ftfy.fix_text(line, _ftfy_config())


def normalize_line(line: str, *, _fix: Callable[[str], str] = _ftfy) -> str:
    """Repair and tidy one line (no line breaks inside).

    >>> normalize_line("  The Mona Lisa doesnâ€™t have eyebrows.\\u00a0 ")
    'The Mona Lisa doesn’t have eyebrows.'
    >>> normalize_line("\\u3000\\u3000“全角”　ＡＢＣ\\u200b")
    '“全角” ＡＢＣ'
    """
    if line.isascii():
        if line.isprintable():  # the only space is " "
            return " ".join(line.split()) if "  " in line else line.strip()
        return " ".join(_INVISIBLE.sub("", line).split())
    if _SURROGATE.search(line):
        line = _SURROGATE.sub("\ufffd", line)
    if _FTFY_GATE.search(line) and could_change(line):
        line = _fix(line)
    line = _INVISIBLE.sub("", line)
    return " ".join(unicodedata.normalize("NFC", line).split())


def normalize_lines(text: str, *, timings: MutableMapping[str, float] | None = None) -> list[str]:
    """Split ``text`` into lines (``str.splitlines``) and normalise each.

    With ``timings``, the seconds spent in ftfy are added to ``timings["ftfy"]``.

    >>> normalize_lines("a\\r\\nb\\rc\\n")
    ['a', 'b', 'c']
    """
    if timings is None:
        return [normalize_line(line) for line in text.splitlines()]
    spent = 0.0

    def timed(line: str) -> str:
        nonlocal spent
        start = time.perf_counter()
        try:
            return _ftfy(line)
        finally:
            spent += time.perf_counter() - start

    out = [normalize_line(line, _fix=timed) for line in text.splitlines()]
    timings["ftfy"] = timings.get("ftfy", 0.0) + spent
    return out
