"""The job's inputs, found and read through Spark's own file APIs (Hadoop's file systems).

Whatever Spark reads, this reads: local files, HDFS, S3 (`s3a://`), cloud stores, with the
credentials and settings the cluster already has. The driver lists the files the inputs
name; the executors read them, each file by the reader of its kind, giving the same
Articles and Skipped records as `saidwhen extract` does on one machine:
- JSON Lines (`.jsonl`, `.ndjson`, `.json`, also compressed as Hadoop reads them: `.gz`,
  `.bz2`) are split into blocks like any text file; a line's origin is `FILE:byte OFFSET`,
  since a block read alone cannot know its line numbers;
- web archives (`.warc`, `.warc.gz`) are read whole, one task each;
- any other file (HTML pages, text files) is read whole by the reader `extract` uses.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from py4j.protocol import Py4JJavaError
from pyspark import RDD
from pyspark.sql import SparkSession

from saidwhen.reading import read_stream, streams
from saidwhen.reading.jsonl import read_line
from saidwhen.records import Article, Skipped

_JSONL = (".jsonl", ".ndjson", ".json")
_COMPRESSED = (".gz", ".bz2", ".deflate", ".zst", ".lz4", ".snappy")  # Hadoop's codecs
_GLOB = "*?[{"
_TEXT_INPUT = ("org.apache.hadoop.mapreduce.lib.input.TextInputFormat",
               "org.apache.hadoop.io.LongWritable", "org.apache.hadoop.io.Text")


@dataclass
class Inputs:
    """The files the inputs name, by the way each is read, and the inputs that name none."""

    jsonl: list[str] = field(default_factory=list)
    warc: list[str] = field(default_factory=list)
    whole: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def add(self, path: str) -> None:
        kind = kind_of(path)
        {"jsonl": self.jsonl, "warc": self.warc}.get(kind, self.whole).append(path)


def kind_of(path: str) -> str | None:
    """'jsonl' for JSON Lines (compressed or not), 'warc' for an archive, else None."""
    kind = streams.kind_by_extension(path)
    if kind == "warc":
        return kind
    lowered = path.lower()
    for suffix in _COMPRESSED:
        lowered = lowered.removesuffix(suffix)
    return "jsonl" if lowered.endswith(_JSONL) else None


def find_inputs(spark: SparkSession, items: Iterable[str]) -> Inputs:
    """The files each input names (a file, a folder read recursively, or a glob pattern), in
    sorted order; hidden files (`.name`, and `_name` as Hadoop writes them) are left out."""
    found = Inputs()
    for item in items:
        try:
            paths = list(_files(spark, item))
        except Py4JJavaError as error:
            found.skipped.append(Skipped(item, _java_reason(error)))
            continue
        if not paths:
            reason = "pattern matches no file" if any(c in item for c in _GLOB) else \
                "no such file or directory"
            found.skipped.append(Skipped(item, reason))
        for path in paths:
            found.add(path)
    return found


def _files(spark: SparkSession, item: str) -> Iterator[str]:
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(item)
    system = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    for status in sorted(system.globStatus(path) or [], key=lambda s: s.getPath().toString()):
        if status.isDirectory():
            yield from _walk(system, status.getPath())
        else:
            yield status.getPath().toString()


def _walk(system, folder) -> Iterator[str]:
    root = folder.toString().rstrip("/") + "/"
    listing = system.listFiles(folder, True)
    paths = []
    while listing.hasNext():
        path = listing.next().getPath().toString()
        if not any(part.startswith((".", "_")) for part in path[len(root):].split("/")):
            paths.append(path)
    yield from sorted(paths)


def _java_reason(error: Py4JJavaError) -> str:
    """The Java exception's own message, without its stack trace."""
    message = error.java_exception.getMessage() or error.java_exception.getClass().getName()
    return message.splitlines()[0]


def read_inputs(spark: SparkSession, found: Inputs) -> RDD:
    """Every Article and Skipped of the inputs, in partitions as the files split."""
    context = spark.sparkContext
    parts = [context.newAPIHadoopFile(path, *_TEXT_INPUT).flatMap(partial(_jsonl_line, path))
             for path in found.jsonl]
    if found.warc:  # one task a file: an archive is read from its start
        parts.append(context.binaryFiles(",".join(found.warc), minPartitions=len(found.warc))
                     .flatMap(_whole_file))
    if found.whole:
        parts.append(context.binaryFiles(",".join(found.whole)).flatMap(_whole_file))
    if found.skipped:
        parts.append(context.parallelize(found.skipped, 1))
    return context.union(parts) if parts else context.emptyRDD()


def _jsonl_line(path: str, offset_and_line: tuple[int, str]) -> list[Article | Skipped]:
    offset, line = offset_and_line
    # Hadoop has decoded the line as UTF-8 (a bad byte becomes U+FFFD): encoded again, the
    # line meets the same reader and the same messages as on one machine.
    result = read_line(line.encode("utf-8", "surrogatepass"), f"{path}:byte {offset}")
    return [] if result is None else [result]


def _whole_file(path_and_data: tuple[str, bytes]) -> Iterator[Article | Skipped]:
    path, data = path_and_data
    # a web archive's bookkeeping records are no inputs that failed: not rows of skipped/
    return (item for item in read_stream(path, io.BytesIO(data))
            if not (isinstance(item, Skipped) and item.bookkeeping))
