"""The `saidwhen` command: parse options, call one library function, format the result."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import click

EXIT_SKIPPED = 1  # something in the input was not read; the rest was
PROGRESS_EVERY_S = 2.0


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="saidwhen")
def main() -> None:
    """saidwhen: who said what, where and when, from dated news articles.

    Run `saidwhen COMMAND --help` for the options of each command.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default=None,
              help="table: who said what, for reading (the default on a terminal); "
                   "jsonl: one JSON record per article (the default when piped).")
def extract(inputs: tuple[str, ...], fmt: str | None) -> None:
    """Find every quotation in the articles of INPUT..., with its speaker.

    INPUT is a JSON Lines file (one {"id", "date", "title", "url", "source",
    "text"} object per line, only "text" required), a text file (optionally
    starting with a "date YYYY-MM-DD" line), an HTML page, a web archive
    (.warc or .warc.gz: each HTML page in it), a folder, a glob pattern, or -
    for standard input.

    Anything that cannot be read is named on standard error as FILE:LINE: what
    is wrong; the rest goes on. Exit status: 0 when everything was read, 1 when
    something was skipped, 2 for a usage error.
    """
    from .output import to_jsonl, to_table
    from .pipeline import extract_articles
    from .reading import read_articles
    from .records import Skipped

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    write = to_jsonl if fmt == "jsonl" else to_table
    tally = _Tally()
    for result in extract_articles(_articles_only(read_articles(inputs), tally)):
        if isinstance(result, Skipped):
            tally.skip(result)
            continue
        click.echo(write(result))
        tally.done(len(result.quotes))
    tally.finish()
    sys.exit(EXIT_SKIPPED if tally.skipped else 0)


def _articles_only(items, tally: "_Tally"):
    """Articles pass on; what was not read is reported on the spot."""
    from .records import Skipped

    for item in items:
        if isinstance(item, Skipped):
            tally.skip(item)
        else:
            yield item


class _Tally:
    """Counts what a run did, reports skips and, on a terminal, progress."""

    def __init__(self) -> None:
        self.articles = self.quotes = self.skipped = 0
        self.started = self.shown = time.monotonic()
        self.live = sys.stderr.isatty()

    def skip(self, skipped) -> None:
        self.skipped += 1
        click.echo(str(skipped), err=True)

    def done(self, quotes: int) -> None:
        self.articles += 1
        self.quotes += quotes
        if self.live and time.monotonic() - self.shown > PROGRESS_EVERY_S:
            self.shown = time.monotonic()
            click.echo(f"... {self._summary()}", err=True)

    def finish(self) -> None:
        if self.live or self.skipped:
            click.echo(f"saidwhen: {self._summary()}", err=True)

    def _summary(self) -> str:
        rate = self.articles / max(time.monotonic() - self.started, 1e-9)
        return (f"{self.articles} articles, {self.quotes} quotes, {self.skipped} skipped"
                f" ({rate:.1f} articles/s)")


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--output", "-o", required=True, metavar="DIR",
              help="Folder (any path Spark writes: local, hdfs://, s3a://) for the Parquet "
                   "tables; a rerun replaces them.")
@click.option("--master", default=None, metavar="URL",
              help="Spark master: local[4], yarn, spark://HOST:7077, k8s://... "
                   "(default: spark-submit's, else local[*], every core here).")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Spread the extraction over this many tasks (default: as the input splits).")
def spark(inputs: tuple[str, ...], output: str, master: str | None,
          partitions: int | None) -> None:
    """Find every quotation in INPUT... with Spark, for corpora beyond one machine.

    INPUT is a JSON Lines file (also .jsonl.gz), a web archive (.warc, .warc.gz),
    an HTML page, a text file, a folder or a glob pattern, on any file system
    Spark reads. DIR gets Parquet tables, partitioned by article month:
    articles/, quotes/ (one row per quote), quotes_merged/ (each quotation once
    per speaker, with its occurrences and earliest date) and skipped/ (what was
    not read, and why). Exit status: 0 when everything was read, 1 when
    something was skipped.
    """
    from .errors import SparkUnavailable

    try:
        from .spark.job import run_job

        summary = run_job(inputs, output, master=master, partitions=partitions)
    except SparkUnavailable as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"saidwhen: {summary.articles} articles, {summary.quotes} quotes "
               f"({summary.quotations} quotations), {summary.skipped} skipped; "
               f"tables under {output}", err=True)
    sys.exit(EXIT_SKIPPED if summary.skipped else 0)


@main.command()
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
def timeml(in_dir: Path, out_dir: Path) -> None:
    """Tag time expressions in the TimeML files of IN_DIR, writing them to OUT_DIR.

    Each IN_DIR/NAME.tml is read (the article date from <DCT>, the text from
    <TEXT>) and written to OUT_DIR/NAME.tml with TIMEX3 tags added inside <TEXT>;
    the text itself is left unchanged character for character.
    """
    from .timexes.timeml import annotate_dir

    skipped = 0
    for result in annotate_dir(in_dir, out_dir):
        if result.error:
            skipped += 1
            click.echo(f"{result.path}: {result.error}", err=True)
    sys.exit(EXIT_SKIPPED if skipped else 0)


if __name__ == "__main__":
    main()
