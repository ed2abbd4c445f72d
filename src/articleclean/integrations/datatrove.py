"""A datatrove pipeline step that cleans ``Document.text`` with articleclean.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from articleclean.integrations.datatrove import ArticleClean

    LocalPipelineExecutor(
        [JsonlReader("in/"), ArticleClean(), JsonlWriter("out/")], tasks=4, workers=2
    ).run()

The cleaned body replaces ``doc.text``; the metadata (title, authors, dates, language, ...)
goes to ``doc.metadata["articleclean"]`` (``metadata_key``), with the list of removals too
when ``removals=True``. Each removal is counted in the step's stats as
``removed/<cleaner>``; documents left empty are dropped (counted as ``dropped``) unless
``keep_empty=True``. A runnable example is ``examples/datatrove_jsonl.py``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from datatrove.pipeline.base import PipelineStep

import articleclean

if TYPE_CHECKING:
    from datatrove.data import DocumentsPipeline

__all__ = ["ArticleClean"]


class ArticleClean(PipelineStep):
    """Clean each document's text; keep what was learnt about it in its metadata.

    ``pipeline`` is an :class:`articleclean.Pipeline` (the default one if ``None``); it must
    pickle, as every datatrove executor sends steps to its workers (built-in steps and
    module-level functions do, lambdas do not).
    """

    name = "📰 articleclean"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        pipeline: articleclean.Pipeline | None = None,
        *,
        metadata_key: str = "articleclean",
        removals: bool = False,
        keep_empty: bool = False,
    ):
        super().__init__()
        self.pipeline = pipeline
        self.metadata_key = metadata_key
        self.removals = removals
        self.keep_empty = keep_empty

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        pipe = self.pipeline or articleclean.Pipeline.default()
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                article = pipe.clean(doc.text or "")
            for cleaner, n in Counter(r.cleaner for r in article.removed).items():
                self.stat_update(f"removed/{cleaner}", value=n)
            info: dict[str, Any] = article.metadata.to_dict()
            if self.removals:
                info["removed"] = [r.to_dict() for r in article.removed]
            if article.warnings:
                info["warnings"] = list(article.warnings)
            doc.metadata[self.metadata_key] = info
            doc.text = article.body
            if not article.body and not self.keep_empty:
                self.stat_update("dropped")
                continue
            self.stat_update("forwarded")
            yield doc
