"""Every request has a budget and a lane: however many costly searches arrive at once, they
hold no more than their share of the server, and ordinary pages stay fast.

A request has REQUEST_BUDGET_S from its arrival to answer, waiting for its turn included;
past it, the store stops what runs (store/budget.py) and the answer is a 503 saying why.
Searches whose words FTS5 expands (prefix terms, NEAR) take turns COSTLY_AT_ONCE at a time;
everything else runs ORDINARY_AT_ONCE at a time beside them. Left to Starlette, every request
would share one pool of 40 threads, and 40 costly searches would take them all.
"""
from __future__ import annotations

import time
from collections.abc import Callable

import anyio
import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from saidwhen.errors import OverBudget
from saidwhen.store.checks import expands

REQUEST_BUDGET_S = 1.5
COSTLY_AT_ONCE = 2
ORDINARY_AT_ONCE = 16
OVER_BUDGET = (f"the request took longer than its budget of {REQUEST_BUDGET_S:g} s (its wait "
               "for a turn included) and was stopped; fewer prefix terms (word*), NEAR groups "
               "or OR'ed words make a search cheaper")
NO_TURN = (f"the server is busy with costly searches (prefix terms, NEAR): this one waited "
           f"its whole budget of {REQUEST_BUDGET_S:g} s for its turn; try again in a moment")

Work = Callable[[float], Response]


class Lanes:
    """The two lanes of one application; made on first use, inside the server's event loop."""

    def __init__(self) -> None:
        self._costly: anyio.CapacityLimiter | None = None
        self._ordinary: anyio.CapacityLimiter | None = None

    async def run(self, request: Request, work: Work) -> Response:
        """`work(deadline)` on a worker thread, in the request's lane, once it is its turn."""
        deadline = time.monotonic() + REQUEST_BUDGET_S
        lane = self._lane(request)
        turn = False
        with anyio.move_on_after(REQUEST_BUDGET_S):
            await lane.acquire()
            turn = True
        if not turn:
            raise OverBudget(NO_TURN)
        try:
            return await anyio.to_thread.run_sync(work, deadline)
        finally:
            lane.release()

    def _lane(self, request: Request) -> anyio.CapacityLimiter:
        if self._costly is None or self._ordinary is None:
            self._costly = anyio.CapacityLimiter(COSTLY_AT_ONCE)
            self._ordinary = anyio.CapacityLimiter(ORDINARY_AT_ONCE)
        return self._costly if expands(request.query_params.get("q", "")) else self._ordinary
