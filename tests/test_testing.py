"""articleclean.testing: discovery, comparison, golden files, xfail, config beside a fixture."""

from __future__ import annotations

import json

import pytest

from articleclean import ConfigError, Pipeline
from articleclean.testing import (
    check_all,
    check_fixture,
    discover,
    fixture_pipeline,
    load_pipeline,
    read_expected,
)

from .fixture_kit import PIPE, make_fixture, read_json

RAW = "Share\nBy Jane Doe\nFirst paragraph of the story.\n\nSecond paragraph.\nTweet\n"
BODY = "First paragraph of the story.\n\nSecond paragraph."


def check(folder, **kwargs):
    (fixture,) = discover(folder)
    return check_fixture(fixture, PIPE, **kwargs)


# -- discovery -----------------------------------------------------------------------------


def test_discover_finds_folders_with_raw_txt_sorted_with_relative_ids(tmp_path):
    make_fixture(tmp_path, "site-b/one", "x")
    make_fixture(tmp_path, "site-a/two", "x", {"body": "x"})
    make_fixture(tmp_path, "site-a/deeper/three", "x")
    (tmp_path / "site-a" / "notes").mkdir()  # no raw.txt: not a fixture
    (tmp_path / "site-a" / "notes" / "expected.json").write_text("{}")
    make_fixture(tmp_path, ".hidden/four", "x")  # hidden folders are skipped
    fixtures = discover(tmp_path)
    assert [f.id for f in fixtures] == ["site-a/deeper/three", "site-a/two", "site-b/one"]
    assert all(f.root == tmp_path.resolve() for f in fixtures)
    assert fixtures[1].expected_path == tmp_path.resolve() / "site-a/two/expected.json"


def test_discover_a_fixture_folder_itself_and_several_roots(tmp_path):
    one = make_fixture(tmp_path, "a/one", "x")
    make_fixture(tmp_path, "b/two", "x")
    assert [f.id for f in discover(one, tmp_path / "b")] == ["one", "two"]


def test_discover_missing_root_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        discover(tmp_path / "nope")


# -- comparing -----------------------------------------------------------------------------


def test_matching_fixture_passes_and_reports_the_cleaners_that_fired(tmp_path):
    folder = make_fixture(tmp_path, "f", RAW, {"body": BODY, "metadata": {"authors": ["Jane Doe"]}})
    report = check(folder)
    assert (report.outcome, report.passed, report.failed) == ("passed", True, False)
    assert report.fired == {"junk": 2, "byline": 1}
    assert report.body_diff == "" and report.metadata == ()
    assert report.format().startswith("PASSED f: matches expected.json")


def test_body_difference_gives_a_unified_diff(tmp_path):
    expected = "First paragraph of the story.\n\nA paragraph we wanted.\n\nSecond paragraph."
    report = check(make_fixture(tmp_path, "f", RAW, {"body": expected}))
    assert report.outcome == "failed"
    assert "--- expected body\n+++ cleaned body" in report.body_diff
    assert "\n-A paragraph we wanted." in report.body_diff
    text = report.format()
    assert "body differs (- expected, + cleaned; ? what removed" in text
    assert "-A paragraph we wanted.\n?   not among the removals" in text
    assert "cleaners that fired (removals): junk 2, byline 1" in text


def test_a_missing_paragraph_names_the_cleaner_and_rule_that_removed_it(tmp_path):
    """Issue 18: the diff says who took each missing line."""
    expected = f"By Jane Doe\n\n{BODY}"
    report = check(make_fixture(tmp_path, "f", RAW, {"body": expected}))
    assert report.outcome == "failed"
    [missing] = report.missing
    assert missing.text == "By Jane Doe"
    assert [(r.cleaner, r.rule, r.line) for r in missing.removals] == [("byline", "by", 2)]
    text = report.format()
    assert "-By Jane Doe\n?   removed by byline, rule by (input line 2)\n" in text
    assert report.to_dict()["missing"][0]["removed"][0]["cleaner"] == "byline"


@pytest.mark.parametrize(
    ("metadata", "field", "got", "problem"),
    [
        pytest.param({"authors": ["John Roe"]}, "authors", ["Jane Doe"], "differs", id="differs"),
        pytest.param({"title": "Storm"}, "title", None, "differs", id="null-got"),
        pytest.param({"authors": []}, "authors", ["Jane Doe"], "differs", id="no-author-asserted"),
        pytest.param({"autors": ["Jane Doe"]}, "autors", None, "unknown field", id="unknown-field"),
    ],
)
def test_metadata_mismatch_names_the_field(tmp_path, metadata, field, got, problem):
    report = check(make_fixture(tmp_path, "f", RAW, {"body": BODY, "metadata": metadata}))
    assert report.outcome == "failed" and report.body_diff == ""
    (diff,) = report.metadata
    assert (diff.field, diff.expected, diff.got, diff.problem) == (
        field,
        metadata[field],
        got,
        problem,
    )
    text = report.format()
    assert "metadata differs:" in text and field in text
    if problem == "unknown field":
        assert "Metadata has no such field; it has: title, subtitle, authors, editors" in text


def test_only_the_metadata_fields_given_are_compared(tmp_path):
    report = check(make_fixture(tmp_path, "f", RAW, {"metadata": {"source": None}}))
    assert report.outcome == "passed"


@pytest.mark.parametrize(
    ("keep", "drop", "missing", "present"),
    [
        pytest.param(["Second paragraph"], ["Share", "Tweet"], (), (), id="all-good"),
        pytest.param(["Third paragraph"], [], ("Third paragraph",), (), id="keep-missing"),
        pytest.param([], ["First paragraph"], (), ("First paragraph",), id="drop-present"),
        pytest.param(["By Jane"], ["story"], ("By Jane",), ("story",), id="both"),
    ],
)
def test_keep_and_drop_snippets(tmp_path, keep, drop, missing, present):
    report = check(make_fixture(tmp_path, "f", RAW, {"keep": keep, "drop": drop}))
    assert (report.keep_missing, report.drop_present) == (missing, present)
    assert report.failed == bool(missing or present)
    text = report.format()
    assert ("keep snippets missing from the body:" in text) == bool(missing)
    assert ("drop snippets still in the body:" in text) == bool(present)


# -- golden files ----------------------------------------------------------------------------


@pytest.mark.parametrize("content", [None, {"notes": "to do"}], ids=["no-file", "asserts-nothing"])
def test_missing_expected_is_written_and_fails(tmp_path, content):
    folder = make_fixture(tmp_path, "f", RAW, content)
    report = check(folder)
    assert report.outcome == "new" and report.failed
    assert report.wrote == folder.resolve() / "expected.json"
    written = read_json(folder / "expected.json")
    assert written["body"] == BODY and written["metadata"]["authors"] == ["Jane Doe"]
    if content:
        assert written["notes"] == "to do"
    assert written["reviewed"] is False and next(iter(written)) == "reviewed"
    assert "review it" in report.format() and '"reviewed": false' in report.format()
    # issue 18: a plain rerun does not make the draft the gold; accepting it does
    again = check(folder)
    assert again.outcome == "unreviewed" and again.failed and "not reviewed yet" in again.format()
    accepted = check(folder, accept=True)
    assert accepted.outcome == "accepted" and accepted.passed
    assert "reviewed" not in read_json(folder / "expected.json")
    assert check(folder).outcome == "passed"


def test_deleting_the_reviewed_line_by_hand_accepts_the_file(tmp_path):
    folder = make_fixture(tmp_path, "f", RAW)
    check(folder)
    data = read_json(folder / "expected.json")
    del data["reviewed"]
    (folder / "expected.json").write_text(json.dumps(data), encoding="utf-8")
    assert check(folder).outcome == "passed"


def test_an_unreviewed_file_that_no_longer_matches_fails_after_accepting(tmp_path):
    folder = make_fixture(tmp_path, "f", RAW, {"reviewed": False, "body": "Corrected body."})
    assert check(folder).outcome == "unreviewed"
    report = check(folder, accept=True)
    assert report.outcome == "failed" and report.body_diff
    assert read_json(folder / "expected.json") == {"body": "Corrected body."}


def test_a_new_fixture_has_no_score_the_draft_is_not_gold(tmp_path):
    report = check(make_fixture(tmp_path, "f", RAW))
    assert report.outcome == "new" and report.expected is None and report.score() is None


def test_an_expected_file_that_cannot_be_written_is_an_error(tmp_path):
    folder = make_fixture(tmp_path, "f", RAW)
    (folder / "expected.json").mkdir()
    report = check(folder)
    assert report.outcome == "error" and "cannot write" in report.error


def test_missing_expected_is_not_written_when_asked_not_to(tmp_path):
    folder = make_fixture(tmp_path, "f", RAW)
    report = check(folder, write_missing=False)
    assert report.outcome == "new" and report.failed and report.wrote is None
    assert not (folder / "expected.json").exists()


def test_update_writes_a_missing_file_unreviewed(tmp_path):
    folder = make_fixture(tmp_path, "f", RAW)
    report = check(folder, update=True)
    assert report.outcome == "new" and report.failed
    assert read_json(folder / "expected.json")["body"] == BODY
    assert read_json(folder / "expected.json")["reviewed"] is False


def test_update_refreshes_body_and_listed_metadata_only_and_keeps_other_keys(tmp_path):
    old = {
        "notes": "first",
        "body": "An old body.",
        "metadata": {"authors": ["Someone Else"]},
        "keep": ["Second paragraph"],
    }
    folder = make_fixture(tmp_path, "f", RAW, old)
    assert check(folder).outcome == "failed"
    assert read_json(folder / "expected.json") == old  # nothing written without update
    report = check(folder, update=True)
    assert report.outcome == "updated" and report.wrote is not None
    new = read_json(folder / "expected.json")
    assert list(new) == ["notes", "body", "metadata", "keep"]
    assert new == {**old, "body": BODY, "metadata": {"authors": ["Jane Doe"]}}
    assert (folder / "expected.json").read_text(encoding="utf-8").endswith("}\n")
    assert check(folder).outcome == "passed"


def test_update_never_changes_keep_or_drop(tmp_path):
    folder = make_fixture(tmp_path, "f", RAW, {"body": "Old.", "drop": ["Second"]})
    report = check(folder, update=True)
    assert report.outcome == "failed" and report.drop_present == ("Second",)
    assert "not updated automatically" in report.format()
    assert read_json(folder / "expected.json") == {"body": BODY, "drop": ["Second"]}
    only_snippets = make_fixture(tmp_path, "g", RAW, {"keep": ["Nowhere"]})
    report = check(only_snippets, update=True)
    assert report.outcome == "failed" and report.wrote is None
    assert read_json(only_snippets / "expected.json") == {"keep": ["Nowhere"]}


# -- xfail -------------------------------------------------------------------------------------


def test_xfail_fixture_that_fails_is_xfailed_and_never_rewritten(tmp_path):
    expected = {"body": "What a reader wants.", "xfail": "the cleaner misses this widget"}
    folder = make_fixture(tmp_path, "f", RAW, expected)
    for update in (False, True):
        report = check(folder, update=update)
        assert report.outcome == "xfailed" and report.passed
        assert report.xfail == "the cleaner misses this widget"
        assert report.body_diff  # the diff is still there to look at
    assert read_json(folder / "expected.json") == expected


def test_xfail_fixture_that_passes_is_an_unexpected_pass(tmp_path):
    folder = make_fixture(tmp_path, "f", RAW, {"body": BODY, "xfail": "was broken"})
    report = check(folder)
    assert report.outcome == "xpassed" and report.failed
    assert 'remove the "xfail" key' in report.format()


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{not json", "not valid UTF-8 JSON", id="bad-json"),
        pytest.param("[1, 2]", "must hold a JSON object", id="not-object"),
        pytest.param(
            {"bdy": "x"}, "unknown key 'bdy'; the keys are: reviewed, body", id="unknown-key"
        ),
        pytest.param({"reviewed": True}, "'reviewed' must be false", id="reviewed-true"),
        pytest.param({"body": 3}, "'body' must be a string", id="body-type"),
        pytest.param({"metadata": []}, "'metadata' must be an object", id="metadata-type"),
        pytest.param({"keep": "x"}, "'keep' must be a list", id="keep-type"),
        pytest.param({"drop": [""]}, "'drop' must be a list of non-empty", id="drop-empty"),
        pytest.param({"body": "x", "xfail": True}, "'xfail' must be the reason", id="xfail-bool"),
    ],
)
def test_bad_expected_file_is_an_error_naming_file_and_key(tmp_path, content, message):
    folder = make_fixture(tmp_path, "f", RAW, content)
    report = check(folder, update=True)
    assert report.outcome == "error" and report.failed
    assert message in report.error and "expected.json" in report.error
    assert report.format().startswith("ERROR f: error:")
    with pytest.raises(ConfigError, match=r"expected\.json"):
        read_expected(folder / "expected.json")


def test_undecodable_raw_is_an_error_not_a_crash(tmp_path):
    folder = make_fixture(tmp_path, "f", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), {"body": "x"})
    report = check(folder)
    assert report.outcome == "error" and "binary" in report.error.lower()


def test_raw_in_another_encoding_is_decoded(tmp_path):
    folder = make_fixture(tmp_path, "f", "Share\n新华社北京电\n正文第一段。\n".encode("gb18030"))
    report = check(folder, update=True)
    assert read_json(folder / "expected.json")["body"] == "新华社北京电\n\n正文第一段。"
    assert report.article.metadata.encoding == "gb18030"


# -- a custom pipeline beside a fixture --------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "body", "metadata"),
    [
        pytest.param(None, BODY, {"authors": ["Jane Doe"], "source": None}, id="none"),
        pytest.param(
            'without = ["junk"]',
            "Share\n\n" + BODY + "\n\nTweet",
            {"authors": ["Jane Doe"]},
            id="without",
        ),
        pytest.param('only = ["junk"]', "By Jane Doe\n\n" + BODY, {"authors": []}, id="only"),
        pytest.param(
            '[options.source]\nvalue = "The Daily"\n[options.byline]\nprefix = "By Jane "',
            BODY,
            {"source": "The Daily", "authors": ["Doe"]},
            id="options",
        ),
    ],
)
def test_config_beside_a_fixture_pins_its_pipeline(tmp_path, config, body, metadata):
    folder = make_fixture(tmp_path, "f", RAW, {"body": body, "metadata": metadata}, config=config)
    report = check(folder)
    assert report.outcome == "passed", report.format()
    assert report.config == (folder.resolve() / "articleclean.toml" if config else None)


def test_config_in_a_parent_folder_applies_to_fixtures_below_it(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "articleclean.toml").write_text('without = ["junk"]\n')
    make_fixture(tmp_path, "site/a", "Share\nBody.", {"body": "Share\n\nBody."})
    make_fixture(tmp_path, "site/b", "Share\nBody.", {"body": "Body."}, config="without = []")
    make_fixture(tmp_path, "other/c", "Share\nBody.", {"body": "Body."})
    reports = check_all(discover(tmp_path), PIPE)
    assert [(r.fixture.id, r.outcome) for r in reports] == [
        ("other/c", "passed"),
        ("site/a", "passed"),
        ("site/b", "passed"),
    ]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        pytest.param('without = ["nope"]', "unknown step 'nope'", id="unknown-step"),
        pytest.param("[options.source]\ncolour = 1", "has no option 'colour'", id="unknown-option"),
        pytest.param('langs = ["en"]', "unknown key 'langs'", id="unknown-key"),
        pytest.param('without = "junk"', "'without' must be a list", id="not-a-list"),
        pytest.param(
            "options = 3", "'options' must hold one table per step", id="options-not-table"
        ),
        pytest.param("options = { source = 3 }", "one table per step", id="options-not-tables"),
        pytest.param("without = [", "not valid TOML", id="bad-toml"),
    ],
)
def test_bad_config_is_an_error_naming_the_file(tmp_path, config, message):
    folder = make_fixture(tmp_path, "f", RAW, {"body": BODY}, config=config)
    report = check(folder)
    assert report.outcome == "error", report.format()
    assert message in report.error and "articleclean.toml" in report.error


def test_fixture_pipeline_applies_options_then_only_then_without(tmp_path):
    config = 'only = ["junk", "source"]\nwithout = ["junk"]\n[options.source]\nvalue = "X"'
    (fixture,) = discover(make_fixture(tmp_path, "f", RAW, config=config))
    pipe = fixture_pipeline(fixture, PIPE)
    assert pipe.names == ["source"] and dict(pipe.steps[0].options) == {"value": "X"}
    # options may name a step that only/without then removes, as in the command's config
    (fixture,) = discover(
        make_fixture(
            tmp_path / "g", "f", RAW, config='without = ["byline"]\n[options.byline]\nprefix = "X"'
        )
    )
    assert fixture_pipeline(fixture, PIPE).names == ["junk", "source"]
    assert PIPE.names == ["junk", "byline", "source"]  # the base is untouched


def test_default_base_pipeline_is_the_default_pipeline(tmp_path):
    (fixture,) = discover(make_fixture(tmp_path, "f", RAW))
    assert fixture_pipeline(fixture).names == Pipeline.default().names


# -- loading a pipeline by name ----------------------------------------------------------------


@pytest.mark.parametrize(
    "spec", ["tests.fixture_kit:PIPE", "tests.fixture_kit:make_pipe"], ids=["object", "function"]
)
def test_load_pipeline(spec):
    assert load_pipeline(spec).names == ["junk", "byline", "source"]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        pytest.param("tests.fixture_kit", "MODULE:NAME", id="no-name"),
        pytest.param("no_such_module_x:pipe", "cannot load pipeline", id="no-module"),
        pytest.param("tests.fixture_kit:nothing", "cannot load pipeline", id="no-attribute"),
        pytest.param("tests.fixture_kit:JUNK", "not an articleclean Pipeline", id="wrong-type"),
    ],
)
def test_load_pipeline_errors(spec, message):
    with pytest.raises(ConfigError, match=message):
        load_pipeline(spec)


def test_report_to_dict_is_json_ready(tmp_path):
    folder = make_fixture(tmp_path, "f", RAW, {"body": "Other.", "metadata": {"title": "T"}})
    data = check(folder).to_dict()
    json.dumps(data)
    assert data["id"] == "f" and data["outcome"] == "failed" and data["failed"] is True
    assert data["metadata"] == [
        {"field": "title", "expected": "T", "got": None, "problem": "differs"}
    ]
    assert data["fired"] == {"junk": 2, "byline": 1}
    assert data["body_diff"].startswith("--- expected body")
