"""Reading people's names out of credit values: "Jane Doe and John Roe", "张伟 李明", "zboygirl".

Shared by the ``byline`` and ``editors`` extractors. A value is accepted only when *every*
part of it is a name, a handle (where the label allows one), a job title (skipped) or a
publisher (returned as the source); anything else means the value is not a credit at all.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from ..rules import RuleBook, load_words, word_alternation
from ..text import key

__all__ = [
    "Names",
    "han_name",
    "is_handle",
    "job_title",
    "looks_like_name",
    "read_names",
    "title_case_caps",
    "trim",
]

# Patterns searched for that start with spaces open with (?!(?<=\s)\s): no match starts
# inside a run of spaces, so a search costs one pass over a run, not one per position.
_PAREN = regex.compile(r"(?!(?<=\s)\s)\s*+[(（]\s*+(?P<inner>[^()（）]{1,60}+)\s*+[)）]\s*+$")
_PIPE = regex.compile(r"(?!(?<=\s)\s)\s*+[|丨]\s*+")
_LATIN_WORD = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]*+|\p{Lu}\.)")
_HAN_NAME = regex.compile(r"\p{Han}{2,4}+")
# a word in a script with no capitals (Arabic, Hebrew), where a name or an outlet's name
# cannot be told by its capitals; two to four such words are a name only after a label
UNCASED_WORD = r"[\p{Arabic}\p{Hebrew}]{2,}+"
_UNCASED_NAME = regex.compile(rf"{UNCASED_WORD}(?:\s{UNCASED_WORD}){{1,3}}+")
_HANGUL = regex.compile(r"\p{Hangul}{2,4}+")
_HAN_DOTTED = regex.compile(r"\p{Han}{1,6}+(?:[·•・]\p{Han}{1,8}+){1,2}+")
_HANDLE = regex.compile(r"[\p{L}\p{N}_][\p{L}\p{N}_.&@·-]{0,23}+")
_TRIM = " \u3000\t.,，。:：;；|/-–—·•()（）[]【】<>《》\"'“”"
_MAX_NAMES = 8
_DASH = regex.compile(r"(?!(?<=\s)\s)\s++[-–—]\s++")
# an outlet's name: capitalised words, one of them with a digit or in capitals ("G1 Rio", "NDTV")
_OUTLET = regex.compile(
    r"(?-i:(?=[^,]*?(?:\p{Lu}\p{N}|\p{N}\p{Lu}|\p{Lu}{2}))\p{Lu}[\p{L}\p{N}&]*+(?:\s\p{Lu}[\p{L}\p{N}&]*+){0,3}+)"
)
_PLACE = regex.compile(r"(?-i:\p{Lu}[\p{L}.'’-]*+(?:\s\p{Lu}[\p{L}.'’-]*+){0,2}+)")
_WORD = regex.compile(r"\p{L}++")
# "王晓_NN1234", "李明 SN226", "王芳 PN080": a content system's code after an editor's name
_STAFF_CODE = regex.compile(r"(?-i:(?<=\p{Han})(?:_|\s++)[A-Z]{1,4}+\d{2,8}+)$")


def name_words(role: str) -> tuple[str, ...]:
    """The words of ``role`` in every language's ``name_words.txt``."""
    return load_words("name_words.txt").get(role, ())


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """Lower-case words inside a name ("van", "de"; ``particle`` in ``name_words.txt``)."""
    return frozenset(w.lower() for w in name_words("particle"))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    """The patterns built from the words of ``name_words.txt`` (every language's)."""

    def alt(*roles: str) -> str:
        return word_alternation(w for role in roles for w in name_words(role))

    return {
        # what separates two names: "and" in any case ("JANE DOE AND JOHN ROE"); the
        # one-letter joiners only in lower case, so the initial in "Jane E Doe" stays
        "split": regex.compile(
            rf"(?!(?<=\s)\s)\s*+(?:[,，、;；&/]|(?i:\b(?:{alt('and')})\b)"
            rf"|\b(?:{alt('and_cased')})\b)\s*+"
        ),
        # what joins two full names only ("Anne Bakker en Jeroen Smit": Dutch "en" is also
        # the Spanish and French "in", as in "corresponsal en Bruselas")
        "and_names": regex.compile(rf"(?!(?<=\s)\s)(?-i:\s++(?:{alt('and_names')})\s++)"),
        # what joins two Han names written without a space ("张伟和李明")
        "han_join": regex.compile(rf"(?!(?<=\s)\s)\s*+(?:{alt('han_and')})\s*+"),
        # "The Riverside Ledger" after a name
        "the_publication": regex.compile(
            rf"(?-i:(?:{alt('the')})(?:\s\p{{Lu}}[\p{{L}}&.'’-]*+){{1,5}}+)"
        ),
        # "張偉／台中報導" (filed from Taichung), "王芳 李明 报道" (reported by)
        "reported_from": regex.compile(
            rf"(?!(?<=\s)\s)(?:\s*+[/／]\s*+\p{{Han}}{{1,8}}?(?:{alt('reported', 'reported_from')})"
            rf"|\s++(?:{alt('reported')}))\s*+$"
        ),
        # "ZHOU HUIYING in Harbin": the place the reporter filed from, after the name
        "in_place": regex.compile(
            rf"(?-i:\s++(?:{alt('in_place')})\s++\p{{Lu}}[\p{{L}}'’-]*+"
            rf"(?:\s\p{{Lu}}[\p{{L}}'’-]*+){{0,2}}+)$"
        ),
        # "Repórter da Agência Brasil", "Correspondent for The Times": the outlet inside a
        # job title
        "of_outlet": regex.compile(rf"(?-i:\s(?:{alt('of_outlet')})\s(?P<outlet>\p{{Lu}}.*+))$"),
        # "Metro Nine News", "WBAL-TV 11 News", "Denver Post": capitalised words (or numbers)
        # ending in a word that ends publishers' names, read as the outlet beside a name
        "outlet_named": regex.compile(
            rf"(?-i:\p{{Lu}}[\p{{L}}\p{{N}}&.'’-]*+(?:\s[\p{{Lu}}\p{{N}}][\p{{L}}\p{{N}}&.'’-]*+){{0,3}}?"
            rf"\s(?:{alt('outlet_end')}))"
        ),
    }


class Names(NamedTuple):
    """What a credit value names: people, and the publisher if one was named beside them."""

    names: list[str]
    source: str | None


def trim(text: str) -> str:
    """``text`` without surrounding punctuation; a closing bracket stays if its pair is inside.

    >>> trim("（记者 张伟 李明）"), trim("An Baijie(China Daily)"), trim(" : Jane Doe, ")
    ('记者 张伟 李明', 'An Baijie(China Daily)', 'Jane Doe')
    """
    start, end = 0, len(text)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        closing = text[end - 1]
        if closing in ")）":
            inner = text[start : end - 1]
            opening = "(" if closing == ")" else "（"
            if inner.count(opening) > inner.count(closing):
                break
        end -= 1
    return text[start:end]


def looks_like_name(text: str) -> bool:
    """A personal name: 1-5 capitalised words (particles allowed), or 2-4 Han characters.

    >>> looks_like_name("An Baijie"), looks_like_name("Ludwig van Beethoven")
    (True, True)
    >>> looks_like_name("张伟"), looks_like_name("阿卜杜拉·买买提")
    (True, True)
    >>> looks_like_name("the way"), looks_like_name("Page 3")
    (False, False)
    """
    if _HAN_NAME.fullmatch(text) or _HAN_DOTTED.fullmatch(text) or _HANGUL.fullmatch(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 50:
        return False
    if not _LATIN_WORD.fullmatch(words[0]) or not _LATIN_WORD.fullmatch(words[-1]):
        return False
    return all(_LATIN_WORD.fullmatch(w) or w.lower() in name_particles() for w in words)


def han_name(text: str, rules: RuleBook) -> bool:
    """A Chinese personal name: a known surname (``zh/surnames.txt``) and one or two more
    characters (two or three after a two-character surname), and not a common word.

    >>> han_name("胡平", RuleBook()), han_name("欧阳修", RuleBook())
    (True, True)
    >>> han_name("看点", RuleBook()), han_name("高山流水", RuleBook())
    (False, False)
    """
    if not _HAN_NAME.fullmatch(text):
        return False
    surnames = rules.lexicon("surnames")
    if len(text) >= 3 and surnames.lookup_key(key(text[:2])) and len(text) <= 4:
        return not _common_word(text, rules)
    if len(text) <= 3 and surnames.lookup_key(key(text[0])):
        return not _common_word(text, rules)
    return False


def _common_word(text: str, rules: RuleBook) -> bool:
    """Label, widget or function words that happen to start with a surname ("时间", "来源")."""
    k = key(text)
    for family in ("author_labels", "editor_labels", "source_labels", "date_labels"):
        if rules.lexicon(family).lookup_key(k):
            return True
    if rules.widgets().lookup_key(k):
        return True
    return k.replace(" ", "") in _zh_stopwords()


def _zh_stopwords() -> frozenset[str]:
    from .language import load_stopwords

    return load_stopwords("zh")


def is_handle(text: str) -> bool:
    """A user handle as forums and blogs print it: one run of letters, digits and ``_.&-``.

    >>> is_handle("zboygirl"), is_handle("放飞&心情"), is_handle("芊草凡凡")
    (True, True, True)
    >>> is_handle("12345"), is_handle("two words"), is_handle("希望以后和各位多多交流")
    (False, False, False)
    """
    if not _HANDLE.fullmatch(text) or len(text) < 2 or "@" in text[1:]:
        return False
    if sum(1 for ch in text if not ch.isascii()) > 8:
        return False  # a run of Han characters that long is a phrase, not a nickname
    return any(ch.isalpha() for ch in text)


def title_case_caps(name: str) -> str:
    """An ALL-CAPS Latin name in Title Case; anything else unchanged.

    >>> title_case_caps("JANE DOE"), title_case_caps("Jane McDonald"), title_case_caps("张伟")
    ('Jane Doe', 'Jane McDonald', '张伟')
    """
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not all(c.isascii() or c.isupper() for c in letters):
        return name
    if not all(c.isupper() for c in letters):
        return name
    return _WORD.sub(lambda m: m.group().capitalize(), name)


def read_names(value: str, rules: RuleBook, *, handles: bool = False) -> Names | None:
    """The names in a credit value, or ``None`` if any part of it is not a name.

    ``handles=True`` (after an explicit author label such as "作者：") also accepts a single
    user handle. Job titles are skipped, publishers become the source, ALL-CAPS names become
    Title Case.

    >>> read_names("An Baijie(China Daily)", RuleBook())
    Names(names=['An Baijie'], source='China Daily')
    >>> read_names("JANE DOE and John Roe, Reuters", RuleBook())
    Names(names=['Jane Doe', 'John Roe'], source='Reuters')
    >>> read_names("王建宏 张文攀", RuleBook())
    Names(names=['王建宏', '张文攀'], source=None)
    >>> read_names("放飞&心情", RuleBook(), handles=True)
    Names(names=['放飞&心情'], source=None)
    >>> read_names("the time the vote came", RuleBook()) is None
    True
    """
    value = _patterns()["reported_from"].sub(
        "", trim(value)
    )  # "張偉／台中報導": the place it was filed from
    value = _STAFF_CODE.sub("", value)
    if not value or len(value) > 120 or ("@" in value and "." in value.split("@")[-1]):
        return None
    sources = rules.lexicon("sources")
    titles = rules.lexicon("job_titles")
    source = None
    paren = _PAREN.search(value)
    if paren and paren.start() > 0:
        inner = paren.group("inner").strip()
        value = trim(value[: paren.start()])
        if not titles.lookup(inner):
            if not (sources.lookup(inner) or _is_source_like(inner, rules)):
                return None
            source = inner
    dashed = _DASH.split(value)
    if len(dashed) > 1:  # "Maria Silva - Repórter da Agência Brasil - Brasília"
        value, rest = dashed[0], dashed[1:]
        for segment in rest:
            if sources.lookup(segment) or _is_source_like(segment, rules):
                source = source or segment
            elif job_title(segment, titles):
                outlet = _patterns()["of_outlet"].search(segment)
                if outlet and (
                    sources.lookup(outlet["outlet"]) or _PLACE.fullmatch(outlet["outlet"])
                ):
                    source = source or outlet["outlet"]  # "Repórter da Agência Brasil"
            elif not _PLACE.fullmatch(segment):
                return None
    pipe = _PIPE.split(value, maxsplit=1)
    if len(pipe) == 2:
        value, tail = trim(pipe[0]), trim(pipe[1])
        value = _patterns()["in_place"].sub("", value)  # "ZHOU HUIYING in Harbin | China Daily"
        if tail and not titles.lookup(tail):
            if not (sources.lookup(tail) or _is_source_like(tail, rules)):
                return None
            source = source or tail
    found = _split_names(value, rules)
    if found is None and handles and is_handle(value) and not _common_word(value, rules):
        found = ([value], None)
    if found is None and handles and _UNCASED_NAME.fullmatch(value):
        # "كتب: أحمد سالم": after a label, a name in a script of no capitals
        found = ([value], None)
    if found is None:
        return None
    names, src = found
    if not names or len(names) > _MAX_NAMES:
        return None
    return Names([title_case_caps(n) for n in names], source or src)


def _split_names(value: str, rules: RuleBook) -> tuple[list[str], str | None] | None:
    sources = rules.lexicon("sources")
    titles = rules.lexicon("job_titles")
    parts = [trim(p) for p in _patterns()["split"].split(value)]
    parts = [p for p in parts if p]
    if len(parts) == 1 and " " in parts[0]:
        han = parts[0].split()  # 记者 张伟 李明: Han names separated by spaces
        if all(_HAN_NAME.fullmatch(p) or _HAN_DOTTED.fullmatch(p) for p in han):
            parts = han
    expanded: list[str] = []
    for part in parts:  # 张伟和李明
        pieces = _patterns()["han_join"].split(part)
        if len(pieces) > 1 and all(han_name(p, rules) for p in pieces):
            expanded.extend(pieces)
            continue
        pieces = _patterns()["and_names"].split(part)
        if len(pieces) > 1 and all(_full_name(p) for p in pieces):
            expanded.extend(pieces)  # "Anne Bakker en Jeroen Smit"
        else:
            expanded.append(part)
    names: list[str] = []
    source = None
    several_han = sum(1 for p in expanded if _HAN_NAME.fullmatch(p)) > 1
    for n, part in enumerate(expanded):
        if sources.lookup(part) or (n > 0 and _patterns()["the_publication"].fullmatch(part)):
            source = source or part  # "Reuters"; "The Riverside Ledger" after a name
        elif job_title(part, titles, after_name=bool(names)):
            continue
        elif several_han and _HAN_NAME.fullmatch(part) and not han_name(part, rules):
            return None  # "放飞 心情" is not two people
        elif (split := _name_then_source(part, rules)) is not None:
            names.append(split[0])  # "DEVON PRICE Associated Press"
            source = source or split[1]
        elif n > 0 and _patterns()["outlet_named"].fullmatch(part):
            source = source or part  # "Jane Doe, Metro Nine News"
        elif looks_like_name(part) and not _common_word(part, rules):
            names.append(part)
        elif names and n == len(expanded) - 1 and _OUTLET.fullmatch(part):
            source = source or part  # "Por Ana Costa, G1 Rio": the outlet after the name
        else:
            return None
    return names, source


def _full_name(text: str) -> bool:
    """A personal name of two words or more ("Jeroen Smit", "Anne de Vries"; not "Bruselas").

    >>> _full_name("Anne de Vries"), _full_name("Bruselas")
    (True, False)
    """
    return " " in text and looks_like_name(text)


def _name_then_source(part: str, rules: RuleBook) -> tuple[str, str] | None:
    words = part.split()
    for k in range(1, min(4, len(words) - 2) + 1):  # a full name of two words or more first
        name, tail = " ".join(words[:-k]), " ".join(words[-k:])
        if rules.lexicon("sources").lookup(tail) and looks_like_name(name):
            return name, tail
    return None


def job_title(text: str, titles, *, after_name: bool = False) -> bool:
    """A job title, whole ("Staff Reporter"), by its first word ("Repórter da Agência
    Brasil") or, after a name, by its last ("Oliver Grant, Business Reporter"; alone, "HNN
    Staff" is the credit's name).

    >>> from articleclean.rules import RuleBook
    >>> titles = RuleBook().lexicon("job_titles")
    >>> job_title("Business Reporter", titles, after_name=True), job_title("HNN Staff", titles)
    (True, False)
    """
    if titles.lookup(text):
        return True
    words = text.split()
    if not words:
        return False
    if titles.lookup(words[0]) is not None and len(words) <= 6:
        return True
    return after_name and 2 <= len(words) <= 4 and titles.lookup(words[-1]) is not None


def _is_source_like(text: str, rules: RuleBook) -> bool:
    """A publisher's name by its shape: a ``sources`` pattern ("CNN Wire Staff"), or an
    outlet's name beside a person's (:func:`_publication`)."""
    return rules.patterns("sources").fullmatch(text) is not None or _publication(text)


def _publication(text: str) -> bool:
    """Whether ``text``, standing beside a person's name, names the publication: "The
    Riverside Ledger", "Metro Nine News", "Denver Post" (alone, "Local News" may be a menu's
    item; after "Jane Doe |" it is where she writes).

    >>> _publication("Metro Nine News"), _publication("The Riverside Ledger")
    (True, True)
    >>> _publication("News"), _publication("Emily Watson"), _publication("Staff Reporter")
    (False, False, False)
    """
    patterns = _patterns()
    return bool(
        patterns["the_publication"].fullmatch(text) or patterns["outlet_named"].fullmatch(text)
    )
