"""The ``print_edition`` extractor: where the article appeared in print.

"(China Daily 07/12/2016 page3)", "《人民日报》（2016年07月12日 04 版）".
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

from ..analysis import marked_lines
from ..dates import FoundDate, find_dates
from ..model import Doc, PrintEdition
from ..rules import DATA_DIR, RuleBook
from ..text import key

__all__ = ["print_edition", "read_editions", "settle_order"]

MAX_LINE = 400


@lru_cache(maxsize=1)
def _conventions() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(DATA_DIR.glob("*/date_conventions.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line and not line.startswith("#"):
                order, _, name = line.partition(" ")
                out[key(name)] = order
    return out


def settle_order(
    found: FoundDate, known: list[str], publication: str | None, language: str | None = None
) -> FoundDate | None:
    """Settle an ambiguous numeric date, or return ``None`` if nothing settles it.

    First from the other dates of the page (``known``, ISO strings): the reading within three
    days of one of them wins. Then from the publication's convention in
    ``data/common/date_conventions.txt``; then from the page's language, when its numeric
    dates always put the day first (``data/common/dmy_languages.txt``).

    >>> d = find_dates("07/12/2016")[0]
    >>> settle_order(d, ["2016-07-12T08:00"], None).day_iso()
    '2016-07-12'
    >>> settle_order(d, [], "The Guardian").day_iso()
    '2016-12-07'
    >>> settle_order(d, [], "Unknown Gazette") is None
    True
    >>> settle_order(d, [], None, "fr").day_iso()
    '2016-12-07'
    """
    if not found.ambiguous:
        return found
    assert found.alt is not None
    readings = [(found.year, found.month, found.day), found.alt]
    for iso in known:
        try:
            ref = _dt.date.fromisoformat(iso[:10])
        except ValueError:
            continue
        close = [r for r in readings if abs((_dt.date(*r) - ref).days) <= 3]
        if len(close) == 1:
            return found.resolved(*close[0])
    order = _conventions().get(key(publication or ""))
    if order == "MDY":
        return found.resolved(*readings[0])
    if order == "DMY":
        return found.resolved(*readings[1])
    if language and language.split("-")[0] in _dmy_languages():
        return found.resolved(*readings[1])
    return None


@lru_cache(maxsize=1)
def _dmy_languages() -> frozenset[str]:
    path = DATA_DIR / "common" / "dmy_languages.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def _page(text: str | None) -> str | None:
    """The page as a reader names it: "09" -> "9", "A12" stays, "A04" -> "A4".

    >>> _page("09"), _page("A12"), _page("A04"), _page(""), _page("0")
    ('9', 'A12', 'A4', None, '0')
    """
    text = (text or "").strip()
    if not text:
        return None
    head = text.rstrip("0123456789")
    digits = text[len(head) :]
    return head + (digits.lstrip("0") or "0") if digits else text


def read_editions(
    doc: Doc, rules: RuleBook, known: list[str]
) -> tuple[dict[int, str], PrintEdition | None, list[str]]:
    """The print-edition lines of ``doc``: ``(decisions, first edition, warnings)``, its
    numeric date settled by the page's dates ``known`` (ISO) or the publication's
    convention."""
    patterns = rules.patterns("print_edition")
    decisions: dict[int, str] = {}
    warnings: list[str] = []
    first: PrintEdition | None = None
    visit = [(i, doc.lines[i]) for i in marked_lines(doc, "print_edition")]  # (lines it fits)
    for index, rule, m in patterns.fullmatch_lines(visit, MAX_LINE):
        groups = m.groupdict()
        publication = (groups.get("publication") or "").strip(" ,.")
        if not publication:
            continue
        date_iso = None
        date_text = groups.get("date") or groups.get("date_hint") or ""
        found = find_dates(date_text)
        if found:
            settled = settle_order(found[0], known, publication)
            if settled is None:
                warnings.append(
                    f"print date {date_text!r} could be day/month or month/day; left unset"
                )
            else:
                date_iso = settled.day_iso()
        page = _page(groups.get("page"))
        decisions[index] = rule.id
        first = first or PrintEdition(publication, date_iso, page)
    return decisions, first, warnings


def print_edition(doc: Doc, rules: RuleBook) -> Doc:
    """Print-edition lines, kept as ``metadata.print_edition`` (publication, date, page); the
    credit plan gives its date to ``published`` when no date line gave one."""
    known = [doc.meta[f] for f in ("published", "updated") if doc.meta.get(f)]
    decisions, first, warnings = read_editions(doc, rules, known)
    for message in warnings:
        doc = doc.warn(message)
    no = doc.lines[min(decisions)].no if decisions else None
    doc = doc.drop(decisions)
    if first is not None and "print_edition" not in doc.meta:
        doc = doc.with_meta(print_edition=first, why={"how": "print_edition_line", "line": no})
    return doc
