"""Credit labels: "作者：", "By", "来源：", "Updated:", "责任编辑：", found inside a line.

Labels are the phrases of the label families (``author_labels``, ``editor_labels``,
``source_labels``, ``date_labels``, ``updated_labels``, ``posted_labels``), looked up as
token n-grams in one table, so finding them costs a few set lookups per token.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
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
    ("photo_labels", "photo"),
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
def _label_table(
    rules: RuleBook,
) -> tuple[dict[str, tuple[str, Rule, bool]], dict[str, tuple[int, ...]], frozenset[str]]:
    """label key -> (kind, rule, is a posted label); a first token -> the lengths in tokens
    of the labels it starts, longest first; labels' first tokens."""
    table: dict[str, tuple[str, Rule, bool]] = {}
    for family, kind in _FAMILIES:
        lexicon = rules.lexicon(family)
        for k, rule in lexicon._by_key.items():
            table.setdefault(k, (kind, rule, family == "posted_labels"))
    sizes: dict[str, set[int]] = {}
    for k in table:
        words = k.split(" ")
        sizes.setdefault(words[0], set()).add(len(words))
    lengths = {first: tuple(sorted(n, reverse=True)) for first, n in sizes.items()}
    return table, lengths, frozenset(lengths)


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
    """The labels in ``text``, left to right, outside the ``taken`` spans (the dates).

    >>> found = find_labels("作者：王芳 来源：新华社", RuleBook(), [])
    >>> [(lab.kind, lab.rule.text) for lab in found]
    [('author', '作者'), ('source', '来源')]
    """
    table, lengths, firsts = _label_table(rules)
    if not _may_hold_label(text, firsts):
        return []
    if taken:
        toks = _cut_at(tokenize(text), taken, text)
        norms: Sequence[str] = [t.norm for t in toks]
    else:
        # the cached tokens are tokenize()'s norms: offsets are only needed once a label is
        # found, which few lines have
        norms = tokens(text)
        if firsts.isdisjoint(norms):
            return []
        toks = None
    out: list[Label] = []
    count = len(norms)
    free = 0  # tokens before this one belong to a label found already
    for i in [i for i, norm in enumerate(norms) if norm in firsts]:
        if i < free or (taken and _inside(toks[i].start, taken)):
            continue
        for n in lengths[norms[i]]:
            if n > count - i:
                continue
            hit = table.get(" ".join(norms[i : i + n]))
            if hit is None:
                continue
            if toks is None:
                toks = tokenize(text)
            start, end = toks[i].start, toks[i + n - 1].end
            if _label_fits(text, start, end, hit[0]):
                out.append(Label(start, end, *hit))
                free = i + n
                break
    return out


def _inside(at: int, taken: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in taken)


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


_ATTACHED = frozenset({"author", "editor", "photo"})  # kinds whose labels may follow CJK text
ROLE_JOINERS = frozenset("・·")  # join role labels: "取材・文", "文·图"
# role words joined by a middle dot, up to the last one's dot: "料理・", "取材・写真・"
_COMPOUND_ROLE = regex.compile(
    rf"(?:[\p{{Han}}\p{{Katakana}}ー]{{1,4}}+[{''.join(sorted(ROLE_JOINERS))}])++"
)


def compound_role(lead: str) -> bool:
    """``lead`` is role words joined by a middle dot, up to the dot before the last role
    (the label): "料理・" of "料理・文 佐々木真由美", "取材・写真・" of "取材・写真・文 …".

    >>> compound_role("料理・"), compound_role("料理"), compound_role("相关报道：")
    (True, False, False)
    """
    return _COMPOUND_ROLE.fullmatch(lead) is not None


_IN_LABEL = frozenset(" -'’\u200c\u200d")


def _label_fits(text: str, start: int, end: int, kind: str) -> bool:
    """A label stands apart: no punctuation inside it; one CJK character needs "/" or ":";
    only author and editor labels follow CJK text directly ("光明日报记者", not "京港台时间")."""
    inner = text[start:end]
    if any(not (c.isalnum() or c in _IN_LABEL or unicodedata.category(c) == "Mn") for c in inner):
        return False  # (a joiner, "به‌روزرسانی", or a vowel mark is part of the word)
    if start and is_cjk(inner[0]) and is_cjk(text[start - 1]) and kind not in _ATTACHED:
        return False
    after = text[end:].lstrip()
    if len(inner) == 1 and is_cjk(inner):
        if after and after[0] in "/:：|丨":
            return True
        # the last of role words joined by "・" that open the line, then a space: "料理・文
        # 佐々木真由美", "取材・文 …" (reporting and text by)
        return (
            end < len(text)
            and text[end].isspace()
            and _COMPOUND_ROLE.fullmatch(text, 0, start) is not None
        )
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
    table = _label_table(rules)[0]
    hit = table.get(key(stripped))
    if hit is None:
        return None
    return Label(0, len(text), *hit)


def _strip(text: str) -> str:
    return text.strip(_SEP)
