"""The `saidwhen` command: parse options, call one library function, format the result."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="saidwhen")
def main() -> None:
    """saidwhen: who said what, where and when, from dated news articles."""


@main.command()
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
def timeml(in_dir: Path, out_dir: Path) -> None:
    """Tag time expressions in the TimeML files of IN_DIR, writing them to OUT_DIR.

    Each IN_DIR/NAME.tml is read (the article date from <DCT>, the text from
    <TEXT>) and written to OUT_DIR/NAME.tml with TIMEX3 tags added inside <TEXT>;
    the text itself is left unchanged character for character.
    """
    from .timexes.timeml import annotate_dir

    skipped = 0
    for result in annotate_dir(in_dir, out_dir):
        if result.error:
            skipped += 1
            click.echo(f"{result.path}: {result.error}", err=True)
    sys.exit(1 if skipped else 0)


if __name__ == "__main__":
    main()
