"""articleclean: turn raw scraped news text into a clean article body plus metadata.

>>> import articleclean
>>> article = articleclean.clean("Share\\nTweet\\n\\nThe body of the story.")
>>> article.body
'The body of the story.'
>>> [(r.cleaner, r.text) for r in article.removed]
[('share_buttons', 'Share'), ('share_buttons', 'Tweet')]
"""

from functools import lru_cache as _lru_cache

from .decode import Decoded, decode
from .errors import ArticlecleanError, ConfigError, DecodeError, PipelineError, RuleError
from .model import Article, Dateline, Doc, Line, Metadata, PrintEdition, Removal, replay
from .parallel import clean_many
from .pipeline import Pipeline, Step, list_cleaners

__all__ = [
    "Article",
    "ArticlecleanError",
    "ConfigError",
    "Dateline",
    "DecodeError",
    "Decoded",
    "Doc",
    "Line",
    "Metadata",
    "Pipeline",
    "PipelineError",
    "PrintEdition",
    "Removal",
    "RuleError",
    "Step",
    "__version__",
    "clean",
    "clean_many",
    "decode",
    "list_cleaners",
    "replay",
]

__version__ = "0.1.0"


@_lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline.default()


def clean(
    text: str | bytes,
    *,
    pipeline: Pipeline | None = None,
    encoding: str | None = None,
    html: bool | None = None,
) -> Article:
    """Clean one document with ``pipeline`` (the default pipeline if not given).

    ``text`` is a ``str`` or ``bytes`` in any encoding (``encoding=`` forces one). An HTML
    document is converted to text lines first unless ``html=False`` (``None``: as the
    pipeline says, by default yes). Never raises on a ``str``; raises :class:`DecodeError`
    for bytes that cannot be read as text.
    """
    pipe = pipeline or _default_pipeline()
    if html is not None and html != pipe.html:
        pipe = pipe.with_html(html)
    return pipe.clean(text, encoding=encoding)
