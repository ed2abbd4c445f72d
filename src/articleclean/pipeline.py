"""The pipeline: one table of named steps, run in order over a :class:`~articleclean.model.Doc`.

``DEFAULT_STEPS`` below *is* the default pipeline: every built-in cleaner and extractor, in
the order they run. :class:`Pipeline` is immutable; ``without``, ``only``, ``insert`` and
``configure`` return new pipelines.

A step is a plain function. Built-in steps take ``(doc, rules, **options)``; a user step
takes just ``(doc)`` and returns a new ``Doc`` (see :meth:`Pipeline.insert`). Every removal a
step makes is recorded under the step's name.

:meth:`Pipeline.clean` runs the steps, then *settles* the result (:mod:`.settle`): it runs
them once more over the body, as cleaning the body again would, and maps what that removes
back onto the input, so that cleaning a body again changes nothing. With ``budget_seconds``
a document gets that much time (:mod:`.budget`); a step over the budget is stopped and the
result says so in ``Article.warnings`` instead of hanging. Before the steps, the input is
taken in (:mod:`.intake`): bytes decoded, an HTML document converted to text lines (unless
``html=False``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field, replace
from time import perf_counter
from typing import Any

from ._memo import RunMemo, current, running
from .analysis import Role, analysis
from .budget import Budget, OverBudget
from .classify.boilerplate import boilerplate
from .cleaners.bios import author_bios
from .cleaners.captions import photo_captions
from .cleaners.comments import comment_sections
from .cleaners.counters import trailing_counters
from .cleaners.labels import ad_labels, cookie_banners, copyright_notices, subscription_prompts
from .cleaners.lists import nav_menus, pagination, related_lists, tag_lists
from .cleaners.residue import markup_residue, script_residue
from .cleaners.widgets import font_size_toggles, print_mail_widgets, share_buttons
from .errors import PipelineError, RuleError
from .extract.bbs import bbs_header
from .extract.byline import byline
from .extract.credit_plan import credits
from .extract.dateline import dateline
from .extract.dates import dates
from .extract.editors import editors
from .extract.emails import emails
from .extract.language import language
from .extract.print_edition import print_edition
from .extract.publisher import publisher
from .extract.record import crawler_record
from .extract.source import source
from .extract.title import title
from .intake import fill_from_hints, take_in
from .model import Article, Doc, Metadata, sorted_removals
from .rules import RuleBook
from .settle import MAX_PASSES, body_of, map_back, merge_meta
from .templates import Templates, site_template

__all__ = ["DEFAULT_STEPS", "Pipeline", "Step", "list_cleaners"]


@dataclass(frozen=True)
class Step:
    """One named step of a pipeline.

    ``kind`` is ``"analysis"`` (adds to the page's analysis, removes nothing), ``"cleaner"``
    (removes junk), ``"extractor"`` (fills a metadata field and removes the lines it read),
    ``"classifier"`` or ``"user"``. ``builtin`` steps are called as
    ``func(doc, rules, **options)``, user steps as ``func(doc)``. A ``cheap`` step (one
    whose cost does not grow beyond a scan of the page) still runs when the document's time
    budget is spent.

    ``role`` says what the step's removals are (:class:`~articleclean.analysis.Role`): the
    page's analysis files them under it, and the steps that ask "was a credit line taken
    here" ask by role. ``needs`` names the analysis steps whose results the step reads.
    ``marks`` (:data:`~articleclean.analysis.MARKS`) name the kinds of line the step works
    on: on a page where the analysis marked none, the step cannot remove anything or set
    any field, and the pipeline does not run it. A step that never ``removes`` anything
    (it only fills a field) is not run again over the body when the result settles: the
    body reads as the lines it read.
    """

    name: str
    func: Callable[..., Doc]
    kind: str = "cleaner"
    options: Mapping[str, Any] = field(default_factory=dict)
    builtin: bool = True
    cheap: bool = False
    role: Role = Role.BOILERPLATE
    needs: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()
    removes: bool = True

    @property
    def summary(self) -> str:
        """The first line of the step's docstring."""
        doc = inspect.getdoc(self.func) or ""
        return " ".join(doc.split("\n\n")[0].split()).replace("``", "")

    def run(self, doc: Doc, rules: RuleBook) -> Doc:
        analysis = doc.analysis
        before = len(doc.removed)
        meta, provenance = doc.meta, doc.provenance
        doc = replace(doc, step=self.name)
        doc = self.func(doc, rules, **self.options) if self.builtin else self.func(doc)
        if analysis is not None:
            if doc.analysis is not analysis:  # a step that built a new Doc
                doc = replace(doc, analysis=analysis)
            if len(doc.removed) > before:
                analysis.record(self.role, doc.removed[before:])
        if doc.meta is not meta:
            doc = _stamp(doc, meta, provenance, self.name)
        return doc


def _stamp(doc: Doc, meta: Mapping[str, Any], provenance: Mapping[str, Any], step: str) -> Doc:
    """Name ``step`` in the provenance of every field it set (``meta`` and ``provenance``:
    the document's before the step ran); a field it set without saying how gets its name
    alone."""
    out = dict(doc.provenance)
    for name, value in doc.meta.items():
        if name in meta and meta[name] == value and name in out:
            continue
        why = out.get(name)
        if why is None or why is provenance.get(name):
            why = {}  # set by this step, which did not say how
        out[name] = {"step": step, **{k: v for k, v in why.items() if k != "step"}}
    return replace(doc, provenance=out)


_CREDITS = ("analysis", "credits")
_PRINT = ("print_edition",)

# The default pipeline, in order. The page's analysis first; the crawler's record on top of
# the file (not the page: read, then gone before any step looks); residue of the page's source;
# widget bars (they sit between header lines); the credit plan, then the extractors that
# apply it (byline before dates: a poster's name above "发表于 <date>" needs the date line
# still there; the dateline at the head of the first paragraph after them); the vocabulary
# cleaners; the title (whose evidence is the credit lines under it); the classifier, which
# sees only what the named cleaners left; the counters left behind; the language.
DEFAULT_STEPS: tuple[Step, ...] = (
    Step("analysis", analysis, kind="analysis", role=Role.ANALYSIS),
    Step("crawler_record", crawler_record, kind="extractor", cheap=True, role=Role.RECORD),
    Step("script_residue", script_residue, role=Role.RESIDUE),
    Step("markup_residue", markup_residue, role=Role.RESIDUE),
    Step("share_buttons", share_buttons, role=Role.WIDGET, marks=("share",)),
    Step("print_mail_widgets", print_mail_widgets, role=Role.WIDGET, marks=("print",)),
    Step("font_size_toggles", font_size_toggles, role=Role.WIDGET, marks=("fontsize",)),
    Step("bbs_header", bbs_header, kind="extractor", role=Role.WIDGET, marks=("bbs",)),
    Step("credits", credits, kind="analysis", role=Role.ANALYSIS, needs=("analysis",)),
    Step("byline", byline, kind="extractor", role=Role.CREDIT, needs=_CREDITS),
    Step("editors", editors, kind="extractor", role=Role.CREDIT, needs=_CREDITS),
    Step("dates", dates, kind="extractor", role=Role.CREDIT, needs=_CREDITS),
    Step("source", source, kind="extractor", role=Role.CREDIT, needs=_CREDITS),
    Step("dateline", dateline, kind="extractor", role=Role.CREDIT, needs=_CREDITS),
    Step("emails", emails, kind="extractor", role=Role.WIDGET, marks=("at",)),
    Step("print_edition", print_edition, kind="extractor", role=Role.CREDIT, marks=_PRINT),
    Step("photo_captions", photo_captions),
    Step("ad_labels", ad_labels, role=Role.WIDGET),
    Step("subscription_prompts", subscription_prompts, role=Role.WIDGET),
    Step("cookie_banners", cookie_banners),
    Step("copyright_notices", copyright_notices, role=Role.FOOTER),
    Step("nav_menus", nav_menus, marks=("nav",)),
    Step("related_lists", related_lists),
    Step("tag_lists", tag_lists, marks=("tags",)),
    Step("pagination", pagination, marks=("pager",)),
    Step("comment_sections", comment_sections, marks=("comments",)),
    Step("author_bios", author_bios, marks=("bios",)),
    Step("trailing_counters", trailing_counters, marks=("counters",)),
    Step("title", title, kind="extractor", role=Role.HEADLINE, needs=_CREDITS),
    Step("publisher", publisher, kind="extractor", role=Role.ANALYSIS, needs=_CREDITS),
    Step("boilerplate", boilerplate, kind="classifier", needs=_CREDITS),
    Step("language", language, kind="extractor", cheap=True, removes=False),
)


class Pipeline:
    """An immutable sequence of steps.

    >>> pipe = Pipeline.default().without("font_size_toggles")
    >>> "font_size_toggles" in pipe.names
    False
    >>> pipe.clean("Share\\n\\nThe body of the story, which is long enough to be prose.").body
    'The body of the story, which is long enough to be prose.'
    """

    def __init__(
        self,
        steps: Iterable[Step] = DEFAULT_STEPS,
        *,
        rules: RuleBook | None = None,
        strict: bool = False,
        budget_seconds: float | None = None,
        html: bool = True,
    ):
        self.steps: tuple[Step, ...] = tuple(steps)
        self.rules = rules or RuleBook()
        self.strict = strict
        self.html = bool(html)
        if budget_seconds is not None and not budget_seconds > 0:
            raise PipelineError(f"budget_seconds must be a positive number, not {budget_seconds!r}")
        self.budget_seconds = budget_seconds
        names = [s.name for s in self.steps]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise PipelineError(f"step names must be unique; repeated: {', '.join(sorted(dupes))}")
        for pos, step in enumerate(self.steps):
            missing = [n for n in step.needs if n not in names[:pos]]
            if missing:
                raise PipelineError(
                    f"step {step.name!r} reads what {', '.join(map(repr, missing))} "
                    f"finds, so {'they' if len(missing) > 1 else 'it'} must come before it"
                )

    # -- building --------------------------------------------------------------------------
    @classmethod
    def default(
        cls,
        *,
        langs: Iterable[str] | None = None,
        extra_rule_dirs: Iterable[str] = (),
        strict: bool = False,
        budget_seconds: float | None = None,
        html: bool = True,
    ) -> Pipeline:
        """Every built-in step, in order.

        ``langs`` restricts word lists to those languages (all by default; codes such as
        ``en``, ``zh-Hans`` or ``pt-BR``, and an unknown one raises :class:`PipelineError`);
        ``extra_rule_dirs`` adds directories of word lists and patterns of your own;
        ``strict=True`` lets a step's exception propagate instead of being recorded as a
        warning (useful in tests of your own steps); ``budget_seconds`` gives each document
        that much time, after which the remaining steps are skipped with a warning (see
        :mod:`articleclean.budget`); ``html=False`` cleans an HTML document as it is, instead
        of converting it to text lines first (see :mod:`articleclean.html`).
        """
        rules = RuleBook(langs, tuple(extra_rule_dirs))  # (codes checked, mapped to folders)
        return cls(
            DEFAULT_STEPS, rules=rules, strict=strict, budget_seconds=budget_seconds, html=html
        )

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"

    def _copy(self, steps: Iterable[Step] | None = None, **settings: Any) -> Pipeline:
        """A pipeline like this one, with other ``steps`` and/or other settings."""
        kept = {
            "rules": self.rules,
            "strict": self.strict,
            "budget_seconds": self.budget_seconds,
            "html": self.html,
        }
        return Pipeline(self.steps if steps is None else steps, **{**kept, **settings})

    @property
    def memo(self) -> RunMemo:
        """What the steps work out about texts, remembered for every document this pipeline
        (and every pipeline made from it: they share its rules) cleans: the run's memo. It
        lives with the rule book; a pipeline sent to a worker process starts a new one."""
        return self.rules.memo

    def _check(self, names: Iterable[str]) -> None:
        unknown = [n for n in names if n not in self.names]
        if unknown:
            raise PipelineError(
                f"unknown step{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}; "
                f"the pipeline has: {', '.join(self.names)}"
            )

    def without(self, *names: str) -> Pipeline:
        """This pipeline minus the named steps.

        An analysis step that a step left in the pipeline reads cannot go (the error names
        the steps that read it).
        """
        self._check(names)
        kept = [s for s in self.steps if s.name not in names]
        for name in names:
            readers = [s.name for s in kept if name in s.needs]
            if readers:
                raise PipelineError(
                    f"cannot switch off {name!r}: {', '.join(readers)} "
                    f"{'read' if len(readers) > 1 else 'reads'} what it finds "
                    "(switch them off too)"
                )
        return self._copy(kept)

    def only(self, *names: str) -> Pipeline:
        """Only the named steps, in pipeline order, and the analysis steps they read.

        >>> Pipeline.default().only("byline").names
        ['analysis', 'credits', 'byline']
        """
        self._check(names)
        wanted = set(names)
        for step in reversed(self.steps):  # needs come before the steps that have them
            if step.name in wanted:
                wanted.update(step.needs)
        return self._copy(s for s in self.steps if s.name in wanted)

    def insert(
        self,
        func: Callable[[Doc], Doc],
        *,
        before: str | None = None,
        after: str | None = None,
        name: str | None = None,
        role: Role = Role.BOILERPLATE,
    ) -> Pipeline:
        """Add a user step ``func(doc) -> Doc`` before or after a named step (default: last).

        ``role`` says what the step removes (:class:`~articleclean.analysis.Role`; by default
        boilerplate): a step that removes credit lines says ``Role.CREDIT``, so the title and
        the classifier count them as the article's header.

        >>> def no_ads(doc):
        ...     return doc.drop_lines(lambda l: "ad_label" if l.text == "ADVERTISEMENT" else None)
        >>> pipe = Pipeline.default().insert(no_ads, after="share_buttons")
        >>> pipe.clean("ADVERTISEMENT\\nThe body.").body
        'The body.'
        """
        if before and after:
            raise PipelineError("give either before= or after=, not both")
        step = Step(name or func.__name__, func, kind="user", builtin=False, role=role)
        steps = list(self.steps)
        if before or after:
            anchor = before or after
            self._check([anchor])
            pos = self.names.index(anchor) + (1 if after else 0)
        else:
            pos = len(steps)
        steps.insert(pos, step)
        return self._copy(steps)

    def with_templates(self, templates: Templates) -> Pipeline:
        """This pipeline plus a ``site_template`` step that removes a site's template lines.

        ``templates`` comes from :class:`~articleclean.templates.TemplateLearner` run over
        the site's pages. The step goes right after the classifier: the template's menus
        still mark for the classifier where the article ends, and the step then takes out the
        template lines left inside the body region.
        """
        step = Step("site_template", site_template, options={"templates": templates})
        steps = [s for s in self.steps if s.name != "site_template"]
        names = [s.name for s in steps]
        pos = names.index("boilerplate") + 1 if "boilerplate" in names else len(steps)
        steps.insert(pos, step)
        return self._copy(steps)

    def with_budget(self, seconds: float | None) -> Pipeline:
        """This pipeline with a time budget of ``seconds`` per document (``None``: none).

        >>> Pipeline.default().with_budget(5).budget_seconds
        5
        """
        return self._copy(budget_seconds=seconds)

    def with_html(self, html: bool) -> Pipeline:
        """This pipeline converting HTML documents to text first (``True``, the default) or
        cleaning them as they are (``False``).

        >>> page = "<html><body><p>Share</p><p>The body of the story.</p></body></html>"
        >>> Pipeline.default().clean(page).body
        'The body of the story.'
        >>> Pipeline.default().with_html(False).html
        False
        """
        return self._copy(html=html)

    def with_rules(self, rules: RuleBook) -> Pipeline:
        """This pipeline with another rule book: other languages or rule directories.

        >>> Pipeline.default().with_rules(RuleBook(("pt-BR",))).rules.langs
        ('pt',)
        """
        return self._copy(rules=rules)

    def configure(self, name: str, **options: Any) -> Pipeline:
        """Set options of a built-in step (``configure("title", max_tokens=20)``)."""
        self._check([name])
        steps = []
        for s in self.steps:
            if s.name == name:
                params = inspect.signature(s.func).parameters
                bad = [o for o in options if o not in params or o in ("doc", "rules")]
                if bad:
                    accepted = [p for p in params if p not in ("doc", "rules")]
                    raise PipelineError(
                        f"step {name!r} has no option {', '.join(map(repr, bad))}; "
                        f"it accepts: {', '.join(accepted) or 'no options'}"
                    )
                s = replace(s, options={**s.options, **options})
            steps.append(s)
        return self._copy(steps)

    # -- running ---------------------------------------------------------------------------
    def run(
        self,
        doc: Doc,
        *,
        timings: MutableMapping[str, float] | None = None,
        budget: Budget | None = None,
    ) -> Doc:
        """Run every step over ``doc`` (once, without settling; see :meth:`clean`).

        A step that raises is skipped with a warning (unless ``strict``); with a ``budget``,
        the steps that do not fit in it are skipped with a warning. With ``timings``, each
        step's seconds are added to ``timings[step name]``. Called on its own (outside
        :meth:`clean` or another run), it runs in the pipeline's memo.
        """
        if current() is None:
            with running(self.memo):
                return self.run(doc, timings=timings, budget=budget)
        skipped: list[str] = []
        for step in self.steps:
            if budget is not None and budget.spent() and not step.cheap:
                skipped.append(step.name)
                continue
            if step.marks and doc.analysis is not None:
                if not any(doc.analysis.has_mark(doc, m) for m in step.marks):
                    if timings is not None:  # no line the step works on: it would do nothing
                        timings[step.name] = timings.get(step.name, 0.0)
                    continue
            began = perf_counter() if timings is not None else 0.0
            try:
                if budget is None:
                    doc = step.run(doc, self.rules)
                else:
                    with budget.watch():
                        doc = step.run(doc, self.rules)
            except OverBudget:
                skipped.append(step.name)
            except RuleError:
                raise  # a malformed word list is the user's to fix, not a document's fault
            except Exception as exc:  # a step's bug must not cost the user the document
                if isinstance(exc, TimeoutError) and budget is not None and budget.spent():
                    skipped.append(step.name)  # a pattern match stopped by the budget
                elif self.strict:
                    raise
                else:
                    doc = replace(doc, step=step.name).warn(
                        f"step failed and was skipped ({type(exc).__name__}: {exc})"
                    )
            if timings is not None:
                timings[step.name] = timings.get(step.name, 0.0) + perf_counter() - began
        if skipped and budget is not None:
            doc = replace(doc, step="budget").warn(
                f"over the time budget of {budget.seconds:g} s; skipped {', '.join(skipped)} "
                "(what they would have removed is still in the body)"
            )
        return doc

    def clean(
        self,
        text: str | bytes,
        *,
        encoding: str | None = None,
        timings: MutableMapping[str, float] | None = None,
    ) -> Article:
        """Clean one document: ``str``, or ``bytes`` in any encoding (decoded first).

        Raises :class:`~articleclean.errors.DecodeError` only for bytes that cannot be read.
        The body is *settled*: cleaning it again with this pipeline changes nothing.

        ``timings``, a dict, collects where the time goes: seconds are *added* to
        ``"decode"``, ``"normalize"`` (without ftfy), ``"ftfy"``, each step's name,
        ``"settle"`` (the passes over the body) and ``"paragraphs"``, so one dict can sum a
        whole corpus (``benchmarks/`` does).

        >>> timings = {}
        >>> _ = Pipeline.default().clean(b"Share\\n\\nThe body.", timings=timings)
        >>> {"decode", "normalize", "ftfy", "share_buttons", "settle", "paragraphs"} <= set(timings)
        True
        """
        if self.budget_seconds is not None:
            self.warm_up()  # loading the rules is not the document's time
        clock = _Clock(timings)
        budget = Budget(self.budget_seconds) if self.budget_seconds is not None else None
        intake = take_in(text, encoding=encoding, html=self.html)
        text = intake.text
        clock.lap("decode")
        ftfy_before = timings.get("ftfy", 0.0) if timings is not None else 0.0
        doc = Doc.from_text(text, encoding=intake.encoding, timings=timings)
        if intake.warnings:
            doc = replace(doc, warnings=intake.warnings)
        if timings is not None:  # ftfy's seconds are counted under "ftfy" already
            clock.lap("normalize", minus=timings.get("ftfy", 0.0) - ftfy_before)
        if budget is not None:  # building the body at the end costs up to half as much again
            budget.keep(1.5 * budget.elapsed())
        memo = self.memo
        # the run's memo; a long document's lines stay remembered while it is cleaned
        with running(memo), memo.sized_for(len(doc.lines), len(text)):
            doc = self.run(doc, timings=timings, budget=budget)
            clock.restart()
            doc, body = self._settle(doc, budget)
            clock.lap("settle")
        if intake.hints:  # what an HTML page's markup says, where the text said nothing
            doc = doc.with_meta(**fill_from_hints(doc.meta, intake.hints))
        article = _article(doc, body)
        clock.lap("paragraphs")
        return article

    def warm_up(self) -> None:
        """Load what the built-in steps read (word lists and patterns: each loads when a
        step first asks for it), by cleaning a small sample with them, once per rule book.
        A bundled pattern is compiled later still, when a line first holds its literals
        (about a millisecond each, and most pages need few of them).

        :meth:`clean` calls it before the first document when the pipeline has a time
        budget, so that a document's budget is spent on the document, not on loading the
        rules; the folder command and :func:`~articleclean.clean_many` call it before they
        fork their workers, which then start warm. Your own steps are not run.

        >>> pipe = Pipeline.default()
        >>> pipe.warm_up()
        >>> pipe.warm_up()  # (the second call does nothing)
        """
        loaded = self.rules._loaded
        if loaded.get(_WARMED):
            return
        loaded[_WARMED] = True
        sample = self._copy((s for s in self.steps if s.builtin), budget_seconds=None)
        sample.clean(_WARM_UP_TEXT)

    def _settle(self, doc: Doc, budget: Budget | None) -> tuple[Doc, str]:
        """Run the steps over the body until they remove nothing (see :mod:`.settle`);
        the settled doc and its body."""
        body: str | None = None
        groups: list[list[int]] = []
        over_body = self._copy(s for s in self.steps if s.removes or s.kind == "analysis")
        for _ in range(MAX_PASSES):
            # a pass reads the body again before its steps: it must fit in what is left
            if budget is not None and not budget.allows(2 * budget.kept):
                return _out_of_time(doc, budget), body_of(doc)[0] if body is None else body
            if body is None:
                body, groups = body_of(doc)
            check = over_body.run(Doc.from_paragraphs(body), budget=budget)
            if budget is not None and budget.exceeded:
                return _out_of_time(doc, budget), body
            if not check.removed:
                return doc, body
            settled = merge_meta(map_back(doc, groups, check), check)
            new_body, groups = body_of(settled)
            if new_body == body:
                return replace(doc, step="settle").warn(
                    "cleaning the body again removes text that cannot be traced to the input"
                ), body
            doc, body = settled, new_body
        return replace(doc, step="settle").warn(
            f"the body still changed after {MAX_PASSES} more passes; "
            "cleaning it again may remove more"
        ), body or ""


# Touches most word lists and patterns of the default pipeline (they load on first use).
_WARM_UP_TEXT = (
    "Headline of the story\n\nBy A Writer\n\nUpdated: 2016-07-12 08:00\n\nShare | Print\n\n"
    "The body of the story, long enough to read as a paragraph of prose to every cleaner.\n\n"
    "分享到\n\n新华社北京7月12日电 正文内容，足够长的一段新闻正文。\n\nanbaijie@example.com\n\n0"
)
_WARMED = object()  # the key, in a rule book's loaded rules, of "warm_up has run"


def _out_of_time(doc: Doc, budget: Budget) -> Doc:
    """``doc`` unsettled, with a budget warning (unless it has one: steps were skipped)."""
    if any(w.startswith("budget:") for w in doc.warnings):
        return doc
    return replace(doc, step="budget").warn(
        f"over the time budget of {budget.seconds:g} s while settling; "
        "cleaning the body again may remove more"
    )


class _Clock:
    """Adds the seconds since the last lap to ``timings[name]`` (nothing without timings)."""

    def __init__(self, timings: MutableMapping[str, float] | None):
        self.timings = timings
        self.began = perf_counter() if timings is not None else 0.0

    def restart(self) -> None:
        if self.timings is not None:
            self.began = perf_counter()

    def lap(self, name: str, *, minus: float = 0.0) -> None:
        if self.timings is None:
            return
        now = perf_counter()
        self.timings[name] = self.timings.get(name, 0.0) + now - self.began - minus
        self.began = now


def _article(doc: Doc, body: str) -> Article:
    """The Article of the settled ``doc``, whose body (its paragraphs, as ``assemble`` joins
    them) is ``body``."""
    paragraphs = tuple(body.split("\n\n")) if body else ()
    return Article(
        body=body,
        paragraphs=paragraphs,
        metadata=Metadata.from_fields(doc.meta),
        removed=sorted_removals(doc.removed),
        warnings=doc.warnings,
        provenance={k: v for k, v in doc.provenance.items() if doc.meta.get(k)},
    )


def list_cleaners(pipeline: Pipeline | None = None) -> list[tuple[str, str, str]]:
    """``(name, kind, one-line description)`` of every step of ``pipeline`` (default one)."""
    pipe = pipeline or Pipeline.default()
    return [(s.name, s.kind, s.summary) for s in pipe.steps]
