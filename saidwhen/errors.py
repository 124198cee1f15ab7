"""Errors named where they arise; the command line translates them once, at the edge."""


class SaidwhenError(Exception):
    """Base of every error saidwhen raises on purpose."""


class InputError(SaidwhenError):
    """An input could not be read as articles: the message names the file and line."""


class TimeMLError(SaidwhenError):
    """A TimeML file lacks what tagging it needs (a <TEXT> element, a readable <DCT>)."""
