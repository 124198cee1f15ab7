"""The Spark job: inputs on any file system Spark reads, extracted on the executors, written
as Parquet tables under one folder.

    read (inputs.py) -> extract, one partition at a time -> articles/, quotes/, skipped/
    (tables.py) -> quotes_merged/ (merge.py)

Run it with `saidwhen spark --output DIR INPUT...`, or as an application on a cluster:

    spark-submit [spark options] saidwhen/spark_submit.py --output DIR INPUT...
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from saidwhen.errors import SparkUnavailable
from saidwhen.records import Article, Skipped

try:
    from pyspark import StorageLevel
    from pyspark.errors import PySparkException
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql import functions as F
except ImportError:  # the command says what to install, at the edge
    raise SparkUnavailable("the spark command needs PySpark: pip install 'saidwhen[spark]'") \
        from None

from saidwhen.spark import merge, tables
from saidwhen.spark.inputs import find_inputs, read_inputs
from saidwhen.spark.rows import RESULT_SCHEMA, result_row


@dataclass(frozen=True)
class Summary:
    """What a run wrote: rows in articles/, quotes/, skipped/ and quotes_merged/."""

    articles: int
    quotes: int
    skipped: int
    quotations: int


def run_job(inputs: Iterable[str], output: str, master: str | None = None,
            partitions: int | None = None) -> Summary:
    """Run the job in a Spark session of its own, or in the one spark-submit started."""
    had_session = SparkSession.getActiveSession() is not None
    spark = session(master)
    try:
        return run(spark, inputs, output, partitions)
    finally:
        if not had_session:
            spark.stop()


def session(master: str | None) -> SparkSession:
    """The Spark session: spark-submit's if it started one, else one for `master` (default
    `local[*]`, every core of this machine)."""
    builder = SparkSession.builder.appName("saidwhen")
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    if master or not under_submit:
        builder = builder.master(master or "local[*]")
    if (master or "local").startswith("local") and not under_submit:
        # local workers run this very Python, which has saidwhen; a cluster's run their own
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        return builder.getOrCreate()
    except PySparkException as error:
        raise SparkUnavailable(f"Spark did not start ({error}); it needs Java 17 or later, "
                               "on the PATH or in JAVA_HOME") from None


def run(spark: SparkSession, inputs: Iterable[str], output: str,
        partitions: int | None = None) -> Summary:
    """Read `inputs`, extract every article and write the tables under `output`.

    `partitions`: how many parts the extraction is spread over; by default the input's own
    split (a task per web archive, per block of JSON Lines, per group of small files)."""
    items = read_inputs(spark, find_inputs(spark, inputs))
    if partitions:
        items = items.repartition(partitions)
    results = spark.createDataFrame(items.mapPartitions(extract_partition), RESULT_SCHEMA)
    results = results.persist(StorageLevel.MEMORY_AND_DISK)  # four tables, one extraction
    try:
        return _write_tables(spark, results, output.rstrip("/"))
    finally:
        results.unpersist()


def extract_partition(items: Iterable[Article | Skipped]) -> Iterator[tuple]:
    """The extraction stage over one partition, as rows: the pipeline is loaded once per
    worker process (so at most once per partition), never per article. The articles go in
    the chunks `saidwhen extract` makes, extracted the same way: an article whose parse
    fails is a skipped row, not a failed task that Spark would retry and then end the job."""
    from saidwhen.workers import extract_in_order

    yield from map(result_row, extract_in_order(items, jobs=1))


def _write_tables(spark: SparkSession, results: DataFrame, output: str) -> Summary:
    quotes = tables.quotes(results)
    tables.write(tables.articles(results), f"{output}/{tables.ARTICLES}")
    tables.write(quotes, f"{output}/{tables.QUOTES}")
    tables.write(tables.skipped(results), f"{output}/{tables.SKIPPED}", by_month=False)
    merged_path = f"{output}/{tables.MERGED}"
    tables.write(merge.merged(quotes), merged_path)
    counts = results.select(F.count("article"), F.sum(F.size("article.quotes")),
                            F.count("skipped")).first()
    return Summary(articles=counts[0], quotes=counts[1] or 0, skipped=counts[2],
                   quotations=spark.read.parquet(merged_path).count())

