"""Tokens and lookup keys shared by every cleaner.

A *token* is one CJK ideograph or kana character, or a maximal run of other word characters
(the same tokenisation the dev-set score uses). A *key* is the space-joined, NFKC-normalised,
case-folded tokens of a text: punctuation and spacing differences disappear, so
``"【字号：大 中 小】"`` and ``"字号 大中小"`` have the same key. Word lists are stored as keys
and lines are looked up by key, which is what makes whole-line vocabularies fast.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

import regex

__all__ = ["CJK", "Token", "cjk_share", "is_cjk_char", "key", "norm_token", "tokenize", "tokens"]

CJK = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
_TOKEN = regex.compile(rf"[{CJK}]|[^\W{CJK}]++")
_CJK_CHAR = regex.compile(rf"[{CJK}]")


class Token(NamedTuple):
    start: int
    end: int
    norm: str  # NFKC, case-folded


def norm_token(tok: str) -> str:
    """NFKC + case folding (ASCII takes the fast path).

    >>> norm_token("ＡＢＣ"), norm_token("Straße")
    ('abc', 'strasse')
    """
    if tok.isascii():
        return tok.lower()
    return unicodedata.normalize("NFKC", tok).casefold()


def tokenize(text: str) -> list[Token]:
    """Tokens with their character offsets in ``text``.

    >>> [t.norm for t in tokenize("Share 分享到 QQ空间!")]
    ['share', '分', '享', '到', 'qq', '空', '间']
    """
    return [Token(m.start(), m.end(), norm_token(m.group())) for m in _TOKEN.finditer(text)]


_CACHE_CHARS = 512  # lines up to this long are tokenised once per process, then cached


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(norm_token(t) for t in _TOKEN.findall(text))


_tokens_cached = lru_cache(maxsize=32768)(_tokens)


def tokens(text: str) -> tuple[str, ...]:
    """Normalised tokens of ``text`` (short texts are cached: many steps read the same lines).

    >>> tokens("It's 12:30 — 新闻")
    ('it', 's', '12', '30', '新', '闻')
    """
    return _tokens_cached(text) if len(text) <= _CACHE_CHARS else _tokens(text)


def key(text: str) -> str:
    """The lookup key of ``text``: normalised tokens joined by single spaces.

    >>> key("【字号：大 中 小】") == key("字号 大中小")
    True
    >>> key("  Share  this article! ")
    'share this article'
    """
    if len(text) <= _CACHE_CHARS:
        return _key_cached(text)
    return " ".join(tokens(text))


@lru_cache(maxsize=32768)
def _key_cached(text: str) -> str:
    return " ".join(_tokens_cached(text))


def is_cjk_char(ch: str) -> bool:
    """True for CJK ideographs, kana and the other characters the score counts one by one."""
    return bool(_CJK_CHAR.match(ch))


def cjk_share(text: str) -> float:
    """Share of tokens that are CJK characters (0.0 for text without tokens).

    >>> cjk_share("新华社 Xinhua")
    0.75
    """
    toks = _TOKEN.findall(text)
    if not toks:
        return 0.0
    return sum(1 for t in toks if len(t) == 1 and _CJK_CHAR.match(t)) / len(toks)
