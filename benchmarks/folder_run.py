"""Folder runs: files/s and MB/s of ``articleclean clean DIR -o OUT`` at -j1 and -j2.

Builds a folder from the fixtures' raw pages, replicated to ``--files`` files spread over
sub-folders (each copy gets a distinct last line, so no cache can make repeats free), then
times, with ``time.perf_counter``:

* ``loop``: ``Pipeline.clean`` over the same bytes in one process (the cleaning alone);
* ``folder -jN``: ``articleclean clean DIR -o OUT -q -jN`` (walk, read, clean, write);
* ``jsonl -jN``: ``articleclean clean --jsonl-in FILE -o OUT -q -jN`` (records through
  ``clean_many``).

Wall time depends on what else the machine runs; the CPU seconds (this process plus its
workers) do not, and show what the parallel machinery costs on top of the cleaning.

Runs in-process by default (``main([...])``); ``--subprocess`` goes through the installed
entry point instead, so interpreter start-up is counted too. Each figure is the best of
``--repeat`` interleaved runs (the machine may be shared; the spread is printed).

    python benchmarks/folder_run.py                 # 300 files, 3 repeats
    python benchmarks/folder_run.py --files 1000 --jobs 1 2 4 --subprocess
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_folder(dest: Path, n_files: int) -> tuple[int, list[bytes]]:
    """Write ``n_files`` pages under ``dest`` (50 per sub-folder); return total bytes."""
    pages = [p.read_bytes() for p in sorted(ROOT.glob("fixtures/**/raw.txt"))]
    if not pages:
        sys.exit("no fixtures/**/raw.txt found")
    total = 0
    docs = []
    for i in range(n_files):
        data = pages[i % len(pages)] + f"\n\nCopy {i}.\n".encode()
        path = dest / f"part{i // 50:03d}" / f"page{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        total += len(data)
        docs.append(data)
    return total, docs


def write_jsonl(path: Path, docs: list[bytes]) -> None:
    from articleclean import decode

    with path.open("w", encoding="utf-8") as f:
        for i, data in enumerate(docs):
            text = decode(data).text
            f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")


def _cpu() -> float:
    """CPU seconds used so far by this process and its reaped children (the workers)."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(run: Callable[[], None], repeat: int) -> list[tuple[float, float]]:
    """``(wall seconds, CPU seconds)`` of each run."""
    times = []
    for _ in range(repeat):
        cpu, start = _cpu(), time.perf_counter()
        run()
        times.append((time.perf_counter() - start, _cpu() - cpu))
    return times


def command(argv: list[str], subprocess_mode: bool) -> Callable[[], None]:
    def in_process() -> None:
        from articleclean.cli import main

        code = main(argv)
        if code != 0:
            sys.exit(f"articleclean {' '.join(argv)} exited with {code}")

    def via_entry_point() -> None:
        exe = shutil.which("articleclean") or str(Path(sys.executable).parent / "articleclean")
        subprocess.run([exe, *argv], check=True)

    return via_entry_point if subprocess_mode else in_process


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=300, help="files in the folder (default 300)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="default: 1 2")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    ap.add_argument("--subprocess", action="store_true", help="run the installed entry point")
    args = ap.parse_args()

    from articleclean import Pipeline

    with tempfile.TemporaryDirectory(prefix="articleclean-bench-") as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "scraped"
        total, docs = build_folder(src, args.files)
        jsonl = tmp_path / "docs.jsonl"
        write_jsonl(jsonl, docs)
        mb = total / 1e6
        print(
            f"{args.files} files, {mb:.2f} MB ({total // args.files} bytes/file), "
            f"cpu_count={os.cpu_count()}, load average {os.getloadavg()[0]:.2f}, "
            f"{'subprocess' if args.subprocess else 'in-process'}"
        )
        pipe = Pipeline.default()
        pipe.clean(docs[0])  # load the word lists first, as a long run would have

        def loop() -> None:
            for d in docs:
                pipe.clean(d)

        runs: dict[str, Callable[[], None]] = {"loop (Pipeline.clean, 1 core)": loop}
        for j in args.jobs:
            out = tmp_path / f"out-j{j}"
            argv = ["clean", str(src), "-o", str(out), "-q", "-j", str(j)]
            runs[f"folder -j{j}"] = command(argv, args.subprocess)
        for j in args.jobs:
            out = tmp_path / f"out-j{j}.jsonl"
            argv = ["clean", "--jsonl-in", str(jsonl), "-o", str(out), "-q", "-j", str(j)]
            runs[f"jsonl -j{j}"] = command(argv, args.subprocess)
        # Repeats are interleaved (all runs once, then again), so a busy spell on a shared
        # machine spreads over every figure instead of spoiling one.
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
        for _ in range(args.repeat):
            for name, run in runs.items():
                times[name] += timed(run, 1)
        rows = list(times.items())

        print(
            f"{'run':<30} {'files/s':>8} {'MB/s':>6} {'CPU s':>6}   wall best / median / worst (s)"
        )
        best = {}
        for name, times in rows:
            walls = [w for w, _ in times]
            b = min(walls)
            best[name] = b
            cpu = min(c for _, c in times)
            print(
                f"{name:<30} {args.files / b:>8.0f} {mb / b:>6.2f} {cpu:>6.2f}   "
                f"{b:.2f} / {statistics.median(walls):.2f} / {max(walls):.2f}"
            )
        if 1 in args.jobs and 2 in args.jobs:
            for kind in ("folder", "jsonl"):
                speedup = best[f"{kind} -j1"] / best[f"{kind} -j2"]
                print(f"{kind}: -j2 is {speedup:.2f}x -j1")


if __name__ == "__main__":
    main()
