"""Cheap screens in front of patterns: the literals a pattern cannot match without.

Most lines match none of a family's patterns, and some patterns are costly to try (a lazy
``[^\\n]{0,120}?`` before the word they look for tries every start offset). But nearly every
pattern needs some literal text: ``[^\\n]{0,120}?all rights reserved`` cannot match a line
without "all rights reserved", nor ``(?:©|\\(c\\)|copyright)\\s*+...`` one without "©",
"(c)" or "copyright". :func:`required_literals` reads a pattern's source and returns such a
set of strings (any match contains one of them), or ``None`` when it finds none it can
vouch for. :class:`Screen` then finds, with one scan of a line, which of many patterns'
literals it holds, so a line without any is never handed to those patterns.

The comparison is made on :func:`fold`-ed text, which maps every pair of characters that
the ``regex`` module's case-insensitive matching treats as equal to the same string (see
its docstring), so a screen never turns away a line that a pattern would match.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

from ._memo import RunMemo

__all__ = ["Screen", "fold", "required_literals"]

_MAX_CLASS = 16  # a character class of at most this many characters is a requirement
_SCREEN_MEMO = 16384  # lines whose screen result is remembered ...
_SCREEN_CHARS = 1024  # ... of at most this many characters


def fold(text: str) -> str:
    """``text`` case-folded so that case-insensitive equals become equal strings.

    ``str.casefold`` equates what the ``regex`` module's case-insensitive matching equates
    for every character both know (tested in ``tests/test_screen.py``), except the Turkish
    dotted and dotless i: ``regex`` matches "i" to "İ" (which folds to "i" + U+0307) and
    "I" to "ı". So "ı" becomes "i" and U+0307 is dropped. Dropping or merging characters on
    both sides keeps every containment, so the fold may only make a screen let more through.
    Characters newer than Python's Unicode tables are not printable there: a line with one
    is not screened at all (:meth:`Screen.present`), nor is a literal with one.

    >>> fold("ALL RIGHTS Reserved"), fold("İstanbul") == fold("istanbul")
    ('all rights reserved', True)
    """
    if text.isascii():
        return text.lower()
    folded = text.casefold()
    if "ı" in folded:
        folded = folded.replace("ı", "i")
    if "\u0307" in folded:
        folded = folded.replace("\u0307", "")
    return folded


class _Unknown(Exception):
    """The pattern uses syntax this reader does not know: no requirement."""


# One requirement: a set of strings one of which every match contains, or None (no idea).
Need = frozenset[str] | None

_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_CLASS_ESCAPES = frozenset("dDsSwW")  # one character, of no particular kind
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_FLAGS = frozenset("imsua")  # inline flags that change no literal (not x: verbose; not f)
_QUANT = re.compile(r"\{(\d*+)(,?+)(\d*+)\}")
_GROUP_FLAGS = re.compile(r"([a-zA-Z]*+)(?:-([a-zA-Z]*+))?+([:)])")
_ONE = 10**9  # "no quantifier": exactly once (bigger than any written minimum)


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings (folded) one of which occurs in every text ``pattern`` matches, or ``None``.

    Only plain syntax is read — literals, escapes, classes, groups, lookarounds,
    alternation, quantifiers — and anything else gives ``None``, as does a pattern that
    can match without a literal. A positive lookaround's literals count (what it sees is
    in the text); a negative one's do not.

    >>> sorted(required_literals(r"[^\\n]{0,120}?all rights reserved\\.?+"))
    ['all rights reserved']
    >>> sorted(required_literals(r"(?:©|\\(c\\)|Copyright)\\s*+\\d{4}+[^\\n]*+"))
    ['(c)', 'copyright', '©']
    >>> required_literals(r"[^\\n]{1,40}+") is None
    True
    """
    try:
        reader = _Reader(pattern)
        need = reader.alternation()
        if reader.pos != len(pattern):
            return None
    except (_Unknown, IndexError):
        return None
    if need is None:
        return None
    folded = frozenset(fold(s) for s in need)
    if "" in folded or not all(s.isprintable() for s in folded):
        return None
    return folded


# Characters of Latin-script text from the most to the least frequent (roughly); a
# character not listed is rarer than all of them. Only speed depends on this order: it
# picks, among the literals a pattern needs, those fewest lines hold.
_FREQUENT = " etaoinsrhldcum,.fpgwybv0-12k'\"x:/()3456789jqz"


def _rarity(c: str) -> float:
    """1 (a space, an "e") to 4 (a "{", a "©", a CJK character): how few lines hold ``c``."""
    i = _FREQUENT.find(c.lower())
    return 4.0 if i < 0 else 1.0 + 3.0 * i / len(_FREQUENT)


def _weight(s: str) -> float:
    """How much a literal narrows the lines it can be in."""
    return sum(map(_rarity, s))


def _best(candidates: list[frozenset[str]]) -> Need:
    """The most selective requirement: the heaviest lightest string, then the fewest."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(_weight, c)), -len(c)))


class _Reader:
    """A reader of ``regex`` syntax that computes requirements instead of matching."""

    def __init__(self, pattern: str):
        self.p = pattern
        self.pos = 0

    def peek(self, n: int = 1) -> str:
        return self.p[self.pos : self.pos + n]

    def alternation(self) -> Need:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]

    def sequence(self) -> Need:
        candidates: list[frozenset[str]] = []
        run = ""  # literal characters read one after the other

        def end_run() -> None:
            nonlocal run
            if run:
                candidates.append(frozenset([run]))
            run = ""

        while self.pos < len(self.p) and self.p[self.pos] not in "|)":
            kind, value = self.atom()
            low = self.quantifier()
            if kind == "char" and low >= 1:
                run += value  # type: ignore[operator]
                if low != _ONE:
                    end_run()  # "a+" — more may follow: the run ends after one
                continue
            end_run()
            if kind == "need" and value is not None and low >= 1:
                candidates.append(value)  # type: ignore[arg-type]
            if kind == "lookaround" and value is not None and low >= 1:
                candidates.append(value)  # type: ignore[arg-type]
        end_run()
        return _best(candidates)

    def quantifier(self) -> int:
        """The minimum count of the quantifier after an atom (``_ONE``: none there)."""
        c = self.peek()
        if c in ("*", "?"):
            low = 0
            self.pos += 1
        elif c == "+":
            low = 1
            self.pos += 1
        elif c == "{":
            m = _QUANT.match(self.p, self.pos)
            if m is None or not (m.group(1) or m.group(3)):
                raise _Unknown("'{' that is not a quantifier")
            low = int(m.group(1) or 0)
            self.pos = m.end()
        else:
            return _ONE
        if self.peek() in ("?", "+"):  # lazy or possessive
            self.pos += 1
        if self.peek() in ("*", "+", "?", "{"):
            raise _Unknown("quantifier after quantifier")
        return low

    def atom(self) -> tuple[str, object]:
        c = self.p[self.pos]
        self.pos += 1
        if c == "\\":
            return self.escape()
        if c == "[":
            return "need", self.char_class()
        if c == "(":
            return self.group()
        if c == ".":
            return "need", None
        if c in "^$":
            return "zero", None
        if c in "*+?{":
            raise _Unknown("quantifier without an atom")
        return "char", c

    def escape(self) -> tuple[str, object]:
        c = self.p[self.pos]
        self.pos += 1
        if not c.isalnum():
            return "char", c
        if c in _SIMPLE_ESCAPES:
            return "char", _SIMPLE_ESCAPES[c]
        if c in _CLASS_ESCAPES:
            return "need", None
        if c in _ZERO_WIDTH_ESCAPES:
            return "zero", None
        if c in "pP":
            if self.peek() == "{":
                end = self.p.index("}", self.pos)
                self.pos = end + 1
            else:
                self.pos += 1
            return "need", None
        if c in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[c]
            digits = self.p[self.pos : self.pos + width]
            if len(digits) != width or not all(d in "0123456789abcdefABCDEF" for d in digits):
                raise _Unknown("bad hex escape")
            self.pos += width
            return "char", chr(int(digits, 16))
        raise _Unknown(f"escape \\{c}")  # backreferences, \m, \L<...>, \N{...}, ...

    def char_class(self) -> Need:
        """A ``[...]`` class: its characters when they are few and literal, else None."""
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        chars: set[str] = set()
        known = not negated
        first = True
        while True:
            c = self.p[self.pos]
            self.pos += 1
            if c == "]" and not first:
                break
            first = False
            if c == "[":
                raise _Unknown("nested set or POSIX class")
            if c == "\\":
                e = self.p[self.pos]
                self.pos += 1
                if not e.isalnum():
                    c = e
                elif e in _SIMPLE_ESCAPES:
                    c = _SIMPLE_ESCAPES[e]
                elif e in _CLASS_ESCAPES:
                    known = False
                    continue
                elif e in "pP":
                    if self.peek() == "{":
                        self.pos = self.p.index("}", self.pos) + 1
                    else:
                        self.pos += 1
                    known = False
                    continue
                else:
                    raise _Unknown(f"escape \\{e} in a class")
            if self.peek() == "-" and self.peek(2)[1:] not in ("]", ""):
                self.pos += 1  # a range
                end = self.p[self.pos]
                self.pos += 1
                if end == "\\":
                    self.pos += 1
                known = False
                continue
            if c in "&~|-" and self.peek() == c:
                raise _Unknown("set operation")
            chars.add(c)
        if not known or not chars or len(chars) > _MAX_CLASS:
            return None
        return frozenset(chars)

    def group(self) -> tuple[str, object]:
        kind = "need"
        if self.peek() == "?":
            self.pos += 1
            head = self.peek()
            if head in (":", ">"):
                self.pos += 1
            elif head in ("=", "!"):
                self.pos += 1
                kind = "lookaround" if head == "=" else "negative"
            elif self.peek(2) in ("<=", "<!"):
                kind = "lookaround" if self.peek(2) == "<=" else "negative"
                self.pos += 2
            elif (head == "P" and self.peek(2) == "P<") or head == "<":
                self.pos = self.p.index(">", self.pos) + 1  # a named group
            elif head == "#":
                self.pos = self.p.index(")", self.pos) + 1
                return "zero", None
            else:
                m = _GROUP_FLAGS.match(self.p, self.pos)
                if m is None or not set(m.group(1) + (m.group(2) or "")) <= _FLAGS:
                    raise _Unknown("group syntax")
                self.pos = m.end()
                if m.group(3) == ")":
                    return "zero", None  # (?i) and friends: flags only
        need = self.alternation()
        if self.peek() != ")":
            raise _Unknown("unclosed group")
        self.pos += 1
        if kind == "negative":
            return "zero", None
        return kind, need


class Screen:
    """Which of a fixed set of literals (folded) a text may contain; one scan per text.

    Each literal is looked for by its *anchor*: its longest run of word characters ("reserved"
    for "all rights reserved"), or the literal itself when it has no run worth the name
    ("(c)", "©", "{"). A run can only occur inside one of the text's runs of word characters,
    its *words*, and words repeat from line to line: the anchors inside each word are found
    once per run and remembered. The other anchors, made of punctuation and symbols, are
    looked for in one scan of the whole text. The answers for recent texts are remembered
    too (several families ask about the same lines). Both memos are the run's, and bounded.

    >>> s = Screen(["all rights reserved", "©"])
    >>> need = s.need({"all rights reserved"})
    >>> bool(need & s.present("All Rights Reserved.")), bool(need & s.present("The body."))
    (True, False)
    """

    def __init__(self, literals: Iterable[str]):
        self.literals = frozenset(literals)
        self._anchor = {lit: _anchor(lit) for lit in self.literals}
        anchors = frozenset(self._anchor.values())
        from ._compiled import anchors as compiled_anchors

        native = compiled_anchors(anchors, _NOTHING)
        if native is not None:  # compiled: one C scan, the same answers as _present below
            self._present = native.present
        self._in_words = _Finder(a for a in anchors if _WORD.fullmatch(a))
        self._elsewhere = _Finder(a for a in anchors if not _WORD.fullmatch(a))
        self._memo: dict[str, frozenset[str] | None] | None = None  # the run's, see ``bound``
        self._words: dict[str, frozenset[str]] = {}
        self._run: RunMemo | None = None

    def bound(self, run: RunMemo) -> Screen:
        """This screen, remembering its answers in the memo of ``run`` (a shallow copy)."""
        out = copy.copy(self)
        out._memo, out._words, out._run = {}, {}, run
        return out

    def need(self, literals: Iterable[str]) -> frozenset[str]:
        """The anchors of ``literals`` (each one of this screen's): compare with
        :meth:`present`."""
        return frozenset(self._anchor[lit] for lit in literals)

    def present(self, text: str) -> frozenset[str] | None:
        """The anchors in ``text``, or ``None`` when it cannot be screened (then every
        pattern must be tried): it holds a character Python does not know."""
        memo = self._memo
        if memo is None or len(text) > _SCREEN_CHARS:
            return self._present(text)  # a long text is not kept: memory stays bounded
        found = memo.get(text, _UNSEEN)
        if found is _UNSEEN:
            if len(memo) >= self._run.capacity(_SCREEN_MEMO):  # type: ignore[union-attr]
                memo.clear()
            found = memo[text] = self._present(text)
        return found  # type: ignore[return-value]

    def _present(self, text: str) -> frozenset[str] | None:
        if text.isascii():
            folded = text.lower()
            words = _ASCII_WORD.findall(folded)  # what \w+ finds in ASCII text, faster
        elif text.isprintable():
            folded = fold(text)
            words = _WORD.findall(folded)
        else:
            return None
        found = self._elsewhere.find(folded)
        # the words' anchors are the run's (outside a run, only this text's: nothing is kept)
        memo = self._words if self._memo is not None else {}
        parts = set(map(memo.get, words))
        if None in parts:  # words not seen yet
            parts.discard(None)
            parts.update(self._in_word(w, memo) for w in words if w not in memo)
        parts.discard(_NOTHING)
        return found.union(*parts) if parts else found

    def _in_word(self, word: str, memo: dict[str, frozenset[str]]) -> frozenset[str]:
        inside = memo.get(word)
        if inside is None:
            if len(memo) >= _WORD_MEMO:
                memo.clear()
            inside = memo[word] = self._in_words.find(word)
        return inside


_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"[a-z0-9_]+")
_WORD_MEMO = 65536  # words whose anchors are remembered
_RUN_WEIGHT = 3.0  # a run of word characters this heavy stands for its literal


def _anchor(literal: str) -> str:
    """The heaviest run of word characters in ``literal``, or the literal if none is heavy.

    >>> _anchor("all rights reserved"), _anchor("(c)"), _anchor("版权所有"), _anchor("ga")
    ('reserved', '(c)', '版权所有', 'ga')
    """
    runs = _WORD.findall(literal)
    best = max(runs, key=_weight, default="")
    return best if best == literal or _weight(best) >= _RUN_WEIGHT else literal


class _Finder:
    """Every one of a set of strings that a text contains, by one ``re`` pattern (a trie)
    tried from each position where the previous hit started: at a position it reports the
    longest string found there, whose prefixes are the others found there."""

    def __init__(self, strings: Iterable[str]):
        strings = frozenset(strings)
        self._scan = re.compile(_trie(strings)) if strings else None
        # a hit -> the strings it contains (itself too), worked out when first found
        self._strings = strings
        self._implied: dict[str, frozenset[str]] = {}

    def find(self, text: str) -> frozenset[str]:
        if self._scan is None:
            return _NOTHING
        m = self._scan.search(text)
        if m is None:
            return _NOTHING
        hits: set[str] = set()
        implied = self._implied
        while m is not None:
            found = m.group()
            inside = implied.get(found)
            if inside is None:
                inside = implied[found] = self._inside(found)
            hits |= inside
            m = self._scan.search(text, m.start() + 1)
        return frozenset(hits)

    def _inside(self, found: str) -> frozenset[str]:
        """The strings that ``found`` contains: the longest found at each of its positions
        and the prefixes of it that are strings."""
        out = set()
        for start in range(len(found)):
            m = self._scan.match(found, start)  # type: ignore[union-attr]
            if m is not None:
                longest = m.group()
                out.update(longest[:n] for n in range(1, len(longest) + 1))
        return frozenset(out & self._strings)


def _trie(words: Iterable[str]) -> str:
    """A stdlib ``re`` pattern matching the longest of ``words`` that starts at a position.

    >>> _trie(["ab", "abc", "b"])
    '(?:ab(?:c|)|b)'
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ("|)" if "" in node else ")")

    return build(root)


_UNSEEN = object()
_NOTHING: frozenset[str] = frozenset()
