"""The `saidwhen` command as a user meets it: whole processes, real files, exit statuses."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-bridge.txt"
QUOTES_PER_EXAMPLE = 10  # what saidwhen finds in examples/harbour-bridge.txt (a quotation over two paragraphs is two), checked below


def saidwhen(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "saidwhen.cli", *args], input=stdin,
                          capture_output=True, timeout=900)


def records(stdout: bytes) -> dict[str, dict]:
    out = {}
    for line in stdout.decode("utf-8").splitlines():
        rec = json.loads(line)
        out[rec["id"]] = rec
    return out


def example_body() -> str:
    """The example article's text, without its date header."""
    return EXAMPLE.read_text(encoding="utf-8").split(" ", 2)[2]


@pytest.fixture(scope="module")
def messy_batch(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess, int]:
    """Good records mixed with every kind of bad input, and an article over 1,000,000 characters."""
    folder = tmp_path_factory.mktemp("batch")
    good = {"id": "good-1", "date": "2024-03-08", "text": example_body()}
    lines = [json.dumps(good), '{"id": "broken", "text": "no closing brace"',
             json.dumps({"id": "textless", "date": "2024-03-08"}),
             json.dumps({"id": "good-2", "text": "“It works,” said Ines Brandt."})]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "c.txt").write_text("", encoding="utf-8")
    copies = 1_000_000 // len(example_body()) + 2
    huge = "\n\n".join([example_body()] * copies)
    assert len(huge) > 1_000_000
    (folder / "d-huge.txt").write_text("date 2024-03-08 " + huge, encoding="utf-8")
    result = saidwhen("extract", "--format", "jsonl", str(folder))
    return folder, result, copies


def test_every_good_article_comes_out(messy_batch):
    _, result, _ = messy_batch
    assert set(records(result.stdout)) == {"good-1", "good-2", "d-huge"}


def test_an_article_over_spacys_limit_is_processed_whole_with_all_its_quotes(messy_batch):
    _, result, copies = messy_batch
    assert len(records(result.stdout)["d-huge"]["quotes"]) == copies * QUOTES_PER_EXAMPLE


def test_each_bad_input_is_named_with_file_and_line(messy_batch):
    folder, result, _ = messy_batch
    errors = result.stderr.decode("utf-8").splitlines()
    expected = [f"{folder / 'a.jsonl'}:2: not JSON", f"{folder / 'a.jsonl'}:3: no 'text' field",
                f"{folder / 'b.bin'}: binary", f"{folder / 'c.txt'}: empty file"]
    for start in expected:
        assert any(line.startswith(start) for line in errors), (start, errors)


def test_a_batch_with_skips_exits_1_without_a_traceback(messy_batch):
    _, result, _ = messy_batch
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr


def test_the_example_article_has_the_quotes_the_huge_test_counts_on():
    result = saidwhen("extract", "--format", "jsonl", str(EXAMPLE))
    assert result.returncode == 0
    assert len(records(result.stdout)["harbour-bridge"]["quotes"]) == QUOTES_PER_EXAMPLE


def test_standard_input_is_read_with_dash():
    result = saidwhen("extract", "--format", "jsonl", "-",
                      stdin="“We are ready,” said Ola Berg.\n".encode())
    (rec,) = records(result.stdout).values()
    assert rec["quotes"][0]["speaker"]["name"] == "Ola Berg"


def test_the_table_says_who_said_what():
    result = saidwhen("extract", "--format", "table", str(EXAMPLE))
    table = result.stdout.decode("utf-8")
    assert "Alice Moreau" in table and "“We underestimated how much" in table


def test_a_missing_input_is_skipped_and_named(tmp_path):
    missing = tmp_path / "nope.jsonl"
    result = saidwhen("extract", "--format", "jsonl", str(missing))
    assert result.returncode == 1
    assert result.stderr.decode().startswith(f"{missing}: no such file or directory")


def test_no_input_is_a_usage_error():
    result = saidwhen("extract")
    assert result.returncode == 2
    assert b"Missing argument" in result.stderr


def test_help_explains_the_inputs_and_exit_statuses():
    result = saidwhen("extract", "--help")
    text = result.stdout.decode()
    assert result.returncode == 0
    assert "JSON Lines" in text and "Exit status" in text


def test_two_workers_print_what_one_prints_with_the_same_skips(tmp_path):
    # More articles than one chunk, so that both workers get some; bad lines among them.
    lines = []
    for k in range(40):
        lines.append(json.dumps({"id": f"n{k}", "date": "2024-03-08",
                                 "text": f"“Row {k} is open again,” said Ines Brandt. She added that it cost {k} euros."}))
        if k % 13 == 5:
            lines.append('{"id": "broken", ')
    data = tmp_path / "many.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = saidwhen("extract", "--jobs", "1", "--format", "jsonl", str(data))
    two = saidwhen("extract", "--jobs", "2", "--format", "jsonl", str(data))
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    assert [rec["id"] for rec in map(json.loads, two.stdout.splitlines())] == [f"n{k}" for k in range(40)]
    skips = [line.split(": not JSON")[0] for line in two.stderr.decode("utf-8").splitlines()
             if ": not JSON" in line]
    assert skips == [f"{data}:{n}" for n in (7, 21, 35)]


def test_sigterm_stops_an_extract_with_what_it_wrote_and_the_status_of_a_signal(tmp_path):
    lines = [json.dumps({"id": f"a{k}", "date": "2024-03-08", "text": example_body()})
             for k in range(600)]
    data = tmp_path / "many.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "saidwhen.cli", "extract", "--jobs", "2",
                             "--format", "jsonl", str(data)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    first = proc.stdout.readline()  # extraction is under way
    os.kill(proc.pid, signal.SIGTERM)
    written = 1 + len(proc.stdout.read().splitlines())
    status, stderr = proc.wait(timeout=60), proc.stderr.read().decode()
    assert json.loads(first)["id"] == "a0"
    assert status == 128 + signal.SIGTERM
    assert stderr.startswith(f"saidwhen: stopped by SIGTERM; written before it: {written} articles")
    assert "Traceback" not in stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_50_mb_line_and_a_device_named_jsonl_end_with_a_message_in_bounded_memory(tmp_path):
    """Before, the 50 MB line grew to 6.4 GB without a word and /dev/zero was read until the
    process was killed. The peak is the largest of the process and its workers."""
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as out:
        out.write('{"id": "huge", "text": "' + "word " * 10_000_000 + '"}\n')
        out.write(json.dumps({"id": "after", "text": "“It works,” said Ines Brandt."}) + "\n")
    (tmp_path / "zero.jsonl").symlink_to("/dev/zero")
    out, err = tmp_path / "out.jsonl", tmp_path / "err.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "saidwhen.cli", "extract", "--jobs", "1",
                                 "--format", "jsonl", str(big), str(tmp_path / "zero.jsonl")],
                                stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(proc.pid, 0)
    messages = err.read_text()
    assert os.waitstatus_to_exitcode(status) == 1, messages
    assert list(records(out.read_bytes())) == ["after"]
    assert f"{big}:1: line larger than 32 MB, the most an article may be" in messages
    assert f"{tmp_path / 'zero.jsonl'}: not a regular file but a named pipe or a device" in messages
    assert usage.ru_maxrss < 1024 * 1024, f"peak {usage.ru_maxrss // 1024} MB"  # kB on Linux


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_batch_of_bad_days_gives_one_line_for_each_and_stores_the_rest(tmp_path):
    """Each of these ended the batch with a traceback, hung, or read what was not asked for."""
    import gzip
    import sqlite3

    folder = tmp_path / "in"
    folder.mkdir()
    (tmp_path / "private.txt").write_text("Not to be read.", encoding="utf-8")
    good = json.dumps({"id": "good", "text": "“It works,” said Ines Brandt."}) + "\n"
    (folder / "a.jsonl").write_text(good + '{"id": NaN, "text": "x"}\n', encoding="utf-8")
    (folder / "b.jsonl").write_bytes(gzip.compress(
        (json.dumps({"id": "packed", "text": "“Packed,” said Ola Berg."}) + "\n").encode()))
    os.mkfifo(folder / "c.jsonl")
    os.symlink("d-loop", folder / "d-loop")
    os.symlink("..", folder / "e-up")
    os.symlink("/dev/zero", folder / "f.jsonl")
    db = tmp_path / "c.db"
    result = saidwhen("ingest", "--jobs", "1", "--db", str(db), str(folder))
    errors = result.stderr.decode("utf-8").splitlines()
    assert result.returncode == 1 and "Traceback" not in result.stderr.decode()
    expected = [f"{folder}/a.jsonl:2: not JSON: NaN", f"{folder}/c.jsonl: not a regular file",
                f"{folder}/d-loop: too many levels of symbolic links",
                f"{folder}/e-up: a symbolic link to {tmp_path}, outside the folder named",
                f"{folder}/f.jsonl: a symbolic link to /dev/zero, outside the folder named"]
    assert [line for line in errors if not line.startswith(("saidwhen:", "  "))] == [
        next(line for line in errors if line.startswith(start)) for start in expected]
    stored = sqlite3.connect(db).execute("SELECT article_id FROM articles ORDER BY 1").fetchall()
    assert stored == [("good",), ("packed",)]


def test_jobs_beyond_the_cpus_are_cut_to_one_per_cpu_and_said_so(monkeypatch, capsys):
    from saidwhen import workers
    from saidwhen.cli import worker_count

    monkeypatch.setattr(workers, "default_jobs", lambda: 4)
    assert worker_count(1_000_000, None) == 4
    assert "--jobs 1000000 is more than the 4 CPUs" in capsys.readouterr().err
    assert worker_count(3, None) == 3 and worker_count(None, None) == 4
    assert worker_count(1_000_000, 1) == 1  # one article keeps one worker busy, no more
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("jobs", ["0", "-2", "many"])
def test_jobs_that_are_no_count_of_workers_are_refused_before_any_work(jobs):
    result = saidwhen("extract", "--jobs", jobs, str(EXAMPLE))
    assert result.returncode == 2 and result.stdout == b""
    assert "Invalid value for '--jobs'" in result.stderr.decode("utf-8")


def test_the_help_says_what_jobs_may_be():
    help_text = " ".join(saidwhen("ingest", "--help").stdout.decode("utf-8").split())
    assert "1 to one per CPU" in help_text and "more are cut to that" in help_text
