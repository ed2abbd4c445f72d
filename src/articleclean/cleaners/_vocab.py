"""Shared machinery of the vocabulary cleaners: whole-line lookups and their guards."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .._memo import by_lines
from ..line_index import LineIndex, line_index
from ..model import Doc, Line
from ..paragraphs import group, join
from ..prose import reads_as_prose
from ..rules import LINE_FAMILIES, RuleBook
from ..text import tokens
from ._context import in_sentence

MAX_LINE = 600  # vocabulary lines are short; longer lines are never looked at


def line_rule(text: str, rules: RuleBook, family: str) -> str | None:
    """The rule of ``family`` that the whole of ``text`` matches (phrase, then pattern)."""
    return rule_finder(rules, family)(text)


def rule_finder(rules: RuleBook, family: str) -> Callable[[str], str | None]:
    """:func:`line_rule` for one family, as a function of the text (for a loop over lines)."""
    if family in LINE_FAMILIES:  # every family's answer for a text at once, remembered
        answer = line_index(rules).rule

        def indexed(text: str) -> str | None:
            return answer(text, family) if len(text) <= MAX_LINE else None

        return indexed
    lexicon, patterns = rules.lexicon(family), rules.patterns(family)

    def find(text: str) -> str | None:
        if len(text) > MAX_LINE:
            return None
        rule = lexicon.lookup(text)
        if rule is not None:
            return rule.id
        hit = patterns.fullmatch(text)
        return hit[0].id if hit else None

    return find


def between_prose(doc: Doc, index: int) -> bool:
    """True if the nearest non-blank lines on both sides are running text."""
    prev = next((doc.lines[i].text for i in range(index - 1, -1, -1) if doc.lines[i].text), "")
    nxt = next(
        (doc.lines[i].text for i in range(index + 1, len(doc.lines)) if doc.lines[i].text), ""
    )
    return bool(prev) and bool(nxt) and reads_as_prose(prev) and reads_as_prose(nxt)


def looks_like_subheading(doc: Doc, index: int) -> bool:
    """A one-word line between two paragraphs reads as a subheading ("Privacy"), not a link."""
    return len(tokens(doc.lines[index].text)) <= 1 and between_prose(doc, index)


def drop_vocab_lines(
    doc: Doc,
    rules: RuleBook,
    family: str,
    *,
    keep: Callable[[Doc, int], bool] | None = None,
    subheadings: bool = True,
) -> Doc:
    """Drop every line, or paragraph split over lines, that is wholly a phrase or pattern of
    ``family``.

    Lines that read as part of a sentence split over lines are kept, and so (when
    ``subheadings`` is true, for families whose words can head a section) is a one-word line
    between two paragraphs; ``keep(doc, index)`` adds a guard of the caller's.
    """
    for _ in range(_ROUNDS):  # a line kept as a piece of a sentence may stand alone now
        decisions: dict[int, str] = {}
        guarded: list[int] = []  # lines of the family kept for the lines around them
        for indices, rule in _vocab_matches(doc, rules, family, subheadings, guarded):
            if keep is not None and keep(doc, indices[0]):
                continue
            decisions.update((i, rule) for i in indices)
        if not decisions:
            break
        again = any(not decisions.keys().isdisjoint(_context_of(doc, i)) for i in guarded)
        doc = doc.drop(decisions)
        if not again:
            break  # no line kept for its neighbours lost one: another round finds nothing
    return doc


def _context_of(doc: Doc, index: int) -> tuple[int, ...]:
    """The lines the guards read for the line at ``index``: the lines next to it
    (:func:`in_sentence`) and the nearest non-blank ones (:func:`between_prose`)."""
    lines = doc.lines
    before = next((i for i in range(index - 1, -1, -1) if lines[i].text), -1)
    after = next((i for i in range(index + 1, len(lines)) if lines[i].text), -1)
    return (index - 1, index + 1, before, after)


# Rounds of a vocabulary step over its own result: "<div class='x'>" / "![img](a.png)" keeps
# its first line as a piece of the paragraph they make until the image is gone; a round that
# removes nothing ends it, so the step leaves nothing it would remove if run again.
_ROUNDS = 4


_Hit = tuple[tuple[int, ...], str, bool]  # (line indices, rule id, a paragraph over lines)


def vocab_matches(
    doc: Doc, rules: RuleBook, family: str, *, subheadings: bool = True
) -> list[tuple[list[int], str]]:
    """``(line indices, rule id)`` of each paragraph, or line, that is wholly of ``family``.

    A paragraph split over lines by link markup ("Sign up" / "for our newsletter.") is tried
    whole first; then its lines one by one, keeping those that read as part of a sentence.
    """
    return _vocab_matches(doc, rules, family, subheadings, None)


def _vocab_matches(
    doc: Doc, rules: RuleBook, family: str, subheadings: bool, guarded: list[int] | None
) -> list[tuple[list[int], str]]:
    """:func:`vocab_matches`; the lines kept by its guards are added to ``guarded``."""
    hits = (
        _page_family_hits(doc, rules).get(family, ())
        if family in LINE_FAMILIES
        else family_hits(doc, rules, family)
    )
    out: list[tuple[list[int], str]] = []
    names = rules.lexicon("services") if hits else None
    for indices, rule, whole in hits:
        if not whole:
            index = indices[0]
            if in_sentence(doc, index, names=names) or (
                subheadings and looks_like_subheading(doc, index)
            ):
                if guarded is not None:
                    guarded.append(index)
                continue
        out.append((list(indices), rule))
    return out


def family_hits(doc: Doc, rules: RuleBook, family: str) -> list[_Hit]:
    """``(line indices, rule id, whole)`` of each paragraph over lines that is wholly of
    ``family`` (``whole`` true), and of each line of the other paragraphs that is, in the
    order of the text: what :func:`vocab_matches` keeps or not by its guards."""
    texts = [line.text for line in doc.lines]
    find = rule_finder(rules, family)
    out: list[_Hit] = []
    for block in group(texts):
        if len(block) > 1:
            rule = find(join([texts[i] for i in block]))
            if rule is not None:
                out.append((tuple(block), rule, True))
                continue
        for index in block:
            rule = find(texts[index])
            if rule is not None:
                out.append(((index,), rule, False))
    return out


def _page_family_hits(doc: Doc, rules: RuleBook) -> Mapping[str, list[_Hit]]:
    """:func:`_line_family_hits` of the page, found once in its analysis (by the first step
    that asks) and placed on ``doc``'s lines for the steps after it: a hit whose lines are
    gone is left out, and a line cut since is looked up again as it now reads."""
    analysis = doc.analysis
    if analysis is None:
        return _line_family_hits(doc.lines, line_index(rules))
    found = analysis.vocab
    if found is None or found[0] is doc.lines:
        if found is None:
            hits = _line_family_hits(doc.lines, line_index(rules))
            nos = {i: line.no for i, line in enumerate(doc.lines)}
            texts = {line.no: line.text for line in doc.lines}
            analysis.vocab = (doc.lines, hits, nos, texts)
            return hits
        return found[1]  # type: ignore[no-any-return]
    placed = analysis.vocab_placed
    if placed is not None and placed[0] is doc.lines:
        return placed[1]  # type: ignore[no-any-return]  # (a step before removed nothing)
    _, hits, nos, texts = found
    position = {line.no: i for i, line in enumerate(doc.lines)}
    # lines to look up again, one by one, as they read now: those cut since, and what is left
    # of a paragraph over lines that was a hit whole and lost a line
    again = {i for i, line in enumerate(doc.lines) if texts.get(line.no, line.text) != line.text}
    for family_hits_ in hits.values():
        for indices, _, whole in family_hits_:
            if whole:
                now = [position.get(nos[i]) for i in indices]
                if None in now:
                    again.update(p for p in now if p is not None)
    out: dict[str, list[_Hit]] = {}
    for family, family_hits_ in hits.items():
        placed: list[_Hit] = []
        for indices, rule, whole in family_hits_:
            now = [position.get(nos[i]) for i in indices]
            if None in now or not again.isdisjoint(now):
                continue  # a line of it was removed or is looked up again
            placed.append((tuple(now), rule, whole))  # type: ignore[arg-type]
        out[family] = placed
    answers = line_index(rules).rules
    for i in again:
        text = doc.lines[i].text
        if text and len(text) <= MAX_LINE:
            for family, rule in answers(text).items():
                out.setdefault(family, []).append(((i,), rule, False))
    if again:
        for family in out:
            out[family].sort(key=lambda hit: hit[0][0])
    analysis.vocab_placed = (doc.lines, out)
    return out


@by_lines(maxsize=4)
def _line_family_hits(lines: tuple[Line, ...], index: LineIndex) -> dict[str, list[_Hit]]:
    """:func:`family_hits` of every family of the index at once, by family.

    Eleven vocabulary steps ask in turn; a step that removes nothing hands the next the same
    lines, so the page is grouped and its lines looked up once for all of them, and each
    step then walks its own hits only.
    """
    texts = [line.text for line in lines]
    out: dict[str, list[_Hit]] = {}
    answers = index.rules
    for block in group(texts):
        whole: Mapping[str, str] = _NONE
        if len(block) > 1:
            joined = join([texts[i] for i in block])
            if len(joined) <= MAX_LINE:
                whole = answers(joined)
                for family, rule in whole.items():
                    out.setdefault(family, []).append((tuple(block), rule, True))
        for i in block:
            text = texts[i]
            if len(text) > MAX_LINE:
                continue
            for family, rule in answers(text).items():
                if family not in whole:
                    out.setdefault(family, []).append(((i,), rule, False))
    return out


_NONE: Mapping[str, str] = {}


def paragraphs_of(doc: Doc) -> dict[int, list[int]]:
    """Each line of a paragraph over several lines, mapped to that paragraph's lines, as the
    body will join them (:func:`articleclean.paragraphs.group`): a step that keeps a line
    because it reads on into its neighbours judges the paragraph they make, so that the body
    holds nothing the step would remove from it.

    >>> doc = Doc.from_text("1\\nof\\n4\\n\\nThe story goes on here.")
    >>> paragraphs_of(doc)
    {0: [0, 1, 2], 1: [0, 1, 2], 2: [0, 1, 2]}
    """
    out: dict[int, list[int]] = {}
    for block in group([line.text for line in doc.lines]):
        if len(block) > 1:
            for i in block:
                out[i] = block
    return out


class Paragraphs:
    """The paragraphs over lines of ``doc`` (:func:`paragraphs_of`), worked out when a step
    first asks: a step that keeps a line because it reads on into its neighbours asks for
    the paragraph they make, and judges that as the body will hold it.

    >>> Paragraphs(Doc.from_text("1\\nof\\n4\\n\\nThe story goes on here.")).at(1)
    ([0, 1, 2], '1 of 4')
    """

    __slots__ = ("_doc", "_of")

    def __init__(self, doc: Doc):
        self._doc = doc
        self._of: dict[int, list[int]] | None = None

    def at(self, index: int) -> tuple[list[int], str] | None:
        """The lines of the paragraph over lines that holds line ``index``, and the text the
        body makes of them; ``None`` for a line that is a paragraph alone."""
        if self._of is None:
            self._of = paragraphs_of(self._doc)
        block = self._of.get(index)
        if block is None:
            return None
        return block, join([self._doc.lines[i].text for i in block])


def next_content(doc: Doc, index: int, limit: int) -> list[int]:
    """Indices of up to ``limit`` non-blank lines after ``index``."""
    out = []
    for i in range(index + 1, len(doc.lines)):
        if doc.lines[i].text:
            out.append(i)
            if len(out) >= limit:
                break
    return out
