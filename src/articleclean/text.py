"""Tokens and lookup keys shared by every cleaner.

A *token* is one CJK ideograph or kana character, or a maximal run of other word characters
(the same tokenisation the dev-set score uses). A *key* is the space-joined, NFKC-normalised,
case-folded tokens of a text: punctuation and spacing differences disappear, so
``"【字号：大 中 小】"`` and ``"字号 大中小"`` have the same key. Word lists are stored as keys
and lines are looked up by key, which is what makes whole-line vocabularies fast.

Every step may ask for the tokens or the key of the same line, so :func:`tokens` and
:func:`key` remember their results for recent short lines (a bounded cache). Pure-ASCII text,
and text on which stdlib ``re`` and ``regex`` agree, take faster paths with the same result.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

import regex

from ._compiled import compiled
from ._memo import _CURRENT, text_cache

__all__ = [
    "CJK",
    "Token",
    "cjk_share",
    "count_tokens",
    "first_tokens",
    "is_cjk_char",
    "key",
    "norm_token",
    "tokenize",
    "tokens",
    "word_pattern",
]

CJK = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
_TOKEN = regex.compile(rf"[{CJK}]|[^\W{CJK}]++")
_CJK_CHAR = regex.compile(rf"[{CJK}]")
# In ASCII text a token is a run of [A-Za-z0-9_] (what \w means there); stdlib ``re`` scans
# ASCII several times faster than ``regex`` with the Unicode classes above.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9_]+")
# The same tokeniser in stdlib ``re``. Its \w differs from ``regex``'s on some characters
# (combining marks, other numbers like ①, unassigned code points...); on text without any
# of them (see _re_differs) it finds exactly the same tokens, three times faster.
_RE_TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+")
# Tokens never contain NUL, and NFKC never composes across it, so a text's tokens can be
# normalised in one call on their NUL-joined string and split again.
_SEP = "\x00"


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


def _norms(raw: list[str]) -> list[str]:
    """``[norm_token(t) for t in raw]``, for non-ASCII tokens, in one normalisation call."""
    if not raw:
        return []
    return unicodedata.normalize("NFKC", _SEP.join(raw)).casefold().split(_SEP)


@lru_cache(maxsize=1)
def _re_differs() -> re.Pattern[str]:
    """Characters on which ``re`` and ``regex`` disagree about \\w (BMP), or any astral one.

    Computed once, from the two modules' own Unicode tables (about 30 ms).
    """
    bmp = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    differ = set(regex.sub(r"\W", "", bmp)) ^ set(re.sub(r"\W", "", bmp))
    chars = "".join(re.escape(c) for c in sorted(differ))
    return re.compile(f"[{chars}\U00010000-\U0010ffff]")


def _finder(text: str):
    """The tokeniser for non-ASCII ``text``: stdlib ``re`` unless the text holds a character
    on which its \\w and ``regex``'s disagree."""
    return _TOKEN if _re_differs().search(text) else _RE_TOKEN


def _raw_tokens(text: str) -> list[str]:
    """The tokens of non-ASCII ``text`` as written (not normalised)."""
    return _finder(text).findall(text)


_RE_CJK_CHAR = re.compile(rf"[{CJK}]")
_RE_OTHER_TOKEN = re.compile(rf"[^\W{CJK}]+")
_OTHER_TOKEN = regex.compile(rf"[^\W{CJK}]++")


@compiled
def cjk_and_other_tokens(text: str) -> tuple[list[str], list[str]]:
    """The tokens of ``text`` as written, in two lists: the CJK characters (each a token)
    and the other tokens (what :func:`tokens` would find, not normalised, in another order).

    >>> cjk_and_other_tokens("Share 分享到 QQ空间!")
    (['分', '享', '到', '空', '间'], ['Share', 'QQ'])
    """
    finder = _OTHER_TOKEN if _re_differs().search(text) else _RE_OTHER_TOKEN
    return _RE_CJK_CHAR.findall(text), finder.findall(text)


@compiled
def tokenize(text: str) -> list[Token]:
    """Tokens with their character offsets in ``text``.

    >>> [t.norm for t in tokenize("Share 分享到 QQ空间!")]
    ['share', '分', '享', '到', 'qq', '空', '间']
    """
    if text.isascii():
        return [Token(m.start(), m.end(), m.group()) for m in _ASCII_TOKEN.finditer(text.lower())]
    spans = [m.span() for m in _finder(text).finditer(text)]
    norms = _norms([text[a:b] for a, b in spans])
    return [Token(a, b, n) for (a, b), n in zip(spans, norms, strict=True)]


_CACHE_CHARS = 512  # lines up to this long are tokenised once per run, then remembered


@compiled
def _tokens(text: str) -> tuple[str, ...]:
    if text.isascii():
        return tuple(_ASCII_TOKEN.findall(text.lower()))
    return tuple(_norms(_raw_tokens(text)))


# The tokens, key and CJK share of the short texts of a run are remembered in the run's
# memo (RunMemo.tokens, .keys, .cjk_shares: each emptied when it holds _TEXT_MEMO texts);
# outside a run nothing is kept.
_TEXT_MEMO = 32768


def _keep(table: dict[str, Any], text: str, value: Any) -> Any:
    """``value``, entered for ``text`` in one of the run's text tables (emptied when full)."""
    if len(table) >= _TEXT_MEMO:
        table.clear()
    table[text] = value
    return value


def _tokens_cached(text: str) -> tuple[str, ...]:
    memo = _CURRENT.get()
    if memo is None:
        return _tokens(text)
    found = memo.tokens.get(text)
    return found if found is not None else _keep(memo.tokens, text, _tokens(text))


def tokens(text: str) -> tuple[str, ...]:
    """Normalised tokens of ``text`` (short texts are cached: many steps read the same lines).

    >>> tokens("It's 12:30 — 新闻")
    ('it', 's', '12', '30', '新', '闻')
    """
    return _tokens_cached(text) if len(text) <= _CACHE_CHARS else _tokens(text)


def count_tokens(text: str, limit: int) -> int:
    """``min(len(tokens(text)), limit)``, without tokenising a long text past its ``limit``-th
    token (the steps that only compare a line's length in tokens with a bound ask this: a
    paragraph scraped as one huge line is not split into a tuple of all its words for it).

    >>> count_tokens("It's 12:30 — 新闻", 3), count_tokens("It's 12:30 — 新闻", 9)
    (3, 6)
    """
    if len(text) <= _CACHE_CHARS:
        return min(len(_tokens_cached(text)), limit)
    # normalising keeps the number of tokens (see _norms): count them as written
    finder = _ASCII_TOKEN if text.isascii() else _finder(text)
    return sum(1 for _ in islice(finder.finditer(text), limit))


def first_tokens(text: str, n: int) -> tuple[str, ...]:
    """``tokens(text)[:n]``, without tokenising a long text past its ``n``-th token.

    >>> first_tokens("It's 12:30 — 新闻", 3), first_tokens("ＡＢＣ Ünï", 5)
    (('it', 's', '12'), ('abc', 'ünï'))
    """
    if len(text) <= _CACHE_CHARS:
        return _tokens_cached(text)[:n]
    if text.isascii():
        return tuple(m.group().lower() for m in islice(_ASCII_TOKEN.finditer(text), n))
    # normalised one by one as _norms does them together (NUL parts them for NFKC)
    return tuple(_norms([m.group() for m in islice(_finder(text).finditer(text), n)]))


def key(text: str) -> str:
    """The lookup key of ``text``: normalised tokens joined by single spaces.

    >>> key("【字号：大 中 小】") == key("字号 大中小")
    True
    >>> key("  Share  this article! ")
    'share this article'
    """
    if len(text) <= _CACHE_CHARS:
        memo = _CURRENT.get()  # (asked for every line by every step: no call more than this)
        if memo is None:
            return " ".join(_tokens(text))
        found = memo.keys.get(text)
        return found if found is not None else _keep(memo.keys, text, " ".join(tokens(text)))
    return " ".join(tokens(text))


def is_cjk_char(ch: str) -> bool:
    """True for CJK ideographs, kana and the other characters the score counts one by one."""
    return bool(_CJK_CHAR.match(ch))


def cjk_share(text: str) -> float:
    """Share of tokens that are CJK characters (0.0 for text without tokens).

    >>> cjk_share("新华社 Xinhua")
    0.75
    """
    if text.isascii():
        return 0.0
    return _cjk_share_cached(text) if len(text) <= _CACHE_CHARS else _cjk_share(text)


@compiled
def _cjk_share(text: str) -> float:
    cjk, other = cjk_and_other_tokens(text)  # every CJK character is a token of its own
    n = len(cjk) + len(other)
    return len(cjk) / n if n else 0.0


def _cjk_share_cached(text: str) -> float:
    memo = _CURRENT.get()
    if memo is None:
        return _cjk_share(text)  # type: ignore[no-any-return]
    found = memo.cjk_shares.get(text)
    return found if found is not None else _keep(memo.cjk_shares, text, _cjk_share(text))


@text_cache(1024)
def word_pattern(word: str, ignore_case: bool = False) -> Any:
    """A pattern that finds ``word`` standing as a word of its own, not inside a longer one
    (compiled once per word and run: the steps ask about the same names on every line).

    >>> found = word_pattern("Lima").search
    >>> bool(found("In Lima, today")), bool(found("Limassol"))
    (True, False)
    """
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile(rf"(?<!\w){regex.escape(word)}(?!\w)", flags)
