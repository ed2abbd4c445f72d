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

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

import regex

from ..dates import FoundDate, find_dates
from ..model import Doc
from ..rules import Rule, RuleBook
from ..text import key, tokenize
from .names import han_name, is_handle, looks_like_name, read_names, trim

__all__ = ["DATE_KINDS", "Credit", "Field", "find_credits", "read_credits"]

DATE_KINDS = frozenset({"published", "updated", "date"})
_FAMILIES = (  # (family, kind); earlier families win a phrase listed twice
    ("posted_labels", "published"),
    ("updated_labels", "updated"),
    ("date_labels", "published"),
    ("editor_labels", "editor"),
    ("author_labels", "author"),
    ("source_labels", "source"),
)
_MAX_LINE = 200
_PARTICLES = frozenset("de da van von der den la le di al bin of the".split())
_SEP = " \t-–—|/,;，；:：·•()（）[]【】<>《》「」\"'“”"
_SENTENCE_END = frozenset(".!?。！？")
_URL = regex.compile(
    r"(?:https?://)?+(?:[\w-]++\.)++(?:com|net|org|cn|gov|edu|info|biz|tv|io|co|uk|hk|tw|jp|kr|de|fr|ru|[a-z]{2})(?:\.[a-z]{2})?+(?:[/:]\S*+)?+",
    regex.IGNORECASE,
)
_ZONE_NOTE = regex.compile(r"[(（]?+\s*+(?:\p{Han}{1,5}?(?:时间|時間)|[A-Z]{2,5}+)\s*+[)）]?+")
_LATIN_SOURCE = regex.compile(
    r"(?-i:(?:\p{Lu}[\p{L}\p{N}&.'’-]*+|of|the|and|for|de|&)(?:\s++(?:\p{Lu}[\p{L}\p{N}&.'’-]*+|of|the|and|for|de|&)){0,7}+)"
)


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


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit on one line, or on a label line and its value line ("作者：" / "芊草凡凡")."""

    fields: tuple[Field, ...]

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(sorted({f.line for f in self.fields}))


class _Label(NamedTuple):
    start: int
    end: int
    kind: str
    rule: Rule
    poster: bool


@lru_cache(maxsize=16)
def _label_table(rules: RuleBook) -> tuple[dict[str, tuple[str, Rule, bool]], int, frozenset[str]]:
    """label key -> (kind, rule, is a posted label); the longest label; labels' first tokens."""
    table: dict[str, tuple[str, Rule, bool]] = {}
    longest = 1
    for family, kind in _FAMILIES:
        lexicon = rules.lexicon(family)
        for k, rule in lexicon._by_key.items():
            table.setdefault(k, (kind, rule, family == "posted_labels"))
        longest = max(longest, lexicon.max_tokens)
    return table, longest, frozenset(k.split(" ", 1)[0] for k in table)


def _is_cjk(ch: str) -> bool:
    return bool(regex.match(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", ch))


def _labels(text: str, rules: RuleBook, taken: list[tuple[int, int]]) -> list[_Label]:
    table, longest, firsts = _label_table(rules)
    toks = tokenize(text)
    out: list[_Label] = []
    i = 0
    while i < len(toks):
        if toks[i].norm not in firsts or any(a <= toks[i].start < b for a, b in taken):
            i += 1
            continue
        for n in range(min(longest, len(toks) - i), 0, -1):
            hit = table.get(" ".join(t.norm for t in toks[i : i + n]))
            if hit is None:
                continue
            start, end = toks[i].start, toks[i + n - 1].end
            if _label_fits(text, start, end, hit[0]):
                out.append(_Label(start, end, *hit))
                i += n
                break
        else:
            i += 1
    return out


def _label_fits(text: str, start: int, end: int, kind: str) -> bool:
    """A label stands apart: no punctuation inside it; one CJK character needs "/" or ":";
    only author and editor labels follow CJK text directly ("光明日报记者", not "京港台时间")."""
    inner = text[start:end]
    if any(not (c.isalnum() or c in " -'’") for c in inner):
        return False
    if (
        start
        and _is_cjk(inner[0])
        and _is_cjk(text[start - 1])
        and kind not in ("author", "editor")
    ):
        return False
    after = text[end:].lstrip()
    if len(inner) == 1 and _is_cjk(inner):
        return bool(after) and after[0] in "/:：|丨"
    if end < len(text) and not _is_cjk(inner[-1]) and text[end].isalnum():
        return False
    return True


def _strip(text: str) -> str:
    return text.strip(_SEP)


def _widget_tail(value: str, rules: RuleBook) -> str:
    """``value`` without trailing counters ("zboygirl 阅读(1660)" -> "zboygirl")."""
    bars = rules.widgets()
    toks = tokenize(value)
    for t in toks[1:]:
        if bars.cover(value[t.start :]) is not None:
            return _strip(value[: t.start])
    return value


def _is_widgets(text: str, rules: RuleBook) -> bool:
    return rules.widgets().cover(text) is not None


def _source_value(value: str, rules: RuleBook) -> bool:
    """A publisher or agency as a credit may print it."""
    if not value or len(value) > 60:
        return False
    if rules.lexicon("sources").lookup(value) or rules.patterns("sources").fullmatch(value):
        return True
    if _URL.fullmatch(value):
        return True
    if any(c in "，。！？；,!?;" for c in value):
        return False
    if all(_is_cjk(c) or c in " ·・—-" for c in value):
        return len(value) <= 20
    return bool(_LATIN_SOURCE.fullmatch(value))


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
    rest = _strip(rest)
    if not rest or _is_widgets(rest, rules) or _ZONE_NOTE.fullmatch(rest):
        return ""
    if rules.lexicon("weekdays").lookup(rest):
        return ""
    if _source_value(rest, rules) and (
        rules.lexicon("sources").lookup(rest) or rules.patterns("sources").fullmatch(rest)
    ):
        return "source"
    return None


def _named_pattern(rules: RuleBook, family: str, name: str):
    for rule, pattern in rules.patterns(family).patterns:
        if rule.id.endswith(f":{name}"):
            yield pattern


def _matches(rules: RuleBook, family: str, name: str, text: str) -> bool:
    return any(p.fullmatch(text) for p in _named_pattern(rules, family, name))


def _names_value(value: str, rules: RuleBook, label: _Label):
    core = _widget_tail(trim(value), rules)
    latin_label = label.rule.text.isascii()
    if value[:1] and not value[:1].isspace() and value[:1] not in _SEP:
        # "记者惠禾": only reporter labels stand against a name, and only real names follow
        if not _matches(rules, "byline", "attached", label.rule.text):
            return None
        found = read_names(core, rules)
        if found is None or not all(han_name(n, rules) for n in found.names):
            return None
        return found
    found = read_names(core, rules, handles=True)
    if found is None:
        return None
    if latin_label and len(found.names) == 1 and found.names[0] == core:
        # after "By" a single lower-case word is not a handle ("By default")
        if core.isalpha() and core.islower():
            return None
    return found


@lru_cache(maxsize=8192)
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
    words = text.split()
    if len(words) >= 12 and text[-1] in _SENTENCE_END:
        return None
    dates = [d for d in find_dates(text, min_year=1900)]
    labels = _labels(text, rules, [(d.start, d.end) for d in dates])
    if not labels and not dates:
        return _bare_line(text, rules)
    if len(labels) == 1 and not dates and labels[0].start == 0 and labels[0].kind in DATE_KINDS:
        # "Updated 2 hours ago": a date label over a relative date
        rest = _strip(text[labels[0].end :])
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
        if isinstance(item, _Label) and item.kind in DATE_KINDS:
            # label, then its date
            if i + 1 < len(bounds) and isinstance(bounds[i + 1][1], FoundDate):
                between = text[item.end : bounds[i + 1][0]]
                if _strip(between):
                    return None
                found = bounds[i + 1][1]
                end = bounds[i + 2][0] if i + 2 < len(bounds) else len(text)
                if _date_rest(text[found.end : end], rules) != "":
                    return None
                fields.append(
                    Field(item.kind, start, end, item.rule.id, True, found, posted=item.poster)
                )
                i += 2
                continue
            return None  # a date label without a date
        if isinstance(item, FoundDate):
            kind, rule, strong = "date", "date_line", True
            end = nxt
            if i + 1 < len(bounds):  # "08:13更新": a date label right after the date
                lab = bounds[i + 1][1]
                if (
                    isinstance(lab, _Label)
                    and lab.kind in DATE_KINDS
                    and not text[item.end : lab.start].strip()
                ):
                    after = bounds[i + 2][0] if i + 2 < len(bounds) else len(text)
                    if not _strip(text[lab.end : after]):
                        kind, rule, end = lab.kind, lab.rule.id, after
                        i += 1
            rest_at = item.end if kind == "date" else bounds[i][1].end
            rest = _date_rest(text[rest_at:end], rules)
            if rest is None:
                return None
            if item.year < 1990 and kind == "date":
                return None
            strong = kind != "date"
            fields.append(Field(kind, start, end, rule, strong, item))
            if rest == "source":
                src_at = rest_at + (len(text[rest_at:end]) - len(text[rest_at:end].lstrip(_SEP)))
                fields[-1] = replace(fields[-1], end=src_at)
                name = _strip(text[src_at:end])
                fields.append(Field("source", src_at, end, "source_after_date", False, value=name))
            i += 1
            continue
        # author / editor / source label
        label = item
        value = text[label.end : nxt]
        if label.kind == "source":
            core = _widget_tail(_strip(value), rules)
            if not core:
                if i + 1 < len(bounds) or not fields:
                    return None
                fields.append(Field("source", start, nxt, label.rule.id))  # "来源：" left empty
            elif _person_not_source(core, rules):
                fields.append(Field("author", start, nxt, "source_is_person", names=(core,)))
            elif _source_value(core, rules):
                fields.append(Field("source", start, nxt, label.rule.id, value=core))
            else:
                return None
        else:
            if not _strip(value):
                # "山田太郎 記者", "홍길동 기자": the name before a trailing label
                if (
                    i == 0
                    and i + 1 == len(bounds)
                    and _strip(lead)
                    and not label.rule.text.isascii()
                ):
                    found = read_names(_strip(lead), rules)
                    if found is None or not all(_east_asian_name(n, rules) for n in found.names):
                        return None
                    fields.append(
                        Field(label.kind, 0, len(text), label.rule.id, names=tuple(found.names))
                    )
                    lead = ""
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
    stripped = _strip(lead)
    if not stripped or _URL.fullmatch(stripped):
        return [replace(first, start=0), *fields[1:]]
    if first.kind in ("author", "editor") and first.rule != "source_is_person":
        if _matches(rules, "byline", "affiliation", stripped):  # 光明日报记者, 本报驻京记者
            return [replace(first, start=0), *fields[1:]]
        return None
    if first.posted:  # "ggjjzhzz 发表于 2005-9-15"
        found = read_names(stripped, rules, handles=True)
        if found is None:
            return None
        poster = Field("author", 0, first.start, "poster", names=tuple(found.names))
        return [poster, *fields]
    if first.kind in DATE_KINDS:
        head = _strip(_URL.sub(" ", stripped))
        if _source_value(head, rules) and (
            rules.lexicon("sources").lookup(head) or rules.patterns("sources").fullmatch(head)
        ):
            return [
                Field("source", 0, first.start, "source_before_date", False, value=head),
                *fields,
            ]
    return None


def _bare_line(text: str, rules: RuleBook) -> tuple[Field, ...] | None:
    """Credit lines without labels: "Reuters", "Jane Doe, Staff Reporter", "Jane Doe | Reuters"."""
    stripped = _strip(text)
    relative = rules.patterns("relative_dates").fullmatch(stripped)
    if relative is not None:  # "Today 12:01 AM", "2 days", "3小时前": a date we cannot know
        return (Field("date", 0, len(text), relative[0].id, False),)
    rule = rules.lexicon("sources").lookup(stripped)
    if rule is not None:
        return (Field("source", 0, len(text), rule.id, False, value=stripped, alone=True),)
    if _matches(rules, "sources", "wire", stripped):  # "Detroit News wire services"
        return (Field("source", 0, len(text), "wire_byline", False, value=stripped, alone=True),)
    if not any(c in text for c in ",|丨(（"):
        return None
    found = read_names(stripped, rules)
    if found is None or not found.names:
        return None
    titled = found.source is not None or len(found.names) < len(regex.split(r"[,|丨]", stripped))
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


@lru_cache(maxsize=8192)
def bare_label(text: str, rules: RuleBook) -> _Label | None:
    """The label if ``text`` is only a label ("作者：", "By", "时间：", "[责任编辑]")."""
    stripped = _strip(text)
    if not stripped or len(stripped) > 20:
        return None
    table, _, _ = _label_table(rules)
    hit = table.get(key(stripped))
    if hit is None:
        return None
    return _Label(0, len(text), *hit)


def _same_kind(label_kind: str, first: Field) -> bool:
    """The value line continues the label line's field (not just any credit)."""
    if first.start != 0:
        return False
    if label_kind in DATE_KINDS:
        return first.kind in DATE_KINDS
    if label_kind == "source" and first.rule == "source_is_person":
        return True
    return label_kind == first.kind


def _next_content(doc: Doc, index: int, *, gap: int = 2) -> int | None:
    blanks = 0
    for j in range(index + 1, len(doc.lines)):
        if doc.lines[j].text:
            return j
        blanks += 1
        if blanks > gap:
            return None
    return None


def _on_line(fields, line: int, shift: int = 0, width: int | None = None) -> list[Field]:
    out = []
    for f in fields:
        start, end = f.start - shift, f.end - shift
        if width is not None:
            start, end = max(0, start), min(width, end)
        if start < end:
            out.append(replace(f, start=start, end=end, line=line))
    return out


@lru_cache(maxsize=8192)
def _job_title_line(text: str, rules: RuleBook) -> Rule | None:
    stripped = _strip(text)
    return rules.lexicon("job_titles").lookup(stripped) if len(stripped) <= 40 else None


@lru_cache(maxsize=8192)
def _poster_line(text: str, rules: RuleBook) -> tuple[str, ...] | None:
    """A name or handle alone on a line, as forums print the poster above "发表于 ..."."""
    stripped = _strip(text)
    if len(stripped) > 24 or bare_label(stripped, rules) or _is_widgets(stripped, rules):
        return None
    if text.rstrip()[-1:] in _SENTENCE_END:
        return None
    if rules.lexicon("sources").lookup(stripped):
        return None
    if stripped.isascii() and " " not in stripped and stripped.isalpha() and not stripped.islower():
        return None  # "Home", "Archive": a capitalised word is not a handle
    found = read_names(stripped, rules, handles=True)
    if found is None or len(found.names) != 1:
        return None
    name = found.names[0]
    if name.isascii() and " " not in name and not is_handle(name):
        return None
    return tuple(found.names)


def find_credits(doc: Doc, rules: RuleBook) -> list[Credit]:
    """Every credit in ``doc``, with its fields placed on doc lines (indices into ``doc.lines``)."""
    out: list[Credit] = []
    used: set[int] = set()
    for index, line in enumerate(doc.lines):
        if not line.text or index in used:
            continue
        text = line.text
        fields = read_credits(text, rules)
        if fields is not None:
            out.append(Credit(tuple(_on_line(fields, index))))
            continue
        nxt = _next_content(doc, index)
        if nxt is None:
            continue
        following = doc.lines[nxt].text
        label = bare_label(text, rules)
        if label is not None:  # "作者：" / "芊草凡凡"
            head = _strip(text)
            joined = read_credits(f"{head} {following}", rules)
            if joined and _same_kind(label.kind, joined[0]):
                rest = _on_line(joined, nxt, len(head) + 1, len(following))
                rest[0] = replace(rest[0], start=0)
                label_field = Field(rest[0].kind, 0, len(text), label.rule.id, line=index)
                out.append(Credit((label_field, *rest)))
                used.add(nxt)
            continue
        split = _date_split_over_lines(doc, index, nxt, rules)
        if split is not None:  # "November" / "18, 2019" / "12:02 PM"
            out.append(split)
            used.update(split.lines)
            continue
        block = _name_source_date(doc, index, nxt, rules)
        if block is not None:  # "Tom Davies" / "Associated Press" / "Published 11:34 PM ..."
            out.append(block)
            used.update(block.lines)
            continue
        follow = read_credits(following, rules)
        if follow and follow[0].posted and follow[0].start == 0:
            names = _poster_line(text, rules)
            if names:  # "ggjjzhzz" / "发表于 2005-9-15 11:46:00"
                poster = Field(
                    "author", 0, len(text), "poster_above", False, names=names, line=index
                )
                out.append(Credit((poster, *_on_line(follow, nxt))))
                used.add(nxt)
            continue
        name = _strip(text)
        title = _job_title_line(following, rules) if " " in name and looks_like_name(name) else None
        if title is not None:
            names = (name,)  # "Jamelle Bouie" / "Opinion Columnist"
            out.append(
                Credit(
                    (
                        Field(
                            "author",
                            0,
                            len(text),
                            "name_above_title",
                            False,
                            names=names,
                            line=index,
                        ),
                        Field("author", 0, len(following), title.id, False, line=nxt),
                    )
                )
            )
            used.add(nxt)
    return [_with_job_title(doc, c, rules, used) for c in out]


_NOT_NAMES = ("nav", "related", "share", "pagination", "subscribe")


def _plain_words(text: str, rules: RuleBook) -> bool:
    """No menu phrase, no label, no function word: "Previous Post" and "Next Post" are not
    people or publishers, nor is "Published"."""
    if rules.lexicon(*_NOT_NAMES).lookup(text) or bare_label(text, rules):
        return False
    from .language import load_stopwords

    stop = load_stopwords("en")
    return not any(w.lower() in stop for w in text.split() if w.lower() not in _PARTICLES)


def _people_line(text: str, rules: RuleBook) -> tuple[str, ...] | None:
    """Names alone on a line, each a full name ("Lisa Kaczke and Trevor J. Mitchell")."""
    stripped = _strip(text)
    if len(stripped) > 80 or not _plain_words(regex.sub(r"\band\b", " ", stripped), rules):
        return None
    found = read_names(stripped, rules)
    if found is None or found.source or not found.names:
        return None
    if not all(" " in n or han_name(n, rules) for n in found.names):
        return None
    return tuple(found.names)


def _outlet_line(text: str, rules: RuleBook) -> str | None:
    stripped = _strip(text)
    if rules.lexicon("sources").lookup(stripped) or _matches(rules, "sources", "wire", stripped):
        return stripped
    if len(stripped.split()) <= 6 and _LATIN_SOURCE.fullmatch(stripped):
        if _plain_words(stripped, rules):
            return stripped
    return None


def _date_split_over_lines(doc: Doc, index: int, nxt: int, rules: RuleBook) -> Credit | None:
    """A date whose pieces stand on lines of their own, as link markup leaves them."""
    lines = [index, nxt]
    third = _next_content(doc, nxt, gap=1)
    if third is not None:
        lines.append(third)
    if any(len(doc.lines[i].text) > 24 for i in lines[:2]):
        return None
    for count in (3, 2):
        chosen = lines[:count]
        if len(chosen) < count or len(doc.lines[chosen[-1]].text) > 24:
            continue
        fields = read_credits(" ".join(doc.lines[i].text for i in chosen), rules)
        if not fields or len(fields) != 1 or fields[0].kind not in DATE_KINDS:
            continue
        # lines that are nothing but pieces of one date: no sentence runs through them
        rule = "date_split_over_lines"
        first = replace(fields[0], start=0, end=len(doc.lines[index].text), line=index)
        rest = [Field(first.kind, 0, len(doc.lines[i].text), rule, line=i) for i in chosen[1:]]
        return Credit((replace(first, rule=rule, strong=True), *rest))
    return None


def _dated(doc: Doc, index: int | None, rules: RuleBook, *, labelled: bool = False) -> bool:
    """The line at ``index`` (or it and the next, after a bare label) is a date credit."""
    if index is None:
        return False
    text = doc.lines[index].text
    label = bare_label(text, rules)
    if label is not None and label.kind in DATE_KINDS:
        nxt = _next_content(doc, index, gap=1)
        text = f"{_strip(text)} {doc.lines[nxt].text}" if nxt is not None else text
    fields = read_credits(text, rules)
    if not fields or fields[0].kind not in DATE_KINDS:
        return False
    return not labelled or fields[0].kind != "date"


def _name_source_date(doc: Doc, index: int, nxt: int, rules: RuleBook) -> Credit | None:
    """An author line over a publisher line over a date line ("Tom Davies" / "Associated
    Press" / "Published ..."), or right over a labelled date ("Dan Evon" / "Published" / ...)."""
    names = _people_line(doc.lines[index].text, rules)
    if names is None:
        return None
    author = Field(
        "author", 0, len(doc.lines[index].text), "name_over_source", False, names=names, line=index
    )
    if _dated(doc, nxt, rules, labelled=True):
        return Credit((replace(author, rule="name_over_date"),))
    outlet = _outlet_line(doc.lines[nxt].text, rules)
    if outlet is None or not _dated(doc, _next_content(doc, nxt, gap=1), rules):
        return None
    width = len(doc.lines[nxt].text)
    source = Field("source", 0, width, "source_over_date", False, value=outlet, line=nxt)
    return Credit((author, source))


def _with_job_title(doc: Doc, credit: Credit, rules: RuleBook, used: set[int]) -> Credit:
    """A job title on the line after a byline goes with it ("By" / "Jamelle Bouie" /
    "Opinion Columnist")."""
    if not any(f.kind == "author" and f.names for f in credit.fields):
        return credit
    nxt = _next_content(doc, max(credit.lines), gap=1)
    if nxt is None or nxt in used or nxt in credit.lines:
        return credit
    title = _job_title_line(doc.lines[nxt].text, rules)
    if title is None:
        return credit
    used.add(nxt)
    job = Field("author", 0, len(doc.lines[nxt].text), title.id, line=nxt)
    return Credit((*credit.fields, job))
