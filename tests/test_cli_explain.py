"""``articleclean explain``: every line with its fate; colour only on a terminal."""

from __future__ import annotations

import io
import sys

import pytest

from articleclean.cli import main

from .conftest import SEED

FIRST = (
    "The city council approved next year's budget on Monday evening after a debate that "
    "lasted more than six hours, with members split over how much to spend on roads."
)
PAGE = f"Share\n\n{FIRST}\nPrint Mail Large Medium Small\n"
# With only these two cleaners, print_mail_widgets cuts its part of the widget bar and the
# rest of the line stays (font_size_toggles would take it).
WITHOUT = ["--only", "share_buttons", "--only", "print_mail_widgets"]


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_every_line_has_its_fate(page, capsys):
    assert main(["explain", str(page), *WITHOUT]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == f"# {page} (utf-8): 4 lines: 1 kept, 1 removed, 1 cut, 1 blank"
    assert lines[1] == "1  DROP  Share"
    assert lines[2].strip().startswith("by share_buttons, rule en/share.txt:")
    assert lines[3] == "2"
    assert lines[4] == f"3  kept  {FIRST}"
    assert lines[5] == "4  CUT   [-Print Mail -]Large Medium Small"
    assert lines[6].strip().startswith("cut 'Print Mail ' by print_mail_widgets, rule en/")
    assert lines[-1].startswith("# metadata:")
    assert "\x1b[" not in out  # not a terminal: no colour


def test_seed_names_cleaners_and_rules(capsys):
    assert main(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    # the metadata, one field a line with the step that filled it and how
    assert "#   title: Official: Mind all parties' concerns  (step=title, how=" in out
    assert "#   source: China Daily  (step=publisher, how=print_edition" in out
    assert "font_size_toggles" in out and "en/fontsize.txt" in out
    body_lines = [x for x in out.splitlines() if "  kept  " in x]
    assert any("The governance of cyberspace" in x for x in body_lines)


class FakeTTY(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize(
    ("argv", "no_color", "colored"),
    [
        pytest.param([], None, True, id="terminal"),
        pytest.param([], "1", False, id="NO_COLOR"),
        pytest.param(["--color", "never"], None, False, id="never"),
        pytest.param(["--color", "always"], "1", True, id="always"),
    ],
)
def test_colour_on_a_terminal_unless_no_color(page, monkeypatch, argv, no_color, colored):
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stdout", tty)
    monkeypatch.setenv("TERM", "xterm")
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert main(["explain", str(page), *WITHOUT, *argv]) == 0
    out = tty.getvalue()
    assert ("\x1b[31m" in out) == colored
    if colored:  # the cut part is red inside the kept line, without brackets
        assert "\x1b[31mPrint Mail \x1b[0mLarge Medium Small" in out and "[-" not in out


def test_stdin_and_errors(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-16"))))
    assert main(["explain", "-"]) == 0
    assert capsys.readouterr().out.startswith("# - (utf-16-le): 4 lines")
    assert main(["explain", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: no such file" in capsys.readouterr().err
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["explain", str(binary)]) == 1
    assert "x.bin: input is a binary file" in capsys.readouterr().err


def test_forced_encoding(tmp_path, capsys):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("cp1252"))
    assert main(["explain", str(path), "--encoding", "latin-1"]) == 0
    assert capsys.readouterr().out.startswith(f"# {path} (iso8859-1): 4 lines")
