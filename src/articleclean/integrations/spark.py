"""articleclean for PySpark: a ``mapInPandas`` function and the schema it returns.

    from articleclean.integrations.spark import SCHEMA, clean_batches

    pages = spark.read.json("pages.jsonl")               # any columns; rename to id, text
    cleaned = pages.selectExpr("url AS id", "content AS text").mapInPandas(clean_batches, SCHEMA)

Each input row needs ``id`` (any type; returned as a string) and ``text`` (a string, or
binary in any encoding). Each output row has the cleaned ``text`` and the metadata as
columns (see ``SCHEMA``: one column per field of ``articleclean.Metadata`` but the
encoding), ``removed`` counting the removals per cleaner, and ``warnings``.
Rows whose text is null, or binary that cannot be decoded, come out with a null ``text`` and
the reason in ``warnings``, never as a failed task.

The workers run ``clean_batches`` in their own Python: articleclean must be installed there
(``pip install "articleclean[spark]"`` on every node, or ship it with
``spark.submit.pyFiles``/``--py-files``, or a packed virtual environment with
``--archives``), and ``PYSPARK_PYTHON`` must name that interpreter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin, get_type_hints

import articleclean

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "SCHEMA", "clean_batches", "clean_row"]


def _ddl(tp: Any) -> str:
    """The Spark DDL type of a metadata field's annotation."""
    args = [a for a in get_args(tp) if a is not type(None)]
    if get_origin(tp) in (Union, UnionType) and len(args) == 1:
        return _ddl(args[0])
    if get_origin(tp) in (tuple, list):
        return f"array<{_ddl(args[0])}>"
    if is_dataclass(tp):
        hints = get_type_hints(tp)
        return "struct<" + ", ".join(f"{f.name}: {_ddl(hints[f.name])}" for f in fields(tp)) + ">"
    return {str: "string", int: "int", float: "double", bool: "boolean"}[tp]


_HINTS = get_type_hints(articleclean.Metadata)
_META = [f.name for f in fields(articleclean.Metadata) if f.name != "encoding"]
#: The columns of :func:`clean_batches`' output, in order.
COLUMNS = ["id", "text", *_META, "removed", "warnings"]
#: The output of :func:`clean_batches`, as a Spark DDL string (follows ``Metadata``'s fields).
SCHEMA = ", ".join(
    [
        "id string",
        "text string",
        *(f"{name} {_ddl(_HINTS[name])}" for name in _META),
        "removed map<string, int>",
        "warnings array<string>",
    ]
)


def clean_row(
    id_: Any, text: str | bytes | None, pipeline: articleclean.Pipeline | None = None
) -> dict[str, Any]:
    """One output row (a dict with the columns of ``SCHEMA``) for one input row.

    >>> row = clean_row(7, "Share\\n\\nThe body of the story.")
    >>> row["id"], row["text"], row["removed"]
    ('7', 'The body of the story.', {'share_buttons': 1})
    """
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(id=None if id_ is None else str(id_), removed={})
    row.update((name, []) for name in _META if _ddl(_HINTS[name]).startswith("array"))
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        # pandas gives a null as None, NaN or NA
        missing = text is None or type(text).__name__ == "NAType" or text != text
        row["warnings"] = ["no text" if missing else f"text is {type(text).__name__}, not text"]
        return row
    try:
        if isinstance(text, (bytearray, memoryview)):
            text = bytes(text)
        article = articleclean.clean(text, pipeline=pipeline)
    except articleclean.DecodeError as exc:
        row["warnings"] = [f"cannot decode: {exc}"]
        return row
    meta = article.metadata.to_dict()
    row.update((name, meta[name]) for name in _META)
    row["text"] = article.body
    row["removed"] = dict(Counter(r.cleaner for r in article.removed))
    row["warnings"] = list(article.warnings)
    return row


def clean_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """The ``mapInPandas`` function: batches of ``id, text`` rows in, cleaned rows out."""
    import pandas as pd

    for batch in batches:
        rows = [clean_row(i, t) for i, t in zip(batch["id"], batch["text"], strict=True)]
        yield pd.DataFrame(rows, columns=COLUMNS)
