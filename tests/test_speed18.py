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


# The token vectors' products with a layer's weights read a transposed copy made once
# (parsing.language._MatmulOps): the same bits as the transposed view numpy was handed before.
ROW_COUNTS = [*range(1, 200), 300, 893, 2_048, 10_007]


def _networks():
    from saidwhen.parsing.recogniser import recogniser

    nlp = recogniser()
    return [nlp.get_pipe("tok2vec").model, nlp.get_pipe("ner").model.get_ref("tok2vec")]


def test_the_kept_copy_gives_the_same_bits_as_the_transposed_weights():
    import numpy

    from saidwhen.parsing.language import _blas

    rng = numpy.random.default_rng(18)
    checked = 0
    with _blas().limit(limits=1, user_api="blas"):  # as the parser multiplies
        for network in _networks():
            for layer in network.walk():
                if not layer.has_param("W") or layer.get_param("W") is None:
                    continue
                weights = layer.get_param("W")
                weights = weights.reshape(-1, weights.shape[-1])  # as a maxout layer reads them
                for rows in ROW_COUNTS:
                    x = rng.standard_normal((rows, weights.shape[1])).astype("float32")
                    got = network.ops.gemm(x, weights, trans2=True)
                    assert numpy.array_equal(got, numpy.matmul(x, weights.T)), (weights.shape, rows)
                    checked += 1
    assert checked >= 10 * len(ROW_COUNTS)  # the layers of both networks were all reached


def test_the_weights_are_transposed_once_and_other_matrices_not_kept():
    import numpy

    network = _networks()[1]
    ops = network.ops
    layer = next(layer for layer in network.walk() if layer.name == "maxout")
    weights = layer.get_param("W").reshape(-1, layer.get_dim("nI"))
    x = numpy.ones((10, weights.shape[1]), dtype="float32")
    ops.gemm(x, weights, trans2=True)
    kept = len(ops._transposed)
    ops.gemm(x, weights, trans2=True)
    ops.gemm(x, numpy.ones_like(weights), trans2=True)  # no layer's weights: not kept
    assert len(ops._transposed) == kept >= 1
