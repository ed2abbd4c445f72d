"""A scraped folder for the command-line tests: mixed encodings and bad files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ZH_S = (
    "国务院新闻办公室今天举行新闻发布会，介绍今年上半年国民经济运行情况。国家统计局新闻发言人"
    "表示，上半年经济运行总体平稳，稳中有进，就业形势基本稳定，居民收入继续增长。"
)
ZH_T = (
    "行政院今天召開記者會，說明今年上半年的經濟情勢。發言人表示，國內經濟穩定成長，就業市場"
    "維持穩定，民眾所得持續增加，政府將繼續推動相關政策。"
)
JA = (
    "政府は今日、今年上半期の経済状況について記者会見を開きました。報道官によると、国内経済は"
    "安定して成長しており、雇用情勢も落ち着いているということです。"
)
EN = (
    "The minister said on Monday that the budget would “protect the most vulnerable” — a "
    "promise the opposition called empty."
)
FR = (
    "Le gouvernement a présenté aujourd’hui son budget pour l’année prochaine. « Nous voulons "
    "réduire le déficit », a déclaré le ministre de l’Économie devant les députés."
)
DE = (
    "Die Regierung hat heute den Haushalt für das nächste Jahr vorgestellt. Der Minister sagte, "
    "man wolle die Ausgaben für Straßen und Brücken deutlich erhöhen."
)


@dataclass(frozen=True)
class Good:
    rel: str  # path under the input folder
    codec: str  # how it is written
    body: str  # the paragraph that must come out, decoded right
    junk: str  # a widget line that must go
    encoding: str  # what the decoder must report


GOOD = (
    Good("en/utf8.txt", "utf-8", EN, "Share", "utf-8"),
    Good("zh/bom.txt", "utf-8-sig", ZH_S, "分享到", "utf-8-sig"),
    Good("zh/utf16.txt", "utf-16", ZH_S, "分享到", "utf-16-le"),
    Good("zh/gbk.txt", "gbk", ZH_S, "分享到", "gb18030"),
    Good("zh/big5.txt", "big5", ZH_T, "分享到", "cp950"),
    Good("ja/sjis.txt", "shift_jis", JA, "Share", "cp932"),
    Good("fr/cp1252.txt", "cp1252", FR, "Share", "cp1252"),
    Good("de/latin1.txt", "latin-1", DE, "Share", "cp1252"),
)

# name -> (what goes in the file, words the report must contain)
BAD = {
    "bad/image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "bad/nul.txt": (b"Some text\x00\x00\x00 with NUL bytes \xff\xfe\x00 inside", "NUL"),
    "bad/huge.txt": (b"A long line of text. " * 200, "too large"),
}
MAX_BYTES = "2k"


def page(good: Good) -> bytes:
    return f"{good.junk}\n\n{good.body}\n".encode(good.codec)


def build(root: Path) -> dict[str, str]:
    """Write the folder; return ``{rel: expected reason}`` for the files that must fail."""
    for good in GOOD:
        path = root / good.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page(good))
    failing = {}
    for rel, (data, reason) in BAD.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        failing[rel] = reason
    os.symlink(root / "no-such-target.txt", root / "bad" / "broken-link.txt")
    failing["bad/broken-link.txt"] = "broken symbolic link"
    locked = root / "bad" / "locked.txt"
    locked.write_bytes(page(GOOD[0]))
    locked.chmod(0)
    if permissions_apply(locked):
        failing["bad/locked.txt"] = "permission denied"
    else:  # running as root: chmod does not stop reading, so the file is simply cleaned
        locked.chmod(0o644)
    (root / ".hidden").mkdir()
    (root / ".hidden" / "secret.txt").write_text("Share\n\nHidden.", encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return failing


def permissions_apply(path: Path) -> bool:
    """Whether a file without read permission really cannot be read (not so for root)."""
    try:
        with open(path, "rb"):
            return False
    except PermissionError:
        return True


def story(i: object) -> str:
    """A one-paragraph article body, long enough to read as prose to any cleaner."""
    return (
        f"Story number {i}: the city council approved the budget on Monday after a debate "
        "that lasted more than six hours."
    )


# -- tests that could wait for ever ------------------------------------------------------------
# A named pipe blocks whoever opens one end until the other end is opened, and a signal sent
# to a child is lost if the child ignores it. These helpers bound such tests, so that a fault
# fails the test instead of stopping the whole suite.


def unblock_fifo(path: Path) -> None:
    """Open both ends of the pipe at ``path`` without waiting, and close them: whoever waits
    in ``open()`` on either end goes on (a reader then sees end of file, a writer an error)."""
    for flags in (os.O_RDONLY | os.O_NONBLOCK, os.O_WRONLY | os.O_NONBLOCK):
        try:
            os.close(os.open(path, flags))
        except OSError:  # ENXIO: no reader waits; the pipe may be gone
            pass


class FifoWatchdog:
    """``with FifoWatchdog(path, seconds):`` unblocks the pipe if the block is still running
    after ``seconds``; :attr:`fired` tells whether it had to.

    >>> import tempfile
    >>> fifo = Path(tempfile.mkdtemp()) / "p"
    >>> os.mkfifo(fifo)
    >>> with FifoWatchdog(fifo, 0.2) as dog:
    ...     open(fifo, "rb").read()  # no writer ever comes
    b''
    >>> dog.fired
    True
    """

    def __init__(self, path: Path, seconds: float):
        import threading

        self.path, self.fired = path, False
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def _fire(self) -> None:
        self.fired = True
        unblock_fifo(self.path)

    def __enter__(self) -> FifoWatchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


@contextmanager
def children_get_default_sigint() -> Iterator[None]:
    """Processes started inside get SIGINT's default action, also where this process was
    started with SIGINT ignored (as a background job of a non-interactive shell starts it):
    ``exec`` keeps an ignored signal ignored, but resets a handled one."""
    import signal

    before = signal.getsignal(signal.SIGINT)
    if before is not signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def wait_until_blocked_in_open(pid: int, seconds: float) -> None:
    """Return once process ``pid`` waits in ``open()`` for the other end of a named pipe
    (Linux shows it in ``/proc/PID/wchan``), or after ``seconds`` (other systems: a fixed
    pause of at most ``seconds``)."""
    import time

    wchan = Path(f"/proc/{pid}/wchan")
    deadline = time.monotonic() + seconds
    if not wchan.exists():
        time.sleep(min(seconds, 1.5))
        return
    while time.monotonic() < deadline:
        try:
            if wchan.read_text() in ("wait_for_partner", "fifo_open"):
                return
        except OSError:
            return  # the process is gone: the caller's wait will say how it ended
        time.sleep(0.02)
