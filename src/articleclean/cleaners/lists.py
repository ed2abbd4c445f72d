"""Lists that surround articles: related stories, tags, menus and breadcrumbs, pagination."""

from __future__ import annotations

import regex

from ..analysis import marked_lines
from ..model import Doc
from ..prose import CLOSERS, SENTENCE_END_CLASS, reads_as_prose
from ..rules import Lexicon, RuleBook
from ..text import cjk_share, count_tokens, key
from ._context import in_sentence
from ._vocab import (
    MAX_LINE,
    Paragraphs,
    between_prose,
    line_rule,
    looks_like_subheading,
    next_content,
    vocab_matches,
)

__all__ = ["nav_menus", "pagination", "related_lists", "tag_lists"]

_LIST_ITEM_TOKENS = 25  # a list item (a headline, a tag) is at most this many tokens
_RELATED_ITEMS = 15
_TAG_ITEMS = 12
_MENU_RUN = 3
# Separators searched for: (?!(?<=\s)\s) starts no match inside a run of spaces, so a long
# run costs one pass, not one per position (``\s*+x`` alone is quadratic there).
_BREADCRUMB_SPLIT = regex.compile(r"(?!(?<=\s)\s)\s*+(?:>|»|›|→|＞|->|>>|(?<=\s)/(?=\s))\s*+")
_SENTENCE_END = regex.compile(SENTENCE_END_CLASS + r"\s*+$")
_TAG_LINE = regex.compile(r"(?P<label>[^:：]{1,24}+)\s*+[:：]\s*+(?P<items>\S[^\n]{0,300}+)")
_TAG_SEP = regex.compile(r"(?!(?<=\s)\s)\s*+(?:,|，|、|;|；|\||/|#)\s*+")


def _short(text: str, limit: int = _LIST_ITEM_TOKENS) -> bool:
    n = count_tokens(text, 2 * limit + 1)
    if n == 0 or n > 2 * limit:
        return False
    return n <= limit or cjk_share(text) > 0.5


def _heading_of_another_list(text: str, rules: RuleBook) -> bool:
    """A comment heading or another list's heading ends the list above it."""
    return (
        line_rule(text, rules, "comments") is not None
        or line_rule(text, rules, "related") is not None
    )


def related_lists(doc: Doc, rules: RuleBook) -> Doc:
    """Related / read-more / most-popular / trending headings and the list of links under them."""
    decisions: dict[int, str] = {}
    subheads: dict[tuple[bool, ...], int] | None = None  # worked out once, if a box needs it
    for indices, rule in vocab_matches(doc, rules, "related"):
        if indices[0] in decisions:
            continue
        decisions.update((i, rule) for i in indices)
        if rule.endswith(("read_more_link", "more_about")):
            continue  # a single "Read more: <link>" line
        # the links listed under the heading: headline-shaped lines, until running text
        items: list[int] = []
        resumes = False  # running text follows the list: the box stands inside the article
        for item in next_content(doc, indices[-1], _RELATED_ITEMS):
            text = doc.lines[item].text
            if _running_text(text) or not _short(text) or _heading_of_another_list(text, rules):
                resumes = reads_as_prose(text)
                break
            items.append(item)
        if resumes and len(items) > 1:
            if subheads is None:
                subheads = _subheading_shapes(doc)
            items = _without_own_subheading(doc, indices[0], items, subheads)
        decisions.update((item, "item_under_related_heading") for item in items)
    return doc.drop(decisions)


_INNER_COLON = regex.compile(r"\S\s?+[:：]\s?+\S")


def _heading_shape(text: str) -> tuple[bool, ...]:
    """What a short heading looks like: CJK or not, a question, "topic: phrase", two phrases
    side by side ("偏鄉客運路線縮減 交通部研議補助新制"), commas.

    >>> _heading_shape("停车难题：向边角地要车位") == _heading_shape("长效管理：改完之后谁来管")
    True
    >>> _heading_shape("Et l'hiver ?") == _heading_shape("Refuges : les réservations en ligne")
    False
    """
    t = text.strip()
    cjk = cjk_share(t) > 0.5
    return (
        cjk,
        t[-1:] in "?？",
        _INNER_COLON.search(t) is not None,
        cjk and " " in t,
        not {",", "，", "、"}.isdisjoint(t),
    )


def _subheading_shapes(doc: Doc) -> dict[tuple[bool, ...], int]:
    """The shape of each subheading the page prints between paragraphs (a short line that
    is not running text), with the first line that has it: one pass over the page."""
    out: dict[tuple[bool, ...], int] = {}
    for i, line in enumerate(doc.lines):
        text = line.text
        if text and _short(text) and not _running_text(text) and between_prose(doc, i):
            out.setdefault(_heading_shape(text), i)
    return out


def _without_own_subheading(
    doc: Doc, heading: int, items: list[int], subheads: dict[tuple[bool, ...], int]
) -> list[int]:
    """``items`` of a related box inside the article, less the last one if it is the
    article's own next subheading: shaped like a subheading (or interview question) that the
    article prints between its paragraphs above the box (``subheads``), and unlike every
    link of the box ("相关阅读" / two links / "长效管理：改完之后谁来管" over its paragraph).
    A plain Latin line (no question, colon or comma) tells nothing: every link may look
    like that."""
    shape = _heading_shape(doc.lines[items[-1]].text)
    if not any(shape):
        return items  # a plain Latin line is every link's shape too
    if subheads.get(shape, heading) >= heading:
        return items  # no subheading above the box has its shape
    if any(_heading_shape(doc.lines[i].text) == shape for i in items[:-1]):
        return items
    return items[:-1]


_HEADLINE_CJK = 28  # a headline in a list is at most this many CJK characters ...
_HEADLINE_WORDS = 20  # ... or words
_STATEMENT_END = frozenset(".。!！")  # the sentence ends a statement does (not a question)


def _running_text(text: str) -> bool:
    """A line of running text, not a headline in a list: prose length and a sentence's end
    (a full stop: a headline may ask a question), or more than a headline's length.

    >>> _running_text("老旧小区加装电梯，这些问题你关心吗？")
    False
    >>> _running_text("不少居民也有顾虑：花了这么多钱改造，过几年会不会又变回老样子？")
    True
    """
    if not reads_as_prose(text):
        return False
    if text.rstrip(CLOSERS + " ")[-1:] in _STATEMENT_END:
        return True
    cjk = cjk_share(text) > 0.5
    return len(text) > _HEADLINE_CJK if cjk else len(text.split()) > _HEADLINE_WORDS


def tag_lists(doc: Doc, rules: RuleBook) -> Doc:
    """Tag lists: "Tags: China, Economy", "标签：经济 贸易", or a tag label over a list of tags."""
    tags = rules.lexicon("tags")
    decisions: dict[int, str] = {}
    for index in marked_lines(doc, "tags"):  # a tag label, or a line of tags after one
        text = doc.lines[index].text
        if index in decisions or len(text) > MAX_LINE:
            continue
        rule = tags.lookup(text)
        if rule is not None and not looks_like_subheading(doc, index):
            decisions[index] = rule.id
            for item in next_content(doc, index, _TAG_ITEMS):
                if not _short(doc.lines[item].text, 4):
                    break
                decisions[item] = "item_under_tag_label"
            continue
        m = _TAG_LINE.fullmatch(text)
        if m is None:
            continue
        rule = tags.lookup(m.group("label"))
        items = [p for p in _TAG_SEP.split(m.group("items")) if p]
        if rule is not None and items and all(_short(p, 6) for p in items):
            if not _SENTENCE_END.search(text) or len(items) > 1:
                decisions[index] = rule.id
    return doc.drop(decisions)


def _breadcrumb(text: str, rules: RuleBook) -> str | None:
    hit = rules.patterns("nav").fullmatch(text)
    if hit is None:
        return None
    items = [p for p in _BREADCRUMB_SPLIT.split(text) if p.strip()]
    if any(_SENTENCE_END.search(p) for p in items):
        return None
    nav = rules.lexicon("nav")
    if len(items) >= 3 or nav.lookup(items[0].split("：")[-1].split(":")[-1]) is not None:
        return hit[0].id
    return None


# "Read this article in: Español, Français, 中文": a label, then languages
_SWITCH_LABEL = regex.compile(r"(?P<label>[^:：\n]{1,60}+)[:：]\s*+(?P<items>\S[^\n]{0,300}+)")
# the last item of a list on the line: after the last separator, up to 40 characters
_SWITCH_TAIL = regex.compile(r"(?<=[,，、|/·•])[^,，、|/·•\n]{1,40}+$")
_SWITCH_CHARS = 160  # a language switch is a short line
_SWITCH_SEPS = frozenset(",，、|/·•")
_SWITCH_SEP = regex.compile(r"(?!(?<=\s)\s)\s*+(?:,|，|、|\||/|·|•)\s*+")


def _language_switch(text: str, rules: RuleBook) -> str | None:
    """A line that lists two or more languages a page is offered in, after a label or
    alone: a language switch."""
    if len(text) > _SWITCH_CHARS or _SWITCH_SEPS.isdisjoint(text):
        return None
    tail = _SWITCH_TAIL.search(text)
    if tail is None:
        return None  # (most lines: no list of short items)
    names = rules.lexicon("language_names")
    if names.lookup(tail.group().strip()) is None:
        return None  # a language switch ends with a language
    m = _SWITCH_LABEL.fullmatch(text)
    items_text = m.group("items") if m and len(m.group("label").split()) <= 8 else text
    items = [p for p in _SWITCH_SEP.split(items_text) if p.strip()]
    if not 2 <= len(items) <= 40 or not all(names.lookup(p) for p in items):
        return None
    return "language_switch"


def nav_mark(text: str, rules: RuleBook) -> bool:
    """The lines :func:`nav_menus` works on: a breadcrumb, a menu bar, or a menu word (a
    run of menu lines needs one)."""
    if len(text) > MAX_LINE:
        return False
    nav = rules.lexicon("nav")
    if _breadcrumb(text, rules) is not None or _language_switch(text, rules) is not None:
        return True
    segments = nav.cover(text)
    if segments is not None and sum(1 for s in segments if s.rule) >= 2:
        return True
    return _short(text, 4) and nav.lookup_key(key(text)) is not None


def pager_mark(text: str, rules: RuleBook) -> bool:
    """The lines :func:`pagination` works on: pagers, and the "/" or "/23" a gallery's
    counter split over lines starts from ("1" / "/" / "23": no pager's phrase in it)."""
    return rules.lexicon("pagination").cover(text) is not None or bool(_SLIDE_SEP.fullmatch(text))


def tags_mark(text: str, rules: RuleBook) -> bool:
    """The lines :func:`tag_lists` works on: a tag label, or a line of tags after one."""
    if len(text) > MAX_LINE:
        return False
    tags = rules.lexicon("tags")
    if tags.lookup(text) is not None:
        return True
    m = _TAG_LINE.fullmatch(text)
    return m is not None and tags.lookup(m.group("label")) is not None


def nav_menus(doc: Doc, rules: RuleBook) -> Doc:
    """Navigation: breadcrumbs ("Home > World > Asia", "首页 > 新闻"), menu bars, menus and
    language switches ("Read this article in: Español, Français, 中文")."""
    nav = rules.lexicon("nav")
    decisions: dict[int, str] = {}
    run: list[tuple[int, str | None]] = []  # (index, rule if a nav word)

    def flush() -> None:
        hits = [r for _, r in run if r]
        if len(run) >= _MENU_RUN and len(hits) * 3 >= len(run) * 2:
            for i, r in run:
                decisions[i] = r or "item_in_menu_run"
        run.clear()

    # a paragraph over lines is tried whole first, as the body will hold it (the analysis
    # marks its lines "nav" when the whole is navigation)
    paragraphs, tried = Paragraphs(doc), set()
    for index in marked_lines(doc, "nav"):
        found = paragraphs.at(index) if index not in tried else None
        if found is None:
            continue
        block, text = found
        tried.update(block)
        rule = _nav_line(text, rules, nav) if len(text) <= MAX_LINE else None
        if rule is not None:
            decisions.update((i, rule) for i in block)
    for index, line in enumerate(doc.lines):
        text = line.text
        if not text or index in decisions:
            continue
        if len(text) > MAX_LINE:
            flush()
            continue
        rule = _nav_line(text, rules, nav)
        if rule is not None:
            decisions[index] = rule
            continue
        if _short(text, 4):
            word = nav.lookup_key(key(text))
            run.append((index, word.id if word else None))
        else:
            flush()
    flush()
    return doc.drop(decisions)


def _nav_line(text: str, rules: RuleBook, nav: Lexicon) -> str | None:
    """The rule by which ``text`` alone is navigation (a breadcrumb, a language switch, a
    menu bar of two or more menu phrases), or ``None``."""
    crumb = _breadcrumb(text, rules) or _language_switch(text, rules)
    if crumb is not None:
        return crumb
    segments = nav.cover(text)
    if segments is not None and sum(1 for s in segments if s.rule) >= 2:
        return segments[0].rule.id if segments[0].rule else "menu_bar"
    return None


def pagination(doc: Doc, rules: RuleBook) -> Doc:
    """Pagination ("Previous 1 2 3 Next", "Page 2 of 5", "上一页 下一页", "第1页 共3页")."""
    pager = rules.lexicon("pagination")
    decisions: dict[int, str] = {}
    paragraphs = Paragraphs(doc)
    marked = marked_lines(doc, "pager")
    for index in marked:  # the lines the pager's phrases cover
        if index in decisions:
            continue
        segments = pager.cover(doc.lines[index].text)
        if segments is None or looks_like_subheading(doc, index):
            continue
        lines = [index]
        if in_sentence(doc, index):
            # "1" / "of" / "4": the line reads on, and the paragraph it makes may be a pager
            found = paragraphs.at(index)
            segments = pager.cover(found[1]) if found is not None else None
            if found is None or segments is None:
                continue
            lines = found[0]
        first = next(s.rule for s in segments if s.rule is not None)
        decisions.update((i, first.id) for i in lines)
    starts = [i for i, line in doc.lines_with("/") if _SLIDE_SEP.fullmatch(line.text)]
    seen: set[int] = set()  # lines of a run read already: each run is read once
    for index in sorted({*starts, *(i for i in marked if _slide_part(doc, i, pager))}):
        if index in seen:
            continue
        run = _slide_run(doc, index, pager)
        seen.update(run)
        if "n" in run.values() and len(set(run.values())) > 1:  # a number and a "/" or "of"
            decisions.update((i, decisions.get(i, "slide_counter")) for i in run)
    return doc.drop(decisions)


_SLIDE_NUMBER = regex.compile(r"\d{1,3}+")  # a gallery has fewer than 1000 pictures
_SLIDE_SEP = regex.compile(r"/\s*+\d{0,3}+")


def _slide_part(doc: Doc, index: int, pager: Lexicon) -> str | None:
    """What a line of a slide counter split over lines is: ``"n"`` for a number, ``"sep"``
    for "/" or "/23", ``"word"`` for a pager's word ("of"); ``None`` for anything else."""
    text = doc.lines[index].text
    if _SLIDE_NUMBER.fullmatch(text):
        return "n"
    if _SLIDE_SEP.fullmatch(text):
        return "sep"
    if len(text) <= 12 and count_tokens(text, 2) == 1 and pager.lookup(text) is not None:
        return "word"
    return None


def _slide_run(doc: Doc, index: int, pager: Lexicon) -> dict[int, str]:
    """The lines around ``index`` that could be parts of a gallery's counter split one part
    to a line ("1" / "of" / "/" / "23"), blank lines aside, with what each is. They are a
    counter if they hold a number and a separator or a pager's word: a number alone, or a
    word alone, is none."""
    run = {index: _slide_part(doc, index, pager)}
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(doc.lines):
            if doc.lines[i].text:
                part = _slide_part(doc, i, pager)
                if part is None:
                    break
                run[i] = part
            i += step
    return run
