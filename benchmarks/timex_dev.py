"""Score the TIMEX3 tagger on the TempEval-3 development data and time it.

    python benchmarks/timex_dev.py [--corpus all|TimeBank|AQUAINT] [--errors N]
                                   [--shared ../shared]

Makes a stripped copy of ../shared/data/timeml/{TimeBank,AQUAINT} (TIMEX3 tags
removed from <TEXT>) in a temporary folder, runs `saidwhen timeml` over it as a
fresh process (so the figure includes start-up, as a user would see it),
scores the output with ../shared/eval/timexscore.py and prints the figures and
documents per second, then times the library alone (`annotate_dir` in this
process) on the same files. The accuracy gate in tests/test_timex_gate.py uses
the same functions. Gold and stripped copies live only in the temporary folder.

Both corpora are always tagged and timed together; the figures are printed for
each corpus and for both. AQUAINT (1998 newswire) is the nearer proxy for the
held-out TempEval-3 platinum test (2013 wire news); TimeBank mixes in older
WSJ and broadcast transcripts. `--corpus` picks which report (and errors) to
print in full.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = ("TimeBank", "AQUAINT")
ALL = "all"
FIGURES = {
    "strict_f1": r"strict\s+P [\d.]+ R [\d.]+ F1 ([\d.]+)",
    "relaxed_f1": r"relaxed P [\d.]+ R [\d.]+ F1 ([\d.]+)",
    "value_f1": r"value F1 ([\d.]+)",
    "value_acc": r"value acc ([\d.]+)",
    "type_acc": r"type acc ([\d.]+)",
}

sys.path.insert(0, str(ROOT))
from saidwhen.timexes.timeml import annotate_dir, strip_timexes  # noqa: E402


def make_inputs(shared: Path, work: Path) -> tuple[dict[str, Path], Path]:
    """Gold folders (one per corpus, and `all` for both) and one stripped copy of both."""
    golds = {name: work / "gold" / name for name in (*CORPORA, ALL)}
    stripped = work / "input"
    for folder in (*golds.values(), stripped):
        folder.mkdir(parents=True)
    for corpus in CORPORA:
        for path in sorted((shared / "data" / "timeml" / corpus).glob("*.tml")):
            raw = path.read_text(encoding="utf-8")
            for gold in (golds[corpus], golds[ALL]):
                (gold / path.name).write_text(raw, encoding="utf-8")
            (stripped / path.name).write_text(strip_timexes(raw), encoding="utf-8")
    return golds, stripped


def run_tagger(in_dir: Path, out_dir: Path) -> float:
    """Seconds `saidwhen timeml IN OUT` takes as a new process."""
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "saidwhen.cli", "timeml", str(in_dir), str(out_dir)],
                   check=True, cwd=ROOT)
    return time.perf_counter() - began


def score(shared: Path, gold: Path, system: Path, errors: int = 0) -> tuple[dict, str]:
    """The scorer's figures as numbers, and its full report.

    The scorer pairs each gold file with the system file of the same name, so a
    gold folder holding one corpus scores that corpus alone.
    """
    report = subprocess.run(
        [sys.executable, str(shared / "eval" / "timexscore.py"), str(gold), str(system),
         "--errors", str(errors)], check=True, capture_output=True, text=True).stdout
    figures = {name: float(re.search(pattern, report).group(1))
               for name, pattern in FIGURES.items()}
    return figures, report


def tag_in_process(in_dir: Path, out_dir: Path) -> float:
    """Seconds `annotate_dir` takes in this process (no start-up, no command line)."""
    began = time.perf_counter()
    failed = [result for result in annotate_dir(in_dir, out_dir) if result.error]
    if failed:
        raise RuntimeError(f"{failed[0].path}: {failed[0].error}")
    return time.perf_counter() - began


def evaluate(shared: Path = SHARED, errors: int = 0, in_process: bool = False,
             corpus: str = ALL) -> tuple[dict, str, float, int]:
    """Figures, report, seconds and number of documents for one full run, scored on `corpus`.

    `in_process` tags through the library rather than a fresh `saidwhen timeml`
    process: what the accuracy gate wants, as it does not time anything.
    """
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        golds, stripped = make_inputs(shared, work)
        tag = tag_in_process if in_process else run_tagger
        seconds = tag(stripped, work / "output")
        figures, report = score(shared, golds[corpus], work / "output", errors)
        return figures, report, seconds, len(list(golds[corpus].glob("*.tml")))


def evaluate_each(shared: Path = SHARED, in_process: bool = True) -> dict[str, dict]:
    """The figures of one tagging run scored on each corpus and on both (`all`)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        golds, stripped = make_inputs(shared, work)
        (tag_in_process if in_process else run_tagger)(stripped, work / "output")
        return {name: score(shared, gold, work / "output")[0] for name, gold in golds.items()}


def summary(name: str, figures: dict, documents: int) -> str:
    return (f"{name:<9} {documents:>3} docs  value F1 {figures['value_f1']:.3f} "
            f"(acc {figures['value_acc']:.3f})  relaxed F1 {figures['relaxed_f1']:.3f}  "
            f"strict F1 {figures['strict_f1']:.3f}  type acc {figures['type_acc']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=(ALL, *CORPORA), default=ALL,
                        help="the corpus whose full report and errors are printed")
    parser.add_argument("--errors", type=int, default=0, help="list up to N scorer errors")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        golds, stripped = make_inputs(args.shared, work)
        documents = len(list(golds[ALL].glob("*.tml")))
        seconds = run_tagger(stripped, work / "output")
        _, report = score(args.shared, golds[args.corpus], work / "output", args.errors)
        lines = [summary(name, score(args.shared, gold, work / "output")[0],
                         len(list(gold.glob("*.tml")))) for name, gold in golds.items()]
        library_seconds = tag_in_process(stripped, work / "again")
    print(f"[{args.corpus}]")
    print(report.rstrip())
    print("\n".join(lines))
    print(f"saidwhen timeml: {documents} documents in {seconds:.2f} s, "
          f"{documents / seconds:.0f} documents/s (a fresh process, start-up included)")
    print(f"annotate_dir in process: {documents / library_seconds:.0f} documents/s")


if __name__ == "__main__":
    main()
