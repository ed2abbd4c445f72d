"""Whole-line labels and notices: ads, copyright, subscription prompts, cookie banners.

Each is a word list (``<lang>/<family>.txt``) plus shapes (``<lang>/<family>.re``) matched
against the whole line, never inside a sentence.
"""

from __future__ import annotations

from ..model import Doc
from ..prose import SENTENCE_END, reads_as_prose
from ..rules import RuleBook
from ..text import tokens
from ._vocab import drop_vocab_lines, next_content

_ITEM_TOKENS = 15

__all__ = ["ad_labels", "cookie_banners", "copyright_notices", "subscription_prompts"]


def ad_labels(doc: Doc, rules: RuleBook) -> Doc:
    """Ad and sponsored labels ("Advertisement", "Sponsored", "广告") and sponsored items."""
    headings = rules.lexicon("ads_heading")
    decisions: dict[int, str] = {}
    for index, line in enumerate(doc.lines):
        rule = headings.lookup(line.text) if line.text else None
        if rule is None:
            continue
        # the sponsored item's headline right under its label
        for item in next_content(doc, index, 1):
            text = doc.lines[item].text
            if _headline_like(text):
                decisions[item] = "headline_under_sponsored_label"
    return drop_vocab_lines(doc.drop(decisions), rules, "ads", subheadings=False)


def _headline_like(text: str) -> bool:
    n = len(tokens(text))
    return 0 < n <= _ITEM_TOKENS and text[-1] not in SENTENCE_END and not reads_as_prose(text)


def copyright_notices(doc: Doc, rules: RuleBook) -> Doc:
    """Copyright and reprint notices ("© 2019 ... All rights reserved", "版权所有", "禁止转载")."""
    return drop_vocab_lines(doc, rules, "copyright")


def subscription_prompts(doc: Doc, rules: RuleBook) -> Doc:
    """Newsletter, subscription, login, app and feedback prompts ("Subscribe", "订阅")."""
    before = len(doc.removed)
    doc = drop_vocab_lines(doc, rules, "subscribe")
    prompts = {r.line for r in doc.removed[before:]}
    if not prompts:
        return doc
    # the newsletter's promise right under its prompt ("... delivered at 7am.")
    blurbs = rules.patterns("subscribe_blurb")
    decisions: dict[int, str] = {}
    for index, line in enumerate(doc.lines):
        text = line.text
        if not text or line.no - 1 not in prompts or len(tokens(text)) > _ITEM_TOKENS + 5:
            continue
        hit = blurbs.fullmatch(text)
        if hit is not None:
            decisions[index] = hit[0].id
    return doc.drop(decisions)


def cookie_banners(doc: Doc, rules: RuleBook) -> Doc:
    """Cookie banners ("We use cookies to ...", "Accept all cookies", "Cookie settings")."""
    return drop_vocab_lines(doc, rules, "cookie")
