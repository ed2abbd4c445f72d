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

``--memory`` measures peak memory instead of speed, each run a fresh ``articleclean`` process
(its peak RSS from ``wait4``, and its RSS sampled from ``/proc`` as it runs):

* ``--big-mb M``: one file of M MB of pages (``clean FILE -o OUT --max-bytes 0``); the whole
  document is held in memory, so the figure is the peak above an empty run, as a multiple
  of the file's size;
* ``--files N [N ...]``: a folder of N small files (``clean DIR -o OUT``), all in one folder
  with ``--per-folder 0``; bounded means the peak does not grow with N.

    nice taskset -c 1 python benchmarks/folder_run.py --memory --big-mb 100 \\
        --files 10000 100000 --per-folder 0 --small --jobs 1
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


def fixture_pages() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted(ROOT.glob("fixtures/**/raw.txt"))]
    if not pages:
        sys.exit("no fixtures/**/raw.txt found")
    return pages


SMALL_PAGE = (
    b"Share\n\nThe city council approved the budget on Monday after a debate that lasted "
    b"more than six hours; the opposition called it a missed chance."
)


def build_folder(
    dest: Path, n_files: int, per_folder: int = 50, keep: bool = True, small: bool = False
) -> tuple[int, list[bytes]]:
    """Write ``n_files`` pages under ``dest`` (``per_folder`` per sub-folder, 0: all in
    ``dest``; ``small``: a two-line page instead of the fixtures'); return total bytes and the
    pages (none unless ``keep``)."""
    pages = [SMALL_PAGE] if small else fixture_pages()
    total = 0
    docs = []
    for i in range(n_files):
        data = pages[i % len(pages)] + f"\n\nCopy {i}.\n".encode()
        sub = dest / f"part{i // per_folder:04d}" if per_folder else dest
        path = sub / f"page{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        total += len(data)
        if keep:
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


def build_big_file(path: Path, megabytes: float) -> int:
    """One file of about ``megabytes`` MB: the fixtures' UTF-8 pages one after the other, each
    copy with a distinct last line."""
    pages = [p for p in fixture_pages() if _is_utf8(p)]
    total, i = 0, 0
    with path.open("wb") as f:
        while total < megabytes * 1e6:
            data = pages[i % len(pages)] + f"\n\nCopy {i}.\n\n".encode()
            f.write(data)
            total, i = total + len(data), i + 1
    return total


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _rss(pid: int) -> int:
    """Resident memory of a running process in bytes (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def peak_memory(argv: list[str]) -> dict:
    """Run the entry point; its peak RSS, and its RSS at quarters of the run (MB)."""
    exe = shutil.which("articleclean") or str(Path(sys.executable).parent / "articleclean")
    start = time.perf_counter()
    proc = subprocess.Popen([exe, *argv])
    samples: list[tuple[float, int]] = []
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        samples.append((time.perf_counter() - start, _rss(proc.pid)))
        time.sleep(0.2)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"articleclean {' '.join(argv)} exited with {proc.returncode}")
    wall = time.perf_counter() - start
    quarters = [
        max((r for t, r in samples if t <= wall * q / 4), default=0) / 1e6 for q in (1, 2, 3, 4)
    ]
    return {
        "peak MB": usage.ru_maxrss * 1024 / 1e6,  # Linux: kilobytes
        "RSS MB at 1/4, 1/2, 3/4, end": [round(q, 1) for q in quarters],
        "wall s": round(wall, 1),
    }


def memory_runs(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="articleclean-mem-") as tmp:
        tmp_path = Path(tmp)
        tiny = tmp_path / "tiny.txt"
        tiny.write_bytes(fixture_pages()[0])
        base = peak_memory(["clean", str(tiny), "-o", str(tmp_path / "tiny.out"), "-q"])
        print(f"one small file: {base}")
        if args.big_mb:
            big = tmp_path / "big.txt"
            size = build_big_file(big, args.big_mb)
            argv = ["clean", str(big), "-o", str(tmp_path / "big.out"), "-q", "--max-bytes", "0"]
            fig = peak_memory(argv)
            extra = fig["peak MB"] - base["peak MB"]
            print(
                f"one {size / 1e6:.0f} MB file: {fig}; above the small run: {extra:.0f} MB "
                f"= {extra / (size / 1e6):.1f}x the file"
            )
            big.unlink()
        for n in args.files:
            src = tmp_path / f"in-{n}"
            total, _ = build_folder(src, n, args.per_folder, keep=False, small=args.small)
            argv = ["clean", str(src), "-o", str(tmp_path / f"out-{n}"), "-q"]
            fig = peak_memory([*argv, "-j", str(args.jobs[0])])
            print(f"{n} files ({total / 1e6:.0f} MB), -j{args.jobs[0]}: {fig}")
            shutil.rmtree(src)
            shutil.rmtree(tmp_path / f"out-{n}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--files",
        type=int,
        nargs="+",
        default=[300],
        help="files in the folder (default 300; with --memory, one run per count)",
    )
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="default: 1 2")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    ap.add_argument("--subprocess", action="store_true", help="run the installed entry point")
    ap.add_argument("--memory", action="store_true", help="peak memory instead of speed")
    ap.add_argument("--big-mb", type=float, default=0, help="--memory: one file of this size")
    ap.add_argument(
        "--per-folder", type=int, default=50, help="files per sub-folder (0: one flat folder)"
    )
    ap.add_argument("--small", action="store_true", help="--memory: small pages in the folder")
    args = ap.parse_args()
    if args.memory:
        memory_runs(args)
        return
    n_files = args.files[0]

    from articleclean import Pipeline

    with tempfile.TemporaryDirectory(prefix="articleclean-bench-") as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "scraped"
        total, docs = build_folder(src, n_files)
        jsonl = tmp_path / "docs.jsonl"
        write_jsonl(jsonl, docs)
        mb = total / 1e6
        print(
            f"{n_files} files, {mb:.2f} MB ({total // n_files} bytes/file), "
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
                f"{name:<30} {n_files / b:>8.0f} {mb / b:>6.2f} {cpu:>6.2f}   "
                f"{b:.2f} / {statistics.median(walls):.2f} / {max(walls):.2f}"
            )
        if 1 in args.jobs and 2 in args.jobs:
            for kind in ("folder", "jsonl"):
                speedup = best[f"{kind} -j1"] / best[f"{kind} -j2"]
                print(f"{kind}: -j2 is {speedup:.2f}x -j1")


if __name__ == "__main__":
    main()
