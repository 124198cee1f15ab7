"""Time budgets for reading the store: a question still running when its budget is spent is
stopped, and fails with OverBudget saying why.

SQLite calls a progress handler every STEPS steps of its virtual machine (well under a
millisecond of work); ours ends the statement once the budget of the thread running it is
spent. The budget is the thread's, not the connection's, because a question is asked by one
thread from start to end, and budgets nest: a search inside a web request ends at whichever
of the two deadlines comes first.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from saidwhen.errors import OverBudget

STEPS = 1_000
_active = threading.local()


@dataclass(frozen=True)
class Budget:
    """Until when (time.monotonic()) a question may run, and what to say when it runs over."""

    deadline: float
    reason: str


def _spent() -> bool:
    budget = getattr(_active, "budget", None)
    return budget is not None and time.monotonic() > budget.deadline


@contextmanager
def budget(conn: sqlite3.Connection, seconds: float, reason: str,
           deadline: float | None = None) -> Iterator[Budget]:
    """Run what the block asks of `conn` within `seconds` (or until `deadline`, if sooner);
    past it, the statement running is stopped and OverBudget(`reason`) is raised."""
    outer = getattr(_active, "budget", None)
    latest = float("inf") if deadline is None else deadline
    mine = Budget(min(time.monotonic() + seconds, latest), reason)
    inner = outer if outer is not None and outer.deadline <= mine.deadline else mine
    if inner.deadline <= time.monotonic():
        raise OverBudget(inner.reason)  # spent before the first statement (waiting its turn)
    conn.set_progress_handler(_spent, STEPS)
    _active.budget = inner
    try:
        yield inner
    except sqlite3.OperationalError as error:
        if "interrupted" not in str(error):
            raise
        raise OverBudget(inner.reason) from None
    finally:
        _active.budget = outer


def current() -> Budget | None:
    """The budget of the question this thread is running, if it has one."""
    return getattr(_active, "budget", None)


def interrupted(error: sqlite3.Error) -> bool:
    """Whether `error` is a statement stopped by its budget, not a fault of the question."""
    return "interrupted" in str(error)
