"""``articleclean clean FOLDER``: mirroring, formats, encodings, bad files, safety."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from articleclean.cli import main

from .cli_helpers import GOOD, MAX_BYTES, build, children_get_default_sigint, story


@pytest.fixture
def scraped(tmp_path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "scraped"
    root.mkdir()
    return root, build(root)


def _parts(tmp: Path) -> list[Path]:
    return [p for p in tmp.rglob("*") if p.name.endswith(".part")]


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["j1", "j2"])
def test_mixed_encodings_each_good_file_cleaned_each_bad_one_reported(
    scraped, tmp_path, capsys, jobs
):
    root, failing = scraped
    out = tmp_path / "cleaned"
    code = main(["clean", str(root), "-o", str(out), "--max-bytes", MAX_BYTES, "-j", jobs])
    err = capsys.readouterr().err
    assert code == 1
    for good in GOOD:
        target = out / Path(good.rel)
        assert target.read_text(encoding="utf-8") == good.body + "\n", good.rel
    for rel, reason in failing.items():
        line = next((x for x in err.splitlines() if rel in x), None)
        assert line is not None, f"{rel} not reported:\n{err}"
        assert reason.lower() in line.lower(), line
        assert not (out / rel).exists()
    assert f"{len(GOOD) + ('bad/locked.txt' not in failing)} files cleaned" in err
    assert f"{len(failing)} failed" in err
    assert "Traceback" not in err
    assert not (out / ".hidden").exists() and not (out / ".DS_Store").exists()
    assert _parts(tmp_path) == []


def test_json_output_names_the_path_and_the_detected_encoding(scraped, tmp_path, capsys):
    root, _ = scraped
    out = tmp_path / "cleaned"
    assert main(["clean", str(root), "-o", str(out), "-f", "json", "--max-bytes", MAX_BYTES]) == 1
    for good in GOOD:
        data = json.loads((out / good.rel).with_suffix(".json").read_text(encoding="utf-8"))
        assert data["path"] == str(root / good.rel)
        assert data["metadata"]["encoding"] == good.encoding, good.rel
        assert data["body"] == good.body
        assert [r["text"] for r in data["removed"]] == [good.junk]


def test_jsonl_collects_every_file_in_walk_order(scraped, tmp_path, capsys):
    root, failing = scraped
    out = tmp_path / "all.jsonl"
    code = main(["clean", str(root), "-f", "jsonl", "-o", str(out), "--max-bytes", MAX_BYTES])
    assert code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    rels = [os.path.relpath(r["path"], root) for r in records]
    expected = sorted(g.rel for g in GOOD)
    if "bad/locked.txt" not in failing:
        expected = sorted([*expected, "bad/locked.txt"])
    assert rels == expected  # folders in name order: bad/, de/, en/, fr/, ja/, zh/
    keys = {"path", "body", "metadata", "provenance", "removed", "warnings", "partial"}
    assert all(set(r) == keys for r in records)


def test_stdout_stream_without_output_folder(tmp_path, capsys):
    (tmp_path / "b.txt").write_text(f"Share\n\n{story('b')}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"Tweet\n\n{story('a')}\n", encoding="utf-8")
    assert main(["clean", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    # several txt results on stdout are told apart by a header each (issue 18)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    assert captured.out == f"==> {a} <==\n{story('a')}\n\n==> {b} <==\n{story('b')}\n"
    assert "2 files cleaned" in captured.err
    assert main(["clean", str(a)]) == 0  # one result: just its body
    assert capsys.readouterr().out == f"{story('a')}\n"


def test_markdown_output(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.html").write_text(
        f"Budget approved\n\nBy Jane Roe\n\nShare\n\n{story(1)}\n",
        encoding="utf-8",
    )
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-f", "md", "-q"]) == 0
    md = (tmp_path / "out" / "page.md").read_text(encoding="utf-8")
    assert md.endswith(f"\n\n{story(1)}\n")
    assert "- Authors: Jane Roe" in md
    assert f"- Path: `{src / 'page.html'}`" in md
    assert "Share" not in md


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param([], {"a.txt", "b.html", "sub/c.txt", "sub/deep/d.txt"}, id="all"),
        pytest.param(
            ["--include", "*.txt"], {"a.txt", "sub/c.txt", "sub/deep/d.txt"}, id="include"
        ),
        pytest.param(["--exclude", "sub"], {"a.txt", "b.html"}, id="exclude-folder"),
        pytest.param(
            ["--exclude", "sub/deep/"], {"a.txt", "b.html", "sub/c.txt"}, id="exclude-path"
        ),
        pytest.param(["--include", "c.txt"], {"sub/c.txt"}, id="include-name"),
        pytest.param(["--no-recursive"], {"a.txt", "b.html"}, id="no-recursive"),
    ],
)
def test_choosing_files(tmp_path, capsys, options, expected):
    src = tmp_path / "in"
    for rel in ("a.txt", "b.html", "sub/c.txt", "sub/deep/d.txt", ".git/config", "sub/.x.txt"):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_text(story(rel) + "\n", encoding="utf-8")
    assert main(["clean", str(src), "-f", "jsonl", *options]) == 0
    paths = [json.loads(x)["path"] for x in capsys.readouterr().out.splitlines()]
    assert {os.path.relpath(p, src) for p in paths} == expected


def test_output_extension_follows_format_and_tree_is_mirrored(tmp_path, capsys):
    src = tmp_path / "in"
    (src / "x" / "y").mkdir(parents=True)
    (src / "x" / "y" / "page.html").write_text(story(1), encoding="utf-8")
    (src / "README").write_text(story(2), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-f", "json", "-q"]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        "README.json",
        "x/y/page.json",
    ]


def test_two_inputs_with_one_output_name_are_not_both_written(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.htm").write_text(story("htm"), encoding="utf-8")
    (src / "page.txt").write_text(story("txt"), encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "page.txt" in err and "would also be" in err
    assert (tmp_path / "out" / "page.txt").read_text(encoding="utf-8") == story("htm") + "\n"


@pytest.mark.parametrize(
    ("out", "extra", "code"),
    [
        pytest.param("in/cleaned", [], 2, id="inside-refused"),
        pytest.param("in/cleaned", ["--exclude", "cleaned"], 0, id="inside-excluded"),
        pytest.param("in/.cleaned", [], 0, id="inside-hidden"),
        pytest.param("in", [], 2, id="same-folder"),
        pytest.param(".", [], 2, id="input-inside-output"),
    ],
)
def test_output_folder_inside_input_folder(tmp_path, capsys, monkeypatch, out, extra, code):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(story("a") + "\n", encoding="utf-8")
    assert main(["clean", "in", "-o", out, *extra]) == code
    err = capsys.readouterr().err
    if code == 2:
        assert "folder" in err and "Traceback" not in err
        assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["a.txt"]
    else:
        assert (tmp_path / out / "a.txt").read_text(encoding="utf-8") == story("a") + "\n"
        # a second run must not pick up its own output
        assert main(["clean", "in", "-o", out, *extra]) == 0
        assert "1 file cleaned" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["clean", "a.txt", "-o", "a.txt"], id="file-onto-itself"),
        pytest.param(["clean", "a.txt", "-o", "."], id="file-into-own-folder"),
        pytest.param(["clean", "a.txt", "-", "-o", "out"], id="stdin-mixed"),
        pytest.param(["clean", "-", "-o", "out/"], id="stdin-into-folder"),
        pytest.param(["clean", "a.txt", "--skip-existing"], id="skip-needs-folder"),
        pytest.param(["clean", "d1", "d2", "-o", "out"], id="two-folders"),
        pytest.param(["clean", "a.txt", "-f", "jsonl", "-o", "d1"], id="jsonl-into-folder"),
        pytest.param(["clean", "a.txt", "--max-bytes", "lots"], id="bad-size"),
        pytest.param(["clean", "a.txt", "-j", "-1"], id="bad-jobs"),
        pytest.param(["clean", "a.txt", "--budget", "-3"], id="negative-budget"),
        pytest.param(["clean", "a.txt", "--budget", "soon"], id="bad-budget"),
    ],
)
def test_usage_errors_exit_2_and_touch_nothing(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(f"Share\n\n{story(1)}\n", encoding="utf-8")
    (tmp_path / "d1").mkdir()
    (tmp_path / "d2").mkdir()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(("articleclean: ", "usage:")) and "Traceback" not in err
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == f"Share\n\n{story(1)}\n"
    assert not (tmp_path / "out").exists()


def test_single_file_to_named_output(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(f"Share\n\n{story(1)}\n", encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "clean.txt")]) == 0
    assert (tmp_path / "clean.txt").read_text(encoding="utf-8") == story(1) + "\n"


def test_skip_existing_resumes(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("a", "b", "c"):
        (src / f"{name}.txt").write_text(f"Share\n\n{story(name)}\n", encoding="utf-8")
    assert main(["clean", str(src), "-o", str(out)]) == 0
    (out / "a.txt").write_text("kept from the first run\n", encoding="utf-8")
    (out / "c.txt").unlink()
    capsys.readouterr()
    assert main(["clean", str(src), "-o", str(out), "--skip-existing"]) == 0
    assert "1 file cleaned, 0 failed, 2 skipped" in capsys.readouterr().err
    assert (out / "a.txt").read_text(encoding="utf-8") == "kept from the first run\n"
    assert (out / "c.txt").read_text(encoding="utf-8") == story("c") + "\n"


def _story_folder(root: Path, n: int) -> list[str]:
    root.mkdir()
    names = []
    for i in range(n):
        name = f"{i:03d}.txt"
        (root / name).write_text(f"Share\n\n{story(i)}\n", encoding="utf-8")
        names.append(name)
    return names


def test_jobs_do_not_change_the_output_order(tmp_path, capsys):
    src = tmp_path / "in"
    _story_folder(src, 60)  # several chunks, so the pool really runs
    outputs = []
    for jobs in ("1", "2"):
        assert main(["clean", str(src), "-f", "jsonl", "-j", jobs, "-q"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    bodies = [json.loads(line)["body"] for line in outputs[1].splitlines()]
    assert bodies == [story(i) for i in range(60)]


def _complete_outputs(out: Path) -> list[str]:
    """The output files present; each must be whole."""
    names = sorted(os.listdir(out)) if out.exists() else []
    for name in names:
        assert (out / name).read_text(encoding="utf-8") == story(int(name[:3])) + "\n"
    return names


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["j1", "j2"])
def test_ctrl_c_stops_cleanly(tmp_path, capsys, monkeypatch, jobs):
    from articleclean.commands._report import Reporter

    src, out = tmp_path / "in", tmp_path / "out"
    _story_folder(src, 60)
    real = Reporter.done
    seen = []

    def done_then_interrupt(self, nbytes, removals, *args, **kwargs):
        seen.append(nbytes)
        if len(seen) == 5:
            raise KeyboardInterrupt
        real(self, nbytes, removals, *args, **kwargs)

    monkeypatch.setattr(Reporter, "done", done_then_interrupt)
    assert main(["clean", str(src), "-o", str(out), "-j", jobs]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert 5 <= len(_complete_outputs(out)) < 60
    assert _parts(tmp_path) == []
    assert multiprocessing.active_children() == []


def test_ctrl_c_in_the_worker_loop_leaves_no_jsonl_file(tmp_path, capsys, monkeypatch):
    from articleclean.commands import _filerun

    src = tmp_path / "in"
    _story_folder(src, 20)
    calls = []
    real = _filerun.clean_file

    def clean_then_interrupt(job, task):
        calls.append(task)
        if len(calls) == 7:
            raise KeyboardInterrupt
        return real(job, task)

    monkeypatch.setattr(_filerun, "clean_file", clean_then_interrupt)
    out = tmp_path / "all.jsonl"
    assert main(["clean", str(src), "-f", "jsonl", "-o", str(out), "-j", "1"]) == 130
    assert not out.exists() and _parts(tmp_path) == []


def test_write_failure_is_reported_and_the_run_goes_on(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    _story_folder(src, 3)
    out.mkdir()
    (out / "001.txt").mkdir()  # a folder where a file must go: os.replace fails
    assert main(["clean", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "001.txt" in err and "cannot write" in err
    assert (out / "000.txt").is_file() and (out / "002.txt").is_file()
    assert _parts(tmp_path) == []


class FakeTTY:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass

    def isatty(self):
        return True


@pytest.mark.parametrize("quiet", [False, True], ids=["progress", "quiet"])
def test_progress_bar_only_on_a_terminal_and_not_quiet(tmp_path, monkeypatch, capsys, quiet):
    import sys

    src = tmp_path / "in"
    _story_folder(src, 3)
    tty = FakeTTY()
    monkeypatch.setattr(sys, "stderr", tty)
    argv = ["clean", str(src), "-o", str(tmp_path / "out")] + (["-q"] if quiet else [])
    assert main(argv) == 0
    if quiet:
        assert tty.text == ""
    else:
        assert "\r" in tty.text and "/3 files" in tty.text and "MB/s" in tty.text
        assert "3 files cleaned" in tty.text


def test_progress_line_shows_files_bytes_rate_and_eta():
    from articleclean.commands._report import Reporter

    r = Reporter(FakeTTY(), progress=True, total_items=10, total_bytes=10_000_000)
    for _ in range(4):
        r.done(1_000_000, (("share_buttons", 1, 0),))
    line = r.progress_line(elapsed=2.0)
    assert line.startswith("[########............]  40%")
    assert "4/10 files" in line and "4.0 MB/10.0 MB" in line
    assert "2.00 MB/s" in line and "ETA 0:03" in line


@pytest.mark.skipif(os.name != "posix", reason="process groups and SIGINT are POSIX")
def test_real_ctrl_c_through_the_entry_point(tmp_path):
    """A terminal's Ctrl-C signals the whole process group: the run stops with 130, the
    workers go, and every output present is complete."""
    import signal
    import subprocess
    import sys
    import time

    src, out = tmp_path / "in", tmp_path / "out"
    _story_folder(src, 2000)
    exe = Path(sys.executable).parent / "articleclean"
    with children_get_default_sigint():
        proc = subprocess.Popen(
            [str(exe), "clean", str(src), "-o", str(out), "-j", "2"],
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if out.is_dir() and len([n for n in os.listdir(out) if not n.startswith(".")]) >= 5:
                break
            time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert 5 <= len(_complete_outputs(out)) < 2000
    assert _parts(tmp_path) == []
    for _ in range(500):  # the workers are gone too
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.01)
    else:
        pytest.fail("worker processes outlived the interrupted run")


@pytest.mark.parametrize(
    ("argv", "seconds"),
    [
        pytest.param([], 60.0, id="default"),
        pytest.param(["--budget", "2.5"], 2.5, id="given"),
        pytest.param(["--budget", "0"], None, id="zero-is-none"),
    ],
)
def test_budget_reaches_the_pipeline(tmp_path, monkeypatch, argv, seconds):
    from articleclean.commands import _filerun

    seen = []
    monkeypatch.setattr(_filerun, "run_files", lambda args, pipe, out: seen.append(pipe) or 0)
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt"), *argv]) == 0
    assert [p.budget_seconds for p in seen] == [seconds]


def test_a_document_over_the_budget_is_cleaned_conservatively_and_says_so(tmp_path, capsys):
    rules = tmp_path / "rules" / "en"
    rules.mkdir(parents=True)
    (rules / "ads.re").write_text("boom: (?:a|a)*$\n", encoding="utf-8")  # backtracks
    (tmp_path / "articleclean.toml").write_text('rule_dirs = ["rules"]\n', encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("a" * 60 + "!\n\n" + story(1) + "\n", encoding="utf-8")
    code = main(
        [
            "clean",
            str(page),
            "-f",
            "json",
            "--budget",
            "1",
            "--config",
            str(tmp_path / "articleclean.toml"),
        ]
    )
    captured = capsys.readouterr()
    assert code == 3  # a partial result (issue 18)
    result = json.loads(captured.out)
    assert story(1) in result["body"]
    assert any(w.startswith("budget:") for w in result["warnings"])
    assert result["partial"] is True
    assert f"{page}: partial: budget: over the time budget of 1 s" in captured.err
