"""The page's analysis: what the steps of one run over a page know about it, shared by type.

One :class:`PageAnalysis` is made per page, by the ``analysis`` step at the head of the
pipeline table, and travels with the :class:`~articleclean.model.Doc` (``doc.analysis``).
Steps read it instead of each other's removals:

* **the ledger** — every removal a step makes is entered under the step's :class:`Role`,
  which the table declares (``Step(..., role=Role.CREDIT)``): a credit line, a widget bar, the
  headline, boilerplate. A step that needs to know "was a credit line taken between these two
  lines" asks the ledger by role, never by another step's name, so renaming, replacing or
  inserting a step keeps the answers right;
* **the page as it came** (``page``) — the lines the pipeline was given, before any step
  removed one: a step that reads a footer or a header another step may have taken (the
  publisher in a copyright line) reads it there;
* **findings** — what a step read that fills a field another extractor owns: the site part
  of a page title, the agency of a dateline, the crawler record's URL host. The extractor of
  the field reads them (:meth:`PageAnalysis.findings`) and decides, so each field is filled
  by one step;
* **the crawler record** (``crawler_record``) — the record a crawler wrote at the top of the file
  (its title, URL and fetch time), read by the ``crawler_record`` step;
* **the zones** (:meth:`PageAnalysis.zones`) — where the article's prose runs on the page as
  it stands (its first and last lines), so the header above it and the footer below it: the
  credit extractors take weak fields only outside it. Worked out once per state of the page's
  lines and kept by the analysis, not by a memo of the run;
* **the credit plan** (``credits``) — the ``credits`` step finds every credit line of the page
  once (bylines, editors, dates, sources) and decides which fields the credit extractors take;
  each extractor then applies its own part of the plan. The title and the classifier read the
  credit lines from the plan, so switching ``byline`` off leaves the byline in the body but
  does not change the title or the body region (see :mod:`articleclean.extract.credit_plan`).

The pipeline checks the table's ``needs`` when it is built: a step whose analysis was taken
out of the pipeline is an error that says which steps need it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract.credit_plan import CreditPlan
    from .extract.record import CrawlerRecord
    from .model import Line, Removal
    from .rules import RuleBook

__all__ = [
    "FACTS",
    "Finding",
    "LineFacts",
    "PageAnalysis",
    "Role",
    "Zones",
    "facts_table",
    "marked_lines",
]


class Role(StrEnum):
    """What a step's removals are, as the pipeline table declares it."""

    ANALYSIS = "analysis"  # a step that removes nothing and adds to the analysis
    RECORD = "record"  # a crawler's record at the top of the file: not the page at all
    RESIDUE = "residue"  # script, style and markup left in the text
    WIDGET = "widget"  # widget bars and notices that stand between a headline and its credits
    CREDIT = "credit"  # bylines, editors, dates, sources, datelines, print-edition lines
    HEADLINE = "headline"  # the headline and its deck
    FOOTER = "footer"  # the page owner's notices: copyright, reprint rights (under the article)
    BOILERPLATE = "boilerplate"  # everything else around the article: lists, menus, prompts


# What a step may ask about a line's text, without context: name -> how it is worked out.
# Each is worked out once per text and run (see :class:`LineFacts`), the first time a step
# asks. Filled in by ``_facts()`` below (the computations live with the steps that own them).
FACTS: dict[str, Any] = {}


class LineFacts:
    """What is known about one line's text, whatever stands around it: its key and length,
    whether it reads as prose, the word-list families it is wholly made of, the widget bar it
    is, the credit fields it holds. Each fact is worked out the first time a step asks for it
    (an unset slot), then read like any attribute.

    >>> from articleclean.rules import RuleBook
    >>> f = LineFacts("Print Mail Large Medium Small 分享按钮 0", RuleBook())
    >>> [s.rule.family if s.rule else "count" for s in f.widget]
    ['print', 'print', 'fontsize', 'share', 'count']
    >>> f.prose, LineFacts("By An Baijie(China Daily)", RuleBook()).credit[0].names
    (False, ('An Baijie',))
    """

    __slots__ = (
        "credit",
        "families",
        "job",
        "label",
        "long_prose",
        "marks",
        "outlet",
        "prose",
        "rules",
        "text",
        "widget",
    )

    def __init__(self, text: str, rules: RuleBook):
        self.text = text
        self.rules = rules

    def __getattr__(self, name: str) -> Any:  # called only for a slot not set yet
        compute = FACTS.get(name) or _facts().get(name)
        if compute is None:
            raise AttributeError(name)
        value = compute(self.text, self.rules)
        object.__setattr__(self, name, value)
        return value

    def __repr__(self) -> str:
        names = [n for n in self.__slots__ if n not in ("text", "rules") and _is_set(self, n)]
        known = {n: getattr(self, n) for n in names}
        return f"LineFacts({self.text!r}, {known})"


def _is_set(obj: Any, name: str) -> bool:
    try:
        object.__getattribute__(obj, name)
    except AttributeError:
        return False
    return True


def _facts() -> dict[str, Any]:
    """The fact table, filled on first use (the computations import the steps' modules)."""
    if not FACTS:
        from .extract.credit_blocks import _job_title_line, _outlet_line
        from .extract.credits import read_credits
        from .extract.labels import bare_label
        from .line_index import line_index
        from .prose import is_long, reads_as_prose

        FACTS.update(
            prose=lambda text, rules: reads_as_prose(text),
            long_prose=lambda text, rules: is_long(text) and reads_as_prose(text),
            families=lambda text, rules: line_index(rules).rules(text),
            widget=lambda text, rules: rules.widgets().cover(text),
            credit=lambda text, rules: read_credits(text, rules),
            label=lambda text, rules: bare_label(text, rules),
            outlet=lambda text, rules: _outlet_line(text, rules),
            job=lambda text, rules: _job_title_line(text, rules),
            marks=line_marks,
        )
    return FACTS


def line_marks(text: str, rules: RuleBook) -> frozenset[str]:
    """The marks of one line's text (see :data:`MARKS`): the kinds of line it is, for the
    steps that work only on such lines. Worked out once per text and run (``facts.marks``).

    >>> from articleclean.rules import RuleBook
    >>> sorted(line_marks("Print Mail Large Medium Small 分享按钮 0", RuleBook()))
    ['fontsize', 'print', 'share']
    >>> sorted(line_marks("The body of the story, which is long enough to be prose.", RuleBook()))
    []
    """
    found = rules._loaded.get(line_marks)
    if found is None:
        found = rules._loaded[line_marks] = _marker(rules)
    return found(text)  # type: ignore[no-any-return]


def _marker(rules: RuleBook) -> Any:
    """:func:`line_marks` for one rule book (its lexicons and patterns looked up once)."""
    from .cleaners.lists import nav_mark, pager_mark, tags_mark
    from .extract import bbs, print_edition
    from .line_index import line_index
    from .rules import count_line

    widgets, bios = rules.widgets(), rules.lexicon("bios")
    reading, ratings = rules.patterns("reading_time"), rules.patterns("ratings")
    bios_shapes = rules.patterns("bios")
    bbs_shapes, print_shapes = rules.patterns("bbs"), rules.patterns("print_edition")
    answers = line_index(rules).rules
    count = count_line().fullmatch
    # the pattern sets asked about every line share the book's screen: it is asked once
    screen = rules.screen()
    shared = all(
        p.screen is screen for p in (reading, ratings, bios_shapes, bbs_shapes, print_shapes)
    )

    def marks(text: str) -> frozenset[str]:
        out: list[str] = []
        present = screen.present(text) if shared else None
        segments = widgets.cover(text)
        if segments is not None:
            out.extend({s.rule.family for s in segments if s.rule is not None})
        if "counters" not in out and (
            count(text) is not None
            or (
                len(text) <= 80
                and (
                    (reading.may_match(present) and reading.fullmatch(text) is not None)
                    or (ratings.may_match(present) and ratings.fullmatch(text) is not None)
                )
            )
        ):
            out.append("counters")
        if "@" in text:
            out.append("at")
        if nav_mark(text, rules):
            out.append("nav")
        if pager_mark(text, rules):
            out.append("pager")
        if tags_mark(text, rules):
            out.append("tags")
        if bios.lookup(text) is not None or (
            len(text) <= 600
            and bios_shapes.may_match(present)
            and bios_shapes.fullmatch(text) is not None
        ):
            out.append("bios")
        if (
            len(text) <= bbs.MAX_LINE
            and bbs_shapes.may_match(present)
            and bbs_shapes.fullmatch(text) is not None
        ):
            out.append("bbs")
        if (
            len(text) <= print_edition.MAX_LINE
            and print_shapes.may_match(present)
            and print_shapes.fullmatch(text) is not None
        ):
            out.append("print_edition")
        if len(text) <= 600 and "comments" in answers(text):
            out.append("comments")
        return frozenset(out) if out else _NO_MARKS

    return marks


_NO_MARKS: frozenset[str] = frozenset()
_JOINED_CHARS = 600  # a paragraph over lines longer than this is prose: no mark is looked for

# the line families (``rules.LINE_FAMILIES``) of lines that are no part of a story, wherever
# they stand: a prose line wholly of one starts no body (:meth:`PageAnalysis.zones`)
_NOT_STORY = frozenset({"cookie"})


def _line_no(line: Line) -> int:
    return line.no


def marked_lines(doc: Any, name: str) -> list[int]:
    """The lines of ``doc`` a step that acts only on lines marked ``name`` visits: its
    analysis's :meth:`PageAnalysis.marked_lines`, or every non-blank line of a doc outside
    a pipeline."""
    if doc.analysis is None:
        return _every_line(doc.lines)
    return doc.analysis.marked_lines(doc, name)  # type: ignore[no-any-return]


def _every_line(lines: tuple[Line, ...]) -> list[int]:
    """The indices of the non-blank ``lines``."""
    return [i for i, line in enumerate(lines) if line.text]


# The marks a step can declare (``Step(..., marks=...)``; :func:`line_marks` gives a line's):
# a step marked so removes nothing, and sets no metadata, on a page none of whose lines
# carries one of its marks, so the pipeline does not run it there.
MARKS = frozenset(
    {"share", "print", "fontsize", "counters", "nav", "pager", "tags", "bios", "at", "bbs"}
    | {"print_edition", "comments"}
)


_FACTS_MEMO = 65536  # texts whose facts a run remembers (more while a long page is cleaned)
_FACTS_CHARS = 1024  # ... of at most this many characters: a longer one (a page scraped as
# one line) is remembered only while its page is cleaned, so the run keeps no whole pages


def facts_table(rules: RuleBook) -> Any:
    """``text -> LineFacts`` for one page (a function): short texts' facts are the run's,
    long ones' the page's; outside a run, only the page's."""
    from ._memo import capacity, run_table

    table = run_table("facts", rules)
    page: dict[str, LineFacts] = {}

    def facts(text: str) -> LineFacts:
        memo = table if table is not None and len(text) <= _FACTS_CHARS else page
        found = memo.get(text)
        if found is None:
            if memo is table and len(table) >= capacity(_FACTS_MEMO):
                table.clear()
            found = memo[text] = LineFacts(text, rules)
        return found

    return facts


def facts_of(doc: Any, rules: RuleBook) -> Any:
    """``text -> LineFacts`` for ``doc``: its analysis's, or a page's own table for a doc
    outside a pipeline (:func:`facts_table`)."""
    return doc.analysis.facts if doc.analysis is not None else facts_table(rules)


@dataclass(frozen=True, slots=True)
class Zones:
    """The zones of one state of a page's lines: ``body`` holds the indices of the first and
    last lines of the article's prose (``None``: the page has no prose); the lines above it
    are the header, the lines below it the footer. The credit lines are the credit plan's
    (``PageAnalysis.credits``).

    >>> z = Zones((2, 5))
    >>> [z.where(i) for i in (0, 2, 5, 6)]
    ['header', 'body', 'body', 'footer']
    >>> Zones(None).where(3)
    'header'
    """

    body: tuple[int, int] | None

    def where(self, index: int) -> str:
        """``"header"``, ``"body"`` or ``"footer"``: the zone of the line at ``index`` (on a
        page without prose every line is header)."""
        if self.body is None or index < self.body[0]:
            return "header"
        return "body" if index <= self.body[1] else "footer"


_ZONES_KEPT = 4  # states of the page's lines whose zones the analysis keeps


@dataclass(frozen=True, slots=True)
class Finding:
    """A value a step read for a field another step fills: ``value`` for ``field``, found
    ``how`` (the shape of the evidence) on input line ``line`` by ``step``."""

    field: str
    value: Any
    how: str
    line: int | None = None
    step: str | None = None
    rule: str | None = None

    def why(self) -> dict[str, Any]:
        """The finding as a field's provenance (``{"how", "line", "found_by", "rule"}``)."""
        out: dict[str, Any] = {"how": self.how}
        if self.line is not None:
            out["line"] = self.line
        if self.step is not None:
            out["found_by"] = self.step
        if self.rule is not None:
            out["rule"] = self.rule
        return out


class PageAnalysis:
    """What is known about one page while a pipeline cleans it.

    ``rules`` is the pipeline's rule book. The ledger holds ``(line number, role, whole)``
    for every removal made so far (``whole``: the whole line went, not a span of it), kept
    sorted by line number so that questions about a stretch of the page are bisections.

    >>> from articleclean.model import Removal
    >>> a = PageAnalysis()
    >>> a.record(Role.CREDIT, [Removal(3, "By Jane Doe", "byline")])
    >>> a.record(Role.WIDGET, [Removal(5, "Share", "share_buttons")])
    >>> a.any_between(2, 4, {Role.CREDIT}), a.any_between(3, 6, {Role.CREDIT})
    (True, False)
    >>> a.lines_of({Role.CREDIT, Role.WIDGET})
    [3, 5]
    """

    __slots__ = (
        "_by_role",
        "_cut",
        "_cut_at_start",
        "_findings",
        "_gone",
        "_marked",
        "_unsorted",
        "_whole",
        "_zones",
        "crawler_record",
        "credits",
        "facts",
        "page",
        "rules",
        "vocab",
        "vocab_placed",
    )

    def __init__(self, rules: RuleBook | None = None, page: tuple[Line, ...] = ()):
        from .rules import RuleBook

        self.rules = rules if rules is not None else RuleBook()
        self.facts = facts_table(self.rules)  # text -> LineFacts, the run's
        self.page = page  # the lines as the pipeline was given them
        self.credits: CreditPlan | None = None  # set by the ``credits`` step
        self.crawler_record: CrawlerRecord | None = None  # set by the ``crawler_record`` step
        self._findings: list[Finding] = []
        # the word-list families' whole-line hits, found by the first step that asks
        # (see cleaners._vocab): the lines they were found on, the hits, their line numbers
        self.vocab: tuple[Any, ...] | None = None
        # ... and placed on the lines of the last state asked about (the lines, the hits)
        self.vocab_placed: tuple[Any, ...] | None = None
        self._by_role: dict[Role, list[int]] = {}  # line numbers of each role's removals
        self._whole: dict[Role, list[int]] = {}  # ... of those that took the whole line
        self._cut_at_start: dict[Role, set[int]] = {}  # lines a span from their start was cut
        self._unsorted = False  # entered since the lists were last sorted
        self._marked: dict[str, list[int]] | None = None  # mark -> lines (see ``mark``)
        self._gone: set[int] = set()  # lines removed whole since
        self._cut: set[int] = set()  # lines cut into since (their text changed)
        # id(lines) -> (lines, Zones) for the last few states of the page's lines
        self._zones: dict[int, tuple[tuple[Line, ...], Zones]] = {}

    def for_copy(self) -> PageAnalysis:
        """The analysis of a working copy of the page (the credit plan's): the same rules,
        facts and zones, but no marks (a step visits every line of the copy, which has
        removals of its own that this ledger does not hold) and an empty ledger."""
        out = PageAnalysis(self.rules, self.page)
        out.facts, out._zones = self.facts, self._zones
        return out

    # -- zones ------------------------------------------------------------------------------
    def zones(self, lines: tuple[Line, ...]) -> Zones:
        """The :class:`Zones` of the page when its lines are ``lines`` (a step's doc, or the
        credit plan's working copy): worked out once for each state of the lines. A step that
        removes nothing hands the next the same tuple, so the steps in a row that ask get one
        answer; the last few states are kept, by the tuple's identity.

        >>> from articleclean.model import Doc
        >>> prose = "A long sentence of the story goes on and on here, a reporter said, and on."
        >>> doc = Doc.from_text("\\n".join(["Home", "News", prose, prose, "Share"]))
        >>> a = PageAnalysis()
        >>> a.zones(doc.lines).body, a.zones(doc.lines) is a.zones(doc.lines)
        ((2, 3), True)
        """
        kept = self._zones.get(id(lines))
        if kept is not None and kept[0] is lines:
            return kept[1]
        from .extract.zones import find_body

        found = Zones(find_body(lines, self._not_story))
        if len(self._zones) >= _ZONES_KEPT:
            del self._zones[next(iter(self._zones))]  # the oldest
        self._zones[id(lines)] = (lines, found)  # (holds ``lines``: the id stays valid)
        return found

    def _not_story(self, text: str) -> bool:
        """A line wholly of a family no story is made of (a cookie banner): no body starts or
        ends on it (:func:`~articleclean.extract.zones.find_body`)."""
        return not _NOT_STORY.isdisjoint(self.facts(text).families)

    # -- marks ------------------------------------------------------------------------------
    def mark(self, lines: Iterable[Any]) -> None:
        """Work out the marks of every line (the ``analysis`` step does it once per page),
        and of every paragraph over lines, as the body will join it, of at most
        :data:`_JOINED_CHARS` characters: each of its lines carries the marks of the whole
        ("Agrandir le texte" / "," is a font-size toggle, "1" / "of" / "4" a pager, "Local ›"
        / "Courts › Trials" a breadcrumb whose lines alone are none), so the steps that look
        at the paragraph visit it."""
        from .paragraphs import group, join

        lines = list(lines)
        marked: dict[str, list[int]] = {name: [] for name in MARKS}
        facts = self.facts
        for line in lines:
            if line.text:
                for name in facts(line.text).marks:
                    marked[name].append(line.no)
        texts = [line.text for line in lines]
        extra: dict[str, set[int]] = {}
        for block in group(texts):
            # every paragraph, marked lines or not (two pieces of a breadcrumb are none
            # alone); its lines' lengths bound the joined text's, so a long one is not built
            if len(block) > 1 and sum(len(texts[i]) for i in block) <= _JOINED_CHARS:
                joined = join([texts[i] for i in block])
                if len(joined) <= _JOINED_CHARS:
                    for name in facts(joined).marks:
                        extra.setdefault(name, set()).update(lines[i].no for i in block)
        for name, nos in extra.items():
            marked[name] = sorted(nos.union(marked[name]))
        self._marked = marked

    def has_mark(self, doc: Any, name: str) -> bool:
        """A line of ``doc`` carries the mark ``name``: one marked when the page was
        analysed and not removed since, or one cut into since whose text now has it."""
        if self._marked is None:
            return True  # not analysed: any line may
        gone = self._gone
        if any(no not in gone for no in self._marked[name]):
            return True
        if self._cut:
            for line in doc.lines:
                if line.no in self._cut and line.text and name in self.facts(line.text).marks:
                    return True
        return False

    def marked_lines(self, doc: Any, name: str) -> list[int]:
        """Indices into ``doc.lines`` of the lines that carry the mark ``name`` as they read
        now, in order: those marked when the page was analysed and still there uncut, and
        those cut into since whose text now has it. A step that acts only on such lines
        visits these and no other (every non-blank line when the page was not analysed).

        >>> from articleclean.model import Doc
        >>> from articleclean.rules import RuleBook
        >>> doc = Doc.from_text("Share this\\nThe story, told at length.\\nPrint | Share 3")
        >>> a = PageAnalysis(RuleBook(), doc.lines)
        >>> a.marked_lines(doc, "share")
        [0, 1, 2]
        >>> a.mark(doc.lines)
        >>> a.marked_lines(doc, "share"), a.marked_lines(doc, "print")
        ([0, 2], [2])
        """
        lines = doc.lines
        if self._marked is None:
            return _every_line(lines)
        cut, gone, facts = self._cut, self._gone, self.facts
        wanted = [no for no in self._marked[name] if no not in gone and no not in cut]
        wanted += [no for no in cut if no not in gone]
        out: list[int] = []
        for no in sorted(wanted):  # the doc's lines are in input order: find each by bisection
            i = bisect_left(lines, no, key=_line_no)
            if i == len(lines) or lines[i].no != no:
                # a line the ledger does not know gone (a doc whose lines are not in input
                # order, or not the page's): every line is visited
                return _every_line(lines)
            if lines[i].text and (no not in cut or name in facts(lines[i].text).marks):
                out.append(i)
        return out

    # -- the ledger -------------------------------------------------------------------------
    def record(self, role: Role, removals: Iterable[Removal]) -> None:
        """Enter ``removals`` (one step's, in the order made) under ``role``."""
        lines = self._by_role.setdefault(role, [])
        whole = self._whole.setdefault(role, [])
        starts = self._cut_at_start.setdefault(role, set())
        for r in removals:
            lines.append(r.line)
            if r.span is None:
                whole.append(r.line)
                self._gone.add(r.line)
            else:
                self._cut.add(r.line)
                if r.span[0] == 0:
                    starts.add(r.line)
            self._unsorted = True

    def _sorted(self) -> None:
        """Sort the ledger's lists once after entries (steps often remove from the end up)."""
        if self._unsorted:
            for table in (self._by_role, self._whole):
                for lines in table.values():
                    lines.sort()
            self._unsorted = False

    def any_between(self, low: float, high: float, roles: Iterable[Role]) -> bool:
        """A removal of one of ``roles`` was made on an input line strictly between the line
        numbers ``low`` and ``high``."""
        self._sorted()
        for role in roles:
            lines = self._by_role.get(role)
            if lines:
                k = bisect_right(lines, low)
                if k < len(lines) and lines[k] < high:
                    return True
        return False

    def other_between(self, low: float, high: float, roles: Iterable[Role]) -> bool:
        """A removal of a role *not* in ``roles`` was made strictly between ``low`` and
        ``high``."""
        keep = set(roles)
        return self.any_between(low, high, [r for r in self._by_role if r not in keep])

    def lines_of(self, roles: Iterable[Role], *, whole: bool = False) -> list[int]:
        """The sorted line numbers of the removals of ``roles`` (``whole``: whole lines only)."""
        self._sorted()
        table = self._whole if whole else self._by_role
        out: set[int] = set()
        for role in roles:
            out.update(table.get(role, ()))
        return sorted(out)

    def lines_cut_at_start(self, roles: Iterable[Role]) -> set[int]:
        """The lines from which ``roles`` cut a span starting at the line's first character."""
        out: set[int] = set()
        for role in roles:
            out |= self._cut_at_start.get(role, set())
        return out

    # -- findings ---------------------------------------------------------------------------
    def found(self, finding: Finding) -> None:
        """File a finding for the extractor of ``finding.field``.

        >>> a = PageAnalysis()
        >>> a.found(Finding("publisher", "The Guardian", "url_host", 1, "crawler_record"))
        >>> [f.value for f in a.findings("publisher")], a.findings("agency")
        (['The Guardian'], [])
        """
        self._findings.append(finding)

    def findings(self, field: str) -> list[Finding]:
        """The findings filed for ``field``, in the order they were filed."""
        return [f for f in self._findings if f.field == field]

    def __repr__(self) -> str:
        counts = {r.value: len(v) for r, v in self._by_role.items() if v}
        return f"PageAnalysis(ledger={counts}, credits={self.credits!r})"


def analysis(doc: Any, rules: RuleBook) -> Any:
    """The page's analysis, made once: what the later steps read instead of each other's
    removals (see :mod:`articleclean.analysis`)."""
    from dataclasses import replace

    page = PageAnalysis(rules, doc.lines)
    page.mark(doc.lines)
    return replace(doc, analysis=page)
