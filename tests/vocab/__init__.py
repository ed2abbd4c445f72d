"""Sample lines of the languages whose word lists came after the first eight.

One module per language (``tests/vocab/<lang>.py``), each defining ``LANG`` and the lists
``PHRASES``, ``SHAPES``, ``BARS`` and ``PROSE`` in the shapes of
``tests/test_vocab_languages.py``, which reads them all: adding a language's word lists
adds its samples here, and no shared test file changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def modules() -> list[ModuleType]:
    """Every language's sample module, by language code."""
    found = [
        importlib.import_module(f"{__name__}.{m.name}") for m in pkgutil.iter_modules(__path__)
    ]
    return sorted(found, key=lambda m: m.LANG)
