"""Errors named where they arise; the command line translates them once, at the edge."""


class SaidwhenError(Exception):
    """Base of every error saidwhen raises on purpose."""

    def __init__(self, message: str = "", choices: tuple[str, ...] = (),
                 field: str | None = None) -> None:
        super().__init__(message)
        self.choices = tuple(choices)  # what was likely meant, for a page to offer as links
        self.field = field             # the filter they are values of: speaker, channel, ...


class InputError(SaidwhenError):
    """An input could not be read as articles: the message names the file and line."""


class TimeMLError(SaidwhenError):
    """A TimeML file lacks what tagging it needs (a <TEXT> element, a readable <DCT>)."""


class StoreError(SaidwhenError):
    """The database cannot be opened, read or written: the message names it and says why."""


class NotACorpus(StoreError):
    """The file is no saidwhen database, or one of an older saidwhen, which ingest upgrades."""


class StoreBusy(StoreError):
    """Another process held the database's write lock for longer than saidwhen waits."""


class QueryError(SaidwhenError):
    """A question the store cannot answer as asked: search syntax FTS5 cannot parse, a bad date."""


class OverBudget(QueryError):
    """A question ran past its time budget, or waited for its turn past it, and was stopped."""


class NotFound(SaidwhenError):
    """No person or article in the store goes by that name or id."""


class NoSuchPerson(NotFound):
    """No person in the store goes by that name; `choices` are people with a like name."""


class UnknownSpeaker(QueryError):
    """A search or export asked for the quotes of a person the store does not know."""


class AmbiguousName(QueryError):
    """A name fits several people; `choices` names them, most quoted first."""


class MovedTo(SaidwhenError):
    """What was asked for lives at another address now (the message): a permanent redirect."""


class ServeError(SaidwhenError):
    """The web server cannot listen where it was asked to: the message says why."""


class SparkUnavailable(SaidwhenError):
    """The Spark job cannot start: PySpark is not installed, or Spark (Java) would not run."""


class OutputError(SaidwhenError):
    """A folder is not the output of the Spark job, or a table in it cannot be read."""


class PandasMissing(SaidwhenError, ImportError):
    """A DataFrame was asked for and pandas is not installed: pip install 'saidwhen[pandas]'."""
