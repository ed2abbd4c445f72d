"""The whole pipeline, and each of its steps, run in linear time on adversarial pages.

Each page kind is built at 10 KB and at 100 KB; cleaning (settling included) and each step on
its own must take under 20 times as long on the large page as on the small one (linear is
10). The kinds are what breaks line- and paragraph-level code: one huge line (Latin, CJK,
digits, widget words), thousands of short widget or menu lines, a hard-wrapped page that
joins into one huge paragraph, dates and counts on every line.
"""

from __future__ import annotations

import gc
import time
from dataclasses import replace

import pytest

from articleclean import Doc, Pipeline

SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 20
FLOOR = 2e-3  # seconds; a small run under this is mostly fixed cost and noise

_WRAPPED = (
    "The minister said the plan would be published next week, officials confirmed, and the\n"
    "committee would meet again on Tuesday to discuss the budget for the coming year, which\n"
)
KINDS = {
    "long_line": "The minister said the plan would be published next week. ",
    "long_cjk_line": "国务院总理李克强在人民大会堂会见了来访的客人，双方就经济合作交换了意见。",
    "long_digit_line": "0123456789",
    "long_widget_line": "Share Tweet Print Mail Large Medium Small 分享到 0 ",
    "short_widget_lines": "Share\n0\nPrint\nTweet\n12 comments\n",
    "menu_lines": "Home\nWorld\nPolitics\nBusiness\n首页\n新闻\n",
    "wrapped_paragraph": _WRAPPED,
    "date_lines": "Updated: 2016-07-12 08:00\n2016年07月12日 08:00\n07/12/2016\n",
    "dates_on_one_line": "2016-07-12 08:00 ET, 12 July 2016, ",
    "spaces_and_punctuation": "(( [ : ; , . -- >> ",
    "emails": "jane.doe@example.com, ",
    # a related box inside the article, again and again: each box looks for the article's
    # subheadings above it
    # the page owner's notice after every paragraph: each one may end the article's run
    "owner_notices": (
        "The council met on Tuesday and voted to expand the bus network across the city.\n\n"
        "© 2024 Example Media Ltd. All rights reserved.\n\n"
    ),
    "related_boxes": (
        "相关阅读\n我市今年计划改造老旧小区\n停车难题：向边角地要车位\n"
        "小区建成时，几乎没有人家有私家车。如今，小区登记在册的机动车超过七百辆。\n"
    ),
}


def page(kind: str, size: int) -> str:
    unit = KINDS[kind]
    return (unit * (size // len(unit) + 1))[:size]


def _cpu(func) -> float:
    """CPU seconds of this thread, without a garbage collection falling inside one run
    (no ``gc.collect()`` first: with the suite's heap it costs more than the run)."""
    gc.disable()
    try:
        start = time.thread_time()
        func()
        return time.thread_time() - start
    finally:
        gc.enable()


def assert_linear(make_run, kind: str) -> None:
    """``make_run(text)`` returns a zero-argument callable doing the work on ``text``."""
    small, large = make_run(page(kind, SMALL)), make_run(page(kind, LARGE))
    best_small = best_large = float("inf")
    for _ in range(3):
        best_small = min(best_small, _cpu(small))
        best_large = min(best_large, _cpu(large))
        ratio = best_large / max(best_small, FLOOR)
        if ratio < MAX_RATIO:
            return
    pytest.fail(f"10 KB {best_small:.4f}s, 100 KB {best_large:.4f}s (ratio {ratio:.0f})")


PIPE = Pipeline.default()


@pytest.fixture(scope="module", autouse=True)
def _warm():
    PIPE.clean(page("long_line", SMALL))  # rule files loaded before anything is timed


@pytest.mark.parametrize("kind", list(KINDS))
def test_clean_is_linear(kind):
    assert_linear(lambda text: lambda: PIPE.clean(text), kind)


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("step", PIPE.steps, ids=lambda s: s.name)
def test_each_step_is_linear(step, kind):
    def make_run(text):
        doc = replace(Doc.from_text(text), step=step.name)
        return lambda: step.run(doc, PIPE.rules)

    assert_linear(make_run, kind)


@pytest.mark.parametrize("kind", list(KINDS))
def test_normalising_is_linear(kind):
    assert_linear(lambda text: lambda: Doc.from_text(text), kind)
