from __future__ import annotations

import pytest

import articleclean
from articleclean import Doc, Pipeline, PipelineError, list_cleaners
from articleclean.pipeline import DEFAULT_STEPS

from .conftest import SEED


def test_default_names_every_builtin_step_once():
    names = Pipeline.default().names
    assert names == [s.name for s in DEFAULT_STEPS]
    assert len(set(names)) == len(names)


def test_list_cleaners_has_one_line_docs():
    rows = list_cleaners()
    assert [r[0] for r in rows] == Pipeline.default().names
    for name, kind, summary in rows:
        assert kind in {"analysis", "cleaner", "extractor", "classifier"}
        assert summary and "\n" not in summary, name


def test_only_keeps_pipeline_order():
    pipe = Pipeline.default().only("title", "share_buttons")
    assert pipe.names == ["analysis", "share_buttons", "credits", "title"]


def test_unknown_names_list_the_valid_ones():
    with pytest.raises(PipelineError, match="share_buttons"):
        Pipeline.default().without("no_such_cleaner")


def test_insert_user_step_before_and_after():
    def shout(doc: Doc) -> Doc:
        return doc.drop_lines(lambda line: "caps" if line.text.isupper() else None)

    pipe = Pipeline.default().insert(shout, before="title")
    assert pipe.names.index("shout") == pipe.names.index("title") - 1
    article = pipe.clean("DON T PANIC\nThe body of the story, long enough to read as prose.")
    assert article.body == "The body of the story, long enough to read as prose."
    assert [(r.cleaner, r.rule) for r in article.removed] == [("shout", "caps")]
    assert Pipeline.default().insert(shout).names[-1] == "shout"
    with pytest.raises(PipelineError):
        Pipeline.default().insert(shout, before="title", after="title")


def test_pipelines_are_immutable():
    pipe = Pipeline.default()
    pipe.without("title")
    assert "title" in pipe.names


def test_configure_checks_option_names():
    pipe = Pipeline.default().configure("title", max_tokens=3)
    assert pipe.clean(SEED.read_bytes()).metadata.title is None
    with pytest.raises(PipelineError, match="max_tokens"):
        Pipeline.default().configure("title", nonsense=1)


def test_a_failing_user_step_becomes_a_warning_not_an_exception():
    def broken(doc: Doc) -> Doc:
        raise RuntimeError("boom")

    article = Pipeline.default().insert(broken).clean("Some text.")
    assert article.body == "Some text."
    assert any("broken" in w and "boom" in w for w in article.warnings)
    with pytest.raises(RuntimeError):
        Pipeline.default(strict=True).insert(broken).clean("Some text.")


def test_clean_rejects_other_types():
    with pytest.raises(TypeError):
        articleclean.clean(123)  # type: ignore[arg-type]


def test_public_api_is_explicit():
    for name in articleclean.__all__:
        assert hasattr(articleclean, name), name
