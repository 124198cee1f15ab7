"""Errors named where they arise; the command line translates them once, at the edge."""


class SaidwhenError(Exception):
    """Base of every error saidwhen raises on purpose."""


class InputError(SaidwhenError):
    """An input could not be read as articles: the message names the file and line."""


class TimeMLError(SaidwhenError):
    """A TimeML file lacks what tagging it needs (a <TEXT> element, a readable <DCT>)."""


class SparkUnavailable(SaidwhenError):
    """The Spark job cannot start: PySpark is not installed, or Spark (Java) would not run."""


class OutputError(SaidwhenError):
    """A folder is not the output of the Spark job, or a table in it cannot be read."""
