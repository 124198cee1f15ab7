"""spark-submit's entry point: the same options as `saidwhen spark`.

    spark-submit [spark options] saidwhen/spark_submit.py --output DIR INPUT...

A script beside the command line rather than part of the job (saidwhen/spark/), so that
the job never imports the command line that starts it.
"""
import os
import sys

if os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
    # Run as a file: this folder first on the path would shadow other modules with the
    # names of ours (`output`, `records`, `web`) for every import after this one.
    del sys.path[0]

from saidwhen.cli import main  # noqa: E402  (after the path is set right)

if __name__ == "__main__":
    main(["spark", *sys.argv[1:]])
