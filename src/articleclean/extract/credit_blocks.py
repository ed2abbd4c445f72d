"""Credits over several lines: "作者：" / "芊草凡凡", "By" / "Jamelle Bouie" / "Opinion Columnist",
"ggjjzhzz" / "发表于 2005-9-15", "Tom Davies" / "Associated Press" / "Published ...",
"November" / "18, 2019" / "12:02 PM" — and :func:`find_credits`, which finds every credit of a
document, on one line or several.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from .._memo import by_lines, capacity, run_table, text_cache
from ..analysis import facts_of
from ..dates import find_dates
from ..model import Doc, Line
from ..prose import SENTENCE_END, is_long, reads_as_prose
from ..rules import Rule, RuleBook, word_alternation
from .credits import (
    Credit,
    Field,
    is_widgets,
    latin_source,
    newsroom_words,
    read_credits,
    strip_marks,
)
from .labels import DATE_KINDS, bare_label, is_cjk, matches
from .names import han_name, is_handle, looks_like_name, name_particles, name_words, read_names

__all__ = ["BLOCK_RULES", "find_credits"]

# Rules of fields that credits over several lines give their lines: the block is the evidence
BLOCK_RULES = frozenset(
    {
        "name_over_date",
        "name_over_source",
        "source_over_date",
        "name_above_title",
        "name_under_date",
        "date_split_over_lines",
    }
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    """The patterns built from the words of ``name_words.txt`` (every language's)."""
    joining = (*name_words("and"), *name_words("and_cased"), *name_words("and_names"))
    return {"and": regex.compile(rf"\b(?:{word_alternation(joining)})\b")}


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


@text_cache(8192)
def _job_title_line(text: str, rules: RuleBook) -> Rule | None:
    """A job title alone on its line: whole ("Staff Reporter"), a role ending in one
    ("Northshire reporter", "Business Correspondent", "科学记者"), or one followed by where
    or what the reporter covers ("Corresponsal en Sevilla", "Correspondent in Beijing")."""
    stripped = strip_marks(text)
    if len(stripped) > 40:
        return None
    titles = rules.lexicon("job_titles")
    found = titles.lookup(stripped)
    words = stripped.split()
    if found is None and 2 <= len(words) <= 4 and words[0][:1].isupper():
        found = titles.lookup(words[-1])
        if found is None and words[1][:1].islower() and stripped[-1:] not in SENTENCE_END:
            found = titles.lookup(words[0])  # not "Analyst Coverage": a menu's items
    if found is None and 3 <= len(stripped) <= 8 and all(map(is_cjk, stripped)):
        found = titles.lookup(stripped[-3:]) or titles.lookup(stripped[-2:])
    return found


@text_cache(8192)
def _poster_line(text: str, rules: RuleBook) -> tuple[str, ...] | None:
    """A name or handle alone on a line, as forums print the poster above "发表于 ..."."""
    stripped = strip_marks(text)
    if len(stripped) > 24 or bare_label(stripped, rules) or is_widgets(stripped, rules):
        return None
    if text.rstrip()[-1:] in SENTENCE_END:
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
    if len(name) > 6 and all(is_cjk(c) for c in name):
        return None  # "点击此处收藏本文": a phrase, not a nickname
    return tuple(found.names)


_DIGIT = regex.compile(r"\d")
_MULTI_LINE = 80  # longer lines take part in no credit over several lines


def find_credits(doc: Doc, rules: RuleBook) -> list[Credit]:
    """Every credit in ``doc``, with its fields placed on doc lines (indices into ``doc.lines``)."""
    return list(_find_credits(doc.lines, rules, facts_of(doc, rules)))


@by_lines(maxsize=4)
def _find_credits(lines: tuple[Line, ...], rules: RuleBook, facts) -> tuple[Credit, ...]:
    # cached by the lines themselves: a step that removed nothing hands the next the same doc
    doc = Doc(lines)
    out: list[Credit] = []
    used: set[int] = set()
    texts = tuple(line.text for line in lines)
    no_credit = run_table("no_credit")  # windows seen before that start no credit
    if no_credit is None:
        no_credit = {}
    last = ""
    for index, line in enumerate(lines):
        if not line.text:
            continue
        before, last = last, line.text  # the content line before ``index``, and this one
        if index in used:
            continue
        text = line.text
        fact = facts(text)
        if fact.long_prose:
            continue  # a paragraph: no credit line is that long and that wordy
        fields = fact.credit
        if fields is not None:
            placed = _on_line(fields, index)
            names_below = _names_below(doc, index, fields, rules)
            if names_below is not None:  # "Posted Mar 3, 2015 by" / "Nadia Reyes"
                placed.append(names_below)
                used.add(names_below.line)
            out.append(Credit(tuple(placed)))
            continue
        if len(text) > _MULTI_LINE:
            continue
        nxt = _next_content(doc, index)
        if nxt is None or not _may_start(doc, index, nxt, fact, facts(texts[nxt]), rules):
            continue
        ahead = texts[index : nxt + _AHEAD]
        window = (before, ahead, rules) if len(before) + sum(map(len, ahead)) <= _WINDOW else None
        if window is not None and window in no_credit:
            continue
        found = _over_lines(doc, index, nxt, rules)
        if found is not None:
            out.append(found)
            used.update(found.lines)
        elif window is not None:
            if len(no_credit) >= capacity(_NO_CREDIT_MEMO):
                no_credit.clear()
            no_credit[window] = True
    return tuple(_with_job_title(doc, c, rules, used) for c in out)


# Windows of lines that start no credit over several lines. :func:`_over_lines` at ``index``
# reads the content line before it (:func:`_under_headline`) and the lines from ``index`` to
# ``nxt + 4`` and nothing else: after the next content line ``nxt``, the content line at most
# two lines on (one blank between), and after that line, when it is a bare date label, its
# date at most two lines further on. So the same window always gives the same answer (the
# tests in test_fast_paths.py change a page only at the window's far ends). Steps that
# remove a line make the next step read the credits of the page again, and a body is read
# once more when it settles: every window away from the removals is one seen before.
_AHEAD = 5
_NO_CREDIT_MEMO = 8192
_WINDOW = 1024  # characters: a window holding a longer paragraph is not remembered


def _may_start(doc: Doc, index: int, nxt: int, fact, following, rules: RuleBook) -> bool:
    """Whether :func:`_over_lines` could find a credit starting at ``index`` (with ``nxt``
    the next content line): what each of its readers needs before it reads anything — this
    line a bare label; or two short lines and the line after that are one date (a date
    over lines: :func:`_split_date`, whose answer :func:`_over_lines` then reads from the
    run's memo); or the next line a credit line, a bare label, a publisher's name or a job
    title. Asked of every short line, so the cheap questions come first: most short lines
    with a digit near them (a time, a count, "Page 2") are no date over lines, and they
    go no further than the next line's facts."""
    if fact.label is not None:
        return True
    text, after = fact.text, following.text
    if len(text) <= 24 and len(after) <= 24:
        third = _next_content(doc, nxt, gap=1)
        last = doc.lines[third].text if third is not None else None
        # _split_date needs a digit among the lines: the cheap test first
        digit = _DIGIT.search(text) or _DIGIT.search(after)
        if digit or (last is not None and _DIGIT.search(last)):
            texts = (text, after) if last is None else (text, after, last)
            if _split_date(texts, rules) is not None:
                return True
    if following.long_prose:
        return False  # a paragraph under a short line: no credit goes on over it
    return (
        following.credit is not None
        or following.label is not None
        or following.job is not None
        or following.outlet is not None
    )


def _names_below(doc: Doc, index: int, fields, rules: RuleBook) -> Field | None:
    """The author on the line under a credit: after a dangling "by", or a full Han name alone
    under a date line ("2017年1月14日 10:30" / "田中花子"). Two-character names are left:
    too many words ("相关", "楼主") start with a character that is also a surname."""
    nxt = _next_content(doc, index, gap=1)
    if nxt is None:
        return None
    text = doc.lines[nxt].text
    if fields[-1].dangling:
        names = _people_line(text, rules)
        return (
            Field("author", 0, len(text), fields[-1].rule, names=names, line=nxt) if names else None
        )
    if not all(f.kind in DATE_KINDS for f in fields):
        return None
    name = strip_marks(text)
    if 3 <= len(name) <= 4 and han_name(name, rules):
        return Field("author", 0, len(text), "name_under_date", False, names=(name,), line=nxt)
    people = _people_line(text, rules) if any(f.strong for f in fields) else None
    if people and all(not is_cjk(n[0]) for n in people):  # "Publié le ..." / "Thomas Le Goff"
        return Field("author", 0, len(text), "name_under_date", False, names=people, line=nxt)
    return None


def _over_lines(doc: Doc, index: int, nxt: int, rules: RuleBook) -> Credit | None:
    """The credit that starts on the line at ``index`` and goes on over the next ones."""
    text, following = doc.lines[index].text, doc.lines[nxt].text
    label = bare_label(text, rules)
    if label is not None:  # "作者：" / "芊草凡凡"
        head = strip_marks(text)
        joined = read_credits(f"{head} {following}", rules)
        if not joined or not _same_kind(label.kind, joined[0]):
            return None
        rest = _on_line(joined, nxt, len(head) + 1, len(following))
        rest[0] = replace(rest[0], start=0)
        return Credit((Field(rest[0].kind, 0, len(text), label.rule.id, line=index), *rest))
    found = _date_split_over_lines(doc, index, nxt, rules) or _name_source_date(
        doc, index, nxt, rules
    )
    if found is not None:  # "November" / "18, 2019"; "Tom Davies" / "Associated Press" / ...
        return found
    follow = read_credits(following, rules)
    if follow and follow[0].posted and follow[0].start == 0:
        names = _poster_line(text, rules)
        if not names:
            return None
        poster = Field("author", 0, len(text), "poster_above", False, names=names, line=index)
        return Credit((poster, *_on_line(follow, nxt)))  # "ggjjzhzz" / "发表于 2005-9-15"
    name = strip_marks(text)
    person = (" " in name and looks_like_name(name)) or (
        2 <= len(name) <= 4 and is_cjk(name[0]) and han_name(name, rules)
    )
    title = _job_title_line(following, rules) if person else None
    if title is None:
        return None
    author = Field("author", 0, len(text), "name_above_title", False, names=(name,), line=index)
    job = Field("author", 0, len(following), title.id, False, line=nxt)
    return Credit((author, job))  # "Jamelle Bouie" / "Opinion Columnist", "周敏" / "科学记者"


_NOT_NAMES = ("nav", "related", "share", "pagination", "subscribe")


def _plain_words(text: str, rules: RuleBook) -> bool:
    """No menu phrase, no label word, no function word: "Previous Post", "Next Post",
    "Published" and "Updated Privacy Policy" are neither people nor publishers."""
    if rules.lexicon(*_NOT_NAMES).lookup(text) or bare_label(text, rules):
        return False
    from .language import load_stopwords

    stop = load_stopwords("en")
    words = [w.lower() for w in text.split() if w.lower() not in name_particles()]
    return not any(w in stop or bare_label(w, rules) for w in words)


@text_cache(8192)
def _people_line(text: str, rules: RuleBook) -> tuple[str, ...] | None:
    """Names alone on a line, each a full name ("Lisa Kaczke and Trevor J. Mitchell")."""
    stripped = strip_marks(text)
    if len(stripped) > 80 or not _plain_words(_patterns()["and"].sub(" ", stripped), rules):
        return None
    found = read_names(stripped, rules)
    if found is None or found.source or not found.names:
        return None
    if not all(" " in n or han_name(n, rules) for n in found.names):
        return None
    return tuple(found.names)


@text_cache(8192)
def _newsroom_line(text: str, rules: RuleBook) -> bool:
    """A newsroom's credit alone on a line, naming no person: a word for the newsroom and the
    outlet's name ("Redacción Crónica del Valle", "Redazione Il Piccolo", "Example Times
    Staff"; ``newsroom`` in ``credit_words.txt``)."""
    stripped = strip_marks(text)
    words = stripped.split()
    if len(stripped) > 80 or not 3 <= len(words) <= 8:
        return False  # an outlet of one word is too like a menu's item ("Staff Picks")
    desk = newsroom_words()
    if words[0].lower() in desk:
        outlet = " ".join(words[1:])
    elif words[-1].lower() in desk:
        outlet = " ".join(words[:-1])
    else:
        return False
    if not latin_source(outlet) or bare_label(outlet, rules):
        return False
    # no menu phrase ("Meet Our Staff"), but an article may open the name ("Il Piccolo")
    return _plain_words(outlet.split(None, 1)[1], rules)


@text_cache(8192)
def _outlet_line(text: str, rules: RuleBook) -> str | None:
    stripped = strip_marks(text)
    if rules.lexicon("sources").lookup(stripped) or matches(rules, "sources", "wire", stripped):
        return stripped
    if 2 <= len(stripped.split()) <= 6 and latin_source(stripped):
        if _plain_words(stripped, rules):
            return stripped
    return None


@text_cache(8192)
def _split_date(texts: tuple[str, ...], rules: RuleBook) -> tuple[int, Field] | None:
    """``(lines used, field)`` if the first two or three ``texts`` together are one date."""
    if len(texts) < 2 or any(len(t) > 24 for t in texts[:2]):
        return None
    if not any(_DIGIT.search(t) for t in texts):
        return None
    for count in (3, 2):
        if len(texts) < count or len(texts[count - 1]) > 24:
            continue
        joined = " ".join(texts[:count])
        found = find_dates(joined)
        if not found or found[0].start > len(texts[0]) or found[0].end <= len(texts[0]) + 1:
            continue  # no date, or not one that runs on from the first line
        fields = read_credits(joined, rules)
        if fields and len(fields) == 1 and fields[0].kind in DATE_KINDS:
            return count, fields[0]
    return None


def _date_split_over_lines(doc: Doc, index: int, nxt: int, rules: RuleBook) -> Credit | None:
    """A date whose pieces stand on lines of their own, as link markup leaves them."""
    if len(doc.lines[index].text) > 24 or len(doc.lines[nxt].text) > 24:
        return None
    lines = [index, nxt]
    third = _next_content(doc, nxt, gap=1)
    if third is not None:
        lines.append(third)
    found = _split_date(tuple(doc.lines[i].text for i in lines), rules)
    if found is None:
        return None
    count, field = found
    # lines that are nothing but pieces of one date: no sentence runs through them
    rule = "date_split_over_lines"
    first = replace(field, start=0, end=len(doc.lines[index].text), line=index)
    rest = [Field(first.kind, 0, len(doc.lines[i].text), rule, line=i) for i in lines[1:count]]
    return Credit((replace(first, rule=rule, strong=True), *rest))


def _dated(doc: Doc, index: int | None, rules: RuleBook, *, labelled: bool = False) -> bool:
    """The line at ``index`` (or it and the next, after a bare label) is a date credit."""
    kind = _date_kind(doc, index, rules)
    return kind is not None and (not labelled or kind != "date")


def _date_kind(doc: Doc, index: int | None, rules: RuleBook) -> str | None:
    """The kind of the date credit at ``index`` (see :func:`_dated`), or ``None``."""
    if index is None:
        return None
    text = doc.lines[index].text
    label = bare_label(text, rules)
    if label is not None and label.kind in DATE_KINDS:
        nxt = _next_content(doc, index, gap=1)
        text = f"{strip_marks(text)} {doc.lines[nxt].text}" if nxt is not None else text
    fields = read_credits(text, rules)
    if not fields or fields[0].kind not in DATE_KINDS:
        return None
    return fields[0].kind


def _under_headline(doc: Doc, index: int) -> bool:
    """The content line above reads as a headline or its deck ("Title" / "Name" / date)."""
    from .title import looks_like_headline

    before = next((i for i in range(index - 1, -1, -1) if doc.lines[i].text), None)
    if before is None:
        return False
    text = doc.lines[before].text
    return (
        looks_like_headline(text)
        or (not is_long(text) and reads_as_prose(text))
        or (len(text.split()) >= 8 and text[-1:] in ".!?")
    )


def _name_source_date(doc: Doc, index: int, nxt: int, rules: RuleBook) -> Credit | None:
    """An author line over a publisher line over a date line ("Tom Davies" / "Associated
    Press" / "Published ..."), or right over a labelled date ("Dan Evon" / "Published" / ...)."""
    if len(doc.lines[index].text) > 80 or len(doc.lines[nxt].text) > 80:
        return None
    outlet = None
    kind = _date_kind(doc, nxt, rules)  # _dated(labelled=True) or (_dated() and ...)
    over_date = kind is not None and (kind != "date" or _under_headline(doc, index))
    if not over_date:  # the cheap tests first: most lines fail
        outlet = _outlet_line(doc.lines[nxt].text, rules)
        if outlet is None or not _dated(doc, _next_content(doc, nxt, gap=1), rules):
            return None
    names = _people_line(doc.lines[index].text, rules)
    width = len(doc.lines[index].text)
    if names is None:
        if outlet is not None or not _newsroom_line(doc.lines[index].text, rules):
            return None
        # "Redacción Crónica del Valle" / "Actualizado: ...": a credit that names no one
        return Credit((Field("author", 0, width, "newsroom_over_date", False, line=index),))
    author = Field("author", 0, width, "name_over_source", False, names=names, line=index)
    if outlet is None:
        return Credit((replace(author, rule="name_over_date"),))
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
