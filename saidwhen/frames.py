"""Records as pandas DataFrames, for those who have pandas (the `pandas` extra); saidwhen
itself never needs it, so it is imported only when a DataFrame is asked for."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, is_dataclass

from saidwhen.errors import PandasMissing


def to_pandas(records: Iterable):
    """A DataFrame with one row per record: the plain fields (text, numbers) of a dataclass,
    or the keys of a dict. Nested records, such as a quotation's occurrences, are left out."""
    try:
        import pandas
    except ImportError:
        raise PandasMissing("a DataFrame needs pandas, which is not installed: "
                            "pip install 'saidwhen[pandas]'") from None
    return pandas.DataFrame([_plain(r) for r in records])


def _plain(record) -> dict:
    values = ({f.name: getattr(record, f.name) for f in fields(record)}
              if is_dataclass(record) else dict(record))
    return {k: v for k, v in values.items() if v is None or isinstance(v, (str, int, float))}
