"""Folder runs: files/s and MB/s of ``articleclean clean DIR -o OUT`` at -j1 and -j2.

Builds a folder from the fixtures' raw pages, replicated to ``--files`` files spread over
sub-folders (each copy gets a distinct last line, so no cache can make repeats free), then
times, with ``time.perf_counter``:

* ``loop``: ``Pipeline.clean`` over the same bytes in one process (the cleaning alone);
* ``folder -jN``: ``articleclean clean DIR -o OUT -q -jN`` (walk, read, clean, write);
* ``jsonl -jN``: ``articleclean clean --jsonl-in FILE -o OUT -q -jN`` (records through
  ``clean_many``).

Runs in-process by default (``main([...])``); ``--subprocess`` goes through the installed
entry point instead, so interpreter start-up is counted too. Each figure is the best of
``--repeat`` runs (the machine may be shared; the spread is printed).

    python benchmarks/folder_run.py                 # 300 files, 3 repeats
    python benchmarks/folder_run.py --files 1000 --jobs 1 2 4 --subprocess
"""

from __future__ import annotations

import argparse
import json
import os
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


def timed(run: Callable[[], None], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
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

        rows = [("loop (Pipeline.clean, 1 core)", timed(loop, args.repeat))]
        for j in args.jobs:
            out = tmp_path / f"out-j{j}"
            argv = ["clean", str(src), "-o", str(out), "-q", "-j", str(j)]
            rows.append((f"folder -j{j}", timed(command(argv, args.subprocess), args.repeat)))
        for j in args.jobs:
            out = tmp_path / f"out-j{j}.jsonl"
            argv = ["clean", "--jsonl-in", str(jsonl), "-o", str(out), "-q", "-j", str(j)]
            rows.append((f"jsonl -j{j}", timed(command(argv, args.subprocess), args.repeat)))

        print(f"{'run':<32} {'files/s':>9} {'MB/s':>7}   best / median / worst (s)")
        best = {}
        for name, times in rows:
            b = min(times)
            best[name] = b
            print(
                f"{name:<32} {args.files / b:>9.0f} {mb / b:>7.2f}   "
                f"{b:.2f} / {statistics.median(times):.2f} / {max(times):.2f}"
            )
        if 1 in args.jobs and 2 in args.jobs:
            for kind in ("folder", "jsonl"):
                speedup = best[f"{kind} -j1"] / best[f"{kind} -j2"]
                print(f"{kind}: -j2 is {speedup:.2f}x -j1")


if __name__ == "__main__":
    main()
