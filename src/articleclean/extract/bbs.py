"""The ``bbs_header`` extractor: a BBS post's own header and footer lines.

Forum reposts (水木社区, PTT) open with the post's header — "发信人: jiangcheng (江城老马),
信区: CityNews", "标  题: [转载] ...", "发信站: 水木社区 (Tue Jul 12 08:00:00 2016), 站内",
"【 以下文字转载自 News 讨论区 】" — and close with the station's lines
("※ 来源:·水木社区 newsmth.net·[FROM: ...]").
They are the post's metadata, never the article: the poster is not the author (the article's
own credits, read by ``byline``, name the author), and the posting time is ``published`` when
the page prints no date of its own (a finding the ``dates`` extractor reads). The title line is
left for ``title``.
"""

from __future__ import annotations

from ..analysis import Finding, marked_lines
from ..dates import find_dates
from ..model import Doc
from ..rules import RuleBook

__all__ = ["bbs_header"]

MAX_LINE = 240


def bbs_header(doc: Doc, rules: RuleBook) -> Doc:
    """BBS post headers and station lines ("发信人: ...", "发信站: ... (date)", "※ 来源: ...");
    the posting time is ``published`` (filled by ``dates``) when nothing else gives one."""
    patterns = rules.patterns("bbs")
    if not patterns.patterns:
        return doc
    decisions: dict[int, str] = {}
    posted = None
    visit = [(i, doc.lines[i]) for i in marked_lines(doc, "bbs")]  # (the lines bbs.re fits)
    for index, rule, m in patterns.fullmatch_lines(visit, MAX_LINE):
        decisions[index] = rule.id
        date = m.groupdict().get("date")
        found = find_dates(date) if date else []
        if found and posted is None:
            line = doc.lines[index].no
            posted = Finding(
                "published", found[0].iso(), "bbs_post_time", line, "bbs_header", rule.id
            )
    if posted is not None and doc.analysis is not None:
        doc.analysis.found(posted)  # for ``dates``: the published date when the page has none
    return doc.drop(decisions)
