"""Author and publication-date accuracy on the cwce_zh dev set (issue #4).

Each page folder holds ``raw_window.txt`` / ``raw_page.txt`` and a ``meta.json`` with the gold
``author`` and ``date``. A page counts as a match when:

* author: the extracted ``authors`` name the same people as the gold author (both split at
  "、", ",", ";" and spaces, compared as sets); a page without a gold author matches only
  when no author was extracted;
* date: ``published`` falls on the gold day (or month, when the gold gives only a month); a
  page without a gold date ("UNKNWON" or null) matches only when ``published`` is null.

Run from the repository root:

    .venv/bin/python benchmarks/metadata_accuracy.py [--devset DIR] [--view window|page|both] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import articleclean  # noqa: E402

DEFAULT_DEVSET = Path("/work/shared/devset/cwce_zh")
_SPLIT = re.compile(r"[、,，;；\s]+")
_GOLD_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def _people(names: list[str]) -> set[str]:
    return {p for name in names for p in _SPLIT.split(name) if p}


def author_match(gold: str | None, authors: list[str]) -> bool:
    if not gold:
        return not authors
    return _people([gold]) == _people(authors)


def date_match(gold: str | None, published: str | None) -> bool:
    m = _GOLD_DATE.match(gold or "")
    if m is None:
        return published is None
    if published is None:
        return False
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if day is None:
        return published[:7] == f"{year}-{month:02d}"
    return published[:10] == f"{year}-{month:02d}-{int(day):02d}"


def run(devset: Path, view: str, verbose: bool) -> tuple[int, int, int]:
    pages = sorted(p for p in devset.iterdir() if (p / "meta.json").is_file())
    authors_ok = dates_ok = 0
    for page in pages:
        meta = json.loads((page / "meta.json").read_text(encoding="utf-8"))
        raw = (page / f"raw_{view}.txt").read_text(encoding="utf-8")
        got = articleclean.clean(raw).metadata
        a_ok = author_match(meta.get("author"), list(got.authors))
        d_ok = date_match(meta.get("date"), got.published)
        authors_ok += a_ok
        dates_ok += d_ok
        if verbose:
            print(
                f"{page.name[:8]} {view:6} author {'ok ' if a_ok else 'BAD'} "
                f"gold={meta.get('author')!r} got={list(got.authors)!r}  "
                f"date {'ok ' if d_ok else 'BAD'} gold={meta.get('date')!r} got={got.published!r}"
            )
    return len(pages), authors_ok, dates_ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--view", choices=("window", "page", "both"), default="both")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per page")
    args = ap.parse_args(argv)
    if not args.devset.is_dir():
        print(f"no dev set at {args.devset}", file=sys.stderr)
        return 2
    views = ("window", "page") if args.view == "both" else (args.view,)
    for view in views:
        n, a, d = run(args.devset, view, args.verbose)
        print(
            f"cwce_zh {view:6} pages={n}  author {a}/{n} = {a / n:.0%}  "
            f"published date {d}/{n} = {d / n:.0%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
