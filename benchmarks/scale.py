"""The record at scale: a store of a million quotations built through the real write path, and
every page timed on it.

    python benchmarks/scale.py [--quotations 1000000] [--base 300] [--work DIR] [--keep]
    python benchmarks/scale.py --db DIR/scale.db [--skip person]   # time the pages only
    python benchmarks/scale.py --output DIR/output --work DIR2 [--keep]   # time an ingest only

1. Extracts the first --base BBC articles (../shared/data/corpus/bbc-2004-2005.jsonl) once,
   on one core, and keeps the extractions in DIR.
2. Writes a Spark output folder (the Parquet layout `saidwhen ingest DIR` reads, month by
   month) replicating them until it holds --quotations quotes: each replica gets its own id
   and date (ten years from 2000, in order), about a third of its longer words swapped for
   words of the same length from the corpus (offsets stay true, and the same article never
   repeats a quotation), and its speakers renamed from a pool of 2,000 people, weighted so
   that a few are quoted very often, as prime ministers are.
3. Ingests the folder with the library's `ingest`, the code `saidwhen ingest DIR` runs,
   timing every article: the rate over the first and the last 10 % of the articles.
4. Bytes per quotation; `saidwhen export --format jsonl` to /dev/null, timed.
5. Starts `saidwhen serve --workers W` on a free port of 127.0.0.1 and times every page and
   its JSON twin (home, people, the most quoted person, search with and without filters, an
   article, a quotation): one client, --repeats requests each, then 16 clients, each a
   thread with its own connection, for --seconds. p50, p95, p99 and max per page.

Targets (issue 16): ingest rate of the last 10 % within a factor of 2 of the first 10 %, a
million within 20 minutes; every page p95 under 100 ms with one client, p99 under 1 s with 16.
The machine is shared: the load average is printed beside the figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import math
import os
import pickle
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from urllib.parse import quote, urlencode

from web_search import address as _address  # the served address, as that benchmark reads it

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "bbc-2004-2005.jsonl"
PEOPLE = 2_000
START = dt.date(2000, 1, 1)
DAYS = 3_650
SWAP_SHARE = 0.35
CLIENTS = 16


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotations", type=int, default=1_000_000)
    parser.add_argument("--base", type=int, default=300, help="BBC articles to extract")
    parser.add_argument("--work", type=Path, help="folder for the extractions, the Spark "
                                                  "output and the database (default: temporary)")
    parser.add_argument("--keep", action="store_true", help="keep the database in --work")
    parser.add_argument("--workers", type=int, default=2, help="of `saidwhen serve`")
    parser.add_argument("--repeats", type=int, default=20, help="one client: requests a page")
    parser.add_argument("--seconds", type=float, default=30, help="16 clients: how long")
    parser.add_argument("--db", type=Path, help="a store built before: time its pages only")
    parser.add_argument("--output", type=Path, help="a Spark output folder written before: "
                        "time its ingest into a fresh --work/scale.db only (the folder is "
                        "only read)")
    parser.add_argument("--skip", action="append", default=[], metavar="WORD",
                        help="leave out the pages whose name holds WORD (repeatable)")
    args = parser.parse_args()
    if args.db:
        pages = {name: path for name, path in page_list(args.db).items()
                 if not any(word in name for word in args.skip)}
        times_pages(args.db, pages, args)
        return
    scratch = tempfile.mkdtemp(prefix="saidwhen-scale-") if args.work is None else None
    work = Path(scratch or args.work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.output:
            ingest_only(args.output, work)
        else:
            run(args, work)
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
        elif not args.keep:
            kept = ("scale.db", "scale.db-wal", "scale.db-shm")
            for name in kept if args.output else ("output", *kept):
                shutil.rmtree(work / name, ignore_errors=True) if name == "output" else \
                    (work / name).unlink(missing_ok=True)


def run(args: argparse.Namespace, work: Path) -> None:
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    base = extracted(work, args.base)
    quotes = sum(len(e.quotes) for e in base)
    print(f"{len(base)} BBC articles extracted, {quotes} quotes", flush=True)
    output = work / "output"
    shutil.rmtree(output, ignore_errors=True)
    started = time.monotonic()
    articles = write_output(base, output, args.quotations)
    print(f"Spark output of {articles} articles written in {time.monotonic() - started:.0f} s",
          flush=True)
    db = work / "scale.db"
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)
    held = ingest_timed(output, db)
    export_timed(db, held["quotes"])
    pages = {name: path for name, path in page_list(db).items()
             if not any(word in name for word in args.skip)}
    times_pages(db, pages, args)


def ingest_only(output: Path, work: Path) -> None:
    """Step 3 alone, on a folder written by an earlier run (which it leaves as it is)."""
    if output.resolve() == (work / "output").resolve():
        sys.exit("--output inside --work would be deleted after the run: give another --work")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    db = work / "scale.db"
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)
    ingest_timed(output, db)
    print(f"load average {os.getloadavg()[0]:.1f} (1 min), {os.getloadavg()[2]:.1f} (15 min)",
          flush=True)


# --- 1. the real extractions ---------------------------------------------------------------

def extracted(work: Path, count: int) -> list:
    """The extractions of the first `count` BBC articles (kept in `work` for the next run)."""
    from saidwhen import extract_articles, read_articles
    from saidwhen.records import Article, Extraction

    cache = work / f"bbc-{count}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}")
    articles = (a for a in read_articles([str(CORPUS)]) if isinstance(a, Article))
    found = [r for r in extract_articles(islice(articles, count)) if isinstance(r, Extraction)]
    cache.write_bytes(pickle.dumps(found))
    return found


# --- 2. a Spark output folder of replicas ----------------------------------------------------

def write_output(base: list, output: Path, quotations: int, first_replica: int = 0) -> int:
    """Replicas of `base` as the Spark job's articles/ and quotes/ tables, month by month,
    until they hold `quotations` quotes; how many articles that took. Replicas from
    `first_replica` on: another number gives other articles, for an ingest into a store
    that holds the first ones."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = _schemas(pa)
    per_replica = sum(len(e.quotes) for e in base)
    replicas = max(1, math.ceil(quotations / per_replica))
    total = replicas * len(base)
    by_month: dict[str, list] = defaultdict(list)
    month, written = None, 0
    for number, extraction in enumerate(replicas_of(base, range(first_replica,
                                                                 first_replica + replicas))):
        day = START + dt.timedelta(days=number * DAYS // total)
        this_month = day.strftime("%Y-%m")
        if month and this_month != month:
            _write_month(pa, pq, schemas, output, month, by_month.pop(month))
        month = this_month
        by_month[month].append((extraction, day))
        written += 1
    _write_month(pa, pq, schemas, output, month, by_month.pop(month))
    for table in ("skipped",):
        (output / table).mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.table({"origin": pa.array([], pa.string()),
                                 "reason": pa.array([], pa.string())}),
                       output / table / "part-0.parquet")
    return written


def replicas_of(base: list, replicas: range) -> Iterator:
    """Each base article again and again: another id and text, other speakers' names."""
    vocabulary = _vocabulary(base)
    weights = [1 / (rank + 5) for rank in range(PEOPLE)]
    names = [f"{given} {family}" for given, family in
             zip(_cycle(GIVEN, PEOPLE), _cycle(FAMILY, PEOPLE, step=7))]
    for replica in replicas:
        for index, extraction in enumerate(base):
            rng = random.Random(replica * 100_003 + index)
            yield _replica(extraction, replica, rng, vocabulary, names, weights)


def _replica(extraction, replica: int, rng: random.Random, vocabulary: dict, names: list,
             weights: list):
    from dataclasses import replace

    from saidwhen.records import Span, Speaker

    article = extraction.article
    text = _SWAPPABLE.sub(lambda m: _swap(m.group(0), rng, vocabulary), article.text)
    speakers = {}

    def span(s):
        return None if s is None else Span(s.start, s.end, text[s.start:s.end])

    quotes = []
    for quote in extraction.quotes:
        speaker = quote.speaker
        if speaker is not None:
            name = speaker.name
            if name is not None:
                name = speakers.setdefault(name, rng.choices(names, weights)[0])
            speaker = Speaker(name, span(speaker.mention))
        quotes.append(replace(quote, content=tuple(span(s) for s in quote.content),
                              cue=span(quote.cue), speaker=speaker))
    new_article = replace(article, id=f"{article.id}#{replica}", text=text,
                          origin=f"{article.origin}#{replica}")
    return replace(extraction, article=new_article, quotes=tuple(quotes))


_SWAPPABLE = re.compile(r"\b[a-z]{4,}\b")


def _swap(word: str, rng: random.Random, vocabulary: dict) -> str:
    if rng.random() >= SWAP_SHARE:
        return word
    return rng.choice(vocabulary.get(len(word), [word]))


def _vocabulary(base: list) -> dict[int, list[str]]:
    words = {w for e in base for w in _SWAPPABLE.findall(e.article.text)}
    by_length: dict[int, list[str]] = defaultdict(list)
    for word in sorted(words):
        by_length[len(word)].append(word)
    return by_length


def _cycle(items: list[str], count: int, step: int = 1) -> list[str]:
    return [items[(i * step + i // len(items)) % len(items)] for i in range(count)]


GIVEN = ["Ann", "Bo", "Carla", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kemi",
         "Lars", "Mira", "Nils", "Omar", "Pia", "Quentin", "Rosa", "Sami", "Tove", "Uma",
         "Viktor", "Wen", "Ximena", "Yusuf", "Zofia", "Aaron", "Beatriz", "Cyril", "Dana",
         "Emil", "Farah", "Gustav", "Hana", "Ivan", "Jana", "Karim", "Lena", "Marek", "Nora"]
FAMILY = ["Moreau", "Lind", "Haddad", "Okafor", "Novak", "Tanaka", "Silva", "Berg", "Costa",
          "Dumont", "Eriksen", "Fischer", "Garcia", "Horvath", "Ivanova", "Jensen", "Kowalski",
          "Laurent", "Mendes", "Nagy", "Olsen", "Petrov", "Quinn", "Rossi", "Schmidt", "Toth",
          "Ueda", "Varga", "Weber", "Yilmaz", "Zeller", "Achterberg", "Brunner", "Calloway",
          "Duarte", "Esposito", "Ferreira", "Gallo", "Hartmann", "Ibarra", "Jovanovic",
          "Keller", "Lopez", "Marino", "Nieminen", "Ortiz", "Pereira", "Ricci", "Santos", "Vidal"]


def _schemas(pa) -> tuple:
    span = pa.struct([("text", pa.string()), ("start", pa.int32()), ("end", pa.int32())])
    quote = [("kind", pa.string()), ("text", pa.string()), ("person_key", pa.string()),
             ("words", pa.string()),
             ("content", pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32()),
                                             ("text", pa.string())]))),
             ("cue", span), ("speaker", pa.struct([("name", pa.string()), ("mention", span)])),
             ("channel", pa.string()), ("outlet", pa.string()),
             ("said_on", pa.struct([("value", pa.string()), ("text", pa.string())]))]
    times = pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()),
                                ("type", pa.string()), ("value", pa.string()),
                                ("mod", pa.string())]))
    articles = pa.schema([("id", pa.string()), ("date", pa.date32()), ("title", pa.string()),
                          ("url", pa.string()), ("source", pa.string()), ("origin", pa.string()),
                          ("text", pa.string()), ("times", times)])
    quotes = pa.schema([("article_id", pa.string()), ("article_date", pa.date32()),
                        ("origin", pa.string()), ("url", pa.string()), ("source", pa.string()),
                        ("position", pa.int32()), *quote])
    return articles, quotes


def _write_month(pa, pq, schemas, output: Path, month: str, items: list) -> None:
    """One month's articles and quotes, as the Spark job partitions them (`month=2004-05`)."""
    from dataclasses import replace

    from saidwhen.spark.rows import article_row, quote_row

    article_schema, quote_schema = schemas
    articles, quotes = [], []
    for extraction, day in items:
        article = replace(extraction.article, date=day)
        row = article_row(article)
        row["times"] = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                         "value": t.value, "mod": t.mod} for t in extraction.times]
        articles.append(row)
        for position, quote in enumerate(extraction.quotes):
            quotes.append({"article_id": article.id, "article_date": day,
                           "origin": article.origin, "url": article.url,
                           "source": article.source, "position": position, **quote_row(quote)})
    for name, rows, schema in (("articles", articles, article_schema),
                               ("quotes", quotes, quote_schema)):
        folder = output / name / f"month={month}"
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), folder / "part-0.parquet")


# --- 3. ingest, timed ------------------------------------------------------------------------

def ingest_timed(output: Path, db: Path) -> dict:
    """Ingest the folder as `saidwhen ingest DIR` does, timing each article stored."""
    from saidwhen.ingest import ingest
    from saidwhen.store import connect, counts

    conn = connect(db)
    # (wall clock, CPU time of this process) as each article is stored: on a shared machine
    # the wall clock follows the load, the CPU time follows the work
    stamps: list[tuple[float, float]] = []

    def heard(outcome, item) -> None:
        if outcome == "added":
            stamps.append((time.monotonic(), time.process_time()))

    started = (time.monotonic(), time.process_time())
    report = ingest(conn, [str(output)], on_result=heard)
    took = time.monotonic() - started[0]
    cpu = time.process_time() - started[1]
    held = counts(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tenth = max(1, len(stamps) // 10)
    rates = [(tenth / (stamps[tenth - 1][clock] - started[clock]),
              tenth / (stamps[-1][clock] - stamps[-tenth - 1][clock])) for clock in (0, 1)]
    size = db.stat().st_size
    print(f"ingest: {report.added} articles, {report.quotes} quotes in {took:.0f} s "
          f"({report.added / took:.0f} articles/s, {report.quotes / took:.0f} quotes/s); "
          f"{cpu:.0f} s of CPU ({report.added / cpu:.0f} articles/s)", flush=True)
    for clock, (first, last) in zip(("wall clock", "CPU time"), rates):
        print(f"  by {clock}: first 10 %: {first:.0f} articles/s, last 10 %: {last:.0f} "
              f"articles/s (last/first {last / first:.2f})", flush=True)
    print(f"store: {held['articles']} articles, {held['quotes']} quotations, "
          f"{held['occurrences']} occurrences, {held['people']} people; {size / 1e6:.0f} MB, "
          f"{size / held['quotes']:.0f} bytes per quotation", flush=True)
    return held


def export_timed(db: Path, quotations: int) -> None:
    started = time.monotonic()
    with open(os.devnull, "w") as sink:
        subprocess.run([sys.executable, "-m", "saidwhen.cli", "export", "--format", "jsonl",
                        "--db", str(db)], stdout=sink, check=True, cwd=ROOT)
    took = time.monotonic() - started
    print(f"export --format jsonl: {quotations} quotations in {took:.1f} s "
          f"({quotations / took:.0f} quotations/s)", flush=True)


# --- 5. pages, timed ---------------------------------------------------------------------------

def page_list(db: Path) -> dict[str, str]:
    """Every kind of page, by name, its JSON twin beside it."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    person, quotes = conn.execute("SELECT name, quotations FROM people ORDER BY quotations DESC "
                                  "LIMIT 1").fetchone()
    article = conn.execute("SELECT article_id FROM articles ORDER BY id DESC LIMIT 1").fetchone()[0]
    # a quotation's page is at its stable id; its row number only redirects there
    quotation = conn.execute("SELECT stable_id FROM quotations ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.close()
    print(f"the most quoted person: {person}, {quotes} quotations", flush=True)
    pages = {"home": "/", "people": "/people", f"person ({quotes} quotations)":
             f"/people/{quote(person)}", "search": "/search?q=government",
             "search, filtered": "/search?" + urlencode({"q": "said", "speaker": person,
                                                        "since": "2004"}),
             "search, no words": "/search?" + urlencode({"channel": "statement"}),
             "article": f"/articles/{quote(article, safe='')}", "quotation": f"/quotes/{quotation}"}
    twins = {}
    for name, path in pages.items():
        twins[name] = path
        head, _, query = path.partition("?")
        twins[name + " .json"] = ("/.json" if head == "/" else head + ".json") + \
            (f"?{query}" if query else "")
    return twins


def times_pages(db: Path, pages: dict[str, str], args: argparse.Namespace) -> None:
    server = subprocess.Popen(
        ["timeout", "-s", "INT", "3600", sys.executable, "-m", "saidwhen.cli", "serve", "--db",
         str(db), "--port", "0", "--workers", str(args.workers)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        host, port = _address(server)
        time.sleep(3)  # the workers start after the greeting
        one = {name: _timed(host, port, path, args.repeats) for name, path in pages.items()}
        _report(f"one client, {args.repeats} requests a page", one)
        many = _crowd(host, port, list(pages.items()), args.seconds)
        _report(f"{CLIENTS} clients at once for {args.seconds:.0f} s", many)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(30)


def _timed(host: str, port: int, path: str, repeats: int) -> list[tuple[float, int]]:
    conn = http.client.HTTPConnection(host, port, timeout=120)
    _get(conn, path)  # warm
    found = []
    for _ in range(repeats):
        started = time.perf_counter()
        size = _get(conn, path)
        found.append((time.perf_counter() - started, size))
    conn.close()
    return found


def _get(conn: http.client.HTTPConnection, path: str) -> int:
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"{path}: HTTP {response.status}: {body[:200]!r}")
    return len(body)


def _crowd(host: str, port: int, pages: list, seconds: float) -> dict[str, list]:
    """CLIENTS threads, each asking for the pages in turn until `seconds` are up."""
    found: dict[str, list] = defaultdict(list)
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        conn = http.client.HTTPConnection(host, port, timeout=120)
        turn = offset
        while time.monotonic() < deadline:
            name, path = pages[turn % len(pages)]
            turn += 1
            started = time.perf_counter()
            try:
                size = _get(conn, path)
            except (OSError, RuntimeError, http.client.HTTPException) as error:
                with lock:
                    errors.append(f"{name}: {error}")
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=120)
                continue
            with lock:
                found[name].append((time.perf_counter() - started, size))
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [t for timings in found.values() for t in timings]
    print(f"{CLIENTS} clients: {len(everything)} requests, {len(errors)} errors, "
          f"{len(everything) / seconds:.1f} requests/s, overall p99 "
          f"{_percentile([t for t, _ in everything], 0.99) * 1000:.0f} ms", flush=True)
    for error in errors[:5]:
        print(f"  error: {error}")
    return found


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)] if ordered else float("nan")


def _report(title: str, found: dict[str, list]) -> None:
    print(f"{title} (load average {os.getloadavg()[0]:.1f}):")
    print(f"  {'page':<34} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} "
          f"{'bytes':>10}")
    for name, timings in found.items():
        ms = [t * 1000 for t, _ in timings]
        print(f"  {name:<34} {len(ms):>5} {_percentile(ms, 0.5):>8.1f} "
              f"{_percentile(ms, 0.95):>8.1f} {_percentile(ms, 0.99):>8.1f} {max(ms):>8.1f} "
              f"{max(s for _, s in timings):>10}", flush=True)


if __name__ == "__main__":
    main()
