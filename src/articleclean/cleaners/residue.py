"""Residue of the page's source: leftover markup, and script or style text."""

from __future__ import annotations

from ..model import Doc
from ..rules import RuleBook
from ._vocab import drop_vocab_lines

__all__ = ["markup_residue", "script_residue"]


def markup_residue(doc: Doc, rules: RuleBook) -> Doc:
    """Leftover markup: Markdown images, HTML comments and tags, shortcodes, templates."""
    return drop_vocab_lines(doc, rules, "markup", subheadings=False)


def script_residue(doc: Doc, rules: RuleBook) -> Doc:
    """Script and style text left in the page (`var x = ...`, `window.dataLayer`, CSS rules)."""
    return drop_vocab_lines(doc, rules, "script", subheadings=False)
