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
* **the credit plan** (``credits``) — the ``credits`` step finds every credit line of the page
  once (bylines, editors, dates, sources) and decides which fields the credit extractors take;
  each extractor then applies its own part of the plan. The title and the classifier read the
  credit lines from the plan, so switching ``byline`` off leaves the byline in the body but
  does not change the title or the body region (see :mod:`articleclean.extract.credit_plan`).

The pipeline checks the table's ``needs`` when it is built: a step whose analysis was taken
out of the pipeline is an error that says which steps need it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract.credit_plan import CreditPlan
    from .extract.record import CrawlerRecord
    from .model import Line, Removal
    from .rules import RuleBook

__all__ = ["Finding", "PageAnalysis", "Role"]


class Role(str, Enum):
    """What a step's removals are, as the pipeline table declares it."""

    ANALYSIS = "analysis"  # a step that removes nothing and adds to the analysis
    RECORD = "record"  # a crawler's record at the top of the file: not the page at all
    RESIDUE = "residue"  # script, style and markup left in the text
    WIDGET = "widget"  # widget bars and notices that stand between a headline and its credits
    CREDIT = "credit"  # bylines, editors, dates, sources, datelines, print-edition lines
    HEADLINE = "headline"  # the headline and its deck
    BOILERPLATE = "boilerplate"  # everything else around the article: lists, notices, footers


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
        "_cut_at_start",
        "_findings",
        "_unsorted",
        "_whole",
        "crawler_record",
        "credits",
        "page",
        "rules",
    )

    def __init__(self, rules: RuleBook | None = None, page: tuple[Line, ...] = ()):
        self.rules = rules
        self.page = page  # the lines as the pipeline was given them
        self.credits: CreditPlan | None = None  # set by the ``credits`` step
        self.crawler_record: CrawlerRecord | None = None  # set by the ``crawler_record`` step
        self._findings: list[Finding] = []
        self._by_role: dict[Role, list[int]] = {}  # line numbers of each role's removals
        self._whole: dict[Role, list[int]] = {}  # ... of those that took the whole line
        self._cut_at_start: dict[Role, set[int]] = {}  # lines a span from their start was cut
        self._unsorted = False  # entered since the lists were last sorted

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
            elif r.span[0] == 0:
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

    return replace(doc, analysis=PageAnalysis(rules, doc.lines))
