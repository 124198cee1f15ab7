"""From the extraction stage's results to the output tables, and writing them.

Every table but `skipped/` is partitioned by month (`month=2021-02`, or `month=undated`), so
that a slice of a large corpus is read without the rest. Each write replaces the table whole:
a rerun over the same inputs gives the same rows, never a second copy.
"""
from __future__ import annotations

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F

from saidwhen.spark.rows import UNDATED

ARTICLES, QUOTES, SKIPPED, MERGED = "articles", "quotes", "skipped", "quotes_merged"
# Spark's own default; a month of a large corpus is written in files of at most this many rows.
MAX_ROWS_PER_FILE = 1_000_000


def month(date: Column) -> Column:
    """`2021-02` for a date in February 2021; `undated` for none."""
    return F.coalesce(F.date_format(date, "yyyy-MM"), F.lit(UNDATED))


def articles(results: DataFrame) -> DataFrame:
    """One row per article read: its fields, its full text and its time expressions."""
    return (results.where(F.col("article").isNotNull())
            .select("article.*").drop("quotes")
            .withColumn("month", month(F.col("date"))))


def quotes(results: DataFrame) -> DataFrame:
    """One row per quote, with its article's id, date, origin, address and source, and its
    position among the article's quotes (from 0)."""
    return (results.where(F.col("article").isNotNull())
            .select(F.col("article.id").alias("article_id"),
                    F.col("article.date").alias("article_date"),
                    "article.origin", "article.url", "article.source",
                    F.posexplode("article.quotes").alias("position", "quote"))
            .select("article_id", "article_date", "origin", "url", "source", "position", "quote.*")
            .withColumn("month", month(F.col("article_date"))))


def skipped(results: DataFrame) -> DataFrame:
    """One row per input, line or record not read as an article (or not extracted), and why."""
    return results.where(F.col("skipped").isNotNull()).select("skipped.*")


def write(table: DataFrame, path: str, by_month: bool = True) -> None:
    """Write a table as Parquet under `path`, replacing whatever a previous run left there."""
    if by_month:
        table = table.repartition("month")  # the files of a month together, not in every task
    writer = (table.write.mode("overwrite").option("partitionOverwriteMode", "static")
              .option("maxRecordsPerFile", MAX_ROWS_PER_FILE))
    if by_month:
        writer = writer.partitionBy("month")
    writer.parquet(path)
