"""Which warnings mean what: a *partial* result, a notice worth a line, or a detail.

Every warning in ``Article.warnings`` starts with the name of what raised it
(``budget: ...``, ``dates: ...``). Three kinds matter to someone running thousands of files
unattended, and the command treats them apart:

* **partial** — the result is known to be incomplete or may be wrong: the time budget ran
  out (``budget:``), a step failed and was skipped (``<step>: step failed``), the encoding
  is a weak guess (``decode:``). ``Article.partial`` is true; the command reports the file
  on stderr, counts it apart ("2 partial"), marks its output and exits with 3;
* **notable** — nothing is missing, but the input is not what one expects: it is empty
  (``input:``). The command reports it on stderr;
* everything else (an ambiguous date left unset, a page that did not settle, an HTML page
  converted to text) is in the warnings of the JSON and Markdown outputs, and on stderr with
  ``--verbose``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["is_notable", "is_partial", "partial_warnings"]

_PARTIAL = re.compile(r"(?:budget|decode): |[\w.-]+: step failed and was skipped")
_NOTABLE = re.compile(r"input: ")


def is_partial(warning: str) -> bool:
    """Whether ``warning`` says the result is incomplete or may be wrong.

    >>> is_partial("budget: over the time budget of 5 s; skipped boilerplate")
    True
    >>> is_partial("dates: date in '3/4/2016' could be day/month or month/day; left unset")
    False
    """
    return _PARTIAL.match(warning) is not None


def is_notable(warning: str) -> bool:
    """Whether ``warning`` is worth a line on stderr: partial, or about the input itself."""
    return is_partial(warning) or _NOTABLE.match(warning) is not None


def partial_warnings(warnings: Iterable[str]) -> list[str]:
    """The warnings that make a result partial, in order."""
    return [w for w in warnings if is_partial(w)]
