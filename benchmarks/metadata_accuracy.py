"""Metadata accuracy, per field: how many fixtures and dev-set pages come out right.

Two sets are measured:

* **the fixtures** (``fixtures/*/*``): every metadata field an ``expected.json`` gives is
  compared with what the fixture's pipeline (its ``articleclean.toml`` applied) returns, the
  way ``articleclean check`` compares it (equal JSON values). A fixture counts for a field
  only when its expected file gives that field, so ``of`` differs from field to field;
* **the dev set's cwce_zh pages**, whose ``meta.json`` gives the gold ``author`` and ``date``
  (both views, ``raw_window.txt`` and ``raw_page.txt``, each page counted once per view). A
  page is right for ``authors`` when the extracted authors name the same people as the gold
  author (both split at "、", ",", ";" and spaces, compared as sets; no gold author: right
  only when no author was extracted), and for ``published`` when it falls on the gold day
  (or month, when the gold gives only a month; no gold date, "UNKNWON" or null: right only
  when ``published`` is null).

The table prints, per field, the right/of counts of each set and of both together::

    field         fixtures      dev set       together
    title         120/133 90%   -             120/133 90%

Run from the repository root::

    .venv/bin/python benchmarks/metadata_accuracy.py [--fixtures DIR] [--devset DIR]
        [--view window|page|both] [--json FILE] [-v]

``-v`` lists every miss (fixture or page, field, expected, got).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from articleclean import Pipeline  # noqa: E402
from articleclean.testing import discover, fixture_pipeline  # noqa: E402

DEFAULT_FIXTURES = ROOT / "fixtures"
DEFAULT_DEVSET = Path("/work/shared/devset/cwce_zh")
# the fields the targets name first, then the others in the JSON shape's order
ORDER = (
    "title",
    "authors",
    "published",
    "source",
    "subtitle",
    "editors",
    "updated",
    "agency",
    "url",
    "fetched",
    "dateline",
    "emails",
    "print_edition",
    "language",
    "encoding",
)
_SPLIT = re.compile(r"[、,，;；\s]+")
_GOLD_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def _people(names: Iterable[str]) -> set[str]:
    return {p for name in names for p in _SPLIT.split(name) if p}


def author_match(gold: str | None, authors: list[str]) -> bool:
    """The extracted ``authors`` name the gold author's people (none: no author)."""
    if not gold:
        return not authors
    return _people([gold]) == _people(authors)


def date_match(gold: str | None, published: str | None) -> bool:
    """``published`` falls on the gold day (or month); no gold date: ``published`` is null."""
    m = _GOLD_DATE.match(gold or "")
    if m is None:
        return published is None
    if published is None:
        return False
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if day is None:
        return published[:7] == f"{year}-{month:02d}"
    return published[:10] == f"{year}-{month:02d}-{int(day):02d}"


@dataclass
class Tally:
    """Right and total counts per field, and the misses (for ``-v``)."""

    right: dict[str, int] = field(default_factory=dict)
    of: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def add(self, name: str, where: str, ok: bool, expected: Any, got: Any) -> None:
        self.of[name] = self.of.get(name, 0) + 1
        self.right[name] = self.right.get(name, 0) + ok
        if not ok:
            self.misses.append((where, name, expected, got))


def measure_fixtures(root: Path) -> Tally:
    """Each metadata field every fixture's expected file gives, compared as ``check`` does."""
    tally = Tally()
    base = Pipeline.default()
    for fixture in discover(root):
        expected = fixture.read_expected()
        if expected is None or not expected.metadata:
            continue
        article = fixture_pipeline(fixture, base).clean(fixture.raw_path.read_bytes())
        got = article.metadata.to_dict()
        for name, value in expected.metadata.items():
            tally.add(name, fixture.id, got.get(name) == value, value, got.get(name))
    return tally


def measure_devset(devset: Path, views: Iterable[str]) -> Tally:
    """Authors and published date of the cwce_zh pages against their ``meta.json``."""
    tally = Tally()
    pipe = Pipeline.default()
    pages = sorted(p for p in devset.iterdir() if (p / "meta.json").is_file())
    for view in views:
        for page in pages:
            meta = json.loads((page / "meta.json").read_text(encoding="utf-8"))
            raw = (page / f"raw_{view}.txt").read_text(encoding="utf-8")
            got = pipe.clean(raw).metadata
            where = f"{page.name[:8]} {view}"
            gold_author, gold_date = meta.get("author"), meta.get("date")
            authors = list(got.authors)
            tally.add("authors", where, author_match(gold_author, authors), gold_author, authors)
            ok = date_match(gold_date, got.published)
            tally.add("published", where, ok, gold_date, got.published)
    return tally


def _cell(right: int, of: int) -> str:
    return f"{f'{right}/{of}':>7} {right / of:4.0%}" if of else f"{'-':>7}"


def table(fixtures: Tally, devset: Tally) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The printed lines and the same figures as a mapping (for ``--json``)."""
    names = [n for n in ORDER if n in fixtures.of or n in devset.of]
    names += sorted(n for n in {*fixtures.of, *devset.of} if n not in names)
    lines = [f"{'field':14}{'fixtures':>12}   {'dev set':>12}   {'together':>12}"]
    figures: dict[str, dict[str, Any]] = {}
    for name in names:
        f_ok, f_of = fixtures.right.get(name, 0), fixtures.of.get(name, 0)
        d_ok, d_of = devset.right.get(name, 0), devset.of.get(name, 0)
        cells = (_cell(f_ok, f_of), _cell(d_ok, d_of), _cell(f_ok + d_ok, f_of + d_of))
        lines.append(f"{name:14}" + "".join(f"{c:15}" for c in cells).rstrip())
        figures[name] = {
            "fixtures": [f_ok, f_of],
            "dev set": [d_ok, d_of],
            "together": [f_ok + d_ok, f_of + d_of],
        }
    return lines, figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES, help="fixture folder")
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET, help="cwce_zh page folders")
    ap.add_argument("--view", choices=("window", "page", "both"), default="both")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    if not args.fixtures.is_dir() and not args.devset.is_dir():
        print(f"neither {args.fixtures} nor {args.devset} is a folder", file=sys.stderr)
        return 2
    fixtures = measure_fixtures(args.fixtures) if args.fixtures.is_dir() else Tally()
    views = ("window", "page") if args.view == "both" else (args.view,)
    devset = measure_devset(args.devset, views) if args.devset.is_dir() else Tally()
    if not args.devset.is_dir():
        print(f"(no dev set at {args.devset}: fixtures only)", file=sys.stderr)
    lines, figures = table(fixtures, devset)
    print("\n".join(lines))
    if args.verbose:
        for where, name, expected, got in fixtures.misses + devset.misses:
            print(f"MISS {name:12} {where}: expected {expected!r}, got {got!r}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
