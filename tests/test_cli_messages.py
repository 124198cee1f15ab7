"""What the command line says about itself: every command in the top-level help, --db help
that matches what each command does, and extract's table never mixed with a progress bar."""
from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT
from saidwhen.cli import main

READERS = ["search", "timeline", "people", "export", "serve"]


def help_of(*command: str) -> str:
    result = CliRunner().invoke(main, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_the_top_level_help_lists_every_command_in_the_order_of_the_work():
    listed = [line.split()[0] for line in CliRunner().invoke(main, ["--help"]).output
              .split("Commands:")[1].splitlines() if line.strip()]
    assert listed == list(main.commands)
    assert {"extract", "ingest", "spark", "timeml"} <= set(listed)


@pytest.mark.parametrize("command", READERS)
def test_readers_say_the_database_must_exist_and_refuse_a_missing_one(command, tmp_path):
    assert "it must exist" in help_of(command) and "created" not in help_of(command)
    args = ["timeline", "Ann"] if command == "timeline" else [command]
    result = CliRunner().invoke(main, [*args, "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such database" in result.output
    assert not (tmp_path / "none.db").exists()


def test_ingest_says_it_creates_the_database():
    assert "created if it does not exist" in help_of("ingest")


def test_on_a_terminal_extract_prints_its_table_with_no_progress_bar_in_it():
    article = ROOT / "examples" / sorted(os.listdir(ROOT / "examples"))[0]
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "saidwhen.cli", "extract", str(article),
                                "--jobs", "1"], stdout=follower, stderr=follower, cwd=ROOT)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed: the process is done
            break
        if not chunk:
            break
        seen += chunk
    assert process.wait(300) == 0
    text = seen.decode("utf-8", "replace")
    assert "quote" in text and "extracting" not in text and "\r" not in text.replace("\r\n", "\n")


FULL = "/dev/full"  # Linux's device that is always out of room


@pytest.mark.skipif(not os.path.exists(FULL), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [
    ["extract", str(ROOT / "examples" / "harbour-bridge.txt"), "--format", "jsonl", "--jobs", "1"],
    ["export", "--format", "csv"],
    ["export", "--output", FULL]])
def test_output_that_cannot_be_written_is_one_message_not_a_traceback(args, tmp_path):
    db = tmp_path / "corpus.db"
    subprocess.run([sys.executable, "-m", "saidwhen.cli", "ingest", "--db", str(db), "--jobs",
                    "1", str(ROOT / "examples" / "newsroom.jsonl")], check=True,
                   capture_output=True, timeout=300)
    if args[0] != "extract":
        args = [*args, "--db", str(db)]
    with open(FULL, "w") as full:
        done = subprocess.run([sys.executable, "-m", "saidwhen.cli", *args], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=300)
    assert (done.returncode, done.stderr) == (
        1, "Error: cannot write the output: No space left on device\n")
