"""The fuzz harness (``fuzz/``) cannot rot: its checks run here over part of the seed corpus
and every input kept in ``fuzz/regressions/``, without atheris."""

from __future__ import annotations

import doctest
import importlib
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

FUZZ = ROOT / "fuzz"


@pytest.fixture(scope="module")
def harness():
    """``fuzz_clean`` and ``make_corpus``, imported without atheris' instrumentation."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FUZZ_NO_INSTRUMENT", "1")
        mp.syspath_prepend(str(FUZZ))
        fuzz_clean = importlib.import_module("fuzz_clean")
        make_corpus = importlib.import_module("make_corpus")
        yield fuzz_clean, make_corpus
    for name in ("fuzz_clean", "make_corpus"):
        sys.modules.pop(name, None)


def test_doctests(harness):
    for module in harness:
        assert doctest.testmod(module).failed == 0


def test_seed_corpus_meets_the_guarantees(harness):
    """A slice of the seeds, every mode among them (all of them take a minute)."""
    fuzz_clean, make_corpus = harness
    seeds = list(make_corpus.seeds())
    some = seeds[::7]
    assert {s[0] for s in some} == set(range(len(fuzz_clean.MODES)))
    for data in some:
        fuzz_clean.fuzz_one_input(data)


REGRESSIONS = sorted((FUZZ / "regressions").glob("*.bin"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_fuzz_findings_stay_fixed(harness, path: Path):
    fuzz_clean, _ = harness
    fuzz_clean.fuzz_one_input(path.read_bytes())


@pytest.mark.parametrize(
    ("mode", "payload", "wanted"),
    [
        ("utf8", b"a\xed\xa0\x80b", "\udced"),  # broken UTF-8 gives lone surrogates
        ("utf16", "\udfff新\x00".encode("utf-16-le", "surrogatepass"), "\udfff新\x00"),
        ("latin1", b"\x85\x9b\x00", "\x85\x9b\x00"),
        ("mojibake", "doesn’t".encode(), "â€™"),
    ],
    ids=["utf8_surrogates", "utf16_anything", "latin1_controls", "mojibake"],
)
def test_text_modes_reach_odd_text(harness, mode, payload, wanted):
    fuzz_clean, _ = harness
    assert wanted in fuzz_clean.text_of(fuzz_clean.MODES.index(mode), payload)


def test_token_mode_builds_pages_from_the_vocabulary(harness):
    fuzz_clean, _ = harness
    vocab = fuzz_clean.vocabulary()
    last = (len(vocab) - 1).to_bytes(2, "big")
    text = fuzz_clean.text_of(4, last + b"\x80\x00" + b"\x01")
    assert text == vocab[-1] + vocab[0] + "\n"  # the top bit ends a line; an odd byte is ignored
    assert len(vocab) < 2**15


def test_a_broken_guarantee_fails_the_check(harness, monkeypatch):
    fuzz_clean, _ = harness
    import tests.test_properties as props

    monkeypatch.setattr(props, "replay", lambda text, removed: "invented")
    with pytest.raises(AssertionError, match="replay"):
        fuzz_clean.fuzz_one_input(fuzz_clean.encode_input("utf8", "Share\n\nThe body."))


def test_bytes_mode_accepts_only_decode_errors(harness, monkeypatch):
    fuzz_clean, _ = harness
    fuzz_clean.fuzz_one_input(fuzz_clean.encode_input("bytes", b"\x89PNG\r\n\x1a\n\x00\x00"))

    def boom(self, text, **kw):
        raise ValueError("not a DecodeError")

    monkeypatch.setattr(type(fuzz_clean.STRICT), "clean", boom)
    with pytest.raises(ValueError):
        fuzz_clean.fuzz_one_input(fuzz_clean.encode_input("bytes", b"text"))


def test_fallback_driver_runs_and_keeps_failures(harness, tmp_path, capsys):
    fuzz_clean, _ = harness
    seed = tmp_path / "corpus" / "seed"
    seed.parent.mkdir()
    seed.write_bytes(fuzz_clean.encode_input("utf8", "Share\nThe body."))
    assert fuzz_clean.fallback_main(["-runs=5", "-seed=1", str(seed.parent)]) == 0

    def fails_on_long(data: bytes) -> None:
        assert len(data) < 20, "too long"

    findings = tmp_path / "findings"
    target = fuzz_clean.keep_going(findings, fails_on_long)
    target(b"x" * 30)
    target(b"y" * 40)  # the same kind of failure: counted, not kept again
    target(b"short")
    assert len(list(findings.glob("failure-*.txt"))) == 1
    assert (findings / "kinds.txt").read_text().startswith("2\tAssertionError")

    prefix = f"-artifact_prefix={tmp_path}/"
    args = ["-runs=50", "-seed=1", prefix, str(seed.parent)]
    assert fuzz_clean.fallback_main(args, fails_on_long) == 1
    (crash,) = tmp_path.glob("crash-*")
    assert len(crash.read_bytes()) >= 20
    assert fuzz_clean.fallback_main([str(crash)], lambda data: None) == 0  # reproduce
