"""The shortcuts taken for speed give the same answers as the plain way."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articleclean import Doc, decode
from articleclean.dates import _patterns
from articleclean.extract.language import (
    _SCRIPTS,
    _head_tokens,
    _latin_and_cyrillic,
    _script_counts,
    _vote,
    _vote_in_order,
    load_stopwords,
)
from articleclean.model import Line
from articleclean.rules import PatternSet, Rule, RuleBook
from articleclean.text import tokens

# -- Doc.drop -----------------------------------------------------------------------------


def ref_drop(doc: Doc, items: dict, why=None) -> tuple[tuple[Line, ...], list[tuple]]:
    """The definition: keep every line except non-blank ones named in ``items``."""
    kept, removed = [], []
    for i, line in enumerate(doc.lines):
        if i in items and line.text:
            removed.append((line.no, line.text, items[i], (why or {}).get(i)))
        else:
            kept.append(line)
    return tuple(kept), removed


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["", "a", "b c", "Share"]), max_size=12),
    st.dictionaries(st.integers(-3, 14), st.sampled_from([None, "r1", "r2"]), max_size=8),
)
def test_drop_equals_its_definition(texts, items):
    doc = Doc(tuple(Line(n, t) for n, t in enumerate(texts, start=1)), step="s")
    why = {i: {"k": i} for i in items if i % 2 == 0}
    out = doc.drop(items, why=why)
    kept, removed = ref_drop(doc, items, why)
    assert out.lines == kept
    assert [(r.line, r.text, r.rule, r.why) for r in out.removed] == removed
    assert all(r.cleaner == "s" for r in out.removed)


def test_drop_accepts_pairs_and_non_int_keys():
    doc = Doc.from_text("a\nb\nc")
    assert doc.drop([(2, "x"), (0, "y")]).text == "b"
    assert doc.drop({True: "t"}).text == "a\nc"  # True == 1, as in a dict lookup
    assert doc.drop({}) is doc


# -- PatternSet screens -------------------------------------------------------------------


def _plain_fullmatch(ps: PatternSet, text: str):
    for rule, pat in ps.patterns:
        if pat.fullmatch(text):
            return rule
    return None


LINES = [
    line
    for path in sorted((Path(__file__).parents[1] / "fixtures").glob("*/*/raw.txt"))
    for line in decode(path.read_bytes()).text.splitlines()
] + [
    "By Jane Doe and John Roe, Reuters",
    "（记者 张伟 李明）",
    "(China Daily 07/12/2016 page3)",
    "《人民日报》（2016年07月12日 04 版）",
    "A version of this article appears in print on July 12, 2016, on page A1 of the New York edition.",
    "Contact the writer at",
    "Jane Doe can be reached at",
]


@pytest.mark.parametrize("family", ["byline", "print_edition", "signoff"])
def test_screened_pattern_sets_find_what_each_pattern_finds(family):
    ps = RuleBook().patterns(family)
    assert ps._alternation(False) is not None
    for line in LINES:
        hit = ps.fullmatch(line)
        assert (hit[0] if hit else None) == _plain_fullmatch(ps, line), line


def _set(*patterns: str) -> PatternSet:
    return PatternSet(
        (Rule(f"t.re:p{i}", "t", "xx", p), regex.compile(p, regex.IGNORECASE))
        for i, p in enumerate(patterns)
    )


def test_patterns_that_depend_on_context_get_no_screen():
    assert _set(r"(\d)-\1", "b++")._alternation(False) is None  # backreference
    assert _set(r"(?-i)ABC", "b++")._alternation(False) is None  # flag for the whole pattern
    assert _set(r"(?-i:ABC)", "b++")._alternation(False) is not None  # scoped flag: fine
    ps = _set(r"(?P<d>\d)-(?P=d)", r"x(?P<d>y)")
    assert ps._alternation(False) is None and ps.fullmatch("3-3")[0].id == "t.re:p0"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1-( )Xx", max_size=12))
def test_screen_never_hides_a_match(text):
    ps = _set(r"a++b", r"\(\d++\)", r"x?+-?+1", r"(?-i:X)[ab]*+")
    assert ps._alternation(False) is not None
    hit = ps.fullmatch(text)
    assert (hit[0] if hit else None) == _plain_fullmatch(ps, text)
    found = ps.search(text)
    plain = next((r for r, p in ps.patterns if p.search(text)), None)
    assert (found[0] if found else None) == plain


# -- dates --------------------------------------------------------------------------------


def test_every_date_shape_needs_the_year_find_dates_looks_for_first():
    for name, pattern in _patterns().items():
        assert "(?P<y>(?:19|20)\\d\\d)" in pattern.pattern, name


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789/-. 年月日July,", max_size=24))
def test_texts_without_a_year_have_no_date(text):
    if not regex.search(r"(?:19|20)\d\d", text):  # what find_dates checks first
        assert not any(pattern.search(text) for pattern in _patterns().values())


# -- language vote ------------------------------------------------------------------------

_LATIN = _latin_and_cyrillic()[0]
_WORDS = sorted(
    {w for lang in ("en", "es", "pt", "it", "fr", "de", "nl", "id") for w in load_stopwords(lang)}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.sampled_from(["", "ñ", "ãé", "ß ü"]))
def test_grouped_vote_equals_the_vote_token_by_token(toks, letters):
    assert _vote(toks, _LATIN, letters) == _vote_in_order(toks, _LATIN, letters)


def _only(lang: str) -> str:
    others = [load_stopwords(x) for x in _LATIN if x != lang]
    return next(w for w in sorted(load_stopwords(lang)) if not any(w in o for o in others))


@pytest.mark.parametrize("first", ["en", "de"])
def test_exact_ties_go_to_the_language_that_scored_first(first):
    second = "de" if first == "en" else "en"
    toks = [_only(first), _only(second)] * 3
    assert _vote(toks, _LATIN) == _vote_in_order(toks, _LATIN) == first


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab é新闻 ,\u0301", max_size=9), max_size=8), st.integers(0, 40))
def test_sample_tokens_line_by_line_equal_tokens_of_the_sample(texts, limit):
    assert _head_tokens(texts, limit) == list(tokens("\n".join(texts)[:limit]))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_script_counts_equal_one_count_per_script(sample):
    expected = {name: len(p.findall(sample)) for name, p in _SCRIPTS.items()}
    assert _script_counts(sample) == Counter({k: v for k, v in expected.items() if v})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="ab@12 0\n", max_size=8), max_size=10),
    st.lists(st.sampled_from(["@", "20", "a", "b a", "19"]), min_size=1, max_size=3),
)
def test_lines_with_finds_the_lines_that_contain_a_needle(texts, needles):
    doc = Doc.from_text("\n".join(texts))
    expected = [
        (i, line) for i, line in enumerate(doc.lines) if any(n in line.text for n in needles)
    ]
    assert doc.lines_with(*needles) == expected


@pytest.mark.parametrize("needles", [("",), ("a\nb",)], ids=["empty", "line_break"])
def test_lines_with_rejects_needles_it_cannot_find_in_lines(needles):
    with pytest.raises(ValueError):
        Doc.from_text("a").lines_with(*needles)


def test_closing_punctuation_set_equals_its_class():
    from articleclean.paragraphs import _CLOSING

    pattern = regex.compile(r"[,.;:!?%)\]}”’»，。、；：！？）」』】》]")
    assert _CLOSING == {chr(c) for c in range(0x10000) if pattern.fullmatch(chr(c))}


_OPS = st.lists(
    st.one_of(
        st.tuples(st.just("drop"), st.integers(-2, 8), st.sampled_from(["r1", None])),
        st.tuples(
            st.just("cut"), st.integers(-2, 8), st.integers(-1, 6), st.integers(0, 9), st.just("c")
        ),
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["", "a b", "Share 12", " x ", "long line here"]), max_size=8), _OPS
)
def test_editing_in_place_equals_removing_one_by_one(texts, ops):
    doc = Doc(tuple(Line(n, t) for n, t in enumerate(texts, start=1)), step="s")
    edit, plain = doc.edit(), doc
    for op in ops:
        if op[0] == "drop":
            edit.drop(op[1], op[2])
            plain = plain.drop({op[1]: op[2]})
        else:
            try:
                plain = plain.cut(*op[1:])
            except IndexError:
                with pytest.raises(IndexError):
                    edit.cut(*op[1:])
                continue
            edit.cut(*op[1:])
    assert edit.done() == plain


@settings(max_examples=300, deadline=None)
@given(
    st.integers(0, 12),
    st.lists(st.tuples(st.sampled_from(["pop", "get", "set"]), st.integers(-14, 14)), max_size=20),
)
def test_gap_list_behaves_as_a_list(size, ops):
    from articleclean.model import GapList

    items, plain = GapList(range(size)), list(range(size))
    for n, (op, index) in enumerate(ops):
        if not -len(plain) <= index < len(plain):
            with pytest.raises(IndexError):
                items.pop(index) if op == "pop" else items[index]
            continue
        if op == "pop":
            assert items.pop(index) == plain.pop(index)
        elif op == "get":
            assert items[index] == plain[index]
        else:
            items[index] = plain[index] = 100 + n
        assert len(items) == len(plain) and list(items) == plain
    assert items.to_tuple() == tuple(plain)


def test_removing_lines_while_walking_back_is_linear():
    """A step removing every other line of a long page, from the end: a Python list shifts
    the kept lines after each one (quadratic); the editor's gap moves one line each time."""
    import gc
    import time

    def walk(n: int) -> float:
        doc = Doc(tuple(Line(i, "x" if i % 2 else "") for i in range(1, n + 1)), step="s")
        edit = doc.edit()
        gc.disable()  # a collection over the whole suite's heap would cost more than the walk
        try:
            began = time.process_time()
            for index in range(len(edit.lines) - 1, -1, -1):
                edit.drop(index, "r")
            edit.done()
            return time.process_time() - began
        finally:
            gc.enable()

    walk(1000)
    small, large = min(walk(40_000) for _ in range(3)), min(walk(400_000) for _ in range(2))
    assert large < 25 * small, (small, large)  # linear: about 10x; a list shifts: about 100x


# -- the page-wide answers the vocabulary and credit steps share ---------------------------

_FIXTURE_RAWS = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("*/*/raw.txt"))


def _fixture_doc(path: Path) -> Doc:
    return Doc.from_text(decode(path.read_bytes()).text)


@pytest.mark.parametrize(
    "path", _FIXTURE_RAWS, ids=lambda p: f"{p.parent.parent.name}-{p.parent.name}"
)
def test_all_families_at_once_equal_each_family_alone(path):
    from articleclean.cleaners._vocab import _line_family_hits, family_hits
    from articleclean.line_index import line_index
    from articleclean.rules import LINE_FAMILIES

    book = RuleBook()
    doc = _fixture_doc(path)
    at_once = _line_family_hits(doc.lines, line_index(book))
    for family in LINE_FAMILIES:
        assert at_once.get(family, []) == family_hits(doc, book, family), family


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_all_families_at_once_equal_each_family_alone_on_made_up_pages(data):
    from articleclean.cleaners._vocab import _line_family_hits, family_hits
    from articleclean.line_index import line_index
    from articleclean.rules import LINE_FAMILIES

    from .strategies import documents

    book = RuleBook()
    doc = Doc.from_text(data.draw(documents()))
    at_once = _line_family_hits(doc.lines, line_index(book))
    for family in LINE_FAMILIES:
        assert at_once.get(family, []) == family_hits(doc, book, family), family


def _credits_cold(doc: Doc, book: RuleBook):
    """The credits of ``doc`` with nothing remembered from another page (a run of its own)."""
    from articleclean._memo import RunMemo, running
    from articleclean.extract import credit_blocks

    with running(RunMemo()):
        return credit_blocks.find_credits(doc, book)


_CREDIT_LINES = [
    "",
    "By",
    "Jane Doe",
    "Tom Davies",
    "Associated Press",
    "Reuters",
    "Published",
    "November",
    "18, 2019",
    "12:02 PM",
    "Opinion Columnist",
    "作者：",
    "芊草凡凡",
    "ggjjzhzz",
    "发表于 2005-9-15",
    "Updated 2 hours ago",
    "Storm Closes Schools Across the County",
    "Home",
    "November 18, 2019",
    "The minister said the plan would be published next week, officials confirmed.",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_CREDIT_LINES), max_size=14), min_size=1, max_size=4))
def test_credit_windows_remembered_from_other_pages_change_no_answer(pages):
    """A window of lines that started no credit on one page starts none on another: what
    :func:`find_credits` remembers gives the answer it would work out afresh."""
    from articleclean._memo import RunMemo, running
    from articleclean.extract import credit_blocks

    book = RuleBook()
    docs = [Doc.from_text("\n".join(p)) for p in pages]
    fresh = [_credits_cold(d, book) for d in docs]
    with running(RunMemo()):  # one run: every page after every other, with what they left
        for d in docs + docs[::-1]:
            warm = credit_blocks.find_credits(Doc(tuple(list(d.lines))), book)
            assert warm == fresh[docs.index(d)]


# Pages that differ only where a credit over lines looks: the content line above it, and the
# fourth line after the next (a label over a date, each after a blank line).
_CREDIT_PAIRS = {
    "line_above": (
        ["Home", "Jane Doe", "November 18, 2019", "", "The body."],
        [
            "Storm Closes Schools Across the County",
            "Jane Doe",
            "November 18, 2019",
            "",
            "The body.",
        ],
    ),
    "far_below": (
        ["Tom Davies", "Associated Press", "", "Published", "", "The body.", "x"],
        ["Tom Davies", "Associated Press", "", "Published", "", "November 18, 2019", "The body."],
    ),
}


@pytest.mark.parametrize("pair", _CREDIT_PAIRS.values(), ids=_CREDIT_PAIRS.keys())
def test_credit_window_reaches_every_line_the_credit_reads(pair):
    from articleclean._memo import RunMemo, running
    from articleclean.extract import credit_blocks

    book = RuleBook()
    without, with_credit = (Doc.from_text("\n".join(p)) for p in pair)
    fresh = _credits_cold(with_credit, book)
    assert any(f.kind == "author" for c in fresh for f in c.fields)
    with running(RunMemo()):
        credit_blocks.find_credits(without, book)  # leaves its windows behind
        assert credit_blocks.find_credits(with_credit, book) == fresh


def _starts_over_paragraphs(doc: Doc, book: RuleBook) -> list[int]:
    """The lines from which :func:`_over_lines` finds a credit whose next content line is a
    paragraph (long prose): the lines the gate of ``_may_start`` passes over."""
    from articleclean._memo import RunMemo, running
    from articleclean.analysis import facts_table
    from articleclean.extract import credit_blocks as cb

    found = []
    with running(RunMemo()):
        facts = facts_table(book)
        for index, line in enumerate(doc.lines):
            nxt = cb._next_content(doc, index) if line.text else None
            if nxt is None or not facts(doc.lines[nxt].text).long_prose:
                continue
            if cb._over_lines(doc, index, nxt, book) is not None:
                found.append(index)
    return found


_PARAGRAPH = (
    "The minister said on Tuesday that the plan, which had been delayed twice, would be "
    "published next week after a final review, officials confirmed."
)


@pytest.mark.parametrize(
    "path", _FIXTURE_RAWS, ids=lambda p: f"{p.parent.parent.name}-{p.parent.name}"
)
def test_no_credit_goes_on_over_a_paragraph(path):
    """``_may_start`` does not read the facts of a paragraph under a short line: no credit
    over lines goes on over one."""
    assert _starts_over_paragraphs(_fixture_doc(path), RuleBook()) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_CREDIT_LINES, _PARAGRAPH, "作者：" + _PARAGRAPH]), max_size=12))
def test_no_credit_goes_on_over_a_paragraph_on_made_up_pages(lines):
    assert _starts_over_paragraphs(Doc.from_text("\n".join(lines)), RuleBook()) == []


def test_a_document_longer_than_the_memos_works_each_line_out_once(monkeypatch):
    """While a document is cleaned, the per-line memos hold all of its lines: a document with
    more distinct lines than a memo's own size does not make every step work them out again
    (its time would grow faster than its size), and the memo shrinks back afterwards."""
    from articleclean import Pipeline
    from articleclean import line_index as li
    from articleclean.line_index import line_index

    monkeypatch.setattr(li, "_MEMO", 64)
    pipe = Pipeline.default()
    index = line_index(pipe.rules)
    worked: list[str] = []
    rules = index._rules
    monkeypatch.setattr(index, "_rules", lambda text: worked.append(text) or rules(text))
    lines = [f"Item {n}: the council met on day {n} to vote, officials said." for n in range(400)]
    text = "Share\n\n" + "\n\n".join(lines) + "\n\nAll rights reserved."
    pipe.clean(text)
    counts = Counter(worked)
    assert len(counts) > 400  # every line was asked about ...
    assert max(counts.values()) == 1  # ... and worked out once, not once per step
    pipe.clean("Share\n\nA short page, with one line of prose in it that is long enough to count.")
    assert len(index._memo) <= 64  # the run's table shrank back


def test_long_one_line_documents_are_not_kept_by_the_caches(monkeypatch):
    """A corpus of pages scraped as one long line each: the caches keyed by text keep a
    bounded number of characters, not a bounded number of whole pages."""
    import gc
    import random
    import tracemalloc

    from articleclean import _memo, clean

    monkeypatch.setattr(_memo, "LONG_CHARS", 50_000)
    rng = random.Random(7)
    words = "the council said on monday that its plan would cost more than expected".split()

    def page(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(3_000)) + f" {n}"  # ~15 KB, one line

    for n in range(5):
        clean(page(n))
    gc.collect()
    tracemalloc.start()
    try:
        for n in range(5, 35):  # 30 pages, 450 KB of text that no cache may hold on to
            clean(page(n))
        gc.collect()
        grown, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert grown < 250_000, grown  # each page kept: over 450 KB


# -- credit labels --------------------------------------------------------------------------


def ref_find_labels(text: str, book: RuleBook) -> list:
    """The definition: at each token, the longest label starting there that stands apart."""
    from articleclean.extract.labels import Label, _label_fits, _label_table
    from articleclean.text import tokenize

    table = _label_table(book)[0]
    longest = max(len(k.split(" ")) for k in table)
    toks = tokenize(text)
    out, i = [], 0
    while i < len(toks):
        for n in range(min(longest, len(toks) - i), 0, -1):
            hit = table.get(" ".join(t.norm for t in toks[i : i + n]))
            if hit is not None and _label_fits(text, toks[i].start, toks[i + n - 1].end, hit[0]):
                out.append(Label(toks[i].start, toks[i + n - 1].end, *hit))
                i += n
                break
        else:
            i += 1
    return out


_LABEL_WORDS = [
    "By",
    "by",
    "Updated",
    "on",
    "作者",
    "来源",
    "：",
    ":",
    "责任编辑",
    "記者",
    "王芳",
    "Jane",
    "Doe",
    "Posted",
    "the",
    "|",
    "(",
    ")",
    "2016-07-12",
    "Editor",
    "é",
    "ü",
]


@pytest.mark.parametrize(
    "path", _FIXTURE_RAWS, ids=lambda p: f"{p.parent.parent.name}-{p.parent.name}"
)
def test_labels_found_from_cached_tokens_equal_the_definition(path):
    from articleclean.extract.labels import find_labels

    book = RuleBook()
    for line in _fixture_doc(path).lines:
        assert find_labels(line.text, book, []) == ref_find_labels(line.text, book), line.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_WORDS), max_size=14), st.sampled_from([" ", "", "  "]))
def test_labels_found_from_cached_tokens_equal_the_definition_on_made_up_lines(words, sep):
    from articleclean.extract.labels import find_labels

    book = RuleBook()
    text = sep.join(words)
    assert find_labels(text, book, []) == ref_find_labels(text, book)
    # spans outside the text take the other path, which must agree as well
    far = [(len(text) + 5, len(text) + 9)]
    assert find_labels(text, book, far) == ref_find_labels(text, book)


def test_rule_book_pickles_by_its_fields():
    import pickle

    book = RuleBook(("en", "zh"))
    back = pickle.loads(pickle.dumps(book))
    assert back == book and hash(back) == hash(book)
    # the rules are the process-wide ones; each book binds them to its own run's memo
    assert back.lexicon("share")._by_key is book.lexicon("share")._by_key
    assert back.lexicon("share") is not book.lexicon("share") and back.memo is not book.memo
    assert RuleBook(("en",)) != book and RuleBook() == RuleBook()


# -- paragraph grouping ---------------------------------------------------------------------


def ref_group(lines: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """The definition: a running word count for every paragraph, every seam looked up."""
    from itertools import pairwise

    from articleclean import paragraphs as P

    width = P.wrap_width(lines)
    items = [i for i, t in enumerate(lines) if t]
    if not items:
        return ()
    seam = [None] + [P.join_reason(lines[a], lines[b], width) for a, b in pairwise(items)]
    blank = [False] + [b - a > 1 for a, b in pairwise(items)]
    P._link_seams(lines, items, seam, blank)
    groups, words = [[items[0]]], P._words(lines[items[0]])
    for k in range(1, len(items)):
        joined = seam[k] is not None
        if blank[k]:
            joined = seam[k] == "fragment" and items[k] - items[k - 1] == 2
        elif not joined and words >= P._RUNON_WORDS:
            prev = lines[items[k - 1]]
            joined = prev[-1].islower() and not P._IS_CJK_EDGE[prev[-1]]
        words = words + P._words(lines[items[k]]) if joined else P._words(lines[items[k]])
        if joined:
            groups[-1].append(items[k])
        else:
            groups.append([items[k]])
    # a menu: the lines of every maximal run (blank lines aside) of six or more short items
    menu: set[int] = set()
    run: list[int] = []
    for i in [*items, None]:
        if i is not None and P._short_item(lines[i]):
            run.append(i)
            continue
        if len(run) >= P._MENU_LINES:
            menu.update(run)
        run = []
    out = []
    for g in groups:
        if len(g) > 1 and all(i in menu for i in g):
            out += [(i,) for i in g]
        else:
            out += [tuple(part) for part in P._stable_parts(g, lines)]
    return tuple(out)


_PARAGRAPH_LINES = [
    "",
    "Home",
    "the council voted on the plan and the mayor said that the city would pay for it soon",
    "and the residents who came to the meeting on a cold night said they were not told",
    "par l'asbl",
    "Pool is Cool, qui milite",
    "He said.",
    "tweeted before Election Day.",
    "记者5日从",
    "杭州",
    "市有关部门获悉，试点已开始。",
    "of the",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PARAGRAPH_LINES), max_size=16))
def test_grouping_equals_the_definition(lines):
    from articleclean.paragraphs import _group

    assert _group(tuple(lines)) == ref_group(tuple(lines))


@pytest.mark.parametrize(
    "path", _FIXTURE_RAWS, ids=lambda p: f"{p.parent.parent.name}-{p.parent.name}"
)
def test_grouping_fixture_pages_equals_the_definition(path):
    from articleclean.paragraphs import _group

    texts = tuple(line.text for line in _fixture_doc(path).lines)
    assert _group(texts) == ref_group(texts)


def test_a_line_longer_than_the_long_memo_is_worked_out_once_per_document():
    """A page scraped as one line longer than LONG_CHARS: while it is cleaned the long-text
    memos have room for it, so each function works it out once, not once per question."""
    from articleclean._memo import RunMemo, running, text_cache

    calls = []

    @text_cache(8, max_chars=4, long_chars=10)
    def size(text):
        calls.append(text)
        return len(text)

    line = "x" * 50
    memo = RunMemo()
    with running(memo):
        assert size(line) == size(line) == 50 and len(calls) == 2  # no room: worked out again
        calls.clear()
        with memo.sized_for(1, len(line)):
            assert size(line) == size(line) == 50 and len(calls) == 1
        size("y" * 20)  # after the document: back to its own size, the next one empties it
        with memo.sized_for(1, 5):
            size(line)
    assert calls == [line, "y" * 20, line]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Word", "新", "闻", "12", " ", "—", "ñ", "①", "\u0301", "_", "Ａ", "ß"])
    ),
    st.integers(0, 40),
    st.integers(0, 3),
)
def test_counted_and_first_tokens_equal_the_tokens_up_to_the_limit(pieces, limit, repeat):
    from articleclean.text import count_tokens, first_tokens

    text = "".join(pieces) * (1 + repeat * 60)  # long enough, at times, to skip the cache
    assert count_tokens(text, limit) == min(len(tokens(text)), limit)
    assert first_tokens(text, limit) == tokens(text)[:limit]
