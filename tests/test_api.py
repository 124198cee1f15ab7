"""The public Python API: what `import saidwhen` offers, and that it stays that way."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import saidwhen

PUBLIC = {"Article", "Corpus", "Extraction", "Quote", "SaidOn", "Skipped", "Span", "Speaker", "Timex",
          "extract", "extract_articles", "read_articles"}


def test_all_lists_exactly_the_public_names():
    assert set(saidwhen.__all__) == PUBLIC


def test_every_public_name_is_there_and_documented():
    for name in saidwhen.__all__:
        assert getattr(saidwhen, name).__doc__, name


def test_importing_saidwhen_does_not_load_spacy():
    code = "import sys, saidwhen; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_store_the_web_server_and_name_keys_start_without_spacy():
    # They read the word lists (saidwhen.lexicon, for saidwhen.identity), never a parse.
    code = ("import sys, saidwhen.identity, saidwhen.store, saidwhen.web, saidwhen.lexicon\n"
            "saidwhen.identity.person_keys('Dr. Ana Ruiz')\n"
            "print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_extract_takes_the_article_date_as_text_or_date():
    text = "“The road opens Monday,” the engineer said on Friday."
    as_text = saidwhen.extract(text, date="2024-03-08")
    as_date = saidwhen.extract(text, date=dt.date(2024, 3, 8))
    assert as_text.to_json() == as_date.to_json()
    assert as_text.article.date == dt.date(2024, 3, 8)


def test_a_record_is_plain_json_in_the_product_format():
    record = saidwhen.extract("“Yes,” said Ida Berg.", date="2024-03-08").to_json()
    assert json.loads(json.dumps(record)) == record
    assert set(record) >= {"id", "date", "quotes", "times"}
    quote = record["quotes"][0]
    assert set(quote) >= {"kind", "text", "content", "cue", "speaker", "channel", "said_on"}
