"""The `saidwhen` command: parse options, call one library function, format the result.

Errors that saidwhen raises on purpose (saidwhen.errors) become one message on standard
error here, at the edge, and nowhere else.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from .errors import NotFound, QueryError, SaidwhenError

EXIT_SKIPPED = 1  # something in the input was not read; the rest was
DB_HELP = "The corpus database (SQLite), created if need be."
INPUT_HELP = """INPUT is a JSON Lines file (one {"id", "date", "title", "url", "source",
    "text"} object per line, only "text" required), a text file (optionally starting with a
    "date YYYY-MM-DD" line), an HTML page, a web archive (.warc, .warc.gz), a folder, a glob
    pattern, or - for standard input."""


class _Commands(click.Group):
    """Turns saidwhen's own errors into a message and an exit status, once, for every command."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QueryError as error:
            raise click.UsageError(str(error)) from None
        except NotFound as error:
            raise click.ClickException(str(error)) from None
        except SaidwhenError as error:
            raise click.ClickException(str(error)) from None


def _db_option(func):
    from .store import DEFAULT_DB

    return click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                        help=DB_HELP)(func)


def _jobs_option(func):
    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                        help="Worker processes for extraction (default: one per CPU). "
                             "The results are the same for any number.")(func)


def _json_option(func):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="saidwhen")
def main() -> None:
    """saidwhen: who said what, where and when, from dated news articles.

    \b
    extract   find quotes in articles and print them
    ingest    add articles to the corpus database
    search    full-text search of the corpus's quotes
    timeline  everything a person said, in the order said
    people    people by number of quotes
    export    the whole corpus as JSON Lines or CSV
    serve     the corpus as a web page and a JSON API

    Run `saidwhen COMMAND --help` for the options of each command.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default=None,
              help="table: who said what, for reading (the default on a terminal); "
                   "jsonl: one JSON record per article (the default when piped).")
@_jobs_option
def extract(inputs: tuple[str, ...], fmt: str | None, jobs: int | None) -> None:
    """Find every quotation in the articles of INPUT..., with its speaker.

    INPUT is a JSON Lines file (one {"id", "date", "title", "url", "source",
    "text"} object per line, only "text" required), a text file (optionally
    starting with a "date YYYY-MM-DD" line), an HTML page, a web archive
    (.warc or .warc.gz: each HTML page in it), a folder, a glob pattern, or -
    for standard input.

    Output comes in input order. Anything that cannot be read is named on
    standard error as FILE:LINE: what is wrong; the rest goes on. Exit status:
    0 when everything was read, 1 when something was skipped, 2 for a usage error.
    """
    from .output import to_jsonl, to_table
    from .reading import count_articles, read_articles
    from .records import Skipped
    from .workers import extract_in_order

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    write = to_jsonl if fmt == "jsonl" else to_table
    total = count_articles(inputs)
    tally = _Tally()
    with _progress(total, "extracting") as bar:
        for result in extract_in_order(read_articles(inputs), worker_count(jobs, total)):
            bar.update(1)
            if isinstance(result, Skipped):
                tally.skipped += 1
                bar.write(str(result), file=sys.stderr)
            else:
                click.echo(write(result))
                tally.done(len(result.quotes))
    if sys.stderr.isatty() or tally.skipped:
        click.echo(f"saidwhen: {tally}", err=True)
    sys.exit(EXIT_SKIPPED if tally.skipped else 0)


class _Tally:
    """What an extract run did, for its closing line."""

    def __init__(self) -> None:
        self.articles = self.quotes = self.skipped = 0
        self.started = time.monotonic()

    def done(self, quotes: int) -> None:
        self.articles += 1
        self.quotes += quotes

    def __str__(self) -> str:
        rate = self.articles / max(time.monotonic() - self.started, 1e-9)
        return (f"{self.articles} articles, {self.quotes} quotes, {self.skipped} skipped"
                f" ({rate:.1f} articles/s)")


def worker_count(jobs: int | None, articles: int | None) -> int:
    """The worker processes to start: as asked (else one per CPU), but no more than the
    input can keep busy, since each costs seconds to start."""
    from .workers import CHUNK, default_jobs

    jobs = jobs or default_jobs()
    if articles is not None:
        jobs = min(jobs, max(1, -(-articles // CHUNK)))
    return jobs


def _progress(total: int | None, what: str):
    """A progress bar on standard error with articles/s and, when the total is known, an ETA;
    nothing when standard error is not a terminal."""
    from tqdm import tqdm

    return tqdm(total=total, desc=what, unit=" articles", file=sys.stderr, dynamic_ncols=True,
                disable=not sys.stderr.isatty(), leave=False)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@_db_option
@_jobs_option
def ingest(inputs: tuple[str, ...], db: str, jobs: int | None) -> None:
    """Add the articles of INPUT... and their quotes to the corpus database.

    \b
    INPUT is anything `saidwhen extract` reads.

    An article already in the database with the same text is left as it is, so
    running again on the same input adds nothing; an article whose text changed
    has its quotes replaced. Each article is committed on its own: an ingest that
    is stopped keeps what it did, and running it again finishes the job. Skipped
    inputs are named on standard error and kept in the database's `skipped`
    table. Exit status: 0 when everything was read, 1 when something was skipped.
    """
    from .reading import count_articles
    from .store import connect, ingest as ingest_into

    conn = connect(db)
    total = count_articles(inputs)
    with _progress(total, "ingesting") as bar:
        def heard(outcome, item) -> None:
            bar.update(1)
            if outcome == "skipped":
                bar.write(str(item), file=sys.stderr)

        report = ingest_into(conn, inputs, worker_count(jobs, total), on_result=heard)
    click.echo(_ingest_summary(report, db), err=True)
    sys.exit(EXIT_SKIPPED if report.skipped else 0)


def _ingest_summary(report, db: str) -> str:
    lines = [f"saidwhen: {db}: {report.read} articles read: {report.added} added, "
             f"{report.unchanged} unchanged, {report.replaced} replaced; "
             f"{report.quotes} quote occurrences stored; {len(report.skipped)} inputs skipped"]
    lines += [f"  {n} skipped: {reason}" for reason, n in report.reasons().most_common()]
    return "\n".join(lines)


@main.command()
@click.argument("query", default="", required=False)
@click.option("--speaker", help="Only quotes of this person (any variant of the name).")
@click.option("--since", metavar="DATE", help="Only quotes said (else first reported) on or after "
              "DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only quotes said (else first reported) on or "
              "before DATE.")
@click.option("--channel", help="Only quotes said in this channel (Instagram, statement, "
              "interview, ...).")
@click.option("--source", help="Only quotes carried by an article of this source.")
@click.option("--limit", type=click.IntRange(1, 200), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many results.")
@_json_option
@_db_option
def search(query: str, speaker, since, until, channel, source, limit: int, offset: int,
           as_json: bool, db: str) -> None:
    """Search the corpus's quotes for QUERY (FTS5 syntax: words, "a phrase", AND, OR, NOT,
    prefix*), best match first; without QUERY, the newest quotes.

    \b
    saidwhen search bridge
    saidwhen search '"open it late"' --speaker "Alice Moreau"
    saidwhen search 'rent OR prices' --since 2023-01 --channel statement --json
    """
    from .output import search_table
    from .store import Filters, connect, search as run_search

    filters = Filters(speaker=speaker, since=since, until=until, channel=channel, source=source)
    page = run_search(connect(db, readonly=True), query, filters, limit, offset)
    click.echo(json.dumps(page.to_json(), ensure_ascii=False) if as_json else search_table(page),
               nl=as_json)


@main.command()
@click.argument("person")
@click.option("--newest-first", is_flag=True, help="Latest quotes first.")
@_json_option
@_db_option
def timeline(person: str, newest_first: bool, as_json: bool, db: str) -> None:
    """Every quote of PERSON, in the order said (when the text says when), else in the order
    first reported, with the channel and the articles that carried each."""
    from .output import timeline_table
    from .store import connect, timeline as run_timeline

    found, quotes = run_timeline(connect(db, readonly=True), person, newest_first)
    if as_json:
        click.echo(json.dumps({"person": found.to_json(), "quotes": [q.to_json() for q in quotes]},
                              ensure_ascii=False))
    else:
        click.echo(timeline_table(found, quotes), nl=False)


@main.command()
@click.option("--limit", type=click.IntRange(1, 200), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@_json_option
@_db_option
def people(limit: int, offset: int, as_json: bool, db: str) -> None:
    """People (and organisations) in the corpus, most quoted first."""
    from .output import people_table
    from .store import connect, people as run_people

    page = run_people(connect(db, readonly=True), limit, offset)
    click.echo(json.dumps(page.to_json("people"), ensure_ascii=False) if as_json
               else people_table(page), nl=as_json)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True, help="jsonl: one quotation per line with its occurrences; "
                                      "csv: one row per occurrence.")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8", lazy=True), default="-",
              help="Write here instead of standard output.")
@_db_option
def export(fmt: str, output, db: str) -> None:
    """The whole corpus, streamed: every quotation and every article that carried it."""
    import csv

    from .output import CSV_COLUMNS, csv_rows
    from .store import connect, export as run_export

    quotes = run_export(connect(db, readonly=True))
    if fmt == "csv":
        writer = csv.writer(output)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(csv_rows(quotes))
        return
    for quote in quotes:
        output.write(json.dumps(quote.to_json(), ensure_ascii=False) + "\n")


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 127.0.0.1 keeps the corpus to this machine.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes answering at once, for a team sharing one corpus.")
def serve(db: str, host: str, port: int, workers: int) -> None:
    """The corpus as a web page and a JSON API: search, people's timelines, articles.

    Every page has a JSON twin at the same path with .json (/search.json?q=...,
    /people/NAME.json, /articles/ID.json). Everything the pages need is served
    by saidwhen itself; no network is needed.
    """
    from .web import serve as run_server

    run_server(db, host, port, workers)


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
