"""Fixture articles as tests, usable from any test runner.

A *fixture* is a folder holding ``raw.txt`` (the page as scraped, in any encoding) and,
normally, ``expected.json`` (what a reader wants from it)::

    fixtures/<site>/<article>/raw.txt
    fixtures/<site>/<article>/expected.json    body, metadata, keep, drop, xfail, notes
    fixtures/<site>/articleclean.toml          optional: a custom pipeline (see below)

:func:`discover` finds fixtures under a folder; :func:`check_fixture` cleans one and compares
the result with its expected file, returning a :class:`FixtureReport` (outcome, unified body
diff, metadata differences, keep/drop failures, the cleaners that fired). The pytest plugin
(``pytest --articleclean-fixtures DIR``) and ``articleclean check DIR`` are thin layers over
these two functions.

``expected.json`` keys (all optional, at least one of the first four for a real test):

=============  ==========================================================================
``body``       the exact expected body (paragraphs separated by one blank line)
``metadata``   expected metadata fields; only the fields given are compared
``keep``       snippets that must appear in the body
``drop``       snippets that must not appear in the body
``xfail``      the reason a fixture is known to fail; an unexpected pass is a failure
``reviewed``   ``false`` in a file written from the pipeline's output, until a person has
               reviewed it
``notes``      free text for people
=============  ==========================================================================

Golden-file behaviour: a fixture without ``expected.json`` (or whose file asserts nothing)
gets one written from the current output, with ``"reviewed": false``, and *fails* (outcome
``new``, then ``unreviewed`` on every later run) until a person has reviewed it, corrected
what a reader would not want, and accepted it: deleted the ``"reviewed": false`` line, or
run with ``accept=True`` (``articleclean check --accept``, ``pytest --articleclean-accept``),
which deletes it for them (outcome ``accepted``, then the file is compared as any other).
``update=True`` rewrites ``body`` and the listed ``metadata`` fields of a failing fixture from
the current output. Fixtures marked ``xfail`` are never rewritten (their gold is what the
pipeline should reach), and keep/drop snippets are never changed automatically.

A failing fixture's report names, for each paragraph of the expected body that is missing
from the cleaned one, the cleaner and the rule that removed it (:attr:`FixtureReport.missing`).

``articleclean.toml`` pins a custom pipeline for the fixtures in its folder and below (the
nearest one up to the root passed to :func:`discover` applies). It takes three of the keys of
the command's configuration file, applied to the base pipeline in the same order (``options``,
then ``only``, then ``without``)::

    only = ["share_buttons", "dates"]      # keep only these steps
    without = ["font_size_toggles"]        # switch these steps off
    [options.title]                        # options of a built-in step
    max_tokens = 20
"""

from __future__ import annotations

import difflib
import json
import os
import tempfile
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ._testing_report import format_report, report_dict
from .errors import ArticlecleanError, ConfigError
from .loading import load_pipeline
from .model import Article, Removal
from .pipeline import Pipeline
from .scoring import Score, prf

__all__ = [
    "CONFIG",
    "EXPECTED",
    "OUTCOMES",
    "RAW",
    "Expected",
    "Fixture",
    "FixtureReport",
    "MetadataDiff",
    "Missing",
    "body_diff",
    "check_all",
    "check_fixture",
    "discover",
    "fixture_pipeline",
    "load_pipeline",
    "read_config",
    "read_expected",
]

RAW = "raw.txt"
EXPECTED = "expected.json"
CONFIG = "articleclean.toml"
_KEYS = ("reviewed", "body", "metadata", "keep", "drop", "xfail", "notes")
_CONFIG_KEYS = ("only", "without", "options")

# What a check can come to. The last five are failures.
OUTCOMES = (
    "passed",
    "xfailed",
    "updated",
    "accepted",
    "failed",
    "xpassed",
    "new",
    "unreviewed",
    "error",
)
_FAILURES = frozenset(OUTCOMES[4:])


@dataclass(frozen=True)
class Fixture:
    """One fixture folder. ``id`` is its path relative to the discovery root (POSIX style)."""

    path: Path
    id: str
    root: Path | None = None

    @property
    def raw_path(self) -> Path:
        return self.path / RAW

    @property
    def expected_path(self) -> Path:
        return self.path / EXPECTED

    @property
    def config_path(self) -> Path | None:
        """The nearest ``articleclean.toml`` from this folder up to the root, if any."""
        stop = self.root or self.path
        folder = self.path
        while True:
            if (folder / CONFIG).is_file():
                return folder / CONFIG
            if folder == stop or folder.parent == folder:
                return None
            folder = folder.parent

    def read_expected(self) -> Expected | None:
        """The parsed ``expected.json``, or ``None`` if there is none."""
        if not self.expected_path.is_file():
            return None
        return read_expected(self.expected_path)


def discover(*roots: str | os.PathLike[str]) -> list[Fixture]:
    """Every folder holding a ``raw.txt`` under the given roots, sorted by path.

    Hidden folders (``.git``, ``.venv``) and ``__pycache__``-style ones are skipped. A root
    that is not a folder raises :class:`~articleclean.errors.ConfigError`.
    """
    found: list[Fixture] = []
    for root in roots:
        base = Path(root).resolve()
        if base.is_file():
            hint = f" ({os.fspath(Path(root).parent) or '.'})" if base.name == RAW else ""
            raise ConfigError(
                f"{os.fspath(root)!r} is a file, not a folder of fixtures: give its folder{hint}"
            )
        if not base.is_dir():
            raise ConfigError(f"fixture folder {os.fspath(root)!r} does not exist")
        for folder, dirs, files in os.walk(base):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
            if RAW in files:
                path = Path(folder)
                rel = path.relative_to(base).as_posix()
                found.append(Fixture(path, base.name if rel == "." else rel, base))
    return found


@dataclass(frozen=True)
class Expected:
    """A parsed ``expected.json``; ``data`` is the file's mapping, in its key order."""

    data: Mapping[str, Any]

    @property
    def body(self) -> str | None:
        return self.data.get("body")

    @property
    def metadata(self) -> Mapping[str, Any]:
        return self.data.get("metadata") or {}

    @property
    def keep(self) -> tuple[str, ...]:
        return tuple(self.data.get("keep") or ())

    @property
    def drop(self) -> tuple[str, ...]:
        return tuple(self.data.get("drop") or ())

    @property
    def xfail(self) -> str | None:
        return self.data.get("xfail")

    @property
    def reviewed(self) -> bool:
        """False for a file written from the pipeline's output and not yet accepted."""
        return self.data.get("reviewed", True) is not False

    @property
    def asserts_something(self) -> bool:
        return any(k in self.data for k in ("body", "metadata", "keep", "drop"))


def read_expected(path: str | os.PathLike[str]) -> Expected:
    """Parse and check an ``expected.json``; errors name the file and the key."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not valid UTF-8 JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must hold a JSON object, not {type(data).__name__}")
    unknown = [k for k in data if k not in _KEYS]
    if unknown:
        raise ConfigError(
            f"{path}: unknown key {', '.join(map(repr, unknown))}; the keys are: {', '.join(_KEYS)}"
        )

    def bad(key: str, want: str) -> ConfigError:
        return ConfigError(f"{path}: {key!r} must be {want}")

    if "body" in data and not isinstance(data["body"], str):
        raise bad("body", "a string")
    if "metadata" in data and not isinstance(data["metadata"], dict):
        raise bad("metadata", "an object of metadata fields")
    for key in ("keep", "drop"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(s, str) and s for s in value):
            raise bad(key, "a list of non-empty strings")
    xfail = data.get("xfail")
    if xfail is not None and not (isinstance(xfail, str) and xfail.strip()):
        raise bad("xfail", "the reason the fixture fails, as a non-empty string")
    if "reviewed" in data and data["reviewed"] is not False:
        raise bad("reviewed", "false (until the file is reviewed; then delete the key)")
    return Expected(data)


def read_config(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Parse a fixture's ``articleclean.toml`` (``only``, ``without``, ``options``)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    unknown = [k for k in data if k not in _CONFIG_KEYS]
    if unknown:
        raise ConfigError(
            f"{path}: unknown key {', '.join(map(repr, unknown))}; "
            f"a fixture's {CONFIG} takes: {', '.join(_CONFIG_KEYS)}"
        )
    for key in ("only", "without"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise ConfigError(f"{path}: {key!r} must be a list of step names")
    options = data.get("options", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise ConfigError(f"{path}: 'options' must hold one table per step, like [options.title]")
    return data


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline.default()


def fixture_pipeline(fixture: Fixture, base: Pipeline | None = None) -> Pipeline:
    """``base`` (the default pipeline if not given) with the fixture's config applied."""
    pipe = base if base is not None else _default_pipeline()
    config = fixture.config_path
    if config is None:
        return pipe
    data = read_config(config)
    try:
        for step, options in data.get("options", {}).items():
            pipe = pipe.configure(step, **options)
        if data.get("only"):
            pipe = pipe.only(*data["only"])
        if data.get("without"):
            pipe = pipe.without(*data["without"])
    except ArticlecleanError as exc:
        raise ConfigError(f"{config}: {exc}") from exc
    return pipe


@dataclass(frozen=True)
class MetadataDiff:
    """One metadata field whose value is not the expected one (``got`` is JSON-shaped)."""

    field: str
    expected: Any
    got: Any
    problem: str = "differs"  # or "unknown field"


@dataclass(frozen=True)
class Missing:
    """A paragraph of the expected body missing from the cleaned one, and the removals
    (cleaner, rule, input line) that took its text; none when no removal holds it (the
    text was changed by normalisation or joined differently)."""

    text: str
    removals: tuple[Removal, ...] = ()


@dataclass(frozen=True)
class FixtureReport:
    """What checking one fixture found. ``outcome`` is one of :data:`OUTCOMES`.

    ``expected`` is the expected file as it was read, before any update this check wrote
    (``wrote``); ``article`` is the pipeline's result (``None`` after an error).
    """

    fixture: Fixture
    outcome: str
    article: Article | None = None
    expected: Expected | None = None
    body_diff: str = ""
    metadata: tuple[MetadataDiff, ...] = ()
    keep_missing: tuple[str, ...] = ()
    drop_present: tuple[str, ...] = ()
    missing: tuple[Missing, ...] = ()
    fired: Mapping[str, int] = field(default_factory=dict)
    wrote: Path | None = None
    config: Path | None = None
    error: str | None = None
    note: str | None = None

    @property
    def failed(self) -> bool:
        """True for ``failed``, ``xpassed`` (remove the mark), ``new`` and ``unreviewed``
        (review, then accept) and ``error``."""
        return self.outcome in _FAILURES

    @property
    def passed(self) -> bool:
        return not self.failed

    @property
    def xfail(self) -> str | None:
        return self.expected.xfail if self.expected else None

    def score(self) -> Score | None:
        """Token-shingle P/R/F1 of the body against the expected body (if both exist)."""
        if self.article is None or self.expected is None or self.expected.body is None:
            return None
        return prf(self.article.body, self.expected.body)

    def format(self) -> str:
        """A readable account of the check: what differs, why, and what to do."""
        return format_report(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (what ``articleclean check --format json`` prints)."""
        return report_dict(self)


def check_fixture(
    fixture: Fixture,
    pipeline: Pipeline | None = None,
    *,
    update: bool = False,
    write_missing: bool = True,
    accept: bool = False,
) -> FixtureReport:
    """Clean ``fixture`` with ``pipeline`` (plus its ``articleclean.toml``) and compare.

    Never raises for a bad fixture: an unreadable raw file, a malformed expected file or a
    config naming an unknown step give ``outcome == "error"`` with the reason in ``error``.
    ``write_missing`` writes a missing expected file, marked unreviewed (outcome ``new``, a
    failure, as is ``unreviewed`` for a file still so marked); ``accept`` deletes the mark of
    an unreviewed file (outcome ``accepted`` when it then matches); ``update`` rewrites the
    body and metadata of a failing one (outcome ``updated``).
    """
    config = fixture.config_path
    try:
        expected = fixture.read_expected()
        pipe = fixture_pipeline(fixture, pipeline)
        raw = fixture.raw_path.read_bytes()
        article = pipe.clean(raw)
    except OSError as exc:
        error = f"{fixture.raw_path}: cannot read ({exc.strerror or exc})"
        return FixtureReport(fixture, "error", config=config, error=error)
    except ArticlecleanError as exc:
        return FixtureReport(fixture, "error", config=config, error=str(exc))
    counts = Counter(r.cleaner for r in article.removed)
    fired = {name: counts[name] for name in (*pipe.names, *counts) if counts[name]}
    base = FixtureReport(fixture, "passed", article, expected, fired=fired, config=config)

    try:
        return _judge(
            base, expected, article, update=update, write_missing=write_missing, accept=accept
        )
    except OSError as exc:
        error = f"{fixture.expected_path}: cannot write ({exc.strerror or exc})"
        return _replace(base, "error", error=error)


def _judge(
    base: FixtureReport,
    expected: Expected | None,
    article: Article,
    *,
    update: bool,
    write_missing: bool,
    accept: bool = False,
) -> FixtureReport:
    """The outcome of a cleaned fixture; writes the expected file where asked to."""
    fixture = base.fixture
    if expected is None or not expected.asserts_something:
        data = {"reviewed": False, **(expected.data if expected else {}), **_draft(article)}
        wrote = _write_json(fixture.expected_path, data) if (update or write_missing) else None
        return _replace(base, "new", wrote=wrote)

    accepted = None
    if not expected.reviewed:
        if not accept:
            found = _compare(expected, article)
            if update and any(found.values()) and not expected.xfail:
                fresh = Expected(_refresh(expected.data, article))
                wrote = _write_json(fixture.expected_path, fresh.data)
                return _replace(base, "unreviewed", wrote=wrote)
            return _replace(base, "unreviewed", **found)
        data = {k: v for k, v in expected.data.items() if k != "reviewed"}
        accepted = _write_json(fixture.expected_path, data)
        expected = Expected(data)
        base = _replace(base, base.outcome, expected=expected)

    found = _compare(expected, article)
    matched = not any(found.values())
    if accepted is not None and matched and not expected.xfail:
        return _replace(base, "accepted", wrote=accepted)
    if expected.xfail:
        return _replace(base, "xpassed" if matched else "xfailed", **found)
    if matched:
        return base
    if not update:
        return _replace(base, "failed", **found)
    if "body" not in expected.data and "metadata" not in expected.data:
        note = "keep/drop snippets are not updated automatically: edit expected.json"
        return _replace(base, "failed", note=note, **found)
    fresh = Expected(_refresh(expected.data, article))
    wrote = _write_json(fixture.expected_path, fresh.data)
    found = _compare(fresh, article)
    if any(found.values()):
        note = "updated body/metadata, but keep/drop snippets are not updated automatically"
        return _replace(base, "failed", wrote=wrote, note=note, **found)
    return _replace(base, "updated", wrote=wrote)


def _replace(report: FixtureReport, outcome: str, **changes: Any) -> FixtureReport:
    from dataclasses import replace

    return replace(report, outcome=outcome, **changes)


def _compare(expected: Expected, article: Article) -> dict[str, Any]:
    diff = ""
    missing: tuple[Missing, ...] = ()
    if expected.body is not None and expected.body != article.body:
        diff = body_diff(expected.body, article.body)
        missing = missing_paragraphs(expected.body, article)
    got = article.metadata.to_dict()
    meta = []
    for name, value in expected.metadata.items():
        if name not in got:
            meta.append(MetadataDiff(name, value, None, "unknown field"))
        elif got[name] != value:
            meta.append(MetadataDiff(name, value, got[name]))
    return {
        "body_diff": diff,
        "metadata": tuple(meta),
        "keep_missing": tuple(s for s in expected.keep if s not in article.body),
        "drop_present": tuple(s for s in expected.drop if s in article.body),
        "missing": missing,
    }


def missing_paragraphs(expected: str, article: Article) -> tuple[Missing, ...]:
    """The paragraphs of ``expected`` the article's body lacks, each with the removals that
    took (part of) its text.

    >>> from articleclean import clean
    >>> [(m.text, [r.cleaner for r in m.removals])
    ...  for m in missing_paragraphs("Share\\n\\nThe body.", clean("Share\\n\\nThe body."))]
    [('Share', ['share_buttons'])]
    """
    have = Counter(article.paragraphs)
    out = []
    for paragraph in expected.split("\n\n"):
        if have[paragraph] > 0:
            have[paragraph] -= 1
            continue
        if not paragraph.strip():
            continue
        flat = " ".join(paragraph.split())
        took = []
        for r in article.removed:
            text = " ".join(r.text.split())
            if len(text) >= 2 and (text in flat or flat in text):
                took.append(r)
        out.append(Missing(paragraph, tuple(took)))
    return tuple(out)


def body_diff(expected: str, got: str) -> str:
    """A unified diff, one paragraph per line, of the expected body and the one we got.

    >>> print(body_diff("One.\\n\\nTwo.", "One.\\n\\nShare\\n\\nTwo."))
    --- expected body
    +++ cleaned body
    @@ -2,2 +2,4 @@
    <BLANKLINE>
    +Share
    +
     Two.
    """
    lines = difflib.unified_diff(
        expected.split("\n"), got.split("\n"), "expected body", "cleaned body", n=1, lineterm=""
    )
    return "\n".join(lines)


def _draft(article: Article) -> dict[str, Any]:
    return {"body": article.body, "metadata": article.metadata.to_dict()}


def _refresh(data: Mapping[str, Any], article: Article) -> dict[str, Any]:
    out = dict(data)
    if "body" in out:
        out["body"] = article.body
    if "metadata" in out:
        got = article.metadata.to_dict()
        out["metadata"] = {k: got.get(k, v) for k, v in out["metadata"].items()}
    return out


def _write_json(path: Path, data: Mapping[str, Any]) -> Path:
    """Write ``data`` as indented UTF-8 JSON, atomically (temp file + rename)."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def check_all(
    fixtures: Iterable[Fixture],
    pipeline: Pipeline | None = None,
    *,
    update: bool = False,
    write_missing: bool = True,
    accept: bool = False,
) -> list[FixtureReport]:
    """:func:`check_fixture` for each fixture, in order."""
    return [
        check_fixture(f, pipeline, update=update, write_missing=write_missing, accept=accept)
        for f in fixtures
    ]
