"""Literal screens (``articleclean.screen``) never turn away a line a pattern would match."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from regex import _regex

from articleclean import Doc, decode
from articleclean.errors import DecodeError
from articleclean.line_index import line_index
from articleclean.rules import (
    DATA_DIR,
    LINE_FAMILIES,
    PatternSet,
    Rule,
    RuleBook,
    _pattern_families,
    read_patterns,
)
from articleclean.screen import Screen, fold, required_literals

from .test_vocab_languages import SHAPES

ROOT = Path(__file__).resolve().parents[1]

# -- what a pattern needs ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        pytest.param(r"[^\n]{0,120}?all rights reserved\.?+", {"all rights reserved"}, id="lazy"),
        pytest.param(r"(?:©|\(c\)|Copyright)\s*+\d{4}", {"©", "(c)", "copyright"}, id="branches"),
        pytest.param(r"(?:all )?+rights", {"rights"}, id="optional-group"),
        pytest.param(r"a?+bcd", {"bcd"}, id="optional-char"),
        pytest.param(r"a+bcd", {"bcd"}, id="repeated-char-ends-a-run"),
        pytest.param(r"(?:news){2,}", {"news"}, id="repeated-group"),
        pytest.param(r"(?=[^\n]*[摄攝]影?$)[^\n]{0,40}", {"摄", "攝"}, id="lookahead-counts"),
        pytest.param(r"[\w.]{0,40}+(?<=newsletter)\s", {"newsletter"}, id="lookbehind"),
        pytest.param(r"(?:(?!x)[^\n]){0,9}+yz", {"yz"}, id="negative-lookaround-not"),
        pytest.param(r"(?-i:AP)\s", {"ap"}, id="scoped-flag-folded"),
        pytest.param(r"(?P<name>\p{Han}{2,4}+)\s*+报道", {"报道"}, id="named-group-property"),
        pytest.param(r"\d++\s*+\+", {"+"}, id="escaped-plus"),
        pytest.param(r"STRASSE|Straße", {"strasse"}, id="folded-full"),
    ],
)
def test_required_literals(pattern, needs):
    assert required_literals(pattern) == needs


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(r"[^\n]{1,40}+", id="no-literal"),
        pytest.param(r"(?:rights|)", id="empty-branch"),
        pytest.param(r"(?:rights)?", id="optional"),
        pytest.param(r"(?:abc){0,3}", id="zero-minimum"),
        pytest.param(r"(?!abc)x?", id="negative-only"),
        pytest.param(r"(\w)x\1", id="backreference"),
        pytest.param(r"(?x) a b c", id="verbose"),
        pytest.param(r"(?f)strasse", id="fullcase"),
        pytest.param(r"(?V1)[[a-z]--[aeiou]]", id="version1"),
        pytest.param(r"[[:alpha:]]x", id="posix-class"),
        pytest.param(r"(?:abc){e<=1}", id="fuzzy"),
        pytest.param(r"\L<words>", id="named-list"),
        pytest.param(r"(?|(a)|(b))", id="branch-reset"),
        pytest.param(r"abc)", id="unbalanced"),
        pytest.param(r"a\nb", id="unprintable-literal"),
    ],
)
def test_unknown_or_unneeded_gives_none(pattern):
    assert required_literals(pattern) is None


def test_fold_equates_what_regex_equates():
    """Every pair of printable characters that ``regex`` matches case-insensitively folds to
    the same string (characters newer than Python's tables are not printable here and are
    never screened)."""
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        if not ch.isprintable():
            continue
        cases = _regex.get_all_cases(regex.IGNORECASE, code)
        if len(cases) == 1:
            continue
        for other in map(chr, cases):
            assert not other.isprintable() or fold(other) == fold(ch), (ch, other)


# -- screened pattern sets answer as the plain loop -----------------------------------------


@cache  # (the tests of a family are far apart in the run)
def _plain_hits(family: str) -> dict[str, tuple[list[Rule], list[Rule]]]:
    """line -> the rules of ``family`` whose pattern matches it whole, and those found in it,
    in order: each pattern tried on each sample line, with no screen (the reference the
    tests below compare the screens with; worked out once per family)."""
    patterns = RuleBook().patterns(family).patterns
    out = {}
    for line in _sample_lines():
        full = [rule for rule, pat in patterns if pat.fullmatch(line)]
        found = [rule for rule, pat in patterns if pat.search(line)]
        if full or found:
            out[line] = (full, found)
    return out


def _plain(family: str, line: str, how: str) -> Rule | None:
    full, found = _plain_hits(family).get(line, ([], []))
    hits = full if how == "fullmatch" else found
    return hits[0] if hits else None


@lru_cache(maxsize=1)
def _sample_lines() -> tuple[str, ...]:
    """Sample lines: every pattern's sample, the lines of the fixtures and examples (also
    stripped of marks), and case variants."""
    lines = {line for *_, line in SHAPES}
    paths = sorted(ROOT.glob("fixtures/**/raw.txt")) + sorted(ROOT.glob("examples/**/raw.txt"))
    for path in paths:
        try:
            text = decode(path.read_bytes()).text
        except DecodeError:
            continue
        for line in Doc.from_text(text).lines:
            if line.text and len(line.text) <= 400:
                lines.update({line.text, line.text.strip(" -|:：()（）[]【】")})
    lines |= {line.upper() for line in sorted(lines)[::3]}
    return tuple(sorted(lines))


@lru_cache(maxsize=1)
def _all_families() -> tuple[str, ...]:
    return tuple(_pattern_families(None, ()))


def test_every_pattern_file_family_is_screened_by_one_screen():
    book = RuleBook()
    screens = {id(book.patterns(f).screen) for f in _all_families()}
    assert len(screens) == 1


def test_most_bundled_patterns_have_a_requirement():
    unscreened = [
        rule.id
        for path in sorted(DATA_DIR.glob("*/*.re"))
        for rule, pat in read_patterns(path, path.name, path.stem, path.parent.name)
        if required_literals(pat.pattern) is None
    ]
    assert len(unscreened) <= 5, unscreened


@pytest.mark.parametrize("family", _all_families())
def test_screened_set_finds_what_the_plain_loop_finds(family):
    ps = RuleBook().patterns(family)
    for line in _sample_lines():
        for how in ("fullmatch", "search"):
            hit = getattr(ps, how)(line)
            assert (hit[0] if hit else None) == _plain(family, line, how), (how, line)


@pytest.mark.parametrize("family", _all_families())
def test_may_match_turns_away_no_line_a_pattern_matches(family):
    """``may_match`` on the book's screen answer is the one cheap question a caller asks
    several sets about a line before ``fullmatch``: it never says no to a match."""
    book = RuleBook()
    ps, screen = book.patterns(family), book.screen()
    turned_away = 0
    for line in _sample_lines():
        if not ps.may_match(screen.present(line)):
            turned_away += 1
            assert ps.fullmatch(line) is None and ps.search(line) is None, line
    assert ps.unscreened or turned_away  # (a set that needs anchors turns some lines away)


@pytest.mark.parametrize("family", _all_families())
def test_every_match_holds_a_literal_the_pattern_needs(family):
    needs = {
        rule: required_literals(pat.pattern) for rule, pat in RuleBook().patterns(family).patterns
    }
    for line, (_, found) in _plain_hits(family).items():
        for rule in found:
            if needs[rule] is not None:
                assert any(n in fold(line) for n in needs[rule]), (rule.id, line)


@pytest.mark.parametrize("family", LINE_FAMILIES)
def test_line_index_answers_as_each_family_alone(family):
    book = RuleBook()
    index = line_index(book)
    lexicon, patterns = book.lexicon(family), book.patterns(family)
    for line in _sample_lines():
        rule = lexicon.lookup(line)
        hit = patterns.fullmatch(line) if rule is None else None
        expected = rule.id if rule is not None else (hit[0].id if hit else None)
        assert index.rule(line, family) == expected, line


def _set(*patterns: str) -> PatternSet:
    return PatternSet(
        (Rule(f"t.re:p{i}", "t", "xx", p), regex.compile(p, regex.IGNORECASE))
        for i, p in enumerate(patterns)
    )


# Characters whose case-insensitive equals differ from their lower case: Turkish i, long s,
# Kelvin sign, sharp s; and a character newer than some Pythons' tables.
_TRICKY = "iIİısSſkKKßẞ ©()x\U0001df95"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_TRICKY + "aeinrtu", max_size=14))
def test_screen_never_hides_a_match(text):
    ps = _set(
        r"[^\n]{0,9}?istanbul",
        r"(?:ss|ß)k",
        r"kis",
        r"(?-i:K)\s*+\(c\)",
        r"[^\n]{0,5}?©[^\n]{0,5}",
        r"strasse|sıs",
        r"x",
    )
    for how in ("fullmatch", "search"):
        hit = getattr(ps, how)(text)
        plain = next((rule for rule, pat in ps.patterns if getattr(pat, how)(text)), None)
        assert (hit[0] if hit else None) == plain


def test_screen_reports_anchors_inside_words_and_around_them():
    s = Screen(["all rights reserved", "(c)", "newsletter", "版权所有"])
    present = s.present("COPYRIGHT (C) 2019 — All Rights RESERVED")
    assert s.need({"all rights reserved"}) <= present and s.need({"(c)"}) <= present
    assert not s.need({"newsletter"}) & present
    assert s.need({"newsletter"}) <= s.present("Our Newsletters")
    assert s.need({"版权所有"}) <= s.present("中国日报网版权所有")
    assert s.present("\ue000 private use") is None  # not screened: every pattern is tried
