"""``articleclean clean`` under faults: a full disk, a read-only output folder, files that
vanish mid-run, a huge single line, folder link loops, names in any encoding, pipes and
devices. Each is reported, the run goes on where it can, and no output is left half-written.

Running as root makes permission bits ineffective; there the permission errors are
simulated where the operating system would raise them.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

import pytest

import articleclean.io
from articleclean.cli import main

from .cli_helpers import (
    FifoWatchdog,
    children_get_default_sigint,
    story,
    unblock_fifo,
    wait_until_blocked_in_open,
)

ROOT = os.name == "posix" and os.geteuid() == 0
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file system semantics")


def _folder(root: Path, n: int = 3) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"{i:03d}.txt").write_text(f"Share\n\n{story(i)}\n", encoding="utf-8")
    return root


def _leftovers(tmp: Path) -> list[Path]:
    """Temporary files an atomic write would leave behind."""
    return [p for p in tmp.rglob("*") if p.name.endswith(".part")]


def _err_lines(err: str, needle: str) -> list[str]:
    return [line for line in err.splitlines() if needle in line]


# -- a full disk ---------------------------------------------------------------------------


class _FillsUp:
    """A file whose writes fail with ENOSPC once ``room`` bytes are in."""

    def __init__(self, real, room: int):
        self._real, self._room = real, room

    def write(self, data) -> int:
        if len(data) > self._room:
            self._real.write(bytes(data[: self._room]))  # a partial write, then the disk is full
            self._real.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._real.write(data)

    def __getattr__(self, name):
        return getattr(self._real, name)


def _disk_fills_on(monkeypatch, names: set[str], room: int = 10) -> None:
    """Writes of temporary files for these target names fail after ``room`` bytes."""
    real_fdopen = os.fdopen

    def fdopen(fd, *args, **kwargs):
        f = real_fdopen(fd, *args, **kwargs)
        name = os.path.basename(os.readlink(f"/proc/self/fd/{fd}"))
        return _FillsUp(f, room) if any(name.startswith(f".{n}.") for n in names) else f

    monkeypatch.setattr(articleclean.io.os, "fdopen", fdopen)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
@pytest.mark.parametrize("fmt", ["txt", "json", "md"])
def test_disk_full_on_one_output_reports_it_and_the_run_goes_on(tmp_path, capsys, monkeypatch, fmt):
    src, out = _folder(tmp_path / "in", 4), tmp_path / "out"
    ext = f".{fmt}"
    _disk_fills_on(monkeypatch, {f"001{ext}"})
    assert main(["clean", str(src), "-o", str(out), "-f", fmt, "-j", "1"]) == 1
    err = capsys.readouterr().err
    [line] = _err_lines(err, "001.txt")
    assert f"cannot write {out / ('001' + ext)} (no space left on device)" in line
    assert "3 files cleaned, 1 failed" in err and "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == [f"{i:03d}{ext}" for i in (0, 2, 3)]
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_disk_full_on_a_jsonl_output_leaves_no_file(tmp_path, capsys, monkeypatch):
    src = _folder(tmp_path / "in", 30)
    out = tmp_path / "all.jsonl"
    _disk_fills_on(monkeypatch, {"all.jsonl"}, room=4000)
    assert main(["clean", str(src), "-f", "jsonl", "-o", str(out), "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert f"articleclean: {out}: no space left on device" in err
    assert "Traceback" not in err
    assert not out.exists() and _leftovers(tmp_path) == []


def test_disk_full_keeps_the_previous_output_whole(tmp_path, capsys, monkeypatch):
    src = _folder(tmp_path / "in", 1)
    out = tmp_path / "out.txt"
    out.write_text("the previous run's output\n", encoding="utf-8")
    if os.path.isdir("/proc/self/fd"):
        _disk_fills_on(monkeypatch, {"out.txt"}, room=5)
    else:
        pytest.skip("needs /proc")
    assert main(["clean", str(src / "000.txt"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "the previous run's output\n"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_stdout_on_a_full_disk_through_the_entry_point(tmp_path, fmt):
    """A real full device as stdout: one clear line and exit 1, not a traceback, and not
    Python's "Exception ignored" when it flushes stdout on the way out."""
    src = _folder(tmp_path / "in")
    exe = Path(sys.executable).parent / "articleclean"
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [str(exe), "clean", str(src), "-f", fmt, "-q"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == "articleclean: standard output: no space left on device\n"


# -- outputs that cannot be written --------------------------------------------------------


def _read_only(monkeypatch, folder: Path) -> None:
    """Make ``folder`` read-only; as root (where chmod does not stop root) refuse the
    creation of files in it the way the OS would."""
    if not ROOT:
        folder.chmod(0o555)
        return
    real_mkstemp = articleclean.io.tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and Path(dir).resolve() == folder.resolve():
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(articleclean.io.tempfile, "mkstemp", mkstemp)


@pytest.mark.parametrize(
    ("mode", "code"),
    [
        pytest.param("folder", 1, id="folder"),
        pytest.param("single", 1, id="single-file"),
        pytest.param("jsonl", 1, id="jsonl-file"),
    ],
)
def test_read_only_output_folder(tmp_path, capsys, monkeypatch, mode, code):
    src, out = _folder(tmp_path / "in"), tmp_path / "out"
    out.mkdir()
    _read_only(monkeypatch, out)
    argv = {
        "folder": ["clean", str(src), "-o", str(out)],
        "single": ["clean", str(src / "000.txt"), "-o", str(out / "a.txt")],
        "jsonl": ["clean", str(src), "-f", "jsonl", "-o", str(out / "all.jsonl")],
    }[mode]
    try:
        assert main(argv) == code
    finally:
        out.chmod(0o755)
    err = capsys.readouterr().err
    assert "permission denied" in err and "Traceback" not in err
    if mode == "folder":  # every file reported, by name
        assert len(_err_lines(err, "permission denied")) == 3
        assert "0 files cleaned, 3 failed" in err
    assert os.listdir(out) == []


@pytest.mark.parametrize(
    "blocker",
    [
        pytest.param("out/000.txt/", id="output-file-is-a-folder"),
        pytest.param("out/sub", id="output-folder-is-a-file"),
    ],
)
def test_output_path_taken_by_the_wrong_kind(tmp_path, capsys, blocker):
    src = _folder(tmp_path / "in")
    _folder(src / "sub", 1)
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / blocker.rstrip("/")
    if blocker.endswith("/"):
        target.mkdir()
    else:
        target.write_text("in the way\n", encoding="utf-8")
    assert main(["clean", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    [line] = _err_lines(err, "cannot write")
    assert str(target) in line and "Traceback" not in err
    assert "3 files cleaned, 1 failed" in err
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_output_to_a_pipe_is_written_into_it_not_replaced(tmp_path, capsys):
    src = _folder(tmp_path / "in", 1)
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with FifoWatchdog(fifo, 60) as dog:  # a run stuck opening the pipe fails, not hangs
        code = main(["clean", str(src / "000.txt"), "-o", str(fifo)])
        reader.join(timeout=30)
        if reader.is_alive():  # the run never opened the pipe: free the reader
            unblock_fifo(fifo)
            reader.join(timeout=30)
    assert not dog.fired, "the run was still waiting on the pipe after 60 s"
    assert code == 0, capsys.readouterr().err
    assert got == [(story(0) + "\n").encode("utf-8")]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_ctrl_c_while_a_pipe_output_waits_for_its_reader(tmp_path):
    """Opening a pipe nobody reads waits for ever: Ctrl-C must still stop the run."""
    import signal

    src = _folder(tmp_path / "in", 1)
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    exe = Path(sys.executable).parent / "articleclean"
    with children_get_default_sigint():
        proc = subprocess.Popen(
            [str(exe), "clean", str(src / "000.txt"), "-o", str(fifo)],
            stderr=subprocess.PIPE,
            text=True,
        )
    try:
        wait_until_blocked_in_open(proc.pid, 20)  # started, cleaned, now waiting in open()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err


# -- inputs that change or cannot be read --------------------------------------------------


@pytest.mark.parametrize(
    ("gone", "reason"),
    [
        pytest.param("001.txt", "no such file", id="file"),
        pytest.param("sub", "no such file", id="folder"),
    ],
)
def test_input_that_vanishes_after_it_was_listed(tmp_path, capsys, monkeypatch, gone, reason):
    from articleclean.commands import _filerun

    src, out = _folder(tmp_path / "in"), tmp_path / "out"
    _folder(src / "sub", 2)
    real_walk = _filerun.walk

    def walk_then_delete(*args, **kwargs):
        for found in real_walk(*args, **kwargs):
            yield found
            if found.rel == "000.txt":  # listed, not yet read: another process deletes it
                victim = src / gone
                if victim.is_dir():
                    for p in victim.iterdir():
                        p.unlink()
                    victim.rmdir()
                else:
                    victim.unlink()

    monkeypatch.setattr(_filerun, "walk", walk_then_delete)
    assert main(["clean", str(src), "-o", str(out), "-j", "1"]) == 1
    err = capsys.readouterr().err
    [line] = _err_lines(err, f"{src / gone}:")
    assert reason in line and "Traceback" not in err
    assert (out / "000.txt").is_file() and (out / "002.txt").is_file()
    assert not (out / gone).exists()


def test_unreadable_input_file(tmp_path, capsys, monkeypatch):
    src, out = _folder(tmp_path / "in"), tmp_path / "out"
    locked = src / "001.txt"
    locked.chmod(0)
    if ROOT:  # root reads anyway: refuse the open the way the OS would for anyone else
        real_open = open

        def open_(path, *args, **kwargs):
            if os.fspath(path) == str(locked):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(articleclean.io, "open", open_, raising=False)
    try:
        assert main(["clean", str(src), "-o", str(out)]) == 1
    finally:
        locked.chmod(0o644)
    err = capsys.readouterr().err
    [line] = _err_lines(err, "001.txt")
    assert "cannot read (permission denied)" in line and "Traceback" not in err
    assert sorted(os.listdir(out)) == ["000.txt", "002.txt"]


@posix_only
@pytest.mark.parametrize("named", [False, True], ids=["in-folder", "named"])
def test_pipes_and_devices_are_reported_not_read(tmp_path, capsys, named):
    src, out = _folder(tmp_path / "in", 1), tmp_path / "out"
    os.mkfifo(src / "pipe.txt")  # reading it would block for ever
    os.symlink("/dev/zero", src / "zero.txt")  # reading it would never end
    argv = ["clean", str(src / "pipe.txt"), str(src / "zero.txt"), str(src / "000.txt")]
    argv = [*argv, "-o", str(out)] if named else ["clean", str(src), "-o", str(out)]
    with FifoWatchdog(src / "pipe.txt", 60) as dog:  # a run that opens the pipe fails, not hangs
        code = main(argv)
    assert not dog.fired, "the run opened the pipe and waited for a writer"
    assert code == 1
    err = capsys.readouterr().err
    for name in ("pipe.txt", "zero.txt"):
        [line] = _err_lines(err, name)
        assert "not a regular file" in line
    assert os.listdir(out) == ["000.txt"]


# -- a huge single line ----------------------------------------------------------------------


def test_huge_single_line_is_cleaned_in_bounded_memory(tmp_path, capsys):
    words = "budget council debate minister " * 16_000  # ~0.5 MB on one line
    src = tmp_path / "huge.txt"
    src.write_text(f"Share\n\n{words.strip()}\n", encoding="utf-8")
    out = tmp_path / "huge.out.txt"
    main(["clean", str(_folder(tmp_path / "warm", 1)), "-q"])  # rules load outside the count
    capsys.readouterr()
    tracemalloc.start()
    start = time.perf_counter()
    try:
        code = main(["clean", str(src), "-o", str(out)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code == 0, capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == words.strip() + "\n"
    assert peak < 40 * src.stat().st_size, f"peak {peak / 1e6:.0f} MB"  # measured: 28x
    assert time.perf_counter() - start < 60


# -- folder link loops -----------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize(
    ("links", "skipped"),
    [
        pytest.param({"loop": "."}, ["loop"], id="self"),
        pytest.param({"sub/up": ".."}, ["sub/up"], id="parent"),
        pytest.param({"sub/deep/top": "../.."}, ["sub/deep/top"], id="grandparent"),
        pytest.param(
            {"sub/x": "../sub2", "sub2/y": "../sub"}, ["sub/x/y", "sub2/y/x"], id="mutual"
        ),
    ],
)
def test_folder_link_loops_end_and_are_reported(tmp_path, capsys, links, skipped):
    src = _folder(tmp_path / "in", 2)
    for folder in ("sub", "sub/deep", "sub2"):
        _folder(src / folder, 1)
    for link, target in links.items():
        os.symlink(target, src / link)
    assert main(["clean", str(src), "-f", "jsonl"]) == 0
    captured = capsys.readouterr()
    paths = [os.path.relpath(json.loads(x)["path"], src) for x in captured.out.splitlines()]
    real = [os.path.realpath(src / p) for p in paths]
    # each real file is reached once per path that does not pass through a loop
    assert {"000.txt", "001.txt", "sub/000.txt", "sub/deep/000.txt", "sub2/000.txt"} <= set(paths)
    assert len(paths) == len(set(paths))
    for rel in skipped:
        [line] = _err_lines(captured.err, f"{src / rel}:")
        assert "skipped, a link back to a folder being walked" in line
    assert f"{len(skipped)} skipped" in captured.err
    if len(links) == 1:  # a loop alone adds no second path to any file
        assert len(real) == len(set(real)) == 5


# -- names in any encoding -------------------------------------------------------------------

NAMES = {
    "latin1-bytes": b"caf\xe9.txt",  # not UTF-8: Python holds it as caf\udce9.txt
    "gbk-bytes": "新闻.txt".encode("gbk"),
    "cjk": "新聞 報導.txt".encode(),
    "spaces": b"  two  spaces .txt",
    "newline": b"new\nline.txt",
    "tab-and-quote": b'tab\t"quote".txt',
}


@pytest.mark.skipif(sys.platform != "linux", reason="any bytes in a name: Linux file systems")
@pytest.mark.parametrize("fmt", ["txt", "json", "jsonl", "md"])
def test_names_in_any_encoding(tmp_path, capsys, fmt):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for i, raw in enumerate(NAMES.values()):
        (src / os.fsdecode(raw)).write_text(f"Share\n\n{story(i)}\n", encoding="utf-8")
    (src / os.fsdecode(b"bad\xff.bin")).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    target = out / "all.jsonl" if fmt == "jsonl" else out
    assert main(["clean", str(src), "-o", str(target), "-f", fmt]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    # the one bad file is named on one line, its bytes shown as \xNN
    [line] = _err_lines(err, "bad")
    assert line.startswith(f"articleclean: {src}{os.sep}bad\\xff.bin: ")
    assert f"{len(NAMES)} files cleaned, 1 failed" in err
    if fmt == "jsonl":
        data = target.read_bytes()
        records = [json.loads(x) for x in data.decode("utf-8").splitlines()]
        assert {os.fsencode(os.path.basename(r["path"])) for r in records} == set(NAMES.values())
        return
    ext = f".{fmt}"
    written = {os.fsencode(n) for n in os.listdir(out)}
    assert written == {raw[: -len(".txt")] + ext.encode() for raw in NAMES.values()}
    for raw in NAMES.values():
        path = out / os.fsdecode(raw[: -len(".txt")] + ext.encode())
        text = path.read_bytes().decode("utf-8")  # always valid UTF-8
        if fmt == "json":
            assert os.fsencode(json.loads(text)["path"]) == os.fsencode(src) + b"/" + raw
        if fmt == "md":
            [path_line] = [x for x in text.splitlines() if x.startswith("- Path:")]
            assert "\n" not in path_line and "\udce9" not in path_line


@pytest.mark.skipif(sys.platform != "linux", reason="any bytes in a name: Linux file systems")
def test_names_in_any_encoding_through_the_entry_point(tmp_path):
    """The real stderr and stdout: messages and JSON lines stay valid UTF-8 whatever the
    names, under a C (ASCII) locale too."""
    src = tmp_path / "in"
    src.mkdir()
    for i, raw in enumerate(NAMES.values()):
        (src / os.fsdecode(raw)).write_text(f"Share\n\n{story(i)}\n", encoding="utf-8")
    os.symlink("nowhere", src / os.fsdecode(b"broken\xe9.txt"))
    exe = Path(sys.executable).parent / "articleclean"
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    proc = subprocess.run(
        [str(exe), "clean", str(src), "-f", "jsonl", "-q"],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1
    err = proc.stderr.decode("utf-8")
    assert (
        err
        == f"articleclean: {src}/broken\\xe9.txt: broken symbolic link (its target does not exist)\n"
    )
    records = [json.loads(x) for x in proc.stdout.decode("utf-8").splitlines()]
    assert {os.fsencode(os.path.basename(r["path"])) for r in records} == set(NAMES.values())


# -- memory of a big folder --------------------------------------------------------------------


def test_planning_a_big_flat_folder_keeps_little_per_file(tmp_path):
    """Walking a folder keeps its names (to sort them), not an object per file, and the
    check for two inputs with one output name forgets names the sorted walk has passed."""
    import argparse
    import io

    from articleclean.commands._filerun import Plan
    from articleclean.commands._report import Reporter

    def plan(folder: Path) -> int:
        args = argparse.Namespace(
            paths=[str(folder)],
            output=str(tmp_path / "out"),
            format="txt",
            skip_existing=False,
            include=[],
            exclude=[],
            recursive=True,
        )
        return sum(1 for _ in Plan(args).tasks(Reporter(io.StringIO(), progress=False)))

    plan(_folder(tmp_path / "warm", 3))  # what is loaded once is not counted per file
    src = tmp_path / "in"
    src.mkdir()
    n = 10_000
    for i in range(n):
        (src / f"page{i:06d}.txt").touch()
    tracemalloc.start()
    try:
        count = plan(src)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == n
    assert peak / n < 200, f"{peak / n:.0f} bytes per file"  # measured ~80; was ~1,000


def test_one_output_name_is_caught_across_names_sorted_between(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("page.htm", "page.a.txt", "page.b", "page.txt", "pages.txt", "page"):
        (src / name).write_text(story(name) + "\n", encoding="utf-8")
    assert main(["clean", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    # sorted: page, page.a.txt, page.b, page.htm, page.txt, pages.txt
    # "page" claims page.txt first; page.b, page.htm and page.txt would also be page.txt
    clashes = _err_lines(err, "would also be that of")
    assert [line.split(": its output")[0].rsplit("/", 1)[1] for line in clashes] == [
        "page.b",
        "page.htm",
        "page.txt",
    ]
    assert sorted(os.listdir(out)) == ["page.a.txt", "page.txt", "pages.txt"]
    assert (out / "page.txt").read_text(encoding="utf-8") == story("page") + "\n"
