"""``benchmarks/metadata_accuracy.py`` reports, per field, the fixtures and dev-set pages that
come out right (run on a tiny set: two fixtures and a dev set of two pages)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "metadata_accuracy.py"
ZH = "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就进一步深化合作交换了意见。"


@pytest.fixture(scope="module")
def figures(tmp_path_factory) -> tuple[dict, str]:
    base = tmp_path_factory.mktemp("accuracy")
    fixtures = base / "fixtures"
    for fid in ("plain-articles/talks-resume-in-geneva", "prairie-sentinel/grain-elevator-fire-ap"):
        shutil.copytree(ROOT / "fixtures" / fid, fixtures / fid)
    devset = base / "cwce_zh"
    pages = {
        "a": ("作者：李明\n2016-07-12 08:00\n\n", {"author": "李明", "date": "2016-07-12 08:00"}),
        "b": ("", {"author": "王芳", "date": None}),  # no byline: the author is missed
    }
    for name, (header, meta) in pages.items():
        page = devset / name
        page.mkdir(parents=True)
        (page / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        for view in ("window", "page"):
            (page / f"raw_{view}.txt").write_text(f"{header}{ZH}\n\n{ZH}\n", encoding="utf-8")
    out = base / "figures.json"
    args = ["--fixtures", str(fixtures), "--devset", str(devset), "--json", str(out), "-v"]
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8")), done.stdout


def test_fixture_fields_are_counted(figures):
    data, _ = figures
    assert data["title"]["fixtures"] == [2, 2]
    assert data["source"]["fixtures"] == [2, 2]  # null for the plain article: right
    assert data["agency"]["fixtures"] == [1, 1]  # only the AP story gives it
    assert "dev set" not in data["title"] or data["title"]["dev set"] == [0, 0]


def test_dev_set_authors_and_dates_per_view(figures):
    data, _ = figures
    assert data["authors"]["dev set"] == [2, 4]  # page a in both views, page b in neither
    assert data["published"]["dev set"] == [4, 4]
    assert data["authors"]["together"] == [4, 6]


def test_the_table_and_the_misses_are_printed(figures):
    _, out = figures
    lines = out.splitlines()
    assert lines[0].split() == ["field", "fixtures", "dev", "set", "together"]
    assert any(line.startswith("title ") and "2/2" in line for line in lines)
    assert any(line.startswith("MISS authors") and "王芳" in line for line in lines)
