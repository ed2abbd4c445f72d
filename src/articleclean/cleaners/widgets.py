"""Widget bars: share buttons, print/mail widgets, font-size toggles and their counts.

A *widget bar* is a line made only of widget phrases (from the ``share``, ``print``,
``fontsize`` and ``counters`` word lists of every language) and counts, such as
``Print Mail Large Medium Small 分享按钮 0``. Each widget cleaner cuts the pieces of a bar that
belong to its own word list, so with one cleaner switched off its words stay in the text. A
bare count line right next to a removed widget (``Share`` / ``12``) goes with the widget.

A bar is left alone when it reads as part of a sentence split over lines by link markup
(``He posted on`` / ``Facebook`` / ``that ...``), so prose that merely mentions a widget word
is kept: "He shared the report with reporters" is not a bar in the first place.
"""

from __future__ import annotations

from ..analysis import marked_lines
from ..model import Doc
from ..rules import RuleBook, Segment, count_line
from ._context import in_sentence
from ._vocab import Paragraphs

__all__ = ["font_size_toggles", "print_mail_widgets", "share_buttons"]

_BESIDE_WIDGET = "count_beside_widget"


def _owned_spans(segments: list[Segment], family: str) -> list[tuple[int, int, str]]:
    """Merged ``(start, end, rule_id)`` spans of ``family``; counts go with the phrase before."""
    owners: list[str | None] = []
    last = None
    for seg in segments:
        if seg.rule is not None:
            last = seg.rule.family
        owners.append(last)
    if owners and owners[0] is None:  # leading counts go with the first phrase
        first = next(s.rule.family for s in segments if s.rule is not None)
        owners = [o or first for o in owners]
    spans: list[tuple[int, int, str]] = []
    for seg, owner in zip(segments, owners, strict=True):
        if owner != family:
            continue
        if spans and spans[-1][1] == seg.start:
            start, _, rule = spans[-1]
            spans[-1] = (start, seg.end, rule)
        else:
            rule = seg.rule.id if seg.rule else _BESIDE_WIDGET
            spans.append((seg.start, seg.end, rule))
    return spans


def cut_widget_family(doc: Doc, rules: RuleBook, family: str) -> Doc:
    """Cut ``family``'s pieces out of every widget bar; drop count lines beside them. Only the
    lines the page's analysis marks with ``family`` are visited: a bar that holds none of the
    family's phrases has nothing of it to cut."""
    bars, count = rules.widgets(), count_line()

    def is_junk(text: str) -> bool:
        return bool(count.fullmatch(text)) or bars.cover(text) is not None

    names = rules.lexicon("services")
    removed_nos: set[int] = set()
    paragraphs = Paragraphs(doc)
    touched: set[int] = set()  # lines edited so far (a paragraph's lines, dropped whole)
    edit = doc.edit()  # many bars in a long text: edit in place, not a copy per removal
    for index in reversed(marked_lines(doc, family)):  # backwards: vanishing lines keep indices
        if index in touched:
            continue
        line = doc.lines[index]  # the lines before those edited are the doc's, unmoved
        segments = bars.cover(line.text)
        if not segments:
            continue
        if in_sentence(edit, index, is_junk=is_junk, names=names):  # type: ignore[arg-type]
            # the line reads on ("Agrandir le texte" / ","): the paragraph the body will
            # make of it may be a bar of this family all the same
            found = paragraphs.at(index)
            if found is None or any(found[0][0] <= i <= found[0][-1] for i in touched):
                continue  # (a line of it, or between its lines, was edited already)
            block, text = found
            bar = bars.cover(text)
            rule = _whole(_owned_spans(bar, family), text) if bar else None
            if rule is not None:
                for i in reversed(block):
                    edit.drop(i, rule)
                    removed_nos.add(doc.lines[i].no)
                touched.update(block)
            continue
        spans = _owned_spans(segments, family)
        if not spans:
            continue
        whole = _whole(spans, line.text)
        if whole is not None:
            edit.drop(index, whole)
        else:
            for start, end, rule in reversed(spans):
                edit.cut(index, start, end, rule)
        removed_nos.add(line.no)
        touched.add(index)
    doc = edit.done()
    return _drop_counts_beside(doc, removed_nos) if removed_nos else doc


def _whole(spans: list[tuple[int, int, str]], text: str) -> str | None:
    """The rule of the one span that is the whole of ``text``, if there is one."""
    if len(spans) == 1 and spans[0][:2] == (0, len(text)):
        return spans[0][2]
    return None


def _drop_counts_beside(doc: Doc, removed_nos: set[int]) -> Doc:
    blank = {line.no for line in doc.lines if not line.text}
    decisions = {}
    count = count_line()
    for index, line in enumerate(doc.lines):
        if not line.text or not count.fullmatch(line.text):
            continue
        for step in (1, -1):
            n = line.no + step
            if n in blank:
                n += step
            if n in removed_nos:
                decisions[index] = _BESIDE_WIDGET
                break
    return doc.drop(decisions)


def share_buttons(doc: Doc, rules: RuleBook) -> Doc:
    """Share/social widget labels and their counts ("Share", "Tweet", "分享到", "微信 微博")."""
    return cut_widget_family(doc, rules, "share")


def print_mail_widgets(doc: Doc, rules: RuleBook) -> Doc:
    """Print, mail, save and close widgets ("Print", "Email this", "打印本页", "关闭窗口")."""
    return cut_widget_family(doc, rules, "print")


def font_size_toggles(doc: Doc, rules: RuleBook) -> Doc:
    """Font-size toggles ("Large Medium Small", "A A A", "Text size", "【字号 大 中 小】")."""
    return cut_widget_family(doc, rules, "fontsize")
