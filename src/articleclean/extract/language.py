"""The ``language`` extractor: a BCP 47 code for the body, from scripts and stopwords.

Why not a library: the stopword lists already ship for the classifier (stopwords-iso, MIT),
scripts settle CJK, Korean, Thai, Greek, Hebrew, Arabic and Devanagari outright, and for
Latin and Cyrillic text a stopword vote (each word weighted by how few languages share it)
tells news-length texts apart reliably, with no extra dependency or model download.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache

import regex

from .._memo import run_table
from ..model import Doc
from ..rules import DATA_DIR, RuleBook
from ..text import tokens

__all__ = ["detect_language", "detect_lines", "language", "load_stopwords"]

_SAMPLE_CHARS = 6_000
_MIN_HITS = 3


@cache
def load_stopwords(lang: str) -> frozenset[str]:
    """The stopwords of ``lang`` as normalised tokens (empty if there is no list)."""
    path = DATA_DIR / lang / "stopwords.txt"
    if not path.is_file():
        return frozenset()
    words = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            toks = tokens(line)
            if len(toks) == 1:
                words.add(toks[0])
    return frozenset(words)


@lru_cache(maxsize=1)
def _latin_and_cyrillic() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Languages with stopword lists, split by the script their lists are written in."""
    latin, cyrillic = [], []
    for path in sorted(DATA_DIR.glob("*/stopwords.txt")):
        lang = path.parent.name
        counts = _script_counts("".join(sorted(load_stopwords(lang))[:200]))
        if counts and counts.most_common(1)[0][0] == "cyrillic":
            cyrillic.append(lang)
        elif counts and counts.most_common(1)[0][0] == "latin":
            latin.append(lang)
    return tuple(latin), tuple(cyrillic)


_SCRIPTS = {
    name: regex.compile(pattern)
    for name, pattern in {
        "kana": r"[\p{Hiragana}\p{Katakana}]",
        "han": r"\p{Han}",
        "hangul": r"\p{Hangul}",
        "cyrillic": r"\p{Cyrillic}",
        "thai": r"\p{Thai}",
        "arabic": r"\p{Arabic}",
        "hebrew": r"\p{Hebrew}",
        "greek": r"\p{Greek}",
        "devanagari": r"\p{Devanagari}",
        "latin": r"\p{Latin}",
    }.items()
}


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_RUNS = re.compile(r"[^\x00-\x7f]+")
# bytes.translate deletes everything but ASCII letters (which are all of script Latin).
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
# Runs of one script (or of none of them), to take a script's characters out in one call.
_RUNS = {name: regex.compile(f"(?:{p.pattern})++") for name, p in _SCRIPTS.items()}
_RUNS[None] = regex.compile(
    "[^"
    + "".join(p.pattern[1:-1] if p.pattern[0] == "[" else p.pattern for p in _SCRIPTS.values())
    + "]++"
)
_FEW = 64  # below this many characters, count them one by one


@lru_cache(maxsize=65536)
def _script_of(ch: str) -> str | None:
    """The script of ``_SCRIPTS`` ``ch`` belongs to (they do not overlap), or ``None``."""
    return next((name for name, pattern in _SCRIPTS.items() if pattern.match(ch)), None)


def _script_counts(sample: str) -> Counter[str]:
    """How many characters of ``sample`` each script of ``_SCRIPTS`` matches.

    ASCII letters are counted with ``bytes.translate``; among the other characters, the
    script of the first one left is taken out in one substitution (counted by the length it
    removes) until few are left, which are counted one by one.

    >>> _script_counts("Abc 新闻 Ωx")
    Counter({'latin': 4, 'han': 2, 'greek': 1})
    """
    found: Counter[str] = Counter()
    latin = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))
    if latin:
        found["latin"] = latin
    rest = "".join(_NOT_ASCII_RUNS.findall(sample))
    while len(rest) > _FEW:
        name = _script_of(rest[0])
        shorter = _RUNS[name].sub("", rest)
        if name is not None:
            found[name] += len(rest) - len(shorter)
        rest = shorter
    for ch, n in Counter(rest).items():
        name = _script_of(ch)
        if name is not None:
            found[name] += n
    # in the order of _SCRIPTS, as one findall per script would give
    return Counter({name: found[name] for name in _SCRIPTS if found[name]})


# Characters that exist only in one of the two Chinese scripts (common ones).
_SIMPLIFIED = frozenset(
    "这们来说时对经发国会与学样为后业个过还长东门问间见无没现开关报读书车语实让动应习师电话网页"
)
_TRADITIONAL = frozenset(
    "這們來說時對經發國會與學樣為後業個過還長東門問間見無沒現開關報讀書車語實讓動應習師電話網頁"
)

_SIMPLIFIED_RE = re.compile(f"[{''.join(sorted(_SIMPLIFIED))}]")
_TRADITIONAL_RE = re.compile(f"[{''.join(sorted(_TRADITIONAL))}]")


@lru_cache(maxsize=8)
def _weights(langs: tuple[str, ...]) -> dict[str, list[tuple[str, float]]]:
    """token -> [(language, weight)]; a word shared by k languages weighs 1/k."""
    owners: dict[str, list[str]] = {}
    for lang in langs:
        for word in load_stopwords(lang):
            owners.setdefault(word, []).append(lang)
    return {w: [(lang, 1.0 / len(ls)) for lang in ls] for w, ls in owners.items()}


@cache
def _letters(lang: str) -> frozenset[str]:
    path = DATA_DIR / lang / "letters.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset("".join(x.strip() for x in lines if not x.startswith("#")))


@lru_cache(maxsize=8)
def _owner_groups(
    langs: tuple[str, ...],
) -> tuple[dict[str, int], dict[int, tuple[tuple[str, float], ...]]]:
    """token -> group number, and group number -> its ``[(language, weight)]``: the stopwords
    shared by the same languages form one group (a few hundred groups for thousands of words).
    """
    groups: dict[str, int] = {}
    numbers: dict[tuple[tuple[str, float], ...], int] = {}
    for word, owners in _weights(langs).items():
        groups[word] = numbers.setdefault(tuple(owners), len(numbers) + 1)
    return groups, {n: owners for owners, n in numbers.items()}


# The summed weights below differ from the token-by-token sums of _vote_in_order only by
# rounding (< 1e-8 for a 6000-character sample); closer scores are decided the slow way.
_NEAR_TIE = 1e-6


def _vote(toks: list[str], langs: tuple[str, ...], sample: str = "") -> str | None:
    """The language whose stopwords weigh most in ``toks`` (ties: see ``_vote_in_order``).

    Counts tokens per group of languages sharing them, so the work is per group, not per
    token and language.
    """
    groups, owners_of = _owner_groups(langs)
    counts = Counter(filter(None, map(groups.get, toks)))
    if not counts:
        return None
    scores: dict[str, float] = {}
    hits: dict[str, int] = {}
    for group, n in counts.items():
        for lang, weight in owners_of[group]:
            scores[lang] = scores.get(lang, 0.0) + n * weight
            hits[lang] = hits.get(lang, 0) + n
    _add_letters(scores, sample)
    best = max(scores, key=scores.__getitem__)
    top = scores.pop(best)
    if scores and top - max(scores.values()) < _NEAR_TIE:
        return _vote_in_order(toks, langs, sample)
    return best if hits[best] >= _MIN_HITS else None


def _add_letters(scores: dict[str, float], sample: str) -> None:
    # Letters typical of a spelling (ñ, ã, ß, è) settle short texts where function words tie.
    chars = Counter(_NOT_ASCII.findall(sample.lower()))
    if chars:
        for lang in list(scores):
            typical = _letters(lang).intersection(chars)
            if typical:  # (adding 0.0 would change nothing)
                scores[lang] += 0.5 * sum(chars[c] for c in typical)


def _vote_in_order(toks: list[str], langs: tuple[str, ...], sample: str = "") -> str | None:
    """The vote token by token; of tied languages, the first to score wins."""
    weights = _weights(langs)
    scores: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for tok in toks:
        owners = weights.get(tok)
        if owners:
            for lang, weight in owners:
                scores[lang] += weight
                hits[lang] += 1
    if not scores:
        return None
    _add_letters(scores, sample)
    lang, _ = scores.most_common(1)[0]
    return lang if hits[lang] >= _MIN_HITS else None


def detect_language(text: str) -> str | None:
    """A BCP 47 code for ``text``, or ``None`` when there is too little to tell.

    >>> detect_language("The governance of cyberspace should be guided by principles.")
    'en'
    >>> detect_language("新华社北京7月11日电 国务院总理李克强11日在人民大会堂会见了来访的客人。")
    'zh-Hans'
    >>> detect_language("El gobierno anunció ayer que la ley entrará en vigor el próximo mes.")
    'es'
    """
    sample = text[:_SAMPLE_CHARS]
    return _detect(sample, lambda: tokens(sample))


def _detect(sample: str, sample_tokens: Callable[[], list[str]]) -> str | None:
    scripts = _script_counts(sample)
    if not scripts:
        return None
    total = sum(scripts.values())
    if scripts["kana"] >= 0.05 * total:
        return "ja"
    if scripts["hangul"] >= 0.3 * total:
        return "ko"
    if scripts["han"] >= 0.3 * total:
        simp = len(_SIMPLIFIED_RE.findall(sample))
        trad = len(_TRADITIONAL_RE.findall(sample))
        if simp == trad:
            return "zh"
        return "zh-Hans" if simp > trad else "zh-Hant"
    script = scripts.most_common(1)[0][0]
    fixed = {"thai": "th", "hebrew": "he", "greek": "el", "devanagari": "hi"}
    if script in fixed:
        return fixed[script]
    toks = sample_tokens()
    latin, cyrillic = _latin_and_cyrillic()
    if script == "cyrillic":
        return _vote(toks, cyrillic, sample)  # letters too: і ї є are Ukrainian
    if script == "arabic":
        return _vote(toks, ("ar", "fa", "ur")) or "ar"
    if script == "latin":
        return _vote(toks, latin, sample)
    return None


def _head_tokens(texts: Iterable[str], limit: int) -> list[str]:
    """``tokens("\\n".join(texts)[:limit])``, line by line, so that the tokens other steps
    already computed for a line are reused (no token spans a line break)."""
    out: list[str] = []
    start = 0
    for text in texts:
        end = start + len(text)
        if end > limit:
            out.extend(tokens(text[: limit - start]))
            break
        if text:
            out.extend(tokens(text))
        start = end + 1
        if start >= limit:
            break
    return out


def detect_lines(texts: Sequence[str]) -> str | None:
    """``detect_language("\\n".join(texts))``, with the tokens of the sample taken line by
    line (each line's tokens are cached; the sample's as a whole would not be).

    >>> detect_lines(["Share", "", "The governance of cyberspace should be guided by rules."])
    'en'
    """
    sample = "\n".join(texts)[:_SAMPLE_CHARS]
    # the run remembers the last samples' languages: the classifier and the language step
    # read the same head of the page unless the classifier removed some of it
    recent = run_table("detect_lines")
    if recent is None:
        return _detect(sample, lambda: _head_tokens(texts, _SAMPLE_CHARS))
    found = recent.get(sample, _UNSEEN)
    if found is _UNSEEN:
        if len(recent) >= 8:
            recent.clear()
        found = recent[sample] = _detect(sample, lambda: _head_tokens(texts, _SAMPLE_CHARS))
    return found  # type: ignore[return-value]


_UNSEEN = object()


def language(doc: Doc, rules: RuleBook) -> Doc:
    """The body's language as a BCP 47 code (``metadata.language``); removes nothing."""
    if doc.meta.get("language"):
        return doc
    language = detect_lines([line.text for line in doc.lines])
    return doc.with_meta(language=language, why={"how": "scripts_and_stopwords"})
