"""Every request has a budget, and costly searches take turns: a request past its budget ends
with a 503 saying why, searches that make FTS5 expand words (prefix terms, NEAR) run a few at
a time, and ordinary pages are answered while they wait."""
from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from starlette.testclient import TestClient

from saidwhen.errors import OverBudget
from saidwhen.store.budget import budget
from saidwhen.store.checks import costly
from saidwhen.web import create_app, lanes, views
from test_web_errors import NEAR_160, assert_error_shape

ENDLESS = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
           "SELECT count(*) FROM (SELECT x FROM n LIMIT 1000000000)")


@pytest.mark.parametrize("words, takes_turns", [
    ("bridge", False), ('"will not resign"', False), ("bridge OR ferry NOT toll", False),
    ("one two three four five six seven eight", False),
    ("bri*", True), ('"bri"*', True), ("NEAR(bridge ferry)", True),
    ("one two three four five six seven eight nine", True),
    ('"bri*" "NEAR(x y)"', False),  # inside a string, * and NEAR are only characters
])
def test_searches_that_make_fts5_work_hard_take_turns(words, takes_turns):
    assert costly(words) is takes_turns


def test_a_request_past_its_budget_is_stopped_with_a_503_saying_why(corpus_db, monkeypatch):
    monkeypatch.setattr(lanes, "REQUEST_BUDGET_S", 0.3)
    monkeypatch.setattr(views, "people", lambda conn, path, query: conn.execute(ENDLESS).fetchone())
    with TestClient(create_app(corpus_db), raise_server_exceptions=False) as client:
        started = time.monotonic()
        message = assert_error_shape(client.get("/people.json"), 503)
        assert "longer than its budget of 0.3 s" in message and "was stopped" in message
        assert time.monotonic() - started < 5  # not the minutes the statement would take
        assert client.get("/search.json?q=bridge").status_code == 200  # the server goes on


class Blocked:
    """The search view, which then holds its turn until released, counting how many run at
    once."""

    def __init__(self) -> None:
        self.search = views.search
        self.__name__ = "search"
        self.release = threading.Event()
        self.running = self.most = 0
        self._lock = threading.Lock()

    def wait_for_a_search(self, seconds: float = 20) -> None:
        """Until a search holds its turn (a test that waited longer has failed)."""
        given_up = time.monotonic() + seconds
        while self.running == 0:
            assert time.monotonic() < given_up, "no search reached its turn"
            time.sleep(0.01)

    def __call__(self, conn, path, query) -> dict:
        found = self.search(conn, path, query)
        with self._lock:
            self.running += 1
            self.most = max(self.most, self.running)
        self.release.wait(20)
        with self._lock:
            self.running -= 1
        return found


@pytest.fixture
def blocked(corpus_db, monkeypatch):
    monkeypatch.setattr(lanes, "COSTLY_AT_ONCE", 1)
    monkeypatch.setattr(lanes, "COSTLY_WAITING", 2)
    view = Blocked()
    monkeypatch.setattr(views, "search", view)
    with TestClient(create_app(corpus_db), raise_server_exceptions=False) as client:
        yield client, view
        view.release.set()


def test_costly_searches_take_turns_while_ordinary_pages_are_answered(blocked, monkeypatch):
    client, view = blocked
    monkeypatch.setattr(lanes, "REQUEST_BUDGET_S", 30.0)
    with ThreadPoolExecutor(6) as pool:
        costly = [pool.submit(client.get, "/search.json", params={"q": "t*"}) for _ in range(3)]
        view.wait_for_a_search()
        # The costly lane is taken, and the searches behind it wait: pages still answer.
        assert client.get("/people.json").status_code == 200
        assert client.get("/articles/seed-copy.json").status_code == 200
        assert not view.release.is_set() and not any(c.done() for c in costly)
        view.release.set()
        assert [c.result().status_code for c in costly] == [200, 200, 200]
    assert view.most == 1


def test_a_costly_search_that_finds_no_turn_in_its_budget_is_a_503(blocked, monkeypatch):
    client, view = blocked
    monkeypatch.setattr(lanes, "REQUEST_BUDGET_S", 0.5)
    with ThreadPoolExecutor(6) as pool:
        first = pool.submit(client.get, "/search.json", params={"q": "NEAR(t* s*)"})
        view.wait_for_a_search()
        behind = [pool.submit(client.get, "/search.json", params={"q": "bri*"}) for _ in range(5)]
        for answer in behind:
            assert "no turn within its budget" in assert_error_shape(answer.result(), 503)
        view.release.set()
        assert first.result().status_code == 200


def test_a_search_over_the_caps_is_refused_at_once_even_when_the_lane_is_full(blocked):
    client, view = blocked
    with ThreadPoolExecutor(2) as pool:
        pool.submit(client.get, "/search.json", params={"q": "t*"})
        view.wait_for_a_search()
        assert "160 prefix terms" in assert_error_shape(
            client.get(f"/search.json?q={NEAR_160}"), 400)
        view.release.set()


class CountedTurn:
    """A turn that counts how often it is taken, and gives one or not."""

    def __init__(self, gives: bool, costly_after_cpu: float = 0.0) -> None:
        self.costly_at = time.thread_time() + costly_after_cpu
        self.refused: str | None = None
        self.gives = gives
        self.taken = 0

    def take(self) -> bool:
        self.taken += 1
        self.refused = None if self.gives else "no turn for this costly question"
        return self.gives


COUNT_TO = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
            "SELECT count(*) FROM (SELECT x FROM n LIMIT ?)")


def test_a_question_that_turns_out_costly_takes_its_turn_once_and_goes_on(tmp_path):
    conn = sqlite3.connect(tmp_path / "any.db")
    turn = CountedTurn(gives=True)
    with budget(conn, 30, "over", turn=turn):
        assert conn.execute(COUNT_TO, (200_000,)).fetchone()[0] == 200_000
        assert conn.execute(COUNT_TO, (200_000,)).fetchone()[0] == 200_000
    assert turn.taken == 1


def test_a_question_that_turns_out_costly_and_gets_no_turn_is_stopped_saying_why(tmp_path):
    conn = sqlite3.connect(tmp_path / "any.db")
    turn = CountedTurn(gives=False)
    with pytest.raises(OverBudget, match="no turn for this costly question"):
        with budget(conn, 30, "over", turn=turn):
            conn.execute(COUNT_TO, (10**9,)).fetchone()
    assert turn.taken == 1


def test_a_cheap_question_never_waits_for_a_turn(tmp_path):
    conn = sqlite3.connect(tmp_path / "any.db")
    turn = CountedTurn(gives=False, costly_after_cpu=30.0)
    with budget(conn, 30, "over", turn=turn):
        assert conn.execute(COUNT_TO, (1_000,)).fetchone()[0] == 1_000
    assert turn.taken == 0


def test_a_search_inside_a_request_keeps_the_requests_turn(tmp_path):
    conn = sqlite3.connect(tmp_path / "any.db")
    turn = CountedTurn(gives=False)
    with pytest.raises(OverBudget, match="no turn for this costly question"):
        with budget(conn, 30, "request over", turn=turn):
            with budget(conn, 10, "search over"):  # sooner: the search's own budget
                conn.execute(COUNT_TO, (10**9,)).fetchone()


def test_ordinary_requests_that_turn_out_costly_take_turns_with_the_costly_ones(corpus_db,
                                                                               monkeypatch):
    # A page with no mark of cost in its words that runs long (a date sort over a million
    # quotations, an offset far into them) gives up the ordinary lane for one of the costly
    # pages: one runs at a time, two wait, the rest are refused, and plain pages are answered
    # meanwhile.
    monkeypatch.setattr(lanes, "COSTLY_AT_ONCE", 1)
    monkeypatch.setattr(lanes, "COSTLY_WAITING", 2)
    monkeypatch.setattr(lanes, "REQUEST_BUDGET_S", 2.0)
    monkeypatch.setattr(views, "people", lambda conn, path, query: conn.execute(ENDLESS).fetchone())
    with TestClient(create_app(corpus_db), raise_server_exceptions=False) as client, \
            ThreadPoolExecutor(6) as pool:
        long = [pool.submit(client.get, "/people.json") for _ in range(6)]
        assert client.get("/search.json?q=bridge").status_code == 200
        said = [assert_error_shape(answer.result(), 503) for answer in long]
    refused = [message for message in said if "turned out costly" in message]
    assert len(refused) >= 3, said  # at most one ran and two waited for its turn
    assert all("found no turn among the costly pages" in message for message in refused)


def test_an_address_that_turned_out_costly_takes_the_costly_lane_when_asked_again(corpus_db,
                                                                                  monkeypatch):
    monkeypatch.setattr(lanes, "COSTLY_AT_ONCE", 1)
    monkeypatch.setattr(lanes, "REQUEST_BUDGET_S", 2.0)
    ran = []
    monkeypatch.setattr(views, "people", lambda conn, path, query: ran.append(1) or
                        conn.execute(ENDLESS).fetchone())
    with TestClient(create_app(corpus_db), raise_server_exceptions=False) as client, \
            ThreadPoolExecutor(2) as pool:
        assert "took longer than its budget" in assert_error_shape(
            client.get("/people.json?offset=50"), 503)  # it turned out costly and ran out
        holding = pool.submit(client.get, "/people.json?offset=50")  # runs in that lane now
        given_up = time.monotonic() + 10
        while len(ran) < 2 and time.monotonic() < given_up:
            time.sleep(0.01)
        monkeypatch.setattr(lanes, "REQUEST_BUDGET_S", 0.5)  # over before that one is
        again = assert_error_shape(client.get("/people.json?offset=50"), 503)
        assert holding.result().status_code == 503
    # asked again, it waited for a turn among the costly pages from the start, without running
    assert "turned out costly" in again and len(ran) == 2


def test_a_page_that_turns_out_costly_is_answered_while_costly_searches_hold_their_lane(
        corpus_db, monkeypatch):
    # One channel's quotations sorted by date take a few hundred ms at a million: costly, but
    # no prefix search's, and answered while those hold their own lane.
    monkeypatch.setattr(lanes, "COSTLY_AT_ONCE", 1)
    monkeypatch.setattr(lanes, "REQUEST_BUDGET_S", 20.0)
    monkeypatch.setattr(views, "people", lambda conn, path, query:
                        {"counted": conn.execute(COUNT_TO, (300_000,)).fetchone()[0]})
    search = Blocked()
    monkeypatch.setattr(views, "search", search)
    with TestClient(create_app(corpus_db), raise_server_exceptions=False) as client, \
            ThreadPoolExecutor(4) as pool:
        held = [pool.submit(client.get, "/search.json", params={"q": "t*"}) for _ in range(3)]
        search.wait_for_a_search()  # one holds the costly lane, two wait for it
        answer = client.get("/people.json")
        search.release.set()
        assert [h.result().status_code for h in held] == [200, 200, 200]
    assert answer.status_code == 200 and answer.json() == {"counted": 300_000}
