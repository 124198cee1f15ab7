"""The `saidwhen` command runs BLAS on one thread from its start: OpenBLAS, loaded with numpy,
starts no threads of its own that would sit idle beside the one that works (saidwhen.cli)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

# What a fresh interpreter prints: the variable's value after the import, and the number of
# threads in the process once numpy is loaded.
PROBE = """
import os, sys
{imports}
value = os.environ.get("OPENBLAS_NUM_THREADS")
import numpy
print(value, len(os.listdir("/proc/self/task")))
"""


def _probe(imports: str, **env: str) -> tuple[str, int]:
    """(OPENBLAS_NUM_THREADS after `imports`, threads once numpy is loaded) in a new process."""
    clean = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    clean["PYTHONPATH"] = str(ROOT)
    out = subprocess.run([sys.executable, "-c", PROBE.format(imports=imports)], env=clean | env,
                         capture_output=True, text=True, check=True).stdout.split()
    return out[0], int(out[1])


needs_proc = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="threads counted in /proc")


@needs_proc
def test_the_command_starts_numpy_with_one_thread():
    assert _probe("import saidwhen.cli") == ("1", 1)


@needs_proc
def test_a_thread_count_the_user_sets_is_kept():
    assert _probe("import saidwhen.cli", OPENBLAS_NUM_THREADS="2")[0] == "2"


def test_a_program_that_imports_saidwhen_keeps_its_threads():
    assert _probe("import saidwhen")[0] == "None"


@needs_proc
def test_an_extraction_runs_in_one_thread():
    """Parsing and the entity recogniser start no thread either."""
    imports = ("import saidwhen.cli\nimport saidwhen\n"
               "saidwhen.extract('“We will win,” the mayor, Ann Lee, said on Tuesday.', date='2024-03-07')")
    assert _probe(imports) == ("1", 1)
