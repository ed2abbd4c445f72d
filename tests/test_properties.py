"""Guarantees 1-4 of the README, as properties over generated pages.

1. ``clean()`` never raises on a ``str``, and no step fails on one (the strict pipeline lets
   a step's exception through); on ``bytes`` the only error is ``DecodeError``.
2. Idempotence: ``clean(clean(x).body).body == clean(x).body``.
3. Nothing invented: the body's characters, spacing aside, can be read off the normalised
   input left to right.
4. Replay: ``replay(x, removed) == body``.

The pages mix junk vocabulary taken from the rule files, prose in several scripts, dates,
bylines, mojibake, control characters, lone surrogates and every kind of line break (see
``tests/strategies.py``). Run with ``HYPOTHESIS_PROFILE=ci`` for a fixed set of examples
(CI), ``HYPOTHESIS_PROFILE=long`` for many more.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleclean import DecodeError, Pipeline, clean, replay
from articleclean.normalize import normalize_line, normalize_lines
from articleclean.paragraphs import assemble

from .strategies import any_char, bytes_documents, documents, lines
from .test_replay import is_subsequence

STRICT = Pipeline.default(strict=True)


def check_guarantees(text: str, pipe: Pipeline = STRICT) -> None:
    """Assert guarantees 1-4 for one ``str`` input (raises on any violation)."""
    article = pipe.clean(text)  # 1: the strict pipeline raises if any step fails
    unsettled = [w for w in article.warnings if w.startswith(("settle:", "budget:"))]
    assert not unsettled, unsettled
    assert replay(text, article.removed) == article.body, "replay differs from the body"
    # the body is normalised text: reading it again (as settling does) changes nothing
    assert normalize_lines(article.body) == (article.body.split("\n") if article.body else [])
    source = "".join("".join(normalize_lines(text)).split())
    assert is_subsequence("".join(article.body.split()), source), "body text not in the input"
    again = pipe.clean(article.body)
    assert again.body == article.body, (
        "cleaning the body again changed it; removed the second time: "
        f"{[(r.cleaner, r.rule, r.text) for r in again.removed]}"
    )


@given(documents())
def test_guarantees_on_generated_pages(text):
    check_guarantees(text)


@given(st.text(any_char, max_size=200))
def test_guarantees_on_random_text(text):
    check_guarantees(text)


# (NEL, U+0085, is no break: ftfy reads it as the "…" cp1252 puts at 0x85)
@given(
    st.lists(
        st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\u2029", "\x0c", "", " "]), max_size=20
    )
)
def test_only_breaks_and_spaces_give_an_empty_body(parts):
    article = clean("".join(parts))
    assert article.body == "" and article.paragraphs == ()


@given(bytes_documents())
def test_bytes_raise_only_decode_error(data):
    try:
        article = STRICT.clean(data)
    except DecodeError as exc:
        assert str(exc), "a DecodeError says what went wrong"
        return
    assert isinstance(article.body, str)
    assert article.metadata.encoding


@given(st.one_of(lines, st.text(any_char, max_size=60)))
def test_normalize_line_is_idempotent(line):
    for piece in line.splitlines() or [line]:
        once = normalize_line(piece)
        assert normalize_line(once) == once


@given(
    st.lists(
        st.one_of(lines, st.text(st.sampled_from("ÃÂâ€™©\xa0 ae\u0301か\u3099一,."))), max_size=8
    )
)
def test_paragraphs_are_normalised_text(parts):
    """Joining normalised lines into paragraphs never makes text normalisation would change."""
    kept = [normalize_line(p) for p in parts if len(p.splitlines()) <= 1]
    for paragraph in assemble(kept):
        assert normalize_line(paragraph) == paragraph


# -- named edge cases (each one a page that once broke a guarantee, or could) ---------------

EDGES = {
    "empty": "",
    "one_space": " ",
    "nul_bytes": "\x00\x00The body.\x00",
    "lone_surrogates": "\ud800 Share \udfff\nThe body of the story, said the minister.",
    "control_chars": "".join(chr(c) for c in range(32)) + "\x7f\x85\x9f",
    "bidi_and_zero_width": "\u202eShare\u202c\u200b\nThe\u200d body.",
    "mojibake_behind_invisibles": "&amp;ã€€â€®Â\xadí\xa0€ undefined",
    "decomposed_mojibake": "A\u0303\u00a9 costs 5 euros, the minister said.",
    "nbsp_mojibake_across_lines": "Â\na\nb",
    "kana_and_combining_mark_across_lines": "か\n\u3099ね",
    "widget_then_punctuation_line": "Agrandir le texte\n,",
    "menu_split_by_a_fragment": "A la une\fA la une",
    "credit_then_count": "Bildquelle\x1d0\r\n\x0b\rＡＡ",
    "count_then_widget": ":7,\u2028Compártelo",
    "every_line_break": "a\nb\rc\r\nd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l",
    "long_line": "word " * 40_000,
    "long_cjk_line": "新闻" * 100_000,
    "ten_thousand_short_lines": "Share\n0\n" * 5_000,
    "deep_combining_marks": "e" + "\u0301" * 10_000,
    "astral_and_private_use": "\U0001f600\U0010fffd\ue000 \U00020000\U0003134a",
}


@pytest.mark.parametrize("text", list(EDGES.values()), ids=list(EDGES))
def test_guarantees_on_edge_cases(text):
    check_guarantees(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["word " * 200_000, "新闻" * 500_000, "0" * 1_000_000], ids=["ascii", "cjk", "digits"]
)
def test_guarantees_on_one_megabyte_lines(text):
    check_guarantees(text)


def test_every_code_point_in_one_page():
    """A page holding every code point once, 64 a line: no step fails on any character."""
    chars = [chr(c) for c in range(sys.maxunicode + 1)]
    page = "\n".join("".join(chars[i : i + 64]) for i in range(0, len(chars), 64))
    article = STRICT.clean(page)
    assert article.body
    assert replay(page, article.removed) == article.body
