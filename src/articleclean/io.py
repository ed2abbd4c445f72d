"""Files: walking an input folder, reading inputs safely, writing outputs atomically.

The rules the ``articleclean clean`` command follows, in one place:

* :func:`walk` yields the files under a folder in a stable order (each folder's files sorted
  by name, then its sub-folders), skipping hidden names (``.git``, ``.DS_Store``), anything an
  ``exclude`` glob matches and, when given, the output folder; ``include`` globs choose files.
  Symbolic links are followed; a link back to a folder already being walked is reported, not
  followed again.
* :func:`read_input` reads one file and says in plain words why it cannot (missing, broken
  link, permission denied, not a regular file, larger than ``max_bytes``).
* :func:`write_atomic` and :class:`AtomicFile` write through a temporary file in the target
  folder and ``os.replace`` it into place, so a reader (or an interrupted run) never sees a
  half-written output; a full disk or a read-only folder leaves no temporary file behind.
  A target that is a device or a pipe (``/dev/null``, a FIFO) is written to directly, never
  replaced. Inputs are only ever opened for reading.
* :func:`printable` shows a file name in a message: bytes that are not UTF-8 as ``\\xe9``,
  control characters (a newline in a name) escaped, so each message stays one line.
"""

from __future__ import annotations

import glob
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import IO

from .errors import ArticlecleanError

__all__ = [
    "AtomicFile",
    "Found",
    "deferred_interrupt",
    "is_hidden",
    "matches",
    "os_reason",
    "parse_size",
    "printable",
    "read_input",
    "read_stdin",
    "remove_partial",
    "walk",
    "write_atomic",
]


@dataclass(frozen=True, slots=True)
class Found:
    """One thing :func:`walk` found: a file to clean, or a problem to report.

    ``rel`` is the path relative to the walked folder, with ``/`` separators. ``problem`` is
    ``None`` for a file to clean; otherwise the reason it cannot be walked (``skipped`` tells a
    deliberate skip, such as a link loop, from a failure, such as an unreadable folder).
    """

    path: str
    rel: str
    size: int = 0
    problem: str | None = None
    skipped: bool = False


def is_hidden(name: str) -> bool:
    """Hidden names start with a dot (``.git``, ``.DS_Store``; not ``.`` or ``..``).

    >>> is_hidden(".git"), is_hidden("page.txt"), is_hidden("..")
    (True, False, False)
    """
    return name.startswith(".") and name not in (".", "..")


def matches(rel: str, patterns: Iterable[str]) -> bool:
    """Whether a relative path matches any glob: against the whole path or the last name.

    ``*`` also crosses ``/`` (so ``*.txt`` matches at any depth), a leading ``**/`` may be
    empty, and a trailing ``/`` is ignored (``cleaned/`` matches the folder ``cleaned``).

    >>> matches("site/a/raw.txt", ["raw.txt"]), matches("site/a/raw.txt", ["*.txt"])
    (True, True)
    >>> matches("cleaned", ["cleaned/"]), matches("a/b.json", ["site/*"])
    (True, False)
    >>> matches("raw.txt", ["**/raw.txt"])
    True
    """
    name = rel.rsplit("/", 1)[-1]
    for pattern in patterns:
        pattern = pattern.rstrip("/") or pattern
        while pattern.startswith("**/"):
            if fnmatchcase(rel, pattern):
                return True
            pattern = pattern[3:]
        if fnmatchcase(rel, pattern) or fnmatchcase(name, pattern):
            return True
    return False


def walk(
    root: str | os.PathLike[str],
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    recursive: bool = True,
    skip: str | os.PathLike[str] | None = None,
) -> Iterator[Found]:
    """Yield the files under ``root`` (and the problems met), in a stable order.

    ``include``: if given, only files matching one of these globs; ``exclude``: files and
    folders matching one of these are left out (a folder with everything under it); ``skip``:
    a folder never to enter (the output folder).
    """
    include, exclude = tuple(include), tuple(exclude)
    skip_real = os.path.realpath(skip) if skip is not None else None
    root = os.fspath(root)
    yield from _walk(root, "", include, exclude, recursive, skip_real, set())


def _walk(
    folder: str,
    prefix: str,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    recursive: bool,
    skip_real: str | None,
    ancestors: set[tuple[int, int]],
) -> Iterator[Found]:
    where = prefix.rstrip("/") or "."
    try:
        st = os.stat(folder)
        here = (st.st_dev, st.st_ino)
        if here in ancestors:
            yield Found(folder, where, problem="a link back to a folder being walked", skipped=True)
            return
        with os.scandir(folder) as it:  # only the names are kept: a folder may hold millions
            names = sorted(e.name for e in it if not is_hidden(e.name))
    except OSError as exc:
        yield Found(folder, where, problem=f"cannot list folder ({os_reason(exc)})")
        return
    folders: list[tuple[str, str]] = []
    for name in names:
        rel = prefix + name
        if exclude and matches(rel, exclude):
            continue
        path = os.path.join(folder, name)
        try:
            st = os.stat(path)  # follows links
            is_dir, size = stat.S_ISDIR(st.st_mode), st.st_size
        except OSError:
            is_dir, size = False, 0  # read_input says why (broken link, permission, ...)
        if is_dir:
            folders.append((path, rel))
        elif not include or matches(rel, include):
            yield Found(path, rel, size)
    if not recursive:
        return
    ancestors.add(here)
    for path, rel in folders:
        if skip_real is not None and os.path.realpath(path) == skip_real:
            continue
        yield from _walk(path, rel + "/", include, exclude, recursive, skip_real, ancestors)
    ancestors.discard(here)


def os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else str(exc)


_CONTROL = str.maketrans({c: repr(chr(c))[1:-1] for c in (*range(32), 127)})


def printable(name: str) -> str:
    r"""A file name as a message shows it: undecodable bytes (kept by Python as lone
    surrogates) as ``\xNN``, control characters escaped; anything else as is.

    >>> print(printable("caf\udce9.txt"), printable("new\nline.txt"), printable("新闻.txt"))
    caf\xe9.txt new\nline.txt 新闻.txt
    """
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that did not come from a file name
        raw = name.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace").translate(_CONTROL)


def read_input(path: str | os.PathLike[str], max_bytes: int | None = None) -> bytes:
    """The bytes of a file; :class:`ArticlecleanError` says in words why it cannot be read.

    ``max_bytes`` (if set) refuses bigger files before reading them.
    """
    path = os.fspath(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise ArticlecleanError("broken symbolic link (its target does not exist)") from None
        raise ArticlecleanError("no such file") from None
    except OSError as exc:
        raise ArticlecleanError(f"cannot read ({os_reason(exc)})") from exc
    if stat.S_ISDIR(st.st_mode):
        raise ArticlecleanError("is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise ArticlecleanError("not a regular file (a device, socket or pipe)")
    if max_bytes and st.st_size > max_bytes:
        raise ArticlecleanError(f"too large ({st.st_size:,} bytes; --max-bytes is {max_bytes:,})")
    try:
        with open(path, "rb") as f:
            data = _read_upto(f, max_bytes + 1 if max_bytes else None, st.st_size)
    except OSError as exc:
        raise ArticlecleanError(f"cannot read ({os_reason(exc)})") from exc
    if max_bytes and len(data) > max_bytes:
        raise ArticlecleanError(f"too large (more than --max-bytes {max_bytes:,} bytes)")
    return data


def _read_upto(f: IO[bytes], limit: int | None, expected: int = 0) -> bytes:
    """Read ``f`` to its end or to ``limit`` bytes, setting aside no more than it reads
    (``f.read(limit)`` would reserve all of ``limit`` at once, for each file).

    ``expected`` (a file's size) is read in one go; a pipe, or a file that grows, in steps.
    """
    if limit is None:
        return f.read()
    parts, total, step = [], 0, expected + 1 if expected else 1 << 16
    while total < limit:
        part = f.read(min(step, limit - total))
        if not part:
            break
        parts.append(part)
        total, step = total + len(part), 1 << 20
    return b"".join(parts)  # one part: that same object, no copy


def read_stdin(max_bytes: int | None = None) -> bytes:
    """All of standard input, as bytes (refused beyond ``max_bytes``)."""
    import sys

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin (replaced in tests, or an IDE console)
        data = sys.stdin.read().encode("utf-8")
    else:
        data = _read_upto(stream, max_bytes + 1 if max_bytes else None)
    if max_bytes and len(data) > max_bytes:
        raise ArticlecleanError(f"too large (more than --max-bytes {max_bytes:,} bytes)")
    return data


_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def parse_size(text: str) -> int:
    """``"10M"`` -> 10485760; plain numbers are bytes; ``0`` means no limit.

    >>> parse_size("512k"), parse_size("64M"), parse_size("1000")
    (524288, 67108864, 1000)
    """
    s = text.strip().lower().removesuffix("b").removesuffix("i")
    unit = s[-1:] if s[-1:] in _UNITS else ""
    number = s[: len(s) - len(unit)]
    try:
        value = float(number)
    except ValueError:
        raise ValueError(f"not a size: {text!r} (use e.g. 500k, 64M, 2G)") from None
    if value < 0:
        raise ValueError(f"not a size: {text!r} (sizes are not negative)")
    return int(value * _UNITS[unit])


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_PART = ".part"


def _create_temp(target: Path) -> tuple[int, str]:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=_PART)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
    except (AttributeError, OSError):  # pragma: no cover - platforms without fchmod
        pass
    return fd, tmp


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back until the block is done, then raise it.

    Keeps the few steps that create, fill and rename a temporary file from being cut in
    half. Only in the main thread (elsewhere signals cannot be handled anyway).
    """
    import signal
    import threading

    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is None  # a handler set outside Python: leave it
    ):
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received and callable(previous):
            previous(signal.SIGINT, None)  # the default handler raises KeyboardInterrupt
        elif received and previous == signal.SIG_DFL:
            raise KeyboardInterrupt


def write_atomic(target: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` (``str`` as UTF-8) to ``target`` through a temporary file + rename.

    Parent folders are created. If anything goes wrong the temporary file is removed and
    ``target`` is left as it was; Ctrl-C waits until the file is complete (but not for a
    device or a pipe, which is written into: a pipe may wait for ever for its reader).
    """
    guard = nullcontext() if _is_device_or_pipe(Path(target)) else deferred_interrupt()
    with guard, AtomicFile(target) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def remove_partial(target: str | os.PathLike[str]) -> None:
    """Remove temporary files that a stopped writer of ``target`` left beside it."""
    target = Path(target)
    try:
        leftovers = list(target.parent.glob(f".{glob.escape(target.name)}.*{_PART}"))
    except OSError:
        return
    for path in leftovers:
        try:
            path.unlink()
        except OSError:
            pass


class AtomicFile:
    """A binary file that appears at ``target`` only when the ``with`` block succeeds.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
    >>> with AtomicFile(out) as f:
    ...     _ = f.write(b"{}\\n")
    ...     out.exists()
    False
    >>> out.read_bytes()
    b'{}\\n'
    """

    def __init__(self, target: str | os.PathLike[str]):
        self.target = Path(target)
        self._tmp: str | None = None
        self._file: IO[bytes] | None = None

    def __enter__(self) -> IO[bytes]:
        with self._naming_target():
            if _is_device_or_pipe(self.target):  # nothing to replace: write into it
                self._file = open(self.target, "wb")  # (a pipe waits for its reader)
                return self._file
            with deferred_interrupt():  # no Ctrl-C between creating the file and knowing its name
                fd, self._tmp = _create_temp(self.target)
                self._file = os.fdopen(fd, "wb")
        return self._file

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._file is not None
        with deferred_interrupt(), self._naming_target():
            try:
                self._file.close()
                if exc_type is None and self._tmp is not None:
                    os.replace(self._tmp, self.target)
            finally:
                if self._tmp is not None and os.path.exists(self._tmp):
                    os.unlink(self._tmp)

    @contextmanager
    def _naming_target(self) -> Iterator[None]:
        """Errors name the target, not the temporary file."""
        try:
            yield
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, os.fspath(self.target)) from exc


def _is_device_or_pipe(path: Path) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode)
