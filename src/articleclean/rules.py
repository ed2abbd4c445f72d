"""Word lists and patterns: loaded from data files, cached, and named by ``file:line``.

Layout: ``data/<lang>/<family>.txt`` and ``data/<lang>/<family>.re``; ``<lang>`` is a BCP 47
code or ``common`` for language-neutral rules. Users add directories of the same layout
(``extra_dirs``) to extend any family without touching code.

``.txt`` — a *phrase list*: one phrase a line; blank lines and lines starting with ``#`` are
ignored. A phrase is stored as its :func:`~articleclean.text.key`, so case, punctuation and
spacing do not matter. The rule id of a phrase is ``<lang>/<family>.txt:<line>``.

``.re`` — a *pattern list*: ``name: pattern`` a line (``#`` comments), compiled with the
``regex`` module, case-insensitive unless the pattern says ``(?-i)``. Patterns must run in
linear time: no nested quantifiers over the same characters (use possessive ``++``/``*+`` or
atomic groups). The rule id of a pattern is ``<lang>/<family>.re:<name>``.

Both are loaded lazily, once per process, and a malformed file raises :class:`RuleError`
naming ``file:line``. A bundled pattern is compiled the first time a line could match it
(:class:`LazyPattern`); a user's rule folder is compiled when it is read.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import regex

from ._memo import RunMemo
from .budget import regex_timeout
from .errors import RuleError
from .screen import Screen, required_literals
from .text import _CACHE_CHARS, count_tokens, key, tokenize, tokens

__all__ = [
    "DATA_DIR",
    "LINE_FAMILIES",
    "WIDGET_FAMILIES",
    "Lexicon",
    "PatternSet",
    "Rule",
    "RuleBook",
    "Segment",
    "available_languages",
    "book_screen",
    "count_line",
    "count_shapes",
    "load_lexicon",
    "load_patterns",
    "load_words",
    "word_alternation",
]

DATA_DIR = Path(__file__).resolve().parent / "data"
_NAME = regex.compile(r"([a-z][a-z0-9_]*+)\s*+:\s?+(.*+)")
_COVER_MEMO = 16384  # lines whose cover() each lexicon remembers
_UNKNOWN = object()
_FULL_MEMO = 2048  # texts whose fullmatch() each pattern set remembers ...
_FULL_MEMO_CHARS = 160  # ... of at most this many characters (the lines asked about again)


@dataclass(frozen=True, slots=True)
class Rule:
    """One entry of a word list or pattern file."""

    id: str  # "en/share.txt:7" or "en/counters.re:view_count"
    family: str
    lang: str
    text: str  # the phrase or the pattern as written


class Segment(NamedTuple):
    """A piece of a line covered by a phrase (``rule``) or a count (``rule is None``)."""

    start: int
    end: int
    rule: Rule | None


def _dirs(extra_dirs: tuple[str, ...]) -> list[tuple[str, Path]]:
    out = [("", DATA_DIR)]
    for d in extra_dirs:
        p = Path(d)
        if not p.is_dir():
            raise RuleError(f"rule directory {d!r} does not exist")
        out.append((p.name + "/", p))
    return out


def available_languages(extra_dirs: tuple[str, ...] = ()) -> list[str]:
    """Language folders that hold data (``common`` included)."""
    names = {p.name for _, d in _dirs(extra_dirs) for p in d.iterdir() if p.is_dir()}
    return sorted(names)


def _folder_order(lang_dir: Path) -> tuple[bool, bool, str]:
    """The order a family's folders are read in: ``common``, then ``en``, then the others
    alphabetically. A phrase or pattern that several languages list (a loanword such as
    "Facebook" or "Video", mostly English) is credited to the first folder that has it.

    >>> [p.name for p in sorted(map(Path, ["de", "en", "ar", "common"]), key=_folder_order)]
    ['common', 'en', 'ar', 'de']
    """
    name = lang_dir.name
    return name != "common", name != "en", name


def _files(
    family: str, suffix: str, langs: tuple[str, ...] | None, extra_dirs: tuple[str, ...]
) -> Iterator[tuple[str, str, Path]]:
    for prefix, root in _dirs(extra_dirs):
        for lang_dir in sorted((p for p in root.iterdir() if p.is_dir()), key=_folder_order):
            lang = lang_dir.name
            if langs is not None and lang not in langs and lang != "common":
                continue
            path = lang_dir / f"{family}{suffix}"
            if path.is_file():
                yield f"{prefix}{lang}/{family}{suffix}", lang, path


def _entries(path: Path, label: str) -> Iterator[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{label}: cannot read rule file ({exc})") from exc
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield n, line


def read_phrases(path: Path, label: str, family: str, lang: str) -> list[tuple[str, Rule]]:
    """Parse one phrase list into ``(key, rule)`` pairs; empty or duplicate keys are errors."""
    seen: dict[str, int] = {}
    out = []
    for n, phrase in _entries(path, label):
        k = key(phrase)
        if not k:
            raise RuleError(f"{label}:{n}: phrase {phrase!r} has no letters or digits")
        if k in seen:
            raise RuleError(f"{label}:{n}: {phrase!r} repeats line {seen[k]}")
        seen[k] = n
        out.append((k, Rule(f"{label}:{n}", family, lang, phrase)))
    return out


# A flag set for the whole pattern ("(?x)", "(?-i)"): its compiled ``flags`` are not the
# default ones, so such a pattern is compiled at once (scoped "(?-i:...)" changes nothing).
_GLOBAL_FLAGS = regex.compile(r"\(\?[A-Za-z^-][A-Za-z0-9^-]*+\)")


class LazyPattern:
    """A rule pattern that compiles itself the first time it is used.

    A page needs few of the bundled patterns: the literal screen (:mod:`articleclean.screen`)
    reads only ``pattern`` and ``flags``, and most patterns never see a line holding their
    literals. Compiling all of them up front was most of the first document's time. It stands
    in for the compiled pattern: ``fullmatch``, ``search``, ``match`` and every other attribute
    are the compiled pattern's (the first of them compiles it, then they are plain
    attributes). Only bundled files are read this way, since the tests compile every one of
    them; a user's rule folder is compiled when it is read, so a typo is reported at once.

    >>> p = LazyPattern("ab+c", regex.IGNORECASE)
    >>> p.flags == regex.compile("ab+c", regex.IGNORECASE).flags, p.fullmatch("ABBC").group()
    (True, 'ABBC')
    >>> import copy, pickle
    >>> [q.search("xABC").group() for q in (copy.deepcopy(p), pickle.loads(pickle.dumps(p)))]
    ['ABC', 'ABC']
    """

    __slots__ = ("_compiled", "flags", "fullmatch", "match", "pattern", "search")

    # flags given -> the flags a pattern without inline flags compiles with
    _base_flags: ClassVar[dict[int, int]] = {}

    def __init__(self, pattern: str, flags: int):
        self.pattern = pattern
        base = self._base_flags.get(flags)
        if base is None:
            base = self._base_flags[flags] = regex.compile("", flags).flags
        self.flags = base

    def _compile(self) -> Any:
        compiled = regex.compile(self.pattern, self.flags)
        self._compiled = compiled
        self.fullmatch, self.search = compiled.fullmatch, compiled.search
        self.match = compiled.match
        return compiled

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            compiled = object.__getattribute__(self, "_compiled")
        except AttributeError:
            compiled = self._compile()
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.pattern, self.flags))  # (compiled again where it is used)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def read_patterns(
    path: Path, label: str, family: str, lang: str, *, lazy: bool = False
) -> list[tuple[Rule, Any]]:
    """Parse and compile one pattern list; bad syntax or duplicate names are errors. With
    ``lazy``, patterns are compiled when first used (:class:`LazyPattern`; bundled files)."""
    seen: dict[str, int] = {}
    out = []
    for n, line in _entries(path, label):
        m = _NAME.fullmatch(line)
        if not m or not m.group(2).strip():
            raise RuleError(f"{label}:{n}: expected 'name: pattern', got {line!r}")
        name, pattern = m.group(1), m.group(2).strip()
        if name in seen:
            raise RuleError(f"{label}:{n}: pattern name {name!r} repeats line {seen[name]}")
        seen[name] = n
        if lazy and not _GLOBAL_FLAGS.search(pattern):
            lazy_pattern = LazyPattern(pattern, regex.IGNORECASE)
            out.append((Rule(f"{label}:{name}", family, lang, pattern), lazy_pattern))
            continue
        try:
            compiled = regex.compile(pattern, regex.IGNORECASE)
        except regex.error as exc:
            raise RuleError(f"{label}:{n}: pattern {name!r} does not compile: {exc}") from exc
        out.append((Rule(f"{label}:{name}", family, lang, pattern), compiled))
    return out


class Lexicon:
    """Phrases of one or more families, looked up by key.

    >>> lex = load_lexicon(("share",))
    >>> lex.lookup("Share this article").family
    'share'
    >>> lex.lookup("He shared the report with reporters") is None
    True
    """

    def __init__(self, entries: Iterable[tuple[str, Rule]]):
        self._by_key: dict[str, Rule] = {}
        for k, rule in entries:
            self._by_key.setdefault(k, rule)
        self.max_tokens = max((k.count(" ") + 1 for k in self._by_key), default=0)
        # A bar starts and ends with a phrase or a count: two cheap checks reject most lines.
        self._firsts = frozenset(k.split(" ", 1)[0] for k in self._by_key)
        self._lasts = frozenset(k.rsplit(" ", 1)[-1] for k in self._by_key)
        # a count's token ("12", "12k") and the suffixes that are tokens of their own ("万")
        self._number, self._suffixes = count_shapes()
        # Several steps ask for the cover of the same lines: the run remembers the answers
        # (per max_tokens; emptied when full, so memory stays bounded). A lexicon loaded
        # for the process has none; each rule book binds its own copy (see ``bound``).
        self._cover_memo: dict[int, dict[str, list[Segment] | None]] | None = None
        self._run: RunMemo | None = None

    def bound(self, run: RunMemo) -> Lexicon:
        """This lexicon, answering from (and into) the memo of ``run`` (a shallow copy: the
        phrases are shared)."""
        out = copy.copy(self)
        out._cover_memo, out._run = {}, run
        return out

    def __len__(self) -> int:
        return len(self._by_key)

    def __contains__(self, text: str) -> bool:
        return self.lookup(text) is not None

    def lookup(self, text: str) -> Rule | None:
        """The rule whose phrase is the whole of ``text`` (after normalisation), if any."""
        if len(text) > _CACHE_CHARS and count_tokens(text, self.max_tokens + 1) > self.max_tokens:
            return None  # a paragraph (its key is not cached): longer than every phrase
        return self._by_key.get(key(text))

    def lookup_key(self, k: str) -> Rule | None:
        return self._by_key.get(k)

    def entries(self) -> Iterable[tuple[str, Rule]]:
        """Every ``(key, rule)`` of the lexicon."""
        return self._by_key.items()

    def cover(self, text: str, *, max_tokens: int = 40) -> list[Segment] | None:
        """Split ``text`` into phrases of this lexicon and counts, or return ``None``.

        Succeeds only when *every* token belongs to a phrase or is a number, and at least one
        phrase is present; the fewest, longest phrases win. Segments partition the line:
        each runs to the start of the next, so cutting them leaves no stray punctuation.

        >>> lex = load_lexicon(("share", "print"))
        >>> [(s.rule.family if s.rule else "count") for s in lex.cover("Print | Share 12")]
        ['print', 'share', 'count']
        >>> lex.cover("Print the report") is None
        True
        """
        if len(text) > 8 * max_tokens:  # cheap reject: bars are short
            return None
        if self._cover_memo is None:
            return self._cover_checked(text, max_tokens)
        memo = self._cover_memo.get(max_tokens)
        if memo is None:
            memo = self._cover_memo[max_tokens] = {}
        found = memo.get(text, _UNKNOWN)
        if found is _UNKNOWN:
            if len(memo) >= self._run.capacity(_COVER_MEMO):  # type: ignore[union-attr]
                memo.clear()
            found = memo[text] = self._cover_checked(text, max_tokens)
        return found  # type: ignore[return-value]

    def _cover_checked(self, text: str, max_tokens: int) -> list[Segment] | None:
        toks = tokens(text)
        if not toks:
            return None
        first, last = toks[0], toks[-1]
        number, suffixes = self._number, self._suffixes
        if not (first in self._firsts or number.fullmatch(first)) or not (
            last in self._lasts or number.fullmatch(last) or last in suffixes
        ):
            return None
        return self._cover(text, max_tokens)

    def _cover(self, text: str, max_tokens: int) -> list[Segment] | None:
        toks = tokenize(text)
        n = len(toks)
        if n == 0 or n > max_tokens:
            return None
        norms = [t.norm for t in toks]
        inf = n + 1
        best = [inf] * (n + 1)  # fewest segments covering toks[i:]
        step: list[tuple[int, Rule | None]] = [(0, None)] * n
        best[n] = 0
        limit = self.max_tokens
        number, suffixes = self._number, self._suffixes
        for i in range(n - 1, -1, -1):
            if number.fullmatch(norms[i]):
                j = i + 1
                while j < n and norms[j] in suffixes:
                    j += 1
                if best[j] + 1 < best[i]:
                    best[i], step[i] = best[j] + 1, (j - i, None)
            for k in range(min(limit, n - i), 0, -1):  # longest first: ties keep the longest
                if best[i + k] + 1 >= best[i]:
                    continue
                rule = self._by_key.get(" ".join(norms[i : i + k]))
                if rule is not None:
                    best[i], step[i] = best[i + k] + 1, (k, rule)
        if best[0] >= inf:
            return None
        pieces: list[tuple[int, int, Rule | None]] = []
        i = 0
        while i < n:
            k, rule = step[i]
            pieces.append((i, i + k, rule))
            i += k
        if all(rule is None for *_, rule in pieces):
            return None
        segments = []
        for idx, (a, _b, rule) in enumerate(pieces):
            start = 0 if idx == 0 else toks[a].start
            end = toks[pieces[idx + 1][0]].start if idx + 1 < len(pieces) else len(text)
            segments.append(Segment(start, end, rule))
        return segments


class PatternSet:
    """Named patterns of one family.

    Most lines match none of the patterns, so two screens keep them from being tried one by
    one. First the literals: nearly every pattern needs some literal text (see
    :mod:`articleclean.screen`), and one scan of a line for all of them leaves only the
    patterns whose literals are there, plus those without any. When none of those is
    left, the line costs that scan (remembered per line, and shared by the families that
    pass the same ``screen``) and nothing else. Then, with several patterns left, a single
    alternation of them (one call) says whether any could match. That alternation is only
    built when every pattern can share it without changing meaning (no backreferences,
    recursion or flags set for the whole pattern) and they all have the same flags.
    """

    SCREEN_FROM = 2  # a single pattern needs no alternation

    def __init__(self, patterns: Iterable[tuple[Rule, Any]], screen: Screen | None = None):
        self.patterns = list(patterns)
        needs = [_required(pat) for _, pat in self.patterns]
        literals = frozenset().union(*(n for n in needs if n is not None))
        if screen is None or not literals <= screen.literals:
            screen = Screen(literals)
        self._literals = screen
        self._needs = [screen.need(n) if n is not None else None for n in needs]
        self._unscreened = [p for p, n in zip(self.patterns, self._needs, strict=True) if n is None]
        # what a caller may check first: a text holding none of ``anchors`` (as the screen
        # reports them) can only match the ``unscreened`` patterns
        self.anchors = frozenset().union(*(n for n in self._needs if n is not None))
        self.unscreened = len(self._unscreened)
        self._by_hits: dict[frozenset[str], list[tuple[Rule, Any]]] = {}  # anchors -> patterns
        # the alternations of all patterns and of the unscreened ones, built when first
        # needed (most sets never need one); the dict is shared with the bound copies
        self._alternations: dict[bool, Any] = {}
        self._full_memo: dict[str, tuple[Rule, Any] | None] | None = None  # see ``bound``
        self._run: RunMemo | None = None

    def bound(self, run: RunMemo, screen: Screen | None = None) -> PatternSet:
        """This pattern set, answering from (and into) the memo of ``run``, screened by
        ``screen`` (the rule book's bound copy of its screen) if given."""
        out = copy.copy(self)
        out._full_memo, out._run = {}, run
        if screen is not None and screen.literals == self._literals.literals:
            out._literals = screen  # the book's screen, which its other sets share
        else:
            out._literals = self._literals.bound(run)
        return out

    def __len__(self) -> int:
        return len(self.patterns)

    @property
    def screen(self) -> Screen:
        """The literal screen this set consults."""
        return self._literals

    def _alternation(self, unscreened: bool) -> Any | None:
        """The alternation of the unscreened patterns or of all of them (``None`` if they
        cannot share one)."""
        alternations = self._alternations
        if unscreened not in alternations:
            alternations[unscreened] = _alternation(
                self._unscreened if unscreened else self.patterns, self.SCREEN_FROM
            )
        return alternations[unscreened]

    def _candidates(self, text: str) -> tuple[list[tuple[Rule, Any]], Any | None]:
        """The patterns that could match ``text``, in order, and an alternation of them."""
        present = self._literals.present(text)
        if present is None:
            return self.patterns, self._alternation(False)
        hits = present & self.anchors
        if not hits:
            return self._unscreened, self._alternation(True)
        found = self._by_hits.get(hits)
        if found is None:
            if len(self._by_hits) >= 4096:
                self._by_hits.clear()
            found = self._by_hits[hits] = [
                p
                for p, n in zip(self.patterns, self._needs, strict=True)
                if n is None or not n.isdisjoint(hits)
            ]
        return found, None

    def fullmatch(self, text: str) -> tuple[Rule, Any] | None:
        """The first pattern matching the whole of ``text``, with its match (remembered by
        the run for short texts: several steps ask about the same lines)."""
        memo = self._full_memo
        if memo is None:
            return self._fullmatch(text)
        found = memo.get(text, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._fullmatch(text)
            if len(text) <= _FULL_MEMO_CHARS:
                if len(memo) >= self._run.capacity(_FULL_MEMO):  # type: ignore[union-attr]
                    memo.clear()
                memo[text] = found
        return found  # type: ignore[return-value]

    def may_match(self, present: frozenset[str] | None) -> bool:
        """Whether a pattern of the set could match a text whose anchors are ``present``
        (:meth:`Screen.present` of this set's :attr:`screen`): ``False`` when every pattern
        needs an anchor and none is there. A caller that asks several sets about one line
        screens it once and asks each set this, before :meth:`fullmatch`."""
        return self.unscreened > 0 or present is None or not self.anchors.isdisjoint(present)

    def _none_can_match(self, text: str) -> bool:
        """No pattern of the set can match ``text``: the screen found none of the set's
        literals there and every pattern needs one (most lines; the one cheap question
        before :meth:`_candidates`)."""
        return not self.unscreened and not self.may_match(self._literals.present(text))

    def _fullmatch(self, text: str) -> tuple[Rule, Any] | None:
        if self._none_can_match(text):
            return None
        kw = _timeout()
        candidates, screen = self._candidates(text)
        if not candidates or (screen is not None and screen.fullmatch(text, **kw) is None):
            return None
        for rule, pat in candidates:
            m = pat.fullmatch(text, **kw)
            if m:
                return rule, m
        return None

    def fullmatch_lines(
        self, lines: Iterable[tuple[int, Any]], max_len: int
    ) -> Iterator[tuple[int, Rule, Any]]:
        """``(index, rule, match)`` for each ``(index, line)`` whose text, at most
        ``max_len`` characters long, one of the patterns matches whole (``doc.content()``)."""
        for index, line in lines:
            if len(line.text) <= max_len:
                hit = self.fullmatch(line.text)
                if hit is not None:
                    yield index, hit[0], hit[1]

    def fullmatches(self, text: str) -> Iterator[tuple[Rule, Any]]:
        """Every pattern matching the whole of ``text``, in order, with its match."""
        if self._none_can_match(text):
            return
        kw = _timeout()
        candidates, screen = self._candidates(text)
        if not candidates or (screen is not None and screen.fullmatch(text, **kw) is None):
            return
        for rule, pat in candidates:
            m = pat.fullmatch(text, **kw)
            if m:
                yield rule, m

    def search(self, text: str) -> tuple[Rule, Any] | None:
        """The first pattern found anywhere in ``text``, with its match."""
        if self._none_can_match(text):
            return None
        kw = _timeout()
        candidates, screen = self._candidates(text)
        if not candidates or (screen is not None and screen.search(text, **kw) is None):
            return None
        for rule, pat in candidates:
            m = pat.search(text, **kw)
            if m:
                return rule, m
        return None


def _timeout() -> dict[str, float]:
    """``timeout=`` for a match under a pipeline's time budget (patterns may be the user's)."""
    seconds = regex_timeout()
    return {} if seconds is None else {"timeout": seconds}


# Flags under which the literals of a pattern's source are not what it matches.
_UNSCREENABLE_FLAGS = regex.VERBOSE | regex.FULLCASE | regex.VERSION1


def _required(pat: Any) -> frozenset[str] | None:
    source, flags = getattr(pat, "pattern", None), getattr(pat, "flags", None)
    if not isinstance(source, str) or not isinstance(flags, int) or flags & _UNSCREENABLE_FLAGS:
        return None
    return _source_literals(source)


@lru_cache(maxsize=8192)
def _source_literals(source: str) -> frozenset[str] | None:
    # the book's screen and each family's set both ask, for every pattern
    return required_literals(source)


# Constructs whose meaning depends on the rest of the pattern (backreferences, recursion,
# branch resets, a flag for the whole pattern): a set with such a pattern gets no screen.
_CONTEXTUAL = regex.compile(r"\\[1-9gkG]|\(\?(?:P=|P>|&|R\)|[+-]?+\d|\|)|" + _GLOBAL_FLAGS.pattern)


def _alternation(patterns: list[tuple[Rule, Any]], least: int) -> Any | None:
    """One alternation of all ``patterns`` (if there are ``least`` or more): it matches
    wherever any of them does."""
    if len(patterns) < least:
        return None
    sources = [getattr(pat, "pattern", None) for _, pat in patterns]
    flags = {getattr(pat, "flags", None) for _, pat in patterns}
    if len(flags) != 1 or not all(isinstance(s, str) for s in sources):
        return None
    if any(_CONTEXTUAL.search(s) for s in sources):
        return None
    try:
        return regex.compile("|".join(f"(?:{s})" for s in sources), flags.pop())
    except regex.error:
        return None


@lru_cache(maxsize=64)
def load_words(filename: str) -> dict[str, tuple[str, ...]]:
    """role -> the words of every language's ``data/<lang>/<filename>``, cached.

    Such a file (``name_words.txt``, ``credit_words.txt``, ...) holds the words a module builds
    its patterns from, a row ``<role> <word or phrase>`` a line (``#`` comments), the roles
    being the ones that module reads (listed in the file). Like ``date_words.txt`` for dates,
    every language's file is read, whatever the languages of a rule book: the patterns built
    from them are the same for every book. Words keep the order of the files (languages in
    alphabetical order), each once.

    >>> "and" in load_words("name_words.txt")["and"]
    True
    """
    out: dict[str, list[str]] = {}
    for path in sorted(DATA_DIR.glob(f"*/{filename}")):
        label = f"{path.parent.name}/{filename}"
        for n, line in _entries(path, label):
            role, *words = line.split()
            if not words:
                raise RuleError(f"{label}:{n}: expected '<role> <word>', got {line!r}")
            out.setdefault(role, []).append(" ".join(words))
    return {role: tuple(dict.fromkeys(words)) for role, words in out.items()}


@lru_cache(maxsize=1)
def count_shapes() -> tuple[regex.Pattern, frozenset[str]]:
    """What a count is, from the ``suffix`` words of every ``count_words.txt``: the pattern of
    a count's token (digits with a letter suffix written onto them: "12", "12k", lower case
    as tokens are), and the suffixes that are tokens of their own (a CJK unit: "3万").

    >>> number, apart = count_shapes()
    >>> bool(number.fullmatch("12k")), bool(number.fullmatch("12x")), "万" in apart
    (True, False, True)
    """
    suffixes = load_words("count_words.txt").get("suffix", ())
    attached = [w.lower() for w in suffixes if w.isalpha() and w.isascii()]
    apart = frozenset(w for w in suffixes if w not in attached)
    return regex.compile(rf"\d++(?:{word_alternation(attached)})?+"), apart


@lru_cache(maxsize=1)
def count_line() -> regex.Pattern:
    """A line that is only a count, maybe in brackets: "12", "(1,024)", "【3.2k】", "5万"
    (the suffixes of every ``count_words.txt``).

    >>> [bool(count_line().fullmatch(t)) for t in ("12", "(1,024)", "3.2K", "5万", "12 x")]
    [True, True, True, True, False]
    """
    suffixes = load_words("count_words.txt").get("suffix", ())
    return regex.compile(
        rf"[(\[（【]?+\d[\d,.]*+(?:{word_alternation(suffixes)})?+[)\]）】]?+", regex.IGNORECASE
    )


def word_alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, escaped, the longest first (so a word is not cut
    short by another it starts with: "della" before "del"); words of one length keep their
    order.

    >>> word_alternation(["de", "della", "del", "du"])
    'della|del|de|du'
    """
    unique = list(dict.fromkeys(words))
    ordered = sorted(unique, key=len, reverse=True)
    return "|".join(regex.escape(w) for w in ordered)


@lru_cache(maxsize=256)
def load_lexicon(
    families: tuple[str, ...],
    langs: tuple[str, ...] | None = None,
    extra_dirs: tuple[str, ...] = (),
) -> Lexicon:
    """The phrases of ``families`` in ``langs`` (all languages if ``None``), cached."""
    entries: list[tuple[str, Rule]] = []
    for family in families:
        for label, lang, path in _files(family, ".txt", langs, extra_dirs):
            entries.extend(read_phrases(path, label, family, lang))
    return Lexicon(entries)


@lru_cache(maxsize=256)
def _read_family(
    family: str, langs: tuple[str, ...] | None, extra_dirs: tuple[str, ...]
) -> tuple[tuple[Rule, Any], ...]:
    out: list[tuple[Rule, Any]] = []
    for label, lang, path in _files(family, ".re", langs, extra_dirs):
        bundled = path.is_relative_to(DATA_DIR)
        out.extend(read_patterns(path, label, family, lang, lazy=bundled))
    return tuple(out)


# Families whose patterns the cleaners try on (nearly) every line, whole-line: they are
# answered together for each line (see ``line_index.py``).
LINE_FAMILIES = (
    "script",
    "markup",
    "captions",
    "ads",
    "subscribe",
    "cookie",
    "copyright",
    "nav",
    "related",
    "comments",
)


def _pattern_families(langs: tuple[str, ...] | None, extra_dirs: tuple[str, ...]) -> list[str]:
    wanted = None if langs is None else {*langs, "common"}
    names = {
        path.stem
        for _, root in _dirs(extra_dirs)
        for lang_dir in root.iterdir()
        if lang_dir.is_dir() and (wanted is None or lang_dir.name in wanted)
        for path in lang_dir.glob("*.re")
    }
    return sorted(names)


@lru_cache(maxsize=64)
def book_screen(langs: tuple[str, ...] | None = None, extra_dirs: tuple[str, ...] = ()) -> Screen:
    """One literal screen for the patterns of every family, cached: each line is scanned
    once, whichever families ask about it."""
    literals: set[str] = set()
    for family in _pattern_families(langs, extra_dirs):
        for _, pat in _read_family(family, langs, extra_dirs):
            literals |= _required(pat) or frozenset()
    return Screen(literals)


@lru_cache(maxsize=256)
def load_patterns(
    family: str,
    langs: tuple[str, ...] | None = None,
    extra_dirs: tuple[str, ...] = (),
) -> PatternSet:
    """The patterns of ``family`` in ``langs`` (all languages if ``None``), cached."""
    return PatternSet(_read_family(family, langs, extra_dirs), book_screen(langs, extra_dirs))


_SCREEN = object()  # the key of the bound screen in a rule book's ``_loaded``

# Families whose phrases make up widget bars ("Print Mail Large Medium Small 分享按钮 0").
WIDGET_FAMILIES = ("share", "print", "fontsize", "counters")


@dataclass(frozen=True, slots=True)
class RuleBook:
    """The rules a pipeline's steps see: which languages, which extra rule directories.

    ``langs`` are language codes (BCP 47 tags such as ``zh-Hans`` or ``pt-BR`` are read as
    their language's folder; an unknown code raises :class:`PipelineError`, see
    :mod:`articleclean.langs`). Steps ask it for lexicons and pattern sets; loading is cached
    per process.

    >>> RuleBook().lexicon("share").lookup("分享到").family
    'share'
    """

    langs: tuple[str, ...] | None = None
    extra_dirs: tuple[str, ...] = ()
    # Steps ask for the same few lexicons and pattern sets for every line, and their caches
    # take the book as a key: it keeps its hash and what it has loaded.
    _hash: int = field(init=False, repr=False, compare=False)
    _loaded: dict[Any, Any] = field(init=False, repr=False, compare=False)
    # The memo of the run this book serves: what its steps worked out about texts (see
    # :mod:`articleclean._memo`). The lexicons and pattern sets it hands out are bound to it.
    memo: RunMemo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.langs is not None:  # "zh-Hans", "pt-BR" -> their folders; "xx" is refused
            from .langs import resolve_langs

            object.__setattr__(self, "langs", resolve_langs(self.langs, self.extra_dirs))
        object.__setattr__(self, "_hash", hash((self.langs, self.extra_dirs)))
        object.__setattr__(self, "_loaded", {})
        object.__setattr__(self, "memo", RunMemo())

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt from its fields: a string's hash differs in another process
        return (type(self), (self.langs, self.extra_dirs))

    def lexicon(self, *families: str) -> Lexicon:
        found = self._loaded.get(families)
        if found is None:
            lexicon = load_lexicon(families, self.langs, self.extra_dirs)
            found = self._loaded[families] = lexicon.bound(self.memo)
        return found  # type: ignore[no-any-return]

    def patterns(self, family: str) -> PatternSet:
        found = self._loaded.get(family)
        if found is None:
            patterns = load_patterns(family, self.langs, self.extra_dirs)
            found = self._loaded[family] = patterns.bound(self.memo, self.screen())
        return found  # type: ignore[no-any-return]

    def screen(self) -> Screen:
        """The literal screen of every family's patterns, bound to this book's memo."""
        found = self._loaded.get(_SCREEN)
        if found is None:
            found = self._loaded[_SCREEN] = book_screen(self.langs, self.extra_dirs).bound(
                self.memo
            )
        return found  # type: ignore[no-any-return]

    def widgets(self) -> Lexicon:
        """Every widget family in one lexicon (decides whether a line is a widget bar)."""
        return self.lexicon(*WIDGET_FAMILIES)
