"""The benchmark script runs and reports what its sections promise (on a small dev set made of
fixtures, so the test needs neither the real dev set nor minutes)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks" / "bench.py"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:
    devset = tmp_path_factory.mktemp("devset")
    for raw in sorted(ROOT.glob("fixtures/*/*/raw.txt"))[:6]:
        page = devset / raw.parent.parent.name / raw.parent.name
        page.mkdir(parents=True)
        for view in ("page", "window"):
            (page / f"raw_{view}.txt").write_bytes(raw.read_bytes())
        expected = json.loads((raw.parent / "expected.json").read_text(encoding="utf-8"))
        if "body" in expected:  # the fixture's expected body is the page's gold
            (page / "gold.txt").write_text(expected["body"], encoding="utf-8")
    out = devset / "report.json"
    args = ["--devset", str(devset), "--quick", "--only", "devset,stages,floor", "--json", str(out)]
    done = subprocess.run(
        [sys.executable, str(BENCH), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text())


@pytest.mark.parametrize("view", ["page", "window"], ids=["page", "window"])
def test_devset_section_counts_the_pages(report, view):
    figures = report[f"dev set, {view} view"]
    assert figures["pages"] == 6
    assert figures["pages/s"] > 0 and figures["MB/s (cpu)"] > 0


def test_stage_shares_add_up_and_name_the_steps(report):
    shares = report["share of time per stage (%), dev set page view"]
    assert {"normalize", "byline", "boilerplate"} <= set(shares)
    assert sum(shares.values()) == pytest.approx(100, abs=1)


def test_floor_orders_its_rungs(report):
    floor = report["floor, dev set page view (warm)"]
    assert floor["cpu us per line at 10 MB/s"] == pytest.approx(floor["bytes per line"] / 10)
    per_line = [
        floor[f"{name}: cpu us per line"]
        for name in ("decode only", "pipeline with no steps", "default pipeline")
    ]
    # each rung does all the work of the one before it and more
    assert per_line == sorted(per_line) and per_line[0] > 0


@pytest.mark.parametrize("view", ["page", "window"], ids=["page", "window"])
def test_devset_section_reports_accuracy_and_lost_pages(report, view):
    scored = {k: v for k, v in report.items() if k.startswith("accuracy, ") and f"{view} view" in k}
    assert scored, "no accuracy figures for the pages with a gold body"
    for figures in scored.values():
        assert 0 <= figures["F1"] <= 1 and 0 <= figures["P"] <= 1 and 0 <= figures["R"] <= 1
        assert 0 <= figures["lost in raw"] <= figures["lost"] <= figures["pages"]
