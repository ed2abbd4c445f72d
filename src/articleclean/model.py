"""The data that flows through a pipeline: :class:`Doc` in, :class:`Article` out.

A :class:`Doc` is the normalised input split into :class:`Line` objects, each remembering its
1-based line number in the decoded input. Cleaners never edit text in place: they *remove*
whole lines or spans of a line, and every removal is kept as a :class:`Removal` naming the
cleaner and the rule that made it. Because of that, :func:`replay` can rebuild the body from
the input and the list of removals alone, which is how the test-suite proves that nothing in
the body was invented.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain, count
from typing import Any

__all__ = [
    "Article",
    "Dateline",
    "Doc",
    "DocEdit",
    "Line",
    "Metadata",
    "PrintEdition",
    "Removal",
    "replay",
]


@dataclass(frozen=True, slots=True, init=False)
class Line:
    """One line of the normalised input.

    ``no`` is the 1-based line number in the decoded input; ``text`` is the line after
    normalisation and after any partial removals (blank lines have ``text == ""``).
    """

    no: int
    text: str

    def __init__(self, no: int, text: str) -> None:
        # Every document makes one per line: the slots' own setters skip the generic
        # (frozen) attribute machinery the generated __init__ goes through.
        _set_no(self, no)
        _set_text(self, text)


_set_no = Line.no.__set__  # type: ignore[attr-defined]
_set_text = Line.text.__set__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Removal:
    """One thing a pipeline step took out of the text.

    ``span`` is ``None`` when the whole line went; otherwise it is the ``(start, end)`` slice
    of the line's text *at the time of the removal* that was cut, after which the line was
    stripped of surrounding whitespace (and dropped if nothing was left). ``why`` holds the
    values that decided the removal where a step has them (e.g. classifier features).
    """

    line: int
    text: str
    cleaner: str
    rule: str | None = None
    span: tuple[int, int] | None = None
    why: Mapping[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "line": self.line,
            "text": self.text,
            "cleaner": self.cleaner,
            "rule": self.rule,
            "span": list(self.span) if self.span is not None else None,
        }
        if self.why:
            out["why"] = dict(self.why)
        return out


@dataclass(frozen=True, slots=True)
class PrintEdition:
    """Where the article appeared in print: ``(China Daily 07/12/2016 page3)``."""

    publication: str
    date: str | None = None  # YYYY-MM-DD
    page: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"publication": self.publication, "date": self.date, "page": self.page}


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline that opens the story: ``BEIJING, July 12 (Xinhua) --``, ``新华社北京7月11日电``.

    ``place`` is as printed (``"BEIJING"``, ``"北京"``) or ``None`` (``本报讯``); ``date`` is
    ``YYYY-MM-DD`` (a dateline without a year takes the published date's year) or ``None``.
    """

    place: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": self.date}


_LIST_FIELDS = ("authors", "editors", "emails")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the pipeline learned about the article while cleaning it.

    Dates are ISO 8601 strings (``2016-07-12T08:00``), with a UTC offset only when the text
    printed one. ``language`` is a BCP 47 code; ``encoding`` is the codec used to decode bytes
    (``None`` when the input was already ``str``).

    ``source`` is the publisher of the page (the paper, site or agency whose page it is);
    ``agency`` the news agency or outlet the text credits the story to ("(AP)", "来源：新华社").
    ``url`` and ``fetched`` come from a crawler's record at the top of the file: the page's
    address and when it was fetched (never the article's own date).
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    published: str | None = None
    updated: str | None = None
    source: str | None = None
    agency: str | None = None
    url: str | None = None
    fetched: str | None = None
    dateline: Dateline | None = None
    emails: tuple[str, ...] = ()
    language: str | None = None
    encoding: str | None = None
    print_edition: PrintEdition | None = None

    @classmethod
    def from_fields(cls, fields: Mapping[str, Any]) -> Metadata:
        known = {k: v for k, v in fields.items() if k in cls.__dataclass_fields__}
        for name in _LIST_FIELDS:
            if name in known:
                known[name] = tuple(known[name])
        return cls(**known)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "editors": list(self.editors),
            "published": self.published,
            "updated": self.updated,
            "source": self.source,
            "agency": self.agency,
            "url": self.url,
            "fetched": self.fetched,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "emails": list(self.emails),
            "language": self.language,
            "encoding": self.encoding,
            "print_edition": self.print_edition.to_dict() if self.print_edition else None,
        }


@dataclass(frozen=True, slots=True)
class Doc:
    """The working state of one document inside a pipeline; immutable.

    Cleaners receive a ``Doc`` and return a new one, built with :meth:`drop`,
    :meth:`drop_lines`, :meth:`cut` and :meth:`with_meta`; each removal is recorded under the
    name of the step that is running (``step``), which the pipeline sets.
    """

    lines: tuple[Line, ...]
    removed: tuple[Removal, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    step: str = "user"
    # what the pipeline's steps know about the page (:class:`~articleclean.analysis.PageAnalysis`);
    # ``None`` outside a pipeline
    analysis: Any = field(default=None, compare=False, repr=False)
    # why each metadata field holds its value: ``{field: {"step", "how", "line", ...}}``
    # (see :meth:`with_meta`; the pipeline adds the step's name)
    provenance: Mapping[str, Mapping[str, Any]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        encoding: str | None = None,
        timings: MutableMapping[str, float] | None = None,
    ) -> Doc:
        """Normalise ``text`` and split it into lines (``timings``: see ``Pipeline.clean``).

        >>> Doc.from_text("Title\\r\\n\\r\\nBody\\u00a0text.").lines
        (Line(no=1, text='Title'), Line(no=2, text=''), Line(no=3, text='Body text.'))
        """
        from .normalize import normalize_lines

        lines = tuple(map(Line, count(1), normalize_lines(text, timings=timings)))
        if not encoding:
            return cls(lines=lines)
        why = {"encoding": {"step": "decode", "how": "decoded_bytes"}}
        return cls(lines=lines, meta={"encoding": encoding}, provenance=why)

    @classmethod
    def from_paragraphs(cls, body: str) -> Doc:
        """The doc of a body: its paragraphs, one a line, a blank line between two.

        A body is normalised text (its paragraphs are normalised lines joined so that
        normalising them changes nothing), so this is ``Doc.from_text(body)`` without the
        work of normalising it again.

        >>> body = "Title\\n\\nBody text."
        >>> Doc.from_paragraphs(body).lines == Doc.from_text(body).lines
        True
        """
        lines = tuple(map(Line, count(1), body.split("\n"))) if body else ()
        return cls(lines=lines)

    # -- reading ---------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The kept lines joined by newlines (blank lines included)."""
        return "\n".join(line.text for line in self.lines)

    def content(self) -> list[tuple[int, Line]]:
        """``(index, line)`` for every non-blank line; ``index`` is the position in ``lines``."""
        return [(i, line) for i, line in enumerate(self.lines) if line.text]

    def lines_with(self, *needles: str) -> list[tuple[int, Line]]:
        """``(index, line)`` for the lines that contain one of ``needles`` (plain substrings).

        One scan of the whole text per needle instead of a test per line: use it to find the
        few lines a step needs to look at (a year, an "@", a "©").

        >>> Doc.from_text("In 2016\\nnothing\\nmail @ here").lines_with("20", "@")
        [(0, Line(no=1, text='In 2016')), (2, Line(no=3, text='mail @ here'))]
        """
        if not all(needles) or any("\n" in n for n in needles):
            raise ValueError("needles must be non-empty and hold no line break")
        lines = self.lines
        joined = "\n".join([line.text for line in lines])
        found: set[int] = set()
        for needle in needles:
            index = 0
            counted = 0
            pos = joined.find(needle)
            while pos >= 0:
                index += joined.count("\n", counted, pos)
                counted = pos
                found.add(index)
                end = joined.find("\n", pos)
                if end < 0:
                    break
                pos = joined.find(needle, end + 1)
        return [(i, lines[i]) for i in sorted(found)]

    # -- removing --------------------------------------------------------------------------
    def drop(
        self,
        decisions: Mapping[int, str | None] | Iterable[tuple[int, str | None]],
        *,
        why: Mapping[int, Mapping[str, Any]] | None = None,
    ) -> Doc:
        """Remove whole lines: ``decisions`` maps an index into ``lines`` to the rule id.

        Blank lines and indices outside ``lines`` are ignored. The cost is in the number of
        lines removed (the kept runs between them are copied as slices).
        """
        items = dict(decisions.items() if isinstance(decisions, Mapping) else decisions)
        if not items:
            return self
        lines = self.lines
        if not all(type(i) is int for i in items):
            items = {i: rule for i, line in enumerate(lines) if i in items for rule in (items[i],)}
        why = why or {}
        pieces: list[tuple[Line, ...]] = []
        removed = list(self.removed)
        start = 0
        for i in sorted(items):
            if i < 0 or i >= len(lines) or not lines[i].text:
                continue
            line = lines[i]
            removed.append(Removal(line.no, line.text, self.step, items[i], None, why.get(i)))
            pieces.append(lines[start:i])
            start = i + 1
        if start == 0:  # nothing removed
            return self
        pieces.append(lines[start:])
        return replace(self, lines=tuple(chain.from_iterable(pieces)), removed=tuple(removed))

    def drop_lines(self, test: Callable[[Line], str | bool | None]) -> Doc:
        """Remove every non-blank line for which ``test`` returns a rule id (or ``True``).

        >>> doc = Doc.from_text("Share this\\nThe body.")
        >>> doc.drop_lines(lambda l: "demo" if l.text.startswith("Share") else None).text
        'The body.'
        """
        decisions: dict[int, str | None] = {}
        for i, line in enumerate(self.lines):
            if not line.text:
                continue
            verdict = test(line)
            if verdict is True:
                decisions[i] = None
            elif verdict:
                decisions[i] = str(verdict)
        return self.drop(decisions)

    def cut(
        self,
        index: int,
        start: int,
        end: int,
        rule: str | None,
        *,
        why: Mapping[str, Any] | None = None,
    ) -> Doc:
        """Remove ``text[start:end]`` from the line at ``index``; strip what is left.

        A line left empty disappears. ``start``/``end`` index the line's current text. A cut
        between two spaces takes the second one too (no double space is left), and a cut
        that would leave text normalisation changes (an accent left to combine with the
        letter before the cut) is not made: the body is always normalised text.

        >>> doc = Doc.from_text("BEIJING -- The body.")
        >>> doc.cut(0, 0, 11, "dateline").text
        'The body.'
        >>> Doc.from_text("Print Share Mail").cut(0, 6, 11, "share").text
        'Print Mail'
        """
        line = self.lines[index]
        made = _cut(line.text, start, end)
        if made is None:
            return self
        start, end, rest = made
        removal = Removal(line.no, line.text[start:end], self.step, rule, (start, end), why)
        lines = list(self.lines)
        if rest:
            lines[index] = Line(line.no, rest)
        else:
            del lines[index]
        return replace(self, lines=tuple(lines), removed=(*self.removed, removal))

    def edit(self) -> DocEdit:
        """A mutable editor for many removals: each costs only the line it touches.

        ``drop`` and ``cut`` copy the tuple of lines, which is fine for a few removals but
        quadratic for a step that removes lines one at a time all over a long document.

        >>> edit = Doc.from_text("Share\\nThe body.\\nPrint | Mail").edit()
        >>> edit.cut(2, 0, 8, "print"); edit.drop(0, "share")
        >>> doc = edit.done()
        >>> doc.text, [r.text for r in doc.removed]
        ('The body.\\nMail', ['Print | ', 'Share'])
        """
        return DocEdit(self)

    # -- metadata and notes ----------------------------------------------------------------
    def with_meta(self, *, why: Mapping[str, Any] | None = None, **fields: Any) -> Doc:
        """Set metadata fields (``title=...``, ``authors=[...]``); ``None`` values are ignored.

        ``why`` says how the fields were found (``{"how": "page_title", "line": 3}``); it
        becomes their :attr:`provenance`, to which the pipeline adds the step's name.

        >>> doc = Doc.from_text("x").with_meta(title="Big news", why={"how": "first_line"})
        >>> doc.meta["title"], dict(doc.provenance["title"])
        ('Big news', {'how': 'first_line'})
        """
        fields = {k: v for k, v in fields.items() if v is not None}
        if not fields:
            return self
        provenance = dict(self.provenance)
        for name in fields:
            if why is not None:
                provenance[name] = dict(why)
            else:
                provenance.pop(name, None)  # the step that runs will be named
        return replace(self, meta={**self.meta, **fields}, provenance=provenance)

    def warn(self, message: str) -> Doc:
        """Record a warning (something the step could not decide and did not guess)."""
        return replace(self, warnings=(*self.warnings, f"{self.step}: {message}"))


class DocEdit:
    """Removals from a :class:`Doc` made in place; :meth:`done` returns the new ``Doc``.

    ``drop(index, rule)`` and ``cut(index, start, end, rule)`` give exactly what
    ``doc.drop({index: rule})`` and ``doc.cut(index, start, end, rule)`` would, call after
    call (same removal records, same order, indices shifting the same way), without copying
    the other lines. ``lines`` is the current sequence of lines, so the context checks that
    read ``doc.lines`` (``in_sentence`` and friends) can be given the editor itself.
    """

    __slots__ = ("doc", "lines", "removed", "step")

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lines = GapList(doc.lines)
        self.removed: list[Removal] = []
        self.step: str | None = None  # set by redo: the done doc is under the last one's step

    def drop(
        self,
        index: int,
        rule: str | None,
        *,
        why: Mapping[str, Any] | None = None,
        step: str | None = None,
    ) -> None:
        """Remove the whole line at ``index`` (blank lines and other indices: no-op).

        The removal is recorded under ``step`` if given, else under the document's step.
        """
        if not 0 <= index < len(self.lines) or not self.lines[index].text:
            return
        line = self.lines.pop(index)
        cleaner = self.doc.step if step is None else step
        self.removed.append(Removal(line.no, line.text, cleaner, rule, None, why))

    def cut(
        self,
        index: int,
        start: int,
        end: int,
        rule: str | None,
        *,
        why: Mapping[str, Any] | None = None,
        step: str | None = None,
    ) -> None:
        """Remove ``text[start:end]`` from the line at ``index``; strip what is left."""
        line = self.lines[index]
        made = _cut(line.text, start, end)
        if made is None:
            return
        start, end, rest = made
        cleaner = self.doc.step if step is None else step
        self.removed.append(
            Removal(line.no, line.text[start:end], cleaner, rule, (start, end), why)
        )
        if rest:
            self.lines[index] = Line(line.no, rest)
        else:
            self.lines.pop(index)

    def redo(self, index: int, removal: Removal, span: tuple[int, int] | None = None) -> None:
        """Remove the line at ``index``, or ``span`` of its text, as ``removal`` was made
        elsewhere: under its step, rule and ``why`` (settling maps a later pass's removals
        back onto the input this way); the edited document comes back under the step of the
        last removal redone."""
        step = self.step = removal.cleaner
        why = dict(removal.why) if removal.why else None
        if span is None:
            self.drop(index, removal.rule, why=why, step=step)
        else:
            self.cut(index, *span, removal.rule, why=why, step=step)

    def done(self) -> Doc:
        """The edited document."""
        doc = self.doc if self.step is None else replace(self.doc, step=self.step)
        if not self.removed:
            return doc
        return replace(doc, lines=self.lines.to_tuple(), removed=(*doc.removed, *self.removed))


class GapList:
    """A list whose removals cost the distance from the previous one, not the length after
    them: the items are kept in two lists, those before a gap in order and those after it in
    reverse, and a removal first moves the gap to its place. Steps remove lines walking the
    page from the end (or from the start), so a walk removing any number of lines is linear;
    a Python list shifts everything after each removed item, which is quadratic.

    >>> items = GapList("abcde")
    >>> items.pop(3), items.pop(1), items[1], items[-1], len(items), items.to_tuple()
    ('d', 'b', 'c', 'e', 3, ('a', 'c', 'e'))
    """

    __slots__ = ("_head", "_tail")

    def __init__(self, items: Iterable[Any]):
        self._head: list[Any] = list(items)
        self._tail: list[Any] = []  # the items after the gap, last item first

    def __len__(self) -> int:
        return len(self._head) + len(self._tail)

    def _place(self, index: int) -> int:
        """``index`` (negative ones count from the end) made absolute and checked."""
        size = len(self._head) + len(self._tail)
        if not isinstance(index, int):
            raise TypeError(f"indices must be integers, not {type(index).__name__}")
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("index out of range")
        return index

    def __getitem__(self, index: int) -> Any:
        head = self._head
        if type(index) is int and 0 <= index < len(head):
            return head[index]  # (most reads: the lines before the gap)
        index = self._place(index)
        if index < len(head):
            return head[index]
        return self._tail[len(head) - index - 1]

    def __setitem__(self, index: int, item: Any) -> None:
        index = self._place(index)
        head = self._head
        if index < len(head):
            head[index] = item
        else:
            self._tail[len(head) - index - 1] = item

    def __iter__(self) -> Iterator[Any]:
        return chain(self._head, reversed(self._tail))

    def pop(self, index: int) -> Any:
        """Remove and return the item at ``index``."""
        index = self._place(index)
        head, tail = self._head, self._tail
        if len(head) > index + 1:  # move the gap back to just after ``index``
            moved = head[index + 1 :]
            del head[index + 1 :]
            moved.reverse()
            tail.extend(moved)
        elif len(head) < index + 1:  # ... or forward
            moved = tail[len(head) - index - 1 :]
            del tail[len(head) - index - 1 :]
            moved.reverse()
            head.extend(moved)
        return head.pop()

    def to_tuple(self) -> tuple[Any, ...]:
        return (*self._head, *reversed(self._tail))


def _apply_span(text: str, start: int, end: int) -> str:
    return (text[:start] + text[end:]).strip()


def _cut(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The span :meth:`Doc.cut` takes out of ``text`` and what is left, or ``None`` if none.

    A cut between two spaces takes the second space too; a cut that would leave text that
    normalisation changes is not made (see :meth:`Doc.cut`).
    """
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return None
    if 0 < start and end < len(text) and text[start - 1] == " " == text[end]:
        end += 1
    rest = _apply_span(text, start, end)
    if rest and not rest.isascii():
        from .paragraphs import _stable_join

        if not _stable_join(rest):
            return None
    return start, end, rest


def replay(text: str, removed: Iterable[Removal], *, html: bool = True) -> str:
    """Rebuild the body from the input and its removals alone.

    ``text`` is the decoded input (it is normalised the same way the pipeline normalises it,
    an HTML document converted to text lines first unless ``html=False``, as the pipeline's
    ``html`` setting says); whole-line removals drop their line, span removals cut their
    span, in the order given. The result equals ``Article.body`` for the article the
    removals came from.

    >>> replay("Title\\n\\nBody.", [Removal(1, "Title", "title")])
    'Body.'
    """
    from .intake import source_text
    from .normalize import normalize_lines
    from .paragraphs import assemble

    lines: dict[int, str | None] = dict(
        enumerate(normalize_lines(source_text(text, html=html)), start=1)
    )
    for r in removed:
        current = lines.get(r.line)
        if current is None:
            continue
        if r.span is None:
            lines[r.line] = None
        else:
            rest = _apply_span(current, *r.span)
            lines[r.line] = rest or None
    return "\n\n".join(assemble([t for t in lines.values() if t is not None]))


@dataclass(frozen=True, slots=True)
class Article:
    """The result of cleaning one document."""

    body: str
    paragraphs: tuple[str, ...]
    metadata: Metadata
    removed: tuple[Removal, ...]
    warnings: tuple[str, ...] = ()
    # for each metadata field that holds a value: the step that filled it and how it found it
    # (``{"step": "title", "how": "page_title", "line": 1}``)
    provenance: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @property
    def partial(self) -> bool:
        """True when the result is known to be incomplete or may be wrong: the time budget ran
        out, a step failed, or the encoding is a weak guess (``warnings`` says which; see
        :mod:`articleclean.notices`)."""
        from .notices import partial_warnings

        return bool(partial_warnings(self.warnings))

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape: ``{"body", "metadata", "provenance", "removed",
        "warnings", "partial"}``."""
        return {
            "body": self.body,
            "metadata": self.metadata.to_dict(),
            "provenance": {k: dict(v) for k, v in self.provenance.items()},
            "removed": [r.to_dict() for r in self.removed],
            "warnings": list(self.warnings),
            "partial": self.partial,
        }

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def explain(self) -> str:
        """A human-readable account of every removal, grouped by cleaner, then of every
        metadata field found: its value, the step that filled it and how."""
        out: list[str] = []
        groups: dict[str, list[Removal]] = {}
        for r in self.removed:
            groups.setdefault(r.cleaner, []).append(r)
        if not self.removed:
            out.append("Nothing was removed.")
        for cleaner, items in groups.items():
            n = len(items)
            out.append(f"{cleaner}: {n} removal{'s' if n != 1 else ''}")
            for r in items:
                where = f"line {r.line}" + (f" [{r.span[0]}:{r.span[1]}]" if r.span else "")
                rule = f"  ({r.rule})" if r.rule else ""
                out.append(f"  {where}: {_quote(r.text)}{rule}")
                if r.why:
                    out.append("    why: " + ", ".join(f"{k}={_fmt(v)}" for k, v in r.why.items()))
        out += explain_fields(self.metadata, self.provenance)
        for w in self.warnings:
            out.append(f"warning: {w}")
        return "\n".join(out)


def explain_fields(metadata: Metadata, provenance: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """One line per metadata field that holds a value: the value, then why.

    >>> meta = Metadata(title="Big news")
    >>> explain_fields(meta, {"title": {"step": "title", "how": "first_line", "line": 1}})
    ["metadata title: 'Big news'", '  why: step=title, how=first_line, line=1']
    """
    out = []
    for name, value in metadata.to_dict().items():
        if value in (None, [], {}, ""):
            continue
        out.append(f"metadata {name}: {_quote(_show(value))}")
        why = provenance.get(name)
        if why:
            out.append("  why: " + ", ".join(f"{k}={_fmt(v)}" for k, v in why.items()))
    return out


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v)
    return str(value)


def _quote(text: str, limit: int = 80) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _fmt(value: Any) -> str:
    return f"{value:.3g}" if isinstance(value, float) else str(value)


def sorted_removals(removed: Sequence[Removal]) -> tuple[Removal, ...]:
    """Removals in input order (stable, so several cuts of one line keep their order)."""
    return tuple(sorted(removed, key=lambda r: r.line))
