"""What is remembered about a text belongs to the run: nothing is kept in a module."""

from __future__ import annotations

import pytest

from articleclean import Doc, Pipeline
from articleclean._memo import RunMemo, current, running
from articleclean.rules import book_screen
from articleclean.text import cjk_share, key, tokens

TEXTS = ["Share this article 分享到", "记者 张伟 北京报道", "Print | Mail | 12 comments"]


@pytest.mark.parametrize("ask", [tokens, key, cjk_share], ids=["tokens", "key", "cjk_share"])
def test_a_texts_tokens_key_and_cjk_share_are_the_runs(ask):
    memo = RunMemo()
    with running(memo):
        inside = [ask(t) for t in TEXTS]
    assert len(memo) > 0  # remembered in the run's tables
    assert [ask(t) for t in TEXTS] == inside  # outside a run: worked out, the same answers
    other = RunMemo()
    with running(other):
        assert [ask(t) for t in TEXTS] == inside
    assert len(other) == len(memo)  # a second run works them out in its own memo


def test_the_screen_keeps_nothing_outside_a_run():
    """The pure-Python scan (the compiled one keeps nothing at all) remembers the anchors in
    each word only in a run's screen."""
    from articleclean.screen import Screen

    screen = book_screen()
    screen._words.clear()
    answers = [Screen._present(screen, text) for text in TEXTS]
    assert screen._words == {}
    bound = screen.bound(RunMemo())
    assert [Screen._present(bound, text) for text in TEXTS] == answers
    assert bound._words  # (the run's)


def test_a_pipeline_run_on_its_own_remembers_in_its_memo():
    pipe = Pipeline.default()
    assert len(pipe.memo) == 0
    doc = pipe.run(Doc.from_text("\n".join(TEXTS)))
    assert doc.lines and len(pipe.memo) > 0
    assert current() is None  # and the run ends with the call
