"""The store only stores: reading inputs, worker processes and the output of `saidwhen spark`
are the ingest's (saidwhen.ingest, above the store), so that nothing under saidwhen.store
imports them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What the store must not reach: the readers, the workers, the Spark job, the pipeline (and
# spaCy with it), the ingest above it.
ABOVE_THE_STORE = ("saidwhen.reading", "saidwhen.workers", "saidwhen.spark", "saidwhen.pipeline",
                   "saidwhen.ingest", "spacy", "pyarrow")


def _imported_by(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_every_module_of_the_store_imports_nothing_above_it():
    store = sorted(p.stem for p in (ROOT / "saidwhen" / "store").glob("*.py")
                   if p.stem != "__init__")
    assert {"connection", "migrations", "writing", "queries"} <= set(store)
    modules = _imported_by("\n".join(["import saidwhen.store"] +
                                     [f"import saidwhen.store.{name}" for name in store]))
    above = sorted(m for m in modules
                   if any(m == top or m.startswith(top + ".") for top in ABOVE_THE_STORE))
    assert above == []
    assert "saidwhen.store.writing" in modules


def test_the_ingest_is_above_the_store_and_brings_the_readers():
    modules = _imported_by("import saidwhen.ingest")
    assert {"saidwhen.reading", "saidwhen.workers", "saidwhen.store"} <= modules
    assert not (ROOT / "saidwhen" / "store" / "ingest.py").exists()


def test_extracting_imports_no_store():
    """`saidwhen extract` writes no database: the command line loads the store only for the
    commands that use one (its import is a tenth of a second in every extraction)."""
    modules = _imported_by("import saidwhen.cli, saidwhen.output, saidwhen.workers, saidwhen.pipeline")
    assert "saidwhen.store" not in modules and "saidwhen.pipeline" in modules


def test_the_command_lines_default_database_is_the_stores():
    from saidwhen import cli, store

    assert cli.DEFAULT_DB == store.DEFAULT_DB
