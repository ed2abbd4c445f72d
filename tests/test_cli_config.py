"""The configuration file: articleclean.toml or [tool.articleclean], and its errors."""

from __future__ import annotations

import json

import pytest

from articleclean import Pipeline
from articleclean.cli import main
from articleclean.config import Config, find_config

PAGE = (
    "The city council approved next year's budget on Monday evening after a debate that "
    "lasted more than six hours, with members split over how much to spend on roads.\n\n"
    "Large Medium Small\n\nZorblax widget\n\n"
    "The mayor said the vote was a good day for the city, and promised that the new bus "
    "lines would open before the end of the summer, as residents had asked for years.\n"
)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    rules = tmp_path / "myrules" / "en"
    rules.mkdir(parents=True)
    (rules / "share.txt").write_text("# my own widget labels\nZorblax widget\n", "utf-8")
    return tmp_path


def _clean(*extra: str) -> tuple[int, dict]:
    import io
    import sys
    from contextlib import redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(["clean", "page.txt", "-f", "json", *extra])
    sys.stdout.flush()
    return code, json.loads(buf.getvalue()) if buf.getvalue() else {}


def _removed_by(data: dict) -> dict[str, str]:
    return {r["text"]: f"{r['cleaner']} {r['rule']}" for r in data["removed"]}


CONFIG = """
without = ["font_size_toggles"]
rule_dirs = ["myrules"]

[options.title]
max_tokens = 12
"""


@pytest.mark.parametrize(
    ("filename", "text"),
    [
        pytest.param("articleclean.toml", CONFIG, id="articleclean.toml"),
        pytest.param(
            "pyproject.toml",
            '[project]\nname = "x"\n\n[tool.articleclean]\n'
            + CONFIG.replace("[options.title]", "[tool.articleclean.options.title]"),
            id="pyproject.toml",
        ),
    ],
)
def test_config_in_the_current_folder_is_used(folder, capsys, filename, text):
    (folder / filename).write_text(text, encoding="utf-8")
    code, data = _clean()
    assert code == 0
    removed = _removed_by(data)
    assert removed["Zorblax widget"] == "share_buttons myrules/en/share.txt:2"
    assert "Large Medium Small" in data["body"]  # font_size_toggles is off
    assert "font_size_toggles" not in {r["cleaner"] for r in data["removed"]}
    assert main(["cleaners"]) == 0
    out = capsys.readouterr().out
    assert "switched off: font_size_toggles" in out
    assert "[max_tokens=12]" in out and filename in out
    assert "font_size_toggles  cleaner" not in out


def test_command_line_overrides_and_no_config(folder, capsys):
    (folder / "articleclean.toml").write_text(CONFIG, encoding="utf-8")
    _, data = _clean("--only", "font_size_toggles")  # --only switches it back on
    assert list(_removed_by(data)) == ["Large Medium Small"]
    _, data = _clean("--no-config")
    assert "Zorblax widget" in data["body"]
    _, data = _clean("--without", "share_buttons")  # adds to the file's list
    assert _removed_by(data) == {}


def test_explicit_config_file(folder, capsys):
    (folder / "elsewhere.toml").write_text('only = ["font_size_toggles"]\n', encoding="utf-8")
    _, data = _clean("--config", "elsewhere.toml")
    assert list(_removed_by(data)) == ["Large Medium Small"]


def test_a_pyproject_without_the_table_is_not_a_config(folder, capsys):
    (folder / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(folder) is None
    assert main(["clean", "page.txt"]) == 0  # found nothing, so the defaults
    capsys.readouterr()
    assert main(["clean", "page.txt", "--config", "pyproject.toml"]) == 2  # asked for it
    assert "has no [tool.articleclean] table" in capsys.readouterr().err
    assert Config().pipeline().names == Pipeline.default().names


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param('withot = ["dates"]', "unknown key 'withot'; the keys are: only", id="key"),
        pytest.param(
            'without = ["nope"]',
            "unknown step 'nope'; the pipeline has: ",
            id="step",
        ),
        pytest.param('only = "dates"', "'only' must be a list of strings", id="type"),
        pytest.param("[options.title]\nmax_token = 3", "has no option 'max_token'", id="option"),
        pytest.param("[options.nope]\nx = 1", "unknown step 'nope'", id="option-step"),
        pytest.param('options = ["x"]', "one table per step", id="options-type"),
        pytest.param('rule_dirs = ["missing"]', "rule folder 'missing' does not exist", id="dir"),
        pytest.param("only = [", "not valid TOML", id="toml"),
    ],
)
def test_config_errors_exit_2_naming_the_file(folder, capsys, text, message):
    (folder / "articleclean.toml").write_text(text, encoding="utf-8")
    for argv in (["clean", "page.txt"], ["explain", "page.txt"], ["cleaners"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("articleclean: articleclean.toml") or "articleclean.toml" in err
        assert message in err, err
        assert "Traceback" not in err and err.count("\n") == 1


def test_malformed_own_word_list_is_a_config_error(folder, capsys):
    bad = folder / "badrules" / "en"
    bad.mkdir(parents=True)
    (bad / "counters.re").write_text("no colon here\n", encoding="utf-8")
    (folder / "articleclean.toml").write_text('rule_dirs = ["badrules"]\n', encoding="utf-8")
    assert main(["clean", "page.txt"]) == 2
    assert "badrules/en/counters.re:1: expected 'name: pattern'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["--config", "missing.toml"], "no such configuration file", id="missing"),
        pytest.param(["--only", "nope"], "unknown step 'nope'; the pipeline has:", id="only"),
        pytest.param(["--without", "x", "--without", "y"], "unknown steps 'x', 'y'", id="without"),
    ],
)
def test_command_line_names_are_checked(folder, capsys, argv, message):
    assert main(["clean", "page.txt", *argv]) == 2
    assert message in capsys.readouterr().err
