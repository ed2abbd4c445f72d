"""A small, fixed pipeline and a fixture-folder builder for the tests of articleclean.testing.

The tests of the fixture tooling must not depend on how the real cleaners evolve, so they
run this pipeline: ``junk`` drops lines that are exactly "Share" or "Tweet", ``byline`` turns
"By NAME" lines into ``authors``, and ``source`` sets ``metadata.source`` from its option.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from articleclean import Pipeline, Step

JUNK = frozenset({"Share", "Tweet"})


def junk(doc, rules):
    """Lines that are exactly "Share" or "Tweet"."""
    return doc.drop_lines(lambda line: "junk" if line.text in JUNK else None)


def byline(doc, rules, *, prefix: str = "By "):
    """ "By NAME" lines: the name goes to ``authors``."""
    hits = {i: line for i, line in doc.content() if line.text.startswith(prefix)}
    if not hits:
        return doc
    names = [line.text[len(prefix) :] for line in hits.values()]
    return doc.drop(dict.fromkeys(hits, "by")).with_meta(authors=names)


def source(doc, rules, *, value: str | None = None):
    """Sets ``source`` to the option ``value``."""
    return doc.with_meta(source=value)


PIPE = Pipeline(
    [
        Step("junk", junk),
        Step("byline", byline, kind="extractor"),
        Step("source", source, kind="extractor"),
    ]
)


def make_pipe() -> Pipeline:
    """The same pipeline, for loaders that take a function."""
    return PIPE


def make_fixture(
    root: Path,
    fixture_id: str,
    raw: str | bytes,
    expected: dict[str, Any] | str | None = None,
    config: str | None = None,
) -> Path:
    """Write ``root/fixture_id/raw.txt`` (+ ``expected.json``, + ``articleclean.toml``)."""
    folder = root / fixture_id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "raw.txt").write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
    if expected is not None:
        text = expected if isinstance(expected, str) else json.dumps(expected, ensure_ascii=False)
        (folder / "expected.json").write_text(text, encoding="utf-8")
    if config is not None:
        (folder / "articleclean.toml").write_text(config, encoding="utf-8")
    return folder


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
