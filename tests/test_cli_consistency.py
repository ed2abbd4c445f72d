"""The library and the command agree, and the command agrees with itself (issue 18, item 8)."""

from __future__ import annotations

import json
import re

import pytest

import articleclean
from articleclean.cli import main

from .cli_helpers import story
from .conftest import ROOT, SEED

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_one_format_vocabulary(tmp_path, capsys):
    make = tmp_path / "site" / "a"
    make.mkdir(parents=True)
    (make / "raw.txt").write_text(f"Share\n\n{story(1)}\n", encoding="utf-8")
    (make / "expected.json").write_text(json.dumps({"body": story(1)}), encoding="utf-8")
    for fmt in ("txt", "text"):  # text: its name before, still taken
        assert main(["check", str(tmp_path / "site"), "-f", fmt]) == 0
        assert capsys.readouterr().out.startswith("PASSED  a")
    assert main(["explain", str(SEED), "-f", "txt"]) == 0
    capsys.readouterr()
    for command in (["clean", str(SEED)], ["explain", str(SEED)], ["check", str(tmp_path)]):
        assert main([*command, "-f", "text" if command[0] != "check" else "md"]) == 2
        assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["clean"], ["clean", "--bogus", "x.txt"], ["clean", "-", "x.txt"], ["explain", "--nope", "x"]],
    ids=["no-path", "unknown-option", "stdin-mixed", "explain-unknown"],
)
def test_a_usage_error_in_a_subcommand_prints_its_usage(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: articleclean {argv[0]} "), err
    assert err.splitlines()[-1].startswith(f"articleclean {argv[0]}: ")


def test_check_on_a_file_says_to_give_its_folder(tmp_path, capsys):
    raw = tmp_path / "site" / "raw.txt"
    raw.parent.mkdir()
    raw.write_text(story(1), encoding="utf-8")
    assert main(["check", str(raw)]) == 2
    err = capsys.readouterr().err
    assert "is a file, not a folder of fixtures: give its folder" in err and str(raw.parent) in err
    assert "does not exist" not in err


def test_explain_takes_several_files_and_gives_json(tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text(f"Tweet\n\n{story(2)}\n", encoding="utf-8")
    assert main(["explain", str(SEED), str(other)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n# metadata:") == 2 and f"# {other} (utf-8): 3 lines" in out
    assert main(["explain", str(other), str(SEED), "--format", "jsonl"]) == 0
    first, second = (json.loads(x) for x in capsys.readouterr().out.splitlines())
    assert first["path"] == str(other) and second["path"] == str(SEED)
    assert first["lines"][0] == {
        "line": 1,
        "text": "Tweet",
        "fate": "removed",
        "removed": [first["lines"][0]["removed"][0]],
    }
    assert first["lines"][0]["removed"][0]["cleaner"] == "share_buttons"
    assert first["lines"][2]["fate"] == "kept" and first["partial"] is False
    assert main(["explain", str(other), "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["encoding"] == "utf-8"
    assert main(["explain", str(tmp_path / "missing.txt"), str(other)]) == 1
    captured = capsys.readouterr()
    assert "missing.txt: no such file" in captured.err and f"# {other}" in captured.out


def test_several_txt_results_on_stdout_are_told_apart(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(f"Share\n\n{story('a')}\n", encoding="utf-8")
    b.write_text(f"Share\n\n{story('b')}\n", encoding="utf-8")
    assert main(["clean", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert out == f"==> {a} <==\n{story('a')}\n\n==> {b} <==\n{story('b')}\n"


@pytest.mark.parametrize("several_files", [False, True], ids=["folder", "files"])
def test_a_file_name_as_output_for_a_folder_is_refused(tmp_path, capsys, several_files):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(story(1), encoding="utf-8")
    (src / "b.txt").write_text(story(2), encoding="utf-8")
    inputs = [str(src / "a.txt"), str(src / "b.txt")] if several_files else [str(src)]
    out = tmp_path / "single.txt"
    assert main(["clean", *inputs, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "looks like a file name" in err and "--format jsonl" in err
    assert not out.exists()
    assert main(["clean", *inputs, "-o", str(tmp_path / "out.d") + "/"]) == 0  # a folder


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--template-share", "5"], "--template-share: must be a share above 0 and at most 1"),
        (["--template-share", "0"], "--template-share: must be a share above 0"),
        (["--template-min-docs", "0"], "--template-min-docs: must be 1 or more"),
        (["--only", "title", "--without", "title"], "--only and --without both name title"),
    ],
    ids=["share-5", "share-0", "min-docs-0", "only-and-without"],
)
def test_range_checks(argv, message, capsys):
    assert main(["clean", str(SEED), *argv]) == 2
    assert message in capsys.readouterr().err


def test_only_and_without_of_one_step_is_refused_by_check_and_config(tmp_path, capsys, monkeypatch):
    assert main(["check", str(tmp_path), "--only", "title", "--without", "title"]) == 2
    assert "--only and --without both name title" in capsys.readouterr().err
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articleclean.toml").write_text(
        'only = ["title"]\nwithout = ["title"]\n', encoding="utf-8"
    )
    assert main(["clean", str(SEED)]) == 2
    assert "'only' and 'without' both name title" in capsys.readouterr().err


def test_messages_name_the_option_not_the_keyword(tmp_path, capsys):
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"Some text\x00\x00\x00 with NUL bytes \xff\xfe\x00 inside")
    assert main(["clean", str(nul)]) == 1
    err = capsys.readouterr().err
    assert "pass --encoding CODEC" in err and "encoding=" not in err
    assert main(["explain", str(nul)]) == 1
    err = capsys.readouterr().err
    assert "pass --encoding CODEC" in err and "encoding=" not in err


def test_the_cleaners_table_is_aligned(capsys):
    assert main(["cleaners"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if "  " in line]
    starts = {re.search(r"\S+\s+\S+\s+", row).end() for row in rows}
    assert len(starts) == 1, starts  # every description starts in the same column


def test_the_readme_json_shape_lists_why_and_partial():
    shape = README.split("## The JSON shape", 1)[1].split("```", 2)[1]
    assert '"why"' in shape and '"partial": bool' in shape
    article = articleclean.clean(SEED.read_bytes())
    keys = {"body", "metadata", "provenance", "removed", "warnings", "partial"}
    assert set(article.to_dict()) == keys
    assert all(f'"{k}"' in shape for k in keys)
    assert any("why" in r.to_dict() for r in article.removed)


def test_the_package_namespace_holds_no_helpers():
    names = dir(articleclean)
    assert "annotations" not in names and "lru_cache" not in names
    assert set(articleclean.__all__) <= set(names)
