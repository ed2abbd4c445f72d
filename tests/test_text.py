"""The fast tokeniser equals its definition: regex tokens, each NFKC-normalised and case-folded."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean import text

# The definition, written the plain way (one `regex` pass, one normalisation per token).
_TOKEN = regex.compile(rf"[{text.CJK}]|[^\W{text.CJK}]++")


def ref_tokens(s: str) -> list[str]:
    return [unicodedata.normalize("NFKC", t).casefold() for t in _TOKEN.findall(s)]


def ref_tokenize(s: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), unicodedata.normalize("NFKC", m.group()).casefold())
        for m in _TOKEN.finditer(s)
    ]


def check(s: str) -> None:
    assert list(text.tokens(s)) == ref_tokens(s)
    assert text.key(s) == " ".join(ref_tokens(s))
    assert [tuple(t) for t in text.tokenize(s)] == ref_tokenize(s)


CASES = {
    "ascii": "Share this article! It's 12:30",
    "cjk": "【字号：大 中 小】新华社北京7月11日电",
    "mixed": "Café crème — 新闻 QQ空间",
    "fullwidth": "ＡＢＣ　ＤＥＦ",
    "marks": "e\u0301 ä\u0308 क\u093c",  # combining marks: \w for regex, not for re
    "other_numbers": "①②③ ⅻ ²",
    "ligatures": "ﬁne ﷺ Ǆemo ㍿",  # NFKC expands, even into spaces
    "hangul_jamo": "\u1100\u1161 \u1100 \u1161",  # NFKC composes adjacent jamo only
    "astral": "𠀀𠀁 𝒥ohn 😀",
    "turkish": "İSTANBUL ıı",
    "sigma": "ΟΔΟΣ Σ ς",
    "empty": "",
    "punct_only": "!!! ...",
}


@pytest.mark.parametrize("s", CASES.values(), ids=CASES.keys())
def test_fast_paths_equal_the_definition(s):
    check(s)


def test_long_texts_are_not_cached_but_equal():
    s = "Word, " * (text._CACHE_CHARS // 3)
    check(s)
    check(s + "é")


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_text(s):
    check(s)


_TRICKY = "ｆＡ①ﷺ\u0301\u0300\u093cक\u0b47\u0b3e\u1100\u1161\u11a8ﬁ²㍿Ǆİßς Σ ,.\u3000中文ｶﾞ\u309a_a1"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_TRICKY))
def test_texts_of_characters_that_normalise_oddly(s):
    check(s)
