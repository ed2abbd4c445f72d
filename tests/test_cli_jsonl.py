"""``articleclean clean --jsonl-in``: streaming records through clean_many."""

from __future__ import annotations

import io
import json
import sys

import pytest

from articleclean.cli import main

from .cli_helpers import ZH_S, story


def _write(path, lines):
    path.write_bytes(b"".join(x if isinstance(x, bytes) else x.encode() + b"\n" for x in lines))


def _record(i, **extra):
    return json.dumps({"id": i, "text": f"Share\n\n{story(i)}", **extra}, ensure_ascii=False)


def test_records_keep_their_fields_and_get_the_results(tmp_path, capsys):
    src = tmp_path / "docs.jsonl"
    _write(src, [_record(1, url="https://example.com/1"), _record(2, lang="en")])
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl-in", str(src), "-o", str(out)]) == 0
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [1, 2]
    assert records[0]["url"] == "https://example.com/1" and records[1]["lang"] == "en"
    assert records[0]["text"] == f"Share\n\n{story(1)}"  # the input field is kept
    assert records[0]["body"] == story(1)
    assert records[0]["removed"][0]["cleaner"] == "share_buttons"
    assert set(records[0]) == {
        "id",
        "url",
        "text",
        "body",
        "metadata",
        "removed",
        "warnings",
        "partial",
    }
    assert records[0]["partial"] is False
    assert "2 records cleaned" in capsys.readouterr().err


def test_result_keys_are_configurable(tmp_path, capsys):
    src = tmp_path / "docs.jsonl"
    _write(src, [_record(1)])
    argv = ["clean", "--jsonl-in", str(src), "--body-field", "text", "--metadata-field", "meta"]
    assert main([*argv, "--removed-field", "", "--warnings-field", "", "--partial-field", ""]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record == {"id": 1, "text": story(1), "meta": record["meta"]}
    assert record["meta"]["encoding"] is None


def test_text_field_option_and_stdin(monkeypatch, capsys):
    data = json.dumps({"content": f"Tweet\n\n{ZH_S}"}, ensure_ascii=False) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    assert main(["clean", "--jsonl-in", "-", "--text-field", "content"]) == 0
    assert json.loads(capsys.readouterr().out)["body"] == ZH_S


MALFORMED = [
    _record(1),
    "{not json",
    "",  # a blank line is not a record, nor an error
    "[1, 2]",
    json.dumps({"id": 5}),
    json.dumps({"id": 6, "text": 42}),
    b"\xff\xfe not utf-8\n",
    _record(8),
]


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["j1", "j2"])
def test_malformed_records_are_passed_through_in_their_place(tmp_path, capsys, jobs):
    """Issue 18: a bad record was left out, and the output no longer lined up with the input."""
    src = tmp_path / "docs.jsonl"
    _write(src, [*MALFORMED[:-1], *([_record(9)] * 40), MALFORMED[-1]])
    assert main(["clean", "--jsonl-in", str(src), "-j", jobs, "-q"]) == 1
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(out) == 6 + 40 + 1  # one output line per input record (not the blank line)
    assert out[0]["id"] == 1 and out[0]["body"] == story(1) and "error" not in out[0]
    assert out[1] == {
        "error": f"{src}:2: not valid JSON (Expecting property name enclosed "
        "in double quotes: line 1 column 2 (char 1))"
    }
    assert out[2]["error"].endswith(":4: not a JSON object") and set(out[2]) == {"error"}
    assert out[3] == {"id": 5, "error": f"{src}:5: field 'text' is missing; it must be a string"}
    assert out[4]["id"] == 6 and out[4]["text"] == 42 and "body" not in out[4]
    assert out[5]["error"].endswith(":7: not UTF-8 text; JSON Lines must be UTF-8")
    assert [r["body"] for r in out[6:]] == [story(9)] * 40 + [story(8)]


def test_drop_bad_leaves_bad_records_out_and_error_field_names_the_key(tmp_path, capsys):
    src = tmp_path / "docs.jsonl"
    _write(src, MALFORMED)
    assert main(["clean", "--jsonl-in", str(src), "--drop-bad", "-q"]) == 1
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == [1, 8]
    assert main(["clean", "--jsonl-in", str(src), "--error-field", "problem", "-q"]) == 1
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [("problem" in r) for r in out] == [False, True, True, True, True, True, False]
    assert main(["clean", "--jsonl-in", str(src), "--error-field", ""]) == 2


def test_malformed_records_are_reported_by_line_and_the_stream_goes_on(tmp_path, capsys):
    src = tmp_path / "docs.jsonl"
    _write(src, MALFORMED)
    assert main(["clean", "--jsonl-in", str(src), "--drop-bad"]) == 1
    captured = capsys.readouterr()
    assert [json.loads(x)["id"] for x in captured.out.splitlines()] == [1, 8]
    err = captured.err
    expected = {
        2: "not valid JSON",
        4: "not a JSON object",
        5: "field 'text' is missing",
        6: "field 'text' is int",
        7: "not UTF-8",
    }
    for lineno, words in expected.items():
        assert f"docs.jsonl:{lineno}: {words}" in err, err
    assert "2 records cleaned, 5 failed" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["j1", "j2"])
def test_order_is_kept_with_workers(tmp_path, capsys, jobs):
    src = tmp_path / "docs.jsonl"
    _write(src, [_record(i) for i in range(200)])
    assert main(["clean", "--jsonl-in", str(src), "-j", jobs, "-q"]) == 0
    captured = capsys.readouterr()
    bodies = [json.loads(x)["body"] for x in captured.out.splitlines()]
    assert bodies == [story(i) for i in range(200)]
    assert captured.err == ""


def test_surrogates_in_other_fields_survive_as_escapes(tmp_path, capsys):
    src = tmp_path / "docs.jsonl"
    src.write_text(f'{{"text": "{story(1)}", "odd": "\\ud800"}}\n', encoding="utf-8")
    assert main(["clean", "--jsonl-in", str(src)]) == 0
    out = capsys.readouterr().out
    assert "\\ud800" in out and json.loads(out)["odd"] == "\ud800"


def test_ctrl_c_leaves_no_output_file(tmp_path, capsys, monkeypatch):
    from articleclean.commands import _formats

    src = tmp_path / "docs.jsonl"
    _write(src, [_record(i) for i in range(30)])
    writes = []
    real = _formats.Sink.write

    def write_then_interrupt(self, text):
        writes.append(text)
        if len(writes) == 10:
            raise KeyboardInterrupt
        real(self, text)

    monkeypatch.setattr(_formats.Sink, "write", write_then_interrupt)
    out = tmp_path / "out.jsonl"
    assert main(["clean", "--jsonl-in", str(src), "-o", str(out), "-j", "2"]) == 130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        pytest.param(["page.txt"], "not both", id="paths-too"),
        pytest.param(["-o", "."], "folder", id="output-folder"),
        pytest.param(["-f", "md"], "--format", id="format"),
        pytest.param(["--body-field", ""], "empty", id="empty-body-field"),
        pytest.param(["--skip-existing"], "skip-existing", id="skip-existing"),
    ],
)
def test_usage_errors(tmp_path, capsys, monkeypatch, extra, message):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "docs.jsonl", [_record(1)])
    assert main(["clean", "--jsonl-in", "docs.jsonl", *extra]) == 2
    assert message in capsys.readouterr().err


def test_missing_input_is_a_usage_error(tmp_path, capsys):
    assert main(["clean", "--jsonl-in", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: cannot read" in capsys.readouterr().err
