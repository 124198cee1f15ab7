"""`quotes_merged/`: each quotation once per speaker, with all its occurrences and earliest date.

The rule is saidwhen.identity's, the one the corpus store follows too: speakers are one when
their `person_key` is; a quote belongs to the longest quote of its speaker that holds it
(`quotations`); quotes with no speaker name are one quotation only when their words are the
same. Spark does the gathering with its own group-bys and a join: one group per speaker to
apply the rule to that speaker's distinct quotes, one group per quotation to collect its
occurrences.
"""
from __future__ import annotations

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql.types import ArrayType, StringType, StructField, StructType

from saidwhen.identity import quotations
from saidwhen.spark.rows import UNDATED

_PAIRS = ArrayType(StructType([StructField("words", StringType()),
                               StructField("quotation", StringType())]))
# A lambda, not the function itself: PySpark reads a function's type hints as a request for
# a pandas UDF.
_quotations = F.udf(lambda quotes: sorted(quotations(quotes).items()), _PAIRS)
_SEPARATOR = "\u001f"


def merged(quotes: DataFrame) -> DataFrame:
    """The quotes/ table grouped into quotations (see the module's doc for the rule); its
    `person_key` and `words` columns are the identity keys of each quote."""
    placed = (quotes.join(_quotation_of_words(quotes), ["person_key", "words"], "left")
              .withColumn("quotation", F.coalesce("quotation", "words"))
              .withColumn("group", _group()))
    return _dated(placed.groupBy("person_key", "group").agg(*_aggregates()))


def _quotation_of_words(quotes: DataFrame) -> DataFrame:
    """(person_key, words, quotation) for the distinct quote words of each named speaker."""
    named = quotes.where(F.col("person_key").isNotNull() & (F.col("words") != ""))
    return (named.groupBy("person_key").agg(F.collect_set("words").alias("quotes"))
            .select("person_key", F.explode(_quotations("quotes")).alias("pair"))
            .select("person_key", "pair.words", "pair.quotation"))


def _group() -> Column:
    """What a quotation is grouped by: its words; a quote with no words stays on its own."""
    alone = F.concat_ws(_SEPARATOR, F.lit(""), "origin", "article_id", "position")
    return F.when(F.col("words") == "", alone).otherwise(F.col("quotation"))


def _aggregates() -> list[Column]:
    fullest_first = F.struct(-F.size(F.split("words", " ")), "article_id", "position")
    occurrence = F.struct("article_date", "article_id", "position", "origin", "url", "source",
                          "kind", "text", "content", F.col("speaker.mention").alias("mention"),
                          "cue", "channel", "outlet", "said_on")
    return [F.min("quotation").alias("words"),
            F.min_by("text", fullest_first).alias("text"),
            F.mode("speaker.name", deterministic=True).alias("speaker"),
            F.sort_array(F.collect_set("speaker.name")).alias("speaker_names"),
            F.min("said_on.value").alias("earliest_said_on"),
            F.min("article_date").alias("earliest_article_date"),
            F.count(F.lit(1)).alias("occurrence_count"),
            F.sort_array(F.collect_list(occurrence)).alias("occurrences")]


def _dated(quotations_: DataFrame) -> DataFrame:
    """The earliest date of each quotation: its earliest said_on, else its earliest article
    date; and an id that is the same on every run."""
    said_on, article_date = F.col("earliest_said_on"), F.col("earliest_article_date")
    earliest = F.coalesce(said_on, F.date_format(article_date, "yyyy-MM-dd"))
    key = F.concat_ws(_SEPARATOR, F.coalesce("person_key", F.lit("")), "group")
    return (quotations_
            .withColumn("quotation_id", F.substring(F.sha2(key, 256), 1, 16))
            .withColumn("earliest", earliest)
            .withColumn("earliest_from", F.when(said_on.isNotNull(), "said_on")
                        .when(article_date.isNotNull(), "article date"))
            .withColumn("month", F.coalesce(F.substring(earliest, 1, 7), F.lit(UNDATED)))
            .select("quotation_id", "person_key", "speaker", "speaker_names", "words", "text",
                    "earliest", "earliest_from", "occurrence_count", "occurrences", "month"))
