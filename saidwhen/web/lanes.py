"""Every request has a budget and a lane: however many costly searches arrive at once, they
hold no more than their share of the server, and ordinary pages stay fast.

A request has REQUEST_BUDGET_S from its arrival to answer, waiting for its turn included;
past it, the store stops what runs (store/budget.py) and the answer is a 503 saying why.
Costly searches (prefix terms, NEAR, many words: store/checks.py) take turns, COSTLY_AT_ONCE
at a time; everything else runs ORDINARY_AT_ONCE at a time beside them, and so does a search
over the store's caps, which is refused at once and needs no turn. Left to Starlette,
every request would share one pool of 40 threads, and 40 costly searches would take them all.

Some requests are costly without a mark of it in their words: a sort by date over most of the
corpus, an offset far into the results, a filter that keeps nearly everything. Sixteen of them
at once held the cores, and a plain search beside them took over a second. So an ordinary
request that has used COSTLY_AFTER_CPU_S of CPU time in the store (store/budget.py: the
progress handler looks) gives up its ordinary turn and takes one in a third lane, of the pages
that turned out costly, as many at once and waiting as the costly searches; when none is free
within its budget, it is a 503 saying why. A lane of their own, not the costly searches':
a page of one channel's quotations (100 to 400 ms) is still answered while prefix searches
hold theirs. The last REMEMBERED_COSTLY addresses that turned out costly take that lane from
the start when asked again (a reload, a client asking again and again), without first
spending their allowance in the ordinary lane.
"""
from __future__ import annotations

import os
import time
from collections import OrderedDict
from collections.abc import Callable

import anyio
import anyio.from_thread
import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from saidwhen.errors import OverBudget, QueryError
from saidwhen.store.budget import Turn
from saidwhen.store.checks import check_cost, costly

REQUEST_BUDGET_S = 1.0
# Costly searches together hold at most half the cores, and a few more wait for a turn. Past
# them, one would only wait its whole budget for a turn that comes too late to answer it: it
# is set aside, and refused when its budget is spent. Not before: a client asking again at
# once would then keep the server answering refusals.
COSTLY_AT_ONCE = max(1, (os.cpu_count() or 2) // 2)
COSTLY_WAITING = 2 * COSTLY_AT_ONCE
ORDINARY_AT_ONCE = 16
# CPU time an ordinary request may spend in the store before it takes turns with the costly
# searches: an ordinary search takes a few ms at a million quotations, a date sort of all of
# them about 700 ms.
COSTLY_AFTER_CPU_S = 0.03
REMEMBERED_COSTLY = 256
OVER_BUDGET = ("the request took longer than its budget of {budget:g} s (its wait for a turn "
               "included) and was stopped; fewer prefix terms (word*), NEAR groups or OR'ed "
               "words make a search cheaper")
NO_TURN = ("the server is busy with costly searches (prefix terms, NEAR, many words), and this "
           "one found no turn within its budget of {budget:g} s; try again in a moment")
TURNED_COSTLY = ("the request turned out costly (a sort or an offset over much of the corpus, "
                 "or many matches) and found no turn among the costly pages within its "
                 "budget of {budget:g} s; narrow it, or try again in a moment")

Work = Callable[[float, str, Turn | None], Response]


class Lanes:
    """The three lanes of one application; made on first use, inside the server's event loop."""

    def __init__(self) -> None:
        self._costly: anyio.CapacityLimiter | None = None
        self._ordinary: anyio.CapacityLimiter | None = None
        self._turned: anyio.CapacityLimiter | None = None  # pages that turned out costly
        self._remembered: OrderedDict[str, None] = OrderedDict()  # addresses, latest last

    async def run(self, request: Request, work: Work) -> Response:
        """`work(deadline, over_budget, turn)` on a worker thread, in the request's lane, once
        it is its turn; `over_budget` is what to say if it runs past the deadline, and `turn`
        (for an ordinary request) what it takes should it turn out costly."""
        deadline = time.monotonic() + REQUEST_BUDGET_S
        lane = self._lane(request)
        turn = _Turn(self, deadline, _address(request))
        with anyio.move_on_after(REQUEST_BUDGET_S):
            if lane is not self._ordinary and lane.statistics().tasks_waiting >= COSTLY_WAITING:
                await anyio.sleep_forever()
            await lane.acquire_on_behalf_of(turn)
            turn.held = lane
        if turn.held is None:
            refused = TURNED_COSTLY if lane is self._turned else NO_TURN
            raise OverBudget(refused.format(budget=REQUEST_BUDGET_S))
        try:
            return await anyio.to_thread.run_sync(
                turn.started, work, OVER_BUDGET.format(budget=REQUEST_BUDGET_S),
                lane is self._ordinary)
        except OverBudget:
            if turn.refused:  # answered when its budget is spent, as a costly one set aside
                await anyio.sleep(max(0.0, deadline - time.monotonic()))
            raise
        finally:
            if turn.held is not None:
                turn.held.release_on_behalf_of(turn)

    async def turned_costly(self, turn: _Turn) -> bool:
        """Move `turn` from the ordinary lane to that of the pages that turned out costly,
        waiting within its budget; False (saying why) when no turn comes, or too many wait for
        one already."""
        lane = self._turned
        assert lane is not None and turn.held is not None
        self._remember(turn.address)
        turn.held.release_on_behalf_of(turn)
        turn.held = None
        if lane.statistics().tasks_waiting >= COSTLY_WAITING:
            turn.refused = TURNED_COSTLY.format(budget=REQUEST_BUDGET_S)
            return False
        with anyio.move_on_after(max(0.0, turn.deadline - time.monotonic())):
            await lane.acquire_on_behalf_of(turn)
            turn.held = lane
            return True
        turn.refused = TURNED_COSTLY.format(budget=REQUEST_BUDGET_S)
        return False

    def _lane(self, request: Request) -> anyio.CapacityLimiter:
        if self._costly is None or self._ordinary is None or self._turned is None:
            self._costly = anyio.CapacityLimiter(COSTLY_AT_ONCE)
            self._ordinary = anyio.CapacityLimiter(ORDINARY_AT_ONCE)
            self._turned = anyio.CapacityLimiter(COSTLY_AT_ONCE)
        words = request.query_params.get("q", "")
        if _address(request) in self._remembered:
            return self._turned
        return self._costly if costly(words) and within_caps(words) else self._ordinary

    def _remember(self, address: str) -> None:
        self._remembered[address] = None
        self._remembered.move_to_end(address)
        while len(self._remembered) > REMEMBERED_COSTLY:
            self._remembered.popitem(last=False)


def _address(request: Request) -> str:
    return request.url.path + "?" + request.url.query


class _Turn:
    """One request's turn: the lane it holds, and its way into the costly lane should it turn
    out costly as it runs (store/budget.py calls take() from the request's thread)."""

    def __init__(self, lanes: Lanes, deadline: float, address: str) -> None:
        self.lanes = lanes
        self.deadline = deadline
        self.address = address
        self.held: anyio.CapacityLimiter | None = None
        self.costly_at = float("inf")
        self.refused: str | None = None

    def started(self, work: Work, over_budget: str, ordinary: bool) -> Response:
        """Run `work` on this thread; an ordinary request is costly past its CPU allowance."""
        if ordinary:
            self.costly_at = time.thread_time() + COSTLY_AFTER_CPU_S
        return work(self.deadline, over_budget, self if ordinary else None)

    def take(self) -> bool:
        return anyio.from_thread.run(self.lanes.turned_costly, self)


def within_caps(words: str) -> bool:
    try:
        check_cost(words)
    except QueryError:
        return False
    return True
