from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from articleclean.cli import main

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


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        pytest.param(["clean", "/no/such/file"], 1, "cannot read", id="missing-file"),
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
    assert captured.out.startswith("The governance of cyberspace")


def test_installed_entry_point_runs():
    exe = shutil.which("articleclean") or str(Path(sys.executable).parent / "articleclean")
    proc = subprocess.run(
        [exe, "clean", str(SEED), "--format", "json"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["metadata"]["title"] == "Official: Mind all parties' concerns"
