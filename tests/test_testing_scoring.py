"""The token-shingle score: hand-computed cases, properties, and the dev set's score.py."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleclean.scoring import Score, mean_score, prf, shingles, tokens

DEVSET_SCORE = Path(__file__).resolve().parents[2] / "shared" / "devset" / "score.py"
if not DEVSET_SCORE.is_file():  # the worktree may sit elsewhere; try the shared location
    DEVSET_SCORE = Path("/work/shared/devset/score.py")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hello, world!", ["Hello", "world"], id="punctuation-separates"),
        pytest.param("it's 3.5%", ["it", "s", "3", "5"], id="apostrophe-and-number"),
        pytest.param("新华社电", ["新", "华", "社", "电"], id="ideographs"),
        pytest.param("ひらがなカタカナ", list("ひらがなカタカナ"), id="kana"),
        pytest.param("記者張偉報導", list("記者張偉報導"), id="traditional"),
        pytest.param("ｆｕｌｌ　ｗｉｄｔｈ", ["full", "width"], id="nfkc-fullwidth"),
        pytest.param("ﾃｽﾄ", ["テ", "ス", "ト"], id="nfkc-halfwidth-kana"),
        pytest.param("iPhone15发布", ["iPhone15", "发", "布"], id="mixed-script"),
        pytest.param("", [], id="empty"),
        pytest.param("— … ——", [], id="only-punctuation"),
    ],
)
def test_tokens(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        pytest.param("a b c d e f", "a b c d e f", (1.0, 1.0, 1.0), id="identical"),
        # gold shingles abcd bcde cdef; pred abcd bcde: tp=2 fp=0 fn=1
        pytest.param("a b c d e", "a b c d e f", (1.0, 2 / 3, 0.8), id="missing-tail"),
        # pred abcd bcde cdef defg; gold abcd bcde cdef: tp=3 fp=1 fn=0
        pytest.param("a b c d e f g", "a b c d e f", (0.75, 1.0, 6 / 7), id="extra-tail"),
        pytest.param("", "a b c d", (0.0, 0.0, 0.0), id="empty-output"),
        pytest.param("a b c d", "", (0.0, 0.0, 0.0), id="empty-gold"),
        pytest.param("", "", (1.0, 1.0, 1.0), id="both-empty"),
        # fewer than four tokens: one shingle of all tokens
        pytest.param("a b", "a b", (1.0, 1.0, 1.0), id="short-equal"),
        pytest.param("a b", "a b c", (0.0, 0.0, 0.0), id="short-differs"),
        # 新华社电 vs 新华社电讯: pred one shingle, gold two, tp=1
        pytest.param("新华社电", "新华社电讯", (1.0, 0.5, 2 / 3), id="cjk"),
        # multisets: a repeated shingle counts as often as it occurs on both sides
        pytest.param("a b c d a b c d", "a b c d", (0.2, 1.0, 1 / 3), id="multiset"),
    ],
)
def test_prf_hand_computed(pred, gold, expected):
    assert prf(pred, gold) == pytest.approx(expected)


def test_shingles_count_repeats():
    assert shingles(["a", "b", "c", "d", "a", "b", "c", "d"])[("a", "b", "c", "d")] == 2


def test_mean_score():
    assert mean_score([Score(1.0, 2 / 3, 0.8), Score(1.0, 1.0, 1.0)]) == pytest.approx(
        (1.0, 5 / 6, 0.9)
    )
    assert mean_score([]) is None


# Few distinct tokens, so that shingles of two random texts often coincide.
WORDS = st.sampled_from(["a", "b", "dog", "新", "华", "ひ", "カ", "Ａ１", "x.y"])
TEXT = st.lists(WORDS, max_size=14).map(lambda ws: " ".join(ws))


@given(TEXT, TEXT)
def test_prf_is_bounded_and_f1_symmetric(pred, gold):
    p, r, f = prf(pred, gold)
    assert 0.0 <= p <= 1.0 and 0.0 <= r <= 1.0 and 0.0 <= f <= 1.0
    q, s, g = prf(gold, pred)
    assert (p, r) == (s, q) and f == pytest.approx(g)


@given(TEXT)
def test_a_text_scores_one_against_itself(text):
    assert prf(text, text) == (1.0, 1.0, 1.0)


def _devset_prf():
    if not DEVSET_SCORE.is_file():
        pytest.skip("the development set's score.py is not here")
    return _load_devset_prf()


@cache
def _load_devset_prf():
    spec = importlib.util.spec_from_file_location("devset_score", DEVSET_SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.prf


SAMPLES = [
    ("The cat sat on the mat.", "The cat sat on the mat!"),
    ("Share\nThe cat sat on the mat today.", "The cat sat on the mat today."),
    ("新华社北京7月12日电 记者张伟报道", "新华社北京7月12日电（记者张伟）报道"),
    ("", "Some gold text that is long enough."),
    ("a b", "a b c"),
    ("ｆｕｌｌ　ｗｉｄｔｈ text here now", "full width text here now"),
    ("記者張偉報導，台北。", "記者張偉報導"),
    ("ひらがな と カタカナ の 文", "ひらがなとカタカナの文です"),
]


@pytest.mark.parametrize(
    ("pred", "gold"), SAMPLES, ids=[f"sample-{i}" for i in range(len(SAMPLES))]
)
def test_same_numbers_as_the_devset_score_py(pred, gold):
    reference = _devset_prf()
    assert tuple(prf(pred, gold)) == reference(pred, gold)


@given(TEXT, TEXT)
def test_same_numbers_as_the_devset_score_py_on_any_text(pred, gold):
    reference = _devset_prf()
    assert tuple(prf(pred, gold)) == reference(pred, gold)
