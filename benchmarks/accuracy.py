"""Accuracy on the dev set: mean F1 per set and view, and the pages that lost their article.

    python benchmarks/accuracy.py                        # both views, every set
    python benchmarks/accuracy.py --view page --worst 5  # and the five lowest pages
    python benchmarks/accuracy.py --json accuracy.json   # also write the figures

The dev set (``--devset DIR``, default ``$ARTICLECLEAN_DEVSET`` or ``../shared/devset``) holds
``<set>/<page>/raw_page.txt``, ``raw_window.txt`` and ``gold.txt``. Each raw text is cleaned
with the default pipeline and its body scored against the gold body with the dev set's metric
(:mod:`articleclean.scoring`: 4-token shingles, each CJK character a token). Per set and view:
the mean precision, recall and F1 over pages, and ``lost``, the number of pages whose recall is
below 0.5 — articles that came back with less than half of their text — and, of those,
``lost in raw``: pages whose raw text itself holds less than half of the gold (a window view
cut short), which no cleaner can bring back. ``benchmarks/bench.py`` prints the same figures
in its ``devset`` section.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("ARTICLECLEAN_BENCH_SRC") or str(ROOT / "src"))

import articleclean  # noqa: E402
from articleclean.scoring import prf  # noqa: E402

VIEWS = ("window", "page")
LOST_RECALL = 0.5  # a page whose recall is below this lost more than half of its article


def pages(devset: Path) -> dict[str, list[Path]]:
    """The dev set's page folders that have a gold body, by set."""
    out: dict[str, list[Path]] = {}
    for gold in sorted(devset.glob("*/*/gold.txt")):
        out.setdefault(gold.parent.parent.name, []).append(gold.parent)
    return out


def accuracy(
    folders: list[Path], view: str, clean: Callable[[bytes], str], worst: int = 0
) -> dict[str, object]:
    """Mean P, R, F1 and the lost pages of one set in one view (``worst``: the lowest pages)."""
    rows = []
    for folder in folders:
        raw = folder / f"raw_{view}.txt"
        if not raw.is_file():
            continue
        gold = (folder / "gold.txt").read_text(encoding="utf-8")
        data = raw.read_bytes()
        ceiling = prf(articleclean.decode(data).text, gold).r  # recall of the raw text
        rows.append((folder.name, *prf(clean(data), gold), ceiling))
    if not rows:
        return {}
    out: dict[str, object] = {
        "pages": len(rows),
        "P": round(statistics.fmean(r[1] for r in rows), 4),
        "R": round(statistics.fmean(r[2] for r in rows), 4),
        "F1": round(statistics.fmean(r[3] for r in rows), 4),
        "lost": sum(1 for r in rows if r[2] < LOST_RECALL),
        "lost in raw": sum(1 for r in rows if r[4] < LOST_RECALL),
    }
    if worst:
        low = sorted(rows, key=lambda r: r[3])[:worst]
        out["worst"] = {name: f"P={p:.3f} R={r:.3f} F1={f:.3f}" for name, p, r, f, _ in low}
    return out


def devset_accuracy(
    devset: Path,
    views: tuple[str, ...] = VIEWS,
    clean: Callable[[bytes], str] | None = None,
    worst: int = 0,
) -> dict[str, dict[str, object]]:
    """``{"<set>, <view> view": figures}`` for every set and view of the dev set."""
    if clean is None:
        pipe = articleclean.Pipeline.default()

        def clean(data: bytes) -> str:
            return pipe.clean(data).body

    out = {}
    for name, folders in pages(devset).items():
        for view in views:
            figures = accuracy(folders, view, clean, worst)
            if figures:
                out[f"{name}, {view} view"] = figures
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    default = os.environ.get("ARTICLECLEAN_DEVSET") or str(ROOT.parent / "shared" / "devset")
    ap.add_argument("--devset", default=default, help="dev set folder")
    ap.add_argument("--view", choices=VIEWS, action="append", help="one view (default: both)")
    ap.add_argument("--worst", type=int, default=0, metavar="N", help="list the N lowest pages")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)
    devset = Path(args.devset)
    if not devset.is_dir():
        print(f"no dev set at {devset}", file=sys.stderr)
        return 2
    report = devset_accuracy(devset, tuple(args.view or VIEWS), worst=args.worst)
    print(f"{'set, view':26s} {'pages':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'lost':>4s}  (in raw)")
    for title, f in report.items():
        figures = f"{f['pages']:5d} {f['P']:6.3f} {f['R']:6.3f} {f['F1']:6.3f} {f['lost']:4d}"
        print(f"{title:26s} {figures}  ({f['lost in raw']})")
        for name, line in dict(f.get("worst", {})).items():
            print(f"    {name}  {line}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
