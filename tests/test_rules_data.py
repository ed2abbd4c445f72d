"""Every data file loads, has no empty or duplicate entries, and its patterns compile."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from articleclean.errors import RuleError
from articleclean.rules import DATA_DIR, read_patterns, read_phrases

# Files with formats of their own (tables read by the module named beside them).
TABLES = {
    "stopwords.txt": "extract/language.py",
    "letters.txt": "extract/language.py",
    "months.txt": "dates.py",
    "weekdays.txt": "dates.py",
    "timezones.txt": "dates.py",
    "date_words.txt": "dates.py",
    "name_words.txt": "extract/names.py",
    "credit_words.txt": "extract/credits.py",
    "title_words.txt": "extract/title.py",
    "byline_words.txt": "extract/byline.py",
    "dateline_words.txt": "extract/dateline.py",
    "paragraph_words.txt": "paragraphs.py",
    "feature_words.txt": "classify/features.py",
    "date_conventions.txt": "extract/print_edition.py",
    "alphabets.txt": "_plausible.py",
}
PHRASES = sorted(p for p in DATA_DIR.glob("*/*.txt") if p.name not in TABLES)
PATTERNS = sorted(DATA_DIR.glob("*/*.re"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("path", PHRASES, ids=_id)
def test_phrase_list_loads_without_empty_or_duplicate_entries(path):
    entries = read_phrases(path, _id(path), path.stem, path.parent.name)
    assert entries, "an empty word list is a mistake"


@pytest.mark.parametrize("path", PATTERNS, ids=_id)
def test_pattern_file_compiles(path):
    patterns = read_patterns(path, _id(path), path.stem, path.parent.name)
    assert patterns


@pytest.mark.parametrize("path", PATTERNS, ids=_id)
def test_a_lazily_read_pattern_is_the_compiled_one(path):
    """Bundled patterns compile at first use: until then the screen reads their source and
    flags, which must be the compiled pattern's (a flag for the whole pattern, "(?-i)",
    changes them: such a pattern is compiled at once)."""
    eager = read_patterns(path, _id(path), path.stem, path.parent.name)
    lazy = read_patterns(path, _id(path), path.stem, path.parent.name, lazy=True)
    for (rule, compiled), (lazy_rule, pattern) in zip(eager, lazy, strict=True):
        assert rule == lazy_rule
        assert (pattern.pattern, pattern.flags) == (compiled.pattern, compiled.flags), rule.id
        assert pattern.groupindex == compiled.groupindex, rule.id  # (compiles it)
        assert pattern.fullmatch is not None and pattern.search is not None


def test_a_pattern_with_a_flag_for_all_of_it_is_compiled_when_read(tmp_path):
    (tmp_path / "t.re").write_text("cased: (?-i)ABC\nscoped: (?-i:ABC)d\n", encoding="utf-8")
    (_, cased), (_, scoped) = read_patterns(tmp_path / "t.re", "x/t.re", "t", "x", lazy=True)
    assert isinstance(cased, regex.Pattern) and not isinstance(scoped, regex.Pattern)
    assert cased.fullmatch("abc") is None and cased.fullmatch("ABC")
    assert scoped.fullmatch("ABCD") and scoped.fullmatch("abcd") is None


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*/*.txt")), ids=_id)
def test_table_files_have_no_duplicate_lines(path):
    lines = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(lines) == len(set(lines))


def test_no_month_name_is_two_months():
    """Month names of every language make one table (a date is read before its page's
    language is known), so a name two languages give to different months would silently
    date one language's pages wrong: Croatian "listopad" is October, Czech and Polish
    "listopad" November. Such a name is left to one language (and its file says so)."""
    from articleclean.dates import _fold, _read_table

    months: dict[str, set[tuple[int, str]]] = {}
    for path in sorted(DATA_DIR.glob("*/months.txt")):
        for number, *names in _read_table(path):
            for name in names:
                months.setdefault(_fold(name), set()).add((int(number), path.parent.name))
    clashes = {n: sorted(s) for n, s in months.items() if len({m for m, _ in s}) > 1}
    assert not clashes


def test_duplicate_phrase_is_an_error_naming_file_and_line(tmp_path):
    bad = tmp_path / "share.txt"
    bad.write_text("Share\n# comment\nSHARE!\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"x/share.txt:3: 'SHARE!' repeats line 1"):
        read_phrases(bad, "x/share.txt", "share", "x")


def test_bad_pattern_is_an_error_naming_file_and_line(tmp_path):
    bad = tmp_path / "counters.re"
    bad.write_text("ok: \\d+\nbroken: (unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"x/counters.re:2: pattern 'broken'"):
        read_patterns(bad, "x/counters.re", "counters", "x")


def test_extra_rule_dir_extends_a_family(tmp_path):
    from articleclean import Pipeline

    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "share.txt").write_text("Spread the word\n", encoding="utf-8")
    text = "Spread the word\nThe body of the story, which is long enough to be prose."
    plain = Pipeline.default().without("boilerplate")
    assert plain.clean(text).paragraphs[0] == "Spread the word"
    article = Pipeline.default(extra_rule_dirs=[str(tmp_path)]).without("boilerplate").clean(text)
    assert article.body == "The body of the story, which is long enough to be prose."
    assert article.removed[0].rule == f"{tmp_path.name}/en/share.txt:1"


DATE_ROLES = {"ymd", "time_before", "hour_word", "hour_mark", "minute_mark", "second_mark"}
DATE_ROLES |= {"am", "pm", "am_after", "pm_after", "ordinal", "month_of", "year_of", "zone"}
DATE_ROLES |= {"year_after"}


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*/date_words.txt")), ids=_id)
def test_date_words_name_known_roles(path):
    """Each row of a date_words.txt is ``<role> <word>``, with a role dates.py reads (a row
    with an unknown role would be silently ignored)."""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            role, *words = line.split()
            assert role in DATE_ROLES and words, line
            if role == "ymd":
                assert len(words) >= 3, line  # year, month and at least one day mark


# The roles each ``<module>_words.txt`` may name: the ones its module reads.
WORD_ROLES = {
    "name_words.txt": {"and", "and_cased", "han_and", "particle", "the", "in_place"}
    | {"of_outlet", "outlet_end", "reported", "reported_from", "and_names"},
    "credit_words.txt": {"connector", "title_lower", "zone", "particle", "newsroom"},
    "title_words.txt": {"caption_position", "reply"},
    "byline_words.txt": {"filed"},
    "dateline_words.txt": {"own_paper"},
    "paragraph_words.txt": {"non_initial", "particle"},
    "feature_words.txt": {"ending"},
    "count_words.txt": {"suffix"},
}
# Roles read one character at a time (a longer word would never be found).
ONE_CHARACTER = {("paragraph_words.txt", "non_initial"), ("feature_words.txt", "ending")}
WORD_FILES = sorted(p for name in WORD_ROLES for p in DATA_DIR.glob(f"*/{name}"))


@pytest.mark.parametrize("path", WORD_FILES, ids=_id)
def test_module_words_name_known_roles(path):
    """Each row of a name_words.txt, credit_words.txt, ... is ``<role> <word>``, with a role
    its module reads (a row with an unknown role would be silently ignored)."""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            role, *words = line.split()
            assert role in WORD_ROLES[path.name] and words, line
            if (path.name, role) in ONE_CHARACTER:
                assert len(words) == 1 and len(words[0]) == 1, line


@pytest.mark.parametrize("name", sorted(WORD_ROLES))
def test_module_words_cover_every_role(name):
    """Every role a module reads has words in some language (an empty one would leave an
    empty alternation in a pattern)."""
    from articleclean.rules import load_words

    assert set(load_words(name)) == WORD_ROLES[name]
