"""The Spark job's output read back as records, with pyarrow alone: no Spark session, no Java.

`saidwhen ingest DIR` loads a slice of a cluster's output into the corpus store this way, and
any program can take the Extractions from it as `extract_articles` would have given them.
"""
from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator

import pyarrow as pa
import pyarrow.dataset as ds

from saidwhen.errors import OutputError
from saidwhen.records import Extraction, Skipped
from saidwhen.spark.rows import extraction_from_rows, skipped_from_row

ARTICLES, QUOTES, SKIPPED = "articles", "quotes", "skipped"
_BY_MONTH = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")
_BATCH_ROWS = 1024


def read_output(folder: str | os.PathLike) -> Iterator[Extraction | Skipped]:
    """Every article in a Spark output with its quotes, exactly as extracted, month by month;
    then every input that was skipped. `folder` is a path or a URI pyarrow reads (s3://...).

    The identity keys of quotes/ (`person_key`, `words`) are not read back: the store finds
    people and quotations from the records themselves. So an output written before the key
    was called person_key (`speaker_key`) loads the same."""
    root = str(folder).rstrip("/")
    articles = _table(root, ARTICLES, _BY_MONTH)
    quotes = _table(root, QUOTES, _BY_MONTH)
    for month in _months(articles):
        yield from _month(articles, quotes, month)
    for batch in _table(root, SKIPPED, None).to_batches():
        yield from map(skipped_from_row, batch.to_pylist())


def _table(root: str, name: str, partitioning) -> ds.Dataset:
    try:
        return ds.dataset(f"{root}/{name}", format="parquet", partitioning=partitioning)
    except (FileNotFoundError, pa.ArrowInvalid) as error:
        raise OutputError(f"{root} is not an output of `saidwhen spark`: its {name}/ table "
                          f"cannot be read ({error})") from None


def _months(table: ds.Dataset) -> list[str]:
    keys = (ds.get_partition_keys(f.partition_expression) for f in table.get_fragments())
    return sorted({k["month"] for k in keys if "month" in k})


def _month(articles: ds.Dataset, quotes: ds.Dataset, month: str) -> Iterator[Extraction]:
    """The articles of one month, each with its quotes: one month's quotes are held at once."""
    in_month = ds.field("month") == month
    quotes_of = _quotes_by_article(quotes, in_month)
    for batch in articles.to_batches(filter=in_month, batch_size=_BATCH_ROWS):
        for article in batch.to_pylist():
            found = quotes_of.pop((article["origin"], article["id"]), [])
            yield extraction_from_rows(article, sorted(found, key=lambda q: q["position"]))


def _quotes_by_article(quotes: ds.Dataset, in_month: ds.Expression) -> dict[tuple, list[dict]]:
    by_article: dict[tuple, list[dict]] = defaultdict(list)
    if not any(True for _ in quotes.get_fragments()):  # a run that found no quote at all
        return by_article
    for batch in quotes.to_batches(filter=in_month):
        for quote in batch.to_pylist():
            by_article[(quote["origin"], quote["article_id"])].append(quote)
    return by_article
