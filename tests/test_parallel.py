"""clean_many and the engine under it: input order, bounded memory, errors, workers."""

from __future__ import annotations

import itertools
import multiprocessing

import pytest

import articleclean
from articleclean import DecodeError, Pipeline, PipelineError, clean_many
from articleclean.parallel import ordered_map, resolve_jobs

from .cli_helpers import story

DOCS = [f"Share\n\n{story(i)}" for i in range(50)]


def test_clean_many_is_public():
    assert "clean_many" in articleclean.__all__ and articleclean.clean_many is clean_many


@pytest.mark.parametrize("jobs", [1, 2], ids=["j1", "j2"])
def test_results_come_in_input_order_and_equal_clean(jobs):
    items = [d.encode("utf-16") if i % 3 == 0 else d for i, d in enumerate(DOCS)]
    got = list(clean_many(items, jobs=jobs))
    assert got == [articleclean.clean(x) for x in items]
    assert [a.body for a in got] == [story(i) for i in range(50)]
    assert got[0].metadata.encoding == "utf-16-le" and got[1].metadata.encoding is None


@pytest.mark.parametrize("jobs", [1, 2], ids=["j1", "j2"])
def test_input_is_read_lazily_with_a_bounded_window(jobs):
    pulled = itertools.count()
    consumed = 0

    def endless():
        while True:
            i = next(pulled)
            yield f"Tweet\n\n{story(i)}"

    for consumed, article in enumerate(clean_many(endless(), jobs=jobs), start=1):
        assert article.body.startswith("Story number ")
        if consumed == 100:
            break
    in_flight = next(pulled) - consumed
    # at most `window` chunks of 16 documents beyond what was consumed
    assert in_flight <= 3 * jobs * 16 + 16
    assert multiprocessing.active_children() == []  # leaving early stopped the workers


@pytest.mark.parametrize("jobs", [1, 2], ids=["j1", "j2"])
def test_undecodable_bytes_raise_or_are_yielded(jobs):
    items = [*DOCS[:20], b"\x89PNG\r\n\x1a\n\x00\x00", *DOCS[20:40]]
    got = list(clean_many(items, jobs=jobs, errors="yield"))
    assert isinstance(got[20], DecodeError) and "binary" in str(got[20])
    assert [a.body for a in got[21:23]] == [story(20), story(21)]
    seen = []
    with pytest.raises(DecodeError):
        for article in clean_many(items, jobs=jobs):
            seen.append(article)
    assert len(seen) == 20  # everything before the bad item came out first
    assert multiprocessing.active_children() == []


def test_options_are_checked():
    with pytest.raises(ValueError, match="errors must be"):
        list(clean_many(DOCS, errors="ignore"))
    with pytest.raises(ValueError, match="jobs must be"):
        list(clean_many(DOCS, jobs=-2))
    with pytest.raises(TypeError, match="str or bytes"):
        list(clean_many([3]))


def test_a_pipeline_with_a_lambda_step_runs_in_process_but_cannot_go_to_workers():
    pipe = Pipeline.default().insert(lambda doc: doc, name="noop")
    bodies = [a.body for a in clean_many(DOCS[:3], pipeline=pipe)]
    assert bodies == [story(0), story(1), story(2)]
    with pytest.raises(PipelineError, match="module-level functions"):
        list(clean_many(DOCS, pipeline=pipe, jobs=2))


def _no_ads(doc):
    return doc.drop_lines(lambda line: "ad" if line.text == "ADVERTISEMENT" else None)


def test_own_module_level_steps_go_to_workers():
    pipe = Pipeline.default().insert(_no_ads, after="share_buttons")
    docs = [f"ADVERTISEMENT\n\n{story(i)}" for i in range(40)]
    assert [a.body for a in clean_many(docs, pipeline=pipe, jobs=2)] == [
        story(i) for i in range(40)
    ]


def _square(context, x):
    if x == 13:
        raise ValueError("unlucky")
    return context * x * x


@pytest.mark.parametrize("jobs", [1, 2], ids=["j1", "j2"])
@pytest.mark.parametrize("chunk_items", [1, 5, 64], ids=["chunk1", "chunk5", "chunk64"])
def test_ordered_map_keeps_order_and_hands_back_errors(jobs, chunk_items):
    got = list(ordered_map(_square, range(40), context=2, jobs=jobs, chunk_items=chunk_items))
    assert [v for ok, v in got if ok] == [2 * x * x for x in range(40) if x != 13]
    ok, exc = got[13]
    assert not ok and isinstance(exc, ValueError)


def test_resolve_jobs():
    assert resolve_jobs(None) == resolve_jobs(0) >= 1
    assert resolve_jobs(4) == 4


def test_warm_up_runs_once_here_before_workers_are_forked(monkeypatch):
    import threading

    # as in the command: no other thread (under pytest-timeout, its timer thread is one)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    calls = []
    got = list(ordered_map(_square, range(40), context=2, jobs=2, chunk_items=4, warm=calls.append))
    assert len(got) == 40
    assert calls == ([2] if multiprocessing.get_start_method() == "fork" else [])
    calls.clear()
    list(ordered_map(_square, range(3), context=2, jobs=2, warm=calls.append))
    assert calls == []  # one chunk: cleaned here, no workers, nothing to warm


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers are not forked here"
)
def test_workers_are_not_forked_while_another_thread_runs():
    """A thread that holds a lock when the process forks leaves it held in the worker: with
    another thread alive, the workers come from a fork server, and nothing is warmed here."""
    import threading

    from articleclean.parallel import worker_context

    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert worker_context().get_start_method() == "forkserver"
        calls = []
        got = list(
            ordered_map(_square, range(40), context=2, jobs=2, chunk_items=4, warm=calls.append)
        )
    finally:
        stop.set()
        other.join()
    assert [v for ok, v in got if ok] == [2 * x * x for x in range(40) if x != 13]
    assert calls == []
