"""A pipeline of your own on the command line: ``--pipeline MODULE:NAME`` and ``pipeline =``.

Issue 18: a custom cleaner worked only from Python; ``clean --pipeline`` and ``explain
--pipeline`` were rejected as unknown arguments and the configuration key ``pipeline`` as an
unknown key. They are imported from the current folder, as ``check --pipeline`` does.
"""

from __future__ import annotations

import itertools
import json
import sys

import pytest

from articleclean.cli import main

PAGE = (
    "Zorblax sponsored corner\n\n"
    "The city council approved next year's budget on Monday evening after a debate that "
    "lasted more than six hours, with members split over how much to spend on roads.\n"
)
_names = itertools.count()

MODULE = '''
from articleclean import Doc, Pipeline


def zorblax(doc: Doc) -> Doc:
    """Lines about Zorblax."""
    return doc.drop_lines(lambda line: "zorblax" if "Zorblax" in line.text else None)


pipeline = Pipeline.default().insert(zorblax, after="share_buttons")


def make():
    return pipeline.without("font_size_toggles")
'''


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A project folder with its own package (a fresh name each time: imports are cached)."""
    name = f"mysite{next(_names)}"
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "cleaning.py").write_text(MODULE, encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))  # what the command adds goes away
    return name


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_clean_takes_a_pipeline_from_the_current_folder(site, capsys):
    assert main(["clean", "page.txt", "-f", "json", "--pipeline", f"{site}.cleaning:pipeline"]) == 0
    data = _json(capsys)
    assert not data["body"].startswith("Zorblax")
    assert [r["cleaner"] for r in data["removed"]] == ["zorblax"]


def test_a_function_returning_the_pipeline_and_the_other_options(site, capsys):
    argv = ["--pipeline", f"{site}.cleaning:make", "--without", "boilerplate"]
    assert main(["cleaners", *argv]) == 0
    out = capsys.readouterr().out
    names = [line.split()[0] for line in out.splitlines() if line.strip()]
    assert names[names.index("share_buttons") + 1] == "zorblax"  # inserted after it
    assert "font_size_toggles" not in out.split("switched off")[0]
    assert main(["clean", "page.txt", "-f", "json", *argv]) == 0
    assert [r["cleaner"] for r in _json(capsys)["removed"]] == ["zorblax"]


def test_explain_takes_the_pipeline_too(site, capsys):
    assert main(["explain", "page.txt", "--pipeline", f"{site}.cleaning:pipeline"]) == 0
    out = capsys.readouterr().out
    assert "DROP  Zorblax sponsored corner" in out and "by zorblax, rule zorblax" in out


def test_the_configuration_key_pipeline(site, capsys, tmp_path):
    (tmp_path / "articleclean.toml").write_text(
        f'pipeline = "{site}.cleaning:pipeline"\nwithout = ["boilerplate"]\nlangs = ["en"]\n',
        encoding="utf-8",
    )
    assert main(["clean", "page.txt", "-f", "json"]) == 0
    assert [r["cleaner"] for r in _json(capsys)["removed"]] == ["zorblax"]
    assert main(["cleaners"]) == 0
    out = capsys.readouterr().out
    assert "zorblax" in out and "switched off: boilerplate" in out
    # the command line's --pipeline replaces the file's
    assert main(["clean", "page.txt", "-f", "json", "--pipeline", "articleclean:Pipeline"]) == 0
    assert _json(capsys)["removed"] == []


def test_the_configuration_key_finds_the_module_beside_the_file(site, capsys, tmp_path):
    """With ``--config`` from another folder, the module is imported from the file's folder."""
    (tmp_path / "articleclean.toml").write_text(
        f'pipeline = "{site}.cleaning:pipeline"\n', encoding="utf-8"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "page.txt").write_text(PAGE, encoding="utf-8")
    import os

    os.chdir(elsewhere)
    assert main(["clean", "page.txt", "-f", "json", "--config", "../articleclean.toml"]) == 0
    assert "zorblax" in [r["cleaner"] for r in _json(capsys)["removed"]]


@pytest.mark.parametrize(
    ("argv", "config", "message"),
    [
        (["--pipeline", "nosuchmodule:pipe"], None, "--pipeline: cannot load pipeline"),
        (["--pipeline", "nocolon"], None, "must be given as MODULE:NAME"),
        ([], 'pipeline = "nosuchmodule:pipe"', "articleclean.toml: cannot load pipeline"),
        ([], "pipeline = 3", "'pipeline' must be a string"),
    ],
    ids=["cli-missing", "cli-malformed", "config-missing", "config-type"],
)
def test_a_pipeline_that_does_not_load_is_a_usage_error(
    site, capsys, tmp_path, argv, config, message
):
    if config:
        (tmp_path / "articleclean.toml").write_text(config + "\n", encoding="utf-8")
    for command in (["clean", "page.txt"], ["explain", "page.txt"], ["cleaners"]):
        assert main([*command, *argv]) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err
