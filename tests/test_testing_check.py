"""``articleclean check``: exit codes, --update, --score numbers, JSON; the README example."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from articleclean.cli import main

from .conftest import ROOT
from .fixture_kit import make_fixture, read_json

pytest_plugins = ["pytester"]

RAW = "Share\nBy Jane Doe\nFirst paragraph.\nTweet\n"
BODY = "First paragraph."
KIT = ["--pipeline", "tests.fixture_kit:PIPE"]


def check(capsys, root: Path, *args: str) -> tuple[int, str, str]:
    code = main(["check", str(root), *KIT, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("fixtures", "code", "summary"),
    [
        pytest.param({"a": {"body": BODY}}, 0, "1 fixture: 1 passed", id="pass"),
        pytest.param({"a": {"body": "Other."}}, 1, "1 fixture: 1 failed", id="fail"),
        pytest.param(
            {"a": {"body": "Other.", "xfail": "known"}, "b": {"body": BODY}},
            0,
            "2 fixtures: 1 passed, 1 xfailed",
            id="xfail-does-not-fail",
        ),
        pytest.param({"a": {"body": BODY, "xfail": "known"}}, 1, "1 xpassed", id="xpass-fails"),
        pytest.param({"a": None}, 1, "1 fixture: 1 new", id="missing-expected-fails"),
        pytest.param({"a": "{bad"}, 1, "1 fixture: 1 error", id="bad-expected-fails"),
    ],
)
def test_exit_codes(tmp_path, capsys, fixtures, code, summary):
    for name, expected in fixtures.items():
        make_fixture(tmp_path, name, RAW, expected)
    got, out, _ = check(capsys, tmp_path)
    assert got == code
    assert out.rstrip().splitlines()[-1].endswith(summary)


def test_failure_output_has_the_diff_and_quiet_does_not(tmp_path, capsys):
    make_fixture(tmp_path, "site/a", RAW, {"body": "Wanted.", "metadata": {"title": "T"}})
    make_fixture(tmp_path, "site/b", RAW, {"body": BODY})
    code, out, _ = check(capsys, tmp_path)
    assert code == 1
    assert "FAILED site/a: does not match expected.json" in out
    assert "-Wanted.\n?   not among the removals" in out and "\n+First paragraph." in out
    assert "metadata differs:" in out
    assert "PASSED  site/b\n" in out
    code, out, _ = check(capsys, tmp_path, "--quiet")
    assert out.splitlines() == [
        "FAILED  site/a: does not match expected.json",
        "PASSED  site/b",
        "2 fixtures: 1 passed, 1 failed",
    ]


def test_update_writes_and_then_passes(tmp_path, capsys):
    stale = make_fixture(tmp_path, "a", RAW, {"body": "Old."})
    missing = make_fixture(tmp_path, "b", RAW)
    code, out, _ = check(capsys, tmp_path, "--update", "-q")
    assert code == 1 and "2 fixtures: 1 updated, 1 new" in out
    assert read_json(stale / "expected.json") == {"body": BODY}
    assert read_json(missing / "expected.json")["metadata"]["authors"] == ["Jane Doe"]
    # the new file fails until it is accepted (issue 18)
    code, out, _ = check(capsys, tmp_path, "-q")
    assert code == 1 and "UNREVIEWED b: " in out and "2 fixtures: 1 passed, 1 unreviewed" in out
    code, out, _ = check(capsys, tmp_path, "--accept", "-q")
    assert code == 0 and "2 fixtures: 1 passed, 1 accepted" in out
    assert check(capsys, tmp_path)[0] == 0


@pytest.fixture
def scored(tmp_path):
    """Four fixtures whose scores are worked out by hand in the comments."""
    # body "alpha beta gamma delta epsilon"; gold adds "zeta":
    # shingles 2 of 3 found, none extra: P=1, R=2/3, F1=0.8
    make_fixture(
        tmp_path, "partial", "Share\nalpha beta gamma delta epsilon\n",
        {"body": "alpha beta gamma delta epsilon zeta"},
    )  # fmt: skip
    make_fixture(
        tmp_path, "perfect", "Tweet\none two three four five\n", {"body": "one two three four five"}
    )
    # 新华社电 is one shingle of 4 characters; the gold 新华社电讯 has two: P=1, R=1/2, F1=2/3
    make_fixture(tmp_path, "zh", "新华社电\n", {"body": "新华社电讯"})
    make_fixture(tmp_path, "snippets", "Share\nsome text here\n", {"keep": ["some text"]})
    make_fixture(tmp_path, "unreviewed", "Share\nno expected file yet\n")
    return tmp_path


def test_score_prints_hand_computed_numbers_and_the_mean(scored, capsys):
    code, out, _ = check(capsys, scored, "--score", "-q")
    assert code == 1  # partial and zh do not match their expected bodies
    table = out.split("token-shingle score of each body against its expected body:\n")[1]
    assert table.splitlines() == [
        "      P      R     F1  fixture",
        "  1.000  0.667  0.800  partial",
        "  1.000  1.000  1.000  perfect",
        "  1.000  0.500  0.667  zh",
        # means: P=1, R=(2/3+1+1/2)/3=0.722, F1=(0.8+1+2/3)/3=0.822
        "mean over 3 fixtures: P=1.000 R=0.722 F1=0.822",
        "not scored (no expected body): snippets, unreviewed",
    ]


def test_worst_lists_the_lowest_and_keeps_the_overall_mean(scored, capsys):
    _, out, _ = check(capsys, scored, "--worst", "2", "-q")
    table = out.split("fixture\n")[1].splitlines()
    assert table[:3] == [
        "  1.000  0.500  0.667  zh",
        "  1.000  0.667  0.800  partial",
        "mean over 3 fixtures: P=1.000 R=0.722 F1=0.822",
    ]


def test_an_empty_body_scores_zero(tmp_path, capsys):
    make_fixture(tmp_path, "empty", "Share\nTweet\n", {"body": "The whole article went."})
    code, out, _ = check(capsys, tmp_path, "--score", "-q")
    assert code == 1 and "  0.000  0.000  0.000  empty" in out


def test_json_format(scored, capsys):
    make_fixture(scored, "wrong", RAW, {"body": "Other."})
    code, out, _ = check(capsys, scored, "--score", "--format", "json")
    assert code == 1
    data = json.loads(out)
    by_id = {item["id"]: item for item in data["fixtures"]}
    assert list(by_id) == ["partial", "perfect", "snippets", "unreviewed", "wrong", "zh"]
    assert by_id["partial"]["score"] == pytest.approx({"p": 1.0, "r": 2 / 3, "f1": 0.8})
    assert by_id["snippets"]["score"] is None
    assert by_id["wrong"]["outcome"] == "failed" and by_id["wrong"]["body_diff"]
    assert by_id["wrong"]["fired"] == {"junk": 2, "byline": 1}
    assert data["summary"]["counts"] == {"passed": 2, "failed": 3, "new": 1}
    assert data["summary"]["failed"] == 4
    assert data["summary"]["score"]["scored"] == 4
    # partial 0.8, perfect 1, wrong: "First paragraph." vs "Other." = 0, zh 2/3
    assert data["summary"]["score"]["f1"] == pytest.approx((0.8 + 1 + 0 + 2 / 3) / 4)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(
            ["/no/such/folder"], 2, "fixture folder '/no/such/folder' does not exist", id="no-root"
        ),
        pytest.param(
            ["{empty}"], 1, "no fixtures (folders holding raw.txt) under", id="no-fixtures"
        ),
        pytest.param(
            ["{empty}", "--worst", "0"], 2, "must be a whole number of 1 or more", id="bad-worst"
        ),
        pytest.param(
            ["{empty}", "--pipeline", "nope:x"],
            2,
            "cannot load pipeline 'nope:x'",
            id="bad-pipeline",
        ),
        pytest.param(["{empty}", "--without", "nope"], 2, "unknown step 'nope'", id="unknown-step"),
    ],
)
def test_usage_errors(tmp_path, capsys, args, code, message):
    args = [a.replace("{empty}", str(tmp_path)) for a in args]
    assert main(["check", *args]) == code
    assert message in capsys.readouterr().err


def test_without_and_only_change_the_base_pipeline(tmp_path, capsys):
    make_fixture(tmp_path, "a", RAW, {"body": "Share\n\nFirst paragraph.\n\nTweet"})
    assert check(capsys, tmp_path, "--without", "junk")[0] == 0
    assert check(capsys, tmp_path, "--only", "byline")[0] == 0
    assert check(capsys, tmp_path)[0] == 1


# -- the README's worked example ----------------------------------------------------------------

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Testing your own sites\n", 1)[1].split("\n## ", 1)[0]
EXAMPLE = ROOT / "examples" / "mysite"


def test_readme_shows_the_example_files_as_they_are():
    blocks = dict(re.findall(r"`(raw\.txt|expected\.json)`\n\n```\w*\n(.*?)```", SECTION, re.S))
    folder = EXAMPLE / "storm-warning"
    assert blocks["raw.txt"] == (folder / "raw.txt").read_text(encoding="utf-8")
    assert blocks["expected.json"] == (folder / "expected.json").read_text(encoding="utf-8")
    assert "This one is `examples/mysite/storm-warning/`" in SECTION


def _commands() -> list[list[str]]:
    block = re.search(r"Check it, with or without pytest:\n\n```\n(.*?)```", SECTION, re.S)[1]
    return [line.split("#")[0].split() for line in block.splitlines()]


@pytest.fixture
def example(tmp_path, monkeypatch):
    """A copy of examples/ in a scratch folder (checking may write files), as the cwd."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_readme_example_check_commands_pass(example, capsys):
    commands = [c for c in _commands() if c[0] == "articleclean"]
    assert len(commands) == 2
    for argv in commands:
        assert main(argv[1:]) == 0, capsys.readouterr()
        out = capsys.readouterr().out
        assert out.startswith("PASSED  storm-warning\n")
    assert "mean over 1 fixture: P=1.000 R=1.000 F1=1.000" in out


def test_readme_example_pytest_command_passes(pytester):
    shutil.copytree(ROOT / "examples", pytester.path / "examples")
    (argv,) = [c for c in _commands() if c[0] == "pytest"]
    result = pytester.runpytest(*argv[1:], "-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*raw.txt::storm-warning PASSED*"])


def test_readme_example_python_block_runs(example):
    (code,) = re.findall(r"```python\n(.*?)```", SECTION, re.S)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})


def test_readme_example_fails_when_the_pipeline_changes(example, capsys):
    """The example is a real test: switching the byline extractor off makes it fail."""
    code = main(["check", "examples/mysite", "--without", "byline", "-q"])
    assert code == 1 and "FAILED  storm-warning" in capsys.readouterr().out


def test_installed_command_runs_check(example):
    exe = shutil.which("articleclean", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("the articleclean script is not installed beside this Python")
    done = subprocess.run([exe, "check", "examples/mysite", "-q"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("PASSED  storm-warning")
