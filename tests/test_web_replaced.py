"""A database replaced under a running server: from the next request on, every answer comes
from the file now at the path, never from the one before it, and a file that is gone or is
no database any more is a 503 in the one error shape."""
from __future__ import annotations

import os
import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from saidwhen.web import create_app, lanes
from test_web_errors import assert_error_shape

ASKED_AT_ONCE = 8  # enough requests at once that the server holds several connections


@pytest.fixture(autouse=True)
def patient_requests(monkeypatch):
    """What these tests ask is which file answers, not how fast: on a machine busy with other
    work, eight requests at once can pass the 1 s budget and be refused (a 503 with no answer)."""
    monkeypatch.setattr(lanes, "REQUEST_BUDGET_S", 30.0)


@pytest.fixture
def two_corpora(corpus_db, tmp_path) -> tuple[Path, Path]:
    """The test corpus, and a copy with one more quotation, which only it can answer."""
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    shutil.copy(corpus_db, old)
    shutil.copy(corpus_db, new)
    with sqlite3.connect(new) as conn:
        conn.execute("INSERT INTO quotations (kind, text, words, articles) VALUES "
                     "('direct', 'zebra crossings at dawn', 'zebra crossings at dawn', 0)")
    conn.close()
    return old, new


def answers(client: TestClient) -> set[tuple[int, int]]:
    """(quotations in the corpus, searches for zebra found) of many requests at once."""
    def ask(_) -> tuple[int, int]:
        home, found = client.get("/.json").json(), client.get("/search.json?q=zebra").json()
        assert "corpus" in home and "total" in found, (home, found)  # an error says why
        return home["corpus"]["quotes"], found["total"]
    with ThreadPoolExecutor(ASKED_AT_ONCE) as pool:
        return set(pool.map(ask, range(4 * ASKED_AT_ONCE)))


def quotations(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM quotations").fetchone()[0]


@pytest.mark.parametrize("replace", [os.replace, shutil.copyfile],
                         ids=["moved over it", "copied over it"])
def test_after_the_file_is_replaced_every_answer_comes_from_the_new_one(two_corpora, replace):
    old, new = two_corpora
    served = old.parent / "served.db"
    shutil.copy(old, served)
    with TestClient(create_app(served), raise_server_exceptions=False) as client:
        assert answers(client) == {(quotations(old), 0)}
        replace(new, served)
        assert answers(client) == {(quotations(old) + 1, 1)}


def test_a_deleted_database_is_a_503_and_a_new_one_at_the_path_is_served(two_corpora):
    old, new = two_corpora
    with TestClient(create_app(old), raise_server_exceptions=False) as client:
        assert answers(client) == {(quotations(old), 0)}
        count = quotations(old)
        old.unlink()
        message = assert_error_shape(client.get("/search.json?q=zebra"), 503)
        assert "no such database" in message
        shutil.copy(new, old)
        assert answers(client) == {(count + 1, 1)}


def test_a_database_truncated_under_the_server_is_a_503(two_corpora):
    old, _ = two_corpora
    with TestClient(create_app(old), raise_server_exceptions=False) as client:
        assert client.get("/.json").status_code == 200
        os.truncate(old, 0)
        assert "empty file" in assert_error_shape(client.get("/people.json"), 503)
