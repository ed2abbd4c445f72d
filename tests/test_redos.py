r"""Every pattern runs in linear time, on inputs built to make it backtrack.

For every pattern of every rule file (each on its own and each family's screen,
the one alternation of all its patterns, as :class:`~articleclean.rules.PatternSet` runs them) and every compiled pattern
at module level in the package, near-miss inputs (``tests/redos_inputs.py``) of 10 KB and
100 KB are timed: the 100 KB run must take under 20 times as long as the 10 KB one (linear is
10; a backtracking pattern gives 100 or far more). Rule-file patterns are timed with
``fullmatch``, the way the pipeline applies them; module patterns with ``fullmatch``, and, if
the package searches with them (``search``, ``finditer``, ``sub``, ``split``...), with
``findall`` too: a search restarts at every position, so ``\s*+x`` is quadratic there even
though it is linear at one start.

Times are CPU time of this thread, best of up to three tries, with a floor for runs too short
to measure: on a shared machine wall time makes linear patterns look otherwise.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import time

import pytest
import regex

import articleclean
from articleclean.rules import DATA_DIR, load_patterns, read_patterns

from .redos_inputs import near_misses, repeat

SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 20
FLOOR = 1e-4  # seconds; a 10 KB run below this is timer and cache noise
_TRIES = 5  # a linear op passes at its first try; on a busy machine one try in a few is noise
_PATTERN_TYPES = (type(regex.compile("")), type(re.compile("")))


def _data_patterns():
    for path in sorted(DATA_DIR.glob("*/*.re")):
        label = f"{path.parent.name}/{path.name}"
        for rule, compiled in read_patterns(path, label, path.stem, path.parent.name):
            yield pytest.param(compiled, id=rule.id)


def _combined_patterns():
    families = sorted({p.stem for p in DATA_DIR.glob("*/*.re")})
    for family in families:
        combined = load_patterns(family)._alternation(False)
        if combined is not None:
            yield pytest.param(combined, id=f"{family}.re:screen")


_SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DATA_DIR.parent.rglob("*.py")))
_UNANCHORED = frozenset({"search", "finditer", "findall", "sub", "subn", "split", "splititer"})


def _scans(name: str) -> bool:
    """True if the package calls ``name`` (a module's pattern, or a key of a ``_patterns()``
    dict: ``_patterns()["name"].fullmatch(``) in a way that tries every start position
    (search, finditer, sub, split...), or if it cannot tell; False if only
    ``match``/``fullmatch``."""
    name = regex.escape(name)
    methods = set(regex.findall(rf"(?:\b{name}|\[\"{name}\"\])\.(\w++)\(", _SOURCES))
    return not methods or bool(methods & _UNANCHORED)


def _module_patterns():
    """Compiled patterns held by the package's modules (directly, or in a dict or tuple),
    and those built lazily by a module's ``_patterns()``, with whether they are searched."""
    for info in sorted(pkgutil.walk_packages(articleclean.__path__, "articleclean."), key=str):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional integration whose engine is not installed
            continue
        for name, value in sorted(vars(module).items()):
            if isinstance(value, _PATTERN_TYPES):
                yield pytest.param(value, _scans(name), id=f"{info.name}.{name}")
            elif isinstance(value, (dict, tuple)) and value:
                items = value.items() if isinstance(value, dict) else enumerate(value)
                for k, v in items:
                    if isinstance(v, _PATTERN_TYPES):
                        yield pytest.param(v, True, id=f"{info.name}.{name}[{k}]")
        factory = getattr(module, "_patterns", None)
        if callable(factory) and not isinstance(factory, type):
            for k, v in sorted(factory().items()):
                yield pytest.param(v, _scans(k), id=f"{info.name}._patterns()[{k}]")


_GIVE_UP = 5.0  # seconds; a 100 KB run this slow has failed already (regex patterns stop)


def _cpu(op, text: str) -> float:
    """CPU seconds of this thread, without a garbage collection falling inside the run (with
    the whole suite's heap one costs more than a 100 KB run), as test_redos_pipeline does."""
    gc.disable()
    try:
        start = time.thread_time()
        try:
            op(text)
        except TimeoutError:
            return float("inf")
        return time.thread_time() - start
    finally:
        gc.enable()


def assert_linear(pattern, ops) -> None:
    """Fail if any near-miss unit makes any of ``ops`` grow faster than linear."""
    units = near_misses(pattern.pattern, pattern.flags)
    assert units, "no near-miss input could be built for this pattern"
    for unit in units:
        small, large = repeat(unit, SMALL), repeat(unit, LARGE)
        for op in ops:
            best_small = best_large = float("inf")
            for _ in range(_TRIES):
                best_small = min(best_small, _cpu(op(pattern), small))
                best_large = min(best_large, _cpu(op(pattern), large))
                ratio = best_large / max(best_small, FLOOR)
                if ratio < MAX_RATIO or (best_large > 0.5 and ratio > 5 * MAX_RATIO):
                    break  # linear; or so plainly not that more tries would not help
            if ratio >= MAX_RATIO:
                pytest.fail(
                    f"{op.__name__} on {unit!r}: 10 KB {best_small:.5f}s, "
                    f"100 KB {best_large:.5f}s (ratio {ratio:.0f}; inf: over {_GIVE_UP:g}s)"
                )


def _with_timeout(method):
    """``method`` of a ``regex`` pattern stopped after ``_GIVE_UP`` seconds (``re`` has no
    timeout: its patterns are run to the end)."""
    if isinstance(method.__self__, _PATTERN_TYPES[0]):
        return lambda text: method(text, timeout=_GIVE_UP)
    return method


def fullmatch(pattern):
    return _with_timeout(pattern.fullmatch)


def findall(pattern):
    return _with_timeout(pattern.findall)


@pytest.mark.parametrize("pattern", [*_data_patterns(), *_combined_patterns()])
def test_rule_file_pattern_is_linear(pattern):
    assert_linear(pattern, [fullmatch])


@pytest.mark.parametrize(("pattern", "searched"), list(_module_patterns()))
def test_module_pattern_is_linear(pattern, searched):
    """``searched``: the package searches with it (else it only matches at a given start)."""
    assert_linear(pattern, [fullmatch, findall] if searched else [fullmatch])


def test_every_module_pattern_is_found():
    """The discovery above sees the patterns it must (a guard against it silently finding none)."""
    ids = {p.id for p in _module_patterns()}
    assert {"articleclean.extract.emails.EMAIL", "articleclean.text._TOKEN"} <= ids
    assert any(i.startswith("articleclean.dates._patterns()") for i in ids)
