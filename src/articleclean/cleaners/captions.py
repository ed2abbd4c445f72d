"""Photo captions and credits: "[Photo/Xinhua]", "Photo: AFP", "Credit...", "图片来源：视觉中国".

Two shapes take a caption with them: a credit line on its own takes the one-sentence line
right above it (``caption_above_credit``), and a *caption label* — a line that only says
"the caption follows" (``Image caption,``, ``Bildunterschrift,``, ``图片说明，``: the
``caption_label`` patterns of ``data/<lang>/captions.re``) — takes the line under it
(``caption_under_label``). A credit followed by a caption label (``Image source, PA Media`` /
``Image caption,`` / the caption) has its caption below, not above.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from ..model import Doc
from ..prose import SENTENCE_END_CLASS
from ..rules import RuleBook
from ..text import cjk_share, count_tokens, tokens
from ._vocab import drop_vocab_lines, rule_finder

__all__ = ["photo_captions"]

_CAPTION_TOKENS = 45  # a caption above a credit line is at most this long
_SECOND_SENTENCE = regex.compile(SENTENCE_END_CLASS + r"\s*+[\p{Lu}\p{Lo}“\"]")
_CREDIT_TOKENS = 8  # a credit line on its own is at most this long (CJK: twice as many)


def _pure_credit(text: str) -> bool:
    n = len(tokens(text))
    return n <= (_CREDIT_TOKENS * 2 if cjk_share(text) > 0.5 else _CREDIT_TOKENS)


_LABEL = ":caption_label"  # the pattern name of caption labels in data/<lang>/captions.re
_UNDER_LABEL = "caption_under_label"


def _labelled(doc: Doc, rules: RuleBook) -> Doc:
    """Caption labels (``Image caption,``) and the caption on the line under each."""
    patterns = rules.patterns("captions")
    find = rule_finder(rules, "captions")  # the page's answers, shared with the other steps
    decisions: dict[int, str] = {}
    lines = doc.lines
    for index, line in enumerate(lines):
        if not line.text or len(line.text) > _LABEL_CHARS or index in decisions:
            continue
        if find(line.text) is None:
            continue  # (most lines) no caption rule at all
        rule = next(
            (r.id for r, _ in patterns.fullmatches(line.text) if r.id.endswith(_LABEL)), None
        )
        if rule is None:
            continue
        decisions[index] = rule
        under = next((i for i in range(index + 1, len(lines)) if lines[i].text), None)
        if under is None or under in decisions:
            continue
        text = lines[under].text
        if count_tokens(text, _CAPTION_TOKENS + 1) <= _CAPTION_TOKENS:
            decisions[under] = _UNDER_LABEL
    return doc.drop(decisions)


_LABEL_CHARS = 40  # a caption label is a few words


def photo_captions(doc: Doc, rules: RuleBook) -> Doc:
    """Photo credits ("[Photo/Xinhua]", "Photo: AFP", "新华社记者 张伟 摄") and their captions."""
    doc = doc.drop(_expandable(doc))
    before = len(doc.removed)
    doc = _labelled(doc, rules)
    labels = {r.line for r in doc.removed[before:] if r.rule != _UNDER_LABEL}
    doc = drop_vocab_lines(doc, rules, "captions")
    # Credit lines on their own ("Photo: AFP"), not captions that end with their credit.
    credits = {r.line for r in doc.removed[before:] if _pure_credit(r.text)} - labels
    if not credits:
        return doc
    # A caption is the line right above a credit (only blank lines or other credits between),
    # unless a caption label follows the credit: then the caption is under the label.
    blank = {line.no for line in doc.lines if not line.text}
    taken = {r.line for r in doc.removed[before:]}
    for no in list(credits):
        n = no + 1
        while n in blank or (n in taken and n not in labels):
            n += 1
        if n in labels:
            credits.discard(no)
    decisions: dict[int, str] = {}
    for index, line in enumerate(doc.lines):
        text = line.text
        if not text or text.endswith(":"):
            continue
        if count_tokens(text, _CAPTION_TOKENS + 1) > _CAPTION_TOKENS:
            continue
        if _SECOND_SENTENCE.search(text):
            continue  # a caption is one sentence; two make a paragraph
        n = line.no + 1
        while n in blank:
            n += 1
        if n in credits:
            decisions[index] = "caption_above_credit"
    return doc.drop(decisions)


_TOGGLE_TOKENS = 12  # a caption shown whole and cut short is at least this long when cut


def _expandable(doc: Doc) -> dict[int, str]:
    """A caption printed whole and then cut short (as for a "... more" / "less" toggle), and
    every other copy of either (a gallery repeats its captions): a line of at most twice a
    caption's length directly followed by its first 12 tokens or more, the words going on
    after them (``caption_toggle``). A story never prints a paragraph and then its first
    words again; lines removed by earlier steps (the toggle itself) are no gap."""
    lines = doc.lines
    content = [i for i, line in enumerate(lines) if line.text]
    found: set[str] = set()
    for a, b in pairwise(content):
        whole, cut = lines[a].text, lines[b].text
        if (
            len(cut) < len(whole)
            and whole.startswith(cut)
            and whole[len(cut) : len(cut) + 2].strip()[:1].isalnum()  # words go on: not " – Site"
            and count_tokens(cut, _TOGGLE_TOKENS) >= _TOGGLE_TOKENS
            and count_tokens(whole, _CAPTION_TOKENS * 2 + 1) <= _CAPTION_TOKENS * 2
        ):
            found.update((whole, cut))
    if not found:
        return {}
    return {i: "caption_toggle" for i in content if lines[i].text in found}
