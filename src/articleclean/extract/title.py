"""The ``title`` extractor: the headline at the top of the text."""

from __future__ import annotations

from ..model import Doc
from ..rules import RuleBook
from ..text import cjk_share, tokens

__all__ = ["looks_like_headline", "title"]

_NOT_HEADLINE_END = frozenset(".。,，;；:：、")


def looks_like_headline(text: str, *, max_tokens: int = 30) -> bool:
    """Short, no sentence-final full stop, several words (or CJK characters).

    >>> looks_like_headline("Official: Mind all parties' concerns")
    True
    >>> looks_like_headline("The forum is co-hosted by China and the United Nations.")
    False
    """
    toks = tokens(text)
    cjk = cjk_share(text) > 0.5
    if len(toks) < (4 if cjk else 2) or len(toks) > (max_tokens * 2 if cjk else max_tokens):
        return False
    if text[-1] in _NOT_HEADLINE_END and not text.endswith("..."):
        return False
    return any(ch.isalpha() for ch in text)


def title(doc: Doc, rules: RuleBook, *, max_tokens: int = 30) -> Doc:
    """The headline: the first line, when a header line removed below it (a byline, a date,
    a widget bar) shows it heads an article; kept as ``metadata.title``."""
    if doc.meta.get("title"):
        return doc
    content = doc.content()
    if not content:
        return doc
    index, line = content[0]
    if not looks_like_headline(line.text, max_tokens=max_tokens):
        return doc
    next_no = content[1][1].no if len(content) > 1 else float("inf")
    if not any(line.no < r.line < next_no for r in doc.removed):
        return doc
    return doc.drop({index: "headline_above_header"}).with_meta(title=line.text)
