"""The ``publisher`` extractor: ``source`` (who published the page) and ``agency`` (the news
agency or outlet the story is credited to).

The two are different fields. A regional paper's page of an AP story has ``source`` the
paper and ``agency`` Associated Press; a portal's page of a 新华社 story has ``source`` the
portal and ``agency`` 新华社; an agency's own page has both the agency.

``source`` — the page names its publisher; ordered fallbacks, the first that applies wins:

1. ``title_suffix`` — the site part of the page title ("Headline | Site", "标题_新浪网",
   "标题—中国日报"), in the crawler record or on the page (found by ``title``);
2. ``masthead`` — a publisher's name on the page's first line, alone or before its menu
   ("央视网 | 首页 > 新闻频道");
3. ``copyright`` — the owner named by the last copyright line of the page ("© 2024 The
   Example Times. All rights reserved.", "港灣日報版權所有"); a company's legal name is not an
   outlet's ("新华网股份有限公司" gives 新华网, "Bennett, Coleman & Co. Ltd." nothing);
4. ``print_edition`` — the publication of a print-edition line ("(China Daily 07/12/2016
   page3)");
5. ``url_host`` — the site name the crawler record's address maps to
   (``data/common/hosts.txt``: "theguardian.com = The Guardian");
6. ``credited`` — when nothing names the page's own publisher, the outlet the story is
   credited to (the ``agency``): a wire story on a page that names nobody else;
7. ``url_host`` — the record's host itself ("dunmorepost.example").

When the publisher and the agency are the same outlet under two names ("Yonhap News Agency"
in the copyright line, "(Yonhap)" in the dateline), ``source`` takes the agency's form.

``agency`` — the outlet the text credits the story to, first found of: the outlet of a byline
("By Jane Doe, Associated Press", "By An Baijie (China Daily)"), a source credit ("来源：新华社",
"Source: AP", "Reuters" alone on a header line), the agency of the dateline ("(Reuters) -",
"新华社北京7月11日电").

The steps that read these lines file them in the page's analysis (the credit plan's
``outlets``, the title's and the dateline's findings); this step reads the page's own lines
for the copyright owner and the masthead, and removes nothing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from ..analysis import Finding, PageAnalysis
from ..errors import RuleError
from ..model import Doc
from ..rules import DATA_DIR, RuleBook
from ..text import cjk_share, key
from .credits import canonical_source, known_source, source_value

__all__ = ["copyright_owner", "publisher", "site_of_host"]

_HOSTLIKE = regex.compile(r"\.(?:com|net|org|cn|gov|edu|info|co|io)\b|www\.", regex.I)
# (?!(?<=\s)\s): no match starts inside a run of spaces (one pass per run, not per position)
_YEAR = regex.compile(r"(?!(?<=\s)\s)\s*+(?:19|20)\d\d\s*+$")
_SPACED = regex.compile(r"(?<=\p{Han})[ \t](?=\p{Han}(?:[ \t]|$|[，,。]))")
# what separates a masthead's site name from a menu or a breadcrumb on its line
_MASTHEAD_SEP = regex.compile(r"(?!(?<=\s)\s)\s*+[|｜>»›]\s*+")
_MAX_LINE = 300
_MASTHEAD_CJK = 10  # characters of a site's name; a longer line that ends like one is a headline
_FOOTER_LINES = 120  # the copyright line is looked for in the page's last lines


@lru_cache(maxsize=1)
def _hosts() -> tuple[tuple[str, str], ...]:
    """``(host, name)`` pairs of ``data/*/hosts.txt``, longest host first."""
    out: dict[str, str] = {}
    for path in sorted(DATA_DIR.glob("*/hosts.txt")):
        label = f"{path.parent.name}/{path.name}"
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            host, sep, name = (part.strip() for part in line.partition("="))
            if not sep or not host or not name or " " in host:
                raise RuleError(f"{label}:{n}: expected '<host> = <name>', got {raw!r}")
            out[host.lower()] = name
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def site_of_host(host: str) -> str | None:
    """The site name a host maps to, by the longest known host it ends with.

    >>> site_of_host("theguardian.com"), site_of_host("news.sina.com.cn")
    ('The Guardian', '新浪网')
    >>> site_of_host("example.org") is None
    True
    """
    host = host.lower().removeprefix("www.")
    for known, name in _hosts():
        if host == known or host.endswith("." + known):
            return name
    return None


def _company(owner: str, rules: RuleBook) -> str | None:
    """``owner`` without a company's legal ending, if it has one: the outlet's name for a CJK
    name before it, ``""`` for a Latin legal name (not an outlet's), ``None`` for no ending."""
    suffixes = [rule.text for _, rule in rules.lexicon("company_suffixes").entries()]
    for suffix in sorted(suffixes, key=len, reverse=True):
        if cjk_share(suffix) > 0.5 and owner.endswith(suffix):
            name = owner[: -len(suffix)].strip()
            # "新华网股份有限公司": the outlet's name; "上海东方报业有限公司": only a company's
            return name if known_source(name, rules) else ""
    words = f" {key(owner)} "  # a Latin ending is a word or words of its own: "Ltd", "s.r.o."
    if any(f" {key(s)} " in words for s in suffixes if cjk_share(s) <= 0.5):
        return ""
    return None


def copyright_owner(text: str, rules: RuleBook) -> str | None:
    """The publisher a copyright line names, or ``None``.

    >>> rules = RuleBook()
    >>> copyright_owner("© 2024 Prairie Sentinel, a division of Heartland Media Group", rules)
    'Prairie Sentinel'
    >>> copyright_owner("港灣日報版權所有 不得轉載", rules), copyright_owner("© EFE 2016.", rules)
    ('港灣日報', 'EFE')
    >>> copyright_owner("The Example Times. All rights reserved.", rules)
    'The Example Times'
    >>> copyright_owner("Copyright © 2016 Bennett, Coleman & Co. Ltd. All rights reserved.", rules)
    >>> copyright_owner("Copyright © 2000-2019 XINHUANET.com All Rights Reserved.", rules)
    """
    if len(text) > _MAX_LINE:
        return None
    owners = rules.patterns("copyright_owner")
    # "人 民 网 版 权 所 有": characters set apart by spaces
    joined = text if text.isascii() else _SPACED.sub("", text)
    if owners.search(joined) is None:
        return None  # (most lines) no owner pattern of any language finds anything
    text = joined
    found: list[tuple[int, str]] = []
    for _, pattern in owners.patterns:
        m = pattern.search(text)
        if m is not None and m.group("owner"):
            found.append((m.start("owner"), m.group("owner")))
    for start, owner in sorted(found):
        if _HOSTLIKE.search(text[start : start + len(owner) + 4]):
            continue  # "XINHUANET.com": an address, not a name
        if cjk_share(owner) > 0.5:
            owner = owner.split()[0]
        owner = _YEAR.sub("", owner).strip(" .-")
        rest = text[start:]
        # the owner's sentence, and a dotted ending cut from it ("Sp. z o.o.", "Co. Ltd.")
        latin = rest[: len(rest.split(". ")[0]) + 12]
        company = _company(latin if cjk_share(owner) <= 0.5 else owner, rules)
        if company == "":
            continue  # "Bennett, Coleman & Co. Ltd.": a company, not the outlet
        if company:
            owner = company
        if owner.lower().startswith("copyright"):
            owner = owner[9:].strip()
        owner = _before_notice(owner, rules)
        if 2 <= len(owner) <= 40 and source_value(owner, rules):
            return owner
    return None


def _before_notice(owner: str, rules: RuleBook) -> str:
    """``owner`` up to the notice that follows it on the line without a stop ("Example Times
    All rights reserved", "한빛일보 무단전재 및 재배포 금지"): the phrases of the copyright
    word lists.

    >>> _before_notice("한빛일보 무단전재 및 재배포 금지", RuleBook())
    '한빛일보'
    """
    words = owner.split()
    notices = rules.lexicon("copyright")
    for i in range(1, len(words)):
        for j in range(len(words), i, -1):
            if notices.lookup(" ".join(words[i:j])) is not None:
                return " ".join(words[:i])
    return owner


def _copyright(analysis: PageAnalysis, rules: RuleBook) -> Finding | None:
    """The owner of the page's last copyright line."""
    lines = analysis.page[-_FOOTER_LINES:]
    for line in reversed(lines):
        owner = copyright_owner(line.text, rules) if line.text else None
        if owner:
            return Finding("publisher", owner, "copyright", line.no)
    return None


def _masthead(analysis: PageAnalysis, rules: RuleBook, title: str | None) -> Finding | None:
    """A publisher's name on the page's first line (after a crawler's record), alone or
    before its menu; never the headline (``title``)."""
    skip = set(analysis.crawler_record.lines) if analysis.crawler_record else set()
    first = next((ln for ln in analysis.page if ln.text and ln.no not in skip), None)
    if first is None or len(first.text) > 120:
        return None
    name = _MASTHEAD_SEP.split(first.text.strip(), maxsplit=1)[0].strip()
    words = name.split()
    nav = rules.lexicon("nav")
    while len(words) > 1 and not known_source(" ".join(words), rules):
        if nav.lookup(words[-1]) is None:
            break
        words.pop()  # "네이버 뉴스 홈", "Example Times Home": the site's name and its home link
    name = " ".join(words)
    if len(name) > (_MASTHEAD_CJK if cjk_share(name) > 0.5 else 30) or key(name) == key(
        title or ""
    ):
        return None
    if not known_source(name, rules):
        return None  # "央视网 | 首页 > 新闻频道": the site's name before its menu
    return Finding("publisher", name, "masthead", first.no)


def _host(analysis: PageAnalysis) -> tuple[Finding | None, Finding | None]:
    """The site name the record's host maps to, and the host itself."""
    record = analysis.crawler_record
    if record is None or not record.host:
        return None, None
    line = record.line_of("url")
    name = site_of_host(record.host)
    mapped = Finding("publisher", name, "url_host", line) if name else None
    return mapped, Finding("publisher", record.host, "url_host", line)


def _same_outlet(a: str, b: str) -> bool:
    """ "Yonhap News Agency" and "Yonhap", "dpa-infocom" and "dpa": one outlet's two names."""
    ka, kb = (k[1:] if k[:1] == ["the"] else k for k in (key(a).split(), key(b).split()))
    short, long = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return bool(short) and long[: len(short)] == short


def _credited(analysis: PageAnalysis) -> list[Finding]:
    """The outlets the text credits the story to, in the order they count."""
    out: list[Finding] = []
    if analysis.credits is not None:
        out += analysis.credits.outlets
    out += analysis.findings("agency")
    return out


def publisher(doc: Doc, rules: RuleBook) -> Doc:
    """The page's publisher (``metadata.source``) and the agency the story is credited to
    (``metadata.agency``), from the evidence the page's analysis holds; removes nothing."""
    analysis = doc.analysis
    if analysis is None:
        return doc
    credited = _credited(analysis)
    agency = credited[0] if credited else None
    candidates: list[Finding | None] = list(analysis.findings("publisher"))
    masthead = _masthead(analysis, rules, doc.meta.get("title"))
    candidates += [masthead, _copyright(analysis, rules)]
    edition = doc.meta.get("print_edition")
    if edition is not None and edition.publication:
        candidates.append(Finding("publisher", edition.publication, "print_edition"))
    mapped, bare = _host(analysis)
    candidates += [mapped, agency, bare]
    chosen = next((c for c in candidates if c is not None and c.value), None)
    fields: dict[str, Any] = {}
    if agency is not None:
        doc = doc.with_meta(agency=canonical_source(agency.value, rules), why=agency.why())
    if chosen is not None:
        value, why = chosen.value, chosen.why()
        if chosen is agency:
            why = {**why, "how": f"credited ({chosen.how})"}
        elif agency is not None and _same_outlet(chosen.value, agency.value):
            value = agency.value
            why = {**why, "named_as": "agency"}
        fields["source"] = canonical_source(value, rules)
        doc = doc.with_meta(why=why, **fields)
    return doc
