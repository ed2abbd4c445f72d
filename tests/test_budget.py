"""The per-document time budget: a step that hangs costs a warning, never the run."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from articleclean import Doc, Pipeline, PipelineError

PAGE = (
    "Share\n"
    "Tweet\n"
    "The minister said the plan would be published next week, officials confirmed on Monday.\n"
    "Heavy rain is expected along the coast tonight, the weather service said on Tuesday.\n"
    "12 comments"
)
PROSE = PAGE.splitlines()[2]


@pytest.fixture(autouse=True, scope="module")
def _warm():
    """Load the rule files first: a cold start must not eat the small budgets used here."""
    Pipeline.default().clean(PAGE)


def _sleeps(doc: Doc) -> Doc:
    time.sleep(30)
    return doc


def _spins(doc: Doc) -> Doc:
    while True:
        try:
            sum(range(1000))
        except Exception:  # a step that swallows every Exception cannot swallow the budget
            pass


def _budget_warnings(article) -> list[str]:
    return [w for w in article.warnings if w.startswith("budget:")]


@pytest.mark.parametrize("step", [_sleeps, _spins], ids=["sleeps", "loops"])
def test_a_hanging_step_is_stopped_and_the_result_is_conservative(step):
    pipe = Pipeline.default(budget_seconds=1.5).insert(step, before="trailing_counters")
    started = time.monotonic()
    article = pipe.clean(PAGE)
    assert time.monotonic() - started < 5
    [warning] = _budget_warnings(article)
    assert f"skipped {step.__name__}, trailing_counters" in warning
    assert "language" not in warning  # cheap steps still run
    assert article.metadata.language == "en"
    # what ran before the step stands; what the skipped steps would remove stays
    assert "Share" not in article.body and PROSE in article.body
    assert article.body.endswith("12 comments")


def test_steps_left_after_the_budget_are_skipped_between_steps():
    def slow(doc: Doc) -> Doc:
        time.sleep(1.0)
        return doc

    pipe = Pipeline.default(budget_seconds=0.5).insert(slow, after="share_buttons")
    result = {}
    # outside the main thread there is no alarm: the step finishes, the rest are skipped
    worker = threading.Thread(target=lambda: result.setdefault("a", pipe.clean(PAGE)))
    worker.start()
    worker.join(10)
    article = result["a"]
    [warning] = _budget_warnings(article)
    assert "skipped print_mail_widgets," in warning and "slow" not in warning
    assert article.body.startswith(PROSE)  # share_buttons ran, before the budget was spent


@pytest.mark.parametrize("thread", [False, True], ids=["main_thread_alarm", "thread_regex_timeout"])
def test_a_backtracking_user_pattern_is_stopped(tmp_path, thread):
    """A catastrophic pattern in a user's rule directory: the alarm (main thread) or the
    ``regex`` timeout (any thread) stops the match. (``(?:a|a)*$`` backtracks even in the
    ``regex`` module, whose guards defuse the textbook ``(?:a|aa)*c``.)"""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "ads.re").write_text("boom: (?:a|a)*$\n", encoding="utf-8")
    text = "a" * 60 + "!\n" + PROSE
    pipe = Pipeline.default(extra_rule_dirs=[str(tmp_path)], budget_seconds=1.0)
    pipe.clean(PROSE)  # load the rule books first: only the match may spend the budget
    result = {}
    started = time.monotonic()
    if thread:
        worker = threading.Thread(target=lambda: result.setdefault("a", pipe.clean(text)))
        worker.start()
        worker.join(30)
    else:
        result["a"] = pipe.clean(text)
    assert time.monotonic() - started < 10
    article = result["a"]
    [warning] = _budget_warnings(article)
    # the step that met the pattern first (the shared line index may meet it early) and
    # every later one are skipped
    assert "ad_labels" in warning.split("skipped", 1)[1]
    assert PROSE in article.body


def test_without_a_budget_no_alarm_is_set():
    def look(doc: Doc) -> Doc:
        seen.append((signal.getsignal(signal.SIGALRM), signal.getitimer(signal.ITIMER_REAL)[0]))
        return doc

    seen: list = []
    Pipeline.default().insert(look).clean(PAGE)
    assert seen and all(handler == signal.SIG_DFL and delay == 0 for handler, delay in seen)


def test_the_alarm_is_cleared_and_the_handler_restored_after_a_clean():
    before = signal.getsignal(signal.SIGALRM)
    article = Pipeline.default(budget_seconds=30).clean(PAGE)
    assert not _budget_warnings(article)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_an_application_alarm_handler_is_left_alone():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(1))
    try:
        article = Pipeline.default(budget_seconds=30).clean(PAGE)
        assert not _budget_warnings(article)
        assert signal.getsignal(signal.SIGALRM) is not previous  # still the application's
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert not fired


@pytest.mark.parametrize("bad", [0, -1, float("nan")], ids=["zero", "negative", "nan"])
def test_a_budget_must_be_positive(bad):
    with pytest.raises(PipelineError, match="budget_seconds"):
        Pipeline.default(budget_seconds=bad)


def test_the_budget_survives_building_a_pipeline():
    pipe = Pipeline.default(budget_seconds=3).without("boilerplate").configure("title")
    assert pipe.budget_seconds == 3


@pytest.mark.parametrize("when", ["while_disarming", "in_the_body"])
def test_an_alarm_at_any_moment_leaves_no_deadline_behind(monkeypatch, when):
    """Found by CI: the alarm went off after a step ended and before the budget was taken
    down; its OverBudget skipped resetting the deadline, and every later pattern match in
    the process timed out at once."""
    from articleclean import budget as budget_module

    def alarm_now(*_args):
        raise budget_module.OverBudget

    if when == "while_disarming":
        monkeypatch.setattr(budget_module, "_disarm", alarm_now)
        monkeypatch.setattr(budget_module, "_arm", lambda b: True)
    with pytest.raises(budget_module.OverBudget):
        with budget_module.Budget(60).watch():
            assert budget_module.regex_timeout() is not None
            if when == "in_the_body":
                alarm_now()
    assert budget_module.regex_timeout() is None


# -- the budget is a deadline (issue 18) -------------------------------------------------------
# A 38 MB file ran 68 s against 60: decoding and normalising were not counted, settling
# assembled the body although the budget was spent, and building the body came after.


def _page_of(megabytes: float) -> str:
    from .conftest import ROOT

    parts = [p.read_text("utf-8", "replace") for p in sorted(ROOT.glob("fixtures/*/*/raw.txt"))]
    text = "\n\n".join(parts)
    return text * max(1, int(megabytes * 1e6 / len(text.encode("utf-8"))))


@pytest.mark.parametrize("step", [_sleeps, _spins], ids=["sleeps", "loops"])
def test_a_budget_holds_within_a_tenth_on_a_large_document(step):
    # large enough that what the old code did not count (reading it, settling's look at it,
    # building the body) took more than a tenth of the budget; small enough that reading it
    # takes well under half the budget on a busy machine (else no budget can be held)
    text = _page_of(0.5)
    pipe = Pipeline.default(budget_seconds=1.0).insert(step, after="markup_residue")
    times = []
    for _ in range(3):  # best of three: a shared machine's bursts of load are not overshoot
        started = time.monotonic()
        article = pipe.clean(text)
        times.append(time.monotonic() - started)
        assert _budget_warnings(article)
        if times[-1] <= 1.0 * 1.1:
            break
    assert min(times) <= 1.0 * 1.1, times


def test_reading_the_input_counts_against_the_budget():
    """When reading a document takes most of the budget, the steps are skipped at once (the
    time kept for building the body is not theirs) and the result still comes about in time."""
    import gc

    text = _page_of(2)
    overshoots = []
    for attempt in range(5):  # best of five: a shared machine's bursts of load are not overshoot
        if attempt:
            time.sleep(0.5)  # let a burst of another process's load pass
        # The suite's earlier tests leave a large heap: a full collection of it in the timed
        # run would be their cost, not the pipeline's. Its own garbage is still collected.
        gc.collect()
        gc.freeze()
        try:
            started = time.monotonic()
            Doc.from_text(text)
            reading = time.monotonic() - started
            budget = max(reading * 1.2, 0.05)
            pipe = Pipeline.default(budget_seconds=budget)
            pipe.warm_up()  # (not the document's time, as in clean())
            started = time.monotonic()
            article = pipe.clean(text)
            elapsed = time.monotonic() - started
        finally:
            gc.unfreeze()
        [warning] = _budget_warnings(article)
        # beyond the budget only building the body, which costs about a reading
        overshoots.append((elapsed - budget * 1.1 - reading, warning))
        if overshoots[-1][0] <= 0:
            break
    overshoot, warning = min(overshoots, key=lambda o: o[0])
    assert overshoot <= 0, overshoots
    assert "skipped analysis, script_residue," in warning  # not a single step had time


def test_a_long_loop_of_a_users_step_can_check_the_budget_in_a_thread():
    from articleclean.budget import check

    def loops_politely(doc: Doc) -> Doc:
        while True:
            check()

    pipe = Pipeline.default(budget_seconds=0.5).insert(loops_politely, after="share_buttons")
    # loading the rules is not the document's time (clean() would do it on this clock: the
    # first test of a process to clean a page would pay for every pattern it compiles)
    pipe.warm_up()
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("a", pipe.clean(PAGE)))
    started = time.monotonic()
    worker.start()
    worker.join(10)
    assert time.monotonic() - started < 0.5 * 1.1 + 0.2
    [warning] = _budget_warnings(result["a"])
    assert "skipped loops_politely," in warning


def test_loading_the_rules_is_not_the_first_documents_time(monkeypatch):
    """A new pipeline loads its word lists and patterns as its steps first ask for them; with
    a budget, they are loaded before the first document's clock starts, so a slow load (a
    cold disk, a busy machine) does not make the first document partial."""
    import articleclean.rules as rules_module

    real = rules_module.load_lexicon

    def slow_load(*args, **kwargs):
        time.sleep(0.1)
        return real(*args, **kwargs)

    monkeypatch.setattr(rules_module, "load_lexicon", slow_load)
    pipe = Pipeline.default(budget_seconds=1.0)  # a new rule book: every family loads again
    article = pipe.clean(PAGE)
    assert not article.partial, article.warnings
    assert article.body == PROSE + "\n\n" + PAGE.splitlines()[3]
