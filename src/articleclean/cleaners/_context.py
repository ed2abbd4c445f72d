"""Context checks shared by cleaners: is a short line really part of a sentence?"""

from __future__ import annotations

from ..model import Doc
from ..paragraphs import join_reason
from ..prose import SENTENCE_END, reads_as_prose
from ..rules import Lexicon
from ..text import is_cjk_char


def _prev_text(doc: Doc, index: int) -> str:
    return doc.lines[index - 1].text if index > 0 else ""


def _next_text(doc: Doc, index: int) -> str:
    return doc.lines[index + 1].text if index + 1 < len(doc.lines) else ""


def in_sentence(doc: Doc, index: int, *, is_junk=None, names: Lexicon | None = None) -> bool:
    """True if the line at ``index`` reads as a piece of a sentence split over lines.

    Scrapers put a newline around every link, so ``He posted on`` / ``Facebook`` /
    ``that he would resign.`` is one sentence, and ``Facebook`` there is not a share button.
    ``is_junk(text)`` tells which neighbours are themselves junk (a count after a widget
    does not make the widget part of a sentence). With ``names`` (the services' names), a
    label set into a sentence is not a piece of it (:func:`set_in_sentence`).
    """
    text = doc.lines[index].text
    prev, nxt = _prev_text(doc, index), _next_text(doc, index)
    if names is not None and set_in_sentence(text, prev, nxt, names):
        return False
    # A label ending in a colon ("分享到：", "Share:") introduces what follows; it is not
    # the first half of a sentence.
    labelled = text[-1] in ":："
    if (
        nxt
        and not labelled
        and join_reason(text, nxt) == "fragment"
        and not (is_junk and is_junk(nxt))
    ):
        return True
    if prev and not (is_junk and is_junk(prev)):
        if prev[-1] in ",(“‘，（“" and join_reason(prev, text):
            return True
        if prev[-1].islower() and text[-1] in SENTENCE_END and len(text.split()) <= 2:
            return True  # "He posted on" / "Facebook." ends the sentence
    return False


def set_in_sentence(text: str, prev: str, nxt: str, names: Lexicon) -> bool:
    """``text`` is a widget's label set into a sentence, not the text of a link in it: the
    lines on both sides continue each other (``… after a week of`` / ``stalled talks …``),
    and ``text`` starts with a capital (or is CJK), as a link's text in mid-sentence does only
    when it is a name, yet it names no service (``Share``, ``Publicité``, not ``Facebook``).

    >>> from articleclean.rules import RuleBook
    >>> names = RuleBook().lexicon("services")
    >>> set_in_sentence("Share", "talks resumed after a week of", "stalled talks.", names)
    True
    >>> set_in_sentence("Facebook", "He posted on", "that he would resign.", names)
    False
    >>> set_in_sentence("share", "He wanted to", "the report.", names)
    False
    >>> set_in_sentence("More", "Why the plan is promising. (", ")", names)
    False
    """
    if not prev or not nxt or not text or not (text[0].isupper() or is_cjk_char(text[0])):
        return False
    if not (prev[-1].isalnum() and nxt[0].isalnum()):
        return False  # "(" / "More" / ")": a link's text in brackets, quotes or before a comma
    return join_reason(prev, nxt) == "fragment" and text not in names


def prose_bounds(doc: Doc) -> tuple[int, int] | None:
    """Indices of the first and last prose lines, or ``None`` if there is no prose."""
    first = last = None
    for i, line in enumerate(doc.lines):
        if line.text and reads_as_prose(line.text):
            if first is None:
                first = i
            last = i
    if first is None or last is None:
        return None
    return first, last


def outside_prose(doc: Doc) -> list[int]:
    """Indices of non-blank lines in the header (before the prose) or footer (after it)."""
    bounds = prose_bounds(doc)
    if bounds is None:
        return [i for i, line in enumerate(doc.lines) if line.text]
    first, last = bounds
    return [i for i, line in enumerate(doc.lines) if line.text and (i < first or i > last)]
