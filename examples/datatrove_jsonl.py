#!/usr/bin/env python3
"""Clean a folder of JSONL documents with datatrove and articleclean, on this machine.

    pip install "articleclean[datatrove]"
    python examples/datatrove_jsonl.py IN_DIR OUT_DIR [--tasks 4] [--workers 2]
    python examples/datatrove_jsonl.py --demo OUT_DIR     # input made from the fixtures

IN_DIR holds ``*.jsonl`` (or ``.jsonl.gz``) files, one ``{"id": ..., "text": ...}`` object a
line (other keys go to the document's metadata). OUT_DIR gets ``*.jsonl.gz`` files with the
cleaned ``text`` and the metadata under ``metadata.articleclean``; the step's stats (removals
per cleaner, documents dropped) are in OUT_DIR/logs/stats.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from articleclean.integrations.datatrove import ArticleClean

ROOT = Path(__file__).resolve().parents[1]


def demo_input(folder: Path) -> Path:
    """A JSONL file of the repository's fixture and example pages."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "pages.jsonl").open("w", encoding="utf-8") as out:
        for path in sorted(ROOT.glob("fixtures/**/raw.txt")) + sorted(
            ROOT.glob("examples/**/raw.txt")
        ):
            text = path.read_bytes().decode("utf-8", errors="replace")
            out.write(json.dumps({"id": str(path.parent.relative_to(ROOT)), "text": text}) + "\n")
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("input", nargs="?", help="folder of JSONL files")
    ap.add_argument("output", help="folder for the cleaned JSONL files")
    ap.add_argument("--demo", action="store_true", help="make the input from the fixtures")
    ap.add_argument("--tasks", type=int, default=1, help="datatrove tasks (input shards)")
    ap.add_argument("--workers", type=int, default=1, help="tasks run at once")
    ap.add_argument("--removals", action="store_true", help="keep the list of removals too")
    args = ap.parse_args(argv)
    out = Path(args.output)
    if args.demo:
        source = demo_input(out / "input")
    elif args.input:
        source = Path(args.input)
    else:
        ap.error("give an input folder, or --demo")
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source), glob_pattern="*.jsonl*"),
            ArticleClean(removals=args.removals),
            JsonlWriter(str(out / "cleaned")),
        ],
        tasks=args.tasks,
        workers=args.workers,
        logging_dir=str(out / "logs"),
    )
    executor.run()
    print(f"cleaned documents in {out / 'cleaned'}; stats in {out / 'logs' / 'stats.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
