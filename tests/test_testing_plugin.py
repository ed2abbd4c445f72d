"""The pytest plugin end to end, through pytester: collection, output, golden files, xfail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .fixture_kit import make_fixture, read_json

pytest_plugins = ["pytester"]

RAW = "Share\nBy Jane Doe\nFirst paragraph.\nTweet\n"
BODY = "First paragraph."
PIPE = ["--articleclean-pipeline", "fixture_kit:PIPE", "-p", "no:cacheprovider"]


@pytest.fixture
def tester(pytester: pytest.Pytester) -> pytest.Pytester:
    """A pytester folder that can import tests/fixture_kit.py as ``fixture_kit``."""
    kit = Path(__file__).with_name("fixture_kit.py").read_text(encoding="utf-8")
    pytester.makepyfile(fixture_kit=kit)
    pytester.syspathinsert()
    return pytester


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest("--articleclean-fixtures", "fixtures", *PIPE, *args)


def test_each_fixture_folder_is_an_item_with_its_path_as_id(tester):
    root = tester.path / "fixtures"
    make_fixture(root, "site-a/one", RAW, {"body": BODY})
    make_fixture(root, "site-a/two", RAW, {"body": BODY})
    make_fixture(root, "site-b/three", RAW, {"body": BODY})
    result = run(tester, "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "fixtures/site-a/one/raw.txt::site-a/one",
            "fixtures/site-a/two/raw.txt::site-a/two",
            "fixtures/site-b/three/raw.txt::site-b/three",
        ]
    )
    run(tester).assert_outcomes(passed=3)
    run(tester, "-k", "site-b").assert_outcomes(passed=1)


def test_failure_shows_body_diff_metadata_table_and_cleaners(tester):
    expected = {
        "body": "First paragraph.\n\nA paragraph we wanted.",
        "metadata": {"authors": ["John Roe"], "title": "Storm"},
    }
    make_fixture(tester.path / "fixtures", "site/a", RAW, expected)
    result = run(tester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "does not match expected.json",
            "body differs (- expected, + cleaned; ? what removed a missing paragraph):",
            "--- expected body",
            "+++ cleaned body",
            "-A paragraph we wanted.",
            "?   not among the removals*",
            "metadata differs:",
            "  field    expected      got",
            '  authors  ["John Roe"]  ["Jane Doe"]',
            '  title    "Storm"       null',
            "cleaners that fired (removals): junk 2, byline 1",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_missing_expected_is_written_and_fails_until_accepted(tester):
    """Issue 18: the README says a new fixture fails until reviewed, but the written file
    passed on the next plain rerun."""
    folder = make_fixture(tester.path / "fixtures", "site/new", RAW)
    result = run(tester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "nothing to check against yet: wrote *expected.json*unreviewed; review it*accept*",
            "*articleclean*",
            "wrote 1 expected file(s):",
            "  site/new: *expected.json",
            '*marked "reviewed": false*--articleclean-accept*',
        ]
    )
    assert read_json(folder / "expected.json")["body"] == BODY
    result = run(tester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*is not reviewed yet*"])
    run(tester, "--articleclean-accept").assert_outcomes(passed=1)
    assert "reviewed" not in read_json(folder / "expected.json")
    run(tester).assert_outcomes(passed=1)


def test_a_failure_names_the_cleaner_that_removed_a_missing_line(tester):
    make_fixture(tester.path / "fixtures", "site/a", RAW, {"body": f"By Jane Doe\n\n{BODY}"})
    result = run(tester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["-By Jane Doe", "?   removed by byline, rule by (input line 2)"])


def test_the_ini_pipeline_is_imported_from_the_rootdir(pytester):
    """Issue 18: ``articleclean_pipeline = "mysite.cleaning:pipeline"`` needed
    ``pythonpath = ["."]``; it is looked for in the rootdir, as ``check`` looks in the current
    folder."""
    package = pytester.path / "mysite18"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    kit = Path(__file__).with_name("fixture_kit.py").read_text(encoding="utf-8")
    (package / "cleaning.py").write_text(kit, encoding="utf-8")
    pytester.makefile(
        ".toml",
        pyproject='[tool.pytest.ini_options]\narticleclean_fixtures = ["fixtures"]\n'
        'articleclean_pipeline = "mysite18.cleaning:PIPE"\n',
    )
    make_fixture(pytester.path / "fixtures", "site/one", RAW, {"body": BODY})
    sub = pytester.path / "fixtures" / "site"
    # the console script, as a user runs it (``python -m pytest``, and pytester's own runs,
    # would put the current folder on sys.path by themselves)
    script = Path(sys.executable).with_name("pytest")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p != "."
    )
    proc = subprocess.run(
        [str(script), "-p", "no:cacheprovider", str(sub)],
        cwd=pytester.path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 passed" in proc.stdout


def test_update_flag_refreshes_failing_fixtures_and_they_pass(tester):
    root = tester.path / "fixtures"
    stale = make_fixture(root, "site/stale", RAW, {"body": "Old.", "notes": "kept"})
    make_fixture(root, "site/fine", RAW, {"body": BODY})
    missing = make_fixture(root, "site/missing", RAW)
    result = run(tester, "--articleclean-update")
    result.assert_outcomes(passed=2, failed=1)  # the new one is unreviewed
    result.stdout.fnmatch_lines(["wrote 2 expected file(s):"])
    assert read_json(stale / "expected.json") == {"body": BODY, "notes": "kept"}
    assert read_json(missing / "expected.json")["body"] == BODY
    run(tester).assert_outcomes(passed=2, failed=1)
    run(tester, "--articleclean-accept").assert_outcomes(passed=3)
    run(tester).assert_outcomes(passed=3)


def test_xfail_is_xfailed_and_an_unexpected_pass_fails(tester):
    root = tester.path / "fixtures"
    make_fixture(root, "site/known", RAW, {"body": "Wanted.", "xfail": "misses a widget"})
    make_fixture(root, "site/fixed", RAW, {"body": BODY, "xfail": "was broken"})
    result = run(tester, "-rxf")
    result.assert_outcomes(failed=1, xfailed=1)
    result.stdout.fnmatch_lines_random(
        [
            "*XFAIL*site/known*misses a widget*",
            'marked xfail (was broken) but now matches: remove the "xfail" key from *expected.json',
            "FAILED fixtures/site/fixed/raw.txt::site/fixed - marked xfail*",
        ]
    )


def test_config_beside_a_fixture_is_used(tester):
    root = tester.path / "fixtures"
    make_fixture(root, "plain", RAW, {"body": BODY})
    make_fixture(
        root,
        "custom",
        RAW,
        {"body": "Share\n\nFirst paragraph.\n\nTweet", "metadata": {"source": "Daily"}},
        config='without = ["junk"]\n[options.source]\nvalue = "Daily"\n',
    )
    run(tester).assert_outcomes(passed=2)


def test_ini_roots_join_a_plain_run_and_explicit_paths_narrow_it(tester):
    tester.makeini("[pytest]\narticleclean_fixtures = fixtures\n")
    tester.makepyfile(test_other="def test_other():\n    pass\n")
    root = tester.path / "fixtures"
    make_fixture(root, "site-a/one", RAW, {"body": BODY})
    make_fixture(root, "site-b/two", RAW, {"body": BODY})
    tester.runpytest(*PIPE).assert_outcomes(passed=3)
    tester.runpytest(*PIPE, "test_other.py").assert_outcomes(passed=1)
    tester.runpytest(*PIPE, "fixtures/site-b").assert_outcomes(passed=1)
    tester.runpytest(*PIPE, "fixtures/site-a/one/raw.txt").assert_outcomes(passed=1)


def test_root_outside_the_collected_folder_is_added(tester, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    make_fixture(elsewhere, "site/one", RAW, {"body": BODY})
    result = tester.runpytest("--articleclean-fixtures", str(elsewhere), *PIPE, "-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*raw.txt::site/one PASSED*"])


def test_without_the_option_raw_txt_files_are_not_collected(tester):
    make_fixture(tester.path / "fixtures", "site/one", RAW, {"body": "not this"})
    result = tester.runpytest("fixtures")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_missing_root_is_a_usage_error(tester):
    result = tester.runpytest("--articleclean-fixtures", "nope")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*articleclean: fixture folder *nope does not exist*"])


def test_bad_pipeline_fails_each_item_with_the_reason(tester):
    make_fixture(tester.path / "fixtures", "site/one", RAW, {"body": BODY})
    result = tester.runpytest(
        "--articleclean-fixtures", "fixtures", "--articleclean-pipeline", "nosuchmod:pipe"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*articleclean: cannot load pipeline 'nosuchmod:pipe'*"])


def test_bad_expected_file_fails_with_the_reason(tester):
    make_fixture(tester.path / "fixtures", "site/one", RAW, "{oops")
    result = run(tester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["error: *expected.json: not valid UTF-8 JSON*"])


def test_default_pipeline_when_none_is_named(tester):
    body = "The body of the story, long enough to read as prose."
    make_fixture(tester.path / "fixtures", "site/one", f"Share\n{body}\n", {"body": body})
    tester.runpytest("--articleclean-fixtures", "fixtures").assert_outcomes(passed=1)


def test_project_runs_its_fixtures_through_the_plugin():
    """pyproject.toml names fixtures/ as a root, and the old hand-written test is gone."""
    root = Path(__file__).resolve().parents[1]
    import tomllib

    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    ini = project["tool"]["pytest"]["ini_options"]
    assert ini["articleclean_fixtures"] == ["fixtures"]
    plugin = project["project"]["entry-points"]["pytest11"]["articleclean"]
    assert plugin == "articleclean.pytest_plugin"
    assert not (root / "tests" / "test_fixtures.py").exists()
    assert json.loads((root / "fixtures/chinadaily/cyber-governance/expected.json").read_text())
