"""The statistics page, /stats, with its JSON twin and a CSV of each of its tables.

The view asks saidwhen.Corpus for the same Stats that `saidwhen stats` prints; the page adds
only what people read: names for values that are none, links to the search behind every
figure, and the charts, drawn from the same rows.
"""
from __future__ import annotations

import csv
import io
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Mapping
from functools import partial
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from saidwhen.corpus import Corpus
from saidwhen.output import spreadsheet_row
from saidwhen.store.budget import Turn
from saidwhen.store.stats import NONE_LABELS, PERIODS, TABLES, Stats
from saidwhen.web import charts, params

FILTERS = ("speaker", "since", "until", "channel", "source", "gender", "kind")
TITLES = {"gender": "Quotations and speakers by gender, as the articles write it",
          "kind": "By kind of speaker", "channel": "By channel",
          "source": "By source (a quotation carried by two sources counts under both)",
          "period": "By period"}


CACHED = 64  # questions whose statistics are kept, the least recently asked going first
_cache: OrderedDict[tuple, Stats] = OrderedDict()
_cache_lock = threading.Lock()


def _stats(conn: sqlite3.Connection, query: Mapping) -> Stats:
    """The statistics asked for, counted once for each state of the database: over a large
    corpus they read every quotation, so a page asked again is answered from memory."""
    question = (query.get("q", "").strip(),
                *(params.text(query, name) for name in FILTERS),
                params.choice(query, "by", tuple(PERIODS)))
    key = (_state(conn), question)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    found = Corpus.over(conn).stats(question[0], **dict(zip(FILTERS, question[1:-1])),
                                    by=question[-1])
    with _cache_lock:
        _cache[key] = found
        while len(_cache) > CACHED:
            _cache.popitem(last=False)
    return found


def _state(conn: sqlite3.Connection) -> tuple:
    """What tells one state of the database file from the next: every commit changes the
    write-ahead log's (or, once checkpointed, the file's) time and size."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    state: list = [path]
    for name in (path, path + "-wal"):
        try:
            found = os.stat(name)
            state += [found.st_mtime_ns, found.st_size]
        except OSError:
            state += [None, None]
    return tuple(state)


def view(conn: sqlite3.Connection, path: Mapping, query: Mapping) -> dict:
    """Who gets quoted among the quotations a search with these words and filters finds."""
    return _stats(conn, query).to_json()


def page(conn: sqlite3.Connection, data: dict) -> dict:
    """The tables as people read them, each with its chart and the links behind its figures."""
    tables = []
    for name in TABLES:
        table = data["tables"][name]
        rows = [{**r, "label": r["value"] or NONE_LABELS[name],
                 "url": search_url(r["search"])} for r in table["rows"]]
        chart = (charts.period_bars if name == "period" else charts.share_bars)(
            f"chart-{name}", TITLES[name], rows)
        tables.append({"name": name, "title": TITLES[name], "rows": rows, "chart": chart,
                       "more": table["more"], "csv": csv_url(name, data["query"])})
    top: list[dict] = []
    for quoted in data["top"]:
        if not top or top[-1]["period"] != quoted["period"]:
            top.append({"period": quoted["period"], "people": []})
        top[-1]["people"].append({**quoted, "url": search_url(quoted["search"])})
    return {"tables": tables, "top": top, "csv_top": csv_url("top", data["query"]),
            "all_url": search_url({k: v for k, v in data["query"].items()
                                   if v and k != "by"})}


def search_url(search: dict | None) -> str | None:
    """The search page listing the quotations behind a figure; None when no search can."""
    if search is None:
        return None
    return "/search" + ("?" + urlencode(search) if search else "")


def csv_url(table: str, query: dict) -> str:
    kept = {k: v for k, v in query.items() if v and not (k == "by" and v == "month")}
    return "/stats.csv?" + urlencode({**kept, "table": table})


async def csv_endpoint(request: Request) -> Response:
    """One table of the statistics as CSV: /stats.csv?table=gender, with the page's filters.
    Like every page, it runs in the request's lane and within its budget (lanes.py)."""
    return await request.app.state.lanes.run(request, partial(_csv_answer, request))


def _csv_answer(request: Request, deadline: float, over_budget: str,
                turn: Turn | None) -> Response:
    name = params.choice(request.query_params, "table", TABLES + ("top",))
    with request.app.state.store.snapshot(deadline, over_budget, turn) as conn:
        rows = _stats(conn, request.query_params).csv_rows(name)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(map(spreadsheet_row, rows))
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "content-disposition": f'attachment; filename="saidwhen-{name}.csv"'})
