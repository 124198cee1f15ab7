"""A stranger's bad day: what a full disk, a file saved by another editor, an odd line or a
wrong folder does to a run, as the person at the keyboard meets it."""
from __future__ import annotations

import codecs
import gzip
import json
import resource
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from conftest import INVENTED_EXAMPLES as EXAMPLES
from conftest import ROOT
from saidwhen.cli import main
from saidwhen.errors import StoreError
from saidwhen.ingest import database_files, ingest
from saidwhen.reading import count_articles, read_articles
from saidwhen.records import Skipped
from saidwhen.store import connect
from test_ingest import many_articles


def saidwhen(*args: str, file_size_limit: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:  # the size a file may grow to, as `ulimit -f` sets it
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, resource.RLIM_INFINITY))
    return subprocess.run([sys.executable, "-m", "saidwhen.cli", *args], capture_output=True,
                          text=True, timeout=900,
                          preexec_fn=limit if file_size_limit is not None else None)


def stored_articles(db: Path) -> int:
    return sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]


# --- the store ------------------------------------------------------------------------------

def test_a_disk_that_fills_at_the_commit_reports_only_the_articles_kept(tmp_path):
    """The writer keeps every page in its cache until the commit, so a full disk is met there:
    the article whose commit failed is not kept, and the message must not count it."""
    db = tmp_path / "c.db"
    connect(db).close()
    articles = many_articles(tmp_path / "many.jsonl", 200)
    run = saidwhen("ingest", "--jobs", "1", "--db", str(db), str(articles),
                   file_size_limit=400 * 1024)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    stored = stored_articles(db)
    assert 0 < stored < 200
    assert (f"It keeps every article stored before: {stored} from this run's input "
            f"({stored} added, 0 replaced, 0 unchanged)") in run.stderr
    again = saidwhen("ingest", "--jobs", "1", "--db", str(db), str(articles))
    assert again.returncode == 0 and stored_articles(db) == 200
    assert f"{200 - stored} added, {stored} unchanged" in again.stderr


# --- reading --------------------------------------------------------------------------------

REPORT = ("The council met on Tuesday. \u201cWe will open the bridge late,\u201d Mayor "
          "Ines Caron told reporters. Jos\u00e9 Mart\u00ednez said the ferry would run again.")


def jsonl_lines(*records: dict) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\r\n" for record in records)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_json_lines_saved_as_utf16_are_read_as_the_same_lines_in_utf8(tmp_path, encoding):
    """Windows editors and PowerShell's `>` save text as UTF-16 with a byte order mark; the
    file's articles are read, not refused a line at a time as "not UTF-8"."""
    records = [{"id": "a1", "date": "2024-03-05", "text": REPORT},
               {"id": "a2", "text": REPORT.upper()}]
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes(bom + jsonl_lines(*records).encode(encoding))
    plain = tmp_path / "plain.jsonl"
    plain.write_text(jsonl_lines(*records), encoding="utf-8")
    read = list(read_articles([str(wide)]))
    assert [replace(a, origin=None) for a in read] == \
        [replace(a, origin=None) for a in read_articles([str(plain)])]
    assert [a.origin for a in read] == [f"{wide}:1", f"{wide}:2"]


def test_a_gzipped_utf16_json_lines_file_is_read_and_a_broken_pair_replaced(tmp_path):
    broken = jsonl_lines({"id": "a1", "text": REPORT}).encode("utf-16-le")
    broken = broken.replace("Caron".encode("utf-16-le"), b"\x00\xd8" + "aron".encode("utf-16-le"))
    path = tmp_path / "wide.jsonl.gz"
    path.write_bytes(gzip.compress(codecs.BOM_UTF16_LE + broken))
    [article] = read_articles([str(path)])
    assert article.text == REPORT.replace("Caron", "\ufffdaron")


def skips(*inputs: str) -> list[str]:
    return [f"{s.origin}: {s.reason}" for s in read_articles(inputs) if isinstance(s, Skipped)]


def test_a_json_null_on_a_line_is_refused_not_passed_over_as_a_blank_line(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(jsonl_lines({"text": REPORT}) + "null\n\n" + jsonl_lines({"text": REPORT}),
                    encoding="utf-8")
    assert skips(str(path)) == [f"{path}:2: expected a JSON object, got null"]


@pytest.mark.parametrize("content", [b"", b"\n\n  \r\n", b"\xef\xbb\xbf\n"])
def test_an_empty_json_lines_file_is_named_as_an_empty_text_file_is(tmp_path, content):
    path = tmp_path / "news.jsonl"
    path.write_bytes(content)
    assert skips(str(path)) == [f"{path}: empty file"]
    gzipped = tmp_path / "news.jsonl.gz"
    gzipped.write_bytes(gzip.compress(content))
    assert skips(str(gzipped)) == [f"{gzipped}: empty file"]


def test_a_folder_with_nothing_to_read_is_named_not_passed_over(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.md").write_text("What these articles are.", encoding="utf-8")
    (tmp_path / "notes" / ".hidden.jsonl").write_text(jsonl_lines({"text": REPORT}),
                                                       encoding="utf-8")
    reason = ("a folder with no file to read in it (hidden files and its README or LICENSE "
              "notes are passed over)")
    assert skips(str(tmp_path / "empty"), str(tmp_path / "notes")) == [
        f"{tmp_path / 'empty'}: {reason}", f"{tmp_path / 'notes'}: {reason}"]


def test_a_folder_of_folders_with_articles_is_no_empty_folder(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "news.jsonl").write_text(jsonl_lines({"text": REPORT}),
                                                     encoding="utf-8")
    assert skips(str(tmp_path / "a")) == []
    assert len(list(read_articles([str(tmp_path / "a")]))) == 1


# --- saidwhen timeml ------------------------------------------------------------------------

TIMEML = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-05">March 5</TIMEX3></DCT>'
          '<TEXT>The ferry ran again on <TIMEX3 tid="t1" type="DATE" value="2024-03-04">'
          'Monday</TIMEX3>, its owners said.</TEXT></TimeML>')


def test_timeml_refuses_to_write_its_tags_over_the_files_it_reads(tmp_path):
    """A gold file tagged in place would lose its own TIMEX3 tags to saidwhen's."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "ferry.tml").write_text(TIMEML, encoding="utf-8")
    same = f"{tmp_path}/./gold"  # the same folder, spelled otherwise
    run = saidwhen("timeml", str(gold), same)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr == (f"Error: {gold} is the folder read: the tagged files "
                          "would replace the files read, and any TIMEX3 tags of their own; name "
                          "another folder\n")
    assert (gold / "ferry.tml").read_text(encoding="utf-8") == TIMEML


def test_timeml_names_an_undecodable_file_and_a_folder_in_words_not_python_s(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.tml").write_bytes(b"\xff\xfe<TimeML>")
    (source / "b.tml").mkdir()
    (source / "c.tml").write_text(TIMEML, encoding="utf-8")
    run = saidwhen("timeml", str(source), str(tmp_path / "out"))
    assert run.returncode == 1
    assert run.stderr == (f"{source / 'a.tml'}: not UTF-8: byte 0xff at offset 0\n"
                          f"{source / 'b.tml'}: is a directory\n")
    assert (tmp_path / "out" / "c.tml").exists()


# --- what --help tells a stranger -------------------------------------------------------------

def options_of(command: click.Command) -> list[click.Option]:
    return [p for p in command.params if isinstance(p, click.Option) and p.name != "help"]


@pytest.mark.parametrize("name", list(main.commands))
def test_every_option_of_every_command_says_what_it_does(name):
    assert [o.opts for o in options_of(main.commands[name]) if not o.help] == []


@pytest.mark.parametrize("name", ["extract", "ingest", "search", "timeline", "people",
                                  "export", "stats", "timeml"])
def test_the_help_of_each_everyday_command_shows_it_run(name):
    shown = CliRunner().invoke(main, [name, "--help"], terminal_width=200).output
    assert f"\n  saidwhen {name} " in shown


def test_export_sends_the_reader_of_its_csv_columns_to_the_page_that_lists_them():
    shown = " ".join(CliRunner().invoke(main, ["export", "--help"]).output.split())
    page = shown.split("columns: see ")[1].split(")")[0]
    assert "| column | what it is |" in (ROOT / page).read_text(encoding="utf-8")


# --- ingest where the articles are ----------------------------------------------------------

@pytest.mark.parametrize("named", [".", "*"])
def test_an_ingest_of_the_folder_that_holds_its_database_passes_the_database_over(
        tmp_path, monkeypatch, named):
    """`saidwhen ingest .` among the articles makes saidwhen.db there, with its -wal and -shm
    files: they are no articles to refuse (and keep as skips) on every run."""
    for example in EXAMPLES:
        shutil.copy(example, tmp_path)
    monkeypatch.chdir(tmp_path)
    first = ingest(connect("saidwhen.db"), [named])
    again = ingest(connect("saidwhen.db"), [named])
    assert (first.skipped, first.added, again.skipped, again.unchanged) == ([], 3, [], 3)
    assert count_articles([named], database_files(connect("saidwhen.db"))) == 3


def test_another_database_in_the_folder_is_still_named_as_no_article(tmp_path, monkeypatch):
    for example in EXAMPLES:
        shutil.copy(example, tmp_path)
    monkeypatch.chdir(tmp_path)
    connect("other.db").close()
    report = ingest(connect("saidwhen.db"), ["."])
    assert [s.origin for s in report.skipped] == ["./other.db"]


def test_a_database_in_a_folder_not_made_yet_says_so(tmp_path):
    db = tmp_path / "corpora" / "city.db"
    with pytest.raises(StoreError) as refused:
        connect(db)
    assert str(refused.value) == (f"{db}: cannot open the database: unable to open database "
                                  f"file: there is no folder {db.parent} (make it first)")


# --- options that ask for two things at once ------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["search", "bridge", "--json", "--format", "csv"],
     "--json and --format csv ask for two formats: give one"),
    (["timeline", "Ann Lee", "--format", "jsonl", "--json"],
     "--json and --format jsonl ask for two formats: give one"),
    (["stats", "--table", "gender"], "--table gender names the table --format csv writes: "
                                     "add --format csv"),
    (["stats", "--json", "--table", "kind"], "--table kind names the table --format csv "
                                             "writes: add --format csv"),
    (["stats", "--json", "--format", "csv", "--table", "kind"],
     "--json and --format csv ask for two formats: give one"),
])
def test_options_that_ask_for_two_answers_at_once_are_a_usage_error_not_one_dropped(
        args, message, tmp_path):
    run = CliRunner().invoke(main, [*args, "--db", str(tmp_path / "none.db")])
    assert run.exit_code == 2 and run.output.endswith(f"Error: {message}\n")


@pytest.mark.parametrize("args", [["search", "x", "--json"], ["search", "x", "--json",
                                  "--format", "json"], ["timeline", "Ann Lee", "--json"]])
def test_json_alone_or_with_format_json_is_still_json(args, tmp_path):
    run = CliRunner().invoke(main, [*args, "--db", str(tmp_path / "none.db")])
    assert run.exit_code == 1 and "no such database" in run.output
