"""The datatrove step, alone and under datatrove's local executor."""

from __future__ import annotations

import gzip
import json

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from articleclean import Pipeline
from articleclean.integrations.datatrove import ArticleClean

from ..conftest import SEED

PAGE = "Share\nTweet\n\nBy Jane Doe\n\nThe minister said the plan would be published next week.\n"


def run(step, texts):
    docs = [Document(text=t, id=str(i)) for i, t in enumerate(texts)]
    return list(step.run(iter(docs)))


def test_cleans_text_and_keeps_metadata_and_counts_removals():
    step = ArticleClean()
    [doc] = run(step, [PAGE])
    assert doc.text == "The minister said the plan would be published next week."
    meta = doc.metadata["articleclean"]
    assert meta["authors"] == ["Jane Doe"] and meta["language"] == "en"
    assert "removed" not in meta
    stats = step.stats.to_dict() if hasattr(step.stats, "to_dict") else dict(step.stats.stats)
    text = json.dumps(stats, default=str)
    assert "removed/share_buttons" in text and "removed/byline" in text


def test_removals_are_kept_on_request_and_the_key_is_configurable():
    [doc] = run(ArticleClean(removals=True, metadata_key="clean"), [PAGE])
    assert [r["cleaner"] for r in doc.metadata["clean"]["removed"]][:2] == ["share_buttons"] * 2


@pytest.mark.parametrize("keep_empty, kept", [(False, 1), (True, 2)], ids=["drop", "keep"])
def test_empty_results_are_dropped_unless_kept(keep_empty, kept):
    out = run(ArticleClean(keep_empty=keep_empty), ["Share\nTweet", PAGE])
    assert len(out) == kept


def test_a_pipeline_of_ones_own_is_used():
    [doc] = run(ArticleClean(Pipeline.default().only("byline")), [PAGE])
    assert doc.text.startswith("Share")


def test_local_executor_reads_and_writes_jsonl(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    rows = [{"id": "seed", "text": SEED.read_text(encoding="utf-8")}, {"id": "p", "text": PAGE}]
    (src / "pages.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    LocalPipelineExecutor(
        [JsonlReader(str(src)), ArticleClean(), JsonlWriter(str(out / "data"))],
        tasks=1,
        logging_dir=str(out / "logs"),
    ).run()
    lines = []
    for path in sorted((out / "data").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            lines += [json.loads(x) for x in f]
    by_id = {r["id"]: r for r in lines}
    assert by_id["p"]["text"] == "The minister said the plan would be published next week."
    assert by_id["seed"]["metadata"]["articleclean"]["title"]
    stats = json.loads((out / "logs" / "stats.json").read_text())
    assert "removed/share_buttons" in json.dumps(stats)
