"""Time budgets for reading the store: a question still running when its budget is spent is
stopped, and fails with OverBudget saying why.

SQLite calls a progress handler every STEPS steps of its virtual machine (well under a
millisecond of work); ours ends the statement once the budget of the thread running it is
spent. The budget is the thread's, not the connection's, because a question is asked by one
thread from start to end, and budgets nest: a search inside a web request ends at whichever
of the two deadlines comes first.

A budget may also carry a Turn: a question that turns out costly only as it runs (a date
sort over most of the corpus, an offset far into the results) has no mark of it in its words.
Once its thread's CPU time (time.thread_time()) passes Turn.costly_at, the handler calls
Turn.take(), which waits (in the web: for a turn among the costly searches); when no turn
comes, the question is stopped as one past its budget, with Turn.refused as the reason.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Protocol

from saidwhen.errors import OverBudget

STEPS = 1_000
_active = threading.local()


class Turn(Protocol):
    """What a question that turns out costly waits for before it goes on."""

    costly_at: float        # time.thread_time() past which it is costly; inf once taken
    refused: str | None     # why no turn came, once take() has said so

    def take(self) -> bool:
        """Wait for a turn; False when none came in time (the question is then stopped)."""


@dataclass(frozen=True)
class Budget:
    """Until when (time.monotonic()) a question may run, what to say when it runs over, and
    the turn it waits for if it turns out costly."""

    deadline: float
    reason: str
    turn: Turn | None = None


def _spent() -> bool:
    budget = getattr(_active, "budget", None)
    if budget is None:
        return False
    if time.monotonic() > budget.deadline:
        return True
    turn = budget.turn
    if turn is not None and time.thread_time() > turn.costly_at:
        turn.costly_at = float("inf")  # one turn is enough
        return not turn.take()
    return False


@contextmanager
def budget(conn: sqlite3.Connection, seconds: float, reason: str,
           deadline: float | None = None, turn: Turn | None = None) -> Iterator[Budget]:
    """Run what the block asks of `conn` within `seconds` (or until `deadline`, if sooner);
    past it, the statement running is stopped and OverBudget(`reason`) is raised. With a
    `turn`, a question that turns out costly waits for it (above)."""
    outer = getattr(_active, "budget", None)
    latest = float("inf") if deadline is None else deadline
    mine = Budget(min(time.monotonic() + seconds, latest), reason, turn)
    if outer is not None and outer.deadline <= mine.deadline:
        inner = outer
    elif outer is not None and turn is None:  # a search inside a request keeps its turn
        inner = replace(mine, turn=outer.turn)
    else:
        inner = mine
    if inner.deadline <= time.monotonic():
        raise OverBudget(inner.reason)  # spent before the first statement (waiting its turn)
    conn.set_progress_handler(_spent, STEPS)
    _active.budget = inner
    try:
        yield inner
    except sqlite3.OperationalError as error:
        if "interrupted" not in str(error):
            raise
        refused = inner.turn.refused if inner.turn is not None else None
        raise OverBudget(refused or inner.reason) from None
    finally:
        _active.budget = outer


def current() -> Budget | None:
    """The budget of the question this thread is running, if it has one."""
    return getattr(_active, "budget", None)


def interrupted(error: sqlite3.Error) -> bool:
    """Whether `error` is a statement stopped by its budget, not a fault of the question."""
    return "interrupted" in str(error)
