"""The ``title`` extractor: the headline (and the deck under it) at the top of the article.

A headline is only ever taken with evidence that it heads an article, and never in a way
that cleaning the clean body would take its first paragraph. Ordered fallbacks, the first
that applies wins:

1. ``title_label`` — a line that says it holds the headline ("标题：X", "Title: X").
2. ``page_title`` — the page's ``<title>`` line at the very top ("Headline – Site",
   "Headline_新浪网") whose headline part stands again further down: that line is the title.
3. ``above_credits`` — the headline-like line right above the credit lines the extractors
   removed (byline, date, source, dateline); with two stacked headline lines the upper one
   is the title and the lower the subtitle (a longer lower line is the deck; a headline over
   two lines has the longer part first), unless the upper is a short section label; a
   credited author's name and the one-line bio under it are skipped.
4. ``below_credits`` — a headline-like line between removed credit lines and the prose.
5. ``crawler_record`` — the line that prints the headline part of the crawler record's title.
6. ``first_line`` — the first line, when any removed header line (a widget bar) follows it.
7. ``top_of_page`` — the line over the first paragraph when nothing but a menu stands above
   it: a plain article, or a headline under a one-item-per-line menu (:mod:`.title_top`).
8. ``crawler_record`` — the record's title alone, when no line of the page prints it.

Nav lines, section names and site names lose because they are not followed by the article.
The site part of a page title ("Headline | Site", "标题_网站", "标题—报名") is dropped from
the title and filed as a finding for the ``publisher`` step.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

import regex

from .._memo import text_cache
from ..analysis import Finding, PageAnalysis, Role
from ..model import Doc, Line
from ..prose import SENTENCE_END, reads_as_prose
from ..rules import RuleBook, load_words, word_alternation
from ..text import cjk_share, count_tokens, first_tokens, key, tokenize, tokens
from .credits import known_source
from .title_top import record_line, top_of_page

__all__ = ["looks_like_headline", "strip_site_name", "title"]

_NOT_HEADLINE_END = frozenset(".。,，;；:：、")
_CREDIT = (Role.CREDIT,)
# What may stand between a headline and its credits: credits, and widget bars and notices
# ("Share", "有料記事", "Subscriber only", an e-mail sign-off, a forum post's header)
_FURNITURE = (Role.CREDIT, Role.WIDGET)
_DECK = regex.compile(r"^\s*+(?:——|—|--|－－|―)")
_URL = regex.compile(r"(?:https?://|www\.)\S++|\b[\w-]++\.(?:com|net|org|cn|gov)\b", regex.I)
# What separates a site's name from the headline in a page title ("Headline – Site", "标题_网站")
# (?!(?<=\s)\s): no match starts inside a run of spaces (one pass per run, not per position)
_SITE_SEP = regex.compile(r"(?!(?<=\s)\s)(?:\s++[-–—]{1,2}+\s++|_{1,2}+|\s*+[|｜]\s*+|\s++::\s++)")
# "标题—中国日报": a dash between CJK text, before the last few characters (the site)
_CJK_DASH = regex.compile(r"(?<=[\p{Han}”」』》）])(?:—|――|―){1,2}+(?=\p{Han}[^—―]{0,15}+$)")
_PROSE_WINDOW = 20
_DECK_TOKENS = 60  # a deck longer than this is a paragraph
_BIO_TOKENS = 40  # a one-line bio under the author's name is at most this long
_NOT_HEADLINES = (
    "nav",
    "related",
    "subscribe",
    "ads",
    "share",
    "print",
    "fontsize",
    "counters",
    "pagination",
    "tags",
)
_LIST_ITEM = regex.compile(r"^\s*+(?:\d{1,3}+[.、)]|[·•●▪■◆-])|[(（]\d++[)）]\s*+$")
_BRACKETED = regex.compile(r"\s*+[\[【〔［](?:[^\[\]【】〔〕［］]++)[\]】〕］]\s*+")
_LABEL_END = frozenset(" :：[【|\t")
_CRUMB = regex.compile(r"\s[/>»›|]\s")
# "中央社 即時新聞 > 地方": a trail of sections, even with one step
_TRAIL = regex.compile(r"\s[>»›]\s")
_COMPLETE = frozenset("?？!！")
_POST_TAG = regex.compile(r"^[\[［【]\s*+[^\[\]［］【】\s]{1,6}+\s*+[\]］】]\s*+(?=\S)")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    """A photo caption's credit or position in brackets ("(Manu Fernandez/AP)", "(left)"),
    and the opening of a comment's title ("re:"), from ``title_words.txt``."""
    words = load_words("title_words.txt")
    positions = word_alternation(words.get("caption_position", ()))
    replies = word_alternation(words.get("reply", ()))
    return {
        "caption": regex.compile(
            rf"[(（][^()/（）]{{0,60}}+/[^()（）]{{1,60}}+[)）]\s*+$|\((?:{positions})\)", regex.I
        ),
        "reply": regex.compile(rf"(?:{replies})\s*+[:：]", regex.I),
    }


def _trail(text: str) -> bool:
    """ "中央社 即時新聞 > 地方", "News » World": sections, not a headline ("« oasis »" is
    a quote)."""
    return any(
        m.group() != " » " or "«" not in text for m in _TRAIL.finditer(text)
    )  # a headline line ending so is whole, not the first of two


def looks_like_headline(text: str, *, max_tokens: int = 30) -> bool:
    """Short, no sentence-final full stop, several words (or CJK characters), no link.

    >>> looks_like_headline("Official: Mind all parties' concerns")
    True
    >>> looks_like_headline("Nadal celebrates a point in Madrid, Tuesday. (Manu Fernandez/AP)")
    False
    >>> looks_like_headline("The forum is co-hosted by China and the United Nations.")
    False
    >>> looks_like_headline("02日14:25"), looks_like_headline("政府门户网站 www.bynr.gov.cn")
    (False, False)
    """
    return _looks_like_headline(text, max_tokens)


# remembered: the title, the credits and the site-name readers ask about the same lines, and
# again when the body settles
@text_cache(16384)
def _looks_like_headline(text: str, max_tokens: int) -> bool:
    n = count_tokens(text, 2 * max_tokens + 1)
    if n > 2 * max_tokens:
        return False  # (a paragraph: its script is not worked out)
    cjk = cjk_share(text) > 0.5
    if n > (max_tokens * 2 if cjk else max_tokens):
        return False
    if _wordy(text) < (4 if cjk else 2):
        return False
    if not cjk and text[0].isalpha() and text[0].islower():
        return False  # "on Sunday, October 13th, 2019 in an article ...": a fragment
    if _patterns()["caption"].search(text):
        return False
    if text[-1] in _NOT_HEADLINE_END and not text.endswith("..."):
        return False
    if _sentence(text):
        return False
    if _patterns()["reply"].match(text):
        return False  # "re: Headline" heads a comment
    if _BRACKETED.fullmatch(text):
        return False  # "【新春走基层】", "[湖湘文化]": a column or a notice
    if len(_CRUMB.findall(text)) >= 2:
        return False  # "聯合新聞網 / 要聞 / 生活", "Home > World > Asia": a breadcrumb
    return _URL.search(text) is None


def _sentence(text: str) -> bool:
    """Twelve words or more ending a sentence: never taken away, whatever else it looks like."""
    return len(text.split()) >= 12 and text.rstrip()[-1:] in SENTENCE_END


def _wordy(text: str) -> int:
    """Tokens with a letter in them (each CJK character is one)."""
    return sum(1 for t in tokens(text) if t.isalpha() or any(map(str.isalpha, t)))


def strip_site_name(text: str, rules: RuleBook | None = None) -> str:
    """``text`` without a trailing site name ("Headline – TechCrunch", "标题_新浪网").

    >>> strip_site_name("New York reportedly investigating WeWork – TechCrunch")
    'New York reportedly investigating WeWork'
    >>> strip_site_name("四年前中500万现穷困潦倒 一夜暴富后如何经营__商贸_产业资讯_新浪网")
    '四年前中500万现穷困潦倒 一夜暴富后如何经营'
    >>> strip_site_name("Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return")
    'Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return'
    """
    return split_site_name(text, rules)[0]


def split_site_name(text: str, rules: RuleBook | None = None) -> tuple[str, str | None]:
    """``(headline, site)`` of a page title ("Headline – Site", "标题_栏目_网站",
    "标题—中国日报"); ``(text, None)`` when it carries no site name. The site is the last part
    (the parts between are sections); a dash without spaces between CJK text ("标题—报名")
    separates a site only when what follows it is a publisher's name.

    >>> split_site_name("夜市摊位一摊一码_新闻中心_临江网")
    ('夜市摊位一摊一码', '临江网')
    >>> split_site_name("城中村改造试点扩大到十二个片区—东江晚报")
    ('城中村改造试点扩大到十二个片区', '东江晚报')
    >>> split_site_name("老旧小区改造——居民怎么看")
    ('老旧小区改造——居民怎么看', None)
    >>> split_site_name("Last updated: Wednesday 12 June - 14:05")
    ('Last updated: Wednesday 12 June - 14:05', None)
    """
    parts = _SITE_SEP.split(text)
    if len(parts) < 2:
        rules = rules or RuleBook()
        m = _CJK_DASH.search(text)
        if m is None or not known_source(text[m.end() :].strip(), rules):
            return text, None
        parts = [text[: m.start()], text[m.end() :]]
    head, tails = parts[0], [t.strip() for t in parts[1:]]
    short = all(len(tokens(t)) <= (10 if cjk_share(t) > 0.5 else 4) for t in tails)
    if short and looks_like_headline(head) and len(tokens(head)) > len(tokens(" ".join(tails))):
        if not any(c.isalpha() for c in tails[-1]):
            return text, None  # "... - ۱۴:۰۵", "... | 2016": a time or a number, no site
        return head.strip(), (tails[-1] or None)
    return text, None


class _Pick(NamedTuple):
    title: int  # positions in ``content``
    subtitle: int | None
    how: str
    site_lines: tuple[int, ...] = ()
    value: str | None = None  # the headline when it is only part of its line ("标题：X")
    rule: str | None = None


def _prose_after(content: list[tuple[int, Line]], pos: int) -> int:
    return sum(
        len(tokens(line.text))
        for _, line in content[pos + 1 : pos + 1 + _PROSE_WINDOW]
        if reads_as_prose(line.text)
    )


class _Evidence:
    """What was taken out around the lines, from the page's analysis: the credit lines (the
    credit plan's and those the credit steps removed, a dateline cut from the start of a
    line among them) and the removals of every other role."""

    def __init__(self, doc: Doc):
        analysis = doc.analysis if doc.analysis is not None else PageAnalysis()
        plan = analysis.credits
        credits = set(analysis.lines_of(_CREDIT))
        self.cut_at_start = set(analysis.lines_cut_at_start(_CREDIT))
        self.authors: list[int] = []
        self.author_names: frozenset[str] = frozenset()
        if plan is not None:
            credits.update(plan.lines())
            self.cut_at_start |= plan.cut_at_start()
            self.authors = sorted(plan.part("authors").lines)
            names = plan.part("authors").meta.get("authors") or ()
            self.author_names = frozenset(key(n) for n in names)
        self.credits = sorted(credits)
        self.analysis = analysis

    def credit_between(self, before_no: float, after_no: float) -> bool:
        """A credit taken between two lines, or cut from the start of the second (a
        dateline)."""
        return _between(self.credits, before_no, after_no) or after_no in self.cut_at_start

    def other_between(self, before_no: float, after_no: float, *, below: bool = False) -> bool:
        """Lines other than credits and widgets went between the headline and the credits
        next to it (a related list, a caption): the line is not that headline. ``below``:
        the headline stands under the credits (look between the last credit and it)."""
        lo = bisect_right(self.credits, before_no)
        hi = bisect_right(self.credits, after_no)  # credits in (before_no, after_no]
        if below:
            low, high = (self.credits[hi - 1] if hi > lo else before_no), after_no
        else:
            low, high = before_no, (self.credits[lo] if hi > lo else after_no)
        return self.analysis.other_between(low, high, _FURNITURE)

    def anything_between(self, low: float, high: float) -> bool:
        return _between(self.credits, low, high) or self.analysis.any_between(
            low, high, tuple(Role)
        )

    def byline_between(self, low: float, high: float) -> bool:
        return _between(self.authors, low, high)


def _between(lines: list[int], low: float, high: float) -> bool:
    """One of the sorted ``lines`` is strictly between ``low`` and ``high``."""
    k = bisect_right(lines, low)
    return k < len(lines) and lines[k] < high


def _gap(page: str, toks, n: int) -> bool:
    """A separator falls between tokens ``n - 1`` and ``n`` of the page title."""
    if n <= 0 or n >= len(toks):
        return False  # the whole title: no site name beside it, so no evidence
    if not toks[n].norm.strip("_"):
        return True  # "Headline__Site": underscores are word characters, and a separator
    between = page[toks[n - 1].end : toks[n].start]
    # a mark between them ("Headline – Site", "标题_网站", "Headline | Site"), not just a space
    return bool(between.strip()) and not any(c.isalnum() for c in between)


def _from_page_title(content, max_tokens: int) -> _Pick | None:
    """The ``<title>`` line on top, and the line further down that repeats its headline part."""
    if len(content) < 2:
        return None  # no line below it to repeat it (a page scraped as one line)
    page = content[0][1].text
    page_toks = tokenize(page)
    page_key = tuple(t.norm for t in page_toks)
    if len(page_key) < 4:
        return None
    for pos in range(1, min(len(content), 400)):
        line = content[pos][1].text
        if count_tokens(line, len(page_key) + 1) > len(page_key):
            continue  # longer than the page title: neither its head nor its tail
        line_key = tokens(line)
        n = len(line_key)
        if n < 4 or (page_key[:n] != line_key and page_key[-n:] != line_key):
            continue  # (nearly every line) not the head or the tail of the page title
        if not looks_like_headline(line, max_tokens=max_tokens) or reads_as_prose(line):
            continue
        if page_key[:n] == line_key:
            if _gap(page, page_toks, n):
                return _Pick(pos, None, "page_title")
            if pos + 1 < len(content):  # a headline printed over two lines
                nxt = content[pos + 1][1].text
                both = line_key + tokens(nxt)
                if (
                    page_key[: len(both)] == both
                    and _gap(page, page_toks, len(both))
                    and looks_like_headline(nxt, max_tokens=max_tokens)
                ):
                    return _Pick(pos, pos + 1, "page_title")
        elif page_key[-n:] == line_key and _gap(page, page_toks, len(page_key) - n):
            return _Pick(pos, None, "page_title")  # "Site » Headline"
    return None


def _site_line(text: str) -> bool:
    """ "巴彦淖尔市政府门户网站 www.bynr.gov.cn": a site's name and address in the header."""
    return (
        _URL.search(text) is not None and count_tokens(text, 17) <= 16 and not reads_as_prose(text)
    )


def _stacked(content, e: int, headline, authors: frozenset[str] = frozenset()) -> _Pick | None:
    """The headline (and deck) in the lines right above content position ``e``; a credited
    author's name and the one-line bio under it stand between them and are skipped
    ("标题" / "李明" / "城市规划从业者，关注公共交通" / "发布于 …")."""
    site: list[int] = []
    j = e - 1
    while j >= 0 and _site_line(content[j][1].text) and len(site) < 2:
        site.append(j)
        j -= 1
    if (
        j >= 2
        and key(content[j - 1][1].text) in authors
        and count_tokens(content[j][1].text, _BIO_TOKENS + 1) <= _BIO_TOKENS
    ):
        site += [j, j - 1]  # the author's name and bio: the header's, not the headline
        j -= 2
    text = content[j][1].text
    skipped = j >= 1 and (
        _patterns()["caption"].search(text) or (_wordy(text) < 4 and not headline(text))
    )
    if skipped:
        j -= 1  # a site or user name, or a time, between the headline and the credits
    if j < 0:
        return None
    lower = content[j][1].text
    upper = content[j - 1][1].text if j >= 1 else ""
    up_ok = bool(upper) and headline(upper) and not _DECK.match(upper) and not _trail(upper)
    if skipped and not (headline(lower) and _wordy(lower) >= 3):
        return None
    if _DECK.match(lower) or not headline(lower):
        # a deck (a sentence, or a dash-led line) under a headline of three words or more
        if up_ok and len(tokens(upper)) >= 3 and _wordy(lower) >= 4 and len(tokens(lower)) <= 80:
            return _Pick(j - 1, j, "above_credits", tuple(site))
        return None
    if up_ok and _wordy(lower) >= 3 and not _LIST_ITEM.search(upper):
        n_up, n_low = len(tokens(upper)), len(tokens(lower))
        if upper.rstrip()[-1:] in _COMPLETE and n_low * 2 <= n_up:
            # "老旧小区加装电梯，难在哪里？" / "江城观察": a whole headline over a short line (an
            # account or column name between it and the credits) that goes with the header
            return _Pick(j - 1, None, "above_credits", (*site, j))
        short_label = n_up < (8 if cjk_share(upper) > 0.5 else 4)  # "Opinion", "新春走基层2022"
        adjacent = content[j][1].no == content[j - 1][1].no + 1
        if not short_label and (n_low > n_up or (adjacent and n_up >= 5)):
            # a headline and the longer deck under it, or a headline printed over two lines
            return _Pick(j - 1, j, "above_credits", tuple(site))
    return _Pick(j, None, "above_credits", tuple(site))


def _around_credits(ev: _Evidence, content, headline) -> _Pick | None:
    best: tuple[int, _Pick] | None = None
    for e in range(len(content) + 1):
        before_no = content[e - 1][1].no if e > 0 else 0
        after_no = content[e][1].no if e < len(content) else float("inf")
        if not ev.credit_between(before_no, after_no):
            continue
        pick = None
        if not ev.other_between(before_no, after_no):
            pick = _stacked(content, e, headline, ev.author_names)
        if pick is None and e < len(content) - 1:  # a headline between credits and prose
            line = content[e][1].text
            if (
                headline(line)
                and not reads_as_prose(line)
                and reads_as_prose(content[e + 1][1].text)
                and not ev.other_between(before_no, after_no, below=True)
            ):
                pick = _Pick(e, None, "below_credits")
        picked = () if pick is None else (pick.title, pick.subtitle)
        if any(content[k][1].no in ev.cut_at_start for k in picked if k is not None):
            pick = None  # what is left of a line after its dateline ("本报讯 ...") opens the
            # first paragraph: it is never a headline or a deck
        if pick is None:
            continue
        score = _prose_after(content, pick.subtitle if pick.subtitle is not None else pick.title)
        # on a tie the headline right above the credits nearer the prose wins (a newsletter's
        # masthead and date stand above the story's own headline and byline)
        later = (
            best is not None
            and score == best[0]
            and pick.how == "above_credits"
            and _byline_right_below(ev, content, pick)
            and not _byline_right_below(ev, content, best[1])
        )
        if score and (best is None or score > best[0] or later):
            best = (score, pick)
    return best[1] if best else None


def _byline_right_below(ev: _Evidence, content, pick: _Pick) -> bool:
    """A byline was taken right under the picked headline (or its deck)."""
    pos = pick.subtitle if pick.subtitle is not None else pick.title
    low = content[pos][1].no
    high = content[pos + 1][1].no if pos + 1 < len(content) else float("inf")
    return ev.byline_between(low, high)


def _first_line(ev: _Evidence, content, headline) -> _Pick | None:
    line = content[0][1]
    if not headline(line.text):
        return None
    next_no = content[1][1].no if len(content) > 1 else float("inf")
    if not ev.anything_between(line.no, next_no) or ev.analysis.other_between(
        line.no, next_no, _FURNITURE
    ):
        return None  # only a widget bar or credits may stand between it and the text
    if not any(reads_as_prose(other.text) for _, other in content[1:4]):
        return None  # a widget line over more widgets ("Share this on Twitter")
    return _Pick(0, None, "first_line")


def _deck(ev: _Evidence, content, pick: _Pick) -> bool:
    """A sentence under the headline is its deck (standfirst), not body, when the header says
    so: the headline right above it and the credits (byline, date) right below it, and it is
    short, one or two sentences ("The county will pay for ... deck." / "By ..." / date)."""
    sub = pick.subtitle
    if pick.how != "above_credits" or sub is None or sub != pick.title + 1:
        return False
    text = content[sub][1].text
    if (
        count_tokens(text, _DECK_TOKENS + 1) > _DECK_TOKENS
        or sum(map(text.count, SENTENCE_END)) > 2
    ):
        return False
    if _wordy(content[pick.title][1].text) < 3:
        return False  # a headline of real words above it
    if sum(1 for _, line in content if line.text == text) > 1:
        return False  # a deck stands once; a repeated sentence is the page's text
    after_no = content[sub + 1][1].no if sub + 1 < len(content) else float("inf")
    return ev.credit_between(content[sub][1].no, after_no)


def _labelled(content, rules: RuleBook, headline) -> _Pick | None:
    """ "标题：X", "標題[新聞] X", "Title: X": a headline that says what it is."""
    firsts = _label_firsts(rules)
    for pos, (_, line) in enumerate(content[:60]):
        if first_tokens(line.text, 1) not in firsts:
            continue  # no label key starts with its first token (the same tokens as below)
        toks = tokenize(line.text)
        for n in (1, 2, 3, 4):
            if len(toks) <= n:
                break
            label = rules.lexicon("title_labels").lookup(line.text[: toks[n - 1].end])
            after = line.text[toks[n - 1].end : toks[n - 1].end + 1]
            if label is not None and after in _LABEL_END:
                value = line.text[toks[n - 1].end :].strip(" :：\t")
                # "[转载] X", "[新聞] X": the board's tag before a forum post's subject
                value = _POST_TAG.sub("", value, count=1) or value
                if headline(value):
                    return _Pick(pos, None, "title_label", value=value, rule=label.id)
                break
    return None


@lru_cache(maxsize=16)
def _label_firsts(rules: RuleBook) -> frozenset[tuple[str, ...]]:
    """The first tokens of the title labels, each as a 1-tuple."""
    return frozenset((k.split(" ", 1)[0],) for k, _ in rules.lexicon("title_labels").entries())


def _headline_test(rules: RuleBook, max_tokens: int):
    """``looks_like_headline``, and not a widget, menu or list label ("Learn More", "Opinion")."""
    vocab = rules.lexicon(*_NOT_HEADLINES)
    widgets = rules.widgets()
    nav = rules.lexicon("nav")

    def test(text: str) -> bool:
        if not looks_like_headline(text, max_tokens=max_tokens) or vocab.lookup(text) is not None:
            return False
        if widgets.cover(text) is not None:
            return False  # "Print Mail Large Medium Small": a widget bar
        words = text.split()
        if len(words) >= 3:
            menu = sum(1 for w in words if nav.lookup(w) is not None)
            if menu * 3 >= len(words) * 2 or (len(words) >= 5 and menu * 2 >= len(words)):
                return False  # "Inicio Nacional CDMX Deportes Espectáculos": a menu bar
        return True

    return test


_PAGE_URL = regex.compile(r"https?://[^\s/]++/[^\s]++", regex.I)  # an address with a path
_PERMALINK_ABOVE, _PERMALINK_BELOW = 6, 12  # the window of the page's own address
_SLUG_WORD = regex.compile(r"[^\W_\d]++")
_SLUG_WORDS = 4  # a slug that names the headline has at least this many words


def _slug_of(url: str, headline: str) -> bool:
    """Whether the last long part of ``url``'s path spells ``headline``: at least four words,
    nearly all of them the headline's, which covers at least half of its own words.

    >>> _slug_of("https://x.com/news/New-SUVs-and-electric-vehicles-highlight-L-A-1484.php",
    ...          "New SUVs and electric vehicles highlight L.A. Auto Show")
    True
    >>> _slug_of("https://x.com/news/Esper-says-US-providing-ship-1484.php",
    ...          "Esper accuses China of intimidating smaller Asian nations")
    False
    """
    path = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    parts = [p for p in path.split("/")[1:] if p]
    if not parts:
        return False
    slug = max(parts, key=lambda p: p.count("-") + p.count("_"))
    words = [w.casefold() for w in _SLUG_WORD.findall(slug.rsplit(".", 1)[0])]
    if len(words) < _SLUG_WORDS:
        return False
    title = {w.casefold() for w in _SLUG_WORD.findall(headline)}
    inside = sum(1 for w in words if w in title)
    return inside >= 0.8 * len(words) and len(set(words) & title) >= 0.5 * len(title)


def title(doc: Doc, rules: RuleBook, *, max_tokens: int = 30) -> Doc:
    """The headline: the top line with header evidence below it, kept as ``metadata.title``
    (and the deck under it as ``metadata.subtitle``); a site name beside it in a page title
    is evidence of the publisher."""
    if doc.meta.get("title"):
        return doc
    content = doc.content()
    analysis = doc.analysis if doc.analysis is not None else PageAnalysis()
    record = analysis.crawler_record
    recorded = split_site_name(record.title, rules) if record and record.title else None
    if not content:
        return _from_record_alone(doc, recorded, rules, max_tokens)
    headline = _headline_test(rules, max_tokens)
    ev = _Evidence(doc)
    pick = (
        _labelled(content, rules, headline)
        or _from_page_title(content, max_tokens)
        or _around_credits(ev, content, headline)
        or _on_record_line(content, recorded, headline)
        or _first_line(ev, content, headline)
        or _top_of_page(content, analysis, headline, rules)
    )
    if pick is None:
        return _from_record_alone(doc, recorded, rules, max_tokens)
    index, line = content[pick.title]
    if _sentence(line.text) or (pick.how == "page_title" and _sentence(content[0][1].text)):
        return doc
    if line.no in ev.cut_at_start:
        return doc  # what is left of a line after its dateline opens the first paragraph
    why = {"how": pick.how}
    drops: dict[int, str] = {index: pick.rule or "headline"}
    if pick.how == "page_title":
        drops[content[0][0]] = "page_title"
    subtitle = None
    for pos in pick.site_lines:  # a site's name and address, or the author's name and bio
        drops[content[pos][0]] = "site_line" if _site_line(content[pos][1].text) else "author_line"
    repeats = {key(line.text)}
    if pick.subtitle is not None and (
        not _sentence(content[pick.subtitle][1].text) or _deck(ev, content, pick)
    ):
        subtitle = content[pick.subtitle][1].text
        drops[content[pick.subtitle][0]] = "subtitle"
        if not _sentence(subtitle):  # a sentence deck's repeats are the story's own text
            repeats.add(key(subtitle))
        subtitle = _DECK.sub("", subtitle).strip() or None
    if pick.title > 0:
        label = rules.lexicon("title_labels").lookup(content[pick.title - 1][1].text)
        if label is not None:  # "主题：" on the line above
            drops[content[pick.title - 1][0]] = label.id
    # the headline printed again near it (a page title's echo, a headline over a byline
    # and in a share bar); a headline that only tops the text has no such echo: a line like
    # it further down is the article's own
    for i, other in content[: pick.title + 12] if pick.how != "top_of_page" else ():
        if i not in drops and key(other.text) in repeats:
            drops[i] = "headline_repeat"
    for pos in range(max(0, pick.title - _PERMALINK_ABOVE), pick.title + _PERMALINK_BELOW):
        if pos < len(content) and content[pos][0] not in drops:
            text = content[pos][1].text
            if _PAGE_URL.fullmatch(text) and (pos == pick.title - 1 or _slug_of(text, line.text)):
                drops[content[pos][0]] = "permalink"
    doc = doc.drop(drops, why={i: why for i in drops})
    headline_text, site = pick.value or line.text, None
    if pick.value is None:
        headline_text, site = split_site_name(line.text, rules)
    # the site beside the headline: in the page-title line, the line itself, the record
    site_at = line.no
    if pick.how == "page_title":
        site, site_at = _page_site(content[0][1].text, headline_text, rules), content[0][1].no
    if site is None and recorded is not None and key(recorded[0]) == key(headline_text):
        site, site_at = recorded[1], record.line_of("title")
    if site:
        analysis.found(Finding("publisher", site, "title_suffix", site_at, "title"))
    field_why = {"how": pick.how, "line": line.no}
    if subtitle is not None:
        doc = doc.with_meta(
            subtitle=subtitle, why={"how": pick.how, "line": content[pick.subtitle][1].no}
        )
    return doc.with_meta(title=headline_text, why=field_why)


def _page_site(page: str, headline_text: str, rules: RuleBook) -> str | None:
    """The site part of the page-title line whose headline part is ``headline_text``."""
    head, site = split_site_name(page, rules)
    if site is not None and key(head) == key(headline_text):
        return site
    parts = [p.strip() for p in _SITE_SEP.split(page) if p.strip()]
    if len(parts) >= 2 and key(parts[-1]) == key(headline_text):
        return parts[0]  # "Site » Headline"
    return None


def _on_record_line(content, recorded, headline) -> _Pick | None:
    """The line that prints the headline of the crawler record's title."""
    if recorded is None or not headline(recorded[0]):
        return None
    pos = record_line(content, recorded[0])
    return None if pos is None else _Pick(pos, None, "crawler_record")


def _top_of_page(content, analysis: PageAnalysis, headline, rules: RuleBook) -> _Pick | None:
    pos = top_of_page(content, analysis, headline, lambda text: known_source(text, rules))
    return None if pos is None else _Pick(pos, None, "top_of_page")


def _from_record_alone(doc: Doc, recorded, rules: RuleBook, max_tokens: int) -> Doc:
    """The crawler record's title when no line of the page prints it (nothing removed)."""
    if recorded is None or not looks_like_headline(recorded[0], max_tokens=max_tokens):
        return doc
    record = doc.analysis.crawler_record
    line = record.line_of("title")
    if recorded[1]:
        doc.analysis.found(Finding("publisher", recorded[1], "title_suffix", line, "title"))
    return doc.with_meta(title=recorded[0], why={"how": "crawler_record", "line": line})
