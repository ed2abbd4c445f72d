"""Many documents at once: worker processes, results in input order, bounded memory.

:func:`ordered_map` is the engine: it cuts the input into chunks (a few documents, or about a
megabyte), keeps at most ``window`` chunks in flight, and hands results back in input order,
so memory stays flat however long the input is. Worker processes ignore Ctrl-C; the caller's
``KeyboardInterrupt`` (or leaving the loop early) terminates them. :func:`clean_many` is the
public face of it for documents; ``articleclean clean`` uses the same engine for files.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from itertools import chain, islice
from typing import Any, TypeVar

from .errors import ArticlecleanError, PipelineError
from .model import Article
from .pipeline import Pipeline

__all__ = ["clean_many", "ordered_map", "resolve_jobs"]

T = TypeVar("T")
R = TypeVar("R")

CHUNK_ITEMS = 16  # documents per task handed to a worker ...
CHUNK_BYTES = 1 << 20  # ... or fewer, once they add up to this many bytes
WINDOW_PER_JOB = 3  # chunks in flight per worker

_WORK: tuple[Callable[..., Any], Any] | None = None  # (func, context) inside a worker


def cores() -> int:
    """The cores this process may run on (its CPU affinity, where the OS tells it)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def resolve_jobs(jobs: int | None) -> int:
    """``None`` or ``0`` mean one worker per core.

    >>> resolve_jobs(3)
    3
    >>> resolve_jobs(0) == cores()
    True
    """
    if jobs is None or jobs == 0:
        return cores()
    if jobs < 0:
        raise ValueError(f"jobs must be positive (or 0 for one per core), not {jobs}")
    return jobs


def clean_many(
    items: Iterable[str | bytes],
    *,
    pipeline: Pipeline | None = None,
    jobs: int | None = 1,
    encoding: str | None = None,
    errors: str = "raise",
) -> Iterator[Article | ArticlecleanError]:
    """Clean many documents, yielding one :class:`Article` per item, in input order.

    ``items`` may be any iterable of ``str`` or ``bytes`` (``bytes`` are decoded, with
    ``encoding`` forced if given); it is read lazily, so a generator over a huge file works
    in flat memory. ``jobs > 1`` runs that many worker processes (``None``/``0``: one per
    core); the pipeline is sent to them, so your own steps must be module-level functions
    (how they are started: :func:`worker_context`).
    ``errors="raise"`` raises the first :class:`DecodeError` (after stopping the workers);
    ``errors="yield"`` yields the error in that item's place and goes on.

    >>> [a.body for a in clean_many(["Share\\n\\nFirst story.", b"Tweet\\n\\nSecond story."])]
    ['First story.', 'Second story.']
    """
    if errors not in ("raise", "yield"):
        raise ValueError(f"errors must be 'raise' or 'yield', not {errors!r}")
    context = (pipeline or Pipeline.default(), encoding)
    results = ordered_map(_clean_one, items, context=context, jobs=resolve_jobs(jobs), warm=warm_up)
    with closing(results):
        for ok, value in results:
            if ok:
                yield value
            elif errors == "yield" and isinstance(value, ArticlecleanError):
                yield value
            else:
                raise value


def warm_up(context: Any) -> None:
    """Load the word lists and patterns a pipeline uses (:meth:`Pipeline.warm_up`).

    ``context`` is a :class:`Pipeline` or a tuple/object holding one (``.pipeline``).
    """
    pipe = context if isinstance(context, Pipeline) else getattr(context, "pipeline", None)
    if pipe is None and isinstance(context, tuple):
        pipe = next((c for c in context if isinstance(c, Pipeline)), None)
    if pipe is not None:
        pipe.warm_up()


def _clean_one(context: tuple[Pipeline, str | None], item: str | bytes) -> Article:
    pipe, encoding = context
    return pipe.clean(item, encoding=encoding)


def _size(item: Any) -> int:
    try:
        return len(item)
    except TypeError:
        return 0


def ordered_map(
    func: Callable[[Any, T], R],
    items: Iterable[T],
    *,
    context: Any = None,
    jobs: int = 1,
    size: Callable[[T], int] = _size,
    chunk_items: int = CHUNK_ITEMS,
    chunk_bytes: int = CHUNK_BYTES,
    window: int | None = None,
    warm: Callable[[Any], object] | None = None,
    early: Callable[[int, bool, Any], object] | None = None,
    started: Callable[[], object] | None = None,
) -> Iterator[tuple[bool, R | BaseException]]:
    """Yield ``(True, func(context, item))`` or ``(False, exception)`` per item, in order.

    With ``jobs > 1`` the work runs in that many processes; ``func`` and ``context`` must then
    be picklable (``func`` a module-level function). At most ``window`` chunks (default three
    per job) are in flight, so only a bounded part of ``items`` is held in memory. An input
    that fits in one chunk is run in this process: starting workers would not pay.
    ``warm(context)``, if given, is run here before workers are forked, so that what it
    loads (word lists, compiled patterns) is inherited instead of loaded once per worker.
    ``early(index, ok, value)``, if given, is called for each result that is ready before
    its turn (workers finish out of order), with the item's position in ``items``, so a
    caller can tell of a failure as it happens; the result is still yielded in its turn.
    ``started()``, if given, is called once the work has begun: in this process, or once the
    workers exist (a thread the caller starts then is not copied into forked workers).
    """
    chunks = _chunks(items, chunk_items, chunk_bytes, size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None) if jobs > 1 else None
    if second is None:
        if started is not None:
            started()
        for chunk in chain([first], chunks):
            yield from _run(func, context, chunk)
        return
    chunks = chain([first, second], chunks)
    yield from _pooled(func, context, chunks, jobs, window, warm, early, started)


def _chunks(
    items: Iterable[T], max_items: int, max_bytes: int, size: Callable[[T], int]
) -> Iterator[list[T]]:
    chunk: list[T] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += size(item)
        if len(chunk) >= max_items or total >= max_bytes:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def _run(func: Callable[[Any, T], R], context: Any, chunk: list[T]) -> list[tuple[bool, Any]]:
    out: list[tuple[bool, Any]] = []
    for item in chunk:
        try:
            out.append((True, func(context, item)))
        except Exception as exc:  # handed back in order; the caller decides
            out.append((False, exc))
    return out


def worker_context() -> Any:
    """How the workers are started: by ``fork`` (the platform's default here, which lets
    them inherit the loaded rules) while this process runs no other thread; by
    ``forkserver`` when it does (a web server's threads, a Spark driver's), because a
    thread holding a lock when the process forks leaves that lock held for ever in the
    worker. ``None`` means the default.
    """
    import multiprocessing
    import threading

    if multiprocessing.get_start_method() != "fork" or threading.active_count() == 1:
        return None
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover
        return None
    return multiprocessing.get_context("forkserver")


def _init_worker(payload: bytes) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    global _WORK
    _WORK = pickle.loads(payload)


def _run_in_worker(chunk: list[Any]) -> list[tuple[bool, Any]]:
    assert _WORK is not None, "worker not initialised"
    func, context = _WORK
    return _run(func, context, chunk)


def _pooled(
    func: Callable[[Any, T], R],
    context: Any,
    chunks: Iterator[list[T]],
    jobs: int,
    window: int | None,
    warm: Callable[[Any], object] | None,
    early: Callable[[int, bool, Any], object] | None = None,
    started: Callable[[], object] | None = None,
) -> Iterator[tuple[bool, Any]]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    try:
        payload = pickle.dumps((func, context))
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        raise PipelineError(
            f"the pipeline cannot be sent to worker processes ({exc}); define your own steps "
            "as module-level functions (not lambdas or nested functions), or use one job"
        ) from exc
    window = max(1, window or WINDOW_PER_JOB * jobs)
    mp_context = worker_context()
    if warm is not None and (mp_context or multiprocessing).get_start_method() == "fork":
        warm(context)  # forked workers inherit what this loads
    _flush_std_streams()  # forked workers must not inherit (and later write) pending output
    executor = ProcessPoolExecutor(
        jobs, mp_context=mp_context, initializer=_init_worker, initargs=(payload,)
    )
    finished = False
    start = 0  # position in ``items`` of the next chunk submitted
    told: set[Any] = set()  # futures whose results went to ``early``

    def submit(chunk: list[Any]) -> tuple[Any, int]:
        nonlocal start
        future = executor.submit(_run_in_worker, chunk)
        start += len(chunk)
        return future, start - len(chunk)

    try:
        pending = deque(submit(c) for c in islice(chunks, window))  # forks the workers
        if started is not None:
            started()
        while pending:
            if early is not None:
                _tell_early(pending, told, early, wait, FIRST_COMPLETED)
            head, _ = pending.popleft()
            told.discard(head)
            try:
                results = head.result()
            except BrokenProcessPool as exc:
                raise ArticlecleanError(
                    "a worker process stopped unexpectedly (killed, or out of memory?); "
                    "run with one job to see which input causes it"
                ) from exc
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(submit(nxt))
            yield from results
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:  # Ctrl-C, an error, or the caller stopped early: stop the workers now
            _terminate(executor)


def _tell_early(pending: deque, told: set, early, wait, first_completed) -> None:
    """Wait for the head of ``pending``; hand the results of chunks that finish before it to
    ``early`` (once each)."""
    head = pending[0][0]
    while not head.done():
        others = {f: at for f, at in list(pending)[1:] if f not in told}
        done, _ = wait([head, *others], return_when=first_completed)
        for future in done:
            if future is head or future in told:
                continue
            told.add(future)
            if future.exception() is None:
                for k, (ok, value) in enumerate(future.result()):
                    early(others[future] + k, ok, value)


def _flush_std_streams() -> None:
    import sys

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass


def _terminate(executor: Any) -> None:
    """Stop the workers now and wait until they are gone (nothing runs after this).

    The executor's own manager thread may reap a stopped worker before we do, so it is
    waited for too; only then is every worker known to be finished.
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)
    stop = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if stop is not None:
        stop()
    else:
        for p in processes:
            if p.is_alive():
                p.terminate()
        executor.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        p.join(timeout=5)
        if p.is_alive():  # pragma: no cover - a worker that ignores SIGTERM
            p.kill()
            p.join(timeout=5)
    if manager is not None:
        manager.join(timeout=5)
