"""Token-shingle precision, recall and F1 of a cleaned text against a gold body.

The metric of the article-extraction benchmarks, and of the project's development set
(``shared/devset/score.py``), implemented here so users can measure a pipeline on their own
gold bodies (``articleclean check --score``):

1. NFKC-normalise both texts;
2. tokenize: each CJK ideograph or kana is one token, otherwise a token is a maximal run of
   word characters (punctuation and spaces separate tokens and are not tokens);
3. build multisets of 4-token shingles (a text of 1-3 tokens is one shingle of all of them;
   an empty text has none);
4. ``tp`` is the size of the multiset intersection, ``fp``/``fn`` what is left of each side;
   ``P = tp/(tp+fp)``, ``R = tp/(tp+fn)``, ``F1 = 2PR/(P+R)``. Two texts with no shingles at
   all score 1.0; an empty output against a non-empty gold scores 0.

>>> prf("The cat sat on the mat.", "The cat sat on the mat!")
Score(p=1.0, r=1.0, f1=1.0)
>>> [round(x, 3) for x in prf("the cat sat on the mat", "the cat sat on a mat")]
[0.333, 0.333, 0.333]
>>> tokens("新华社北京7月12日电 It's")
['新', '华', '社', '北', '京', '7', '月', '12', '日', '电', 'It', 's']
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

__all__ = ["SHINGLE", "Score", "mean_score", "prf", "shingles", "tokens"]

SHINGLE = 4
# The same ranges as the development set's score.py: CJK radicals and symbols, iteration
# marks, kana, bopomofo, unified ideographs (with extensions A-H) and compatibility ideographs.
_CJK = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
# One CJK character, or a run of word characters that are not CJK: no nested quantifier,
# so it runs in linear time.
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


class Score(NamedTuple):
    """Precision, recall and F1 of one text (or their means over several)."""

    p: float
    r: float
    f1: float


def tokens(text: str) -> list[str]:
    """The tokens of ``text`` after NFKC normalisation.

    >>> tokens("Ｈｅｌｌｏ, world — 你好！")
    ['Hello', 'world', '你', '好']
    """
    return _TOKEN.findall(unicodedata.normalize("NFKC", text or ""))


def shingles(toks: list[str], n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles; fewer than ``n`` tokens make one shingle.

    >>> shingles(["a", "b"])
    Counter({('a', 'b'): 1})
    >>> sorted(shingles(list("abcde")))
    [('a', 'b', 'c', 'd'), ('b', 'c', 'd', 'e')]
    """
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def prf(pred: str, gold: str) -> Score:
    """Token-shingle precision, recall and F1 of ``pred`` against ``gold``.

    >>> prf("", "Some gold text here.")
    Score(p=0.0, r=0.0, f1=0.0)
    >>> prf("", "")
    Score(p=1.0, r=1.0, f1=1.0)
    """
    ps, gs = shingles(tokens(pred)), shingles(tokens(gold))
    tp = sum((ps & gs).values())
    fp = sum(ps.values()) - tp
    fn = sum(gs.values()) - tp
    if fp == 0 and fn == 0:
        return Score(1.0, 1.0, 1.0)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return Score(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def mean_score(scores: Iterable[Score]) -> Score | None:
    """The mean P, R and F1 of several scores (``None`` if there are none).

    >>> mean_score([Score(1.0, 0.5, 0.6), Score(0.0, 0.5, 0.2)])
    Score(p=0.5, r=0.5, f1=0.4)
    """
    scores = list(scores)
    if not scores:
        return None
    return Score(*(statistics.fmean(s[i] for s in scores) for i in range(3)))
