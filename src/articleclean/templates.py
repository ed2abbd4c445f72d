"""Folder-level learning: lines that repeat across many pages of one site are its template.

When many files come from the same site, the menus, footers and widget lines printed on every
page are the same text each time, while articles differ. :class:`TemplateLearner` reads the
documents once and counts, per normalised line, how many documents contain it;
:meth:`TemplateLearner.templates` keeps the lines found in at least ``min_docs`` documents
and in at least ``min_share`` of them. The ``site_template`` step (see
:meth:`articleclean.Pipeline.with_templates`) then removes those lines in the second pass.

Memory is bounded: lines are counted as 8-byte hashes of their keys, and when more than
``max_entries`` distinct lines have been seen, those seen in only one document are forgotten
(lossy counting): a line that is truly a template keeps coming back and is counted again.
Running prose is never counted: it cannot be a template line, and skipping it keeps the table
small.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import PipelineError
from .model import Doc
from .normalize import normalize_lines
from .rules import RuleBook
from .text import key, tokens

__all__ = ["TemplateLearner", "Templates", "site_template"]

_MAX_TOKENS = 40  # lines longer than this are prose, never template


def _hash(k: str) -> int:
    return int.from_bytes(hashlib.blake2b(k.encode("utf-8"), digest_size=8).digest(), "big")


def _candidate_keys(text: str) -> set[int]:
    out = set()
    for line in normalize_lines(text):
        if line and len(tokens(line)) <= _MAX_TOKENS:
            k = key(line)
            if k:
                out.add(_hash(k))
    return out


@dataclass(frozen=True)
class Templates:
    """The template lines of a site, as hashes of their keys."""

    hashes: frozenset[int]
    documents: int

    def __contains__(self, text: str) -> bool:
        k = key(text)
        return bool(k) and _hash(k) in self.hashes

    def __len__(self) -> int:
        return len(self.hashes)


class TemplateLearner:
    """Counts, over a stream of documents, how many documents contain each short line.

    >>> learner = TemplateLearner(min_docs=2)
    >>> for body in ["Story one.", "Story two.", "Story three."]:
    ...     learner.add("Home | World | Sport\\n" + body + "\\n© 2024 Example News")
    >>> t = learner.templates()
    >>> "Home | World | Sport" in t, "© 2024 Example News" in t, "Story one." in t
    (True, True, False)
    """

    def __init__(self, *, min_docs: int = 3, min_share: float = 0.3, max_entries: int = 1_000_000):
        if not (isinstance(min_docs, int) and min_docs >= 1):
            raise PipelineError(f"min_docs must be a whole number of 1 or more, not {min_docs!r}")
        if not 0 < min_share <= 1:
            raise PipelineError(f"min_share must be above 0 and at most 1, not {min_share!r}")
        self.min_docs = min_docs
        self.min_share = min_share
        self.max_entries = max_entries
        self.documents = 0
        self._counts: dict[int, int] = {}

    def add(self, text: str) -> None:
        """Count the short lines of one document (each line once per document)."""
        self.documents += 1
        counts = self._counts
        for h in _candidate_keys(text):
            counts[h] = counts.get(h, 0) + 1
        if len(counts) > self.max_entries:
            self._counts = {h: n for h, n in counts.items() if n > 1}

    def add_all(self, texts: Iterable[str]) -> TemplateLearner:
        for text in texts:
            self.add(text)
        return self

    def templates(self) -> Templates:
        """The lines seen in at least ``min_docs`` documents and ``min_share`` of them all."""
        need = max(self.min_docs, int(self.min_share * self.documents + 0.999999))
        return Templates(frozenset(h for h, n in self._counts.items() if n >= need), self.documents)


def site_template(doc: Doc, rules: RuleBook, *, templates: Templates) -> Doc:
    """Lines that repeat across the site's pages (menus, footers, widgets): its template."""
    if not templates.hashes:
        return doc
    return doc.drop_lines(lambda line: "repeated_across_site" if line.text in templates else None)
