"""A per-document time budget: a step that runs too long is stopped, never left to hang.

Every built-in pattern runs in linear time (the test-suite proves it per pattern), so a page
cannot make the pipeline hang by itself; the budget is the guard against what tests cannot
foresee: a user's step that loops, a pattern from a user's rule directory that backtracks,
a machine that is suddenly slow. With ``Pipeline(budget_seconds=S)`` (or
``Pipeline.default(budget_seconds=S)``) a document gets ``S`` seconds, from the moment
``clean()`` is called to the moment it returns (within about a tenth, however large the
document): a deadline, not a budget for the steps alone:

* reading the input (decoding, normalising) comes first and cannot be skipped; half as much
  time again is *kept* for building the body at the end (:meth:`Budget.keep`: grouping the
  lines into paragraphs costs up to that when no step removed anything), so the steps must
  be done by the deadline less that;
* between steps, a spent budget skips every remaining step except the cheap ones (whose cost
  does not grow with the page: ``language``); settling (reading the body once more) is left
  out when what is left would not hold another reading of the body;
* inside a step, in the main thread of a Unix process, a ``SIGALRM`` timer interrupts Python
  code (a loop, a ``sleep``) when the budget runs out, and every pattern of a rule file is
  matched with the ``regex`` module's ``timeout=``, which stops even a backtracking match;
* the interrupted step's partial work is discarded, the steps before it stand, and
  ``Article.warnings`` names the steps that were skipped. The result is conservative: it
  keeps text those steps would have removed; it never loses text they would have kept.

In a thread other than the main thread (or where ``SIGALRM`` is taken) only the checks
between steps and the pattern timeouts apply; a long loop of your own step can call
:func:`check` to stop there too.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["Budget", "OverBudget", "check", "regex_timeout"]

_DEADLINE: ContextVar[float | None] = ContextVar("articleclean_deadline", default=None)


class OverBudget(BaseException):
    """Raised inside a step when the document's time budget runs out.

    A ``BaseException``, so that a step's own ``except Exception`` cannot swallow it; the
    pipeline catches it and never lets it out of ``clean()``.
    """


def regex_timeout() -> float | None:
    """Seconds left for a pattern match in the running pipeline (``None``: no budget).

    >>> regex_timeout() is None
    True
    """
    deadline = _DEADLINE.get()
    if deadline is None:
        return None
    return max(deadline - time.monotonic(), 1e-6)


def check() -> None:
    """Raise :class:`OverBudget` if the running pipeline's budget is spent (else nothing).

    For long loops in steps of your own: the pipeline stops the step there, as the alarm
    would in the main thread.

    >>> check()  # no budget: never raises
    """
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() >= deadline:
        raise OverBudget


class Budget:
    """The time one document may take, from now.

    ``end`` is the document's deadline; ``deadline`` the steps', earlier by what is
    :meth:`kept <keep>` for the work after them.

    >>> b = Budget(60)
    >>> b.spent(), b.exceeded
    (False, False)
    """

    def __init__(self, seconds: float):
        self.seconds = float(seconds)
        self.started = time.monotonic()
        self.end = self.started + self.seconds
        self.deadline = self.end
        self.kept = 0.0
        self.exceeded = False

    def elapsed(self) -> float:
        """Seconds since the budget started."""
        return time.monotonic() - self.started

    def keep(self, seconds: float) -> None:
        """Keep ``seconds`` of the budget for what follows the steps (building the body): the
        steps' deadline moves that much before the end."""
        self.kept = max(0.0, float(seconds))
        self.deadline = self.end - self.kept

    def allows(self, seconds: float) -> bool:
        """Whether ``seconds`` more work still ends before the steps' deadline."""
        return not self.exceeded and time.monotonic() + seconds < self.deadline

    def spent(self) -> bool:
        """True once the budget is used up (and from then on)."""
        if not self.exceeded and time.monotonic() >= self.deadline:
            self.exceeded = True
        return self.exceeded

    @contextmanager
    def watch(self) -> Iterator[None]:
        """Run the body under the budget: pattern timeouts, and an alarm where possible."""
        token = _DEADLINE.set(self.deadline)
        try:
            armed = _arm(self)
            try:
                yield
            finally:
                if armed:
                    _disarm()
        finally:
            # in a finally of its own: the alarm can go off after the body ended and before
            # _disarm() took the budget down, and its OverBudget must not leave the deadline
            # set (every later match in this context would time out at once)
            _DEADLINE.reset(token)


_state = threading.local()


def _on_alarm(signum, frame) -> None:
    budget = getattr(_state, "budget", None)
    if budget is not None:  # disarmed between the signal and this handler: nothing to do
        budget.exceeded = True
        _state.budget = None
        raise OverBudget


def _arm(budget: Budget) -> bool:
    """Start a one-shot ``SIGALRM`` timer for the budget's remaining time, if we may."""
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    if getattr(_state, "budget", None) is not None:
        return False  # a pipeline running inside a step of another: the outer alarm rules
    try:
        current = signal.getsignal(signal.SIGALRM)
        if current not in (signal.SIG_DFL, signal.SIG_IGN, None, _on_alarm):
            return False  # the application uses SIGALRM itself
        if signal.getitimer(signal.ITIMER_REAL)[0] > 0:
            return False
        remaining = budget.deadline - time.monotonic()
        if remaining <= 0:
            return False
        _state.budget = budget
        _state.previous = current
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, remaining)
    except (ValueError, OSError):  # e.g. not allowed in this interpreter
        _state.budget = None
        return False
    return True


def _disarm() -> None:
    _state.budget = None  # first: an alarm arriving from here on does nothing
    signal.setitimer(signal.ITIMER_REAL, 0)
    previous = getattr(_state, "previous", signal.SIG_DFL)
    signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
