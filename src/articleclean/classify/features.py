"""Per-block features that need no HTML, CJK-aware (each CJK character counts as a token).

A *block* is a paragraph as :func:`articleclean.paragraphs.group` forms it: one line, or lines
that continue each other (split inline links, hard wrapping).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .._memo import text_cache
from ..extract.language import load_stopwords
from ..prose import CLOSERS, ends_sentence
from ..text import _ASCII_TOKEN, cjk_and_other_tokens

__all__ = ["Features", "features", "stopwords_for"]

_INNER_PUNCT_CHARS = ",;:，、；："
_ITEM = regex.compile(
    r"(?:\d{1,3}+[.)、）]|(?-i:[IVXLC]{1,6}+)\.\s|[(（]\d{1,3}+[)）]|[•·▪●○◦■□►▶*-]|[①-⑳]|[（(][一二三四五六七八九十]{1,3}+[)）]"
    r"|[一二三四五六七八九十]{1,3}+、)\s*+\S"
)
_URL = regex.compile(r"(?:https?://|www\.)\S++")
# "Label: value" — a short label, a colon, a value: the rows of a spec sheet, a meal plan or
# a fact box ("Capacidade: 4 litros", "主食：杂粮米饭", "Cuisine: British").
_PAIR = regex.compile(r"[^:：\s][^:：]{0,24}+[:：]\s*+[^\s:：]")
_PAIR_LABEL_TOKENS = 4  # the label has at most this many words (CJK: twice as many characters)


@dataclass(frozen=True, slots=True)
class Features:
    """What the classifier knows about one block.

    ``tokens``: words, or CJK characters one by one; ``cjk``: share of CJK tokens;
    ``stop``: share of tokens that are stopwords of the page's language; ``end``: ends a
    sentence; ``punct``: commas, semicolons and colons inside; ``caps``: share of Latin words
    that start with a capital; ``digits``: share of tokens that are numbers.
    """

    tokens: int
    cjk: float
    stop: float
    end: bool
    punct: int
    caps: float
    digits: float
    item: bool = False  # a numbered or bulleted list item, or a bare URL
    pair: bool = False  # "Label: value", a short label before a colon
    intro: bool = False  # ends in a colon: it introduces what follows (a list, a quote)

    def as_dict(self) -> dict[str, float | int | bool]:
        return {
            "tokens": self.tokens,
            "stop": round(self.stop, 3),
            "end": self.end,
            "punct": self.punct,
            "caps": round(self.caps, 3),
            "digits": round(self.digits, 3),
            "item": self.item,
            "pair": self.pair,
            "intro": self.intro,
        }


@lru_cache(maxsize=64)
def stopwords_for(lang: str | None) -> frozenset[str]:
    """Stopwords for a BCP 47 code (``zh-Hans`` uses ``zh``); empty if there is no list."""
    if not lang:
        return frozenset()
    return load_stopwords(lang.split("-")[0].lower())


@lru_cache(maxsize=1)
def _ko_endings() -> frozenset[str]:
    """Korean words carry their function in a final particle or ending (은/는/이/가...;
    ``ending`` in ``ko/feature_words.txt``): a word ending in one counts like a stopword,
    since whole Korean words are rarely stopwords themselves."""
    from ..rules import load_words

    return frozenset(load_words("feature_words.txt").get("ending", ()))


def _korean_ending(word: str) -> bool:
    return word[-1] in _ko_endings() and "\uac00" <= word[-1] <= "\ud7a3"


@text_cache(16384)
def features(text: str, stop: frozenset[str], cjk_stop: frozenset[str]) -> Features:
    """Compute the features of one block (remembered: a body settles by being classified
    again, and the same template lines recur on a site's pages).

    >>> en = stopwords_for("en")
    >>> f = features("He said the plan would be published next week.", en, stopwords_for("zh"))
    >>> f.tokens, f.end, f.stop > 0.3
    (9, True, True)
    >>> features("Home World Politics Business", en, frozenset()).caps
    1.0
    """
    if text.isascii():
        cjk: list[str] = []
        toks = _ASCII_TOKEN.findall(text)
    else:
        cjk, toks = cjk_and_other_tokens(text)
    n = len(cjk) + len(toks)
    if n == 0:
        return Features(0, 0.0, 0.0, False, 0, 0.0, 0.0)
    n_stop = sum(map(cjk_stop.__contains__, cjk)) if cjk else 0
    words = [t for t in toks if not t.isdigit()]
    n_digit = len(toks) - len(words)
    lows = list(map(str.lower, words))
    n_stop += sum(map(stop.__contains__, lows))
    if not text.isascii():  # a Korean word ending in a particle counts like a stopword
        n_stop += sum(1 for w in lows if w not in stop and _korean_ending(w))
    latin = [w[0] for w in words if w[0].isalpha()]
    n_latin = len(latin)
    n_caps = sum(map(str.isupper, latin))
    end = ends_sentence(text)
    intro = text.rstrip(CLOSERS + " ")[-1:] in ":："
    return Features(
        tokens=n,
        cjk=len(cjk) / n,
        stop=n_stop / n,
        end=end,
        punct=sum(map(text.count, _INNER_PUNCT_CHARS)),
        caps=n_caps / n_latin if n_latin else 0.0,
        digits=n_digit / n,
        item=bool(_ITEM.match(text) or _URL.fullmatch(text)),
        pair=not intro and _pair(text),
        intro=intro,
    )


def _pair(text: str) -> bool:
    """``Label: value`` with a label of a few words (CJK: characters).

    >>> _pair("Capacidade: 4 litros"), _pair("主食：杂粮米饭")
    (True, True)
    >>> _pair("The minister, who spoke after the vote on Tuesday, said: no")
    False
    """
    m = _PAIR.match(text)
    if m is None:
        return False
    label = text[: m.end() - 1].rstrip(" :：")
    if label.isascii():
        return len(label.split()) <= _PAIR_LABEL_TOKENS
    return len(label) <= 2 * _PAIR_LABEL_TOKENS or len(label.split()) <= _PAIR_LABEL_TOKENS
