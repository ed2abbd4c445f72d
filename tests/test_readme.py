"""The README stays true: its set-up commands match CI, its Python examples run."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", README, flags=re.DOTALL)
PYTHON = [code for lang, code in BLOCKS if lang == "python"]


def test_readme_starts_with_the_two_setup_commands():
    commands = [code.strip() for lang, code in BLOCKS[:2]]
    assert "articleclean clean" in commands[0]
    assert commands[1].endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


@pytest.mark.parametrize("code", PYTHON, ids=[f"example-{i}" for i in range(len(PYTHON))])
def test_python_example_runs(code, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})


def test_every_cli_command_is_documented():
    from articleclean.cli import _build_parser

    parser = _build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        assert f"articleclean {name}" in README, name


def test_every_step_is_in_the_cleaner_table():
    from articleclean import Pipeline

    for name in Pipeline.default().names:
        assert f"| `{name}` |" in README, name
