"""Shared test helpers: where the team's shared data lives, and loading benchmark scripts."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests say what holds, not how fast: no deadline for an example (hypothesis's 200 ms
# is passed on a machine busy with other work, and a benchmark is a script, not a test).
settings.register_profile("saidwhen", deadline=None)
settings.load_profile("saidwhen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# The three articles written for this repository; examples/ also holds the Wikinews demo corpus.
INVENTED_EXAMPLES = [str(ROOT / "examples" / name) for name in ("harbour-bridge.txt", "newsroom.jsonl")]
sys.path.insert(0, str(Path(__file__).parent))


def shared_or_skip(*paths: str) -> Path:
    """../shared, if it holds `paths`; in CI its absence is a failure, elsewhere a skip."""
    missing = [p for p in paths if not (SHARED / p).exists()]
    if missing:
        message = f"the shared development data is not here: {', '.join(missing)} under {SHARED}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return SHARED


def load_script(name: str):
    """A script of benchmarks/ as a module, for gates that reuse its measuring."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


from web_support import client, corpus_db, live_server  # noqa: E402,F401  (the web tests' fixtures)
