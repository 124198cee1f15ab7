"""The web application: routes, each page with its JSON twin, static files, error handling.

    app = create_app("saidwhen.db")   # an ASGI app; `serve` runs it under uvicorn

Every page at PATH has a twin at PATH.json built by the same view (datasette's way), so the
API and the pages cannot drift apart. Pages and twins only read the store.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from saidwhen.output import QUOTATION_COLUMNS, csv_row
from saidwhen.store import columns
from saidwhen.store.budget import Turn
from saidwhen.web import pages, statistics, views
from saidwhen.web.database import ReadOnlyStore
from saidwhen.web.lanes import Lanes
from saidwhen.web.responses import HANDLERS, templates

STATIC = Path(__file__).parent / "static"
# Everything a page loads comes from saidwhen itself: no font, script or style from elsewhere.
HEADERS = {
    "content-security-policy": "default-src 'self'; img-src 'self' data:; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}

View = Callable[..., dict]
Present = Callable[..., dict]


def create_app(db: str | Path) -> Starlette:
    """The web page and JSON API over the corpus database at `db`, which is only read."""
    app = Starlette(routes=_routes(), exception_handlers=HANDLERS,
                    middleware=[Middleware(SecurityHeaders)])
    app.state.store = ReadOnlyStore(db)
    app.state.lanes = Lanes()
    app.state.templates = templates()
    # the statistics' columns are read from the start, not on the first narrowed /stats
    columns.read_ahead(db)
    return app


def _routes() -> list[BaseRoute]:
    return [
        *twin("/", views.home, "home.html"),
        Route("/search.csv", _csv_endpoint(views.search, "results", "saidwhen-search.csv")),
        *twin("/search", views.search, "search.html", pages.search_form),
        *twin("/channels", views.channels, "channels.html"),
        *twin("/sources", views.sources, "sources.html"),
        *twin("/people", views.people, "people.html"),
        Route("/people/{name:path}.csv", _csv_endpoint(views.person, "quotes",
                                                       "saidwhen-timeline.csv")),
        *twin("/people/{name:path}", views.person, "person.html", pages.person_page),
        *twin("/articles/{article_id:path}", views.article, "article.html", pages.article_page),
        *twin("/quotes/{quote_id}", views.quote, "quote.html"),
        *twin("/stats", statistics.view, "stats.html", statistics.page),
        Route("/stats.csv", statistics.csv_endpoint),
        Mount("/static", ShippedFiles(directory=STATIC), name="static"),
    ]


def twin(path: str, view: View, template: str, present: Present | None = None) -> list[Route]:
    """A page and its JSON twin at the same path with `.json` ("/" has "/.json")."""
    json_path = "/.json" if path == "/" else path + ".json"
    return [Route(json_path, _endpoint(view, template, present, as_json=True)),
            Route(path, _endpoint(view, template, present, as_json=False))]


def _endpoint(view: View, template: str, present: Present | None, as_json: bool):
    # The work runs on a worker thread, in the request's lane and within its budget (lanes.py).
    def answer(request: Request, deadline: float, over_budget: str,
               turn: Turn | None) -> Response:
        path_params, twin_asked = request.path_params, as_json
        if as_json and _dot_escaped(request) and path_params:
            # an id or name ending in ".json" itself: its page, not the twin of the one before
            name = list(path_params)[-1]
            path_params, twin_asked = {**path_params, name: path_params[name] + ".json"}, False
        with request.app.state.store.snapshot(deadline, over_budget, turn) as conn:
            data = view(conn, path_params, request.query_params)
            if twin_asked:
                return JSONResponse(data)
            extra = present(conn, data) if present else {}
        return request.app.state.templates.TemplateResponse(
            request, template, {"data": data, **extra})

    async def endpoint(request: Request) -> Response:
        return await request.app.state.lanes.run(request, partial(answer, request))
    endpoint.__name__ = view.__name__ + ("_json" if as_json else "")
    return endpoint


def _dot_escaped(request: Request) -> bool:
    """Whether the path ends in `%2Ejson`: a `.json` that is part of the id or name, written
    so by presenting.article_url, since Starlette routes on the path with escapes undone."""
    return request.scope.get("raw_path", b"").lower().endswith(b"%2ejson")


def _csv_endpoint(view: View, key: str, filename: str):
    """The quotations the page of `view` shows (its JSON's `key`), as CSV: one row per
    quotation, the export's columns; in the request's lane and budget, as the page is."""
    def answer(request: Request, deadline: float, over_budget: str,
               turn: Turn | None) -> Response:
        with request.app.state.store.snapshot(deadline, over_budget, turn) as conn:
            data = view(conn, request.path_params, request.query_params)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(QUOTATION_COLUMNS)
        writer.writerows(csv_row(record, QUOTATION_COLUMNS) for record in data[key])
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
            "content-disposition": f'attachment; filename="{filename}"'})

    async def endpoint(request: Request) -> Response:
        return await request.app.state.lanes.run(request, partial(answer, request))
    endpoint.__name__ = view.__name__ + "_csv"
    return endpoint


class ShippedFiles(StaticFiles):
    """The style sheet, script and icon shipped with saidwhen; nothing else, whatever the path."""

    _NAME = re.compile(r"[A-Za-z0-9_-]+\.(css|js|svg|woff2)\Z")

    def lookup_path(self, path: str):
        # One level of plain file names: no folder, no "..", no odd byte reaches the file system.
        if not self._NAME.match(path):
            return "", None
        return super().lookup_path(path)


class SecurityHeaders:
    """Adds HEADERS to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers if scope["type"] == "http" else send)
