"""The corpus store: an SQLite file of articles, people, quotations and their occurrences.

    conn = connect("saidwhen.db")            # created and migrated if need be, WAL mode
    reader = connect_readonly("saidwhen.db") # only reads; refuses what is no saidwhen database
    page = search(conn, '"will not resign"', Filters(speaker="Jane Doe"))

What goes into it comes through saidwhen.ingest, above the store: it reads the inputs,
extracts them on every core and hands each extraction to saidwhen.store.writing.

Any SQLite tool opens the file: `sqlite3 saidwhen.db '.tables'`, or Datasette.
"""
from saidwhen.store.connection import DEFAULT_DB, connect, connect_readonly, transaction
# Imported before the questions: importing saidwhen.store.people (the module) after them would
# make `people` the module here instead of the question.
from saidwhen.store.writing import write_extraction
from saidwhen.store.queries import (SORTS, Filters, article, channels, counts, export, people,
                                    person, quotation, search, sources)
from saidwhen.store.timelines import TimelineQuery, timeline

__all__ = ["DEFAULT_DB", "SORTS", "Filters", "article", "channels", "connect",
           "connect_readonly", "counts", "export", "people", "person", "quotation", "search",
           "sources", "timeline", "TimelineQuery", "transaction", "write_extraction"]
