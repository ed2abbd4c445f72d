"""The ``byline`` extractor: authors (and a source named beside them) from credit lines.

"By An Baijie(China Daily)", "Jane Doe | Reuters", "Jane Doe, Staff Reporter", "By" / "Jane Doe",
"记者 张伟", "作者：李明", "文/王芳", "（记者 张伟 李明）", "作者:zboygirl",
"ggjjzhzz" / "发表于 ...".
Fallback: a line of Chinese names alone right under the headline ("胡平").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..model import Dateline, Doc
from ..rules import RuleBook, load_words, word_alternation
from ..text import key, word_pattern
from .credit_plan import Part, apply, plan_of
from .credits import Credit, Field, known_source, read_credits
from .names import han_name, read_names
from .title import looks_like_headline
from .zones import above_story, body_bounds, eligible, in_block, in_header, remove_fields

__all__ = ["byline", "read_byline"]

_NAME_SEP = regex.compile(r"\s*+[、，,；;]\s*+|\s++")
_WEAK_RULES = frozenset({"source_is_person"})
# what a byline takes: the authors, and the photographers credited beside them ("Words by
# Lena Hart · Photographs by Sam Oduya"), who are not authors
_TAKEN = frozenset({"author", "photo"})  # taken only when no other byline names anyone
# the outlet line of a byline block: the byline's to take (with its names), never the source's
BYLINE_SOURCES = frozenset({"source_over_date"})
# a bare name under (or over) a date heads the article, but beside each comment it names a
# commenter (and a name over a date there, "Mehmet A." / "2 saat önce", is no outlet)
_HEADER_ONLY = frozenset({"name_under_date", "name_over_date", "source_over_date"})


def read_byline(text: str, rules: RuleBook) -> tuple[str, list[str], str | None] | None:
    """``(rule_id, authors, source)`` if ``text`` is a byline line, else ``None``.

    >>> read_byline("By An Baijie(China Daily)", RuleBook())[1:]
    (['An Baijie'], 'China Daily')
    >>> read_byline("By Jane Doe and John Roe, Reuters", RuleBook())[1:]
    (['Jane Doe', 'John Roe'], 'Reuters')
    >>> read_byline("By the time the vote came, the deal had collapsed.", RuleBook()) is None
    True
    """
    fields = read_credits(text, rules)
    if not fields or any(f.kind != "author" for f in fields):
        return None
    names = [n for f in fields for n in f.names]
    source = next((f.value for f in fields if f.value), None)
    return (fields[0].rule, names, source) if names else None


def _pick(credits: list[tuple[Credit, list[Field]]], bounds) -> list[Field]:
    """The credits that name the article's authors: those in the header, else the first one
    — unless the header's byline is a newsroom's, naming no one ("By HNN Staff"): then the
    names further down are other stories' (a box of teasers under the article)."""
    desk = any(
        f.kind == "author" and not f.names and in_header(f, bounds) for _, fs in credits for f in fs
    )
    for weak in (False, True):
        group = [
            (c, fs)
            for c, fs in credits
            if any((f.rule in _WEAK_RULES) == weak for f in fs if f.names and f.kind == "author")
        ]
        if not group:
            continue
        header = [fs for c, fs in group if all(in_header(f, bounds) for f in fs)]
        if not header and desk:
            return []
        chosen = header or [group[0][1]]
        return [
            f
            for fs in chosen
            for f in fs
            if f.names and f.kind == "author" and (f.rule in _WEAK_RULES) == weak
        ]
    return []


def _names_under_headline(doc: Doc, rules: RuleBook, bounds) -> tuple[int, list[str]] | None:
    """A line of Chinese names alone under the headline ("胡平", "赵延东、风笑天")."""
    if bounds is None:
        return None
    content = [(i, line) for i, line in doc.content() if i <= bounds[0]]
    for pos in range(len(content) - 2, max(0, len(content) - 4), -1):
        index, line = content[pos]
        parts = [p for p in _NAME_SEP.split(line.text.strip()) if p]
        if not 1 <= len(parts) <= 4 or not all(han_name(p, rules) for p in parts):
            continue
        previous = content[pos - 1][1].text if pos > 0 else ""
        if previous and looks_like_headline(previous):
            return index, parts
    return None


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    """The patterns built from the words of ``byline_words.txt`` (every language's)."""
    filed = word_alternation(load_words("byline_words.txt").get("filed", ()))
    return {
        # "張偉／台中報導", "记者 王芳/北京报道": the place the reporter filed from, a dateline
        "filed_from": regex.compile(rf"[/／]\s*+(?P<place>\p{{Han}}{{2,8}}?)(?:{filed})\s*+$"),
    }


def _named_in_body(doc: Doc, text: str, bounds) -> bool:
    """ "São Paulo" under a byline is the place the story was filed from when the story names
    it too; an outlet's name seldom stands in its own story."""
    if bounds is None:
        return False
    pattern = word_pattern(text)
    return any(pattern.search(line.text) for line in doc.lines[bounds[0] : bounds[1] + 1])


def byline(doc: Doc, rules: RuleBook) -> Doc:
    """Bylines, kept as ``metadata.authors`` ("By Jane Doe and John Roe", "记者 张伟")."""
    return apply(doc, plan_of(doc, rules).part("authors"))


def decide_byline(doc: Doc, rules: RuleBook, credits: list[Credit], plan: dict[str, Part]) -> Doc:
    """The byline's part of the credit plan: ``doc`` without the byline lines it takes, with
    the authors (and a source named beside them) in its metadata."""
    bounds = body_bounds(doc)
    taken: list[tuple[Credit, list[Field]]] = []
    for credit in credits:
        fields = [
            f
            for f in credit.fields
            if (f.kind in _TAKEN or f.rule in BYLINE_SOURCES)
            and eligible(doc, f, bounds)
            and (not f.alone or in_block(doc, f, rules))
            and (f.rule not in _HEADER_ONLY or above_story(doc, f, bounds))
        ]
        if fields:
            taken.append((credit, fields))
    authors: list[str] = list(doc.meta.get("authors", ()))
    seen = {key(a) for a in authors}
    source = doc.meta.get("source")
    source_why: dict | None = None
    names_why: dict | None = None
    for f in _pick(taken, bounds) if not authors else []:
        for name in f.names:
            if key(name) not in seen:
                seen.add(key(name))
                authors.append(name)
                names_why = names_why or {
                    "how": "byline",
                    "line": doc.lines[f.line].no,
                    "rule": f.rule,
                }
        if not source and f.value:
            source, source_why = f.value, {"how": "byline", "line": doc.lines[f.line].no}
    place = None
    for _, fields in taken:
        for f in fields:
            if f.rule in BYLINE_SOURCES and f.value:
                if not known_source(f.value, rules) and _named_in_body(doc, f.value, bounds):
                    place = place or f.value  # "Pedro Almeida" / "São Paulo" / date
                elif not source:
                    source = f.value
                    source_why = {"how": "byline_outlet", "line": doc.lines[f.line].no}
            text = doc.lines[f.line].text[f.start : f.end]
            filed = (
                _patterns()["filed_from"].search(text) if f.kind == "author" and f.names else None
            )
            if filed is not None:
                place = place or filed.group("place")  # "記者張偉／台中報導"
    doc = remove_fields(doc, [f for _, fs in taken for f in fs])
    if place and not doc.meta.get("dateline"):
        doc = doc.with_meta(dateline=Dateline(place, None))
    if not authors:
        found = _names_under_headline(doc, rules, body_bounds(doc))
        if found is not None:
            index, authors = found
            names_why = {"how": "names_under_headline", "line": doc.lines[index].no}
            doc = doc.drop({index: "names_under_headline"})
    if not authors:
        authors, at = _closing_names(doc, rules)
        names_why = {"how": "closing_names", "line": at}
    if not authors:
        authors, at = _author_box(doc, rules, body_bounds(doc))
        names_why = {"how": "author_box", "line": at}
    doc = doc.with_meta(authors=authors or None, why=names_why)
    return doc.with_meta(source=source if source_why else None, why=source_why)


_BOX_LINES = 2  # the name stands within this many lines under the author box's heading


def _author_box(doc: Doc, rules: RuleBook, bounds) -> tuple[list[str], int | None]:
    """The name alone under an author box's heading after the article ("About the author" /
    "Daniel Okoye" / "Daniel Okoye covers education ..."), when no byline names anyone."""
    if bounds is None:
        return [], None
    headings = rules.lexicon("author_box")
    content = [(i, line) for i, line in doc.content() if i > bounds[0]]
    for pos, (_, line) in enumerate(content):
        if headings.lookup(line.text) is None:
            continue
        for _, below in content[pos + 1 : pos + 1 + _BOX_LINES]:
            found = read_names(below.text, rules)
            if found is not None and found.names and not found.source:
                return list(found.names), below.no
    return [], None


_CLOSING_NAMES = regex.compile(
    r"(?<=[。！？!?”])\s*+[（(]\s*+((?:\p{Han}{2,4}+\s*+){1,4}+)[)）]\s*+$"
)


def _closing_names(doc: Doc, rules: RuleBook) -> tuple[list[str], int | None]:
    """Reporters named in brackets at the very end of the article, Chinese style:
    "……过一个平安、祥和、温馨、廉洁的新春佳节。（常书香 马丹阳 ）".

    The bracket must close a sentence (it follows 。！？ or a closing quote) and every
    bracketed word must be a personal name (a known surname and one or two more
    characters).  The last such line wins (footers and link lists come after the body,
    so the last line of the document is not necessarily the article's).  The bracket
    stays in the body: it closes the article's last paragraph, and annotated corpora
    (the cwce_zh dev set) keep it there as part of the text.
    """
    for index in range(len(doc.lines) - 1, -1, -1):
        text = doc.lines[index].text
        if not text or text[-1] not in ")）":
            continue
        m = _CLOSING_NAMES.search(text)
        if m is None:
            continue
        names = m.group(1).split()
        if all(han_name(n, rules) for n in names):
            return names, doc.lines[index].no
    return [], None
