"""Credit lines: the header and footer lines that carry bylines, dates, sources and editors.

A credit line is made *only* of fields, each a label and its value or a bare date:
``作者:zboygirl 阅读(1660)``, ``2016-07-12 08:00:00 来源：新华社``,
``来源：巴彦淖尔日报 编辑：苏亮``, ``By Jane Doe | Reuters``,
``Updated on: November 19, 2019 / 10:07 AM``. Labels come from the phrase lists
``author_labels``, ``editor_labels``, ``source_labels``, ``date_labels``, ``updated_labels``
and ``posted_labels``; a value must read as what its label promises (names, a publisher, a
date), and counters beside a field ("阅读(1660)") go with it. If any part of the line is not
understood, the line is not a credit line and nothing is taken.

Fields partition their line, so each extractor cuts only its own fields and the others stay
for the extractor that owns them (switching ``byline`` off leaves "作者:zboygirl" in the text).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .._memo import text_cache
from ..dates import FoundDate, date_in_year, find_dates
from ..prose import SENTENCE_END
from ..rules import RuleBook, load_words, word_alternation
from ..text import tokenize
from .labels import (
    DATE_KINDS,
    ROLE_JOINERS,
    Label,
    compound_role,
    find_labels,
    is_cjk,
    matches,
    named_patterns,
)
from .names import UNCASED_WORD, Names, han_name, job_title, read_names, trim

__all__ = ["DATE_KINDS", "Credit", "Field", "latin_source", "read_credits"]

_MAX_LINE = 200
# (?!(?<=\s)\s): no match starts inside a run of spaces (one pass per run, not per position)
_LEAD_SEP = regex.compile(r"(?!(?<=\s)\s)(?:\s*+[|｜·•]\s*+|\s++[-–—]\s++)")
_PLACE = regex.compile(r"(?-i:\p{Lu}[\p{Ll}\p{Lu}.'’-]*+(?:\s\p{Lu}[\p{Ll}\p{Lu}.'’-]*+){0,2}+)")
_NAME_SEP = regex.compile(r"[,|丨]")
_SEP = " \t-–—|/,;，；:：·•()（）[]【】<>《》「」\"'“”"
_SPACE = " \t"
_PAIRS = (("《", "》"), ("(", ")"), ("（", "）"), ("「", "」"), ("【", "】"))
_URL = regex.compile(
    r"(?<![\w.-])(?:https?://)?+(?:[\w-]++\.)++(?:com|net|org|cn|gov|edu|info|biz|tv|io|co|uk|hk|tw|jp|kr|de|fr|ru|[a-z]{2})(?:\.[a-z]{2})?+(?:[/:]\S*+)?+",
    regex.IGNORECASE,
)
# "| All, Japan" after a date: one-word section names
_SECTIONS = regex.compile(r"(?-i:\s*+\|\s*+\p{Lu}\p{Ll}++(?:,\s*+\p{Lu}\p{Ll}++){0,4}+\s*+)")
# "（7/12 20:10 更新）" after "2016/07/12 18:35": an update time that takes the year from its date
_SHORT_UPDATE = regex.compile(
    r"\s*+[(（]\s*+(?P<m>\d{1,2}+)[/-](?P<d>\d{1,2}+)\s++(?P<H>\d{1,2}+):(?P<M>\d\d)\s*+(?P<label>[^()（）\d]{1,12}+)[)）]\s*+"
)
_TRAILING_WORD = regex.compile(r"(?<=\s)[^\s]{2,16}+$")
_BRACKETED_EMAIL = regex.compile(r"\s*+[(（<]\s*+[\w.+-]++@[\w.-]++\s*+[)）>]\s*+")
# "（編輯：王芳）1050712": CNA's closing code, the date as ROC year, month and day
_ROC_CODE = regex.compile(r"(?<=[)）])\s*+1\d{6}+\s*+$")
# an all-capitals agency before a date ("TNN | Updated: ...", "IANS | ...")
_CAPS_AGENCY = regex.compile(r"(?-i:\p{Lu}{2,6}+)")


def _words(role: str) -> tuple[str, ...]:
    return load_words("credit_words.txt").get(role, ())


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    """The patterns built from the words of ``credit_words.txt`` (every language's)."""
    # a publisher's name: capitalised words and the small words between them ("Le Courrier
    # du Lac", "Folha de S.Paulo", "The Times of India", "Corriere della Sera"); the longer
    # of two small words that start alike first ("della" before "del" before "de")
    small = word_alternation(_words("connector")) + "|&"
    return {
        # a note of the time zone after a date: "（北京时间）", "(ET)"
        "zone_note": regex.compile(
            rf"[(（]?+\s*+(?:\p{{Han}}{{1,5}}?(?:{word_alternation(_words('zone'))})"
            r"|[A-Z]{2,5}+)\s*+[)）]?+"
        ),
        "latin_source": regex.compile(
            rf"(?-i:(?:\p{{Lu}}[\p{{L}}\p{{N}}&.'’-]*+|{small})"
            rf"(?:\s++(?:\p{{Lu}}[\p{{L}}\p{{N}}&.'’-]*+|{small})){{0,7}}+)"
        ),
    }


@lru_cache(maxsize=1)
def _title_lower() -> frozenset[str]:
    """Small words of a publisher's name in Title Case (``title_lower``)."""
    return frozenset(w.lower() for w in _words("title_lower"))


@lru_cache(maxsize=1)
def newsroom_words() -> frozenset[str]:
    """Words for a newsroom as a whole (``newsroom`` in ``credit_words.txt``), lower case.

    >>> "redacción" in newsroom_words(), "staff" in newsroom_words()
    (True, True)
    """
    return frozenset(w.lower() for w in _words("newsroom"))


def _newsroom_name(name: str) -> bool:
    """A name that is a newsroom's, not a person's: it opens or ends with a word for the
    newsroom ("HNN Staff", "Redacción Crónica").

    >>> _newsroom_name("HNN Staff"), _newsroom_name("Jane Doe")
    (True, False)
    """
    words = name.lower().split()
    desk = newsroom_words()
    return bool(words) and (words[0] in desk or words[-1] in desk)


def latin_source(text: str) -> bool:
    """A publisher's name in Latin letters: capitalised words and the small words between
    them ("Le Courrier du Lac", "The Times of India"; ``connector`` in ``credit_words.txt``).

    >>> latin_source("The Times of India"), latin_source("the time the vote came")
    (True, False)
    """
    return _patterns()["latin_source"].fullmatch(text) is not None


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a credit line: ``text[start:end]`` of the line at ``line`` (a doc index).

    ``kind`` is ``published``, ``updated``, ``date`` (a date without a label), ``author``,
    ``editor`` or ``source``. ``strong`` fields are labelled (or otherwise unmistakable) and may
    be taken anywhere; weak ones (a bare date, a bare publisher name, a name above "发表于")
    only outside the article's prose.
    """

    kind: str
    start: int
    end: int
    rule: str
    strong: bool = True
    date: FoundDate | None = None
    names: tuple[str, ...] = ()
    value: str | None = None
    line: int = -1
    posted: bool = False  # a "发表于" / "posted on" date: the name before it is the poster
    alone: bool = False  # a publisher's name alone on its line: a credit only beside others
    dangling: bool = False  # "... by" at the end of the line: the names are on the next one


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit on one line, or on a label line and its value line ("作者：" / "芊草凡凡")."""

    fields: tuple[Field, ...]

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(sorted({f.line for f in self.fields}))


@text_cache(16384)  # the credit readers strip the same lines again and again
def strip_marks(text: str) -> str:
    """``text`` without surrounding separators; a closing bracket whose pair is inside stays.

    >>> strip_marks(" | 光明网-《光明日报》 "), strip_marks("（记者 张伟）")
    ('光明网-《光明日报》', '记者 张伟')
    """
    out = text.strip(_SEP)
    for opening, closing in _PAIRS:
        if (
            out
            and text.rstrip(_SPACE).endswith(closing)
            and out.count(opening) > out.count(closing)
        ):
            out += closing
    return out


def _widget_tail(value: str, rules: RuleBook) -> str:
    """``value`` without trailing counters ("zboygirl 阅读(1660)" -> "zboygirl")."""
    bars = rules.widgets()
    toks = tokenize(value)
    for t in toks[1:]:
        if bars.cover(value[t.start :]) is not None:
            return strip_marks(value[: t.start])
    return value


def is_widgets(text: str, rules: RuleBook) -> bool:
    return rules.widgets().cover(text) is not None


def canonical_source(value: str, rules: RuleBook) -> str:
    """A publisher's name printed in capitals, in Title Case ("KYODO NEWS" -> "Kyodo News").

    Words of up to three letters are acronyms and stay ("BBC NEWS" -> "BBC News") unless they
    are small words ("THE"); a name that is one acronym ("EFE", "TNN") stays as printed.

    >>> canonical_source("KYODO NEWS", RuleBook()), canonical_source("BBC NEWS", RuleBook())
    ('Kyodo News', 'BBC News')
    >>> canonical_source("THE STRAITS TIMES", RuleBook()), canonical_source("EFE", RuleBook())
    ('The Straits Times', 'EFE')
    """
    words = value.split()
    letters = [c for c in value if c.isalpha()]
    if len(words) < 2 or not letters or not all(c.isupper() for c in letters):
        return value
    if all(len(w) <= 3 for w in words):
        return value  # "AP TV": acronyms
    out = []
    for n, word in enumerate(words):
        if word.lower() in _title_lower():
            out.append(word.capitalize() if n == 0 else word.lower())
        elif len(word) <= 3:
            out.append(word)
        else:
            out.append(word.capitalize())
    return " ".join(out)


def reading_time(text: str, rules: RuleBook) -> bool:
    """A reading-time note ("3 min read", "Lecture 3 min.") from ``reading_time.re``."""
    return (
        len(text) <= 40 and rules.patterns("reading_time").fullmatch(strip_marks(text)) is not None
    )


def _short_update(text: str, found: FoundDate, rules: RuleBook) -> Field | None:
    """The "（7/12 20:10 更新）" ending a date line: an ``updated`` field in the date's year."""
    m = _SHORT_UPDATE.match(text, found.end)
    if m is None or m.end() != len(text):
        return None
    label = rules.lexicon("updated_labels").lookup(m.group("label").strip())
    if label is None:
        return None
    month, day, hour, minute = (int(m.group(g)) for g in "mdHM")
    try:
        _dt.datetime(found.year, month, day, hour, minute)
    except ValueError:
        return None
    date = FoundDate(m.start(), m.end(), found.year, month, day, hour, minute)
    return Field("updated", m.start(), m.end(), label.id, True, date)


def _later_in_year(text: str, at: int, rel: str, fields: list[Field]) -> FoundDate | None:
    """The day without its year after a date label at ``at`` ("Updated November 18 at
    4:46 PM"), in the year of the date the line gave before it, when it is not earlier."""
    dated = [f.date for f in fields if f.date is not None]
    if not rel or not dated:
        return None
    found = date_in_year(rel, dated[-1].year)
    if found is None or found.day_iso() < dated[-1].day_iso():
        return None
    shift = text.find(rel, at)
    return replace(found, start=found.start + shift, end=found.end + shift)


def source_value(value: str, rules: RuleBook) -> bool:
    """A publisher or agency as a credit may print it."""
    if not value or len(value) > 60:
        return False
    if rules.lexicon("sources").lookup(value) or rules.patterns("sources").fullmatch(value):
        return True
    if _URL.fullmatch(value):
        return True
    if any(c in "，。！？；,!?;" for c in value):
        return False
    if all(is_cjk(c) or c in " ·・—-－《》" for c in value):
        # "光明网-《光明日报》", "人民网－人民日报"; a name has no particle ("江苏扬州的调查"
        # is a phrase)
        return len(value) <= 24 and not any(p in value for p in _words("particle"))
    return latin_source(value) or _uncased_source(value)


# A publisher's name in a script with no capitals (Arabic, Hebrew), or in Cyrillic with its
# first word capitalised ("Вечірній Поділ", "Новая газета"): one to four words
_UNCASED_SOURCE = regex.compile(
    rf"(?-i:{UNCASED_WORD}(?:\s{UNCASED_WORD}){{0,3}}+"
    r"|\p{Lu}\p{Cyrillic}*+(?:\s[\p{Cyrillic}]{2,}+){0,3}+)"
)


def _uncased_source(text: str) -> bool:
    """A publisher's name :func:`latin_source` cannot judge by capitals.

    >>> _uncased_source("الوادي نيوز"), _uncased_source("Новая газета"), _uncased_source("газета")
    (True, True, False)
    """
    return _UNCASED_SOURCE.fullmatch(text) is not None


_HANGUL_NAME = regex.compile(r"\p{Hangul}{2,4}+")


def _east_asian_name(name: str, rules: RuleBook) -> bool:
    return han_name(name, rules) or bool(_HANGUL_NAME.fullmatch(name))


def _person_not_source(value: str, rules: RuleBook) -> bool:
    """ "来源: 尹娟": a Chinese personal name given as the source is the writer."""
    if rules.lexicon("sources").lookup(value) or rules.patterns("sources").fullmatch(value):
        return False
    return han_name(value, rules)


def _date_rest(rest: str, rules: RuleBook) -> str | None:
    """What may follow a date: nothing, counters, a zone note, a weekday; else ``None``.

    A publisher after a date ("... 金羊网—新快报") is returned as ``"source"``.
    """
    if _SECTIONS.fullmatch(rest):
        return ""  # "| All, Japan": the sections the story is filed under
    rest = strip_marks(rest)
    if not rest or is_widgets(rest, rules) or _patterns()["zone_note"].fullmatch(rest):
        return ""
    if rules.lexicon("weekdays").lookup(rest) or reading_time(rest, rules):
        return ""
    if source_value(rest, rules) and (
        rules.lexicon("sources").lookup(rest) or rules.patterns("sources").fullmatch(rest)
    ):
        return "source"
    return None


def _names_value(value: str, rules: RuleBook, label: Label):
    core = _widget_tail(trim(value), rules)
    latin_label = label.rule.text.isascii()
    if value[:1] and not value[:1].isspace() and value[:1] not in _SEP:
        # "记者惠禾": only reporter labels stand against a name, and only real names follow
        if not matches(rules, "byline", "attached", label.rule.text):
            return None
        found = read_names(core, rules)
        if found is None or not all(han_name(n, rules) for n in found.names):
            return None
        return found
    found = read_names(core, rules, handles=True)
    if found is None and rules.lexicon("job_titles").lookup(core):
        return Names([], None)  # "Por: Redacción", "By Staff": a credit that names no one
    if found is None:
        return None
    people = [n for n in found.names if not _newsroom_name(n)]
    if len(people) < len(found.names):  # "By HNN Staff", "By Example Times Staff": no one
        return Names(people, found.source)
    if latin_label and len(found.names) == 1 and found.names[0] == core:
        # after "By" a single lower-case word is not a handle ("By default"); after
        # "Editor:" it is ("Editor: huaxia")
        colon = value.lstrip()[:1] in ":："
        if core.isalpha() and core.islower() and not colon:
            return None
    return found


@text_cache(8192)
def read_credits(text: str, rules: RuleBook) -> tuple[Field, ...] | None:
    """The fields of ``text`` if it is a credit line, else ``None`` (offsets are in ``text``).

    >>> [(f.kind, f.names) for f in read_credits("作者:zboygirl 阅读(1660)", RuleBook())]
    [('author', ('zboygirl',))]
    >>> fields = read_credits("2016-07-12 08:00:00 来源：新华社", RuleBook())
    >>> [(f.kind, f.value or f.date.iso()) for f in fields]
    [('date', '2016-07-12T08:00:00'), ('source', '新华社')]
    >>> read_credits("By the time the vote came, the deal had collapsed.", RuleBook()) is None
    True
    """
    if not text or len(text) > _MAX_LINE:
        return None
    code = _ROC_CODE.search(text)
    if code is not None:
        fields = read_credits(text[: code.start()], rules)
        if not fields or fields[-1].kind not in ("editor", "author"):
            return None
        return (*fields[:-1], replace(fields[-1], end=len(text)))
    words = text.split()
    if len(words) >= 12 and text[-1] in SENTENCE_END:
        return None
    dates = [d for d in find_dates(text, min_year=1900)]
    labels = find_labels(text, rules, [(d.start, d.end) for d in dates])
    if labels and _title_at_end(text, labels[-1], rules):
        labels = labels[:-1]  # "Tom Krisher, AP Auto Writer": a job title, not "Writer:"
    if not labels and not dates:
        return _bare_line(text, rules)
    if not dates:
        whole = rules.patterns("relative_dates").fullmatch(strip_marks(text))
        if whole is not None:  # "7/12(火) 8:00配信": a label inside a date we cannot know
            return (Field("date", 0, len(text), whole[0].id, False),)
    if len(labels) == 1 and not dates and labels[0].start == 0 and labels[0].kind in DATE_KINDS:
        # "Updated 2 hours ago": a date label over a relative date
        rest = strip_marks(text[labels[0].end :])
        hit = rules.patterns("relative_dates").fullmatch(rest) if rest else None
        if hit is not None:
            return (Field(labels[0].kind, 0, len(text), hit[0].id, False),)
    bounds: list[tuple[int, object]] = sorted(
        [(d.start, d) for d in dates] + [(lab.start, lab) for lab in labels], key=lambda b: b[0]
    )
    fields: list[Field] = []
    lead = text[: bounds[0][0]]
    i = 0
    while i < len(bounds):
        start, item = bounds[i]
        nxt = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        if isinstance(item, Label) and item.kind in DATE_KINDS:
            # label, then its date
            if i + 1 < len(bounds) and isinstance(bounds[i + 1][1], FoundDate):
                between = strip_marks(text[item.end : bounds[i + 1][0]])
                if between and not rules.lexicon("weekdays").lookup(between):
                    return None  # "Posted: Tue 6:02 PM, Jan 10, 2017" has a weekday between
                found = bounds[i + 1][1]
                end = bounds[i + 2][0] if i + 2 < len(bounds) else len(text)
                if _date_rest(text[found.end : end], rules) != "":
                    return None
                fields.append(
                    Field(item.kind, start, end, item.rule.id, True, found, posted=item.poster)
                )
                i += 2
                continue
            rel = strip_marks(text[item.end : nxt])
            hit = rules.patterns("relative_dates").fullmatch(rel) if rel else None
            later = _later_in_year(text, item.end, rel, fields) if hit is None else None
            if later is not None:  # "November 18, 2019 ... - Updated November 18 at 4:46 PM"
                fields.append(Field(item.kind, start, nxt, item.rule.id, True, later))
                i += 1
                continue
            if hit is None:
                return None  # a date label without a date
            fields.append(Field(item.kind, start, nxt, hit[0].id, False))  # "Updated 2 hours ago"
            i += 1
            continue
        if isinstance(item, FoundDate):
            kind, rule, strong = "date", "date_line", True
            end = nxt
            if i + 1 < len(bounds):  # "08:13更新": a date label right after the date
                lab = bounds[i + 1][1]
                own_date = i + 2 < len(bounds) and isinstance(bounds[i + 2][1], FoundDate)
                if (
                    isinstance(lab, Label)
                    and lab.kind in DATE_KINDS
                    and not own_date  # "Jul 12, 2016 Updated Jul 13, 2016": it has its own
                    and not text[item.end : lab.start].strip()
                ):
                    after = bounds[i + 2][0] if i + 2 < len(bounds) else len(text)
                    if not strip_marks(text[lab.end : after]):
                        kind, rule, end = lab.kind, lab.rule.id, after
                        i += 1
            rest_at = item.end if kind == "date" else bounds[i][1].end
            update = _short_update(text, item, rules) if kind == "date" else None
            if update is not None:  # the update note runs to the end of the line
                end, i = len(text), len(bounds) - 1
            rest = "" if update is not None else _date_rest(text[rest_at:end], rules)
            if rest is None:
                return None
            if item.year < 1990 and kind == "date":
                return None
            strong = kind != "date"
            fields.append(Field(kind, start, update.start if update else end, rule, strong, item))
            if update is not None:
                fields.append(update)
            if rest == "source":
                src_at = rest_at + (len(text[rest_at:end]) - len(text[rest_at:end].lstrip(_SEP)))
                fields[-1] = replace(fields[-1], end=src_at)
                name = strip_marks(text[src_at:end])
                fields.append(Field("source", src_at, end, "source_after_date", False, value=name))
            i += 1
            continue
        # author / editor / source label
        label = item
        value = text[label.end : nxt]
        if label.kind in ("author", "editor") and i + 1 < len(bounds):
            following = bounds[i + 1][1]
            prefix = strip_marks(value)
            if (
                isinstance(following, Label)
                and following.kind == label.kind
                and following.rule.id != label.rule.id  # "By By By": no label carries another
                and (not prefix or prefix in ROLE_JOINERS or _affiliation(prefix, rules))
            ):
                # "作者：本报记者 张伟", "文|财新记者 李明": the next label carries the names;
                # "取材・文 佐藤花子": two roles joined by a middle dot
                bounds[i + 1] = (start, following)
                i += 1
                continue
            tail = _TRAILING_WORD.search(value)
            if (
                isinstance(following, Label)
                and following.kind == label.kind
                and tail is not None
                and tail.start() > 0
                and strip_marks(value[: tail.start()])
                and _affiliation(tail.group(), rules)
            ):
                # "记者 刘洋 东江晚报记者 黄志强": the outlet right before the next label is that
                # label's affiliation, not one of this label's names
                nxt = label.end + tail.start()
                value = text[label.end : nxt]
                bounds[i + 1] = (nxt, following)
        if label.kind == "source":
            core = _widget_tail(strip_marks(value), rules)
            if not core:
                if i + 1 < len(bounds) or not fields:
                    return None
                fields.append(Field("source", start, nxt, label.rule.id))  # "来源：" left empty
            elif _person_not_source(core, rules):
                fields.append(Field("author", start, nxt, "source_is_person", names=(core,)))
            elif source_value(core, rules):
                fields.append(Field("source", start, nxt, label.rule.id, value=core))
            else:
                return None
        else:
            if not strip_marks(value) or (i == 0 and _BRACKETED_EMAIL.fullmatch(value)):
                # "山田太郎 記者", "홍길동 기자": the name before a trailing label
                if (
                    i == 0
                    and i + 1 == len(bounds)
                    and strip_marks(lead)
                    and not label.rule.text.isascii()
                    and lead[-1:].isspace()  # "王芳 报道", "이지은 기자"; not "相关报道："
                    and (
                        not text[label.end :].strip() or _BRACKETED_EMAIL.fullmatch(text, label.end)
                    )
                ):
                    found = read_names(strip_marks(lead), rules)
                    if found is None or not all(_east_asian_name(n, rules) for n in found.names):
                        return None
                    # the e-mail in brackets after it ("박지훈 기자 (jhpark@...)") is left for
                    # the emails step
                    fields.append(
                        Field(label.kind, 0, label.end, label.rule.id, names=tuple(found.names))
                    )
                    lead = ""
                    i += 1
                    continue
                if i + 1 == len(bounds) and fields and label.kind == "author":
                    # "Posted Mar 3, 2015 by": the name follows on the next line
                    fields.append(Field("author", start, nxt, label.rule.id, dangling=True))
                    i += 1
                    continue
                return None
            found = _names_value(value, rules, label)
            if found is None:
                return None
            fields.append(Field(label.kind, start, nxt, label.rule.id, names=tuple(found.names)))
            if found.source and label.kind == "author":
                fields[-1] = replace(fields[-1], value=found.source)
        i += 1
    fields = _with_lead(text, lead, fields, rules)
    if fields is None:
        return None
    return tuple(fields)


def _with_lead(text: str, lead: str, fields: list[Field], rules: RuleBook) -> list[Field] | None:
    """Check what stands before the first field; attach it to a field or reject the line."""
    first = fields[0]
    stripped = strip_marks(lead)
    if not stripped or _URL.fullmatch(stripped):
        return [replace(first, start=0), *fields[1:]]
    if first.kind in ("author", "editor") and first.rule != "source_is_person":
        if _affiliation(stripped, rules):  # 光明日报记者, 本报驻京记者, 财新记者
            return [replace(first, start=0), *fields[1:]]
        if compound_role(lead):  # "料理・文 佐々木真由美": the roles before the author's
            return [replace(first, start=0), *fields[1:]]
        if first.kind == "editor" and is_widgets(stripped, rules):
            return fields  # "【纠错】 责任编辑：王芳": the widget before it stays for its cleaner
        return None
    if first.posted:  # "ggjjzhzz 发表于 2005-9-15"
        found = read_names(stripped, rules, handles=True)
        if found is None:
            return None
        poster = Field("author", 0, first.start, "poster", names=tuple(found.names))
        return [poster, *fields]
    if first.kind in DATE_KINDS:
        original = _original(stripped, rules)
        if original is not None:  # "原创 李明 江城观察 2019-05-12"
            names, account = original
            author = Field("author", 0, first.start, "wechat_original", names=names, value=account)
            return [author, *fields]
        # "新华网 2016-07-12", "EFE | Madrid | 12 julio, 2016", "Sevilla - 12 JUL 2016"
        segments = [strip_marks(s) for s in _LEAD_SEP.split(_URL.sub(" ", stripped))]
        segments = [s for s in segments if s]
        weekdays = rules.lexicon("weekdays")
        if segments and all(weekdays.lookup(s) is not None for s in segments):
            return [replace(first, start=0), *fields[1:]]  # "Thứ ba, 12/7/2016": its weekday
        sources = [s for s in segments if known_source(s, rules) or _CAPS_AGENCY.fullmatch(s)]
        places = [s for s in segments if s not in sources and _PLACE.fullmatch(s)]
        if not segments or len(sources) + len(places) != len(segments) or len(sources) > 1:
            return None
        if not sources:
            return [replace(first, start=0), *fields[1:]]  # a place before the date
        value = sources[0]
        return [Field("source", 0, first.start, "source_before_date", False, value=value), *fields]
    return None


def _reported(text: str, rules: RuleBook) -> tuple[str, ...] | None:
    for _, m in named_patterns(rules, "byline", "reported").fullmatches(text):
        if m:
            names = tuple(n for n in regex.split(r"[\s、，]++", m.group("names")) if n)
            if all(han_name(n, rules) for n in names):
                return names
    return None


def _original(text: str, rules: RuleBook) -> tuple[tuple[str, ...], str] | None:
    """ "原创 李明 江城观察": the author's names and the account, from ``byline.re:original``."""
    for _, m in named_patterns(rules, "byline", "original").fullmatches(text):
        if m:
            names = tuple(n for n in regex.split(r"[\s、]++", m.group("names")) if n)
            if all(han_name(n, rules) for n in names):
                return names, m.group("account")
    return None


def _outlet_and_names(text: str, rules: RuleBook) -> tuple[str, tuple[str, ...]] | None:
    """ "腾讯体育 陈静", "新华网 张伟 李明": a Chinese publisher and its reporters' names."""
    parts = text.split()
    if not 2 <= len(parts) <= 5 or not all(is_cjk(c) for c in parts[0]):
        return None
    if not known_source(parts[0], rules) or not all(han_name(p, rules) for p in parts[1:]):
        return None
    return parts[0], tuple(parts[1:])


def _affiliation(text: str, rules: RuleBook) -> bool:
    """What may stand before a reporter or editor label: "光明日报", "本报驻京", "财新"."""
    return matches(rules, "byline", "affiliation", text) or bool(
        rules.lexicon("sources").lookup(text)
    )


def known_source(text: str, rules: RuleBook) -> bool:
    return bool(rules.lexicon("sources").lookup(text) or rules.patterns("sources").fullmatch(text))


_TITLE_AFTER = regex.compile(r"[,|丨]\s*+([^,|丨]++)$")


def _title_at_end(text: str, label: Label, rules: RuleBook) -> bool:
    """Whether ``label`` ends ``text`` as the last word of a job title after a name, set off
    by a comma or a bar: "Writer" in "Tom Krisher, AP Auto Writer" names no one.

    >>> rb = RuleBook()
    >>> [_title_at_end(t, find_labels(t, rb, [])[-1], rb)
    ...  for t in ("Tom Krisher, Staff Writer", "Staff | Writer: Jane Doe")]
    [True, False]
    """
    if text[label.end :].strip() or not label.rule.text.isascii():
        return False
    tail = _TITLE_AFTER.search(text, 0, label.end)
    return (
        tail is not None
        and tail.start(1) < label.start
        and job_title(trim(tail[1]), rules.lexicon("job_titles"), after_name=True)
    )


def _bare_line(text: str, rules: RuleBook) -> tuple[Field, ...] | None:
    """Credit lines without labels: "Reuters", "Jane Doe, Staff Reporter", "Jane Doe | Reuters"."""
    stripped = strip_marks(text)
    relative = rules.patterns("relative_dates").fullmatch(stripped)
    if relative is not None:  # "Today 12:01 AM", "2 days", "3小时前": a date we cannot know
        return (Field("date", 0, len(text), relative[0].id, False),)
    if reading_time(stripped, rules):  # "Lecture 3 min.": a note of the header's date block
        hit = rules.patterns("reading_time").fullmatch(stripped)
        return (Field("date", 0, len(text), hit[0].id, False),)
    rule = rules.lexicon("sources").lookup(stripped)
    if rule is not None:
        return (Field("source", 0, len(text), rule.id, False, value=stripped, alone=True),)
    reported = _reported(stripped, rules)
    if reported is not None:  # "王芳 报道"
        return (Field("author", 0, len(text), "byline_reported", False, names=reported),)
    outlet_names = _outlet_and_names(stripped, rules)
    if outlet_names is not None:  # "腾讯体育 陈静": a credit only among credits
        outlet, names = outlet_names
        return (
            Field(
                "author",
                0,
                len(text),
                "outlet_and_names",
                False,
                names=names,
                value=outlet,
                alone=True,
            ),
        )
    if matches(rules, "sources", "wire", stripped):  # "Detroit News wire services"
        return (Field("source", 0, len(text), "wire_byline", False, value=stripped, alone=True),)
    if not any(c in text for c in ",|丨(（"):
        return None
    found = read_names(stripped, rules)
    if found is None or not found.names:
        return None
    titled = found.source is not None or len(found.names) < len(_NAME_SEP.split(stripped))
    if not titled or not all(" " in n or han_name(n, rules) for n in found.names):
        return None
    # "Jane Doe | Reuters", "Jane Doe, Staff Reporter"; "Michael Conroy, AP" may also credit a
    # photo, so a name beside a publisher counts only among other credits
    alone = found.source is not None and "|" not in text and "丨" not in text
    names = tuple(found.names)
    return (
        Field(
            "author",
            0,
            len(text),
            "name_with_title",
            False,
            names=names,
            value=found.source,
            alone=alone,
        ),
    )
