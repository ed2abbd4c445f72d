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

__all__ = [
    "ArticlecleanError",
    "ConfigError",
    "DecodeError",
    "PipelineError",
    "RuleError",
    "for_command_line",
]

# What a message of the library tells a Python caller to pass, and the command's option that
# does the same: the command shows its own words.
_KEYWORD_OPTIONS = (
    ("pass encoding=...", "pass --encoding CODEC"),
    ("pass html=False", "pass --no-html"),
)


def for_command_line(message: str) -> str:
    """``message`` as the command shows it: options instead of the library's keywords.

    >>> for_command_line("input looks binary; pass encoding=... if it really is text")
    'input looks binary; pass --encoding CODEC if it really is text'
    """
    for keyword, option in _KEYWORD_OPTIONS:
        if keyword in message:
            message = message.replace(keyword, option)
    return message


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
