"""The ``source`` extractor: the publisher or agency ("来源：人民网", "Source: AP", "Reuters").

Ordered fallbacks: a labelled source ("来源：新华社", "Source: AP"), then a publisher beside a
date ("2016-07-12 08:00 新华网") or alone on a header or footer line ("Associated Press"). The
byline ("By An Baijie(China Daily)") and the dateline ("(Xinhua) --") also name sources;
the first step to find one sets it.
"""

from __future__ import annotations

from ..model import Doc
from ..rules import RuleBook
from .credit_blocks import find_credits
from .zones import body_bounds, eligible, in_block, in_header, remove_fields

__all__ = ["source"]


def source(doc: Doc, rules: RuleBook) -> Doc:
    """Source credits, kept as ``metadata.source`` ("来源：人民网", "Source: AP", "Reuters")."""
    bounds = body_bounds(doc)
    fields = [
        f
        for credit in find_credits(doc, rules)
        for f in credit.fields
        if f.kind == "source"
        and eligible(doc, f, bounds)
        and (not f.alone or in_block(doc, f, rules))
    ]
    if not fields:
        return doc
    named = [f for f in fields if f.value]
    named.sort(key=lambda f: (not f.strong, not in_header(f, bounds), f.line))
    value = named[0].value if named and not doc.meta.get("source") else None
    return remove_fields(doc, fields).with_meta(source=value)
