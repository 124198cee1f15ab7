"""Scaling out: the extraction as a Spark job, for corpora beyond one machine.

`job.py` runs it (`saidwhen spark`, or `spark-submit saidwhen/spark_submit.py`, the thin
script that hands spark-submit's arguments to the command line); `inputs.py`
finds and reads the inputs through Spark's file systems; `tables.py` and `merge.py` make
the output tables; `rows.py` knows their columns; `output.py` reads them back with pyarrow.
Nothing here is imported by the rest of saidwhen, and this package imports no Spark until
the job runs, so reading an output back needs only pyarrow.
"""
