"""Does a reading of bytes look like text of one language? (for :mod:`articleclean.decode`)

When the encoding detector is not sure, the bytes are read with the candidate codecs and a
reading is taken only if it is *plausible*:

* no C1 control characters, private-use characters or U+FFFD;
* no symbol that single-byte mojibake is made of (``³``, ``¿``, ``£``, ``¤``, ``º``...)
  standing between two letters, as in Polish cp1250 read as cp1252 (``Za¿ó³æ``), and no box
  drawing character beside a letter (UTF-8 read as cp437: ``Gr├╢├ƒe``);
* no word mixing letters of two scripts, ASCII letters with Greek, Cyrillic or Arabic ones
  included (UTF-8 read as cp720 or cp437: ``naيve``, ``ΘtΘ``); ``Ïðèâåò`` (Russian cp1251
  read as cp1252) is all Latin letters, but not those of any one language, which the next
  rule catches;
* at least 90 % of its Latin letters beyond ASCII belong to the alphabet of one language
  (``data/common/alphabets.txt``): ``Über Straße`` uses German letters, ``Èeština`` mixes
  French and Czech ones, ``toplandý`` Turkish ``ü`` and Czech ``ý``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

from .rules import DATA_DIR

__all__ = ["plausible"]

# Symbols that stand for letters in a misread single-byte text; between two letters they
# give it away. (’ – — · … and the like are left out: "l’homme", "col·lecció", "word—word".)
_GLUE = frozenset("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶¸¹º»¼½¾¿×÷ƒˆ‰‹›˜™‚„†‡")
_SHARE = 0.9  # of the Latin letters beyond ASCII that one alphabet must cover


@lru_cache(maxsize=1)
def _alphabets() -> tuple[frozenset[str], ...]:
    out = []
    for raw in (DATA_DIR / "common" / "alphabets.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        _, letters = line.split(None, 1)
        both = set(letters)
        for ch in letters:
            for other in (ch.upper(), ch.lower()):
                if len(other) == 1:
                    both.add(other)
        out.append(frozenset(both))
    return tuple(out)


def _script(ch: str) -> str:
    """A coarse script of a letter beyond ASCII."""
    o = ord(ch)
    if 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF:
        return "latin"
    if 0x370 <= o <= 0x3FF:
        return "greek"
    if 0x400 <= o <= 0x52F:
        return "cyrillic"
    if 0x590 <= o <= 0x5FF:
        return "hebrew"
    if 0x600 <= o <= 0x6FF:
        return "arabic"
    if 0xE00 <= o <= 0xE7F:
        return "thai"
    return "other"


def plausible(text: str) -> bool:
    """Whether ``text`` reads as text of one language rather than as mojibake.

    >>> plausible("Über Straße"), plausible("İber Straşe"), plausible("Èeština je krásná")
    (True, True, False)
    >>> plausible("Za¿ó³æ gêœl¹ jaŸñ"), plausible("Ïðèâåò ìèð"), plausible("Привет мир")
    (False, False, True)
    >>> plausible("caf├ر naيve"), plausible("Gr├╢├ƒe ΘtΘ"), plausible("│ table │")
    (False, False, True)
    """
    latin: Counter[str] = Counter()
    scripts: set[str] = set()
    prev_alpha = False
    n = len(text)
    for i, ch in enumerate(text):
        if ch.isascii():
            if ch.isalpha():
                if scripts - {"latin", "ascii"}:
                    return False  # ASCII letters in a word of another script
                scripts.add("ascii")
            else:
                scripts.clear()  # a word ends
            prev_alpha = ch.isalpha()
            continue
        if "\u2500" <= ch <= "\u259f":  # box drawing, blocks: cp437 and friends
            if prev_alpha or (i + 1 < n and text[i + 1].isalpha()):
                return False
            prev_alpha = False
            scripts.clear()
            continue
        if ch in _GLUE:
            if prev_alpha and i + 1 < n and text[i + 1].isalpha():
                return False
            prev_alpha = False
            scripts.clear()
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Co", "Cs") or ch == "\ufffd":
            return False
        if ch.isalpha():
            script = _script(ch)
            scripts.add(script)
            if len(scripts - {"ascii"}) > 1 or ("ascii" in scripts and script != "latin"):
                return False  # a word of two scripts
            if script == "latin":
                latin[ch] += 1
            prev_alpha = True
        else:
            if not category.startswith("M"):  # combining marks belong to the word
                scripts.clear()
            prev_alpha = category.startswith("M") and prev_alpha
    total = sum(latin.values())
    if not total:
        return True
    best = max(sum(n for ch, n in latin.items() if ch in alpha) for alpha in _alphabets())
    return best >= _SHARE * total
