"""The ``dates`` extractor: date lines ("Updated: 2016-07-12 08:00", "发布时间：2016年07月12日")."""

from __future__ import annotations

from ..dates import find_dates
from ..model import Doc
from ..rules import RuleBook
from ..text import key
from .print_edition import settle_order

__all__ = ["dates"]

_MAX_LINE = 160


def _label_field(label: str, rules: RuleBook) -> str | None:
    if rules.lexicon("updated_labels").lookup_key(label):
        return "updated"
    if rules.lexicon("date_labels").lookup_key(label):
        return "published"
    return None


def read_date_line(text: str, rules: RuleBook) -> list[tuple[str | None, object]] | None:
    """``[(field, FoundDate), ...]`` if ``text`` is only labels and dates, else ``None``.

    ``field`` is ``"published"``, ``"updated"`` or ``None`` (no label).

    >>> [(f, d.iso()) for f, d in read_date_line("Updated: 2016-07-12 08:00", RuleBook())]
    [('updated', '2016-07-12T08:00')]
    >>> read_date_line("The law took effect on July 12, 2016.", RuleBook()) is None
    True
    """
    if len(text) > _MAX_LINE:
        return None
    found = find_dates(text)
    if not found:
        return None
    out: list[tuple[str | None, object]] = []
    pos = 0
    for d in found:
        label = key(text[pos : d.start])
        field = None
        if label:
            field = _label_field(label, rules)
            if field is None:
                return None
        out.append((field, d))
        pos = d.end
    if key(text[pos:]):
        return None
    return out


def dates(doc: Doc, rules: RuleBook) -> Doc:
    """Date lines, kept as ``metadata.published`` / ``metadata.updated`` (ISO 8601)."""
    decisions: dict[int, str] = {}
    fields: dict[str, str] = {}
    pending = []
    for index, line in doc.lines_with("19", "20"):  # every date shape has a year: (19|20)\d\d
        parsed = read_date_line(line.text, rules)
        if parsed is None:
            continue
        decisions[index] = "date_line"
        for field, found in parsed:
            pending.append((field, found, line.text))
    known = [d.iso() for _, d, _ in pending if not d.ambiguous]
    for field, found, text in pending:
        settled = settle_order(found, known, None)
        if settled is None:
            doc = doc.warn(f"date in {text!r} could be day/month or month/day; left unset")
            continue
        name = field or ("published" if "published" not in fields else None)
        if name and name not in fields and not doc.meta.get(name):
            fields[name] = settled.iso()
    return doc.drop(decisions).with_meta(**fields)
