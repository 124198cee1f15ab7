"""The `saidwhen` command: parse options, call one library function, format the result.

Errors that saidwhen raises on purpose (saidwhen.errors) become one message on standard
error here, at the edge, and nowhere else.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import sys
import time
from contextlib import closing, contextmanager
from pathlib import Path

import click

from ._spacy_cli import stand_in
from .errors import NotFound, QueryError, SaidwhenError

# The command extracts but runs no spaCy command: spaCy, imported on first use, comes without its
# own command line (_spacy_cli.py). Only here: a program that imports saidwhen as a library gets
# spaCy as it is.
stand_in()


def one_blas_thread() -> None:
    """BLAS (OpenBLAS, under numpy) starts with one thread, unless the environment says otherwise.

    Each command runs one core a process (--jobs starts more processes), and the parser already
    limits BLAS to one thread while it multiplies (parsing.language): the threads OpenBLAS starts
    when numpy is imported (one less than the cores) only sit idle. Their being there costs all
    the same: with a second thread in the process, the C library takes its locks the slow way,
    and spaCy's parser and recogniser take and drop the interpreter's lock at each of their moves
    (about 6 % of an extraction's CPU on 300 BBC articles). Set before numpy is imported; spawned
    workers inherit it. Only here, as stand_in: a program that imports saidwhen keeps its threads."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


one_blas_thread()

EXIT_SKIPPED = 1  # something in the input was not read; the rest was
EXIT_SIGNAL = 128  # plus the signal's number: how a shell reports a run a signal stopped
DB_HELP = "The corpus database (SQLite), created if it does not exist."
# saidwhen.store.DEFAULT_DB, without importing the store: `saidwhen extract` needs none of it
# (0.1 s of CPU a process).
DEFAULT_DB = "saidwhen.db"
READ_DB_HELP = ("The corpus database (SQLite), only read; it must exist (saidwhen ingest "
                "makes it).")
INPUT_HELP = """INPUT is a JSON Lines file (one {"id", "date", "title", "url", "source",
    "text"} object per line, only "text" required), a text file (optionally starting with a
    "date YYYY-MM-DD" line), an HTML page, a web archive (.warc, .warc.gz), a folder, a glob
    pattern, or - for standard input."""


class _Stoppable(click.Command):
    """A command that Ctrl+C or SIGTERM stops with one line and the signal's status (128 plus
    its number), as extract and ingest stop, not with click's "Aborted!" and 1: `serve` alone
    stops on its own terms (web/server.py)."""

    def invoke(self, ctx: click.Context):
        signals = _Signals()
        try:
            with signals.handled():
                return super().invoke(ctx)
        except KeyboardInterrupt as stop:
            _stopped(stop)
        except SaidwhenError:
            # A signal heard while SQLite runs our budget's progress handler (store/budget.py)
            # ends the statement as "interrupted", which the budget reports as over its time.
            if signals.heard is None:
                raise
            _stopped(_Stop(signals.heard))


class _Commands(click.Group):
    """Turns saidwhen's own errors into a message and an exit status, once, for every command;
    lists the commands in the order of the work (extract, ingest, then the questions)."""

    command_class = _Stoppable

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QueryError as error:
            raise click.UsageError(str(error)) from None
        except NotFound as error:
            raise click.ClickException(str(error)) from None
        except SaidwhenError as error:
            raise click.ClickException(str(error)) from None
        except OSError as error:
            if error.errno not in _UNWRITABLE:
                raise
            _drop_output()
            raise click.ClickException(f"cannot write the output: {error.strerror}") from None


# What writing the output may fail with: a full disk or quota, a file grown past its limit, a
# device failing. (A closed pipe, `saidwhen export | head`, is no error worth a word.)
_UNWRITABLE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _drop_output() -> None:
    """What is still buffered for standard output cannot be written either: Python would try
    again on its way out and print a traceback after the message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # standard output is no file (replaced, as in tests)
        pass


def _db_option(func, help: str = DB_HELP):
    return click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                        help=help)(func)


def _read_db_option(func):
    return _db_option(func, READ_DB_HELP)


def _jobs_option(func):
    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                        help="Worker processes for extraction, 1 to one per CPU (the default; "
                             "more are cut to that). The results are the same for any number."
                        )(func)


def _verbose_option(func):
    return click.option("--verbose", "-v", is_flag=True,
                        help="Also list the records of web archives that are no pages (warcinfo, "
                             "requests, metadata): they are never counted as skipped.")(func)


def _json_option(func):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="saidwhen")
def main() -> None:
    """saidwhen: who said what, where and when, from dated news articles.

    Run `saidwhen COMMAND --help` for the options of each command.
    """


@main.command(short_help="Find quotes in articles and print them.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default=None,
              help="table: who said what, for reading (the default on a terminal); "
                   "jsonl: one JSON record per article (the default when piped).")
@_jobs_option
@_verbose_option
def extract(inputs: tuple[str, ...], fmt: str | None, jobs: int | None, verbose: bool) -> None:
    """Find every quotation in the articles of INPUT..., with its speaker.

    INPUT is a JSON Lines file (one {"id", "date", "title", "url", "source",
    "text"} object per line, only "text" required), a text file (optionally
    starting with a "date YYYY-MM-DD" line), an HTML page, a web archive
    (.warc or .warc.gz: each HTML page in it), a folder, a glob pattern, or -
    for standard input.

    Output comes in input order. Anything that cannot be read is named on
    standard error as FILE:LINE: what is wrong; the rest goes on. A web archive's
    own records (warcinfo, requests, metadata) are no pages and no skips: --verbose
    lists them. Exit status: 0 when everything was read, 1 when something was
    skipped, 2 for a usage error. On a terminal the table is the progress: the
    progress bar shows only while the output goes elsewhere.

    \b
    saidwhen extract news.jsonl
    saidwhen extract articles/ --format jsonl > quotes.jsonl
    saidwhen extract crawl.warc.gz 'archive/2024-*.jsonl.gz' --jobs 2 > quotes.jsonl
    cat news.jsonl | saidwhen extract -
    """
    from .output import to_jsonl, to_table
    from .reading import count_articles, read_articles
    from .records import Skipped
    from .workers import extract_in_order

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    write = to_jsonl if fmt == "jsonl" else to_table
    tally = _Tally()
    try:
        with _Signals().handled() as signals:
            total = count_articles(inputs)
            results = extract_in_order(read_articles(inputs), worker_count(jobs, total))
            # A bar redrawn on the terminal the table is printed to would cut into the table;
            # closing the results stops the workers.
            with (_progress(total, "extracting", shown=not sys.stdout.isatty()) as bar,
                  closing(results)):
                for result in results:
                    bar.update(1)
                    if isinstance(result, Skipped) and result.bookkeeping:
                        if verbose:
                            bar.write(str(result), file=sys.stderr)
                    elif isinstance(result, Skipped):
                        tally.skipped += 1
                        bar.write(str(result), file=sys.stderr)
                    else:
                        line = write(result)
                        with signals.held():  # what the stop message counts is what was written
                            tally.done(len(result.quotes))
                            click.echo(line)
    except KeyboardInterrupt as stop:
        _stopped(stop, f"written before it: {tally}")
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


class _Stop(KeyboardInterrupt):
    """A signal asked the run to stop; it unwinds as Ctrl+C does."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Signals:
    """Ctrl+C and SIGTERM (a plain `kill`, a service manager stopping saidwhen) stop a run
    alike: as a KeyboardInterrupt, so that the article being written is rolled back, the
    workers end, and the command says what was kept, instead of dying with its workers left
    running. Within `held()` a stop waits for the end of the block."""

    def __init__(self) -> None:
        self.holding, self.pending, self.heard = False, None, None

    def stop(self, signum, frame) -> None:
        self.heard = signum
        if self.holding:
            self.pending = signum
        else:
            raise _Stop(signum)

    @contextmanager
    def handled(self):
        previous = {n: signal.signal(n, self.stop) for n in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield self
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)

    @contextmanager
    def held(self):
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
        if self.pending is not None:
            raise _Stop(self.pending)


def _stopped(stop: KeyboardInterrupt, kept: str = "") -> None:
    """Say which signal stopped the run and what it kept, and exit as that signal's status."""
    signum = getattr(stop, "signum", signal.SIGINT)
    name = "Ctrl+C" if signum == signal.SIGINT else signal.Signals(signum).name
    click.echo(f"saidwhen: stopped by {name}" + (f"; {kept}" if kept else ""), err=True)
    sys.exit(EXIT_SIGNAL + signum)


def worker_count(jobs: int | None, articles: int | None) -> int:
    """The worker processes to start: as asked (else one per CPU), but no more than the
    input can keep busy, since each costs seconds to start, nor than there are CPUs."""
    from .workers import CHUNK, default_jobs

    cpus = default_jobs()
    asked, jobs = jobs, jobs or cpus
    if articles is not None:
        jobs = min(jobs, max(1, -(-articles // CHUNK)))
    if jobs > cpus:  # more workers than CPUs only take turns, each holding its own models
        click.echo(f"saidwhen: --jobs {asked} is more than the {cpus} CPUs this may run on; "
                   f"starting {cpus} workers", err=True)
        jobs = cpus
    return jobs


def _progress(total: int | None, what: str, shown: bool = True):
    """A progress bar on standard error with articles/s and, when the total is known, an ETA;
    nothing when standard error is not a terminal, or when not `shown`."""
    if not (shown and sys.stderr.isatty()):
        return _NoBar()  # tqdm's import and its write lock cost 0.03 CPU s a run, for a bar not drawn
    from tqdm import tqdm

    return tqdm(total=total, desc=what, unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False)


class _NoBar:
    """What a disabled tqdm bar does: counts nothing, and writes a message and its end as given."""

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc) -> None:
        return None

    def update(self, n: int = 1) -> None:
        return None

    @staticmethod
    def write(s: str, file=None, end: str = "\n") -> None:
        fp = file if file is not None else sys.stdout
        fp.write(s)
        fp.write(end)


@main.command(short_help="Add articles and their quotes to the corpus database.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@_db_option
@_jobs_option
@_verbose_option
def ingest(inputs: tuple[str, ...], db: str, jobs: int | None, verbose: bool) -> None:
    """Add the articles of INPUT... and their quotes to the corpus database.

    \b
    INPUT is anything `saidwhen extract` reads.

    An article already in the database with the same text is left as it is, so
    running again on the same input adds nothing; an article whose text changed
    has its quotes replaced. Each article is committed on its own: an ingest that
    is stopped keeps what it did, and running it again finishes the job. Skipped
    inputs are named on standard error and kept in the database's `skipped`
    table. Exit status: 0 when everything was read, 1 when something was skipped.

    \b
    saidwhen ingest news.jsonl
    saidwhen ingest articles/ crawl.warc.gz --db city.db && saidwhen serve --db city.db
    """
    from .reading import count_articles
    from .ingest import IngestReport, database_files, fold_log, ingest as ingest_into
    from .store import connect
    from .store.migrations import MigrationStopped

    report, conn, signals = IngestReport(), None, _Signals()
    try:
        with signals.handled():
            conn = connect(db)
            total = count_articles(inputs, database_files(conn))
            with _progress(total, "ingesting") as bar:
                def heard(outcome, item) -> None:
                    bar.update(1)
                    if outcome == "skipped" or (outcome == "not a page" and verbose):
                        bar.write(str(item), file=sys.stderr)

                ingest_into(conn, inputs, worker_count(jobs, total), on_result=heard, report=report)
    except MigrationStopped as stop:  # heard inside SQLite, which does not say which signal
        _stopped(_Stop(signals.heard or signal.SIGINT), f"{db} was being upgraded to this "
                 f"saidwhen's schema and is left as it was (schema version {stop.version}); "
                 "run the same command again to upgrade it")
    except KeyboardInterrupt as stop:
        if conn is not None:  # what was stored is in the file alone, as after a whole run
            fold_log(conn)
        _stopped(stop, _kept(report, db))
    click.echo(_ingest_summary(report, db), err=True)
    sys.exit(EXIT_SKIPPED if report.skipped else 0)


def _kept(report, db: str) -> str:
    stored = report.added + report.replaced + report.unchanged
    return (f"{db} keeps every article stored before it: {stored} from this run's input "
            f"({report.added} added, {report.replaced} replaced, {report.unchanged} unchanged) "
            f"and {len(report.skipped)} skips recorded. Run the same command again to go on "
            "where it stopped.")


def _ingest_summary(report, db: str) -> str:
    lines = [f"saidwhen: {db}: {report.read} articles read: {report.added} added, "
             f"{report.unchanged} unchanged, {report.replaced} replaced; "
             f"{report.quotes} quote occurrences stored; {len(report.skipped)} inputs skipped"]
    if report.not_pages:
        lines[0] += (f"; {report.not_pages} web archive records that are no pages (warcinfo, "
                     "requests, metadata) passed over")
    lines += [f"  {n} skipped: {reason}" for reason, n in report.reasons().most_common()]
    return "\n".join(lines)


class _Words(click.ParamType):
    """Words typed on the command line: a byte that is not UTF-8 (a terminal set to another
    encoding) is a usage error naming the option, not a traceback where SQLite refuses it."""

    name = "text"

    def convert(self, value, param, ctx):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            shown = os.fsencode(value).decode("utf-8", "backslashreplace")
            self.fail(f"'{shown}' holds a byte that is not UTF-8 text (at character "
                      f"{error.start + 1}); type it in UTF-8", param, ctx)
        return value


WORDS = _Words()


def _filter_options(func):
    """The options that narrow a search, the same on `search`, `export` and `stats`."""
    for option in reversed([
        click.option("--speaker", type=WORDS,
                     help="Only quotes of this person: a full name, any variant "
                     "of it, or a surname one person has; several or none is an error naming "
                     "them."),
        click.option("--since", metavar="DATE", callback=_date, help="Only quotes said (else "
                     "first reported) on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", callback=_date, help="Only quotes said (else "
                     "first reported) on or before DATE."),
        click.option("--channel", type=WORDS,
                     help="Only quotes said in this channel (any case; `saidwhen "
                     "channels` lists them)."),
        click.option("--source", type=WORDS,
                     help="Only quotes carried by an article of this source (any "
                     "case, \"The\" optional; `saidwhen sources` lists them)."),
        click.option("--gender", type=WORDS,
                     help="Only quotes whose speaker the articles write as this "
                     "gender (female, male, unknown, disputed)."),
        click.option("--kind", type=WORDS,
                     help="Only quotes whose speaker is of this kind (person, "
                     "organisation, disputed)."),
    ]):
        func = option(func)
    return func


def _sort_option(func):
    """The order of what a search finds, the same on `search` and `export`."""
    return click.option("--sort", type=click.Choice(SORT_CHOICES), default="rank",
                        show_default=True, help="rank: best match first (newest first without "
                        "words); oldest, newest: by when said, else first reported.")(func)


SORT_CHOICES = ["rank", "oldest", "newest"]  # saidwhen.store.SORTS, without importing the store


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A --since or --until date, checked by the rule the store applies to every interface."""
    from .store.checks import checked_date

    if value is None:
        return None
    try:
        return checked_date(f"--{param.name}", value)
    except QueryError as error:
        raise click.UsageError(str(error), ctx) from None


@main.command(short_help="Full-text search of the corpus's quotations.")
@click.argument("query", default="", required=False, type=WORDS)
@_filter_options
@_sort_option
@click.option("--limit", type=click.IntRange(1, 200), default=20, show_default=True,
              help="Quotations shown; --offset pages on.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many results.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default="table", show_default=True,
              help="table: for reading; json: the page as one object (as /search.json); "
                   "jsonl, csv: one quotation a line or row, as `export` writes them.")
@_json_option
@_read_db_option
def search(query: str, speaker, since, until, channel, source, gender, kind, sort: str,
           limit: int, offset: int, fmt: str, as_json: bool, db: str) -> None:
    """Search the corpus's quotes for QUERY, best match first; without QUERY, the newest.

    Words are searched as typed: Kilroy-Silk, don't, U.S. and 9/11 find those words.
    FTS5 syntax works too: "a phrase", AND, OR, NOT, NEAR(a b, 5), prefix*, (...).

    \b
    saidwhen search bridge
    saidwhen search '"open it late"' --speaker "Alice Moreau" --sort oldest
    saidwhen search 'rent OR prices' --since 2023-01 --channel statement --format csv
    """
    from .output import search_table
    from .store import Filters, connect_readonly, search as run_search

    fmt = _one_format(fmt, as_json)
    filters = Filters(speaker=speaker, since=since, until=until, channel=channel, source=source,
                      gender=gender, kind=kind)
    page = run_search(connect_readonly(db), query, filters, limit, offset, sort)
    _print_answer(fmt, page.items, page.to_json, lambda: search_table(page))


def _one_format(fmt: str, as_json: bool) -> str:
    """The format asked for: --json is --format json, and given beside another --format it
    leaves which was meant unknown."""
    given = click.get_current_context().get_parameter_source("fmt")
    if as_json and fmt != "json" and given is click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError(f"--json and --format {fmt} ask for two formats: give one")
    return "json" if as_json else fmt


def _print_answer(fmt: str, quotes, as_json, as_table) -> None:
    """One page of an answer as asked: its quotations as `export` writes them (csv, jsonl),
    the whole answer as one JSON object, or the table for reading."""
    if fmt in ("csv", "jsonl"):
        _write_quotations(quotes, fmt, False, sys.stdout)
    elif fmt == "json":
        click.echo(json.dumps(as_json(), ensure_ascii=False))
    else:
        click.echo(as_table(), nl=False)


@main.command(short_help="Everything a person said, in the order said.")
@click.argument("person", type=WORDS)
@click.option("--query", "-q", default="", metavar="WORDS", type=WORDS,
              help="Only their quotations matching WORDS (as search takes them).")
@click.option("--channel", type=WORDS,
              help="Only their quotations said in this channel (any case; "
              "`saidwhen channels` lists them).")
@click.option("--since", metavar="DATE", callback=_date, help="Only quotations said (else "
              "first reported) on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", callback=_date, help="Only quotations said (else "
              "first reported) on or before DATE.")
@click.option("--newest-first", is_flag=True, help="Latest quotations first.")
@click.option("--limit", type=click.IntRange(1, 200), default=50, show_default=True,
              help="Quotations per page.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True,
              help="Which page of --limit quotations to show.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default="table", show_default=True,
              help="table: for reading; json: the page with its counts as one object (as "
                   "/people/NAME.json); jsonl, csv: the page's quotations, one a line or row, as "
                   "`export` writes them.")
@_json_option
@_read_db_option
def timeline(person: str, query: str, channel, since, until, newest_first: bool, limit: int,
             page: int, fmt: str, as_json: bool, db: str) -> None:
    """What PERSON said, in the order said (else first reported): how many quotations per
    month and year, then one page of them, a line each, with their channel.

    \b
    saidwhen timeline "Alice Moreau"
    saidwhen timeline "Alice Moreau" --query bridge --since 2023 --until 2024-06
    saidwhen timeline "Alice Moreau" --channel interview --newest-first --page 2
    """
    from .output import timeline_table
    from .store import TimelineQuery, connect_readonly, timeline as run_timeline

    fmt = _one_format(fmt, as_json)
    asked = TimelineQuery(query=query, channel=channel, since=since, until=until,
                          newest_first=newest_first, limit=limit, page=page)
    found = run_timeline(connect_readonly(db), person, asked)
    _print_answer(fmt, found.quotations, found.to_json, lambda: timeline_table(found))


@main.command(short_help="People by number of quotations.")
@click.option("--limit", type=click.IntRange(1, 200), default=50, show_default=True,
              help="People shown; --offset pages on.")
@click.option("--offset", type=click.IntRange(min=0), default=0,
              help="Skip this many people, the most quoted first.")
@_json_option
@_read_db_option
def people(limit: int, offset: int, as_json: bool, db: str) -> None:
    """People (and organisations) in the corpus, most quoted first.

    \b
    saidwhen people --limit 10
    saidwhen people --offset 50 --json
    """
    from .output import people_table
    from .store import connect_readonly, people as run_people

    page = run_people(connect_readonly(db), limit, offset)
    click.echo(json.dumps(page.to_json("people"), ensure_ascii=False) if as_json
               else people_table(page), nl=as_json)


@main.command(short_help="The corpus, or what a search finds, as JSON Lines or CSV.")
@click.option("--query", "-q", default="", type=WORDS,
              help="Only quotes with these words (as `search`).")
@_filter_options
@_sort_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True, help="jsonl: one quotation a line, with its occurrences; "
                                      "csv: one quotation a row (columns: see docs/corpus.md).")
@click.option("--occurrences", is_flag=True, help="One line or row per occurrence (each "
              "article carrying a quotation), with its quotation's fields.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write here instead of standard output; a file gets its name only once it "
                   "is whole.")
@_read_db_option
def export(query: str, speaker, since, until, channel, source, gender, kind, sort: str,
           fmt: str, occurrences: bool, output, db: str) -> None:
    """The corpus's quotations, streamed: all of them, or what `search` finds with the same
    filters, in the same order. Which person --speaker matched is said on standard error.

    \b
    saidwhen export -o corpus.jsonl
    saidwhen export -q bridge --since 2024 --format csv -o bridge.csv
    saidwhen export --speaker "Alice Moreau" --occurrences --format csv > moreau.csv
    """
    from .store import Filters, connect_readonly, export as run_export, person

    conn = connect_readonly(db)
    filters = Filters(speaker=speaker, since=since, until=until, channel=channel, source=source,
                      gender=gender, kind=kind)
    quotes = run_export(conn, query, filters, sort)
    if speaker:
        click.echo(f"saidwhen: quotations of {person(conn, speaker).name}", err=True)
    with _whole(output) as stream:
        _write_quotations(quotes, fmt, occurrences, stream)


@contextmanager
def _whole(path: str):
    """Where an export writes: standard output for -, a device or pipe as it is, and a file
    written beside its name (.NAME.part) and renamed onto it once whole, so that an export that
    is stopped or fails leaves no truncated file under the name, and a file it replaces as it
    was."""
    import tempfile

    target = Path(os.path.realpath(path))  # a link keeps pointing at the file it names
    if path == "-" or (target.exists() and not target.is_file()):
        with click.open_file(path, "w", encoding="utf-8") as stream:
            yield stream
        return
    try:
        part = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=target.parent,
                                           prefix=f".{target.name}.", suffix=".part",
                                           delete=False)
    except OSError as error:
        raise click.FileError(path, error.strerror) from None
    try:
        with part:
            yield part
        _give_mode(part.name, target)
        os.replace(part.name, target)
    except BaseException:
        os.unlink(part.name)
        raise


def _give_mode(part: str, target: Path) -> None:
    """The mode the file would have had if opened under its name: a replaced file's own, else
    what the umask leaves (a temporary file is made readable by its owner alone)."""
    if target.exists():
        os.chmod(part, target.stat().st_mode & 0o7777)
        return
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(part, 0o666 & ~umask)


def _write_quotations(quotes, fmt: str, occurrences: bool, output) -> None:
    import csv

    from .output import csv_columns, csv_row, export_rows

    rows = export_rows(quotes, occurrences)
    if fmt == "jsonl":
        for row in rows:
            output.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    columns = csv_columns(occurrences)
    writer = csv.writer(output)
    writer.writerow(columns)
    writer.writerows(csv_row(row, columns) for row in rows)


@main.command(short_help="Who gets quoted: by gender, kind, channel, source and period.")
@click.argument("query", default="", required=False, type=WORDS)
@_filter_options
@click.option("--by", type=click.Choice(["month", "year"]), default="month", show_default=True,
              help="The periods counted and their most quoted speakers.")
@click.option("--format", "fmt", type=click.Choice(["text", "csv"]), default="text",
              show_default=True, help="csv: one table (--table) as CSV.")
@click.option("--table", type=click.Choice(["gender", "kind", "channel", "source", "period",
                                            "top"]),
              help="The table to write as CSV (top: the most quoted of each period).")
@_json_option
@_read_db_option
def stats(query: str, speaker, since, until, channel, source, gender, kind, by: str, fmt: str,
          table: str | None, as_json: bool, db: str) -> None:
    """Who gets quoted among the quotes a search for QUERY with the same filters finds:
    quotations and speakers by gender as written, kind of speaker, channel, source and
    month (or year), and the most quoted speakers of each period.

    \b
    saidwhen stats --by year
    saidwhen stats bridge --source "City Paper" --json
    saidwhen stats --since 2024 --format csv --table gender > gender.csv
    """
    import csv

    from .corpus import Corpus
    from .output import spreadsheet_row, stats_table

    if fmt == "csv" and not table:
        raise click.UsageError("--format csv writes one table: name it with --table")
    if table and fmt != "csv":  # the text and --json hold every table
        raise click.UsageError(f"--table {table} names the table --format csv writes: add "
                               "--format csv")
    if as_json and fmt == "csv":
        raise click.UsageError("--json and --format csv ask for two formats: give one")
    with Corpus(db) as corpus:
        found = corpus.stats(query, speaker=speaker, since=since, until=until, channel=channel,
                             source=source, gender=gender, kind=kind, by=by)
    if as_json:
        click.echo(json.dumps(found.to_json(), ensure_ascii=False))
    elif fmt == "csv":
        csv.writer(sys.stdout, lineterminator="\n").writerows(
            map(spreadsheet_row, found.csv_rows(table)))
    else:
        click.echo(stats_table(found), nl=False)


@main.command(short_help="The channels quotations were said in.")
@_json_option
@_read_db_option
def channels(as_json: bool, db: str) -> None:
    """The channels quotes were said in (statement, interview, Instagram, ...), with how many
    quotations each; what --channel takes."""
    from .store import channels as run_channels, connect_readonly

    _print_counts(run_channels(connect_readonly(db)), "channel", "quotes", as_json)


@main.command(short_help="The sources of the corpus's articles.")
@_json_option
@_read_db_option
def sources(as_json: bool, db: str) -> None:
    """The sources of the corpus's articles (newspapers, sites, wires), with how many articles
    each; what --source takes."""
    from .store import connect_readonly, sources as run_sources

    _print_counts(run_sources(connect_readonly(db)), "source", "articles", as_json)


def _print_counts(counted: list[tuple[str, int]], name: str, unit: str, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({f"{name}s": [{name: n, unit: c} for n, c in counted]},
                              ensure_ascii=False))
        return
    for value, count in counted:
        click.echo(f"{count:8,d}  {value}")


@main.command(cls=click.Command, short_help="The corpus as a web page and a JSON API.")
@_read_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 127.0.0.1 keeps the corpus to this machine.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on; 0 takes a free one, and the address printed names it.")
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


@main.command(short_help="Find quotes with Spark, for corpora beyond one machine.")
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


@main.command(short_help="Tag time expressions in TimeML files.")
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
def timeml(in_dir: Path, out_dir: Path) -> None:
    """Tag time expressions in the TimeML files of IN_DIR, writing them to OUT_DIR.

    Each IN_DIR/NAME.tml is read (the article date from <DCT>, the text from
    <TEXT>) and written to OUT_DIR/NAME.tml with TIMEX3 tags added inside <TEXT>;
    the text itself is left unchanged character for character. TIMEX3 tags
    already inside <TEXT> are replaced; OUT_DIR may not be IN_DIR.

    \b
    saidwhen timeml timebank/ tagged/
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
