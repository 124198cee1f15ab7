"""Answers in the two shapes the server gives: HTML pages and their JSON twins, and errors.

Errors are translated here, once: every error is `{"error": {"status": N, "message": "..."}}`
with status N on a `.json` path, and an HTML page saying the same on any other.
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import jinja2
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from saidwhen.errors import MovedTo, NotFound, OverBudget, QueryError, StoreError
from saidwhen.web import pages, presenting

TEMPLATES = Path(__file__).parent / "templates"
log = logging.getLogger("saidwhen.web")


def templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.globals.update(person_url=presenting.person_url, article_url=presenting.article_url,
                       quote_url=presenting.quote_url, colour=presenting.home_colour,
                       when_said=presenting.when_said, marked=presenting.marked,
                       json_twin=presenting.json_twin, with_offset=presenting.with_offset,
                       with_params=presenting.with_params, download=presenting.download)
    env.filters["date"] = presenting.human_date
    env.filters["plural"] = plural
    env.filters["web_link"] = presenting.web_link
    return Jinja2Templates(env=env)


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else nouns or noun + 's'}"


def wants_json(request: Request) -> bool:
    # A CSV download is read by programs too: its errors come in the JSON shape, not a page.
    return request.url.path.endswith((".json", ".csv"))


def error(request: Request, status: int, message: str, exc: Exception | None = None) -> Response:
    """The one shape of every error: JSON on a JSON path, else an HTML page. The page offers
    what was likely meant as links, and a search that cannot be answered keeps its form."""
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status)
    page = request.app.state.templates.get_template("error.html").render(
        status=status, message=message, request=request, choices=_choices(request, exc),
        form=_search_form(request) if request.url.path == "/search" else None)
    return HTMLResponse(page, status)


def _choices(request: Request, exc: Exception | None) -> list[dict]:
    """Links to what an unknown or ambiguous name likely meant: the same search with that
    speaker, channel or source, or that person's page."""
    choices, field = getattr(exc, "choices", ()), getattr(exc, "field", None)
    if request.url.path == "/search" and field:
        asked = dict(request.query_params)
        return [{"text": c, "href": presenting.with_offset(
            "/search", {**asked, field: c}, 0)} for c in choices]
    return [{"text": c, "href": presenting.person_url(c)} for c in choices]


def _search_form(request: Request) -> dict:
    """The search form as it was filled in, with the corpus's channels and sources."""
    try:
        with request.app.state.store.snapshot() as conn:
            return {"values": dict(request.query_params), **pages.form_choices(conn)}
    except (StoreError, sqlite3.Error):  # the form is still worth showing, without its lists
        return {"values": dict(request.query_params), "channels": [], "sources": []}


async def query_error(request: Request, exc: Exception) -> Response:
    return error(request, 400, str(exc), exc)


async def over_budget(request: Request, exc: Exception) -> Response:
    # 503: the question may be fine, and answered when the server is less busy.
    return error(request, 503, str(exc))


async def not_found(request: Request, exc: Exception) -> Response:
    return error(request, 404, str(exc), exc)


async def moved(request: Request, exc: Exception) -> Response:
    """A permanent redirect to the address in the message, in the same shape (page or .json)."""
    target = str(exc) + (".json" if wants_json(request) else "")
    query = request.url.query
    return RedirectResponse(target + (f"?{query}" if query else ""), 301)


async def store_error(request: Request, exc: Exception) -> Response:
    return error(request, 503, f"the corpus database cannot be read: {exc}")


async def database_error(request: Request, exc: Exception) -> Response:
    log.error("reading %s failed on %s: %s", request.app.state.store.path, request.url.path, exc)
    return error(request, 503, f"the corpus database could not be read ({exc}); if an ingest "
                 "is running, try again in a moment")


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = {404: f"there is no page at {request.url.path[:200]}",
               405: f"{request.method} is not allowed here; the pages only answer GET"}
    return error(request, exc.status_code, message.get(exc.status_code, str(exc.detail)))


async def server_error(request: Request, exc: Exception) -> Response:
    return error(request, 500, "saidwhen failed to answer this request; the server's log says why")


HANDLERS = {QueryError: query_error, OverBudget: over_budget, NotFound: not_found, MovedTo: moved,
            StoreError: store_error,
            sqlite3.Error: database_error, HTTPException: http_error, 500: server_error}
