"""The corpus store: an SQLite file of articles, people, quotations and their occurrences.

    conn = connect("saidwhen.db")            # created and migrated if need be, WAL mode
    reader = connect_readonly("saidwhen.db") # only reads; refuses what is no saidwhen database
    report = ingest(conn, ["news/"], jobs=2)  # read, extract on two cores, write in order
    page = search(conn, '"will not resign"', Filters(speaker="Jane Doe"))

Any SQLite tool opens the file: `sqlite3 saidwhen.db '.tables'`, or Datasette.
"""
from saidwhen.store.connection import DEFAULT_DB, connect, connect_readonly, transaction
from saidwhen.store.ingest import IngestReport, ingest
from saidwhen.store.queries import (SORTS, Filters, article, channels, counts, export, people,
                                    person, quote, search, sources)
from saidwhen.store.timelines import TimelineQuery, timeline

__all__ = ["DEFAULT_DB", "SORTS", "Filters", "IngestReport", "article", "channels", "connect",
           "connect_readonly", "counts", "export", "ingest", "people", "person", "quote", "search",
           "sources", "timeline", "TimelineQuery", "transaction"]
