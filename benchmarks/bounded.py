"""Time and peak memory of one extraction on articles of every shape, each in a fresh process.

    python benchmarks/bounded.py [--size 1200000] [--marks 170000] [--synthetic]

Cases, against a normal article of the same length (the BBC corpus's articles
joined, from ../shared/data/corpus/bbc-2004-2005.jsonl; `--synthetic` uses
invented news text instead):
  normal          the articles joined by blank lines, `--size` characters
  flat            the same text with every line break a space: one paragraph
  normal-marks    normal text of `--marks` characters, the baseline for:
  marks-*         pages of `--marks` characters that are mostly quotation marks
Each case runs `saidwhen.extract` once in its own process; the report gives the
extraction's wall and CPU seconds (model loading excluded), the process's peak
memory, the quotes found, and each case's CPU time as a ratio to its baseline.
A quote of `flat` is lost if its text is not among those of `normal`.
"""
from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import subprocess
import sys
import signal
import tempfile
import threading
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "bbc-2004-2005.jsonl"
CHILD = """
import json, resource, sys, time
import saidwhen
from saidwhen.parsing import language
language.pipeline()
text = open(sys.argv[1], encoding="utf-8").read()
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
wall, used = time.perf_counter(), cpu()
result = saidwhen.extract(text, date="2024-03-08")
wall, used = time.perf_counter() - wall, cpu() - used
json.dump({"wall": wall, "cpu": used, "quotes": [(q.start, q.end, q.text) for q in result.quotes]}, sys.stdout)
"""
MARKS = ['"', "“", "”", "'", "‘", "’", "``", "''", "«", "»"]
# Invented news, for a text of any length without the corpus.
PEOPLE = ["Marta Lindqvist", "Omar Haddad", "Ana Ruiz", "Piet Okken", "Lena Vogel", "Tomas Brandt"]
ROLES = ["head coach", "the mayor", "a spokesperson for the harbour authority", "the finance minister"]
PLACES = ["Eastport", "the Valley Arena", "Norrby", "the old dockyard"]
SENTENCES = [
    "{person}, {role} of {place}, visited the site on {day}.",
    "The council approved the budget for {place} after a long debate.",
    "“We will rebuild {place} and we will do it together,” {person} said.",
    "“It is too early to say,” said {role}. “The figures come out on {day}.”",
    "{person} said that the work at {place} would finish before the winter.",
    "According to {person}, the plan will cost more than expected.",
    "Turnout was low, and the results were announced late on {day}.",
    "{surname} told reporters: “Nobody expected this, least of all me.”",
    "She called the proposal “a betrayal of every family in {place}”.",
    "Traffic around {place} was closed for three hours.",
]


def synthetic(size: int, seed: int = 7) -> str:
    """Invented news paragraphs, `size` characters long or a little more."""
    rng = random.Random(seed)
    paragraphs, length = [], 0
    while length < size:
        person = rng.choice(PEOPLE)
        words = {"person": person, "surname": person.split()[-1], "role": rng.choice(ROLES),
                 "place": rng.choice(PLACES), "day": rng.choice(["Monday", "Friday", "Sunday"])}
        paragraph = " ".join(rng.choice(SENTENCES).format(**words) for _ in range(rng.randint(1, 3)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def corpus_text(size: int) -> str:
    """The corpus's articles joined by blank lines, `size` characters long or a little more."""
    texts, length = [], 0
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            length += len(texts[-1]) + 2
            if length >= size:
                break
    return "\n\n".join(texts)


def mark_pages(size: int, seed: int = 11) -> dict[str, str]:
    """Pages that are mostly quotation marks: one mark repeated, marks mixed with short words."""
    rng = random.Random(seed)
    mixed = "".join(rng.choice(MARKS + [" ", "a", "\n"]) for _ in range(size))
    words = ""
    while len(words) < size:
        words += rng.choice(MARKS) + rng.choice(["We", "win", "said", "she"]) + rng.choice(["", " ", ", "])
    return {"marks-straight": '"' * size, "marks-open": "“" * size, "marks-mixed": mixed[:size],
            "marks-words": words[:size], "marks-reopened": (' “a' * size)[:size]}


def run_case(text: str, timeout: float | None = None) -> dict:
    """Extract `text` in a fresh process: seconds, peak memory (MB) and the quotes found
    (start, end, text). A process still running after `timeout` seconds is ended: TimeoutError."""
    with tempfile.TemporaryDirectory() as tmp:
        source, out, err = Path(tmp) / "article.txt", Path(tmp) / "out.json", Path(tmp) / "err.txt"
        source.write_text(text, encoding="utf-8")
        with out.open("w") as sink, err.open("w") as errors:
            proc = subprocess.Popen([sys.executable, "-c", CHILD, str(source)], stdout=sink, stderr=errors)
            timer = threading.Timer(timeout, proc.kill) if timeout else None
            if timer:
                timer.start()
            _, status, usage = os.wait4(proc.pid, 0)
            if timer:
                timer.cancel()
        if status and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL and timeout:
            raise TimeoutError(f"extraction ran past {timeout:.0f}s")
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(err.read_text())
        return {**json.loads(out.read_text()), "peak_mb": usage.ru_maxrss / 1024}


def cases(size: int, marks: int, synthetic_text: bool) -> dict[str, tuple[str, str]]:
    """Each case's text and the case it is measured against."""
    make = synthetic if synthetic_text else corpus_text
    normal = make(size)
    out = {"normal": (normal, "normal"), "flat": (normal.replace("\n", " "), "normal"),
           "normal-marks": (make(marks), "normal-marks")}
    out.update({name: (page, "normal-marks") for name, page in mark_pages(marks).items()})
    return out


def lost(flat: list, normal: list) -> list[str]:
    """Quotes found with line breaks that no quote found without them overlaps (a line break
    made a space keeps every offset)."""
    starts = sorted((start, end) for start, end, _ in flat)
    reach, ends = 0, []
    for _, end in starts:
        reach = max(reach, end)
        ends.append(reach)
    keys = [start for start, _ in starts]
    return [text for start, end, text in normal
            if (i := bisect.bisect_left(keys, end) - 1) < 0 or ends[i] <= start]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1_200_000, help="characters of the long article")
    ap.add_argument("--marks", type=int, default=170_000, help="characters of the pages of marks")
    ap.add_argument("--synthetic", action="store_true", help="invented text instead of the BBC corpus")
    ap.add_argument("--only", nargs="*", help="run only these cases (and their baselines)")
    a = ap.parse_args()
    results = {}
    for name, (text, baseline) in cases(a.size, a.marks, a.synthetic).items():
        if a.only and name not in a.only and name not in {"normal", "normal-marks"}:
            continue
        results[name] = r = run_case(text)
        base = results.get(baseline)
        ratio = r["cpu"] / base["cpu"] if base and base["cpu"] else float("nan")
        print(f"{name:15s} {len(text) / 1000:7.0f} kB  wall {r['wall']:7.2f}s  cpu {r['cpu']:7.2f}s  "
              f"x{ratio:5.2f} of {baseline:12s} peak {r['peak_mb']:6.0f} MB  quotes {len(r['quotes'])}",
              flush=True)
    if "flat" in results:
        missing = lost(results["flat"]["quotes"], results["normal"]["quotes"])
        print(f"quotes found with line breaks but lost without them: {len(missing)}")
        for q in missing[:10]:
            print("  ", q[:100])


if __name__ == "__main__":
    main()
