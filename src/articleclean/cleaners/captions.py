"""Photo captions and credits: "[Photo/Xinhua]", "Photo: AFP", "Credit...", "图片来源：视觉中国"."""

from __future__ import annotations

import regex

from ..model import Doc
from ..prose import SENTENCE_END_CLASS
from ..rules import RuleBook
from ..text import cjk_share, count_tokens, tokens
from ._vocab import drop_vocab_lines

__all__ = ["photo_captions"]

_CAPTION_TOKENS = 45  # a caption above a credit line is at most this long
_SECOND_SENTENCE = regex.compile(SENTENCE_END_CLASS + r"\s*+[\p{Lu}\p{Lo}“\"]")
_CREDIT_TOKENS = 8  # a credit line on its own is at most this long (CJK: twice as many)


def _pure_credit(text: str) -> bool:
    n = len(tokens(text))
    return n <= (_CREDIT_TOKENS * 2 if cjk_share(text) > 0.5 else _CREDIT_TOKENS)


def photo_captions(doc: Doc, rules: RuleBook) -> Doc:
    """Photo credits ("[Photo/Xinhua]", "Photo: AFP", "新华社记者 张伟 摄") and their captions."""
    before = len(doc.removed)
    doc = drop_vocab_lines(doc, rules, "captions")
    # Credit lines on their own ("Photo: AFP"), not captions that end with their credit.
    credits = {r.line for r in doc.removed[before:] if _pure_credit(r.text)}
    if not credits:
        return doc
    # A caption is the line right above a credit (only blank lines or other credits between).
    blank = {line.no for line in doc.lines if not line.text}
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
