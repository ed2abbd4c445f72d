"""The fast normaliser equals the documented steps; ftfy is skipped only where it is a no-op."""

from __future__ import annotations

import unicodedata

import ftfy
import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articleclean._mojibake import could_change
from articleclean.normalize import (
    _ftfy,
    _ftfy_config,
    normalize_line,
    normalize_lines,
    split_lines,
)

# The documented steps, written the plain way with `regex` (ftfy on every gated line).
_GATE = regex.compile(
    r"[\x80-\u024f\u0370-\u052f\u2500-\u259f\ufffd\ue000-\uf8ff]|&(?:#|[a-zA-Z]{2,8};)"
)
# (the separators U+001C-U+001F and NEL are not invisible: they become spaces)
_INVISIBLE = regex.compile(
    r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]++"
)
_SPACES = regex.compile(r"[\s\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]++")


def ref_normalize(line: str) -> str:
    # repeated while it changes a line ftfy may act on (normalize_line is idempotent)
    out, rounds = _ref_once(line), 1
    while out != line and rounds < 4 and not out.isascii() and _GATE.search(out):
        line, out = out, _ref_once(out)
        rounds += 1
    return out


def _ref_once(line: str) -> str:
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
    for line in split_lines(s) or [s]:
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
    for line in split_lines(s):
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
    return [normalize_line(line) for line in split_lines(text)]


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


# Issue 18: the splitter broke lines at characters mojibake is made of, before ftfy could
# repair them; lines now break only at \n, \r\n and \r.
ZH = "记者张伟报道，国务院新闻办公室今天举行新闻发布会，介绍今年上半年国民经济运行情况。"


def test_utf8_chinese_read_as_latin1_is_repaired_whole():
    garbled = ZH.encode("utf-8").decode("latin-1")
    assert "\x85" in garbled  # 者 is E8 80 85
    assert normalize_lines(garbled) == [ZH]
    assert normalize_lines(f"Title\n{garbled}\r\nEnd") == ["Title", ZH, "End"]


@pytest.mark.parametrize(
    "sep",
    ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\u2028", "\u2029"],
    ids=["VT", "FF", "FS", "GS", "RS", "US", "LS", "PS"],
)
@pytest.mark.parametrize("script", ["ascii", "latin", "cjk"])
def test_other_line_breaks_stay_inside_their_line_as_a_space(sep, script):
    a, b = {"ascii": ("one", "two"), "latin": ("café", "crème"), "cjk": ("新闻", "报道")}[script]
    text = f"{a}{sep}{b}\nnext"
    assert split_lines(text) == [f"{a}{sep}{b}", "next"]
    assert normalize_lines(text) == [f"{a} {b}", "next"]
    assert normalize_line(f"{a}{sep}{b}") == f"{a} {b}"


@pytest.mark.parametrize("script", ["ascii", "latin", "cjk"])
def test_nel_is_read_as_cp1252_like_the_other_c1_controls(script):
    a, b = {"ascii": ("one", "two"), "latin": ("café", "crème"), "cjk": ("新闻", "报道")}[script]
    assert normalize_lines(f"{a}\x85{b}\nnext") == [f"{a}…{b}", "next"]


@pytest.mark.parametrize("c1", [chr(c) for c in range(0x80, 0xA0)], ids=lambda c: f"U+{ord(c):04X}")
def test_no_c1_control_breaks_a_line(c1):
    text = f"caf\u00e9 {c1}x\nnext"
    assert len(normalize_lines(text)) == 2
