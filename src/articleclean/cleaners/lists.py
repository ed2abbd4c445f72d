"""Lists that surround articles: related stories, tags, menus and breadcrumbs, pagination."""

from __future__ import annotations

import regex

from ..model import Doc
from ..rules import RuleBook
from ..text import cjk_share, count_tokens, key
from ._context import in_sentence, is_prose
from ._vocab import MAX_LINE, line_rule, looks_like_subheading, next_content, vocab_matches

__all__ = ["nav_menus", "pagination", "related_lists", "tag_lists"]

_LIST_ITEM_TOKENS = 25  # a list item (a headline, a tag) is at most this many tokens
_RELATED_ITEMS = 15
_TAG_ITEMS = 12
_MENU_RUN = 3
# Separators searched for: (?!(?<=\s)\s) starts no match inside a run of spaces, so a long
# run costs one pass, not one per position (``\s*+x`` alone is quadratic there).
_BREADCRUMB_SPLIT = regex.compile(r"(?!(?<=\s)\s)\s*+(?:>|»|›|→|＞|->|>>|(?<=\s)/(?=\s))\s*+")
_SENTENCE_END = regex.compile(r"[.!?。！？]\s*+$")
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
    for indices, rule in vocab_matches(doc, rules, "related"):
        if indices[0] in decisions:
            continue
        decisions.update((i, rule) for i in indices)
        if rule.endswith(("read_more_link", "more_about")):
            continue  # a single "Read more: <link>" line
        # the links listed under the heading: headline-shaped lines, until running text
        for item in next_content(doc, indices[-1], _RELATED_ITEMS):
            text = doc.lines[item].text
            if _running_text(text) or not _short(text) or _heading_of_another_list(text, rules):
                break
            decisions[item] = "item_under_related_heading"
    return doc.drop(decisions)


_HEADLINE_CJK = 28  # a headline in a list is at most this many CJK characters ...
_HEADLINE_WORDS = 20  # ... or words
_FULL_STOP = frozenset(".。!！")


def _running_text(text: str) -> bool:
    """A line of running text, not a headline in a list: prose length and a sentence's end
    (a full stop: a headline may ask a question), or more than a headline's length.

    >>> _running_text("老旧小区加装电梯，这些问题你关心吗？")
    False
    >>> _running_text("不少居民也有顾虑：花了这么多钱改造，过几年会不会又变回老样子？")
    True
    """
    if not is_prose(text):
        return False
    if text.rstrip("\"'”’」』)）]】»")[-1:] in _FULL_STOP:
        return True
    cjk = cjk_share(text) > 0.5
    return len(text) > _HEADLINE_CJK if cjk else len(text.split()) > _HEADLINE_WORDS


def tag_lists(doc: Doc, rules: RuleBook) -> Doc:
    """Tag lists: "Tags: China, Economy", "标签：经济 贸易", or a tag label over a list of tags."""
    tags = rules.lexicon("tags")
    decisions: dict[int, str] = {}
    for index, line in enumerate(doc.lines):
        text = line.text
        if not text or index in decisions or len(text) > MAX_LINE:
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


def nav_menus(doc: Doc, rules: RuleBook) -> Doc:
    """Navigation: breadcrumbs ("Home > World > Asia", "首页 > 新闻"), menu bars and menus."""
    nav = rules.lexicon("nav")
    decisions: dict[int, str] = {}
    run: list[tuple[int, str | None]] = []  # (index, rule if a nav word)

    def flush() -> None:
        hits = [r for _, r in run if r]
        if len(run) >= _MENU_RUN and len(hits) * 3 >= len(run) * 2:
            for i, r in run:
                decisions[i] = r or "item_in_menu_run"
        run.clear()

    for index, line in enumerate(doc.lines):
        text = line.text
        if not text:
            continue
        if len(text) > MAX_LINE:
            flush()
            continue
        crumb = _breadcrumb(text, rules)
        if crumb is not None:
            decisions[index] = crumb
            continue
        segments = nav.cover(text)
        if segments is not None and sum(1 for s in segments if s.rule) >= 2:
            decisions[index] = segments[0].rule.id if segments[0].rule else "menu_bar"
            continue
        if _short(text, 4):
            rule = nav.lookup_key(key(text))
            run.append((index, rule.id if rule else None))
        else:
            flush()
    flush()
    return doc.drop(decisions)


def pagination(doc: Doc, rules: RuleBook) -> Doc:
    """Pagination ("Previous 1 2 3 Next", "Page 2 of 5", "上一页 下一页", "第1页 共3页")."""
    pager = rules.lexicon("pagination")
    decisions: dict[int, str] = {}
    for index, line in enumerate(doc.lines):
        text = line.text
        if not text:
            continue
        segments = pager.cover(text)
        if segments is None or in_sentence(doc, index) or looks_like_subheading(doc, index):
            continue
        first = next(s.rule for s in segments if s.rule is not None)
        decisions[index] = first.id
    return doc.drop(decisions)
