"""The headline at the top of a page that has no credit lines to show it: the ``title``
step's last fallbacks (see :mod:`.title`).

* ``top_of_page`` — the line right above the article's first paragraph, when nothing but a
  menu stands above it: a plain article ("Talks resume in Geneva" / the paragraphs), or a
  headline directly under a one-item-per-line menu ("Главная" / "Новости" / … / the
  headline / the lead). A menu is what the menu cleaners took, or a run of one-item lines
  each shorter than the headline.
* ``crawler_record`` — the headline part of the title in the crawler's record, on the line
  that repeats it (or, when none does, the record's title alone).

Cleaning the body again never takes its first paragraph for a headline: the headline must be
a line that reads as a headline and not as prose, with the paragraph right under it, and a
clean body starts with that paragraph (or with a line that is not a headline's shape).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..analysis import PageAnalysis, Role
from ..model import Line
from ..prose import ends_sentence, reads_as_prose
from ..text import cjk_share, count_tokens, key, tokens

__all__ = ["record_line", "top_of_page"]

# What may have been taken above the headline: a menu, widgets, a crawler's record; not a
# credit (a byline over the headline is the credit rules' case) or another headline
_ABOVE = (Role.RECORD, Role.RESIDUE, Role.WIDGET, Role.FOOTER, Role.BOILERPLATE)
# ... and between it and the paragraph under it: widget bars and credits
_BETWEEN = (Role.CREDIT, Role.WIDGET)
_ITEM_TOKENS, _ITEM_CJK = 3, 6  # a menu item is at most this long
_MENU_LINES = 3  # kept lines above the headline: a menu of at least this many
_LEAD_WINDOW = 4  # the paragraph under the headline has another within these lines
# "II. ...", "3. ...", "Part 2: ...": the heading of a section
_NUMBERED = regex.compile(r"(?:(?-i:[IVXLC]{1,6}+)|\d{1,3}+|part\s++\w++)\s*+[.:)、．]", regex.I)
_ASKS = frozenset("?？!！")


def _words(text: str) -> int:
    """Tokens with a letter in them (each CJK character is one)."""
    return sum(1 for t in tokens(text) if any(map(str.isalpha, t)))


def _menu_item(text: str) -> bool:
    n = count_tokens(text, _ITEM_CJK + 1)
    return n <= (_ITEM_CJK if cjk_share(text) > 0.5 else _ITEM_TOKENS)


def _enough_words(text: str) -> bool:
    """Three words, or six CJK characters: a headline, not a label or a site name."""
    return _words(text) >= (6 if cjk_share(text) > 0.5 else 3)


def top_of_page(
    content: list[tuple[int, Line]],
    analysis: PageAnalysis,
    headline: Callable[[str], bool],
    known_source: Callable[[str], bool],
) -> int | None:
    """The position in ``content`` of the headline on top of the page, or ``None``.

    The headline is the last kept line before the first prose paragraph (a prose line with
    another one close below it), reads as a headline (three words or six CJK characters, not
    a publisher's name), and has above it nothing but a menu: lines the menu and widget
    cleaners took, or a run of one-item lines (at least three, each of at most three words
    or six CJK characters). A credit taken above is the article's (a byline over the
    headline: the credit rules' case) unless such a menu stands between it and the headline.
    """
    lead = _lead(content)
    if lead is None or lead == 0:
        return None
    pos = lead - 1
    no, text = content[pos][1].no, content[pos][1].text
    if not headline(text) or reads_as_prose(text) or not _enough_words(text):
        return None
    if known_source(text):
        return None  # a masthead over the story
    if analysis.other_between(no, content[lead][1].no, _BETWEEN):
        return None  # a list or a caption between it and the paragraph
    if analysis.other_between(0, no, _ABOVE) and not _menu_since_taken(content, pos, analysis):
        return None  # a credit or another headline was taken above it
    if _NUMBERED.match(text) or text.rstrip()[-1:] in _ASKS:
        return None  # "II. The grafting shed", "What changed?": a section's or a question's
    items = [line.text for _, line in content[:pos]]
    if items and (len(items) < _MENU_LINES or not all(map(_menu_item, items))):
        return None  # lines above it that are not a menu
    if _subheads_below(content, lead, headline):
        return None  # lines of its shape between the paragraphs: it heads a section
    return pos


def _menu_since_taken(content: list[tuple[int, Line]], pos: int, analysis: PageAnalysis) -> bool:
    """A menu (a run of at least three one-item lines) stands between the last line taken
    above the headline at ``pos`` as something other than a menu or widget (a credit: the
    date in a page's top bar) and the headline: what was taken belongs to the top bar, not
    to the article."""
    no = content[pos][1].no
    taken = [n for n in analysis.lines_of(r for r in Role if r not in _ABOVE) if n < no]
    items = [line.text for _, line in content[:pos] if line.no > taken[-1]] if taken else []
    return len(items) >= _MENU_LINES and all(map(_menu_item, items))


def _subheads_below(content: list[tuple[int, Line]], lead: int, headline) -> bool:
    """A headline-shaped line stands between two prose lines below ``lead``: the article
    has sub-heads, and the line over its first paragraph may be one of them (a clean body
    that opens with its first section's heading must stay as it is)."""
    prose = [reads_as_prose(line.text) for _, line in content]
    for pos in range(lead + 1, len(content) - 1):
        if prose[pos] or (not prose[pos - 1] and not prose[pos + 1]):
            continue
        text = content[pos][1].text
        if headline(text) and _enough_words(text) and any(prose[pos + 1 : pos + 3]):
            return True
    return False


def _lead(content: list[tuple[int, Line]]) -> int | None:
    """The position of the first prose line with another prose line close under it."""
    for pos in range(min(len(content), 60)):
        if not _opens_prose(content, pos):
            continue
        window = content[pos + 1 : pos + 1 + _LEAD_WINDOW]
        if any(reads_as_prose(other.text) for _, other in window):
            return pos
        return None  # one paragraph alone: not enough to say an article starts here
    return None


def _opens_prose(content: list[tuple[int, Line]], pos: int) -> bool:
    """The line at ``pos`` reads as prose, or opens a sentence that runs on into the next
    kept line (which goes on in lower case): a paragraph a widget or a link broke.

    >>> broken = "The delegations returned to the conference centre after a week of"
    >>> lines = [(0, Line(1, broken)), (1, Line(3, "stalled talks over the draft agreement."))]
    >>> _opens_prose(lines, 0), _opens_prose(lines[:1], 0)
    (True, False)
    """
    text = content[pos][1].text
    if reads_as_prose(text):
        return True
    if pos + 1 >= len(content) or ends_sentence(text):
        return False
    after = content[pos + 1][1].text
    return after[:1].islower() and reads_as_prose(f"{text} {after}")


def record_line(content: list[tuple[int, Line]], headline_text: str) -> int | None:
    """The position of the line that prints the record's headline, or ``None``."""
    wanted = key(headline_text)
    if not wanted:
        return None
    for pos, (_, line) in enumerate(content[:400]):
        if key(line.text) == wanted:
            return pos
    return None
