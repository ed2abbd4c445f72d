"""Language codes for ``langs=``: the codes the library emits, and BCP 47 tags in general.

Word lists live in one folder per language (``data/en``, ``data/zh``; a rule directory of
your own may add folders). A code given in ``langs`` is read as a BCP 47 tag, case-
insensitively, and mapped to the folder of its language: ``zh-Hans`` and ``zh-Hant`` (which
``metadata.language`` returns) and ``zh-CN`` go to ``zh``, ``pt-BR`` to ``pt``, ``EN`` to
``en``; the old or macro-language codes ``nb``/``nn`` go to ``no``, ``iw`` to ``he``, ``in``
to ``id``, ``fil`` to ``tl``. A folder named by the whole tag (``my-rules/pt-br``) wins over
the language's folder. Anything else (``xx``, ``english``) is refused with a
:class:`~articleclean.errors.PipelineError` listing the known codes: a code that matches
no folder would silently switch off every word list of that language.

>>> resolve_langs(["zh-Hans", "pt-BR", "EN", "en"])
('zh', 'pt', 'en')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .errors import PipelineError

__all__ = ["known_languages", "resolve_langs"]

# Deprecated and macro-language codes whose data sits under another code.
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi", "fil": "tl", "tgl": "tl"}
# A BCP 47 tag, loosely: a language subtag of two or three letters, then subtags.
_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*")


@lru_cache(maxsize=32)
def _folders(extra_dirs: tuple[str, ...]) -> frozenset[str]:
    from .rules import available_languages

    return frozenset(available_languages(extra_dirs))


def known_languages(extra_dirs: Iterable[str] = ()) -> list[str]:
    """The language folders word lists can come from (``common`` aside), sorted.

    >>> {"en", "zh", "pt"} <= set(known_languages())
    True
    """
    return sorted(_folders(tuple(extra_dirs)) - {"common"})


def resolve_langs(codes: str | Iterable[str], extra_dirs: Iterable[str] = ()) -> tuple[str, ...]:
    """The data folders of ``codes`` (one code, or several), in order, without repeats.

    Raises :class:`~articleclean.errors.PipelineError` for a code that is no known language.

    >>> resolve_langs("zh-Hant")
    ('zh',)
    >>> resolve_langs(["english"])
    Traceback (most recent call last):
    ...
    articleclean.errors.PipelineError: unknown language code 'english'; ...
    """
    extra = tuple(extra_dirs)
    folders = _folders(extra)
    items = [codes] if isinstance(codes, str) else list(codes)
    out: list[str] = []
    bad: list[str] = []
    for code in items:
        folder = _folder(code, folders) if isinstance(code, str) else None
        if folder is None:
            bad.append(repr(code))
        elif folder not in out:
            out.append(folder)
    if bad:
        known = ", ".join(known_languages(extra))
        raise PipelineError(
            f"unknown language code{'s' if len(bad) > 1 else ''} {', '.join(bad)}; "
            f"the known codes are: {known} (BCP 47 tags such as pt-BR or zh-Hant are read "
            "as their language)"
        )
    return tuple(out)


def _folder(code: str, folders: frozenset[str]) -> str | None:
    tag = code.strip().lower().replace("_", "-")
    if tag in folders:
        return tag  # a folder of that exact name (or "common")
    if not _TAG.fullmatch(tag):
        return None
    primary = tag.split("-", 1)[0]
    primary = _ALIASES.get(primary, primary)
    return primary if primary in folders else None
