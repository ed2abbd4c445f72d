"""Per-stage timings: opt-in, complete, cumulative, and without effect on the result."""

from __future__ import annotations

from articleclean import Pipeline

from .conftest import SEED


def test_timings_name_every_stage_and_add_up_over_documents():
    pipe = Pipeline.default()
    raw = SEED.read_bytes()
    timings: dict[str, float] = {}
    first = pipe.clean(raw, timings=timings)
    assert set(timings) == {"decode", "normalize", "ftfy", "settle", "paragraphs", *pipe.names}
    assert all(seconds >= 0 for seconds in timings.values())
    once = dict(timings)
    pipe.clean(raw, timings=timings)
    assert all(timings[k] >= once[k] for k in once)
    assert sum(timings.values()) > sum(once.values())
    assert first == pipe.clean(raw)  # timing changes nothing


def test_a_failing_step_is_still_timed():
    def broken(doc):
        raise RuntimeError("boom")

    timings: dict[str, float] = {}
    article = Pipeline.default().insert(broken).clean("Some text.", timings=timings)
    assert "broken" in timings and article.warnings
