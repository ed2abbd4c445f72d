"""What a run tells the user on stderr: problems, a progress bar, and a summary.

Problems are told as they happen, one line each naming the file: a file that failed, a
*partial* result (its reasons; see :mod:`articleclean.notices`), an empty input; with
``--verbose`` every other warning too. The progress bar is drawn only on a terminal (and not
with ``--quiet``), redrawn twice a second by a thread of its own, so a file that takes long
shows as being cleaned, for how long, instead of a bar standing still; every other message
first clears it, so lines never mix. The summary counts files cleaned, partial, failed and
skipped, the speed, and the lines each cleaner removed (the cleaners that removed nothing
only with ``--verbose``).

Our own bar rather than tqdm or rich: what was wrong with it was not the drawing but what it
knew (nothing of a file in flight), which neither library knows either; the bar and its
thread are a few dozen lines, and articleclean keeps to its three runtime dependencies.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import IO

from ..errors import for_command_line
from ..io import printable
from ..model import Article
from ..notices import is_notable, is_partial

# Per document: ((cleaner, whole lines removed, spans cut), ...) — small to send between
# processes.
Removals = tuple[tuple[str, int, int], ...]


def removal_counts(article: Article) -> Removals:
    """How many whole lines and spans each cleaner removed from one article."""
    lines: Counter[str] = Counter()
    cuts: Counter[str] = Counter()
    for r in article.removed:
        (cuts if r.span else lines)[r.cleaner] += 1
    names = dict.fromkeys([r.cleaner for r in article.removed])
    return tuple((n, lines[n], cuts[n]) for n in names)


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.1f} kB"


def _clock(seconds: float) -> str:
    s = round(seconds)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


class Reporter:
    """Counts a run and talks about it on ``err``."""

    def __init__(
        self,
        err: IO[str],
        *,
        progress: bool,
        total_items: int | None = None,
        total_bytes: int | None = None,
        unit: str = "files",
        verbose: bool = False,
    ):
        self.err = err
        self.progress = progress
        self.total_items = total_items
        self.total_bytes = total_bytes
        self.unit = unit
        self.verbose = verbose
        self.cleaned = self.failed = self.skipped = self.partial = self.empty = 0
        self.bytes = 0
        self.lines: Counter[str] = Counter()
        self.cuts: Counter[str] = Counter()
        self.order: dict[str, None] = {}
        self.start = time.perf_counter()
        self._drawn = 0.0
        self._shown = False
        self._lock = threading.RLock()
        self._busy: tuple[str, int, float] | None = None  # (name, size, since): waited for
        self._ticker: threading.Thread | None = None
        self._stop = threading.Event()

    # -- counting ---------------------------------------------------------------------------
    def done(
        self,
        nbytes: int,
        removals: Removals,
        where: str | None = None,
        warnings: Sequence[str] = (),
        *,
        told: bool = False,
    ) -> None:
        """Count a cleaned input; tell its partial reasons and notices unless ``told``
        (already told, as they happened)."""
        partial = any(is_partial(w) for w in warnings)
        if partial:
            self.partial += 1
        else:
            self.cleaned += 1
        if any(w.startswith("input: ") for w in warnings):
            self.empty += 1
        self.bytes += nbytes
        for name, lines, cuts in removals:
            self.order.setdefault(name)
            self.lines[name] += lines
            self.cuts[name] += cuts
        if not told and where is not None:
            self.tell(where, warnings)
        self.tick()

    def tell(self, where: str, warnings: Sequence[str]) -> None:
        """One line for each warning worth telling about an input (all with ``verbose``)."""
        shown = printable(where)
        for w in warnings:
            if is_partial(w):
                self.say(f"articleclean: {shown}: partial: {for_command_line(w)}")
            elif is_notable(w):
                self.say(f"articleclean: {shown}: warning: {for_command_line(w)}")
            elif self.verbose:
                self.say(f"articleclean: {shown}: note: {for_command_line(w)}")

    def fail(self, where: str, reason: str, nbytes: int = 0, *, told: bool = False) -> None:
        self.failed += 1
        self.bytes += nbytes
        if not told:
            self.tell_failure(where, reason)
        self.tick()

    def tell_failure(self, where: str, reason: str) -> None:
        self.say(f"articleclean: {printable(where)}: {printable(for_command_line(reason))}")

    def skip(self, where: str | None = None, reason: str | None = None) -> None:
        self.skipped += 1
        if where and reason:
            self.say(f"articleclean: {printable(where)}: skipped, {printable(reason)}")
        self.tick()

    @property
    def seen(self) -> int:
        return self.cleaned + self.partial + self.failed + self.skipped

    # -- talking ----------------------------------------------------------------------------
    def say(self, line: str) -> None:
        with self._lock:
            self._clear()
            self.err.write(line + "\n")
            self.err.flush()

    def busy(self, name: str | None, size: int = 0) -> None:
        """The input the run now waits for (``None``: none); the bar says so if it takes long."""
        with self._lock:
            self._busy = None if name is None else (name, size, time.perf_counter())

    def start_ticking(self) -> None:
        """Redraw the bar twice a second from a thread of its own, from now until
        :meth:`close` (start it once worker processes exist: they must not copy it)."""
        if self.progress and self._ticker is None and not self._stop.is_set():
            self._ticker = threading.Thread(target=self._tick_on, daemon=True)
            self._ticker.start()

    def _tick_on(self) -> None:
        while not self._stop.wait(0.5):
            self.tick(force=True)

    def tick(self, force: bool = False) -> None:
        if not self.progress:
            return
        with self._lock:
            now = time.perf_counter()
            if (not force and now - self._drawn < 0.1) or self._stop.is_set():
                return
            self._drawn = now
            width = shutil.get_terminal_size((80, 24)).columns - 1
            self.err.write("\r" + self.progress_line(now - self.start)[:width].ljust(width))
            self.err.flush()
            self._shown = True

    def progress_line(self, elapsed: float) -> str:
        """``[#####.....]  40%  120/300 files  1.2/3.0 MB  0.8 MB/s  ETA 0:02``

        then, while one input has been cleaned for more than a second, its name and for how
        long (``cleaning big.txt (38.0 MB) 0:55``). The ETA is shown once a hundredth of the
        work is done: before that it would be a guess from too little.
        """
        rate = self.bytes / elapsed if elapsed > 0 else 0.0
        parts = []
        share = None
        if self.total_bytes:
            share = min(1.0, self.bytes / self.total_bytes)
        elif self.total_items:
            share = min(1.0, self.seen / self.total_items)
        if share is not None:
            filled = int(share * 20)
            parts.append(f"[{'#' * filled}{'.' * (20 - filled)}] {share:4.0%}")
        of = f"/{self.total_items}" if self.total_items else ""
        parts.append(f"{self.seen}{of} {self.unit}")
        parts.append(_mb(self.bytes) + (f"/{_mb(self.total_bytes)}" if self.total_bytes else ""))
        parts.append(f"{rate / 1e6:.2f} MB/s")
        if share and 0.01 <= share < 1 and elapsed > 0.5:
            parts.append(f"ETA {_clock(elapsed * (1 - share) / share)}")
        busy = self._busy
        if busy is not None:
            name, size, since = busy
            took = time.perf_counter() - since
            if took >= 1.0:
                shown = printable(name)
                shown = shown if len(shown) <= 40 else "…" + shown[-39:]
                what = f" ({_mb(size)})" if size else ""
                parts.append(f"cleaning {shown}{what} {_clock(took)}")
        return "  ".join(parts)

    def _clear(self) -> None:
        if self._shown:
            width = shutil.get_terminal_size((80, 24)).columns - 1
            self.err.write("\r" + " " * width + "\r")
            self._shown = False

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(2)
        with self._lock:
            self._clear()

    def summary(self, cleaned_word: str = "cleaned") -> str:
        """``12 files cleaned, 2 partial, 1 failed, 0 skipped in 0.4 s (2.1 MB, ...)``

        (``partial`` and ``empty`` only when there are any), then one line of removals per
        cleaner that removed something (every cleaner with ``verbose``).
        """
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        unit = self.unit if self.cleaned != 1 else self.unit.rstrip("s")
        counts = [f"{self.cleaned} {unit} {cleaned_word}"]
        if self.partial:
            counts.append(f"{self.partial} partial")
        counts += [f"{self.failed} failed", f"{self.skipped} skipped"]
        if self.empty:
            counts.append(f"{self.empty} empty")
        done = self.cleaned + self.partial
        head = (
            f"articleclean: {', '.join(counts)} in {elapsed:.1f} s ({_mb(self.bytes)}, "
            f"{self.bytes / elapsed / 1e6:.2f} MB/s, {done / elapsed:.0f} {self.unit}/s)"
        )
        return "\n".join([head, *self.removal_lines()])

    def removal_lines(self) -> Iterable[str]:
        names = [n for n in self.order if self.verbose or self.lines[n] or self.cuts[n]]
        if not names:
            yield "  nothing removed"
            return
        width = max(len(n) for n in names)
        yield "  removed per cleaner:"
        for name in names:
            lines, cuts = self.lines[name], self.cuts[name]
            parts = [f"{lines} line{'s' if lines != 1 else ''}"] if lines else []
            if cuts:
                parts.append(f"{cuts} part{'s' if cuts != 1 else ''} of lines")
            yield f"    {name:<{width}}  {', '.join(parts) or 'nothing'}"
