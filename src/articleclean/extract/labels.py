"""Credit labels: "作者：", "By", "来源：", "Updated:", "责任编辑：", found inside a line.

Labels are the phrases of the label families (``author_labels``, ``editor_labels``,
``source_labels``, ``date_labels``, ``updated_labels``, ``posted_labels``), looked up as
token n-grams in one table, so finding them costs a few set lookups per token.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from .._memo import text_cache
from ..rules import PatternSet, Rule, RuleBook
from ..text import Token, key, norm_token, tokenize, tokens

__all__ = [
    "DATE_KINDS",
    "Label",
    "bare_label",
    "find_labels",
    "is_cjk",
    "matches",
    "named_patterns",
]

DATE_KINDS = frozenset({"published", "updated", "date"})
_FAMILIES = (  # (family, kind); earlier families win a phrase listed twice
    ("posted_labels", "published"),
    ("updated_labels", "updated"),
    ("date_labels", "published"),
    ("editor_labels", "editor"),
    ("author_labels", "author"),
    ("source_labels", "source"),
)
_SEP = " \t-–—|/,;，；:：·•()（）[]【】<>《》「」\"'“”"
_ASCII_WORD = regex.compile(r"[a-z0-9]++")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


class Label(NamedTuple):
    start: int
    end: int
    kind: str
    rule: Rule
    poster: bool


@lru_cache(maxsize=16)
def _label_table(rules: RuleBook) -> tuple[dict[str, tuple[str, Rule, bool]], int, frozenset[str]]:
    """label key -> (kind, rule, is a posted label); the longest label; labels' first tokens."""
    table: dict[str, tuple[str, Rule, bool]] = {}
    longest = 1
    for family, kind in _FAMILIES:
        lexicon = rules.lexicon(family)
        for k, rule in lexicon._by_key.items():
            table.setdefault(k, (kind, rule, family == "posted_labels"))
        longest = max(longest, lexicon.max_tokens)
    return table, longest, frozenset(k.split(" ", 1)[0] for k in table)


@lru_cache(maxsize=16)
def _first_chars(firsts: frozenset[str]) -> frozenset[str]:
    return frozenset(k[0] for k in firsts if not k.isascii())


def _may_hold_label(text: str, firsts: frozenset[str]) -> bool:
    """A quick test before tokenizing: a word or a character that starts some label."""
    if text.isascii():
        return not firsts.isdisjoint(_ASCII_WORD.findall(text.lower()))
    return (
        True
        if not _first_chars(firsts).isdisjoint(text)
        else not firsts.isdisjoint(_ASCII_WORD.findall(text.lower()))
    )


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def find_labels(text: str, rules: RuleBook, taken: list[tuple[int, int]]) -> list[Label]:
    """The labels in ``text``, left to right, outside the ``taken`` spans (the dates)."""
    table, longest, firsts = _label_table(rules)
    if not _may_hold_label(text, firsts):
        return []
    if not taken and firsts.isdisjoint(tokens(text)):
        return []  # no label starts at any token (the cached tokens are tokenize()'s norms)
    toks = _cut_at(tokenize(text), taken, text)
    out: list[Label] = []
    i = 0
    while i < len(toks):
        if toks[i].norm not in firsts or any(a <= toks[i].start < b for a, b in taken):
            i += 1
            continue
        for n in range(min(longest, len(toks) - i), 0, -1):
            hit = table.get(" ".join(t.norm for t in toks[i : i + n]))
            if hit is None:
                continue
            start, end = toks[i].start, toks[i + n - 1].end
            if _label_fits(text, start, end, hit[0]):
                out.append(Label(start, end, *hit))
                i += n
                break
        else:
            i += 1
    return out


def _cut_at(toks, taken: list[tuple[int, int]], text: str):
    """Tokens ending where a date starts: "송고시간2016-07-12" is the label "송고시간" and a date
    (Hangul and digits are one run of word characters)."""
    out = []
    for tok in toks:
        cut = next((a for a, _ in taken if tok.start < a < tok.end), None)
        if cut is not None:
            tok = Token(tok.start, cut, norm_token(text[tok.start : cut]))
        out.append(tok)
    return out


def _label_fits(text: str, start: int, end: int, kind: str) -> bool:
    """A label stands apart: no punctuation inside it; one CJK character needs "/" or ":";
    only author and editor labels follow CJK text directly ("光明日报记者", not "京港台时间")."""
    inner = text[start:end]
    if any(not (c.isalnum() or c in " -'’") for c in inner):
        return False
    if start and is_cjk(inner[0]) and is_cjk(text[start - 1]) and kind not in ("author", "editor"):
        return False
    after = text[end:].lstrip()
    if len(inner) == 1 and is_cjk(inner):
        return bool(after) and after[0] in "/:：|丨"
    if end < len(text) and not is_cjk(inner[-1]) and text[end].isalnum():
        return False
    return True


@lru_cache(maxsize=256)
def named_patterns(rules: RuleBook, family: str, name: str) -> PatternSet:
    """The patterns called ``name`` in ``family`` (one per language that has it)."""
    patterns = rules.patterns(family)
    return PatternSet(
        ((rule, pattern) for rule, pattern in patterns.patterns if rule.id.endswith(f":{name}")),
        patterns.screen,
    )


def matches(rules: RuleBook, family: str, name: str, text: str) -> bool:
    return named_patterns(rules, family, name).fullmatch(text) is not None


@text_cache(8192)
def bare_label(text: str, rules: RuleBook) -> Label | None:
    """The label if ``text`` is only a label ("作者：", "By", "时间：", "[责任编辑]")."""
    stripped = _strip(text)
    if not stripped or len(stripped) > 20:
        return None
    table, _, _ = _label_table(rules)
    hit = table.get(key(stripped))
    if hit is None:
        return None
    return Label(0, len(text), *hit)


def _strip(text: str) -> str:
    return text.strip(_SEP)
