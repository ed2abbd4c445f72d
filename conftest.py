"""Doctests of the engine integrations need their engines (the ``test`` extra installs them)."""

from __future__ import annotations

import importlib.util

collect_ignore_glob = [
    f"src/articleclean/integrations/{module}.py"
    for module, needs in (("datatrove", ("datatrove", "orjson")), ("spark", ("pandas",)))
    if not all(importlib.util.find_spec(n) for n in needs)
]
