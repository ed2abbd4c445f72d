"""Whole-line labels and notices: ads, copyright, subscription prompts, cookie banners.

Each is a word list (``<lang>/<family>.txt``) plus shapes (``<lang>/<family>.re``) matched
against the whole line, never inside a sentence.
"""

from __future__ import annotations

from ..model import Doc
from ..rules import RuleBook
from ._vocab import drop_vocab_lines

__all__ = ["ad_labels", "cookie_banners", "copyright_notices", "subscription_prompts"]


def ad_labels(doc: Doc, rules: RuleBook) -> Doc:
    """Ad and sponsored-content labels ("Advertisement", "Sponsored", "广告", "推广")."""
    return drop_vocab_lines(doc, rules, "ads", subheadings=False)


def copyright_notices(doc: Doc, rules: RuleBook) -> Doc:
    """Copyright and reprint notices ("© 2019 ... All rights reserved", "版权所有", "禁止转载")."""
    return drop_vocab_lines(doc, rules, "copyright")


def subscription_prompts(doc: Doc, rules: RuleBook) -> Doc:
    """Newsletter, subscription, login, app and feedback prompts ("Subscribe", "订阅")."""
    return drop_vocab_lines(doc, rules, "subscribe")


def cookie_banners(doc: Doc, rules: RuleBook) -> Doc:
    """Cookie banners ("We use cookies to ...", "Accept all cookies", "Cookie settings")."""
    return drop_vocab_lines(doc, rules, "cookie")
