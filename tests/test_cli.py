from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from articleclean.cli import main

from .cli_helpers import ZH_S, ZH_T
from .conftest import SEED


def test_clean_json(capsys):
    assert main(["clean", str(SEED), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["metadata"]["authors"] == ["An Baijie"]
    assert data["metadata"]["encoding"] == "utf-8"
    assert data["path"] == str(SEED)
    assert data["body"].startswith("The governance of cyberspace")


def test_clean_txt_from_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["clean", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("The governance of cyberspace") and "Print Mail" not in out


def test_without_is_applied(capsys):
    assert (
        main(["clean", str(SEED), "--without", "font_size_toggles", "--without", "boilerplate"])
        == 0
    )
    assert capsys.readouterr().out.startswith("Large Medium Small")


def test_explain(capsys):
    assert main(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "font_size_toggles" in out and "en/fontsize.txt" in out


def test_cleaners(capsys):
    assert main(["cleaners"]) == 0
    out = capsys.readouterr().out
    assert "share_buttons" in out and "trailing_counters" in out
    assert "switched off" not in out
    assert main(["cleaners", "--only", "dates", "--only", "byline"]) == 0
    out = capsys.readouterr().out
    # the analysis steps the credit extractors read come along
    steps = ["analysis", "credits", "byline", "dates"]
    assert [line.split()[0] for line in out.splitlines()][:4] == steps
    assert out.splitlines()[4].startswith("switched off: ")
    assert "share_buttons" in out.splitlines()[4] and "dates" not in out.splitlines()[4]


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("articleclean ")


@pytest.mark.parametrize(
    ("codec", "forced", "code", "expected"),
    [
        pytest.param("gbk", "gbk", 0, ZH_S, id="gbk-forced"),
        pytest.param("big5", "big5", 0, ZH_T, id="big5-forced"),
        pytest.param("utf-8", "ascii", 1, "is not valid ascii", id="wrong-codec"),
        pytest.param("utf-8", "klingon", 2, "unknown encoding 'klingon'", id="unknown-codec"),
    ],
)
def test_forced_encoding(tmp_path, capsys, codec, forced, code, expected):
    text = ZH_T if codec == "big5" else ZH_S
    path = tmp_path / "page.txt"
    path.write_bytes(f"分享到\n\n{text}\n".encode(codec))
    assert main(["clean", str(path), "--encoding", forced, "-f", "json"]) == code
    captured = capsys.readouterr()
    if code == 0:
        data = json.loads(captured.out)
        assert data["body"] == expected
        assert data["metadata"]["encoding"] in ("gb18030", "cp950")
    else:
        assert expected in captured.err and captured.out == ""
        assert "Traceback" not in captured.err
        if code == 2:  # a usage error: the subcommand's usage, then the message
            assert captured.err.startswith("usage: articleclean clean ")
            assert captured.err.splitlines()[-1].startswith("articleclean clean: --encoding: ")
        else:
            assert captured.err.count("\n") == 1


def test_output_is_utf8_whatever_the_locale(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(f"分享到\n\n{ZH_S}\n".encode("gbk"))
    exe = shutil.which("articleclean") or str(Path(sys.executable).parent / "articleclean")
    env = {"PATH": "", "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": "ascii"}
    proc = subprocess.run([exe, "clean", str(path)], capture_output=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == ZH_S + "\n"


def test_stdin_to_output_file(monkeypatch, tmp_path, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    out = tmp_path / "seed.md"
    assert main(["clean", "-", "-o", str(out), "-f", "md"]) == 0
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Official: Mind all parties")
    assert "\n- Print edition: China Daily, 2016-07-12, page 3\n" in md


def test_every_option_is_in_the_readme():
    from articleclean.cli import _build_parser

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    parser = _build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():
        for action in p._actions:
            longs = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            for option in longs[:1]:
                assert f"`{option}" in readme, f"{name} {option}"


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        pytest.param(["clean", "/no/such/file"], 1, "no such file", id="missing-file"),
        pytest.param(
            ["clean", str(SEED), "--without", "nope"], 2, "unknown step", id="unknown-cleaner"
        ),
        pytest.param(["clean"], 2, "", id="no-paths"),
        pytest.param([], 2, "", id="no-command"),
    ],
)
def test_errors_are_one_line_and_exit_codes(argv, code, message, capsys):
    assert main(argv) == code
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_binary_file_is_reported_and_others_still_cleaned(tmp_path, capsys):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main(["clean", str(binary), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert "image.txt" in captured.err and "binary" in captured.err
    assert captured.out.startswith(f"==> {SEED} <==\nThe governance of cyberspace")


def test_installed_entry_point_runs():
    exe = shutil.which("articleclean") or str(Path(sys.executable).parent / "articleclean")
    proc = subprocess.run(
        [exe, "clean", str(SEED), "--format", "json"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["metadata"]["title"] == "Official: Mind all parties' concerns"


def test_python_dash_m_runs_the_command():
    """``python -m articleclean`` is the command (benchmarks and users without the script)."""
    proc = subprocess.run(
        [sys.executable, "-m", "articleclean", "clean", str(SEED), "--format", "json"],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["metadata"]["authors"] == ["An Baijie"]
