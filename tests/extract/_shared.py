"""Checks shared by the extractor test files (the shapes in test_more_shapes.py extend the
cases of test_credits.py and test_dates_source_dateline.py)."""

from __future__ import annotations

from dataclasses import replace

from articleclean import Doc
from articleclean.analysis import PageAnalysis
from articleclean.extract.credit_plan import credits
from articleclean.extract.dateline import dateline


def field_summary(fields) -> list[tuple[str, object]]:
    """``(kind, value)`` of each credit field: the names, the text, or the ISO date."""
    out = []
    for f in fields:
        value = (
            list(f.names) if f.names else f.value if f.value else f.date.iso() if f.date else None
        )
        out.append((f.kind, value))
    return out


def read_dateline_of(paragraph: str, rules, published: str = "2016-07-13") -> Doc:
    """The dateline step over ``paragraph`` and a paragraph of prose, on a page published on
    ``published`` (a dateline without a year takes the page's), with its credit plan."""
    prose = "The minister said the plan would be published next week, officials confirmed."
    doc = replace(Doc.from_text(f"{paragraph}\n\n{prose}"), meta={"published": published})
    doc = credits(replace(doc, analysis=PageAnalysis(rules, doc.lines)), rules)
    return dateline(replace(doc, step="dateline"), rules)


def assert_dateline(doc: Doc, place, date, agency, rest) -> None:
    got = doc.meta.get("dateline")
    assert (got.place if got else None) == place
    assert (got.date if got else None) == date
    outlets = doc.analysis.credits.outlets  # the agency: evidence for ``publisher``
    assert (outlets[0].value if outlets else None) == agency
    assert doc.lines[0].text == rest
