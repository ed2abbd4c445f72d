"""What a pipeline reads: the input's text, and what was noted on the way in.

:func:`take_in` is the first thing :meth:`Pipeline.clean` does with its input:

1. bytes are decoded (:func:`~articleclean.decode.decode_with_warning`); a weak guess of the
   encoding gives a ``decode:`` warning;
2. an HTML document is converted to text lines (:mod:`articleclean.html`), unless
   ``html=False``; an ``html:`` warning says so, and the metadata its ``<title>`` and
   ``<meta>`` tags give is kept as *hints*, which fill the fields the text left empty
   (:func:`fill_from_hints`);
3. an input without any text gives an ``input:`` warning.

The text it returns is the one whose lines the removals count: :func:`source_text` gives
it again for a ``str`` input (``replay`` and ``articleclean explain`` use it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .decode import decode_with_warning
from .html import html_to_text, looks_like_html

__all__ = ["Intake", "fill_from_hints", "source_text", "take_in"]

_HINTED = ("title", "authors", "published", "updated", "source", "language")


@dataclass(frozen=True)
class Intake:
    """The text to clean, the codec that decoded it, warnings, and metadata hints."""

    text: str
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    hints: Mapping[str, Any] = field(default_factory=dict)


def take_in(data: str | bytes, *, encoding: str | None = None, html: bool = True) -> Intake:
    """Decode ``data`` if it is bytes, convert it if it is HTML; note what needs saying.

    >>> take_in(b"").warnings
    ('input: the input is empty',)
    >>> intake = take_in("<!DOCTYPE html><title>T</title><p>Body &amp; soul</p>")
    >>> intake.text, intake.hints["title"], intake.warnings[0][:35]
    ('Body & soul', 'T', 'html: the input is an HTML document')
    """
    warnings: list[str] = []
    used = None
    if isinstance(data, (bytes, bytearray, memoryview)):
        decoded, warning = decode_with_warning(bytes(data), encoding)
        text, used = decoded
        if warning:
            warnings.append(warning)
    elif isinstance(data, str):
        text = data
    else:
        raise TypeError(f"clean() takes str or bytes, not {type(data).__name__}")
    hints: Mapping[str, Any] = {}
    if html and looks_like_html(text):
        page = html_to_text(text)
        text, hints = page.text, page.hints
        warnings.append(
            "html: the input is an HTML document; it was converted to text lines (script, "
            "style, noscript and template dropped) and its <title> and meta tags were read "
            "for the metadata; pass html=False to clean it as plain text"
        )
    if not text.strip():
        warnings.append(
            "input: the input is empty" if not text else "input: the input holds no text"
        )
    return Intake(text, used, tuple(warnings), hints)


def source_text(text: str, *, html: bool = True) -> str:
    """The text whose lines the removals of cleaning ``text`` count: ``text`` itself, or,
    for an HTML document (unless ``html=False``), the lines it was converted to."""
    if html and looks_like_html(text):
        return html_to_text(text).text
    return text


def fill_from_hints(meta: Mapping[str, Any], hints: Mapping[str, Any]) -> dict[str, Any]:
    """The metadata fields of ``hints`` that ``meta`` (what the text gave) left empty.

    >>> fill_from_hints({"title": "From the text", "authors": []},
    ...                 {"title": "From <title>", "authors": ["Jane Doe"]})
    {'authors': ['Jane Doe']}
    """
    return {k: hints[k] for k in _HINTED if hints.get(k) and not meta.get(k)}
