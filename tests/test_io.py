"""Walking folders, reading inputs, writing outputs atomically."""

from __future__ import annotations

import os

import pytest

from articleclean.errors import ArticlecleanError
from articleclean.io import AtomicFile, read_input, walk, write_atomic


def _tree(root, rels):
    for rel in rels:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(rel, encoding="utf-8")


def test_walk_order_is_stable_files_first_then_folders(tmp_path):
    _tree(tmp_path, ["b.txt", "a/z.txt", "a/b/y.txt", "c/x.txt", "a.txt", ".git/HEAD", "a/.tmp"])
    rels = [f.rel for f in walk(tmp_path)]
    assert rels == ["a.txt", "b.txt", "a/z.txt", "a/b/y.txt", "c/x.txt"]
    assert [f.size for f in walk(tmp_path)][:2] == [5, 5]


def test_walk_skips_the_output_folder_and_reports_link_loops(tmp_path):
    _tree(tmp_path, ["in/a.txt", "in/out/old.txt", "in/sub/b.txt"])
    os.symlink(tmp_path / "in", tmp_path / "in" / "sub" / "loop")
    found = list(walk(tmp_path / "in", skip=tmp_path / "in" / "out"))
    assert [f.rel for f in found if f.problem is None] == ["a.txt", "sub/b.txt"]
    loop = [f for f in found if f.problem]
    assert len(loop) == 1 and loop[0].skipped and loop[0].rel == "sub/loop"


def test_unlistable_folder_is_reported(tmp_path):
    _tree(tmp_path, ["a.txt"])
    found = list(walk(tmp_path / "missing"))
    assert len(found) == 1 and "cannot list folder" in found[0].problem


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        pytest.param(lambda p: None, "no such file", id="missing"),
        pytest.param(lambda p: os.symlink(p.parent / "gone", p), "broken symbolic link", id="link"),
        pytest.param(lambda p: p.mkdir(), "is a folder", id="folder"),
        pytest.param(lambda p: os.mkfifo(p), "not a regular file", id="fifo"),
        pytest.param(lambda p: p.write_bytes(b"x" * 2000), "too large (2,000 bytes", id="large"),
    ],
)
def test_read_input_says_why(tmp_path, make, reason):
    path = tmp_path / "input"
    make(path)
    with pytest.raises(ArticlecleanError, match=reason.replace("(", r"\(")):
        read_input(path, max_bytes=1000)


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "sub" / "out.txt"
    write_atomic(target, "first\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    with pytest.raises(RuntimeError), AtomicFile(target) as f:
        f.write(b"half of the sec")
        raise RuntimeError("disk on fire")
    assert target.read_text(encoding="utf-8") == "first\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.txt"]
    write_atomic(target, "second ✓\n")
    assert target.read_text(encoding="utf-8") == "second ✓\n"
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_atomic_write_is_not_cut_by_ctrl_c(tmp_path, monkeypatch):
    """A Ctrl-C arriving mid-write is held back until the file is in place."""
    import signal

    target = tmp_path / "out.txt"
    real_replace = os.replace

    def replace_with_signal(src, dst):
        signal.raise_signal(signal.SIGINT)  # arrives between writing and renaming
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_with_signal)
    # Other libraries in the same test session (pyspark) install their own SIGINT handler.
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            write_atomic(target, "complete\n")
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)
    assert target.read_text(encoding="utf-8") == "complete\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_remove_partial_removes_only_the_leftovers_of_that_target(tmp_path):
    from articleclean.io import remove_partial

    names = [".a[1].txt.k2j3.part", ".a[1].txt.x9.part", ".b.txt.k2j3.part", "a[1].txt", "x.part"]
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    remove_partial(tmp_path / "a[1].txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".b.txt.k2j3.part", "a[1].txt", "x.part"]
    remove_partial(tmp_path / "missing-folder" / "a.txt")  # nothing to do, no error
