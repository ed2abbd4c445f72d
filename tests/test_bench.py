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


def test_first_pass_counts_the_texts_the_pass_over_the_body_changes(tmp_path, capsys):
    """``benchmarks/first_pass.py``: a page whose first pass leaves a pager over lines (the
    pass over the body would join and remove it) is not counted; nor is one already clean."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import first_pass

    story = (
        "The minister said the plan would be published next week, officials in the capital said."
    )
    for name, text in (("a", f"{story}\n\n1\nof\n4\n\n{story}"), ("b", story)):
        folder = tmp_path / "set" / name
        folder.mkdir(parents=True)
        (folder / "raw_page.txt").write_text(text, encoding="utf-8")
    assert first_pass.main(["--devset", str(tmp_path), "--fixtures", str(tmp_path / "none")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 of 2 texts need the pass over the body"
    assert first_pass.needs_the_pass(first_pass.Pipeline.default(), story) is None


def test_first_pass_names_what_only_settling_removed():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import first_pass

    from articleclean import Doc, Pipeline

    def first_paragraph(doc: Doc) -> Doc:  # a step of one's own that does not settle at once
        content = doc.content()
        return doc.drop({content[0][0]: "first"}) if content else doc

    pipe = Pipeline.default().insert(first_paragraph)
    text = "\n\n".join(
        f"Paragraph number {i} of the story, told at some length here." for i in range(3)
    )
    assert first_pass.needs_the_pass(pipe, text) == [
        "first_paragraph first: 'Paragraph number 1 of the story, told at some length here.'",
        "first_paragraph first: 'Paragraph number 2 of the story, told at some length here.'",
    ]
