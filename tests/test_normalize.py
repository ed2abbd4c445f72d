"""The fast normaliser equals the documented steps; ftfy is skipped only where it is a no-op."""

from __future__ import annotations

import unicodedata

import ftfy
import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articleclean._mojibake import could_change
from articleclean.normalize import _ftfy, _ftfy_config, normalize_line, normalize_lines

# The documented steps, written the plain way with `regex` (ftfy on every gated line).
_GATE = regex.compile(
    r"[\x80-\u024f\u0370-\u052f\u2500-\u259f\ufffd\ue000-\uf8ff]|&(?:#|[a-zA-Z]{2,8};)"
)
_INVISIBLE = regex.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]++"
)
_SPACES = regex.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]++")


def ref_normalize(line: str) -> str:
    if not line.isascii():
        line = regex.sub(r"[\ud800-\udfff]", "\ufffd", line)
        if _GATE.search(line):
            line = _ftfy(line)
        line = unicodedata.normalize("NFC", _INVISIBLE.sub("", line))
    else:
        line = _INVISIBLE.sub("", line)
    return _SPACES.sub(" ", line).strip()


CASES = {
    "ascii": "  Plain   text\t here ",
    "mojibake": "The Mona Lisa doesnâ€™t have eyebrows.",
    "entity": "Caf&eacute; &amp; cr\u00e8me",
    "cjk_spaces": "\u3000\u3000“全角”　ＡＢＣ\u200b",
    "surrogate": "bad \ud800 text é",
    "controls": "a\x00b\x1fc\x7fé\x85",
    "nbsp": "a\u00a0\u00a0b\u2009c\u202fd",
    "combining": "e\u0301 A\u030a",
    "cyrillic": "Москва — столица России",
    "c1_in_latin": "caf\u0083 é",
    "ligature": "ﬁne café",
    "ansi": "\x1b[31mred é\x1b[0m",
}


@pytest.mark.parametrize("line", CASES.values(), ids=CASES.keys())
def test_fast_normaliser_equals_the_steps(line):
    assert normalize_line(line) == ref_normalize(line)


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_line(s):
    for line in s.splitlines() or [s]:
        assert normalize_line(line) == ref_normalize(line)


@st.composite
def mojibake(draw):
    """Text encoded as UTF-8 and decoded with a legacy code page, inside other text."""
    original = draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=20))
    codec = draw(st.sampled_from(["latin-1", "cp1252", "cp1251", "cp1253", "cp1257", "macroman"]))
    garbled = original.encode("utf-8").decode(codec, errors="replace")
    return draw(st.text(max_size=8)) + garbled + draw(st.text(max_size=8))


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(mojibake())
def test_ftfy_is_skipped_only_where_it_changes_nothing(s):
    for line in s.splitlines():
        if ftfy.fix_text(line, _ftfy_config()) != line:
            assert could_change(line), line
        assert normalize_line(line) == ref_normalize(line)


def test_the_screen_lets_real_mojibake_through_and_skips_clean_text():
    assert could_change("doesnâ€™t")
    assert could_change("Ð\u009cÐ¾Ñ\u0081ÐºÐ²Ð°")
    assert not could_change("Москва — столица России")
    assert not could_change("Crème brûlée, très bien")


def test_timings_report_ftfy_time():
    timings: dict[str, float] = {}
    assert normalize_lines("doesnâ€™t\nplain", timings=timings) == ["doesn’t", "plain"]
    assert timings["ftfy"] > 0


def per_line(text: str) -> list[str]:
    return [normalize_line(line) for line in text.splitlines()]


TEXTS = {
    "ascii": "Title  \n\n  Body   text.\n",
    "ascii_controls": "a\tb\x00c\n\x0cd",
    "entity_newline": "caf\u00e9 &#10; x\nnext",  # ftfy turns &#10; into a line break
    "mojibake_between": "plain\ndoesnâ€™t\n新闻\u3000报道",
    "surrogate": "a\ud800b é\nc",
    "separators": "a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci",
    "combining_at_start": "e\n\u0301x\n",
    "empty": "",
}


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_whole_text_normalisation_equals_line_by_line(text):
    assert normalize_lines(text) == per_line(text)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(st.text(max_size=15), mojibake()), max_size=6))
def test_whole_text_normalisation_equals_line_by_line_on_any_text(parts):
    text = "\n".join(parts)
    assert normalize_lines(text) == per_line(text)
