"""The mapInPandas function, run by Spark in local mode (needs Java and pyspark)."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
pyspark = pytest.importorskip("pyspark")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs Java (java on PATH or JAVA_HOME)", allow_module_level=True)

from articleclean.integrations.spark import SCHEMA, clean_batches, clean_row  # noqa: E402

from ..conftest import SEED  # noqa: E402

PAGE = "Share\nTweet\n\nBy Jane Doe\n\nThe minister said the plan would be published next week.\n"


@pytest.fixture(scope="session")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers: this interpreter, articleclean in it
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("articleclean-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_map_in_pandas_cleans_every_row(spark):
    rows = [(1, PAGE), (2, SEED.read_text(encoding="utf-8")), (3, None), (4, "Share\nTweet")]
    df = spark.createDataFrame(rows, "id long, text string").repartition(2)
    out = {r["id"]: r for r in df.mapInPandas(clean_batches, SCHEMA).collect()}
    assert set(out) == {"1", "2", "3", "4"}
    assert out["1"]["text"] == "The minister said the plan would be published next week."
    assert out["1"]["authors"] == ["Jane Doe"] and out["1"]["language"] == "en"
    assert out["1"]["removed"]["share_buttons"] == 2
    assert out["2"]["title"] and out["2"]["print_edition"]["publication"]
    assert out["3"]["text"] is None and out["3"]["warnings"] == ["no text"]
    assert out["4"]["text"] == ""


def test_binary_text_is_decoded(spark):
    text = "国务院总理李克强11日在人民大会堂会见了来访的客人，双方就经济合作交换了意见。"
    df = spark.createDataFrame([("gbk", text.encode("gbk"))], "id string, text binary")
    [row] = df.mapInPandas(clean_batches, SCHEMA).collect()
    assert row["text"] == clean_row("gbk", text)["text"] == text


def test_rows_match_the_schema_without_spark():
    row = clean_row("x", PAGE)
    names = [
        part.split(" ", 1)[0] for part in SCHEMA.split(", ") if ":" not in part.split(" ", 1)[0]
    ]
    assert list(row) == [n for n in names if n in row]
    assert clean_row("y", b"\x89PNG\r\n\x1a\n\x00\x00")["warnings"][0].startswith("cannot decode")
