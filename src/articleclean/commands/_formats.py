"""Output formats of ``articleclean clean``: txt, json, jsonl, md; and UTF-8 output streams.

A *partial* result (``Article.partial``: the time budget ran out, a step failed, the
encoding is a weak guess) carries the mark in every format: ``"partial": true`` and the
warnings in json/jsonl, a ``- Partial:`` item in md, and in txt a first line
``[articleclean: partial] <reason>`` and a blank line before the body. Several txt results
in one stream are each headed by ``==> PATH <==`` (as ``head`` and ``tail`` do).
"""

from __future__ import annotations

import json
import re
from typing import IO, Any

from ..errors import for_command_line
from ..io import printable
from ..model import Article
from ..notices import partial_warnings

FORMATS = ("txt", "json", "jsonl", "md")
EXTENSIONS = {"txt": ".txt", "json": ".json", "jsonl": ".jsonl", "md": ".md"}
FORMAT_HELP = (
    "txt: the body (default); json: body, metadata, removals and the source path; "
    "jsonl: the same, one line per input, all into one file (or stdout); "
    "md: the title as a heading, a metadata list, the body"
)


PARTIAL_MARK = "[articleclean: partial]"


def render(fmt: str, article: Article, path: str) -> str:
    """The text written for one cleaned document, in format ``fmt``.

    >>> from articleclean import Article, Metadata
    >>> cut = Article("Body.", ("Body.",), Metadata(), (), ("budget: over the time budget",))
    >>> print(render("txt", cut, "a.txt"))
    [articleclean: partial] budget: over the time budget
    <BLANKLINE>
    Body.
    <BLANKLINE>
    """
    if fmt == "txt":
        body = article.body + "\n" if article.body else ""
        reasons = partial_warnings(article.warnings)
        if reasons:
            return f"{PARTIAL_MARK} {'; '.join(map(for_command_line, reasons))}\n\n{body}"
        return body
    if fmt == "md":
        return to_markdown(article, path)
    record = {"path": path, **article.to_dict()}
    record["warnings"] = [for_command_line(w) for w in record["warnings"]]  # --no-html, ...
    if fmt == "json":
        return dump_json(record, indent=2) + "\n"
    return dump_json(record) + "\n"


def txt_header(path: str, first: bool) -> str:
    """The line that heads one of several txt results in a stream.

    >>> print(txt_header("a.txt", True) + "Body.\\n" + txt_header("b.txt", False) + "More.")
    ==> a.txt <==
    Body.
    <BLANKLINE>
    ==> b.txt <==
    More.
    """
    return ("" if first else "\n") + f"==> {printable(path)} <==\n"


_SURROGATE = re.compile("[\ud800-\udfff]")


def dump_json(record: Any, **kwargs: Any) -> str:
    r"""JSON with non-ASCII text as is; lone surrogates (which UTF-8 cannot hold) escaped.

    A file name with bytes that are not UTF-8 (``caf\xe9.txt``) reaches Python as
    ``caf\udce9.txt`` and is written ``"caf\udce9.txt"`` (an escape): valid JSON in UTF-8, and
    ``os.fsencode(json.loads(line)["path"])`` gives the name's bytes back.

    >>> print(dump_json({"path": "caf\udce9/新闻.txt"}))
    {"path": "caf\udce9/新闻.txt"}
    """
    text = json.dumps(record, ensure_ascii=False, **kwargs)
    # A raw surrogate can only stand inside a JSON string, where its escape means the same.
    return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


_LABELS = (
    ("authors", "Authors"),
    ("published", "Published"),
    ("updated", "Updated"),
    ("source", "Source"),
    ("agency", "Agency"),
    ("url", "URL"),
    ("fetched", "Fetched"),
    ("emails", "E-mail"),
    ("print_edition", "Print edition"),
    ("language", "Language"),
    ("encoding", "Encoding"),
)


def to_markdown(article: Article, path: str) -> str:
    r"""The title as a heading, a list of the metadata found, then the body.

    >>> from articleclean import Article, Metadata
    >>> meta = Metadata(title="Big news", authors=("Jane Roe",), language="en")
    >>> print(to_markdown(Article("# not *really*", ("# not *really*",), meta, ()), "a.txt"))
    # Big news
    <BLANKLINE>
    - Authors: Jane Roe
    - Language: en
    - Path: `a.txt`
    <BLANKLINE>
    \# not \*really\*
    <BLANKLINE>
    """
    meta = article.metadata.to_dict()
    parts: list[str] = []
    if article.metadata.title:
        parts.append("# " + md_escape(article.metadata.title))
    items = []
    for key, label in _LABELS:
        value = meta.get(key)
        if isinstance(value, list):
            value = ", ".join(value)
        elif isinstance(value, dict):  # the print edition
            page = value.get("page")
            where = [value.get("publication"), value.get("date"), page and f"page {page}"]
            value = ", ".join(str(v) for v in where if v)
        if value:
            items.append(f"- {label}: {md_escape(str(value))}")
    path = printable(path)
    items.append(f"- Path: `{path}`" if "`" not in path else f"- Path: {md_escape(path)}")
    for reason in partial_warnings(article.warnings):
        items.append(f"- Partial: {md_escape(for_command_line(reason))}")
    parts.append("\n".join(items))
    parts.extend(md_escape(p) for p in article.paragraphs)
    return "\n\n".join(parts) + "\n"


_INLINE = re.compile(r"[\\`*_\[\]<]|&(?=#?\w+;)")
_BLOCK = re.compile(r"^(?:([#>+=|-])|(\d{1,9})([.)]))", re.MULTILINE)


def md_escape(text: str) -> str:
    r"""Backslash-escape what Markdown would read as markup, so the text shows as written.

    >>> print(md_escape("1. Not a list, *not* <b>bold</b> & snake_case"))
    1\. Not a list, \*not\* \<b>bold\</b> & snake\_case
    >>> print(md_escape("# Not a heading"))
    \# Not a heading
    """
    text = _INLINE.sub(lambda m: "\\" + m.group(0), text)
    return _BLOCK.sub(lambda m: "\\" + m[1] if m[1] else f"{m[2]}\\{m[3]}", text)


class Sink:
    """Where output text goes: a text stream (written as UTF-8 bytes when it has a buffer,
    whatever the locale) or a binary file. A failed write (a full disk) raises an
    :class:`OSError` that names ``name``."""

    def __init__(
        self, stream: IO[str] | IO[bytes], binary: bool = False, name: str = "standard output"
    ):
        self._stream = stream
        self._buffer = stream if binary else getattr(stream, "buffer", None)
        self.name = name
        if self._buffer is not None and not binary:
            stream.flush()

    def write(self, text: str) -> None:
        try:
            if self._buffer is not None:
                self._buffer.write(text.encode("utf-8"))
            else:
                self._stream.write(text)  # type: ignore[arg-type]
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, self.name) from exc

    def flush(self) -> None:
        try:
            (self._buffer or self._stream).flush()
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, self.name) from exc
