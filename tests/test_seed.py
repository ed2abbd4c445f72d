"""The canonical input, end to end (issue #2)."""

from __future__ import annotations

import json

from articleclean import clean, replay

from .conftest import SEED


def test_seed_body_is_exactly_the_twelve_paragraphs(strict):
    article = strict.clean(SEED.read_bytes())
    assert len(article.paragraphs) == 12
    assert article.paragraphs[0].startswith("The governance of cyberspace should be guided")
    assert article.paragraphs[-1].endswith("under the framework of the UN, he added.")
    raw_lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    for paragraph in article.paragraphs:
        assert paragraph in raw_lines  # every paragraph is an input line, unchanged
    assert article.body == "\n\n".join(article.paragraphs)


def test_seed_metadata(strict):
    meta = strict.clean(SEED.read_bytes()).metadata.to_dict()
    assert meta == {
        "title": "Official: Mind all parties' concerns",
        "subtitle": None,
        "authors": ["An Baijie"],
        "editors": [],
        "published": "2016-07-12",  # from the print edition: no date line gives it
        "updated": "2016-07-12T08:00",
        "source": "China Daily",  # the print edition's publication
        "agency": "China Daily",  # credited beside the byline: "By An Baijie(China Daily)"
        "url": None,
        "fetched": None,
        "dateline": None,
        "emails": ["anbaijie@chinadaily.com.cn"],
        "language": "en",
        "encoding": "utf-8",
        "print_edition": {"publication": "China Daily", "date": "2016-07-12", "page": "3"},
    }


def test_seed_every_removed_line_is_accounted_for(strict):
    article = strict.clean(SEED.read_bytes())
    by_line: dict[int, set[str]] = {}
    for r in article.removed:
        by_line.setdefault(r.line, set()).add(r.cleaner)
    assert by_line == {
        1: {"title"},
        3: {"dates"},
        5: {"byline"},
        7: {"share_buttons", "print_mail_widgets", "font_size_toggles"},
        33: {"emails"},
        35: {"print_edition"},
        37: {"trailing_counters"},
    }
    widget = {r.cleaner: r.text for r in article.removed if r.line == 7}
    assert widget == {
        "print_mail_widgets": "Print Mail ",
        "font_size_toggles": "Large Medium Small",
        "share_buttons": "分享按钮 0",
    }


def test_seed_replay_gives_the_body():
    article = clean(SEED.read_bytes())
    assert replay(SEED.read_text(encoding="utf-8"), article.removed) == article.body


def test_seed_json_shape():
    data = json.loads(clean(SEED.read_bytes()).to_json())
    assert set(data) >= {"body", "metadata", "removed"}
    assert set(data["metadata"]) >= {
        "title",
        "authors",
        "published",
        "updated",
        "source",
        "emails",
        "language",
        "encoding",
        "print_edition",
    }
    for r in data["removed"]:
        assert set(r) >= {"line", "text", "cleaner", "rule"}
        assert isinstance(r["line"], int) and r["line"] >= 1


def test_without_font_size_toggles_keeps_those_words():
    from articleclean import Pipeline

    article = (
        Pipeline.default().without("font_size_toggles", "boilerplate").clean(SEED.read_bytes())
    )
    assert article.paragraphs[0] == "Large Medium Small"
    assert "font_size_toggles" not in {r.cleaner for r in article.removed}
