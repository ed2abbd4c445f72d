"""The compiled path (``articleclean._speedups``) gives exactly the pure path's results.

The pure-Python functions are the reference (``_compiled.PURE``; the literal screen's pure
scan is ``Screen._present``). Their C equals are compared with them on every code point
(each alone, and next to its neighbours), on every canonical composition pair, on random
text of all of Unicode (lone surrogates, unassigned and astral code points included), on
text made of the screen's own anchors in every case, and on every line of the dev set and
of the fixtures. Whole Articles are compared too: the dev set and the fixtures cleaned in
a process on the compiled path and in one with ``ARTICLECLEAN_PURE=1`` give identical
``Article.to_dict()``. The C functions run in linear time.

These tests need the extension built; they are skipped when it is not (a pure install).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articleclean
from articleclean import _compiled
from articleclean.line_index import line_index
from articleclean.normalize import normalize_line, normalize_lines, split_lines
from articleclean.rules import RuleBook
from articleclean.screen import Screen, fold

from .strategies import NEWLINES, any_char, documents, lines

C = _compiled.extension
pytestmark = pytest.mark.skipif(C is None, reason="the C extension is not built")
P = _compiled.PURE
ROOT = Path(__file__).resolve().parents[1]


def _devset() -> Path | None:
    for candidate in (
        os.environ.get("ARTICLECLEAN_DEVSET"),
        ROOT.parent / "shared" / "devset",
        "/work/shared/devset",
    ):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


DEVSET = _devset()


def _inputs() -> list[Path]:
    """The dev set's page and window views, the fixtures and the examples."""
    paths = sorted(ROOT.glob("fixtures/**/raw.txt")) + sorted(ROOT.glob("examples/**/raw.txt"))
    if DEVSET is not None:
        paths += sorted(DEVSET.glob("*/*/raw_page.txt")) + sorted(DEVSET.glob("*/*/raw_window.txt"))
    return paths


@lru_cache(maxsize=1)
def corpus_lines() -> tuple[str, ...]:
    """Every distinct line of the inputs, as decoded and as normalised."""
    out: dict[str, None] = {}
    for path in _inputs():
        try:
            decoded = articleclean.decode(path.read_bytes()).text
        except articleclean.DecodeError:
            continue
        out.update(dict.fromkeys(decoded.splitlines()))
        out.update(dict.fromkeys(normalize_lines(decoded)))
    return tuple(out)


# -- the references -----------------------------------------------------------------------


def pure_tokens(s: str) -> tuple[str, ...]:
    return P["_tokens"](s)


def pure_share(s: str) -> float:
    cjk, other = P["cjk_and_other_tokens"](s)
    n = len(cjk) + len(other)
    return len(cjk) / n if n else 0.0


def check_tokens(s: str) -> None:
    toks = pure_tokens(s)
    assert C.tokens(s) == toks
    assert C.key(s) == " ".join(toks)
    assert C.tokenize(s) == P["tokenize"](s)
    assert C.cjk_and_other_tokens(s) == P["cjk_and_other_tokens"](s)
    share = C.cjk_share(s)
    assert share == pure_share(s) and type(share) is float
    for n in (0, 1, 3, len(toks), len(toks) + 1):
        assert C.count_tokens(s, n) == min(len(toks), n)
        assert C.first_tokens(s, n) == toks[:n]


@lru_cache(maxsize=1)
def book_screen() -> Screen:
    screen = line_index(RuleBook())._screen
    assert screen is not None
    return screen


_AUTOMATA: dict[int, tuple[Screen, object]] = {}


def compiled_present(screen: Screen):
    """The C scan of ``screen`` (its own, or one built here when the pure path is forced)."""
    if _compiled.native is not None:
        return screen._present
    found = _AUTOMATA.get(id(screen))
    if found is None or found[0] is not screen:
        if len(_AUTOMATA) > 64:
            _AUTOMATA.clear()
        found = _AUTOMATA[id(screen)] = (
            screen,
            C.Anchors(tuple(frozenset(screen._anchor.values())), frozenset()),
        )
    return found[1].present


def check_screen(screen: Screen, s: str) -> None:
    assert compiled_present(screen)(s) == Screen._present(screen, s), s


# -- the table's sources ------------------------------------------------------------------


def test_the_table_reads_its_classes_as_their_engines_do():
    import re

    import regex

    from articleclean import normalize, text

    everything = C._code_points(0, 0x110000)
    assert everything == "".join(map(chr, range(0x110000)))
    scanned = [m.span() for m in regex.finditer(rf"[{text.CJK}]++", everything)]
    assert _merged(_compiled._class_ranges(re.compile(f"[{text.CJK}]"), everything)) == scanned
    for pattern in (normalize._GATE_START, normalize._SURROGATE, normalize._INVISIBLE):
        found = [m.span() for m in re.finditer(f"(?:{pattern.pattern})+", everything)]
        assert _merged(_compiled._class_ranges(pattern, everything)) == found


def _merged(ranges):
    out = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def test_the_stable_characters_are_those_of_the_definition():
    """The builder's shortcuts (whole chunks at a time) give what one character at a time
    does: stable = the normal form leaves it alone, and its decomposition starts with a
    starter that is never the second half of a composition."""
    everything = C._code_points(0, 0x110000)
    seconds = set()
    for cp in range(0x110000):
        if not 0xD800 <= cp < 0xE000:
            seconds.update(unicodedata.normalize("NFD", chr(cp))[1:])
    token = bytearray(0x10000)
    for cp in range(0x10000):
        e = C._entry(cp)
        token[cp] = bool(e & 3)
    unsafe, not_inert = _compiled._unstable_bmp(everything, token)

    def unstable(c, compose, decompose):
        first = unicodedata.normalize(decompose, c)[0]
        return (
            unicodedata.normalize(compose, c) != c
            or unicodedata.combining(first) != 0
            or first in seconds
        )

    bmp = [chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000]
    assert set(not_inert) - set(map(chr, range(0xD800, 0xE000))) == {
        c for c in bmp if unstable(c, "NFC", "NFD")
    }
    assert set(unsafe) - set(map(chr, range(0xD800, 0xE000))) == {
        c for c in bmp if token[ord(c)] and unstable(c, "NFKC", "NFKD")
    }


# -- every code point, every composition ---------------------------------------------------


def _blocks():
    for start in range(0, 0x110000, 256):
        yield "".join(map(chr, range(start, start + 256)))


def test_every_code_point_alone_and_beside_its_neighbours():
    for block in _blocks():
        check_tokens(block)  # each next to the one before and after
        check_tokens(" ".join(block))  # each a token of its own
        check_tokens("a".join(block))
        check_tokens("中".join(block))


def test_every_code_point_in_the_screen():
    screen = book_screen()
    for block in _blocks():
        for s in (block, " ".join(block), "copy".join(block)):
            check_screen(screen, s)
            for i in range(0, len(s), 16):  # also printable pieces (one bad char fails all)
                check_screen(screen, s[i : i + 16])


def _compositions():
    """Each canonical composition pair (and Hangul syllable parts), as text."""
    for cp in range(0x110000):
        c = chr(cp)
        d = unicodedata.normalize("NFD", c)
        if len(d) > 1:
            yield d
            yield d[:-1] + " " + d[-1]
            yield c + d[-1]
        parts = unicodedata.decomposition(c).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            a, b = (chr(int(p, 16)) for p in parts)
            yield a + b
            yield c + b


def test_every_composition_pair():
    texts = list(_compositions())
    for i in range(0, len(texts), 64):
        check_tokens(" | ".join(texts[i : i + 64]))
        check_tokens("".join(texts[i : i + 64]))


def test_hangul_jamo_compose_only_as_nfkc_does():
    lead, vowel, trail = (
        [chr(c) for c in range(0x1100, 0x1113)],
        [chr(c) for c in range(0x1161, 0x1176)],
        [chr(c) for c in range(0x11A8, 0x11C3)],
    )
    for v in vowel:
        check_tokens("".join(lo + v for lo in lead))
        check_tokens("".join(lo + v + t for lo in lead for t in trail))
        check_tokens("".join(unicodedata.normalize("NFC", "\u1100" + v) + t for t in trail))


# -- random text ----------------------------------------------------------------------------

_TRICKY = (
    "ｆＡ①ﷺ\u0301\u0300\u093cक\u0b47\u0b3e\u1100\u1161\u11a8ﬁ²㍿Ǆİıß\u1e9eςΣσ ,.\u3000中文ｶﾞ"
    "\u309a_a1\u212a\u2126\u0307\u0130ǰΐ\U0001d400\U00020000\U0002f800\U000e0100\ud800\udfff"
    "\U0010ffff\u0378\ufffe\u00ad\u200d\u0345ͅ\u1f80Ⅻ⑳\uff10\u0660\u2e80\u31f0\ufa0e\uf900"
)
_TRICKY_ALPHABET = st.sampled_from(_TRICKY)
texts = st.one_of(
    st.text(any_char, max_size=80),
    st.text(_TRICKY_ALPHABET, max_size=40),
    st.text(st.one_of(any_char, _TRICKY_ALPHABET), max_size=60),
    lines,
)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_tokens_of_any_text(s):
    check_tokens(s)


@st.composite
def anchored(draw) -> str:
    """Text made of the screen's anchors (in any case, split by odd characters) and noise."""
    screen = book_screen()
    anchors = sorted(set(screen._anchor.values()))
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.integers(0, 5))
        if kind <= 2:
            a = draw(st.sampled_from(anchors))
            how = draw(st.integers(0, 4))
            if how == 1:
                a = a.upper()
            elif how == 2:
                a = a.title()
            elif how == 3 and len(a) > 1:  # a character the fold drops or merges, inside
                cut = draw(st.integers(1, len(a) - 1))
                a = (
                    a[:cut]
                    + draw(st.sampled_from(("\u0307", "İ", "ı", "ß", "\u212a", "x")))
                    + a[cut:]
                )
            parts.append(a)
        elif kind == 3:
            parts.append(draw(st.text(_TRICKY_ALPHABET, max_size=4)))
        else:
            parts.append(draw(st.text(any_char, max_size=6)))
    return draw(st.sampled_from(("", " ", "\t", "·"))).join(parts)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(anchored(), texts))
def test_screen_of_any_text(s):
    check_screen(book_screen(), s)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(st.one_of(any_char, _TRICKY_ALPHABET), min_size=1, max_size=4), max_size=12),
    st.lists(st.one_of(any_char, _TRICKY_ALPHABET), max_size=40),
)
def test_screen_of_any_literals(literals, noise):
    """A screen of arbitrary literals (overlapping, nested, repeated, folding oddly)."""
    screen = Screen(fold(s) for s in literals if fold(s) and fold(s).isprintable())
    if not screen.literals:
        return
    anchors = sorted(set(screen._anchor.values()))
    text = "".join(noise) + "".join(anchors) + "".join(a.upper() for a in anchors)
    check_screen(screen, text)
    check_screen(screen, "".join(noise))


def test_screen_edge_cases():
    screen = Screen(["istanbul", "ss", "k", "σ", "(c)", "©", "ab", "abc", "bc", "c"])
    for s in (
        "İSTANBUL",
        "ISTANBUL",
        "ıstanbul",
        "i\u0307stanbul",
        "STRASSE Straße STRAẞE",
        "\u212a",
        "ΣΟΦΟΣ ς",
        "(C) ©",
        "xabcx",
        "",
        "é\t",
        "\x00 ab",
        "ab\x00",
        "\U000e0001 abc",
        "\u0378abc",
    ):
        check_screen(screen, s)
    check_screen(Screen([]), "anything")


# -- normalising ---------------------------------------------------------------------------


def compiled_normalize_lines(text: str) -> list[str]:
    """normalize_lines on the compiled path (whichever path the library runs)."""
    out, hard = C.normalize_split(text)
    if hard:
        fixed = P["normalize_lines"]("\n".join(out[i] for i in hard))
        for i, line in zip(hard, fixed, strict=True):
            out[i] = line
    return out


def check_normalize(text: str) -> None:
    expected = P["normalize_lines"](text)
    assert compiled_normalize_lines(text) == expected
    out, hard = C.normalize_split(text)
    assert len(out) == len(expected)
    for i, line in enumerate(split_lines(text)):
        if i not in hard:  # the lines normalised in C: as normalize_line would
            assert out[i] == normalize_line(line), line


@settings(max_examples=800, deadline=None)
@given(documents())
def test_normalize_any_document(text):
    check_normalize(text)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(texts, st.sampled_from(NEWLINES)), max_size=12).map("".join))
def test_normalize_any_text(text):
    check_normalize(text)


def test_normalize_every_code_point():
    for block in _blocks():
        check_normalize(block)
        check_normalize(" ".join(block))
        check_normalize("a\u200b \t".join(block))


_WITHOUT_FTFY_TEST = """
import sys
from pathlib import Path
from articleclean import _compiled, _mojibake
_mojibake._screen_parts = lambda: None  # ftfy's internals unknown: every gated line is a candidate
from tests import test_speedups as t
for name in sys.stdin.read().split("\\n"):
    if name:
        t.check_normalize(Path(name).read_text(encoding="utf-8", errors="replace"))
for text in ("Crème brûlée", "Ã©tÃ©\\nok", "a\\u00a0b", "Москва — столица"):
    t.check_normalize(text)
assert _compiled.extension.normalize_split("Crème")[1] == [0]  # left to normalize.py
print("ok")
"""


def test_normalize_when_ftfy_s_internals_are_unknown():
    names = "\n".join(str(p) for p in _inputs()[:80])
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_FTFY_TEST],
        input=names,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_lines_ftfy_leaves_alone_are_normalised_in_c():
    assert C.normalize_split("Crème brûlée\nÃ©tÃ©\n Москва  — столица ")[1] == [1]


def test_the_library_normalises_on_the_compiled_path():
    from articleclean import normalize

    if _compiled.ENABLED:
        assert normalize.normalize_lines is not P["normalize_lines"]
    else:
        assert normalize.normalize_lines is P["normalize_lines"]


# -- the dev set and the fixtures -----------------------------------------------------------


def test_every_corpus_line():
    screen = book_screen()
    found = corpus_lines()
    assert len(found) > 1000
    for s in found:
        check_tokens(s)
        check_screen(screen, s)


def test_normalize_every_corpus_document():
    for path in _inputs():
        try:
            check_normalize(articleclean.decode(path.read_bytes()).text)
        except articleclean.DecodeError:
            continue


@pytest.mark.skipif(not _compiled.ENABLED, reason="the pure path is forced")
def test_the_library_uses_the_compiled_path():
    from articleclean import text

    assert text._tokens is C.tokens
    assert text.tokenize is C.tokenize
    screen = book_screen()
    assert screen._present.__self__.__class__ is C.Anchors


_CHILD = """
import json, sys
from pathlib import Path
import articleclean
for name in sys.stdin.read().split("\\n"):
    if not name:
        continue
    try:
        out = articleclean.clean(Path(name).read_bytes()).to_dict()
    except articleclean.DecodeError as exc:
        out = {"error": str(exc)}
    print(json.dumps([name, out], ensure_ascii=False))
"""


def _clean_all(pure: bool, names: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "ARTICLECLEAN_PURE"}
    if pure:
        env["ARTICLECLEAN_PURE"] = "1"
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_identical_articles_on_the_devset_and_the_fixtures():
    names = "\n".join(str(p) for p in _inputs())
    procs = {pure: _clean_all(pure, names) for pure in (False, True)}
    results = {}
    for pure, proc in procs.items():
        out, _ = proc.communicate(names, timeout=600)
        assert proc.returncode == 0
        results[pure] = [json.loads(line) for line in out.splitlines()]
    compiled, pure = results[False], results[True]
    assert len(compiled) == len(pure) == len(_inputs())
    for (name, a), (name_b, b) in zip(compiled, pure, strict=True):
        assert name == name_b
        assert a == b, name


# -- linear time ------------------------------------------------------------------------------

SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 20
# A small run timed below this counts as this long: a run of a tenth of a millisecond is
# within the noise of a shared machine (page faults of the large run's first allocation
# alone gave ratios of 21), while a quadratic function still takes 100 times the floor.
FLOOR = 1e-3


def _cpu(func, arg) -> float:
    best = float("inf")
    for _ in range(5):
        gc.disable()
        try:
            began = time.thread_time()
            func(arg)
            best = min(best, time.thread_time() - began)
        finally:
            gc.enable()
    return best


_PIECES = {
    "ascii words": "word ",
    "one long word": "a",
    "cjk": "中",
    "accented": "é",
    "slow tokens": "ﬁ",  # each token goes to unicodedata
    "combining marks": "a\u0301",
    "astral": "\U00020000\U0001d400 ",
    "anchors": "all rights reserved ",
    "nested anchors": "ab",
    "unprintable": "é\x00",
    "folding": "İSTANBUL ß ",
    "short lines": "a\n",
    "spaces": " \u3000\t",
    "lines to repair": "Ã©\n",
}


@pytest.mark.parametrize("piece", _PIECES.values(), ids=_PIECES.keys())
def test_linear_time(piece):
    present = compiled_present(book_screen())
    funcs = {
        "tokens": C.tokens,
        "key": C.key,
        "tokenize": C.tokenize,
        "cjk_and_other_tokens": C.cjk_and_other_tokens,
        "cjk_share": C.cjk_share,
        "count_tokens": lambda s: C.count_tokens(s, 10**9),
        "present": present,
        "normalize_split": C.normalize_split,
    }
    small = (piece * (SMALL // len(piece) + 1))[:SMALL]
    large = (piece * (LARGE // len(piece) + 1))[:LARGE]
    for name, func in funcs.items():
        t_small = max(_cpu(func, small), FLOOR)
        t_large = _cpu(func, large)
        assert t_large / t_small < MAX_RATIO, (name, t_small, t_large)


# -- memory ------------------------------------------------------------------------------------


def test_no_references_leak():
    """Calling each C function many times leaves the number of allocated blocks flat (a
    reference the C code forgot to drop would keep an object alive per call)."""
    screen_present = compiled_present(book_screen())
    sample = [s for s in corpus_lines()[:400]] + ["ﬁne ﷺ ３６ é\u0301", "Ã©tÃ©\n\ud800", ""]
    calls = (
        C.tokens,
        C.key,
        C.tokenize,
        C.cjk_and_other_tokens,
        C.cjk_share,
        lambda s: C.count_tokens(s, 5),
        lambda s: C.first_tokens(s, 5),
        screen_present,
        C.normalize_split,
    )

    def run() -> None:
        for s in sample:
            for call in calls:
                call(s)

    run()  # warm: the table, interned one-character strings, caches
    gc.collect()
    before = sys.getallocatedblocks()
    for _ in range(20):
        run()
    gc.collect()
    assert sys.getallocatedblocks() - before < 200
