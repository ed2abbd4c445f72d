"""HTML input: tell an HTML document from text, and turn it into the text lines we clean.

articleclean cleans text. A page saved as HTML would otherwise come out with its
``<!DOCTYPE>``, its scripts and its ``<p>`` tags in the body, so an input that *is* an HTML
document (:func:`looks_like_html`) is converted first (:func:`html_to_text`), with the
standard library's ``html.parser``, the tolerant tokenizer of Python itself (no new
dependency; the conversion needs tags and text, not a DOM):

* block elements (``p``, ``div``, headings, ``li``, ``td``, ``br``, ...) end a line; a
  paragraph-like block is set off by a blank line, list items and ``<br>`` by a line break;
* ``script``, ``style``, ``noscript``, ``template`` (and ``svg``, ``math``, ``iframe``) are
  dropped with all they hold; so are comments, ``<img>`` and the ``<head>``'s own text;
* entities are decoded and runs of white space collapse as a browser shows them
  (``<pre>`` keeps its lines);
* the ``<title>``, the ``<html lang>`` and ``<meta>`` tags (Open Graph, ``author``,
  ``article:published_time``, ``description``...) are read into :attr:`Page.meta`, and the
  metadata they give (:attr:`Page.hints`) fills the fields the text itself did not fill.

The cleaners then work on these lines as on any scraped text. ``html=False``
(``--no-html``) keeps an HTML input as it is.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

__all__ = ["Page", "html_to_text", "looks_like_html"]

# Elements that end a line: a blank line around the first set, a line break around the second.
_PARAGRAPHS = frozenset(
    "address article aside blockquote body caption center details dialog dir div dl "
    "fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr "
    "html legend main menu nav noframes ol p pre section summary table tbody td tfoot th "
    "thead tr ul".split()
)
_LINES = frozenset("br dd dt li option".split())
# Elements dropped with everything inside them.
_DROPPED = frozenset("script style noscript template svg math iframe object".split())
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)

# A document that says it is HTML at its start (after a BOM, an XML declaration, comments).
_DOC_START = re.compile(
    r"\A\ufeff?\s*+(?:<\?xml[^>]{0,200}>\s*)?(?:<!--(?:[^-]|-(?!->)){0,2000}-->\s*){0,20}"
    r"<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(r"<(?:html|head|body)[\s>]", re.IGNORECASE)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|th|article|section|blockquote|header|footer"
    r"|nav|main|aside|figure|dl|dt|dd|pre|form)(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]{0,20}(?:\s[^<>]{0,500})?/?>")
_SAMPLE = 65536  # characters looked at to decide
_SPACE = re.compile(r"[ \t\n\r\f]+")
_MIN_BLOCK_TAGS = 4


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document (or a fragment made of HTML blocks).

    An HTML document says so at its start (``<!DOCTYPE html>``, ``<html>``), or holds an
    ``<html>``, ``<head>`` or ``<body>`` tag near it; a fragment has at least four block tags
    (``<p>``, ``<div>``, ``<li>``, ``<br>``...) and a tag on at least half of its lines. A text
    with a few tags left in it (markup residue, which the ``markup_residue`` step removes) is
    text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("<p>One.</p>\\n<p>Two.</p>\\n<p>Three.</p>\\n<p>Four.</p>")
    True
    >>> looks_like_html("Share\\n<div class='x'>\\nThe body of the story.\\nMore of it.")
    False
    """
    head = text[:4096]
    if "<" not in head and "<" not in text[:_SAMPLE]:
        return False
    if _DOC_START.match(head) or _HTML_TAG.search(head):
        return True
    sample = text[:_SAMPLE]
    if len(_BLOCK_TAG.findall(sample)) < _MIN_BLOCK_TAGS:
        return False
    lines = [line for line in sample.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _ANY_TAG.search(line))
    return tagged * 2 >= len(lines)


@dataclass(frozen=True)
class Page:
    """An HTML document as text lines, with what its markup says about it.

    ``text`` is the lines (joined by ``\\n``) the pipeline cleans; ``meta`` maps the names of
    the ``<meta>`` tags (``name``, ``property`` or ``itemprop``, lower case) to their content,
    plus ``"title"`` (the ``<title>``) and ``"lang"`` (``<html lang>``); ``hints`` holds the
    metadata fields these give (``title``, ``authors``, ``published``, ``updated``,
    ``source``, ``language``).
    """

    text: str
    meta: Mapping[str, str] = field(default_factory=dict)
    hints: Mapping[str, Any] = field(default_factory=dict)


def html_to_text(html: str) -> Page:
    """Convert an HTML document to text lines (see the module's docstring).

    >>> page = html_to_text(
    ...     "<html lang='en'><head><title>Storm warning – Coast News</title>"
    ...     "<meta property='og:site_name' content='Coast News'><script>var x = 1;</script>"
    ...     "</head><body><h1>Storm warning</h1><p>Heavy rain &amp; wind<br>tonight.</p>"
    ...     "<ul><li>Home</li><li>World</li></ul></body></html>"
    ... )
    >>> print(page.text)
    Storm warning
    <BLANKLINE>
    Heavy rain & wind
    tonight.
    <BLANKLINE>
    Home
    World
    >>> page.hints["title"], page.hints["source"], page.hints["language"]
    ('Storm warning', 'Coast News', 'en')
    """
    parser = _Converter()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is tolerant
        pass
    parser.end_line(0)
    meta = dict(parser.meta)
    return Page("\n".join(parser.lines), meta, _hints(meta))


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.meta: dict[str, str] = {}
        self._parts: list[str] = []  # the line being built
        self._gap = 0  # owed before the next line: 1 a line break, 2 a blank line too
        self._dropped: list[str] = []  # the dropped elements we are inside
        self._pre = 0
        self._title: list[str] | None = None
        self._in_head = False

    # -- lines ------------------------------------------------------------------------------
    def end_line(self, gap: int) -> None:
        text = "".join(self._parts)
        self._parts = []
        if not self._pre:  # HTML's white space collapses (not NBSP: normalising makes it one)
            text = _SPACE.sub(" ", text).strip(" ")
        if text.strip():
            if self.lines and self._gap >= 2:
                self.lines.append("")
            self.lines.append(text)
            self._gap = 0
        self._gap = max(self._gap, gap)

    # -- parser events ----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._dropped:
            if tag == self._dropped[-1] and tag not in _VOID:
                self._dropped.append(tag)  # the same element nested: its end is not ours
            return
        if tag in _DROPPED:
            self._dropped.append(tag)
            return
        if tag == "meta":
            self._read_meta(dict(attrs))
        elif tag == "html":
            lang = dict(attrs).get("lang")
            if lang and lang.strip():
                self.meta.setdefault("lang", lang.strip())
        elif tag == "title" and self._title is None and "title" not in self.meta:
            self._title = []
        elif tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False
        if tag in _PARAGRAPHS:
            self.end_line(2)
        elif tag in _LINES:
            self.end_line(1)
        if tag == "pre":
            self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._dropped:
            return
        if tag == "meta":
            self._read_meta(dict(attrs))
        elif tag in _PARAGRAPHS:
            self.end_line(2)
        elif tag in _LINES:
            self.end_line(1)

    def handle_endtag(self, tag: str) -> None:
        if self._dropped:
            if tag == self._dropped[-1]:
                self._dropped.pop()
            return
        if tag == "title" and self._title is not None:
            title = " ".join("".join(self._title).split())
            if title:
                self.meta["title"] = title
            self._title = None
            return
        if tag == "head":
            self._in_head = False
        if tag == "pre" and self._pre:
            self.end_line(2)
            self._pre -= 1
            return
        if tag in _PARAGRAPHS:
            self.end_line(2)
        elif tag in _LINES:
            self.end_line(1)

    def handle_data(self, data: str) -> None:
        if self._dropped:
            return
        if self._title is not None:
            self._title.append(data)
            return
        if self._in_head:
            return  # stray text of the <head> (browsers would move it; it is never the story)
        if self._pre:
            pieces = data.split("\n")
            for i, piece in enumerate(pieces):
                if i:
                    self.end_line(1)
                self._parts.append(piece)
            return
        self._parts.append(data)

    def _read_meta(self, attrs: dict[str, str | None]) -> None:
        name = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if name and content and content.strip():
            self.meta.setdefault(name.strip().lower(), " ".join(content.split()))
        equiv = (attrs.get("http-equiv") or "").lower()
        if equiv == "content-language" and content and content.strip():
            self.meta.setdefault("content-language", content.strip())


# -- metadata from the markup -----------------------------------------------------------------

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title")
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
)
_PUBLISHED_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
)
_UPDATED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
_SOURCE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_SITE_SEPARATORS = "-–—|｜:_»"
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def _first(meta: Mapping[str, str], keys: tuple[str, ...]) -> str | None:
    for k in keys:
        value = meta.get(k)
        if value and not _URL.match(value):
            return value
    return None


def _iso(value: str | None) -> str | None:
    """``2024-03-05T14:30:00Z`` -> ``2024-03-05T14:30:00+00:00``; ``None`` if not a date."""
    m = _ISO.match(value.strip()) if value else None
    if not m:
        return None
    y, mo, d, h, mi, s, zone = m.groups()
    try:
        _dt.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
    except ValueError:
        return None
    out = f"{y}-{mo}-{d}"
    if h is not None:
        out += f"T{h}:{mi}" + (f":{s}" if s is not None else "")
        if zone:
            out += "+00:00" if zone == "Z" else f"{zone[:3]}:{zone[-2:]}"
    return out


def _language(tag: str | None) -> str | None:
    if not tag or not _LANG.fullmatch(tag.strip()):
        return None
    parts = tag.strip().replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part)
    return "-".join(out)


def _names(value: str) -> list[str]:
    """``"By Ann Lee and Bo Chen"`` -> ``["Ann Lee", "Bo Chen"]``: names split at ``;``,
    ``and``, ``&``, and at commas between names of two words or more (not ``Doe, Jane``).

    >>> _names("By Ann Lee and Bo Chen; Cy Dee"), _names("Doe, Jane"), _names("Ann Lee, Bo Chen")
    (['Ann Lee', 'Bo Chen', 'Cy Dee'], ['Doe, Jane'], ['Ann Lee', 'Bo Chen'])
    """
    text = " ".join(value.split())
    if text[:3].lower() == "by ":
        text = text[3:]
    pieces = [text]
    for sep in (";", " and ", " AND ", " And ", " & "):
        pieces = [part for piece in pieces for part in piece.split(sep)]
    out: list[str] = []
    for piece in pieces:
        parts = [p.strip() for p in piece.split(",")]
        if len(parts) > 1 and all(" " in p for p in parts):
            out += parts
        else:
            out.append(piece.strip())
    return [n for n in out if n and not _URL.match(n)]


def _hints(meta: Mapping[str, str]) -> dict[str, Any]:
    """The metadata fields the ``<title>`` and ``<meta>`` tags give."""
    from .extract.title import split_site_name

    hints: dict[str, Any] = {}
    source = _first(meta, _SOURCE_KEYS)
    title = _first(meta, _TITLE_KEYS)
    if title is None and meta.get("title"):
        title = meta["title"]
        if source and title.endswith(source) and len(title) > len(source):
            head = title[: -len(source)].rstrip().rstrip(_SITE_SEPARATORS).rstrip()
            title = head or title  # "Headline – Site"
        else:
            title, site = split_site_name(title)  # "Headline - Site": the site publishes it
            source = source or site
    if title:
        hints["title"] = title
    author = _first(meta, _AUTHOR_KEYS)
    names = _names(author) if author else []
    if names:
        hints["authors"] = names
    for name, keys in (("published", _PUBLISHED_KEYS), ("updated", _UPDATED_KEYS)):
        when = next((d for d in (_iso(meta.get(k)) for k in keys) if d), None)
        if when:
            hints[name] = when
    if source:
        hints["source"] = source
    lang = _language(meta.get("lang") or meta.get("content-language") or meta.get("og:locale"))
    if lang:
        hints["language"] = lang
    return hints
