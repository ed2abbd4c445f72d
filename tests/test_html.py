"""HTML input: an HTML document is converted to text lines before it is cleaned (issue 18).

An ``.html`` file used to come out with its ``<!DOCTYPE>``, its ``<script>`` text and its
``<p>`` tags in the body, exit 0.
"""

from __future__ import annotations

import json

import pytest

from articleclean import Pipeline, clean, replay
from articleclean.cli import main
from articleclean.html import html_to_text, looks_like_html

STORY = (
    "Heavy rain is expected along the coast tonight, the weather service said on Tuesday, "
    "and residents were told to stay away from the beaches."
)
MORE = "The warning will stay in force until Thursday morning, officials said."
_STORY_WRAPPED = STORY.replace(", and", ",\n    and")  # a source line break is a space
_MORE_BOLD = MORE.replace("officials", "<b>officials</b>")
PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Storm warning for the coast – Coast News</title>
  <meta property="og:site_name" content="Coast News">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2024-03-05T14:30:00Z">
  <meta name="description" content="Rain and wind tonight.">
  <style>body {{ color: red; }} .share {{ display: none }}</style>
  <script>var dataLayer = window.dataLayer || []; dataLayer.push({{"event": "view"}});</script>
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
  <noscript><img src="pixel.gif" alt="tracking pixel"></noscript>
  <template><p>Hidden template text</p></template>
  <article>
    <h1>Storm warning for the coast</h1>
    <p>{_STORY_WRAPPED}</p>
    <p>{_MORE_BOLD} &amp; more&nbsp;soon&#8230;</p>
  </article>
  <script type="text/javascript">document.write("<p>written by a script</p>");</script>
</body>
</html>
"""


def test_an_html_document_is_detected():
    assert looks_like_html(PAGE)
    assert looks_like_html("\ufeff<!-- saved -->\n<html><body><p>Hi</p></body></html>")
    assert looks_like_html("<div>One</div>\n<div>Two</div>\n<p>Three</p>\n<p>Four</p>")
    assert not looks_like_html(f"Share\n{STORY}\n<div class='x'>\n{MORE}\nTweet")
    assert not looks_like_html("Use <p> and <br> tags, said the tutorial.")
    assert not looks_like_html("")


def test_conversion_gives_lines_without_markup():
    page = html_to_text(PAGE)
    assert page.text.split("\n") == [
        "Home",
        "News",
        "",
        "Storm warning for the coast",
        "",
        STORY,
        "",
        f"{MORE} & more\u00a0soon…",
    ]
    assert page.meta["description"] == "Rain and wind tonight."
    assert page.meta["title"] == "Storm warning for the coast – Coast News"


def test_pre_keeps_its_lines_and_br_breaks_a_line():
    page = html_to_text("<html><body><pre>a  b\nc</pre><p>x<br>y<br/>z</p></body></html>")
    assert page.text.split("\n") == ["a  b", "c", "", "x", "y", "z"]


def test_the_cleaned_html_page_has_no_markup_and_its_metadata():
    article = clean(PAGE)
    for left in ("<", "DOCTYPE", "dataLayer", "color: red", "Hidden template", "pixel"):
        assert left not in article.body, left
    assert STORY in article.body and MORE in article.body
    meta = article.metadata
    assert meta.title == "Storm warning for the coast"
    assert meta.authors == ("Jane Doe",)
    assert meta.published == "2024-03-05T14:30:00+00:00"
    assert meta.source == "Coast News"
    assert meta.language == "en"  # detected from the body: the text's own evidence first
    assert any(w.startswith("html: the input is an HTML document") for w in article.warnings)
    assert not article.partial
    assert replay(PAGE, article.removed) == article.body


def test_the_texts_own_metadata_wins_over_the_markup():
    page = PAGE.replace("<h1>", "<p>By John Roe</p><h1>")
    assert clean(page).metadata.authors == ("John Roe",)


def test_html_false_keeps_the_text_as_it_is():
    article = clean(PAGE, html=False)
    assert not any(w.startswith("html:") for w in article.warnings)
    assert Pipeline.default(html=False).clean(PAGE).body == article.body
    assert Pipeline.default().with_html(False).clean(PAGE).body == article.body
    assert replay(PAGE, article.removed, html=False) == article.body
    assert article.metadata.source is None  # no hints without the conversion


def test_bytes_of_an_html_page_are_decoded_then_converted():
    article = clean(PAGE.encode("cp1252", errors="replace"))
    assert STORY in article.body and "<" not in article.body


def test_the_command_converts_an_html_file_and_no_html_keeps_it(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["clean", str(path), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert STORY in data["body"] and "<!DOCTYPE" not in data["body"]
    assert "<p>" not in data["body"] and "dataLayer" not in data["body"]
    assert data["metadata"]["authors"] == ["Jane Doe"]
    assert any(w.startswith("html:") and "pass --no-html" in w for w in data["warnings"])
    assert main(["clean", str(path), "-f", "json", "--no-html"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert not any(w.startswith("html:") for w in data["warnings"])
    assert data["metadata"]["authors"] == []


def test_explain_shows_the_lines_of_the_converted_page(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"kept  {STORY}" in out and "<p>" not in out
    assert "# warning: html: the input is an HTML document" in out
    assert "pass --no-html" in out  # the command's option, not the keyword


@pytest.mark.parametrize(
    ("meta", "field", "value"),
    [
        ('<meta property="og:title" content="The OG headline">', "title", "The OG headline"),
        ('<meta name="byl" content="By Ann Lee and Bo Chen">', "authors", ("Ann Lee", "Bo Chen")),
        ('<meta itemprop="datePublished" content="2016-07-12">', "published", "2016-07-12"),
        (
            '<meta property="article:modified_time" content="2016-07-12T08:00+08:00">',
            "updated",
            "2016-07-12T08:00+08:00",
        ),
        ('<meta property="article:author" content="https://example.com/jane">', "authors", ()),
        ("<title>Talks resume in Geneva - Harbour Wire</title>", "source", "Harbour Wire"),
        ("<title>夜市摊位一摊一码_新闻中心_临江网</title>", "source", "临江网"),
        (
            "<title>Talks resume - Harbour Wire</title>"
            '<meta property="og:site_name" content="The Harbour Wire">',
            "source",
            "The Harbour Wire",
        ),
    ],
    ids=[
        "og-title",
        "byl",
        "date-published",
        "modified",
        "author-url-ignored",
        "title-site-part",
        "title-site-part-zh",
        "site-name-wins",
    ],
)
def test_meta_tags_fill_the_fields_the_text_left_empty(meta, field, value):
    page = f"<html><head>{meta}</head><body><p>{STORY}</p><p>{MORE}</p></body></html>"
    assert getattr(clean(page).metadata, field) == value
