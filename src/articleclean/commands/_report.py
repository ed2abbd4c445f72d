"""What a run tells the user on stderr: problems, a progress bar, and a summary.

The progress bar is drawn only on a terminal (and not with ``--quiet``); every other message
first clears it, so lines never mix. The summary counts files cleaned, failed and skipped,
the speed, and the lines each cleaner removed.
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from collections.abc import Iterable
from typing import IO

from ..io import printable
from ..model import Article

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
    ):
        self.err = err
        self.progress = progress
        self.total_items = total_items
        self.total_bytes = total_bytes
        self.unit = unit
        self.cleaned = self.failed = self.skipped = 0
        self.bytes = 0
        self.lines: Counter[str] = Counter()
        self.cuts: Counter[str] = Counter()
        self.order: dict[str, None] = {}
        self.start = time.perf_counter()
        self._drawn = 0.0
        self._shown = False

    # -- counting ---------------------------------------------------------------------------
    def done(self, nbytes: int, removals: Removals) -> None:
        self.cleaned += 1
        self.bytes += nbytes
        for name, lines, cuts in removals:
            self.order.setdefault(name)
            self.lines[name] += lines
            self.cuts[name] += cuts
        self.tick()

    def fail(self, where: str, reason: str, nbytes: int = 0) -> None:
        self.failed += 1
        self.bytes += nbytes
        self.say(f"articleclean: {printable(where)}: {printable(reason)}")
        self.tick()

    def skip(self, where: str | None = None, reason: str | None = None) -> None:
        self.skipped += 1
        if where and reason:
            self.say(f"articleclean: {printable(where)}: skipped, {printable(reason)}")
        self.tick()

    @property
    def seen(self) -> int:
        return self.cleaned + self.failed + self.skipped

    # -- talking ----------------------------------------------------------------------------
    def say(self, line: str) -> None:
        self._clear()
        self.err.write(line + "\n")
        self.err.flush()

    def tick(self, force: bool = False) -> None:
        if not self.progress:
            return
        now = time.perf_counter()
        if not force and now - self._drawn < 0.1:
            return
        self._drawn = now
        width = shutil.get_terminal_size((80, 24)).columns - 1
        self.err.write("\r" + self.progress_line(now - self.start)[:width].ljust(width))
        self.err.flush()
        self._shown = True

    def progress_line(self, elapsed: float) -> str:
        """``[#####.....]  40%  120/300 files  1.2/3.0 MB  0.8 MB/s  ETA 0:02``"""
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
        if share and 0 < share < 1 and elapsed > 0.5:
            parts.append(f"ETA {_clock(elapsed * (1 - share) / share)}")
        return "  ".join(parts)

    def _clear(self) -> None:
        if self._shown:
            width = shutil.get_terminal_size((80, 24)).columns - 1
            self.err.write("\r" + " " * width + "\r")
            self._shown = False

    def close(self) -> None:
        self._clear()

    def summary(self, cleaned_word: str = "cleaned") -> str:
        """``12 files cleaned, 1 failed, 0 skipped in 0.4 s (2.1 MB, 5.2 MB/s, 30 files/s)``

        then one line of removals per cleaner.
        """
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        unit = self.unit if self.cleaned != 1 else self.unit.rstrip("s")
        head = (
            f"articleclean: {self.cleaned} {unit} {cleaned_word}, {self.failed} failed, "
            f"{self.skipped} skipped in {elapsed:.1f} s ({_mb(self.bytes)}, "
            f"{self.bytes / elapsed / 1e6:.2f} MB/s, {self.cleaned / elapsed:.0f} {self.unit}/s)"
        )
        return "\n".join([head, *self.removal_lines()])

    def removal_lines(self) -> Iterable[str]:
        if not self.order:
            yield "  nothing removed"
            return
        width = max(len(n) for n in self.order)
        yield "  removed per cleaner:"
        for name in self.order:
            lines, cuts = self.lines[name], self.cuts[name]
            parts = [f"{lines} line{'s' if lines != 1 else ''}"] if lines else []
            if cuts:
                parts.append(f"{cuts} part{'s' if cuts != 1 else ''} of lines")
            yield f"    {name:<{width}}  {', '.join(parts) or 'nothing'}"
