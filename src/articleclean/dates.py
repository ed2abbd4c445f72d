"""Finding and parsing dates in news text, for the extractors that need them.

Recognised shapes (each a linear-time pattern):

* ``2016-07-12``, ``2016/07/12``, ``2016.07.12`` (year first: never ambiguous);
* ``2016年07月12日``, ``2016년 7월 12일``;
* ``July 12, 2016``, ``Tue July 12, 2016``, ``Jul. 12 2016``, ``12 July 2016``,
  ``12th of July, 2016``, ``12 de julio de 2016``, ``12. Juli 2016``
  (month names from ``data/<lang>/months.txt``);
* ``07/12/2016``, ``12.07.2016`` — numeric with the year last. When both numbers could be
  the month the date is *ambiguous*: :class:`FoundDate` keeps both readings and the caller
  decides from the site's convention or other dates in the text; nothing is guessed here.

A time next to the date (``08:00``, ``3:15 PM``, ``08时00分``, before or after it) and a
time zone printed beside it (``ET``, ``GMT+8``, ``UTC``, ``+08:00``, ``北京时间``) are taken
too; the UTC offset is only ever the one the text printed.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from .rules import DATA_DIR

__all__ = ["FoundDate", "find_dates", "month_day", "parse_date", "ymd_marks"]

MIN_YEAR = 1990
_DIGIT = regex.compile(r"\d")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text, with where it was."""

    start: int
    end: int
    year: int
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    offset: str | None = None  # "+08:00", only when printed
    alt: tuple[int, int, int] | None = None  # the other (year, month, day) reading if ambiguous

    @property
    def ambiguous(self) -> bool:
        return self.alt is not None

    def day_iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def iso(self) -> str:
        """ISO 8601: date, then time if printed, then offset if printed.

        >>> find_dates("Updated: 2016-07-12 08:00")[0].iso()
        '2016-07-12T08:00'
        """
        out = self.day_iso()
        if self.hour is not None:
            out += f"T{self.hour:02d}:{self.minute or 0:02d}"
            if self.second is not None:
                out += f":{self.second:02d}"
            if self.offset:
                out += self.offset
        return out

    def resolved(self, year: int, month: int, day: int) -> FoundDate:
        """This date with the ambiguity settled to ``(year, month, day)``."""
        from dataclasses import replace

        return replace(self, year=year, month=month, day=day, alt=None)


def _read_table(path) -> list[list[str]]:
    """The rows of a table file, each split on spaces, or on " | " where a cell holds a space
    ("10 | أكتوبر | تشرين الأول": a month of two words)."""
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("|")] if "|" in line else line.split())
    return rows


_DOTTED_I = str.maketrans({"ı": "i", "\u0307": None})


def _folded(name: str) -> str:
    """``name`` case-folded and composed again, as the month and weekday patterns are
    written: ``str.casefold`` takes "ΐ" of "Μαΐου" apart into three code points.

    >>> len(_folded("Μαΐου")) == len("Μαΐου")
    True
    """
    return unicodedata.normalize("NFC", name.casefold())


def _fold(name: str) -> str:
    """``name`` as a key of the month and zone tables: case-folded, with the Turkish
    dotted and dotless i folded to "i", as the patterns' case-insensitive match takes them
    ("NİSAN" and "KASIM" match "nisan" and "kasım"; ``str.casefold`` alone gives "ni̇san" and
    "kasim").

    >>> _fold("NİSAN"), _fold("KASIM"), _fold("kasım"), _fold("April")
    ('nisan', 'kasim', 'kasim', 'april')
    """
    return _folded(name).translate(_DOTTED_I)


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for path in sorted(DATA_DIR.glob("*/months.txt")):
        for number, *names in _read_table(path):
            for name in names:
                out.setdefault(_folded(name), int(number))
    return out


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """The month of a name the month pattern matched, by :func:`_fold` (the pattern is built
    from :func:`_months`, whose keys keep the dotless "ı" of "kasım")."""
    out: dict[str, int] = {}
    for name, number in _months().items():
        out.setdefault(_fold(name), number)
    return out


@lru_cache(maxsize=1)
def _weekdays() -> list[str]:
    out: list[str] = []
    for path in sorted(DATA_DIR.glob("*/weekdays.txt")):
        out.extend(_folded(" ".join(row)) for row in _read_table(path))  # "thứ ba"
    return out


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(DATA_DIR.glob("*/timezones.txt")):
        for name, value in _read_table(path):
            out[_fold(name)] = value
    return out


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """role -> the words of every language's ``date_words.txt`` (the words printed around
    dates and times: "at", "um", "下午", "年 月 日"; each file says what its roles are)."""
    out: dict[str, list[str]] = {}
    for path in sorted(DATA_DIR.glob("*/date_words.txt")):
        for role, *words in _read_table(path):
            out.setdefault(role, []).append(" ".join(words))
    return {role: tuple(dict.fromkeys(words)) for role, words in out.items()}


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _chars(words) -> str:
    return "".join(regex.escape(w) for w in sorted(set(words)))


def ymd_marks() -> dict[tuple[str, str], list[str]]:
    """(year mark, month mark) -> the day marks printed after them ("年", "月" -> 日 号 號)."""
    out: dict[tuple[str, str], list[str]] = {}
    for row in _words().get("ymd", ()):
        year, month, *days = row.split()
        known = out.setdefault((year, month), [])
        known.extend(d for d in days if d not in known)
    return out


# Every pattern below contains the year group, which starts with "19" or "20": find_dates
# skips text without either (most lines) before trying them. A new shape without a year must
# change that test.
@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    mon = _alternation(_months())
    wd = _alternation(_weekdays())
    words = _words()
    ordinal = _alternation(words.get("ordinal", ()))
    month_of = _alternation(words.get("month_of", ()))
    year_of = _alternation(words.get("year_of", ()))
    year = r"(?P<y>(?:19|20)\d\d)"
    # "2016 г.", "2024 r.", "2016 года": the word for "year" after it goes with the date
    after = _alternation(words.get("year_after", ()))
    year_after = rf"(?:\s*+(?:{after})(?!\w))?+" if after else ""
    weekday = rf"(?:(?:{wd})\.?+[,،]?+\s++)?+"  # "Tuesday, ", "الأربعاء، "
    marked = {  # "2016年07月12日", "2016년 7월 12일": one pattern per year and month mark
        f"marks_{y}{m}": regex.compile(
            rf"{year}\s*+{regex.escape(y)}\s*+(?P<m>\d\d?+)\s*+{regex.escape(m)}\s*+"
            rf"(?P<d>\d\d?+)\s*+[{_chars(days)}]"
        )
        for (y, m), days in ymd_marks().items()
    }
    return {
        "ymd": regex.compile(
            rf"(?<!\d){year}\s*+(?P<s>[-/.])\s*+(?P<m>\d\d?+)\s*+(?P=s)\s*+(?P<d>\d\d?+)(?![\d/])"
        ),
        **marked,
        "mdy_name": regex.compile(
            rf"(?<!\w){weekday}(?P<mon>{mon})\.?+\s*+(?P<d>\d\d?+)(?:{ordinal})?+,?+\s++{year}(?!\d)",
            regex.IGNORECASE,
        ),
        "dmy_name": regex.compile(
            # (the word before the month may also begin it: "12 tháng 7" is "tháng 7")
            rf"(?<!\w){weekday}(?P<d>\d\d?+)(?:{ordinal})?+(?:\.?+\s++|[.-])(?:(?:{month_of})\s++)?"
            rf"(?P<mon>{mon})(?:\.?+,?+\s++|[.-])(?:(?:{year_of})\s++)?+{year}(?!\d){year_after}",
            regex.IGNORECASE,
        ),
        # the year first, then the month's name: "2024. július 12." (Hungarian pages)
        "ymd_name": regex.compile(
            rf"(?<![\w.]){year}\.?+\s++(?P<mon>{mon})\.?+\s++(?P<d>\d\d?+)\.?+(?!\d)",
            regex.IGNORECASE,
        ),
        # Unix ctime, as forums and mail print it: "Tue Jul 12 18:40:15 2016"
        "ctime": regex.compile(
            rf"(?<!\w){weekday}(?P<mon>{mon})\.?+\s++(?P<d>\d\d?+)\s++"
            rf"(?P<H>\d\d?+):(?P<M>\d\d)(?::(?P<S>\d\d))?+\s++{year}(?!\d)",
            regex.IGNORECASE,
        ),
        "numeric": regex.compile(
            # "12.07.2016", "12/7/2016", "12. 7. 2024" (Czech and Slovak pages: a space after
            # each dot); after a hyphen only when no digit is before it ("ב-18.06.2024")
            rf"(?<![\d/.])(?<!\d-)(?P<a>\d\d?+)(?:(?P<s>[-/.])|\.(?= \d)(?P<sp> ))(?P<b>\d\d?+)"
            rf"(?(sp)\. |(?P=s)){year}(?!\d){year_after}"
        ),
    }


@lru_cache(maxsize=2)
def _time_after(dotted: bool = False) -> regex.Pattern:
    """A time after the date: "08:00", ", 3:15 PM", "à 08h00", ", at 10:30", "10:30 Uhr",
    "08.00 Uhr", "08.00 AM", "ore 10:30", "오후 2:22", "下午2:22", "08时00分" (the words from
    ``date_words.txt``); after a date written with dots (``dotted``: "12.2.2024 11.42", as
    Finnish and Nordic pages print it), "11.42" alone too."""
    words = _words()
    before = _alternation(words.get("time_before", ()))
    pre = _alternation(words.get("am", ()) + words.get("pm", ()))
    marks = words.get("hour_mark", ())
    hour_marks = _chars(m for m in marks if len(m) == 1)
    latin_marks = [m for m in marks if m.isascii()]
    after_dot = _alternation((*words.get("hour_word", ()), *latin_marks))
    minute, second = words.get("minute_mark", ()), words.get("second_mark", ())
    hour_words = _alternation(words.get("hour_word", ()))
    after = _alternation(words.get("am_after", ()) + words.get("pm_after", ()))
    post = rf"|(?P<post>{after})(?!\w)" if after else ""
    return regex.compile(
        rf"\.?+\s*+(?:T|,|،|@|-|–|\||/)?+\s*+(?:(?P<at>{before})\s*+)?+"
        rf"(?P<pre>{pre})?+\s*+"
        # "08.00" only before "Uhr", "AM", a zone, after a word such as "kl." ("kl. 11.42":
        # Nordic pages) or a date with dots, never alone ("12. Juli 2016 10.000 Besucher")
        rf"(?P<H>\d\d?+)\s*+(?:[:：{hour_marks}]|\.(?=\d\d\s*+(?:{after_dot}|[ap]\.?+m|(?-i:[A-Z]{{2,4}}+))\b)"
        + (
            r"|\.(?=\d\d(?!\d)(?![.,]\d)))"
            if dotted
            else r"|(?(at)\.(?=\d\d(?!\d)(?![.,]\d))|(?!)))"
        )
        + r"\s*+(?P<M>\d\d)"
        rf"(?:\s*+[:：{_chars(minute)}]\s*+(?P<S>\d\d)(?!\d))?+\s*+[{_chars((*minute, *second))}]?+"
        rf"\s*+(?:(?P<ampm>[ap]\.?+\s?+m\b\.?+){post})?+"
        rf"(?:\s*+(?:{hour_words})(?!\w))?+",  # "10:30 Uhr", "10:30 ч.", "10:30 hod."
        regex.IGNORECASE,
    )


_TIME_BEFORE = regex.compile(
    r"(?P<H>\d\d?+):(?P<M>\d\d)(?::(?P<S>\d\d))?+\s*+(?P<ampm>[ap]\.?+\s?+m\b\.?+)?+"
    # (a zone, or a short word before the date: "on", "le", "ngày", read as no zone)
    r"(?:\s*+(?P<tz>\p{L}{1,5}+))?+\s*+[,|-]?+\s*+$",
    regex.IGNORECASE,
)


@lru_cache(maxsize=1)
def _zone_patterns() -> tuple[regex.Pattern, regex.Pattern]:
    """A time zone after a time ("ET", "GMT+8", "+08:00", "北京时间"), and one printed in
    words before a date ("北京时间2016年..."; ``zone`` in ``date_words.txt``)."""
    zones = _alternation(_words().get("zone", ()))
    after = regex.compile(
        r"\s*+[(（]?+(?P<tz>(?:utc|gmt)\s*+[+-]\s*+\d\d?+(?::?+\d\d)?+|[+-]\d\d:?+\d\d|[a-z]{1,5}+"
        rf"|{zones})(?![\w:])[)）]?+",
        regex.IGNORECASE,
    )
    before = regex.compile(rf"(?P<tz>{zones})\s*+$")
    return after, before


_OFFSET = regex.compile(
    r"(?:utc|gmt)?+\s*+(?P<sign>[+-])\s*+(?P<h>\d\d?+):?+(?P<m>\d\d)?+", regex.IGNORECASE
)


def _offset_for(tz: str, when: _dt.datetime) -> str | None:
    """The UTC offset printed as ``tz`` at ``when``; ``None`` if the zone is unknown."""
    m = _OFFSET.fullmatch(tz.strip())
    if m:
        h, mins = int(m.group("h")), int(m.group("m") or 0)
        if h > 14 or mins >= 60:
            return None
        return f"{m.group('sign')}{h:02d}:{mins:02d}"
    value = _zones().get(_fold(tz).strip())
    if value is None:
        return None
    if value[0] in "+-":
        return value
    try:
        from zoneinfo import ZoneInfo

        delta = ZoneInfo(value).utcoffset(when)
    except Exception:  # no tz database on this machine: say nothing rather than guess
        return None
    if delta is None:
        return None
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _valid(y: int, m: int, d: int, today: _dt.date, min_year: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31 and y >= min_year):
        return False
    try:
        day = _dt.date(y, m, d)
    except ValueError:
        return False
    return day <= today + _dt.timedelta(days=1)


def _hour(h: int, ampm: str | None) -> int | None:
    if ampm:
        pm = ampm.lower().startswith("p")
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if pm else 0)
    return h if 0 <= h <= 23 else None


_YEAR = re.compile(r"(?:19|20)\d\d")  # stdlib re: the same digits (\d), a faster scan

# Digits other than ASCII ("２０１６年７月１２日", "١٢ يوليو ٢٠١٦", "१२ जुलाई २०१६"), and the
# full-width marks between two digits ("２０１６／０７／１２", "０８：００"); stdlib ``\d`` is
# every decimal digit.
_OTHER_DIGITS = re.compile(r"[^\x00-\x7f](?<=\d)|(?<=\d)[／－：．](?=\d)")
_FULL_WIDTH_MARKS = {"／": "/", "－": "-", "：": ":", "．": "."}


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit written as an ASCII one, and the full-width marks
    between digits as their ASCII forms: character for character, so a span found in the
    result is the same span of ``text``.

    >>> ascii_digits("２０１６年７月１２日 ０８：００"), ascii_digits("١٢ يوليو ٢٠١٦")
    ('2016年7月12日 08:00', '12 يوليو 2016')
    >>> ascii_digits("时间：2016")  # a label's colon is no mark between digits
    '时间：2016'
    """
    if text.isascii() or _OTHER_DIGITS.search(text) is None:
        return text
    return _OTHER_DIGITS.sub(_ascii_digit, text)


def _ascii_digit(m: re.Match) -> str:
    ch = m.group()
    return _FULL_WIDTH_MARKS.get(ch) or str(unicodedata.decimal(ch))


def find_dates(
    text: str, *, today: _dt.date | None = None, min_year: int = MIN_YEAR
) -> list[FoundDate]:
    """Every date in ``text``, in order, without overlaps.

    Dates before ``min_year`` or after ``today`` (plus one day, for time zones) are skipped.

    >>> [d.iso() for d in find_dates("Published 3:15 PM ET, Tue July 12, 2016")]
    ['2016-07-12T15:15-04:00']
    >>> [d.iso() for d in find_dates("2016年07月12日 08:00 来源：新华社")]
    ['2016-07-12T08:00']
    >>> d = find_dates("(China Daily 07/12/2016 page3)")[0]
    >>> d.day_iso(), d.alt
    ('2016-07-12', (2016, 12, 7))
    >>> find_dates("He was born on 12 May 1950 and ran in 2016.")
    []
    >>> find_dates("Tue Jul 12 18:40:15 2016")[0].iso()
    '2016-07-12T18:40:15'

    """
    text = ascii_digits(text)  # (the same length: the dates' spans are the text's)
    if ("19" not in text and "20" not in text) or _YEAR.search(text) is None:
        # every shape has a year: (?P<y>(?:19|20)\d\d) (tests/test_fast_paths.py); only a
        # numeric date with a time after it may have two digits for it
        return _short_year_dates(text, today or _dt.date.today(), min_year)
    today = today or _dt.date.today()
    months = _month_numbers()
    found: list[tuple[int, int, int, int, int, tuple[int, int, int] | None]] = []
    for kind, pat in _patterns().items():
        for m in pat.finditer(text):
            y = int(m.group("y"))
            alt = None
            if kind == "ymd" or kind.startswith("marks_"):
                mo, d = int(m.group("m")), int(m.group("d"))
            elif kind in ("mdy_name", "dmy_name", "ymd_name", "ctime"):
                month = months.get(_fold(m.group("mon")))
                if month is None:
                    continue  # a form the pattern takes and the table does not hold
                mo, d = month, int(m.group("d"))
            else:
                mo, d, alt = _numeric_order(
                    y, int(m.group("a")), int(m.group("b")), today, min_year
                )
            if not _valid(y, mo, d, today, min_year):
                continue
            clock = None
            if kind == "ctime":  # the time sits inside the date
                h, mi, s = int(m.group("H")), int(m.group("M")), m.group("S")
                if h > 23 or mi > 59:
                    continue
                clock = (h, mi, int(s) if s else None)
            found.append((m.start(), m.end(), y, mo, d, alt, clock))
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[FoundDate] = []
    last_end = -1
    for start, end, y, mo, d, alt, clock in found:
        if start < last_end:
            continue
        if clock is not None:
            out.append(FoundDate(start, end, y, mo, d, *clock))
        else:
            out.append(_with_time(text, start, end, y, mo, d, alt))
        last_end = out[-1].end
    return out


_DOTTED_DATE = regex.compile(r"\d\d?+\. ?+\d\d?+\. ?+(?:19|20)?+\d\d")  # "12.2.2024", "12. 7. 2024"
_SHORT_YEAR_GATE = re.compile(r"\d[-/.]\d\d?[-/.]\d\d(?![\d/.-])")  # stdlib re: the cheap scan


@lru_cache(maxsize=1)
def _short_year() -> regex.Pattern:
    """A numeric date with two digits for the year, and a time right after it: "12.02.24
    11:42" (Norwegian and Dutch pages), "12/03/24 om 06u30". Without the time a short year
    is too often no date ("1.2.24" is a version, a score, a paragraph)."""
    words = _words()
    before = _alternation(words.get("time_before", ()))
    marks = _chars(m for m in words.get("hour_mark", ()) if len(m) == 1)
    return regex.compile(
        r"(?<![\d/.-])(?P<a>\d\d?+)(?P<s>[-/.])(?P<b>\d\d?+)(?P=s)(?P<yy>\d\d)(?![\d/.-])"
        rf"(?=,?+\s++(?:(?:{before})\s*+)?+\d\d?+\s*+[:：.{marks}]\s*+\d\d(?!\d))",
        regex.IGNORECASE,
    )


def _numeric_order(y: int, a: int, b: int, today: _dt.date, min_year: int):
    """``(month, day, alt)`` of a numeric date "a/b/y": month first when both orders are
    days (``alt`` holds the other, for the page to settle), else the one order that is."""
    first_ok, second_ok = _valid(y, a, b, today, min_year), _valid(y, b, a, today, min_year)
    if first_ok and second_ok and a != b:
        return a, b, (y, b, a)
    return (a, b, None) if first_ok else (b, a, None)


def _short_year_dates(text: str, today: _dt.date, min_year: int) -> list[FoundDate]:
    """The dates of :func:`_short_year` in ``text``; the century is the one that puts the
    date at most a year ahead of ``today``."""
    if _SHORT_YEAR_GATE.search(text) is None:
        return []
    out: list[FoundDate] = []
    for m in _short_year().finditer(text):
        y = 2000 + int(m.group("yy"))
        if y > today.year + 1:
            y -= 100
        mo, d, alt = _numeric_order(y, int(m.group("a")), int(m.group("b")), today, min_year)
        if _valid(y, mo, d, today, min_year):
            out.append(_with_time(text, m.start(), m.end(), y, mo, d, alt))
    return out


@lru_cache(maxsize=1)
def _pm_after() -> frozenset[str]:
    """The marks after a time that make it afternoon (``pm_after``), folded."""
    return frozenset(_folded(w) for w in _words().get("pm_after", ()))


def _with_time(text, start, end, y, mo, d, alt) -> FoundDate:
    hour = minute = second = None
    tz = None
    m = _time_after(bool(_DOTTED_DATE.fullmatch(text, start, end))).match(text, end)
    ampm = None
    if m:
        pre, post = m.group("pre"), m.groupdict().get("post")
        if post:  # "10:30 م", "10:30 μ.μ.": a mark after the time
            ampm = "pm" if _folded(post) in _pm_after() else "am"
        else:
            pm = _words().get("pm", ())
            ampm = m.group("ampm") or (("pm" if pre in pm else "am") if pre else None)
    if m and _hour(int(m.group("H")), ampm) is not None and int(m.group("M")) < 60:
        hour, minute = _hour(int(m.group("H")), ampm), int(m.group("M"))
        second = int(m.group("S")) if m.group("S") else None
        end = m.end()
        z = _zone_patterns()[0].match(text, end)
        if z:
            tz, tz_end = z.group("tz"), z.end()
        else:
            tz_end = end
    else:
        before = _TIME_BEFORE.search(text[max(0, start - 40) : start])
        if before and _hour(int(before.group("H")), before.group("ampm")) is not None:
            hour = _hour(int(before.group("H")), before.group("ampm"))
            minute = int(before.group("M"))
            second = int(before.group("S")) if before.group("S") else None
            tz = before.group("tz")
            start = max(0, start - 40) + before.start()
        tz_end = end
    zb = _zone_patterns()[1].search(text[max(0, start - 8) : start])
    if zb and tz is None:
        tz = zb.group("tz")
        start = max(0, start - 8) + zb.start()
    offset = None
    if tz and hour is not None:
        offset = _offset_for(tz, _dt.datetime(y, mo, d, hour, minute or 0))
        if offset is not None:
            end = max(end, tz_end)
    if hour is not None and minute is not None and minute >= 60:
        hour = minute = second = None
    return FoundDate(start, end, y, mo, d, hour, minute, second, offset, alt)


def parse_date(text: str, **kwargs) -> FoundDate | None:
    """The first date in ``text``, if any.

    >>> parse_date("12 July 2016").iso()
    '2016-07-12'
    """
    found = find_dates(text, **kwargs)
    return found[0] if found else None


def date_in_year(text: str, year: int) -> FoundDate | None:
    """The date ``text`` prints wholly when it is a day without its year and, maybe, a
    time ("November 18 at 4:46 PM", "Nov. 18, 4:46 PM", "18 novembre 16:46"), put in
    ``year``: the date line it ends gave the year ("November 18, 2019 at 2:26 PM HST -
    Updated November 18 at 4:46 PM"). ``None`` for anything else.

    >>> date_in_year("November 18 at 4:46 PM", 2019).iso()
    '2019-11-18T16:46'
    >>> date_in_year("Nov. 18", 2019).iso(), date_in_year("18 novembre 16:46", 2019).iso()
    ('2019-11-18', '2019-11-18T16:46')
    >>> date_in_year("November 18 at 4:46 PM HST", 2019).iso()
    '2019-11-18T16:46'
    >>> date_in_year("November 31", 2019), date_in_year("November 18 readers", 2019)
    (None, None)
    """
    text = ascii_digits(text.strip())
    m = _month_day().match(text)
    found = _month_day_of(m) if m is not None and not m.group("y") else None
    if found is None:
        return None
    _, month, day = found
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    date = _with_time(text, 0, m.end(), year, month, day, None)
    end = date.end
    if end < len(text) and date.hour is not None:  # a zone we know no offset of ("HST")
        zone = _zone_patterns()[0].match(text, end)
        if zone is not None and zone.group("tz").isupper():
            end = zone.end()
    return date if end == len(text) else None


@lru_cache(maxsize=1)
def _month_day() -> regex.Pattern:
    marks = ymd_marks()
    months = _chars(m for _, m in marks)
    days = _chars(d for ds in marks.values() for d in ds)
    return regex.compile(
        rf"(?:(?P<mon>\p{{L}}++)\.?+\s*+(?P<d>\d{{1,2}}+)|(?P<m>\d{{1,2}}+)\s*+[{months}]\s*+"
        rf"(?P<d2>\d{{1,2}}+)\s*+[{days}]?+"
        r"|(?P<d3>\d{1,2}+)\.?+\s*+(?P<mon2>\p{L}++)\.?+)"
        r"(?:,?+\s*+(?P<y>(?:19|20)\d\d))?+"
    )


def month_day(text: str) -> tuple[int | None, int, int] | None:
    """``(year or None, month, day)`` of a dateline date ("July 12", "7月11日", "Jul. 12, 2016",
    and day first: "12 LUG", "12 jul 2016", "12 июля").

    >>> month_day("July 12"), month_day("7月11日"), month_day("Jul. 12, 2016")
    ((None, 7, 12), (None, 7, 11), (2016, 7, 12))
    >>> month_day("12 LUG"), month_day("12 jul 2016"), month_day("12 июля")
    ((None, 7, 12), (2016, 7, 12), (None, 7, 12))
    >>> month_day("Blah 12") is None, month_day("45 years") is None, month_day("７月１１日")
    (True, True, (None, 7, 11))
    """
    m = _month_day().fullmatch(ascii_digits(text.strip()))
    return None if m is None else _month_day_of(m)


def _month_day_of(m: regex.Match) -> tuple[int | None, int, int] | None:
    """``(year or None, month, day)`` of a match of :func:`_month_day`, if it is a day."""
    if m.group("mon") or m.group("mon2"):
        month = _month_numbers().get(_fold(m.group("mon") or m.group("mon2")))
        day = int(m.group("d") or m.group("d3"))
    else:
        month, day = int(m.group("m")), int(m.group("d2"))
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    year = int(m.group("y")) if m.group("y") else None
    return year, month, day
