"""What reads as a sentence: the one definition of the punctuation that ends a sentence, and
of a line that reads as prose. Every step that asks either question asks it here.
"""

from __future__ import annotations

import re

import regex

from ._memo import text_cache
from .text import cjk_share, count_tokens

__all__ = ["SENTENCE_END", "ends_sentence", "is_long", "reads_as_prose"]

# The marks that end a sentence, in the scripts the word lists cover.
SENTENCE_END = frozenset(".!?。！？…")
SENTENCE_END_CLASS = "[" + re.escape("".join(sorted(SENTENCE_END))) + "]"  # for patterns
CLOSERS = "\"'”’」』)）]】》»"  # what may close a sentence after its last mark


def ends_sentence(text: str) -> bool:
    """``text`` ends with a sentence's last mark (closing quotes and brackets after it aside).

    >>> ends_sentence("He said so."), ends_sentence("“走吧。”"), ends_sentence("Home")
    (True, True, False)
    """
    return text.rstrip(CLOSERS + " ")[-1:] in SENTENCE_END


_PROSE_MIN_TOKENS = 12
_PROSE_PUNCT = re.compile(r"[.!?。！？，,;；…]")  # one scan, not one per mark
_SENTENCE_PUNCT = regex.compile(r"[。！？，；…]|[.!?;,](?=\s|$|[\"'”’)\]])")
_LONG, _LONG_CJK = 20, 30  # tokens of a line that is surely a paragraph
# Links, e-mail addresses and domains, whose dots are not sentence punctuation. Each starts
# only where its token starts, so a search is one pass over a long token, not one per position.
_LINK = regex.compile(
    r"(?:https?://|www\.)\S++|(?<!\S)[^\s@]++@\S++"
    r"|(?<![\w.-])(?:[\w-]++\.(?=[\w-]))++(?:com|net|org|cn|gov|edu)\b\S*+",
    regex.I,
)


# What every match of _LINK holds: "://" or "www." (branch 1), "@" (branch 2), or a dot and
# one of the top-level domains (branch 3). None of their letters has a case-insensitive
# equal outside ASCII, so a lower-cased search is exact.
_LINK_NEEDS = ("://", "www.", "@", ".com", ".net", ".org", ".cn", ".gov", ".edu")


def _may_hold_link(text: str) -> bool:
    low = text.lower()
    return any(needle in low for needle in _LINK_NEEDS)


@text_cache(16384)
def reads_as_prose(text: str) -> bool:
    """Prose: 12+ tokens and real sentence punctuation (not the dots of links or "71.6m").

    >>> reads_as_prose("http://www.sina.net 2005年03月21日 11:21")
    False
    >>> reads_as_prose("BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Now")
    False
    >>> reads_as_prose("Cyberspace governance must be guided by clear rules and norms, he said.")
    True
    >>> reads_as_prose("Updated: 2016-07-12 08:00")
    False
    """
    if _PROSE_PUNCT.search(text) is None:
        return False
    if count_tokens(text, _PROSE_MIN_TOKENS) < _PROSE_MIN_TOKENS:
        return False
    if ("." in text or "@" in text) and _may_hold_link(text):
        text = _LINK.sub(" ", text)
    return count_tokens(text, 12) >= 12 and _SENTENCE_PUNCT.search(text) is not None


@text_cache(16384)
def is_long(text: str) -> bool:
    """Long enough to be a paragraph rather than a headline or a caption."""
    n = count_tokens(text, max(_LONG, _LONG_CJK))
    if n < min(_LONG, _LONG_CJK) or n >= max(_LONG, _LONG_CJK):
        return n >= _LONG  # the script does not matter (nor is it worked out)
    return n >= (_LONG_CJK if cjk_share(text) > 0.5 else _LONG)
