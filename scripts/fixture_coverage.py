#!/usr/bin/env python3
"""Count what the fixture articles cover: junk kinds, metadata fields, languages, encodings.

Every ``fixtures/<site>/<article>/expected.json`` is read. Languages and encodings come from its
``metadata``; junk kinds, scraper style, whole-page dumps and negative metadata cases come from
tags at the end of its ``notes``, starting with ``kinds:`` (anything before that is free
text for people)::

    "... kinds: share, print, caption. style: links. page: whole. meta: no_author."

Usage::

    python scripts/fixture_coverage.py            # print the Markdown report
    python scripts/fixture_coverage.py --write    # (re)write fixtures/COVERAGE.md
    python scripts/fixture_coverage.py --check    # exit 1 if fixtures/COVERAGE.md is stale

The minimums the project asks of its fixtures are the constants below;
``tests/test_fixture_inventory.py`` checks them with :func:`problems`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
REPORT = FIXTURES / "COVERAGE.md"

# Junk kinds (issue 3), as tagged in notes. "mention" marks prose that only mentions a widget
# word and must stay in the body.
JUNK_KINDS = {
    "share": "share/social widgets and their counts",
    "print": "print / mail / close / save widgets",
    "fontsize": "font-size toggles",
    "counters": "view, comment, like and trailing counters",
    "signoff": "e-mail sign-offs, 'Contact the writer at ...'",
    "print_edition": "print-edition lines",
    "editor": "editor lines",
    "caption": "photo captions and credits",
    "markup": "leftover image/markup text (Markdown images, HTML comments)",
    "nav": "nav menus and breadcrumbs",
    "related": "related / read more / most popular / trending lists",
    "tags": "tag lists",
    "pagination": "pagination",
    "copyright": "copyright and reprint notices",
    "ads": "ads and sponsored labels",
    "subscribe": "newsletter, subscription, login and feedback prompts",
    "cookie": "cookie banners",
    "comments": "comment sections",
    "bio": "author bios at the foot",
    "script": "script and style residue",
    "source_line": "source-of-article lines",
    "mention": "prose that merely mentions a widget word (must stay)",
}
STYLES = {
    "blank": "paragraphs separated by blank lines",
    "lines": "one line per paragraph, no blank lines",
    "links": "inline links split onto their own lines",
    "wrapped": "hard-wrapped at a fixed width",
}
PAGES = {"whole": "whole-page dump (menus before, footers/comments after)"}
# Negative metadata cases and what the metadata must then say.
NEGATIVE_CASES = {
    "no_author": "no author on the page: authors == []",
    "editor_only": "editors but no author: authors == [], editors != []",
    "ambiguous_date": "numeric date nothing settles: published is null",
    "no_title": "no title evidence: title is null",
}
FIELDS = (
    "title",
    "subtitle",
    "authors",
    "editors",
    "published",
    "updated",
    "source",
    "agency",
    "url",
    "fetched",
    "dateline",
    "emails",
    "print_edition",
    "language",
    "encoding",
)

MIN_FIXTURES = 76
MIN_PER_LANGUAGE = {
    "en": 22,
    "zh": 18,
    "es": 3,
    "fr": 3,
    "de": 3,
    "pt": 3,
    "it": 3,
    "ru": 3,
    "ja": 3,
    "ko": 3,
}
MIN_KIND_FIXTURES = 3
MIN_KIND_LANGUAGES = 2
MIN_FIELD_FIXTURES = 10  # fixtures in English or Chinese that state a value for the field
MIN_NEGATIVE_CASES = 2
MIN_WHOLE_PAGES = {"en": 4, "zh": 4}
MIN_STYLE = 3
MIN_ENCODINGS = {
    "utf-8": 1,
    "utf-8-sig": 1,
    "utf-16-le": 1,
    "gb18030": 3,
    "cp950": 2,
    "cp932": 2,
    "cp949": 1,
    "cp1252": 2,
}
_TAG = re.compile(r"\b(kinds|style|page|meta):\s*([a-z_, ]+)")


@dataclass
class Fixture:
    id: str
    language: str
    encoding: str | None
    metadata: dict
    kinds: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    negatives: list[str] = field(default_factory=list)
    raw: bytes = b""

    @property
    def group(self) -> str:
        """The language without script or region: ``zh-Hant`` -> ``zh``."""
        return self.language.split("-")[0]


def parse_tags(notes: str) -> dict[str, list[str]]:
    """The tag lists at the end of a fixture's notes, from ``kinds:`` on.

    >>> parse_tags("A page: menus. kinds: share, print_edition. style: links. meta: no_author.")
    {'kinds': ['share', 'print_edition'], 'style': ['links'], 'meta': ['no_author']}
    >>> parse_tags("Free text only, style: none.")
    {}
    """
    tags: dict[str, list[str]] = {}
    start = notes.find("kinds:")
    if start < 0:
        return tags
    for key, values in _TAG.findall(notes[start:]):
        tags.setdefault(key, []).extend(v.strip() for v in values.split(",") if v.strip())
    return tags


def load(root: Path = FIXTURES) -> list[Fixture]:
    out = []
    for path in sorted(root.glob("*/*/expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        meta = expected.get("metadata", {})
        tags = parse_tags(expected.get("notes", ""))
        raw_path = path.parent / "raw.txt"
        out.append(
            Fixture(
                id=str(path.parent.relative_to(root)),
                language=meta.get("language") or "?",
                encoding=meta.get("encoding"),
                metadata=meta,
                kinds=tags.get("kinds", []),
                styles=tags.get("style", []),
                pages=tags.get("page", []),
                negatives=tags.get("meta", []),
                raw=raw_path.read_bytes() if raw_path.exists() else b"",
            )
        )
    return out


def has_value(value) -> bool:
    return value not in (None, [], "", {})


def field_counts(fixtures: list[Fixture]) -> dict[str, dict[str, Counter]]:
    """For each field: languages of fixtures stating a value, and of those stating none."""
    counts = {f: {"value": Counter(), "empty": Counter()} for f in FIELDS}
    for fx in fixtures:
        for name in FIELDS:
            if name in fx.metadata:
                kind = "value" if has_value(fx.metadata[name]) else "empty"
                counts[name][kind][fx.group] += 1
    return counts


def kind_counts(fixtures: list[Fixture]) -> dict[str, Counter]:
    counts = {k: Counter() for k in JUNK_KINDS}
    for fx in fixtures:
        for kind in set(fx.kinds):
            if kind in counts:
                counts[kind][fx.group] += 1
    return counts


def _negative_holds(case: str, meta: dict) -> bool:
    if case == "no_author":
        return meta.get("authors") == []
    if case == "editor_only":
        return meta.get("authors") == [] and bool(meta.get("editors"))
    if case == "ambiguous_date":
        return "published" in meta and meta["published"] is None
    if case == "no_title":
        return "title" in meta and meta["title"] is None
    return False


def _decodes_as(raw: bytes, encoding: str) -> bool:
    data = raw
    if encoding == "utf-16-le":
        if not raw.startswith(b"\xff\xfe"):
            return False
        data = raw[2:]
    elif encoding == "utf-8-sig" and not raw.startswith(b"\xef\xbb\xbf"):
        return False
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


CHECKS = ("count", "notes", "encoding", "language", "junk", "metadata", "negative", "page", "style")


def problems(fixtures: list[Fixture]) -> list[tuple[str, str]]:
    """Every way the inventory falls short of the minimums, as ``(check, message)`` pairs.

    ``check`` is one of :data:`CHECKS`; the list is empty when the inventory meets them all.
    """
    out: list[tuple[str, str]] = []
    if len(fixtures) < MIN_FIXTURES:
        out.append(("count", f"{len(fixtures)} fixtures, fewer than {MIN_FIXTURES}"))
    for fx in fixtures:
        out += [("notes", msg) for msg in _note_problems(fx)]
        if fx.encoding and not _decodes_as(fx.raw, fx.encoding):
            out.append(("encoding", f"{fx.id}: raw.txt is not {fx.encoding} as expected.json says"))
    languages = Counter(fx.group for fx in fixtures)
    for lang, least in MIN_PER_LANGUAGE.items():
        if languages[lang] < least:
            out.append(("language", f"{lang}: {languages[lang]} fixtures, fewer than {least}"))
    scripts = {fx.language for fx in fixtures if fx.group == "zh"}
    out += [("language", f"no {s} fixture") for s in ("zh-Hans", "zh-Hant") if s not in scripts]
    for kind, langs in kind_counts(fixtures).items():
        total = sum(langs.values())
        if total < MIN_KIND_FIXTURES or len(langs) < MIN_KIND_LANGUAGES:
            msg = (
                f"{kind}: {total} fixtures in {len(langs)} languages "
                f"(need {MIN_KIND_FIXTURES} in {MIN_KIND_LANGUAGES})"
            )
            out.append(("junk", msg))
    for name, counts in field_counts(fixtures).items():
        values = counts["value"]
        en_zh = values["en"] + values["zh"]
        if en_zh < MIN_FIELD_FIXTURES or not (values["en"] and values["zh"]):
            msg = (
                f"{name}: {en_zh} English/Chinese fixtures state a value "
                f"(en {values['en']}, zh {values['zh']}; need {MIN_FIELD_FIXTURES} with both)"
            )
            out.append(("metadata", msg))
    for case in NEGATIVE_CASES:
        n = sum(case in fx.negatives for fx in fixtures)
        if n < MIN_NEGATIVE_CASES:
            out.append(("negative", f"{case}: {n} fixtures, fewer than {MIN_NEGATIVE_CASES}"))
    whole = Counter(fx.group for fx in fixtures if "whole" in fx.pages)
    for lang, least in MIN_WHOLE_PAGES.items():
        if whole[lang] < least:
            out.append(("page", f"whole-page dumps in {lang}: {whole[lang]}, fewer than {least}"))
    styles = Counter(s for fx in fixtures for s in set(fx.styles))
    for style in STYLES:
        if styles[style] < MIN_STYLE:
            out.append(("style", f"{style}: {styles[style]} fixtures, fewer than {MIN_STYLE}"))
    if not any("wrapped" in fx.styles and fx.group in ("zh", "ja") for fx in fixtures):
        out.append(("style", "no hard-wrapped CJK fixture"))
    encodings = Counter(fx.encoding for fx in fixtures)
    for enc, least in MIN_ENCODINGS.items():
        if encodings[enc] < least:
            out.append(("encoding", f"{enc}: {encodings[enc]} fixtures, fewer than {least}"))
    if not any(fx.encoding == "gb18030" and not _decodes_as(fx.raw, "gbk") for fx in fixtures):
        out.append(("encoding", "no GB18030 fixture that needs more than GBK"))
    return out


def _note_problems(fx: Fixture) -> list[str]:
    out = [f"{fx.id}: unknown junk kind {k!r}" for k in fx.kinds if k not in JUNK_KINDS]
    out += [f"{fx.id}: unknown style {s!r}" for s in fx.styles if s not in STYLES]
    out += [f"{fx.id}: unknown page type {p!r}" for p in fx.pages if p not in PAGES]
    for case in fx.negatives:
        if case not in NEGATIVE_CASES:
            out.append(f"{fx.id}: unknown negative case {case!r}")
        elif not _negative_holds(case, fx.metadata):
            out.append(f"{fx.id}: tagged {case} but its metadata does not say so")
    if not fx.styles:
        out.append(f"{fx.id}: notes name no style (tags start with 'kinds:')")
    return out


def _langs(counter: Counter) -> str:
    return ", ".join(
        f"{lang} {n}" for lang, n in sorted(counter.items(), key=lambda x: (-x[1], x[0]))
    )


def report(fixtures: list[Fixture]) -> str:
    lines = [
        "# Fixture coverage",
        "",
        "Generated by `python scripts/fixture_coverage.py --write` from the fixtures' "
        "`expected.json` (metadata, and the `kinds:` / `style:` / `page:` / `meta:` tags in "
        "`notes`). Do not edit by hand.",
        "",
        f"{len(fixtures)} fixtures.",
        "",
        "## Languages",
        "",
        "| language | fixtures |",
        "|---|---|",
    ]
    for lang, n in sorted(Counter(fx.language for fx in fixtures).items()):
        lines.append(f"| {lang} | {n} |")
    lines += ["", "## Encodings", "", "| encoding (as reported) | fixtures | languages |"]
    lines.append("|---|---|---|")
    by_enc: dict[str, Counter] = {}
    for fx in fixtures:
        by_enc.setdefault(fx.encoding or "-", Counter())[fx.group] += 1
    for enc, langs in sorted(by_enc.items()):
        lines.append(f"| {enc} | {sum(langs.values())} | {_langs(langs)} |")
    narrow = [fx.id for fx in fixtures if fx.encoding == "gb18030" and _decodes_as(fx.raw, "gbk")]
    wide = [fx.id for fx in fixtures if fx.encoding == "gb18030" and fx.id not in narrow]
    lines += [
        "",
        f"Of the gb18030 files, {len(narrow)} decode as plain GBK; those that need GB18030: "
        f"{len(wide)} ({', '.join(wide) or 'none'}).",
        "",
        "## Scraper styles and page types",
        "",
        "| style | fixtures | languages |",
        "|---|---|---|",
    ]
    for style, desc in STYLES.items():
        langs = Counter(fx.group for fx in fixtures if style in fx.styles)
        lines.append(f"| {style} ({desc}) | {sum(langs.values())} | {_langs(langs)} |")
    for page, desc in PAGES.items():
        langs = Counter(fx.group for fx in fixtures if page in fx.pages)
        lines.append(f"| page: {page} ({desc}) | {sum(langs.values())} | {_langs(langs)} |")
    lines += [
        "",
        "## Junk kinds",
        "",
        "| kind | what | fixtures | languages |",
        "|---|---|---|---|",
    ]
    for kind, langs in kind_counts(fixtures).items():
        lines.append(f"| {kind} | {JUNK_KINDS[kind]} | {sum(langs.values())} | {_langs(langs)} |")
    lines += [
        "",
        "## Metadata fields",
        "",
        "A fixture *states a value* when its expected field is non-null and non-empty; "
        "*states none* when it expects `null` / `[]` (a negative case). Fields a fixture leaves "
        "out are not compared.",
        "",
        "| field | states a value | of which en + zh | languages | states none |",
        "|---|---|---|---|---|",
    ]
    for name, counts in field_counts(fixtures).items():
        value, empty = counts["value"], counts["empty"]
        lines.append(
            f"| {name} | {sum(value.values())} | {value['en'] + value['zh']} | "
            f"{_langs(value)} | {sum(empty.values())} |"
        )
    lines += ["", "## Negative metadata cases", "", "| case | fixtures |", "|---|---|"]
    for case, desc in NEGATIVE_CASES.items():
        ids = [fx.id for fx in fixtures if case in fx.negatives]
        lines.append(f"| {case} ({desc}) | {len(ids)}: {', '.join(ids)} |")
    lines += [
        "",
        "## Fixtures",
        "",
        "| fixture | language | encoding | style | kinds |",
        "|---|---|---|---|---|",
    ]
    for fx in fixtures:
        style = ", ".join(fx.styles + [f"page: {p}" for p in fx.pages])
        lines.append(
            f"| {fx.id} | {fx.language} | {fx.encoding} | {style} | {', '.join(fx.kinds)} |"
        )
    found = problems(fixtures)
    lines += ["", "## Shortfalls against the minimums", ""]
    lines += [f"- {check}: {msg}" for check, msg in found] or ["None."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help=f"write {REPORT.relative_to(ROOT)}")
    group.add_argument("--check", action="store_true", help="exit 1 if the report is stale")
    args = parser.parse_args(argv)
    text = report(load())
    if args.write:
        REPORT.write_text(text, encoding="utf-8")
    elif args.check:
        if not REPORT.exists() or REPORT.read_text(encoding="utf-8") != text:
            print(f"{REPORT.relative_to(ROOT)} is stale; run {Path(__file__).name} --write")
            return 1
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
