#!/usr/bin/env python3
"""What folder-level template learning adds: F1 with and without it, per site.

Groups the dev set's pages by site (the host of meta.json's url), keeps the sites with two
or more pages, learns each site's template lines from its pages (min_docs=2), and scores
the body of each page with and without the learned `site_template` step:

    PYTHONPATH=src python benchmarks/templates.py [--devset ../shared/devset] [--view page]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

from articleclean import Pipeline
from articleclean.scoring import prf
from articleclean.templates import TemplateLearner


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--devset", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "devset"
    )
    ap.add_argument("--view", choices=("page", "window"), default="page")
    a = ap.parse_args(argv)
    if not a.devset.is_dir():
        print(f"no dev set at {a.devset}", file=sys.stderr)
        return 2
    sites: dict[str, list[Path]] = defaultdict(list)
    for page in sorted(p for p in a.devset.glob("*/*") if (p / "meta.json").is_file()):
        host = urlparse(
            json.loads((page / "meta.json").read_text(encoding="utf-8")).get("url", "")
        ).netloc
        if host:
            sites[host].append(page)
    base = Pipeline.default()
    rows = []
    for host, pages in sorted(sites.items()):
        if len(pages) < 2:
            continue
        raws = [(p / f"raw_{a.view}.txt").read_text(encoding="utf-8") for p in pages]
        templates = TemplateLearner(min_docs=2, min_share=0.3).add_all(raws).templates()
        learned = base.with_templates(templates)
        for page, raw in zip(pages, raws, strict=True):
            gold = (page / "gold.txt").read_text(encoding="utf-8")
            before = prf(base.clean(raw).body, gold)
            after = prf(learned.clean(raw).body, gold)
            rows.append((host, page.name[:8], len(templates), before, after))
            print(
                f"{host:28s} {page.name[:8]}  template lines={len(templates):3d}  "
                f"F1 {before[2]:.3f} -> {after[2]:.3f}  (P {before[0]:.3f} -> {after[0]:.3f}, "
                f"R {before[1]:.3f} -> {after[1]:.3f})"
            )
    if rows:
        b = statistics.fmean(r[3][2] for r in rows)
        f = statistics.fmean(r[4][2] for r in rows)
        sites = len({r[0] for r in rows})
        print(f"mean F1 over {len(rows)} pages of {sites} sites: {b:.3f} -> {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
