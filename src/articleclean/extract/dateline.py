"""The ``dateline`` extractor: the place (and date) that opens the story.

"BEIJING, July 12 (Xinhua) --", "WASHINGTON (AP) —", "MADRID —", "新华社北京7月11日电",
"本报讯", "人民网北京7月11日电（记者 张伟）". The dateline is cut from the start of its paragraph
(only when it is a prefix of that form, from ``data/<lang>/dateline.re``, alone on its line
or before the story's first words; a doubled dateline whole, and the next line's when the
dateline was a line of its own). It is the last part of the credit plan: what it says for
other fields goes to their extractors — its agency to ``publisher`` (``agency``), the
reporters in its brackets to ``byline`` (``authors``), its date, when it prints the year, to
``dates`` (``published``).
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

import regex

from ..analysis import facts_of
from ..dates import month_day, ymd_marks
from ..model import Dateline, Doc, Line
from ..prose import reads_as_prose
from ..rules import RuleBook, load_words, word_alternation
from ..text import word_pattern
from .credit_plan import Part, apply, plan_of
from .credits import Credit, read_credits
from .names import han_name
from .zones import body_bounds

__all__ = ["dateline", "read_dateline"]

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_SCAN_LINES = 40  # content lines after the start of the prose where a dateline may stand
_PARAGRAPHS = 2  # paragraphs of running text with no dateline after which "Place:" is none


@lru_cache(maxsize=1)
def _own_paper() -> frozenset[str]:
    """ "本报", "本台": "this paper" is not an agency's name (``dateline_words.txt``)."""
    return frozenset(load_words("dateline_words.txt").get("own_paper", ()))


def read_dateline(text: str, rules: RuleBook, context: str | None = None):
    """``(rule, match)`` if ``text`` starts with a dateline, else ``None``.

    Of the patterns that match, the longest valid one wins ("(ANSA) - ROMA, 12 LUG -" over
    "(ANSA) -"). A date must name a real month; a place before a bare colon ("Dubai:") counts
    only when ``context`` (the rest of the story) names the place again.

    >>> text = "BEIJING, July 12 (Xinhua) -- China said on Tuesday it would act."
    >>> rule, m = read_dateline(text, RuleBook())
    >>> m.group("place"), m.group("date"), m.group("agency")
    ('BEIJING', 'July 12', 'Xinhua')
    >>> read_dateline("新华社北京7月11日电 国务院总理李克强会见了客人。", RuleBook())[1]["place"]
    '北京'
    >>> read_dateline("Madrid, 12 jul (EFE).- El Consejo aprobó un plan.", RuleBook())[1]["date"]
    '12 jul'
    >>> read_dateline("The BEIJING office said -- nothing.", RuleBook()) is None
    True
    >>> read_dateline("Smith, 45 years - a long time in the job.", RuleBook()) is None
    True
    """
    best = None
    for rule, pattern in rules.patterns("dateline").patterns:
        m = pattern.match(text)
        if m is None or m.end() == 0 or (best is not None and m.end() <= best[1].end()):
            continue
        rest = text[m.end() :]
        if rest and rule.id.endswith((":caps", ":colon")) and not _opens_story(rest):
            continue  # "THE POINT -- NOW ON YOUTUBE!": an upper-case phrase, not a dateline
        if rule.id.endswith(":colon") and not _named_again(m.group("place"), rest, context):
            continue
        date = m.groupdict().get("date")
        if date and month_day(date) is None and _day_only().fullmatch(date) is None:
            continue  # "Smith, 45 years -": no month
        best = (rule, m)
    return best


@lru_cache(maxsize=1)
def _day_only() -> regex.Pattern:
    """A day alone, with the day mark of a language that prints one ("12日", "12일"): the
    day marks of the ``ymd`` rows of ``date_words.txt``."""
    marks = {m for days in ymd_marks().values() for m in days}
    return regex.compile(rf"(?P<d>\d{{1,2}}+)\s*+(?:{word_alternation(sorted(marks))})")


def _named_again(place: str | None, rest: str, context: str | None) -> bool:
    """The place of a "Dubai:" dateline stands again in the story as a proper noun (a word of
    its own, capitalised, and not the label opening a line), and opens no paragraph of the
    story below before a colon: "DEAR ABBY:" over letter after letter, or "Column:" named
    again only as "this column", is a label, not where the story was filed.

    >>> _named_again("Dubai", "The city said.", "Dubai has many towers.")
    True
    >>> _named_again("PUNE", "The metro will run.", "Officials in Pune said so.")
    True
    >>> _named_again("Column", "Gannett is big.", "As this column said.\\nColumn: Other news")
    False
    >>> letter = "DEAR ABBY: My husband bought the tickets, and I am in economy for the flight."
    >>> _named_again("DEAR ABBY", "My husband said.", f"DEAR READER: No.\\n{letter}")
    False
    """
    if not place or context is None or len(place) < 3:
        return False
    if _opens_line(place, context, prose=True):
        return False
    pattern = word_pattern(place, True)
    for text in (rest, context):
        for m in pattern.finditer(text):
            start = m.start()
            if not m.group()[0].isupper():
                continue  # "this column"
            if (start == 0 or text[start - 1] == "\n") and _colon_at(text, m.end()):
                continue  # "Column: Other news": the label again
            return True
    return False


def _opens_line(place: str, context: str, *, prose: bool = False) -> bool:
    """Whether a line of ``context`` is ``place`` alone (a name over a story's teaser is its
    author, not where it was filed) or starts with ``place`` (in any case) and a colon — with
    ``prose``, only a paragraph of prose counts ("Pune: Water cut on Thursday", a related
    headline, does not).

    >>> _opens_line("Dear Abby", "DEAR ABBY: Again."), _opens_line("Jane Roe", "Jane Roe")
    (True, True)
    >>> _opens_line("Pune", "Pune: Water cut in central areas", prose=True)
    False
    >>> _opens_line("Dubai", "Dubai has many towers.")
    False
    """
    n, folded = len(place), place.casefold()
    for line in context.split("\n"):
        if len(line) < n or line[:n].casefold() != folded:
            continue
        if len(line) == n:
            return True
        if _colon_at(line, n) and (not prose or reads_as_prose(line)):
            return True
    return False


def _colon_at(text: str, at: int) -> bool:
    """A colon stands at ``at`` in ``text``, after a space at most ("Column :" too)."""
    return text[at : at + 2].lstrip()[:1] in (":", "：")


def _opens_story(rest: str) -> bool:
    """What follows a dateline starts a sentence of the story (CJK, or 6+ words)."""
    if not rest[0].isascii() or _CJK.search(rest[:12]):
        return True
    if not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘"):
        return False
    return len(rest.split()) >= 6 and not rest.isupper()


def _date(found: str | None, published: str | None) -> str | None:
    """The dateline's date as ISO; the year (and, for "12日電", the month) from ``published``."""
    if not found:
        return None
    only_day = _day_only().fullmatch(found.strip())
    if only_day is not None:
        return _day_of(int(only_day.group("d")), published)
    parsed = month_day(found)
    if parsed is None:
        return None
    year, month, day = parsed
    if year is None and published:
        year = int(published[:4])
    if year is None:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_of(day: int, published: str | None) -> str | None:
    """Day ``day`` of the published date's month, or of the month before when it is later
    than the published day (a story filed on the 30th and published on the 1st)."""
    if not published:
        return None
    try:
        ref = _dt.date.fromisoformat(published[:10])
        if day > ref.day:
            ref = ref.replace(day=1) - _dt.timedelta(days=1)
        return ref.replace(day=day).isoformat()
    except ValueError:
        return None


def _split_name_place(text: str, rules: RuleBook) -> tuple[list[str], str | None]:
    """ "張偉台北" -> (["張偉"], "台北"): reporters' names run into the place they filed from.

    Names are two or three characters and places mostly two, so the place takes the last two
    characters, or more when the names would otherwise be longer than three.
    """
    *names, last = text.split("、")
    if len(last) < 4:
        return [], None
    cut = len(last) - 2 if len(last) <= 5 else 3
    names.append(last[:cut])
    if not all(han_name(n, rules) for n in names):
        return [], None
    return names, last[cut:]


def dateline(doc: Doc, rules: RuleBook) -> Doc:
    """The dateline opening the first paragraph, kept as ``metadata.dateline`` (place, date)."""
    return apply(doc, plan_of(doc, rules).part("dateline"))


def decide_dateline(doc: Doc, rules: RuleBook, credits: list[Credit], plan: dict[str, Part]) -> Doc:
    """The dateline's part of the credit plan, decided last (``doc`` is the page without the
    other credits, as the dateline step sees it). Besides ``dateline``, its metadata holds
    what the dateline says for other fields, which the plan hands to their extractors: the
    reporters in its brackets (``dateline_authors``), its date when it prints the year
    (``dateline_published``) and its agency (``source``, an outlet for ``publisher``)."""
    for _ in range(_STACKED):  # read again what is left, as the body will be read
        cut = _decide_once(doc, rules)
        if cut is doc:
            break
        doc = cut
    return doc


def _decide_once(doc: Doc, rules: RuleBook) -> Doc:
    """The first dateline (or stack of them) the lines near the start of the prose open with,
    cut; ``doc`` itself if there is none."""
    bounds = body_bounds(doc)
    start = bounds[0] if bounds else 0
    content = doc.content()
    near = [pos for pos, (i, _) in enumerate(content) if i >= start][:1]
    first = max(0, (near[0] if near else 0) - 2)
    window = content[first : first + _SCAN_LINES]
    facts = facts_of(doc, rules)
    passed = 0  # paragraphs of the story read that opened with no dateline
    for n, (_, line) in enumerate(window):
        found = read_dateline(line.text, rules, _context(window, n))
        if found is None or not _opens_text(line.text[found[1].end() :]):
            passed += facts(line.text).long_prose
            continue
        colon = found[0].id.endswith(":colon")
        if colon and (passed > _PARAGRAPHS or _a_label(found[1].group("place"), doc, window[:n])):
            continue  # a "Place:" well into the story, or one that is a label, is no dateline
        return _cut_datelines(doc, window, n, found, rules)
    return doc


def _a_label(place: str, doc: Doc, above: list[tuple[int, Line]]) -> bool:
    """A "Place:" that is no place: it opened a paragraph above as well ("DEAR ABBY:" letter
    after letter), or it is a name the byline took as the page's author ("Sen. Jane Roe:"
    over a teaser, with "Sen. Jane Roe" under it)."""
    if place in (doc.meta.get("authors") or ()):
        return True
    return _opens_line(place, "\n".join(line.text for _, line in above), prose=True)


_WORD = regex.compile(r"[\p{L}\p{N}]++")


def _opens_text(rest: str) -> bool:
    """What follows a dateline on its line: nothing (a dateline line of its own) or the
    story's first words — two words, or four CJK characters — not a stray fragment
    ("(Rrs)s", "M (Re):0" are junk that only looks like a dateline).

    >>> _opens_text(""), _opens_text(" China said on Tuesday"), _opens_text("记者从市政府获悉")
    (True, True, True)
    >>> _opens_text("s"), _opens_text(":0")
    (False, False)
    """
    if not rest.strip():
        return True
    if len(_CJK.findall(rest, endpos=64)) >= 4:
        return True
    return len(_WORD.findall(rest, endpos=200)) >= 2


_STACKED = 8  # datelines cut one after the other


def _context(window: list[tuple[int, Line]], n: int) -> str:
    return "\n".join(other.text for _, other in window[n + 1 :])


def _cut_datelines(doc: Doc, window: list[tuple[int, Line]], n: int, found, rules) -> Doc:
    """Cut the dateline opening ``window[n]``, then each one the story still opens with.

    What is left of the line may open with a dateline again ("LONDON (Reuters) - (AP) -"),
    and a line that was a dateline alone leaves the story to open on the next line, which
    may start with one too ("(Reuters)" / "LONDON (Reuters) - ..."). Both are cut in the
    same pass: otherwise cleaning the body again would cut them then, and the body would not
    settle. At most ``_STACKED`` datelines, so the step stays linear.
    """
    gone = 0  # lines of the window removed whole: later indices shift down by this many
    for _ in range(_STACKED):
        rule, m = found
        index, line = window[n][0] - gone, window[n][1]
        cut = doc.cut(index, 0, m.end(), rule.id)
        if cut is doc:
            break  # a cut that would leave unnormalised text is not made
        doc = cut.with_meta(
            **_fields(doc, m, rules), why={"how": "dateline", "line": line.no, "rule": rule.id}
        )
        if index < len(doc.lines) and doc.lines[index].no == line.no:
            found = read_dateline(doc.lines[index].text, rules, _context(window, n))
        elif n + 1 < len(window):  # the whole line was the dateline: on to the next one
            gone, n = gone + 1, n + 1
            found = read_dateline(window[n][1].text, rules, _context(window, n))
        else:
            break
        if found is None:
            break
    return doc


def _fields(doc: Doc, m, rules: RuleBook) -> dict:
    """The metadata a dateline match gives that ``doc`` does not have yet."""
    groups = m.groupdict()
    place = (groups.get("place") or "").strip(" ,") or None
    names: list[str] = []
    if groups.get("name_place"):
        names, place = _split_name_place(groups["name_place"], rules)
    date = _date(groups.get("date"), doc.meta.get("published"))
    fields: dict = {}
    if (place or date) and not doc.meta.get("dateline"):
        fields["dateline"] = Dateline(place, date)
    agency = (groups.get("agency") or "").strip()
    if agency and agency not in _own_paper() and not doc.meta.get("dateline_source"):
        fields["source"] = fields["dateline_source"] = agency
    if groups.get("credit"):
        credits = read_credits(groups["credit"].strip(), rules) or ()
        names += [n for f in credits if f.kind == "author" for n in f.names]
    if names and not doc.meta.get("dateline_authors"):
        fields["dateline_authors"] = list(dict.fromkeys(names))
    printed = month_day(groups.get("date") or "")
    if date and printed and printed[0] is not None and not doc.meta.get("dateline_published"):
        fields["dateline_published"] = date  # the dateline printed its year: a fallback date
    return fields
