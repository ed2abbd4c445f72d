"""The ``emails`` extractor: e-mail sign-offs.

"anbaijie@chinadaily.com.cn", "Contact the writer at jane@example.com", "作者邮箱：...".
"""

from __future__ import annotations

import regex

from ..analysis import marked_lines
from ..model import Doc
from ..rules import RuleBook
from ..text import key

__all__ = ["EMAIL", "emails"]

# The left guard makes a failed match cost one pass over a word run, not one per start.
EMAIL = regex.compile(
    r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++(?<=\.[a-z]{2,24})(?![\w-])", regex.IGNORECASE
)
_PUNCT = r"\s:：,，;；|/()（）\[\]<>《》【】'\"“”-"
_TRIM = regex.compile(rf"^[{_PUNCT}]++|[.。{_PUNCT}]++$")
_MAX_LINE = 200


def find_emails(text: str) -> list[str]:
    """E-mail addresses in ``text``.

    >>> find_emails("Contact: jane.doe@example.com, j.roe@news.example.co.uk.")
    ['jane.doe@example.com', 'j.roe@news.example.co.uk']
    """
    return [m.group() for m in EMAIL.finditer(text)]


def signoff_rule(text: str, rules: RuleBook) -> str | None:
    """The rule that makes ``text`` an e-mail sign-off line, or ``None``.

    >>> signoff_rule("anbaijie@chinadaily.com.cn", RuleBook())
    'email_only'
    >>> signoff_rule("Contact the writer at jane@example.com.", RuleBook()).split(":")[0]
    'en/signoff.txt'
    >>> signoff_rule("She wrote to jane@example.com about the delay.", RuleBook()) is None
    True
    """
    if len(text) > _MAX_LINE or "@" not in text:
        return None
    rest = EMAIL.sub(" ", text)
    if rest == text:
        return None
    rest = _TRIM.sub("", regex.sub(r"\s++", " ", rest))
    if not key(rest):
        return "email_only"
    rule = rules.lexicon("signoff").lookup(rest)
    if rule is not None:
        return rule.id
    found = rules.patterns("signoff").fullmatch(rest)
    return found[0].id if found else None


def emails(doc: Doc, rules: RuleBook) -> Doc:
    """E-mail sign-off lines, with their addresses kept in ``metadata.emails``."""
    found: list[str] = list(doc.meta.get("emails", ()))
    decisions = {}
    first = None
    for index in marked_lines(doc, "at"):  # the lines with an "@" (signoff_rule needs one)
        line = doc.lines[index]
        rule = signoff_rule(line.text, rules)
        if rule is None:
            continue
        decisions[index] = rule
        first = first or {"how": "signoff", "line": line.no, "rule": rule}
        for address in find_emails(line.text):
            if address.lower() not in (a.lower() for a in found):
                found.append(address)
    return doc.drop(decisions).with_meta(emails=found or None, why=first)
