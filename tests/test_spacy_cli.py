"""In the `saidwhen` command, spaCy comes without its command line until asked for it
(saidwhen/_spacy_cli.py): an extraction never loads it, and whatever asks for it gets the real
one. A program that imports saidwhen as a library gets spaCy as it is."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_an_extraction_by_the_command_loads_no_part_of_spacys_command_line():
    assert _run("""
        import sys
        import saidwhen.cli
        saidwhen.extract("“We will win,” the mayor said on Tuesday.", date="2024-03-07")
        print(sorted(m for m in sys.modules if m.startswith(("typer", "weasel", "spacy.cli._util", "spacy.cli.download"))))
    """) == "[]"


def test_the_command_line_is_the_real_one_once_asked_for():
    assert _run("""
        import saidwhen.cli, spacy
        import spacy.cli
        from spacy.cli import download
        from spacy.cli.download import get_model_filename
        from spacy.cli.info import info
        print(spacy.cli.download is download, callable(get_model_filename), spacy.cli.info is info,
              type(spacy.cli.app).__name__, spacy.info(markdown=False, silent=True)["spacy_version"] == spacy.__version__)
    """) == "True True True Typer True"


def test_the_library_leaves_spacys_imports_as_they_are():
    assert _run("""
        import sys
        import saidwhen
        saidwhen.extract("“We will win,” the mayor said on Tuesday.", date="2024-03-07")
        print(type(sys.modules["spacy.cli"]).__name__, "typer" in sys.modules)
    """) == "module True"
