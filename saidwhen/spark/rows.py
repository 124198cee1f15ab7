"""Records as table rows and back: the one place that knows the columns of the Spark output.

Plain Python on both sides (dicts of strings, numbers and dates), so that the Spark job can
build its rows without pyarrow and the output reader can rebuild records without Spark.
Nested records stay nested (a quote's cue, speaker and said_on are structs): a missing
speaker and a speaker with no name are different things, and both must survive the trip.
"""
from __future__ import annotations

import datetime as dt

from saidwhen.identity import person_key, quote_words
from saidwhen.records import Article, Extraction, Quote, SaidOn, Skipped, Span, Speaker, Timex

UNDATED = "undated"  # the month partition of articles without a date

_SPAN = "struct<text:string,start:int,end:int>"
QUOTE = (("kind", "string"), ("text", "string"), ("person_key", "string"), ("words", "string"),
         ("content", "array<struct<start:int,end:int,text:string>>"), ("cue", _SPAN),
         ("speaker", f"struct<name:string,kind:string,gender:string,mention:{_SPAN}>"), ("channel", "string"),
         ("outlet", "string"), ("said_on", "struct<value:string,text:string>"))
TIMES = "array<struct<start:int,end:int,text:string,type:string,value:string,mod:string>>"
ARTICLE = (("id", "string"), ("date", "date"), ("title", "string"), ("url", "string"),
           ("source", "string"), ("origin", "string"), ("text", "string"), ("times", TIMES))
SKIPPED = (("origin", "string"), ("reason", "string"))


def struct(fields: tuple[tuple[str, str], ...]) -> str:
    """Fields as a Spark SQL struct type: `struct<id:string,date:date>`."""
    return "struct<" + ",".join(f"{name}:{kind}" for name, kind in fields) + ">"


# What the extraction stage gives for each article read or input skipped: one of the two set.
RESULT_SCHEMA = (f"article {struct(ARTICLE + (('quotes', f'array<{struct(QUOTE)}>'),))}, "
                 f"skipped {struct(SKIPPED)}")


def result_row(result: Extraction | Skipped) -> tuple[dict | None, dict | None]:
    """(article, skipped): the row for one result of the extraction stage."""
    if isinstance(result, Skipped):
        return None, {"origin": result.origin, "reason": result.reason}
    row = article_row(result.article)
    row["times"] = [_timex_row(t) for t in result.times]
    row["quotes"] = [quote_row(q) for q in result.quotes]
    return row, None


def article_row(article: Article) -> dict:
    return {"id": article.id, "date": article.date, "title": article.title, "url": article.url,
            "source": article.source, "origin": article.origin, "text": article.text}


def quote_row(quote: Quote) -> dict:
    """A quote's columns, with the keys that tell one person and one quotation across
    articles (saidwhen.identity), computed here where the records are at hand."""
    speaker = quote.speaker
    return {"kind": quote.kind, "text": quote.text,
            "person_key": person_key(speaker.name if speaker else None),
            "words": quote_words(quote.text),
            "content": [{"start": s.start, "end": s.end, "text": s.text} for s in quote.content],
            "cue": _span_row(quote.cue),
            "speaker": None if speaker is None else {"name": speaker.name, "kind": speaker.kind,
                                                     "gender": speaker.gender,
                                                     "mention": _span_row(speaker.mention)},
            "channel": quote.channel, "outlet": quote.outlet,
            "said_on": None if quote.said_on is None else {"value": quote.said_on.value,
                                                           "text": quote.said_on.text}}


def _span_row(span: Span | None) -> dict | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def _timex_row(timex: Timex) -> dict:
    return {"start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type,
            "value": timex.value, "mod": timex.mod}


def month_of(date: dt.date | None) -> str:
    """The partition an article (and its quotes) is written under: `2021-02`, or `undated`."""
    return date.strftime("%Y-%m") if date else UNDATED


# --- back to records ----------------------------------------------------------------------

def extraction_from_rows(article: dict, quotes: list[dict]) -> Extraction:
    """The Extraction an article row and its quote rows (in their order) were written from."""
    record = Article(id=article["id"], text=article["text"], date=article["date"],
                     title=article["title"], url=article["url"], source=article["source"],
                     origin=article["origin"])
    times = tuple(Timex(**t) for t in article.get("times") or ())
    return Extraction(article=record, quotes=tuple(quote_from_row(q) for q in quotes), times=times)


def quote_from_row(row: dict) -> Quote:
    speaker = row["speaker"]
    return Quote(kind=row["kind"],
                 content=tuple(Span(s["start"], s["end"], s["text"]) for s in row["content"]),
                 cue=_span(row["cue"]),
                 speaker=None if speaker is None else _speaker(speaker),
                 channel=row["channel"], outlet=row["outlet"],
                 said_on=None if row["said_on"] is None else SaidOn(**row["said_on"]))


def _speaker(row: dict) -> Speaker:
    # An output written before speakers had a kind and gender has neither: read as unknown.
    return Speaker(row["name"], _span(row["mention"]), kind=row.get("kind"), gender=row.get("gender"))


def _span(row: dict | None) -> Span | None:
    return None if row is None else Span(row["start"], row["end"], row["text"])


def skipped_from_row(row: dict) -> Skipped:
    return Skipped(row["origin"], row["reason"])
