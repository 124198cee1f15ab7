"""Serving: the corpus as a web page and a JSON API, read-only, with nothing fetched from elsewhere.

    saidwhen serve --db saidwhen.db          # http://127.0.0.1:8000/
    serve("saidwhen.db", "127.0.0.1", 8000)  # the same from Python
    app = create_app("saidwhen.db")          # the ASGI app, for tests or another server

Pages: / (what the corpus holds), /search?q=..., /people, /people/NAME (a timeline),
/articles/ID (the text with its quotes in colour), /quotes/ID; each has a `.json` twin.
"""
from saidwhen.web.app import create_app
from saidwhen.web.server import serve

__all__ = ["create_app", "serve"]
