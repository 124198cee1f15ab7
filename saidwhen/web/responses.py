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
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.templating import Jinja2Templates

from saidwhen.errors import NotFound, QueryError, StoreError
from saidwhen.web import presenting

TEMPLATES = Path(__file__).parent / "templates"
log = logging.getLogger("saidwhen.web")


def templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.globals.update(person_url=presenting.person_url, article_url=presenting.article_url,
                       quote_url=presenting.quote_url, colour=presenting.home_colour,
                       when_said=presenting.when_said, marked=presenting.marked,
                       json_twin=presenting.json_twin, with_offset=presenting.with_offset,
                       with_params=presenting.with_params)
    env.filters["date"] = presenting.human_date
    env.filters["plural"] = plural
    env.filters["web_link"] = presenting.web_link
    return Jinja2Templates(env=env)


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else nouns or noun + 's'}"


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def error(request: Request, status: int, message: str) -> Response:
    """The one shape of every error: JSON on a JSON path, else an HTML page."""
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status)
    page = request.app.state.templates.get_template("error.html").render(
        status=status, message=message, request=request)
    return HTMLResponse(page, status)


async def query_error(request: Request, exc: Exception) -> Response:
    return error(request, 400, str(exc))


async def not_found(request: Request, exc: Exception) -> Response:
    return error(request, 404, str(exc))


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


HANDLERS = {QueryError: query_error, NotFound: not_found, StoreError: store_error,
            sqlite3.Error: database_error, HTTPException: http_error, 500: server_error}
