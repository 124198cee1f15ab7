"""What one article says never decides another's records: read in one run, each article's
quotes are what it gives alone. The speaker and placing stages keep what they read of an
article (an outlet's mentions, an organisation's salience, a role's holders) once per article."""
from __future__ import annotations

from saidwhen.pipeline import extract_articles
from saidwhen.records import Article

# Names the bank, gives a role and calls the Clarion an outlet ...
FIRST = ("The Bank of Lowden raised its rates on Monday. The Bank of Lowden said more rises would follow.\n\n"
         "“Rates will rise again,” the bank said.\n\n"
         "Lowden's finance minister, Ana Ruiz, welcomed the rise. “It was needed,” Ruiz said.\n\n"
         "The Clarion, a Milltown weekly, broke the story.\n\n"
         "“We will rebuild,” Mayor Lise Park told the Clarion.")
# ... which this one does not: its bank, minister and Clarion are nobody known.
SECOND = ("Shares fell on Tuesday.\n\n"
          "“Rates will rise again,” the bank said.\n\n"
          "“It was needed,” the finance minister said.\n\n"
          "“We will rebuild,” Mayor Lise Park told the Clarion.")


def said(extraction) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker.name if q.speaker else None, q.channel, q.outlet) for q in extraction.quotes]


def test_an_article_read_after_another_gives_what_it_gives_alone():
    first, second = extract_articles([Article("first", FIRST), Article("second", SECOND)])
    (alone,) = extract_articles([Article("second", SECOND)])
    assert said(first) == [("Bank of Lowden", None, None), ("Bank of Lowden", None, None),
                           ("Ana Ruiz", None, None), ("Lise Park", "interview", "Clarion")]
    assert said(second) == said(alone)
    bank, minister, mayor = said(second)
    assert bank == (None, None, None)
    assert minister[0] != "Ana Ruiz"
    assert mayor == ("Lise Park", None, None)
