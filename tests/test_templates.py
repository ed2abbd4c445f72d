"""Folder-level learning of a site's template lines."""

from __future__ import annotations

import pytest

from articleclean import Pipeline
from articleclean.templates import TemplateLearner

ARTICLES = [
    "The council approved the budget on Tuesday after a long debate, officials said.",
    "A storm is expected to reach the coast tonight, forecasters warned on Monday.",
    "The local team won the championship in overtime, ending a twenty-year drought.",
    "Researchers said the new bridge design would cut traffic by a third, in a report.",
]


def page(body: str) -> str:
    return "\n".join(
        [
            "Daily Planet",
            "Weather Desk Tips Jobs",
            body,
            "Metro Extra Bulletin",
            "Built by the Planet web team",
        ]
    )


def test_learns_lines_repeated_across_pages_not_articles():
    learner = TemplateLearner(min_docs=3, min_share=0.5).add_all(page(a) for a in ARTICLES)
    t = learner.templates()
    assert "Weather Desk Tips Jobs" in t and "Built by the Planet web team" in t
    assert not any(a in t for a in ARTICLES)
    assert t.documents == 4


def test_min_share_and_min_docs():
    texts = [page(a) for a in ARTICLES[:2]] + ARTICLES[2:]
    assert "Daily Planet" not in TemplateLearner(min_docs=3).add_all(texts).templates()
    assert "Daily Planet" in TemplateLearner(min_docs=2, min_share=0.5).add_all(texts).templates()


def test_memory_stays_bounded():
    learner = TemplateLearner(min_docs=2, max_entries=50)
    for i in range(500):
        learner.add(f"Unique line {i}\nShared footer line")
    assert len(learner._counts) <= 51
    assert "Shared footer line" in learner.templates()


def test_pipeline_with_templates_removes_them_and_says_why():
    t = TemplateLearner(min_docs=3).add_all(page(a) for a in ARTICLES).templates()
    assert Pipeline.default().with_templates(t).names[-3:] == [
        "boilerplate",
        "site_template",
        "language",
    ]
    pipe = Pipeline.default().without("boilerplate").with_templates(t)
    assert pipe.names.index("site_template") > pipe.names.index("photo_captions")
    article = pipe.clean(page(ARTICLES[0]))
    assert article.body == ARTICLES[0]
    assert {r.cleaner for r in article.removed} == {"site_template"}
    assert all(r.rule == "repeated_across_site" for r in article.removed)


def test_cli_learn_templates(tmp_path, capsys):
    from articleclean.cli import main

    src = tmp_path / "site"
    src.mkdir()
    for i, body in enumerate(ARTICLES):
        (src / f"{i}.txt").write_text(page(body), encoding="utf-8")
    out = tmp_path / "out"
    assert (
        main(
            [
                "clean",
                str(src),
                "-o",
                str(out),
                "--learn-templates",
                "--without",
                "boilerplate",
                "-j",
                "1",
            ]
        )
        == 0
    )
    assert "learned 4 template lines from 4 files" in capsys.readouterr().err
    for i, body in enumerate(ARTICLES):
        assert (out / f"{i}.txt").read_text(encoding="utf-8").strip() == body


@pytest.mark.parametrize(
    "kwargs",
    [{"min_share": 5}, {"min_share": 0}, {"min_docs": 0}],
    ids=["share-5", "share-0", "docs-0"],
)
def test_out_of_range_settings_are_refused(kwargs):
    from articleclean import PipelineError
    from articleclean.templates import TemplateLearner

    with pytest.raises(PipelineError):
        TemplateLearner(**kwargs)
