"""The ``byline`` extractor: authors and source from a byline.

"By An Baijie(China Daily)", "By Jane Doe, Reuters", "记者 张伟", "作者：李明".
"""

from __future__ import annotations

import regex

from ..model import Doc
from ..rules import RuleBook
from ..text import key

__all__ = ["byline", "read_byline"]

_MAX_LINE = 150
_PAREN = regex.compile(r"\s*+[(（]\s*+(?P<inner>[^()（）]{1,60}+)\s*+[)）]\s*+$")
_SPLIT = regex.compile(r"\s*+(?:,|，|、|;|；|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*+")
_PARTICLES = frozenset(
    "de da das do dos du del della der den van von ter ten bin binti al el la le di ibn st".split()
)
_LATIN_WORD = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*+|\p{Lu}\.)")
_HAN_NAME = regex.compile(r"\p{Han}{2,4}+")
_PIPE = regex.compile(r"\s*+[|丨]\s*+")


def looks_like_name(text: str) -> bool:
    """A personal name: 1-5 capitalised words (particles allowed), or 2-4 Han characters.

    >>> looks_like_name("An Baijie"), looks_like_name("Ludwig van Beethoven")
    (True, True)
    >>> looks_like_name("张伟")
    True
    >>> looks_like_name("the way"), looks_like_name("Page 3")
    (False, False)
    """
    if _HAN_NAME.fullmatch(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 50:
        return False
    if not _LATIN_WORD.fullmatch(words[0]) or not _LATIN_WORD.fullmatch(words[-1]):
        return False
    return all(_LATIN_WORD.fullmatch(w) or w.lower() in _PARTICLES for w in words)


def read_byline(text: str, rules: RuleBook) -> tuple[str, list[str], str | None] | None:
    """``(rule_id, authors, source)`` if ``text`` is a byline, else ``None``.

    >>> read_byline("By An Baijie(China Daily)", RuleBook())[1:]
    (['An Baijie'], 'China Daily')
    >>> read_byline("By Jane Doe and John Roe, Reuters", RuleBook())[1:]
    (['Jane Doe', 'John Roe'], 'Reuters')
    >>> read_byline("By the time the vote came, the deal had collapsed.", RuleBook()) is None
    True
    """
    if len(text) > _MAX_LINE:
        return None
    hit = rules.patterns("byline").fullmatch(text)
    if hit is None:
        return None
    rule, m = hit
    rest = m.group("rest").strip()
    sources = rules.lexicon("sources")
    titles = rules.lexicon("job_titles")
    source = None
    paren = _PAREN.search(rest)
    if paren:
        inner = paren.group("inner").strip()
        rest = rest[: paren.start()].strip()
        if not titles.lookup(inner):
            source = inner
    pipe = _PIPE.split(rest, maxsplit=1)
    if len(pipe) == 2:
        rest, tail = pipe
        if tail and not titles.lookup(tail):
            source = source or tail.strip()
    parts = [p.strip(" .") for p in _SPLIT.split(rest) if p and p.strip(" .")]
    if len(parts) == 1 and _HAN_NAME.fullmatch(parts[0]) is None and " " in parts[0]:
        # 记者 张伟 李明: Han names separated by spaces
        han = parts[0].split()
        if all(_HAN_NAME.fullmatch(p) for p in han):
            parts = han
    authors: list[str] = []
    for part in parts:
        if sources.lookup(part):
            source = source or part
        elif titles.lookup(part):
            continue
        elif looks_like_name(part):
            authors.append(part)
        else:
            return None
    if not authors:
        return None
    return rule.id, authors, source


def byline(doc: Doc, rules: RuleBook) -> Doc:
    """Byline lines, kept as ``metadata.authors`` (and ``metadata.source`` when named)."""
    authors: list[str] = list(doc.meta.get("authors", ()))
    seen = {key(a) for a in authors}  # kept up to date: no rescan of authors per name
    source = doc.meta.get("source")
    decisions: dict[int, str] = {}
    for index, line in doc.content():
        found = read_byline(line.text, rules)
        if found is None:
            continue
        rule_id, names, src = found
        decisions[index] = rule_id
        for name in names:
            if key(name) not in seen:
                authors.append(name)
                seen.add(key(name))
        source = source or src
    return doc.drop(decisions).with_meta(authors=authors or None, source=source)
