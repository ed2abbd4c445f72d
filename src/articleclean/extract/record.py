"""The ``crawler_record`` extractor: the record a crawler wrote at the top of the file.

Crawlers and scrapers often save their own header before the page's text:

* a Markdown key-value table (``| url | https://… |``, ``| crawled | 2024-03-02 10:11 |``);
* YAML front matter between two ``---`` lines (``title:``, ``url:``, ``date:``);
* ``Title:`` / ``URL:`` / ``Date:`` lines;
* WARC headers (``WARC/1.0``, ``WARC-Target-URI: …``, ``WARC-Date: …``), and an HTTP
  response's status line and headers after them.

None of it is the page. The step reads the record into the page's analysis
(:class:`CrawlerRecord`: its title, address and fetch time), fills ``url`` and ``fetched``,
and removes the record's lines. ``fetched`` is when the crawler fetched the page, never the
article's date: a record's ``date`` is its time. The record's title is evidence for the
``title`` step (its headline part is the title, its site part evidence of the publisher)
and the address's host for the ``publisher`` step.

The line shapes are patterns (``data/common/record.re``); the keys a record may hold, and
the field each fills, are word lists per language (``record_url_keys``,
``record_title_keys``, ``record_fetched_keys``, and ``record_keys`` for the others). A
block at the top counts as a record only when every line of it is a record line with a
known key and one of them holds the page's address (WARC headers: the version line), so a
Markdown article that opens with a table or a "Title:" line stays as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import regex

from ..dates import find_dates
from ..model import Doc
from ..rules import RuleBook

__all__ = ["CrawlerRecord", "crawler_record", "read_record"]

_FIELD_FAMILIES = {
    "record_url_keys": "url",
    "record_title_keys": "title",
    "record_fetched_keys": "fetched",
    "record_keys": None,
}
_URL = regex.compile(r"(?:https?|ftp)://[^\s/?#]++[^\s]*+", regex.I)
_MAX_LINES = 60  # a record longer than this is not a crawler's header
_QUOTES = (('"', '"'), ("'", "'"), ("“", "”"))


@dataclass(frozen=True, slots=True)
class CrawlerRecord:
    """A crawler's record: its format, the input lines it took, and the fields it gave
    (``title``, ``url``, ``fetched``; ``lines_of`` says on which input line each stood)."""

    format: str  # "table", "front_matter", "header_lines" or "warc"
    lines: tuple[int, ...]
    title: str | None = None
    url: str | None = None
    fetched: str | None = None
    lines_of: tuple[tuple[str, int], ...] = ()

    @property
    def host(self) -> str | None:
        """The address's host, lower-cased, without a leading ``www.``.

        >>> CrawlerRecord("warc", (1,), url="https://www.TheGuardian.com/x").host
        'theguardian.com'
        """
        if not self.url:
            return None
        host = (urlsplit(self.url).hostname or "").lower()
        return host.removeprefix("www.") or None

    def line_of(self, field: str) -> int | None:
        return dict(self.lines_of).get(field)


def _line_shapes(rules: RuleBook) -> dict[str, Any]:
    return {rule.id.rsplit(":", 1)[1]: pat for rule, pat in rules.patterns("record").patterns}


def _key_field(text: str, rules: RuleBook) -> tuple[bool, str | None]:
    """``(known, field)``: whether ``text`` is a record key, and the field it fills."""
    rule = rules.lexicon(*_FIELD_FAMILIES).lookup(text.strip())
    if rule is None:
        return False, None
    return True, _FIELD_FAMILIES[rule.family]


def _unquote(value: str) -> str:
    value = value.strip()
    for a, b in _QUOTES:
        if len(value) >= 2 and value.startswith(a) and value.endswith(b):
            return value[1:-1].strip()
    return value


def _block(lines, start: int) -> int:
    """The index after the last line of the block that starts at ``start`` (up to a blank
    line)."""
    end = start
    while end < len(lines) and lines[end].text and end - start < _MAX_LINES:
        end += 1
    return end


def _pairs(lines, start: int, end: int, pattern, rules: RuleBook, *, any_key: bool = False):
    """``[(index, field, value)]`` for lines ``start:end``, each a ``key: value`` pair of
    ``pattern`` with a known key (``any_key``: any key of the pattern); ``None`` if one is
    not."""
    out = []
    for i in range(start, end):
        m = pattern.fullmatch(lines[i].text)
        if m is None:
            return None
        known, field = _key_field(m.group("key"), rules)
        if not known and not any_key:
            return None
        out.append((i, field, _unquote(m.group("value"))))
    return out


def _table(lines, start: int, p: dict, rules: RuleBook):
    end = _block(lines, start)
    rows = []
    for i in range(start, end):
        text = lines[i].text
        if p["table_rule"].fullmatch(text):
            if rows and len(rows) == 1 and rows[0][1] is None:
                rows = []  # the header row above the rule ("| key | value |")
            continue
        m = p["table_row"].fullmatch(text)
        if m is None:
            return None
        known, field = _key_field(m.group("key"), rules)
        if not known:
            return None
        rows.append((i, field, _unquote(m.group("value"))))
    return "table", range(start, end), rows


def _front_matter(lines, start: int, p: dict, rules: RuleBook):
    if not p["yaml_fence"].fullmatch(lines[start].text):
        return None
    for close in range(start + 1, min(len(lines), start + _MAX_LINES)):
        if p["yaml_fence"].fullmatch(lines[close].text):
            break
    else:
        return None
    body = [i for i in range(start + 1, close) if lines[i].text]
    pairs = []
    for i in body:
        m = p["yaml_pair"].fullmatch(lines[i].text)
        if m is None:
            return None
        pairs.append((i, _key_field(m.group("key"), rules)[1], _unquote(m.group("value"))))
    return "front_matter", range(start, close + 1), pairs


def _header_lines(lines, start: int, p: dict, rules: RuleBook):
    end = _block(lines, start)
    pairs = _pairs(lines, start, end, p["header_pair"], rules)
    return None if pairs is None else ("header_lines", range(start, end), pairs)


def _warc(lines, start: int, p: dict, rules: RuleBook):
    if not p["warc_version"].fullmatch(lines[start].text):
        return None
    end = _block(lines, start)
    pairs = _pairs(lines, start + 1, end, p["warc_pair"], rules, any_key=True)
    if pairs is None:
        return None
    # an HTTP response's status line and headers right after the WARC headers
    nxt = next((i for i in range(end, min(len(lines), end + 3)) if lines[i].text), None)
    if nxt is not None and p["http_status"].fullmatch(lines[nxt].text):
        http_end = _block(lines, nxt)
        http = _pairs(lines, nxt + 1, http_end, p["warc_pair"], rules, any_key=True)
        if http is not None:
            # the HTTP "Date:" is the response's, the WARC-Date the fetch's: neither is the
            # article's, and the WARC's is the one kept
            pairs += [(i, None, v) for i, _, v in http]
            return "warc", [*range(start, end), *range(nxt, http_end)], pairs
    return "warc", range(start, end), pairs


_READERS = (_warc, _front_matter, _table, _header_lines)
_RULE = {  # the pattern each format's lines are named after in its removals
    "warc": "warc_pair",
    "front_matter": "yaml_pair",
    "table": "table_row",
    "header_lines": "header_pair",
}


def read_record(doc: Doc, rules: RuleBook) -> CrawlerRecord | None:
    """The crawler's record at the top of ``doc``, or ``None``.

    >>> doc = Doc.from_text("URL: https://example.org/a\\nDate: 2024-03-02\\n\\nThe text.")
    >>> r = read_record(doc, RuleBook())
    >>> r.format, r.url, r.fetched, r.lines
    ('header_lines', 'https://example.org/a', '2024-03-02', (1, 2))
    >>> read_record(Doc.from_text("Title: A story\\n\\nThe text."), RuleBook()) is None
    True
    """
    lines = doc.lines
    start = next((i for i, line in enumerate(lines) if line.text), None)
    if start is None:
        return None
    p = _line_shapes(rules)
    if not p:
        return None
    for reader in _READERS:
        found = reader(lines, start, p, rules)
        if found is None:
            continue
        fmt, taken, pairs = found
        values: dict[str, str] = {}
        where: dict[str, int] = {}
        for i, field, value in pairs:
            if field is None or field in values or not value:
                continue
            if field == "url":
                m = _URL.match(value)
                if m is None:
                    continue
                value = m.group()
            elif field == "fetched":
                dates = find_dates(value)
                if not dates or dates[0].ambiguous:
                    continue
                value = dates[0].iso()
            values[field] = value
            where[field] = lines[i].no
        if "url" not in values:
            return None  # a record names the page's address
        return CrawlerRecord(
            fmt,
            tuple(lines[i].no for i in taken if lines[i].text),
            values.get("title"),
            values.get("url"),
            values.get("fetched"),
            tuple(where.items()),
        )
    return None


def crawler_record(doc: Doc, rules: RuleBook) -> Doc:
    """A crawler's record at the top of the file (a Markdown key-value table, YAML front
    matter, "URL:" lines, WARC headers): removed, its address kept as ``metadata.url`` and
    its time as ``metadata.fetched`` (never ``published``)."""
    record = read_record(doc, rules)
    if record is None:
        return doc
    if doc.analysis is not None:
        doc.analysis.crawler_record = record
    taken = set(record.lines)
    fields = dict(record.lines_of)
    decisions = {}
    why = {}
    for i, line in enumerate(doc.lines):
        if line.no in taken:
            decisions[i] = f"common/record.re:{_RULE[record.format]}"
            field = next((f for f, no in fields.items() if no == line.no), None)
            why[i] = {"record": record.format, **({"field": field} if field else {})}
    doc = doc.drop(decisions, why=why)
    for name in ("url", "fetched"):
        value = getattr(record, name)
        if value:
            how = {"how": f"crawler_record_{record.format}", "line": record.line_of(name)}
            doc = doc.with_meta(why=how, **{name: value})
    return doc
