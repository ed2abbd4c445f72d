"""Loading a pipeline of your own by name: ``MODULE:NAME``.

One function for every place that takes a pipeline by name: ``articleclean clean``,
``explain`` and ``check --pipeline``, the ``pipeline`` key of the configuration file, and
the pytest plugin's ``articleclean_pipeline``. ``folder`` is where the user's module is
found when it is not installed: the current folder for the command line, the folder of the
configuration file for its key, pytest's rootdir for the plugin. It is put at the front of
``sys.path`` (once), as ``python -m`` does with the current folder, so that the module's own
imports of its neighbours work later too.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING, Any

from .errors import ConfigError

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["load_pipeline"]


def load_pipeline(spec: str, *, folder: str | os.PathLike[str] | None = None) -> Pipeline:
    """Import ``MODULE:NAME``: a :class:`Pipeline`, or a function of no arguments returning one.

    ``NAME`` may be dotted (``Pipeline.default``); ``folder``, if given, is searched first
    for ``MODULE``. Raises :class:`~articleclean.errors.ConfigError` saying why it failed.

    >>> "script_residue" in load_pipeline("articleclean.pipeline:Pipeline.default").names
    True
    """
    from .pipeline import Pipeline

    module, _, name = spec.partition(":")
    if not module or not name:
        raise ConfigError(f"pipeline {spec!r} must be given as MODULE:NAME")
    if folder is not None:
        where = os.path.abspath(os.fspath(folder))
        if where not in sys.path:
            sys.path.insert(0, where)
    try:
        obj: Any = importlib.import_module(module)
        for part in name.split("."):
            obj = getattr(obj, part)
        if callable(obj) and not isinstance(obj, Pipeline):
            obj = obj()
    except Exception as exc:
        raise ConfigError(f"cannot load pipeline {spec!r} ({type(exc).__name__}: {exc})") from exc
    if not isinstance(obj, Pipeline):
        raise ConfigError(f"{spec!r} is a {type(obj).__name__}, not an articleclean Pipeline")
    return obj
