"""Text repair, applied to every input before any cleaner sees it.

The documented normalisations, in order, per line (lines are those of ``str.splitlines``, so
line numbers stay those of the decoded input):

1. lone surrogates become U+FFFD (they cannot be written as UTF-8);
2. ftfy repairs mojibake and HTML-entity leftovers, *only* on lines that contain a character
   mojibake can be made of (Latin-1/Latin Extended, Greek, Cyrillic, box drawing, U+FFFD,
   ``&`` entities, C1 controls); pure ASCII and CJK lines skip it. The settings are CJK-safe:
   no full-width folding, no quote uncurling;
3. zero-width characters, soft hyphens and control characters are removed; NBSP, the
   ideographic space, tabs and the other Unicode spaces become a plain space;
4. Unicode NFC;
5. runs of spaces become one space and the line is stripped.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

__all__ = ["normalize_line", "normalize_lines"]

# Characters mojibake is made of, or that ftfy otherwise repairs. A line without any of them
# is left alone by ftfy, so it is not given to it (ftfy costs 2-4 MB/s on non-ASCII text).
_FTFY_GATE = regex.compile(
    r"[\x80-\u024f\u0370-\u052f\u2500-\u259f\ufffd\ue000-\uf8ff]|&(?:#|[a-zA-Z]{2,8};)"
)
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
# Zero-width and invisible format characters that carry nothing in scraped text. ZWJ/ZWNJ
# (U+200C/U+200D) are kept: Persian, Indic scripts and emoji sequences need them.
_INVISIBLE = regex.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]++"
)
_SPACES = regex.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]++")


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


_MAX_ROUNDS = 4  # ftfy rounds per line; real lines settle in one or two


def normalize_line(line: str) -> str:
    """Repair and tidy one line (no line breaks inside).

    Idempotent: a normalised line normalises to itself. Removing invisible characters or
    composing accents (NFC) can reveal mojibake ftfy could not see before
    (``"A\\u0303\\u00a9"`` is ``"Ã©"`` once composed), so a line that changed and may still
    hold mojibake is repaired again, until nothing changes.

    >>> normalize_line("  The Mona Lisa doesnâ€™t have eyebrows.\\u00a0 ")
    'The Mona Lisa doesn’t have eyebrows.'
    >>> normalize_line("\\u3000\\u3000“全角”　ＡＢＣ\\u200b")
    '“全角” ＡＢＣ'
    >>> normalize_line("A\\u0303\\u00a9")
    'é'
    """
    out = _normalize_once(line)
    rounds = 1
    while out != line and rounds < _MAX_ROUNDS and not out.isascii() and _FTFY_GATE.search(out):
        # Without ftfy a round is idempotent, so only a line ftfy may act on can change again.
        line, out = out, _normalize_once(out)
        rounds += 1
    return out


def _normalize_once(line: str) -> str:
    if not line:
        return ""
    if not line.isascii():
        if _SURROGATE.search(line):
            line = _SURROGATE.sub("\ufffd", line)
        if _FTFY_GATE.search(line):
            line = _ftfy(line)
        line = _INVISIBLE.sub("", line)
        line = unicodedata.normalize("NFC", line)
    elif not line.isprintable():
        line = _INVISIBLE.sub("", line)
    return _SPACES.sub(" ", line).strip()


def normalize_lines(text: str) -> list[str]:
    """Split ``text`` into lines (``str.splitlines``) and normalise each.

    >>> normalize_lines("a\\r\\nb\\rc\\n")
    ['a', 'b', 'c']
    """
    return [normalize_line(line) for line in text.splitlines()]
