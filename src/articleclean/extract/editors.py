"""The ``editors`` extractor: editors credited on the page, never counted as authors.

"责任编辑：王芳", "（编辑 李明）", "[责任编辑:王芳]", "（松花江网编辑 孙桂芳）", "Editor: Jane Doe",
"Edited by John Roe", and the editor half of "Reporting by Jane Doe; Editing by John Roe".
"""

from __future__ import annotations

from ..model import Doc
from ..rules import RuleBook
from ..text import key
from .credit_plan import Part, apply, plan_of
from .credits import Credit
from .zones import body_bounds, eligible, remove_fields

__all__ = ["editors"]


def editors(doc: Doc, rules: RuleBook) -> Doc:
    """Editor credits, kept as ``metadata.editors`` ("责任编辑：王芳", "Edited by John Roe")."""
    return apply(doc, plan_of(doc, rules).part("editors"))


def decide_editors(doc: Doc, rules: RuleBook, credits: list[Credit], plan: dict[str, Part]) -> Doc:
    """The editors' part of the credit plan."""
    bounds = body_bounds(doc)
    fields = [
        f
        for credit in credits
        for f in credit.fields
        if f.kind == "editor" and eligible(doc, f, bounds)
    ]
    if not fields:
        return doc
    found: list[str] = list(doc.meta.get("editors", ()))
    seen = {key(n) for n in found}
    for f in fields:
        for name in f.names:
            if key(name) not in seen:
                seen.add(key(name))
                found.append(name)
    first = doc.lines[fields[0].line].no
    why = {"how": "editor_credit", "line": first, "rule": fields[0].rule}
    return remove_fields(doc, fields).with_meta(editors=found or None, why=why)
