"""Hypothesis strategies for scraped-page-like text: junk vocabulary, prose, CJK, mojibake.

Random text alone almost never looks like a widget bar or a byline, so it never reaches most
of the pipeline. These strategies build documents line by line from the things real pages are
made of: phrases and pattern-shaped lines taken from the rule data files themselves, prose in
several scripts, dates and counts, e-mail sign-offs, mojibake (UTF-8 read as cp1252 or
Latin-1), every kind of line break and odd space, control characters, lone surrogates, and
random text of every Unicode category.
"""

from __future__ import annotations

from functools import lru_cache

from hypothesis import strategies as st

from articleclean.rules import DATA_DIR

__all__ = ["bytes_documents", "documents", "junk_phrases", "lines"]

# Files whose entries are not junk phrases (tables read by one module).
_TABLES = {"stopwords.txt", "letters.txt", "date_conventions.txt", "timezones.txt"}
_TABLES |= {"date_words.txt", "name_words.txt", "credit_words.txt", "title_words.txt"}
_TABLES |= {"byline_words.txt", "dateline_words.txt"}
_TABLES |= {"paragraph_words.txt", "feature_words.txt"}


@lru_cache(maxsize=1)
def junk_phrases() -> tuple[str, ...]:
    """Every phrase of every word list in the package data (sorted, so examples replay)."""
    out: set[str] = set()
    for path in DATA_DIR.glob("*/*.txt"):
        if path.name in _TABLES:
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line and not line.startswith("#"):
                out.add(line)
    return tuple(sorted(out))


PROSE = (
    "The minister said the plan would be published next week, officials confirmed.",
    "Heavy rain is expected along the coast tonight, the weather service said on Tuesday.",
    "He shared the report with reporters.",
    "Share prices fell 3 percent.",
    "He posted on",
    "that he would resign.",
    "Trump",
    "tweeted before Election Day.",
    "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就经济合作交换了意见。",
    "網路治理應當尊重各國主權，這是與會代表的共識。",
    "東京都は11日、新しい計画を発表した。",
    "서울시는 11일 새로운 계획을 발표했다.",
    "Правительство объявило о новых мерах поддержки экономики.",
    "El gobierno anunció ayer que la ley entrará en vigor el próximo mes.",
    "الحكومة أعلنت عن خطة جديدة.",
    "Die Regierung hat am Dienstag neue Maßnahmen angekündigt.",
)
SHAPES = (
    "Updated: 2016-07-12 08:00",
    "Published 3:15 PM ET, Tue July 12, 2016",
    "2016年07月12日 08:00 来源：新华社",
    "发布时间：2016-07-12 08:00:00",
    "07/12/2016",
    "12.07.2016 14:30 GMT+8",
    "By An Baijie(China Daily)",
    "By Jane Doe and John Roe, Reuters",
    "记者 张伟 李明",
    "anbaijie@chinadaily.com.cn",
    "Contact the writer at jane@example.com.",
    "(China Daily 07/12/2016 page3)",
    "《人民日报》（2016年07月12日 04 版）",
    "Home > World > Asia",
    "首页 > 新闻 > 国内",
    "Previous 1 2 3 Next",
    "Tags: China, Economy",
    "12 comments",
    "阅读 1234",
    "0",
    "[Photo/Xinhua]",
    "© 2019 Example News. All rights reserved.",
    "Print Mail Large Medium Small 分享按钮 0",
    "【字号 大 中 小】",
    "![img](http://example.com/a.png)",
    "<div class='x'>",
    "var x = 1;",
    "1.",
    "- item",
    "https://example.com/story",
)
# Every character str.splitlines() breaks on, and the CRLF pair.
NEWLINES = ("\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
ODD = (
    "\u00a0",
    "\u3000",
    "\t",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",
    "\u202e",
    "\x00",
    "\x7f",
    "\x9b",
    "\ud800",
    "\udfff",
    "\ufffd",
    "\U0001f600",
    "e\u0301",
    "\uff21",
    "&amp;",
    "&#8217;",
    " ",
    "  ",
)


def _mojibake(text: str, codec: str) -> str:
    return text.encode("utf-8", "surrogatepass").decode(codec, "replace")


# Any code point, lone surrogates included (hypothesis leaves them out by default).
any_char = st.characters(codec=None, exclude_categories=())
cjk_char = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_base = st.one_of(
    st.sampled_from(junk_phrases()),
    st.sampled_from(PROSE),
    st.sampled_from(SHAPES),
    st.text(any_char, max_size=40),
    st.text(cjk_char, min_size=1, max_size=60),
    st.text(st.sampled_from("0123456789 ,.:/-"), max_size=30),
    st.lists(st.sampled_from(ODD), max_size=6).map("".join),
)


@st.composite
def _decorated(draw, base=_base) -> str:
    text = draw(base)
    how = draw(st.integers(0, 9))
    if how == 0:
        text = _mojibake(text, draw(st.sampled_from(("cp1252", "latin-1"))))
    elif how == 1:
        text = text.upper()
    elif how == 2:
        odd = draw(st.sampled_from(ODD))
        text = odd + text + odd
    elif how == 3:
        other = draw(_base)
        text = text + draw(st.sampled_from((" ", " | ", "", "：", ", "))) + other
    return text


lines = _decorated()


@st.composite
def documents(draw, max_lines: int = 30) -> str:
    """A page: lines of junk, prose, shapes and noise joined by any kind of line break."""
    parts = draw(st.lists(st.one_of(lines, st.just("")), max_size=max_lines))
    out = []
    for part in parts:
        out.append(part)
        out.append(draw(st.sampled_from(NEWLINES)))
    return "".join(out[:-1]) if out else ""


@st.composite
def bytes_documents(draw) -> bytes:
    """Bytes as scrapers save them: a page in some encoding, possibly damaged, or noise."""
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return draw(st.binary(max_size=300))
    text = draw(documents(max_lines=12))
    codec = draw(
        st.sampled_from(
            ("utf-8", "utf-16", "utf-32", "gb18030", "big5", "cp1252", "shift_jis", "euc-kr")
        )
    )
    data = text.encode(codec, "replace") if codec != "utf-8" else text.encode("utf-8", "replace")
    if kind == 2 and data:
        cut = draw(st.integers(0, len(data)))
        data = data[:cut]  # truncated mid-character
    elif kind == 3:
        data = draw(st.binary(max_size=8)) + data + draw(st.binary(max_size=8))
    return data
