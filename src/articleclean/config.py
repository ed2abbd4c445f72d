"""The configuration file: ``articleclean.toml``, or ``[tool.articleclean]`` in pyproject.toml.

Every key is optional::

    only = ["share_buttons", "dates"]    # run only these steps (in pipeline order)
    without = ["font_size_toggles"]      # switch these steps off
    langs = ["en", "zh"]                 # use only these languages' word lists (BCP 47 codes)
    rule_dirs = ["my-rules"]             # your own word lists and patterns (relative to the file)
    pipeline = "mysite.cleaning:pipe"    # the base pipeline: a Pipeline, or a function giving one

    [options.title]                      # options of a step, as Pipeline.configure() takes them
    max_tokens = 20

The command looks for ``articleclean.toml`` in the current folder, then for a
``[tool.articleclean]`` table in ``pyproject.toml`` there; ``--config FILE`` names a file
(either kind) and ``--no-config`` ignores them. The command line's ``--only`` replaces the
file's ``only`` and switches back on any step it names; ``--without`` adds to ``without``;
``--langs`` and ``--pipeline`` replace ``langs`` and ``pipeline``.

``pipeline`` is imported as ``check --pipeline`` imports it (:func:`~articleclean.loading.
load_pipeline`), with the configuration file's folder searched first for the module; the
other keys then apply to it (its languages, its options, which of its steps run).

Anything wrong (a key or step that does not exist, a value of the wrong type, a language code
that is no language, ``only`` and ``without`` naming the same step, a rule folder that is
missing or malformed, a pipeline that does not load) is a
:class:`~articleclean.errors.ConfigError` naming the file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, PipelineError, RuleError
from .loading import load_pipeline
from .pipeline import Pipeline
from .rules import RuleBook

__all__ = ["CONFIG_NAME", "Config", "find_config", "load_config"]

CONFIG_NAME = "articleclean.toml"
_LIST_KEYS = ("only", "without", "langs", "rule_dirs")
_KEYS = (*_LIST_KEYS, "pipeline", "options")


@dataclass(frozen=True)
class Config:
    """Settings read from a configuration file (all empty: the default pipeline)."""

    only: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    langs: tuple[str, ...] | None = None
    rule_dirs: tuple[str, ...] = ()  # absolute paths
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    source: str | None = None  # the file it came from, for messages
    base_pipeline: str | None = None  # the ``pipeline`` key: MODULE:NAME
    folder: str | None = None  # the file's folder (where ``pipeline`` is imported from)

    def pipeline(
        self,
        *,
        only: Sequence[str] = (),
        without: Sequence[str] = (),
        base: Pipeline | None = None,
        langs: Sequence[str] | None = None,
    ) -> Pipeline:
        """The pipeline these settings describe, with the command line's ``only``/``without``.

        ``base`` (``--pipeline``) replaces the file's ``pipeline`` and ``langs``
        (``--langs``) its ``langs``.

        >>> Config(without=("dates",)).pipeline(only=["dates", "title"]).names
        ['analysis', 'credits', 'dates', 'title']
        >>> names = Config(without=("dates",)).pipeline(without=["title"]).names
        >>> "dates" in names, "title" in names, "byline" in names
        (False, False, True)
        >>> Config().pipeline(langs=["zh-Hans"]).rules.langs
        ('zh',)
        """
        both = sorted(set(only) & set(without))
        if both:
            raise PipelineError(
                f"--only and --without both name {', '.join(both)}; give each step to one of them"
            )
        pipe = self._configured(base, langs)
        pipe.without(*only, *without)  # raises PipelineError for an unknown name
        keep_on = set(only)
        chosen = list(only) or list(self.only)
        off = [n for n in (*self.without, *without) if n not in keep_on]
        if chosen:
            pipe = pipe.only(*chosen)
        off = [n for n in off if n in pipe.names]
        return pipe.without(*off) if off else pipe

    def _configured(
        self, base: Pipeline | None = None, langs: Sequence[str] | None = None
    ) -> Pipeline:
        where = self.source or "configuration"
        try:
            if base is None and self.base_pipeline:
                base = load_pipeline(self.base_pipeline, folder=self.folder)
            langs = langs if langs is not None else self.langs
            if base is None:
                pipe = Pipeline.default(langs=langs, extra_rule_dirs=self.rule_dirs)
            elif langs is not None or self.rule_dirs:  # the base's steps with these rules
                dirs = (*base.rules.extra_dirs, *self.rule_dirs)
                pipe = base.with_rules(RuleBook(base.rules.langs if langs is None else langs, dirs))
            else:
                pipe = base
            for name, opts in self.options.items():
                pipe = pipe.configure(name, **opts)
            pipe.without(*self.only, *self.without)  # check the names now
        except (PipelineError, RuleError, ConfigError) as exc:
            raise ConfigError(f"{where}: {exc}") from exc
        return pipe


def find_config(folder: str | os.PathLike[str] | None = None) -> Path | None:
    """``articleclean.toml`` in ``folder`` (default: the current one), else a pyproject.toml
    there with a ``[tool.articleclean]`` table, else ``None``."""
    here = Path(folder) if folder is not None else Path.cwd()
    own = here / CONFIG_NAME
    if own.is_file():
        return own
    pyproject = here / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{pyproject}: cannot read it ({exc})") from exc
        if isinstance(data.get("tool"), dict) and "articleclean" in data["tool"]:
            return pyproject
    return None


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read and check a configuration file (``articleclean.toml`` or a pyproject.toml)."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read it ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    where = str(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "articleclean" not in tool:
            raise ConfigError(f"{path}: has no [tool.articleclean] table")
        data = tool["articleclean"]
        where = f"{path} [tool.articleclean]"
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a table of settings")
    return _from_table(data, where, path.resolve().parent)


def _from_table(data: Mapping[str, Any], where: str, base: Path) -> Config:
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise ConfigError(
            f"{where}: unknown key{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(map(repr, unknown))}; the keys are: {', '.join(_KEYS)}"
        )
    lists: dict[str, tuple[str, ...]] = {}
    for k in _LIST_KEYS:
        value = data.get(k, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f'{where}: {k!r} must be a list of strings, like {k} = ["..."]')
        lists[k] = tuple(value)
    options = data.get("options", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise ConfigError(f"{where}: 'options' must hold one table per step, like [options.title]")
    spec = data.get("pipeline")
    if spec is not None and not (isinstance(spec, str) and spec.strip()):
        like = 'pipeline = "mymodule:pipe"'
        raise ConfigError(f"{where}: 'pipeline' must be a string, like {like}")
    both = sorted(set(lists["only"]) & set(lists["without"]))
    if both:
        raise ConfigError(f"{where}: 'only' and 'without' both name {', '.join(both)}")
    rule_dirs = tuple(_rule_dir(d, base, where) for d in lists["rule_dirs"])
    config = Config(
        only=lists["only"],
        without=lists["without"],
        langs=lists["langs"] if "langs" in data else None,
        rule_dirs=rule_dirs,
        options={k: dict(v) for k, v in options.items()},
        source=where,
        base_pipeline=spec.strip() if spec else None,
        folder=str(base),
    )
    config._configured()  # unknown steps or options are reported now, naming the file
    return config


def _rule_dir(name: str, base: Path, where: str) -> str:
    path = (base / name).resolve()
    if not path.is_dir():
        raise ConfigError(f"{where}: rule folder {name!r} does not exist (looked for {path})")
    _check_rule_files(path, where)
    return str(path)


def _check_rule_files(root: Path, where: str) -> None:
    """Parse every word list and pattern file under ``root`` now, so a typo in one is a clear
    configuration error before the run, not a failure of every document during it."""
    from .rules import read_patterns, read_phrases

    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        for f in sorted(lang_dir.iterdir()):
            label = f"{root.name}/{lang_dir.name}/{f.name}"
            try:
                if f.suffix == ".txt":
                    read_phrases(f, label, f.stem, lang_dir.name)
                elif f.suffix == ".re":
                    read_patterns(f, label, f.stem, lang_dir.name)
            except RuleError as exc:
                raise ConfigError(f"{where}: {exc}") from exc
