"""Near-miss inputs for a pattern: long runs of what its quantifiers repeat, no terminator.

A pattern backtracks badly when a quantified part can take a long run of characters in many
ways, or when a search restarts at every position and rescans the run each time. To provoke
that without knowing the pattern, :func:`near_misses` reads the pattern's source, finds its
*atoms* (character classes, escapes such as ``\\p{Lu}`` or ``\\d``, ``.``, literal words)
and, for each atom, characters it matches; it then builds units to repeat:

* a run of one atom's character (``"AAAA..."``, ``"1111..."``, ``"中中中..."``);
* a run of two neighbouring atoms' characters (``"A A A ..."``), the shape of nested
  repetitions such as ``(?:\\p{Lu}\\p{L}*+ )+``;
* a run of each literal word, with and without a space (``"by by by "``);
* the whole pattern *flattened* (every literal and one character per atom, in order, all
  alternatives included) and cut short, as a match that almost succeeds, again and again.

Each unit is repeated to the size asked for; the caller times the pattern on 10 KB and
100 KB of it.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

import regex

__all__ = ["atoms", "near_misses", "repeat"]

# Characters tried against each atom: ASCII of every kind, Latin-1 and Latin Extended,
# CJK ideographs and punctuation, kana, Hangul, Cyrillic, Greek, Thai, Hebrew, Devanagari,
# Arabic, odd spaces, control and format characters, a lone surrogate, an astral ideograph.
POOL = (
    "aZ09 _-.,:;!?'\"()[]{}<>/\\|@#$%&*+=~`\t"
    "éÄßñ©®€£–—’“”…"
    "中年月日号時間版分秒这們国國"
    "，。：；！？（）【】《》「」、＞"
    "あアー한дЖαΩ٣①กאकع\u3000\u00a0\ufffd"
    "\x00\x07\x1b\x7f\x85\x9f\u00ad\u200b\u200e\u202e\u2060\ufeff\ue000\ud800\U00020000"
)
_STRUCTURE = set("()|*+?{}^$")
_ESCAPE_ATOMS = set("dDwWsShHvVX")
_ASSERTIONS = set("bBAZzGmM")


def _class_end(src: str, i: int) -> int:
    """Index just past the ``]`` closing the set that opens at ``src[i]``."""
    j = i + 1
    if j < len(src) and src[j] == "^":
        j += 1
    if j < len(src) and src[j] == "]":
        j += 1
    depth = 1
    while j < len(src) and depth:
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        j += 1
    return j


def _group_prefix(src: str, i: int) -> int:
    """Index past a group's opening syntax (``(``, ``(?:``, ``(?P<name>``, ``(?-i:``...)."""
    j = i + 1
    if j >= len(src) or src[j] != "?":
        return j
    j += 1
    if src.startswith("P<", j) or (src.startswith("<", j) and src[j + 1 : j + 2] not in "=!"):
        return src.index(">", j) + 1
    while j < len(src) and src[j] not in ":)=!>" and not src.startswith("<=", j):
        j += 1
    if src.startswith("<=", j) or src.startswith("<!", j):
        return j + 2
    return j + 1


@lru_cache(maxsize=4096)
def atoms(source: str) -> tuple[tuple[str, str], ...]:
    """The pattern's atoms in order: ``("lit", text)`` or ``("set", pattern_of_one_char)``.

    >>> atoms(r"by\\s*+(?P<rest>\\p{Lu}.*+)")
    (('lit', 'by'), ('set', '\\\\s'), ('set', '\\\\p{Lu}'), ('set', '.'))
    """
    out: list[tuple[str, str]] = []
    literal = ""
    i = 0

    def flush() -> None:
        nonlocal literal
        if literal:
            out.append(("lit", literal))
            literal = ""

    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            n = source[i + 1]
            if n in "pP" and source[i + 2 : i + 3] == "{":
                end = source.index("}", i) + 1
                flush()
                out.append(("set", source[i:end]))
                i = end
            elif n in _ESCAPE_ATOMS:
                flush()
                out.append(("set", source[i : i + 2]))
                i += 2
            elif n in _ASSERTIONS or n.isdigit():
                flush()
                i += 2
            elif n in "xuU":
                width = {"x": 2, "u": 4, "U": 8}[n]
                literal += chr(int(source[i + 2 : i + 2 + width], 16))
                i += 2 + width
            elif n == "N" and source[i + 2 : i + 3] == "{":
                flush()
                end = source.index("}", i) + 1
                out.append(("set", source[i:end]))
                i = end
            else:
                literal += {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}.get(n, n)
                i += 2
        elif c == "[":
            flush()
            end = _class_end(source, i)
            out.append(("set", source[i:end]))
            i = end
        elif c == "(":
            flush()
            i = _group_prefix(source, i)
        elif c == "{" and regex.match(r"\{\d*+,?+\d*+\}", source[i:]):
            flush()
            i = source.index("}", i) + 1
        elif c == ".":
            flush()
            out.append(("set", "."))
            i += 1
        elif c in _STRUCTURE:
            flush()
            i += 1
        else:
            literal += c
            i += 1
    flush()
    return tuple(out)


@lru_cache(maxsize=4096)
def _chars(atom: str, flags: int) -> tuple[str, ...]:
    """Up to two characters ``atom`` matches: the first ASCII one and the first other one.

    Case-sensitive matches come first: ``\\p{Lu}`` in a ``(?-i:...)`` group means "Z", not
    "a", and an upper-case letter is matched by the atom with or without ``IGNORECASE``.
    """
    hits: list[str] = []
    for mask in (regex.V1 | regex.DOTALL, regex.IGNORECASE | regex.V1 | regex.DOTALL):
        try:
            one = regex.compile(atom, flags & mask)
        except regex.error:
            return ()
        hits = [c for c in POOL if one.fullmatch(c)]
        if hits:
            break
    ascii_hit = next((c for c in hits if c.isascii()), None)
    other = next((c for c in hits if not c.isascii()), None)
    return tuple(c for c in (ascii_hit, other) if c)


def near_misses(source: str, flags: int = 0, limit: int = 24) -> list[str]:
    """Units whose long repetition comes close to matching ``source`` without matching.

    >>> units = near_misses(r"(?:\\p{Lu}\\p{L}*+ ){1,3}+is")
    >>> "Z" in units and "Za" in units and "is " in units
    True
    """
    parts = atoms(source)
    flat = "".join(
        text if kind == "lit" else "".join(_chars(text, flags)[:1]) for kind, text in parts
    )
    units: list[str] = []
    if flat:
        units += [flat + " ", flat[:-1] + " ", flat[: max(1, len(flat) // 2)]]
    chars = [_chars(text, flags) if kind == "set" else (text,) for kind, text in parts]
    for options in chars:
        units += [c for c in options if len(c) == 1]
    for left, right in pairwise(chars):
        if left and right:
            units.append(left[0][-1] + right[0][:1])
    for kind, text in parts:
        if kind == "lit" and text.strip():
            units += [text.strip() + " ", text.strip()]
    seen: set[str] = set()
    out = []
    for unit in units:
        if unit and unit not in seen:
            seen.add(unit)
            out.append(unit)
    return out[:limit]


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters.

    >>> repeat("ab", 5)
    'ababa'
    """
    return (unit * (size // len(unit) + 1))[:size]
