"""Which lines ftfy could change: a cheap test run before the costly repair.

ftfy's ``fix_text`` costs 20-60 µs on a line of non-ASCII text, yet with our configuration it
leaves a line alone unless one of its fixers has something to act on:

* the mojibake fixer acts only when ftfy's own heuristic ``badness.is_bad`` finds a suspect
  sequence. That heuristic is one regular expression, an alternation of short sequences of
  character classes (``[ÂÃÎÐ][€œŠš...]``); a line can match an alternative only if it holds a
  character of *each* class the alternative requires. :func:`could_change` checks exactly
  that necessary condition with set operations, so it never says "no" where ``is_bad`` would
  say "yes", and says "yes" far less often (plain Russian, French or German lines pass);
* the other fixers act only on characters from ftfy's own tables: ``&`` (HTML entities),
  ESC (terminal escapes), C1 controls, Latin ligatures, the control characters ftfy removes,
  and surrogates.

Everything is derived at first use from the installed ftfy (its ``BADNESS_RE``, ``LIGATURES``
and ``CONTROL_CHARS``); if its internals ever look different, the test answers "yes" for
every line and ftfy simply runs on every gated line, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = ["could_change"]


def _required_classes(pattern) -> list[list[frozenset[str]]] | None:
    """Per top-level alternative of ``pattern``, the character sets it must match once each."""
    try:
        from re import _constants as sre  # Python 3.11+
        from re import _parser as parser
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as sre  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]

    tree = parser.parse(pattern.pattern, pattern.flags)
    if pattern.flags & sre.SRE_FLAG_IGNORECASE or len(tree) != 1 or tree[0][0] is not sre.BRANCH:
        return None
    alternatives = []
    for alt in tree[0][1][1]:
        required = []
        for op, av in alt:
            chars = _charset(op, av, sre)
            if chars is not None:
                required.append(chars)
        if not required:
            return None  # an alternative we cannot bound: no screen
        alternatives.append(required)
    return alternatives


def _charset(op, av, sre) -> frozenset[str] | None:
    """The characters one mandatory element matches, or ``None`` when unbounded/optional."""
    if op is sre.LITERAL:
        return frozenset(chr(av))
    if op is not sre.IN:
        return None
    out: set[str] = set()
    for item_op, item in av:
        if item_op is sre.LITERAL:
            out.add(chr(item))
        elif item_op is sre.RANGE:
            out.update(map(chr, range(item[0], item[1] + 1)))
        else:  # NEGATE, CATEGORY (\w, \s): too wide to be a useful requirement
            return None
    return frozenset(out)


@lru_cache(maxsize=1)
def _screen_parts() -> tuple[frozenset[str], dict[str, int], list[int]] | None:
    """What :func:`could_change` tests: the characters that make any line a candidate
    (``triggers``), and per character of ftfy's badness classes the bits of the classes it
    belongs to (``masks``); a line is a candidate when the bits of its characters hold all
    those of one alternative (``needs``). ``None`` when ftfy's internals look different."""
    try:
        from ftfy import badness, chardata

        alternatives = _required_classes(badness.BADNESS_RE)
        triggers = frozenset(
            "&\x1b"
            + "".join(map(chr, range(0x80, 0xA0)))
            + "".join(map(chr, range(0xD800, 0xE000)))
            + "".join(map(chr, chardata.LIGATURES))
            + "".join(map(chr, chardata.CONTROL_CHARS))
        )
    except Exception:  # ftfy's internals moved: give every gated line to ftfy
        return None
    if alternatives is None:
        return None
    # One bit per (alternative, required class); a character sets the bits of the classes it
    # belongs to, and an alternative is possible when all of its bits are set.
    masks: dict[str, int] = {}
    needs: list[int] = []
    bit = 1
    for required in alternatives:
        full = 0
        for chars in required:
            for ch in chars:
                masks[ch] = masks.get(ch, 0) | bit
            full |= bit
            bit <<= 1
        needs.append(full)
    return triggers, masks, sorted(set(needs))


@lru_cache(maxsize=1)
def _screen() -> Callable[[str], bool] | None:
    parts = _screen_parts()
    if parts is None:
        return None
    triggers, masks, needs = parts
    relevant = frozenset(masks)
    find_trigger = re.compile(_char_class(triggers)).search
    verdicts: dict[int, bool] = {0: False}  # by the bits a line's characters set

    def could_change(line: str) -> bool:
        if find_trigger(line):
            return True
        seen = 0
        for ch in relevant.intersection(line):
            seen |= masks[ch]
        verdict = verdicts.get(seen)
        if verdict is None:
            if len(verdicts) > 4096:
                verdicts.clear()
                verdicts[0] = False
            verdict = verdicts[seen] = any(seen & full == full for full in needs)
        return verdict

    return could_change


def _char_class(chars) -> str:
    """A regular-expression class of ``chars``, as ranges of code points."""
    points = sorted(map(ord, chars))
    parts = []
    start = prev = points[0]
    for cp in [*points[1:], None]:
        if cp is not None and cp == prev + 1:
            prev = cp
            continue
        parts.append(f"\\U{start:08x}" + (f"-\\U{prev:08x}" if prev > start else ""))
        if cp is not None:
            start = prev = cp
    return "[" + "".join(parts) + "]"


def could_change(line: str) -> bool:
    """False only when ftfy (with the settings in :mod:`articleclean.normalize`) would return
    ``line`` unchanged.

    >>> could_change("Москва — столица России"), could_change("Ã©tÃ©")
    (False, True)
    >>> could_change("Caf&eacute; crème"), could_change("Crème brûlée, très bien")
    (True, False)
    """
    screen = _screen()
    return True if screen is None else screen(line)
