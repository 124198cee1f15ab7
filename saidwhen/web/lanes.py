"""Every request has a budget and a lane: however many costly searches arrive at once, they
hold no more than their share of the server, and ordinary pages stay fast.

A request has REQUEST_BUDGET_S from its arrival to answer, waiting for its turn included;
past it, the store stops what runs (store/budget.py) and the answer is a 503 saying why.
Costly searches (prefix terms, NEAR, many words: store/checks.py) take turns, COSTLY_AT_ONCE
at a time; everything else runs ORDINARY_AT_ONCE at a time beside them, and so does a search
over the store's caps, which is refused at once and needs no turn. Left to Starlette,
every request would share one pool of 40 threads, and 40 costly searches would take them all.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable

import anyio
import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from saidwhen.errors import OverBudget, QueryError
from saidwhen.store.checks import check_cost, costly

REQUEST_BUDGET_S = 1.0
# Costly searches together hold at most half the cores, and a few more wait for a turn. Past
# them, one would only wait its whole budget for a turn that comes too late to answer it: it
# is set aside, and refused when its budget is spent. Not before: a client asking again at
# once would then keep the server answering refusals.
COSTLY_AT_ONCE = max(1, (os.cpu_count() or 2) // 2)
COSTLY_WAITING = 2 * COSTLY_AT_ONCE
ORDINARY_AT_ONCE = 16
OVER_BUDGET = ("the request took longer than its budget of {budget:g} s (its wait for a turn "
               "included) and was stopped; fewer prefix terms (word*), NEAR groups or OR'ed "
               "words make a search cheaper")
NO_TURN = ("the server is busy with costly searches (prefix terms, NEAR, many words), and this "
           "one found no turn within its budget of {budget:g} s; try again in a moment")

Work = Callable[[float, str], Response]


class Lanes:
    """The two lanes of one application; made on first use, inside the server's event loop."""

    def __init__(self) -> None:
        self._costly: anyio.CapacityLimiter | None = None
        self._ordinary: anyio.CapacityLimiter | None = None

    async def run(self, request: Request, work: Work) -> Response:
        """`work(deadline, over_budget)` on a worker thread, in the request's lane, once it is
        its turn; `over_budget` is what to say if it runs past the deadline."""
        deadline = time.monotonic() + REQUEST_BUDGET_S
        lane = self._lane(request)
        turn = False
        with anyio.move_on_after(REQUEST_BUDGET_S):
            if lane is self._costly and lane.statistics().tasks_waiting >= COSTLY_WAITING:
                await anyio.sleep_forever()
            await lane.acquire()
            turn = True
        if not turn:
            raise OverBudget(NO_TURN.format(budget=REQUEST_BUDGET_S))
        try:
            return await anyio.to_thread.run_sync(
                work, deadline, OVER_BUDGET.format(budget=REQUEST_BUDGET_S))
        finally:
            lane.release()

    def _lane(self, request: Request) -> anyio.CapacityLimiter:
        if self._costly is None or self._ordinary is None:
            self._costly = anyio.CapacityLimiter(COSTLY_AT_ONCE)
            self._ordinary = anyio.CapacityLimiter(ORDINARY_AT_ONCE)
        words = request.query_params.get("q", "")
        return self._costly if costly(words) and within_caps(words) else self._ordinary


def within_caps(words: str) -> bool:
    try:
        check_cost(words)
    except QueryError:
        return False
    return True
