"""pytest plugin: every fixture folder (one holding ``raw.txt``) is a test item.

Registered through the ``pytest11`` entry point, so it is active wherever articleclean is
installed, and does nothing until given a fixture root::

    pytest --articleclean-fixtures fixtures/                          # check every fixture
    pytest --articleclean-fixtures fixtures/ --articleclean-update    # refresh expected.json
    pytest --articleclean-fixtures fixtures/ --articleclean-accept    # accept reviewed drafts

or, for a project, in ``pyproject.toml`` (paths relative to that file)::

    [tool.pytest.ini_options]
    articleclean_fixtures = ["fixtures"]
    articleclean_pipeline = "mypkg.cleaning:pipeline"   # optional: a Pipeline or a function
                                                        # (imported from the rootdir too)

When pytest runs without path arguments, the fixture roots are collected alongside the usual
tests; with path arguments (``pytest tests/test_x.py``, ``pytest fixtures/site``) only the
fixtures inside those paths are. Item ids are the fixture paths relative to their root.
A failure shows the body diff (each missing paragraph with the cleaner and rule that removed
it), a metadata table and the cleaners that fired. A fixture without ``expected.json`` gets
one written, marked ``"reviewed": false``, and fails until it is reviewed and accepted
(``--articleclean-accept``, or delete that line); a fixture marked ``xfail`` in its expected
file is reported as xfailed, and as a failure if it unexpectedly passes.
See :mod:`articleclean.testing` for the fixture format.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .testing import Fixture, FixtureReport

_ROOTS = pytest.StashKey[list]()
_WRITTEN = pytest.StashKey[list]()
_PIPELINE = pytest.StashKey[Any]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("articleclean", "articleclean fixture articles")
    group.addoption(
        "--articleclean-fixtures",
        action="append",
        default=[],
        metavar="DIR",
        help="check every fixture folder (one holding raw.txt) under DIR (repeatable)",
    )
    group.addoption(
        "--articleclean-update",
        action="store_true",
        help="write missing expected.json files and refresh failing ones from the current output",
    )
    group.addoption(
        "--articleclean-accept",
        action="store_true",
        help='accept unreviewed expected.json files (delete their "reviewed": false) after '
        "reviewing them",
    )
    group.addoption(
        "--articleclean-pipeline",
        metavar="MODULE:NAME",
        help="check fixtures with this Pipeline (or function returning one) instead of the default",
    )
    parser.addini("articleclean_fixtures", "fixture roots, relative to the ini file", type="paths")
    parser.addini("articleclean_pipeline", "MODULE:NAME of the pipeline for fixtures")


def pytest_configure(config: pytest.Config) -> None:
    here = config.invocation_params.dir
    roots = [(here / p).resolve() for p in config.getoption("articleclean_fixtures")]
    roots += [Path(p).resolve() for p in config.getini("articleclean_fixtures")]
    if not roots:
        return
    for root in roots:
        if not root.is_dir():
            raise pytest.UsageError(f"articleclean: fixture folder {root} does not exist")
    roots = list(dict.fromkeys(roots))
    config.stash[_ROOTS] = roots
    config.stash[_WRITTEN] = []
    source = getattr(config, "args_source", None)  # pytest >= 7.4; older: add the roots
    if getattr(source, "name", None) != "ARGS":
        covered = [(here / a.split("::")[0]).resolve() for a in config.args]
        for root in roots:
            if not any(root == c or c in root.parents for c in covered):
                config.args.append(str(root))
                covered.append(root)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    from .testing import RAW

    if file_path.name != RAW:
        return None
    roots = parent.config.stash.get(_ROOTS, None)
    if not roots:
        return None
    inside = [r for r in roots if r == file_path.parent or r in file_path.parents]
    if not inside:
        return None
    return FixtureFile.from_parent(
        parent, path=file_path, root=max(inside, key=lambda r: len(r.parts))
    )


class FixtureFile(pytest.File):
    """The ``raw.txt`` of a fixture; it collects one :class:`FixtureItem`."""

    def __init__(self, *, root: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.root = root

    def collect(self):
        from .testing import Fixture

        folder = self.path.parent
        rel = folder.relative_to(self.root).as_posix()
        fixture = Fixture(folder, self.root.name if rel == "." else rel, self.root)
        yield FixtureItem.from_parent(self, name=fixture.id, fixture=fixture)


class FixtureFailed(Exception):
    """Raised by a fixture item that failed; carries the report."""

    def __init__(self, report: FixtureReport):
        super().__init__(report.outcome)
        self.report = report


class FixtureItem(pytest.Item):
    """One fixture: clean ``raw.txt`` and compare with ``expected.json``."""

    def __init__(self, *, fixture: Fixture, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fixture = fixture

    def runtest(self) -> None:
        from .testing import check_fixture

        config = self.config
        update = config.getoption("articleclean_update")
        accept = config.getoption("articleclean_accept")
        report = check_fixture(self.fixture, _pipeline(config), update=update, accept=accept)
        self.user_properties.append(("articleclean_outcome", report.outcome))
        if report.wrote is not None:
            config.stash[_WRITTEN].append((self.fixture.id, report.wrote))
        if report.outcome == "xfailed":
            pytest.xfail(report.xfail)
        if report.failed:
            raise FixtureFailed(report)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FixtureFailed):  # the header already names the fixture
            from ._testing_report import headline

            report = excinfo.value.report
            return "\n".join([headline(report), *report.format().split("\n")[1:]])
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, f"articleclean fixture {self.fixture.id}"


def _pipeline(config: pytest.Config):
    """The base pipeline of this run (loaded once); ``None`` means the default.

    The module is looked for in the rootdir (the ini file's folder) first, as ``articleclean
    check --pipeline`` looks in the current folder: no ``pythonpath`` setting is needed.
    """
    if _PIPELINE not in config.stash:
        spec = config.getoption("articleclean_pipeline") or config.getini("articleclean_pipeline")
        if spec:
            from .loading import load_pipeline

            folder = config.inipath.parent if config.inipath else config.rootpath
            try:
                config.stash[_PIPELINE] = load_pipeline(spec, folder=folder)
            except Exception as exc:
                config.stash[_PIPELINE] = exc
        else:
            config.stash[_PIPELINE] = None
    value = config.stash[_PIPELINE]
    if isinstance(value, Exception):
        pytest.fail(f"articleclean: {value}", pytrace=False)
    return value


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    written = config.stash.get(_WRITTEN, None)
    if not written:
        return
    terminalreporter.section("articleclean")
    terminalreporter.write_line(f"wrote {len(written)} expected file(s):")
    for fixture_id, path in written:
        terminalreporter.write_line(f"  {fixture_id}: {path}")
    terminalreporter.write_line(
        'new files are marked "reviewed": false and fail until reviewed and accepted '
        "(--articleclean-accept, or delete that line)"
    )
