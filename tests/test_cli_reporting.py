"""What a run says (issue 18): partial results, empty files, the summary, errors as they
happen, and a progress bar that shows a long file being cleaned."""

from __future__ import annotations

import io
import json
import re
import time

import pytest

from articleclean import Doc
from articleclean.cli import main
from articleclean.commands._report import Reporter

from .cli_helpers import story

SLOW_MARK = "Zzz slow page"


def sleepy(doc: Doc) -> Doc:
    """Sleeps on the pages that ask for it (a module-level step: workers can run it)."""
    if any(line.text == SLOW_MARK for line in doc.lines):
        time.sleep(30)
    return doc


def slow_pipeline():
    from articleclean import Pipeline

    return Pipeline.default().insert(sleepy, after="share_buttons")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(f"Share\n\n{story('a')}\n", encoding="utf-8")
    (src / "b.txt").write_text(f"{SLOW_MARK}\n\n{story('b')}\n", encoding="utf-8")
    (src / "c.txt").write_text(f"Tweet\n\n{story('c')}\n", encoding="utf-8")
    return src


PIPE = ["--pipeline", "tests.test_cli_reporting:slow_pipeline", "--budget", "1"]


def _run(argv, capsys):
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- partial results ---------------------------------------------------------------------------


def test_a_file_over_the_budget_is_reported_counted_and_exits_3(folder, capsys, monkeypatch):
    monkeypatch.chdir(folder.parent)
    code, _out, err = _run(["clean", str(folder), "-o", "out", "-j", "1", *PIPE], capsys)
    assert code == 3
    assert f"articleclean: {folder / 'b.txt'}: partial: budget: over the time budget of 1 s" in err
    assert "2 files cleaned, 1 partial, 0 failed, 0 skipped" in err
    marked = (folder.parent / "out" / "b.txt").read_text(encoding="utf-8")
    assert marked.startswith("[articleclean: partial] budget: over the time budget of 1 s")
    assert marked.endswith(f"\n\n{story('b')}\n")
    assert (folder.parent / "out" / "a.txt").read_text(encoding="utf-8") == story("a") + "\n"


@pytest.mark.parametrize("fmt", ["txt", "md", "json", "jsonl"])
def test_every_format_carries_the_mark(folder, capsys, fmt):
    code, out, err = _run(["clean", str(folder / "b.txt"), "-f", fmt, *PIPE], capsys)
    assert code == 3
    if fmt == "txt":
        assert out.startswith("[articleclean: partial] budget: ")
    elif fmt == "md":
        assert "\n- Partial: budget: over the time budget of 1 s" in out
    else:
        data = json.loads(out)
        assert data["partial"] is True and data["warnings"][0].startswith("budget: ")
    assert ": partial: budget: " in err


def test_jsonl_records_carry_the_mark(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "docs.jsonl"
    src.write_text(
        json.dumps({"id": 1, "text": f"{SLOW_MARK}\n\n{story(1)}"})
        + "\n"
        + json.dumps({"id": 2, "text": story(2)})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = _run(["clean", "--jsonl-in", str(src), *PIPE], capsys)
    assert code == 3
    records = [json.loads(x) for x in out.splitlines()]
    assert [r["partial"] for r in records] == [True, False]
    assert f"{src}:1: partial: budget:" in err
    assert "1 record cleaned, 1 partial, 0 failed" in err


def test_a_failure_outranks_a_partial_result(folder, capsys):
    (folder / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, _, err = _run(["clean", str(folder), "-f", "jsonl", "-j", "1", *PIPE], capsys)
    assert code == 1
    assert "1 partial, 1 failed" in err


def test_a_step_that_fails_makes_the_result_partial(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(story(1), encoding="utf-8")
    spec = "tests.test_cli_reporting:broken_pipeline"
    code, out, err = _run(["clean", str(page), "--pipeline", spec], capsys)
    assert code == 3
    assert out.startswith("[articleclean: partial] broken: step failed and was skipped")
    assert f"{page}: partial: broken: step failed and was skipped (ZeroDivisionError" in err


def broken(doc: Doc) -> Doc:
    raise ZeroDivisionError("division by zero")


def broken_pipeline():
    from articleclean import Pipeline

    return Pipeline.default().insert(broken)


# -- empty files, the summary, verbose --------------------------------------------------------


def test_an_empty_file_is_cleaned_and_warned_about(folder, capsys, tmp_path):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("\n \n", encoding="utf-8")
    code, _, err = _run(
        ["clean", str(folder), "-o", str(tmp_path / "o"), "--without", "title"], capsys
    )
    assert code == 0
    assert f"{folder / 'empty.txt'}: warning: input: the input is empty" in err
    assert f"{folder / 'blank.txt'}: warning: input: the input holds no text" in err
    assert "5 files cleaned, 0 failed, 0 skipped, 2 empty" in err
    assert (tmp_path / "o" / "empty.txt").read_text(encoding="utf-8") == ""


def test_the_summary_lists_only_cleaners_that_removed_something_unless_verbose(folder, capsys):
    (folder / "b.txt").unlink()
    code, _, err = _run(["clean", str(folder), "-f", "jsonl"], capsys)
    assert code == 0
    table = err.split("removed per cleaner:\n", 1)[1]
    assert [line.split()[0] for line in table.splitlines()] == ["share_buttons"]
    code, _, err = _run(["clean", str(folder), "-f", "jsonl", "-v"], capsys)
    table = err.split("removed per cleaner:\n", 1)[1]
    assert "    boilerplate" in table and "nothing" in table and "share_buttons" in table


def test_verbose_prints_every_warning(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><p>{story(1)}</p></body></html>", encoding="utf-8")
    code, _, err = _run(["clean", str(page)], capsys)
    assert code == 0 and err == ""
    code, _, err = _run(["clean", str(page), "-v"], capsys)
    assert f"{page}: note: html: the input is an HTML document" in err


# -- errors as they happen --------------------------------------------------------------------


def test_a_failure_is_told_before_the_slow_file_ahead_of_it_is_done(folder, capsys, monkeypatch):
    """With workers, a failure was printed only when its turn in the output order came, after
    every slow file before it."""
    (folder / "d-bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    events: list[tuple[str, str]] = []
    real_done, real_fail = Reporter.done, Reporter.tell_failure

    def done(self, nbytes, removals, where=None, warnings=(), **kwargs):
        events.append(("done", str(where)))
        return real_done(self, nbytes, removals, where, warnings, **kwargs)

    def tell_failure(self, where, reason):
        events.append(("failure", str(where)))
        return real_fail(self, where, reason)

    monkeypatch.setattr(Reporter, "done", done)
    monkeypatch.setattr(Reporter, "tell_failure", tell_failure)
    argv = ["clean", str(folder), "-f", "jsonl", "-j", "2", "--budget", "3"]
    argv += ["--pipeline", "tests.test_cli_reporting:slow_pipeline"]
    monkeypatch.setattr("articleclean.commands._filerun.FILES_PER_TASK", 1)
    code, out, err = _run(argv, capsys)
    assert code == 1
    told = events.index(("failure", str(folder / "d-bad.txt")))
    slow_done = events.index(("done", str(folder / "b.txt")))
    assert told < slow_done, events
    assert err.count("d-bad.txt") == 1  # told once, not again in its turn
    assert [json.loads(x)["path"][-5:] for x in out.splitlines()] == ["a.txt", "b.txt", "c.txt"]


# -- the progress bar -------------------------------------------------------------------------


class FakeTTY(io.StringIO):
    def isatty(self):
        return True


def test_the_bar_shows_the_file_being_cleaned_while_it_takes_long(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    err = FakeTTY()
    report = Reporter(err, progress=True, total_items=3, total_bytes=40_000_000)
    report.busy("scraped/big.txt", 38_000_000)
    report.start_ticking()
    time.sleep(1.7)  # the bar's own thread redraws it twice a second
    report.close()
    drawn = err.getvalue()
    assert "cleaning scraped/big.txt (38.0 MB) 0:01" in drawn
    assert "ETA" not in drawn  # nothing done yet: no guess


def test_no_eta_from_too_little_done():
    report = Reporter(io.StringIO(), progress=False, total_bytes=38_000_000)
    report.bytes = 5_000  # one small file done after 55 s behind a big one
    assert "ETA" not in report.progress_line(55.0)
    report.bytes = 19_000_000
    assert "ETA 0:55" in report.progress_line(55.0)


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["j1", "j2"])
def test_a_run_shows_the_slow_file_on_the_bar(folder, monkeypatch, tmp_path, jobs):
    """The bar stood at 0% behind one large file, then jumped: it now says which file is
    being cleaned, and for how long."""
    from articleclean.commands import _filerun

    monkeypatch.setenv("COLUMNS", "200")
    err = FakeTTY()
    monkeypatch.setattr(_filerun, "stderr", lambda: err)
    monkeypatch.setattr(_filerun, "FILES_PER_TASK", 1)
    argv = ["clean", str(folder), "-o", str(tmp_path / "out"), "-j", jobs, "--budget", "2"]
    argv += ["--pipeline", "tests.test_cli_reporting:slow_pipeline"]
    assert main(argv) == 3
    drawn = err.getvalue()
    # (a long name is shortened from the left)
    assert re.search(r"cleaning \S*in/b\.txt \(0\.\d kB\) 0:0[12]", drawn), drawn[-500:]
    assert "1 partial" in drawn
