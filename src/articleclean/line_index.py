"""Every line family's whole-line rule for a text, worked out once per text.

A dozen cleaners ask, line by line, whether a line is wholly a phrase or a pattern of their
family (:func:`articleclean.cleaners._vocab.line_rule`): asked one family at a time, each
question costs a key lookup, a screen and a few calls, for every line and every family.
:class:`LineIndex` answers for all of :data:`~articleclean.rules.LINE_FAMILIES` at once:
one lookup of the line's key in a table of every family's phrases, one literal scan (all
pattern sets share one :class:`~articleclean.screen.Screen`) that leaves the few patterns
that could match — usually none — and the answers for the line are remembered, so each
further question is a dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._memo import RunMemo
from .rules import LINE_FAMILIES, Lexicon, PatternSet, RuleBook
from .text import key

__all__ = ["LineIndex", "line_index"]

_MEMO = 16384  # texts whose answers are remembered
_NONE: Mapping[str, str] = {}


class LineIndex:
    """The rule id, per family, that the whole of a text matches: phrase first, then the
    first pattern, exactly as ``lexicon(family).lookup`` and ``patterns(family).fullmatch``.

    >>> index = line_index(RuleBook())
    >>> index.rule("All rights reserved.", "copyright")
    'en/copyright.txt:2'
    >>> index.rule("The body of the story.", "copyright") is None
    True
    """

    def __init__(
        self,
        lexicons: Mapping[str, Lexicon],
        patterns: Mapping[str, PatternSet],
        run: RunMemo | None = None,
    ):
        self._capacity = run.capacity if run is not None else (lambda base: base)
        self.families = frozenset(patterns)
        self._phrases: dict[str, dict[str, str]] = {}
        for family, lexicon in lexicons.items():
            for k, rule in lexicon.entries():
                self._phrases.setdefault(k, {})[family] = rule.id
        self._patterns = dict(patterns)
        screens = {id(ps.screen) for ps in patterns.values()}
        self._screen = next(iter(patterns.values())).screen if len(screens) == 1 else None
        self._anchors = frozenset().union(*(ps.anchors for ps in patterns.values()))
        self._unscreened = [(f, ps) for f, ps in patterns.items() if ps.unscreened]
        self._memo: dict[str, Mapping[str, str]] = {}

    def rule(self, text: str, family: str) -> str | None:
        """The id of the rule of ``family`` matching the whole of ``text``, or ``None``."""
        return self.rules(text).get(family)

    def rules(self, text: str) -> Mapping[str, str]:
        """family -> id of the rule matching the whole of ``text``, for every family that has
        one (usually none: an empty mapping)."""
        memo = self._memo
        found = memo.get(text)
        if found is None:
            if len(memo) >= self._capacity(_MEMO):
                memo.clear()
            found = memo[text] = self._rules(text)
        return found

    def _rules(self, text: str) -> Mapping[str, str]:
        phrases = self._phrases.get(key(text), _NONE)
        out: dict[str, str] | None = None
        present = self._screen.present(text) if self._screen is not None else None
        families = self._patterns.items()
        if present is not None and present.isdisjoint(self._anchors):
            families = self._unscreened  # (most lines) no family's literal is there
        for family, patterns in families:
            if family in phrases:
                continue
            if (
                present is not None
                and not patterns.unscreened
                and present.isdisjoint(patterns.anchors)
            ):
                continue  # none of the family's literals: none of its patterns can match
            hit = patterns.fullmatch(text)
            if hit is not None:
                if out is None:
                    out = dict(phrases)
                out[family] = hit[0].id
        return out if out is not None else phrases


def line_index(rules: RuleBook) -> LineIndex:
    """The :class:`LineIndex` of ``rules`` (one per rule book: it remembers its answers in
    the book's run memo)."""
    found = rules._loaded.get(LineIndex)
    if found is None:
        found = rules._loaded[LineIndex] = LineIndex(
            {f: rules.lexicon(f) for f in LINE_FAMILIES},
            {f: rules.patterns(f) for f in LINE_FAMILIES},
            rules.memo,
        )
    return found  # type: ignore[no-any-return]
