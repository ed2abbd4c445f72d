"""Every exception articleclean raises on purpose, in one tree.

::

    ArticlecleanError            base class: catch this to catch them all
    ├── DecodeError              bytes that cannot be read as text (binary, bad --encoding)
    ├── RuleError                a word list or pattern file that does not load (names file:line)
    ├── PipelineError            an unknown cleaner name, a bad insert position, a bad option
    └── ConfigError              an articleclean.toml / [tool.articleclean] that cannot be used

``clean()`` never raises on a ``str``; on ``bytes`` it raises only :class:`DecodeError`.
Every message says what went wrong and what to do about it.
"""

from __future__ import annotations

__all__ = ["ArticlecleanError", "ConfigError", "DecodeError", "PipelineError", "RuleError"]


class ArticlecleanError(Exception):
    """Base class of every error articleclean raises on purpose."""


class DecodeError(ArticlecleanError, ValueError):
    """The input bytes cannot be decoded as text."""


class RuleError(ArticlecleanError, ValueError):
    """A word-list or pattern data file is malformed; the message names ``file:line``."""


class PipelineError(ArticlecleanError, ValueError):
    """A pipeline was asked for a cleaner that does not exist, or was given a bad option."""


class ConfigError(ArticlecleanError, ValueError):
    """A configuration file cannot be read or names something that does not exist."""
