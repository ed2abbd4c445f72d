"""The ``dateline`` extractor: the place (and date) that opens the story.

"BEIJING, July 12 (Xinhua) --", "WASHINGTON (AP) —", "MADRID —", "新华社北京7月11日电",
"本报讯", "人民网北京7月11日电（记者 张伟）". The dateline is cut from the start of its paragraph
(only when it is a prefix of that form, from ``data/<lang>/dateline.re``); its agency becomes
the source and the reporters in its brackets the authors when nothing else named them.
"""

from __future__ import annotations

import datetime as _dt

import regex

from ..dates import month_day
from ..model import Dateline, Doc
from ..rules import RuleBook
from .credits import read_credits
from .zones import body_bounds

__all__ = ["dateline", "read_dateline"]

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_SCAN_LINES = 40  # content lines after the start of the prose where a dateline may stand
_OWN_PAPER = frozenset({"本报", "本刊", "本台", "本网", "本報"})  # "this paper": not a name


def read_dateline(text: str, rules: RuleBook):
    """``(rule, match)`` if ``text`` starts with a dateline, else ``None``.

    >>> text = "BEIJING, July 12 (Xinhua) -- China said on Tuesday it would act."
    >>> rule, m = read_dateline(text, RuleBook())
    >>> m.group("place"), m.group("date"), m.group("agency")
    ('BEIJING', 'July 12', 'Xinhua')
    >>> read_dateline("新华社北京7月11日电 国务院总理李克强会见了客人。", RuleBook())[1]["place"]
    '北京'
    >>> read_dateline("The BEIJING office said -- nothing.", RuleBook()) is None
    True
    """
    for rule, pattern in rules.patterns("dateline").patterns:
        m = pattern.match(text)
        if m is None or m.end() == 0:
            continue
        rest = text[m.end() :]
        if rest and rule.id.endswith(":caps") and not _opens_story(rest):
            continue  # "THE POINT -- NOW ON YOUTUBE!": an upper-case phrase, not a dateline
        return rule, m
    return None


def _opens_story(rest: str) -> bool:
    """What follows a dateline starts a sentence of the story (CJK, or 6+ words)."""
    if not rest[0].isascii() or _CJK.search(rest[:12]):
        return True
    if not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘"):
        return False
    return len(rest.split()) >= 6 and not rest.isupper()


def _date(found: str | None, published: str | None) -> str | None:
    if not found:
        return None
    parsed = month_day(found)
    if parsed is None:
        return None
    year, month, day = parsed
    if year is None and published:
        year = int(published[:4])
    if year is None:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def dateline(doc: Doc, rules: RuleBook) -> Doc:
    """The dateline opening the first paragraph, kept as ``metadata.dateline`` (place, date)."""
    if doc.meta.get("dateline"):
        return doc
    bounds = body_bounds(doc)
    start = bounds[0] if bounds else 0
    content = doc.content()
    near = [pos for pos, (i, _) in enumerate(content) if i >= start][:1]
    first = max(0, (near[0] if near else 0) - 2)
    for index, line in content[first : first + _SCAN_LINES]:
        found = read_dateline(line.text, rules)
        if found is None:
            continue
        rule, m = found
        groups = m.groupdict()
        place = (groups.get("place") or "").strip(" ,") or None
        date = _date(groups.get("date"), doc.meta.get("published"))
        fields: dict = {}
        if place or date:
            fields["dateline"] = Dateline(place, date)
        agency = (groups.get("agency") or "").strip()
        if agency and agency not in _OWN_PAPER and not doc.meta.get("source"):
            fields["source"] = agency
        if groups.get("credit") and not doc.meta.get("authors"):
            credits = read_credits(groups["credit"].strip(), rules) or ()
            names = [n for f in credits if f.kind == "author" for n in f.names]
            fields["authors"] = list(dict.fromkeys(names)) or None
        printed = month_day(groups.get("date") or "")
        if date and printed and printed[0] is not None and not doc.meta.get("published"):
            fields["published"] = date  # the dateline printed its year: a fallback date
        doc = doc.cut(index, 0, m.end(), rule.id)
        return doc.with_meta(**fields)
    return doc
