"""Checks on extracted records that need no gold: what conventions.md implies of any record.

    python benchmarks/record_checks.py IN.jsonl OUT.jsonl [--only CHECK,...] [--counts]
                                       [--seed S --sample N]

IN is the articles given to `saidwhen extract` (id, date, text), OUT its records (one article a
line, with its quotes and times). Every quote that breaks a check is printed with its article
id, the check's name, the quote's opening words, its speaker (name, kind, gender, mention) and
what the check saw; a count per check closes the list. --counts prints the counts alone;
--sample N prints a random N of each check's flags (seeded by --seed), for judging.

A flag is not an error: it is a record worth reading. Each check's docstring names the
convention it follows from; its precision (the share of flags that are real errors) is what a
judged run of it tells.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from saidwhen.lexicon import table, words

PARTICLES = words("name-particles")
TITLES = frozenset(table("titles"))
ROLES = frozenset(table("role-nouns"))
CREDITS = words("credit-words")
OUTLET_WORDS = words("outlet-nouns") | words("newspaper-words") | words("media-words")
MONTHS_DAYS = words("months-and-days")
SMALL_WORDS = words("title-case-small-words")
PRONOUNS = (frozenset(w.lower() for w in table("person-pronouns")) | words("one-speaker-pronouns")
            | words("plural-subject-pronouns") | words("group-pronouns"))
GIVEN = words("male-names") | words("female-names")
NOT_PLURAL = words("not-plural-nouns")
# A sentence with one of these, a time expression or a number may date its words ("last week",
# "in March", "yesterday"); one with none takes the default window (said_long_before). "last"
# and "next" are the two words conventions.md names ("last Thursday"); a checker, not a stage.
TIME_WORDS = words("weekdays") | words("day-words") | MONTHS_DAYS | frozenset(("last", "next"))
FAR_DAYS = 14
FOLLOW_GAP = 120
ATTRIBUTION_REACH = 40

WORD = re.compile(r"[\w'’.-]+")
CAPITALISED = re.compile(r"\b([A-Z][\w'’-]+)\s+(?=([A-Z][\w'’-]+)\b)")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n")


@dataclass(frozen=True)
class Quote:
    """One quote as the checks read it: its article, its place there and its record."""
    article: dict
    text: str
    index: int
    record: dict

    @property
    def speaker(self) -> dict:
        return self.record.get("speaker") or {}

    @property
    def name(self) -> str | None:
        return self.speaker.get("name")

    @property
    def mention(self) -> dict | None:
        return self.speaker.get("mention")


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).lower()


def _parts(name: str) -> list[str]:
    """The names of a joint speaker ("Ann Moreau and Omar Haddad"), or the one name."""
    return [part for part in re.split(r",? and |, ", name) if part] if name else []


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence around offset `at` (a cue's or a quote's start)."""
    start = 0
    for match in SENTENCE_END.finditer(text, 0, at):
        start = match.end()
    end = SENTENCE_END.search(text, at)
    return start, end.end() if end else len(text)


def _anchor(quote: Quote) -> int:
    cue = quote.record.get("cue") or {}
    content = quote.record.get("content") or [{}]
    return cue.get("start", content[0].get("start", 0))


def _start(quote: Quote) -> int:
    return min(s["start"] for s in quote.record.get("content") or [{"start": 0}])


def _end(quote: Quote) -> int:
    return max(s["end"] for s in quote.record.get("content") or [{"end": 0}])


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def name_not_in_text(quote: Quote) -> str | None:
    """A name is the person or organisation "as the article names it" (Speaker): each name of
    the speaker occurs in the text, but for a leading "the" and a possessive ending."""
    text = _plain(quote.text)
    missing = [part for part in _parts(quote.name) if _plain(part) not in text]
    return f"not in text: {missing}" if missing else None


def name_odd_word(quote: Quote) -> str | None:
    """Titles and roles are not part of a name, nor a photo credit (issue 12's entity bounds):
    a person's name holds no title or role word, credit, month or weekday, digit, nor any
    lower-case word but a name particle; an organisation's only its small joining words."""
    odd = []
    person = quote.speaker.get("kind") == "person"
    for part in _parts(quote.name):
        for word in WORD.findall(part):
            low = word.lower().rstrip(".")
            if any(ch.isdigit() for ch in word) and person:
                odd.append(word)
            elif low in CREDITS:
                odd.append(word)
            elif person and (low in TITLES or word.lower() in TITLES or low in ROLES
                             or low in MONTHS_DAYS) and not _surname_after_given(part, word):
                odd.append(word)
            elif word[0].islower() and low not in PARTICLES and (person or low not in SMALL_WORDS):
                odd.append(word)
    return f"odd words: {odd}" if odd else None


def _surname_after_given(name: str, word: str) -> bool:
    """Whether `word` may be a name that is also a title or month: a surname after a given
    name ("Mervyn King", "Theresa May"), or a given name before a surname ("Jan Bolz")."""
    tokens = name.split()
    if word == tokens[-1] and len(tokens) > 1:
        return tokens[0].lower() in GIVEN or tokens[-2][0].isupper()
    return word == tokens[0] and len(tokens) > 1 and word[0].isupper()


def surname_alone(quote: Quote) -> str | None:
    """A name is the one "the article names it most fully": a person named by one word, where
    the article writes a capitalised word (no title, month or weekday) before that word."""
    name = quote.name
    if not name or " " in name or quote.speaker.get("kind") != "person":
        return None
    fuller = {f"{m.group(1)} {name}" for m in CAPITALISED.finditer(quote.text)
              if m.group(2) == name and m.group(1).lower().rstrip(".") not in TITLES
              and m.group(1).lower() not in TITLES and m.group(1).lower() not in MONTHS_DAYS
              and m.group(1).lower() not in SMALL_WORDS}
    return f"fuller: {sorted(fuller)}" if fuller else None


def description_named_plural(quote: Quote) -> str | None:
    """An unnamed speaker ("officials", "researchers") gets `name: null` (Speaker): a mention
    whose last word is a lower-case plural, with no capitalised word in it, given a name."""
    mention = quote.mention
    if not quote.name or not mention or quote.speaker.get("kind") != "person":
        return None
    tokens = WORD.findall(mention["text"])
    last = tokens[-1] if tokens else ""
    if (len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "'s", "’s", "us"))
            and last.islower() and last not in NOT_PLURAL
            and not any(t[0].isupper() for t in tokens[1:])):
        return f"plural mention {mention['text']!r}"
    return None


def organisation_gender(quote: Quote) -> str | None:
    """Gender is "for a person only" (Speaker kind and gender): an organisation has none."""
    gender = quote.speaker.get("gender")
    if quote.speaker.get("kind") == "organisation" and gender:
        return f"gender {gender}"
    return None


def name_in_own_quote(quote: Quote) -> str | None:
    """Someone spoken about is not the speaker (issue 12's "another entity"): a speaker whose
    name, or a person's last name, is written inside the quote's own words (not in an
    attribution the quote's span runs over: "In any case, Mr. Moreau said, ...")."""
    if not quote.name:
        return None
    cue = quote.record.get("cue") or {}
    mention = quote.mention or {}
    skip = [(mention.get("start", -1), mention.get("end", -1)),
            (cue.get("start", -1) - ATTRIBUTION_REACH, cue.get("end", -1))]
    for part in _parts(quote.name):
        key = part.split()[-1] if quote.speaker.get("kind") == "person" else part
        if len(key) <= 2:
            continue
        pattern = re.compile(rf"\b{re.escape(key)}\b")
        for content in quote.record.get("content", []):
            for match in pattern.finditer(quote.text, content["start"], content["end"]):
                if not any(a <= match.start() < b for a, b in skip):
                    return f"{key!r} in the quote"
    return None


def said_after_article(quote: Quote) -> str | None:
    """said_on is when the words were said or written: never after the article's date."""
    said = (quote.record.get("said_on") or {}).get("value") or ""
    written = quote.article.get("date") or ""
    if said and said[:len(written[:len(said)])] > written[:len(said)]:
        return f"said {said} after {written}"
    return None


def said_long_before(quote: Quote) -> str | None:
    """Explicit time tied to the statement decides; fresh news with no time takes the default
    window (said_on): a day more than 14 days before the article date, with no time expression,
    date, weekday, month or "last/next" in the quote's sentence, has no source in the text."""
    said = _day((quote.record.get("said_on") or {}).get("value") or "")
    written = _day(quote.article.get("date") or "")
    if not said or not written or (written - said).days <= FAR_DAYS:
        return None
    start, end = _sentence(quote.text, _anchor(quote))
    for content in quote.record.get("content", []):
        start, end = min(start, content["start"]), max(end, content["end"])
    if any(t["start"] < end and t["end"] > start for t in quote.article.get("times", [])):
        return None
    sentence = quote.text[start:end]
    if any(w.lower() in TIME_WORDS or w.isdigit() for w in WORD.findall(sentence)):
        return None
    return f"said {said} from {written}, sentence undated"


def interview_no_outlet(quote: Quote) -> str | None:
    """interview: "told <named outlet>" puts the outlet in `outlet` (channel); an interview
    with none is worth a look (an interview "with" nobody named is also allowed)."""
    if quote.record.get("channel") == "interview" and not quote.record.get("outlet"):
        return "interview, no outlet"
    return None


CHECKS = (name_not_in_text, name_odd_word, surname_alone, description_named_plural,
          organisation_gender, name_in_own_quote, said_after_article, said_long_before,
          interview_no_outlet)


def follow_on_differs(quotes: list[Quote]) -> list[tuple[Quote, str]]:
    """A follow-on quote has the same name as the one it continues and shares its window
    (Speaker; said_on): one with no mention but a speaker, whose name or said_on differs
    from the quote before it."""
    flags = []
    for before, quote in zip(quotes, quotes[1:]):
        if quote.record.get("speaker") is None or quote.mention is not None:
            continue
        gap = quote.text[_end(before):_start(quote)]
        if "\n" in gap or len(gap) > FOLLOW_GAP:
            continue
        said = lambda q: (q.record.get("said_on") or {}).get("value")
        if quote.name != before.name:
            flags.append((quote, f"name {quote.name!r} after {before.name!r}"))
        elif said(quote) != said(before):
            flags.append((quote, f"said_on {said(quote)} after {said(before)}"))
    return flags


def mention_two_names(quotes: list[Quote]) -> list[tuple[Quote, str]]:
    """A name is the person the article names (Speaker): one mention text ("Moreau", "the
    agency") given two names in one article, pronouns aside, is worth a look."""
    names = defaultdict(dict)
    for quote in quotes:
        mention = quote.mention
        if mention and quote.name and mention["text"].lower() not in PRONOUNS:
            names[mention["text"]].setdefault(quote.name, quote)
    return [(q, f"{text!r} named {sorted(by)}") for text, by in names.items() if len(by) > 1
            for q in list(by.values())[1:]]


def name_is_outlet(quotes: list[Quote]) -> list[tuple[Quote, str]]:
    """The outlet of an interview is the one told, not the speaker (channel: interview): a
    speaker named as an outlet that the same article's channels give."""
    outlets = {q.record["outlet"].lower().removeprefix("the ") for q in quotes
               if q.record.get("outlet")}
    return [(q, f"outlet {q.name!r}") for q in quotes
            if q.name and q.name.lower().removeprefix("the ") in outlets]


ARTICLE_CHECKS = (follow_on_differs, mention_two_names, name_is_outlet)


def check_article(article: dict, extracted: dict) -> list[tuple[str, Quote, str]]:
    """Every flag of one article: (check name, quote, what the check saw)."""
    quotes = [Quote({**article, "times": extracted.get("times", [])}, article["text"], n, record)
              for n, record in enumerate(extracted.get("quotes", []))]
    flags = [(check.__name__, quote, seen) for quote in quotes for check in CHECKS
             if (seen := check(quote))]
    flags += [(check.__name__, quote, seen) for check in ARTICLE_CHECKS
              for quote, seen in check(quotes)]
    return flags


def check_files(inputs: str, outputs: str) -> list[tuple[str, Quote, str]]:
    """Every flag of the records in `outputs` against their articles in `inputs`."""
    articles = {}
    with open(inputs, encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            articles[article["id"]] = article
    flags = []
    with open(outputs, encoding="utf-8") as handle:
        for line in handle:
            extracted = json.loads(line)
            if extracted.get("id") in articles:
                flags += check_article(articles[extracted["id"]], extracted)
    return flags


def context(quote: Quote, reach: int) -> str:
    """The text around the quote and its mention, `reach` characters either side."""
    spans = [(s["start"], s["end"]) for s in quote.record.get("content", [])]
    if quote.mention:
        spans.append((quote.mention["start"], quote.mention["end"]))
    start = max(0, min(a for a, _ in spans) - reach) if spans else 0
    end = max(b for _, b in spans) + reach if spans else reach
    return " ".join(quote.text[start:end].split())


def describe(check: str, quote: Quote, seen: str, reach: int = 0) -> str:
    speaker = quote.speaker
    mention = (quote.mention or {}).get("text")
    said = (quote.record.get("said_on") or {}).get("value")
    return (f"[{check}] {quote.article['id']} #{quote.index}: {quote.record['text'][:90]!r}\n"
            f"    name={quote.name!r} kind={speaker.get('kind')} gender={speaker.get('gender')} "
            f"mention={mention!r} channel={quote.record.get('channel')} "
            f"outlet={quote.record.get('outlet')} said_on={said}\n    {seen}"
            + (f"\n    | {context(quote, reach)}" if reach else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", help="articles JSONL (id, date, text)")
    parser.add_argument("outputs", help="extracted records JSONL")
    parser.add_argument("--only", help="comma-separated check names")
    parser.add_argument("--counts", action="store_true", help="print the counts alone")
    parser.add_argument("--sample", type=int, help="print a random N flags of each check")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--context", type=int, default=0, metavar="N",
                        help="print the text N characters either side of each flagged quote")
    args = parser.parse_args(argv)
    flags = check_files(args.inputs, args.outputs)
    if args.only:
        keep = set(args.only.split(","))
        flags = [flag for flag in flags if flag[0] in keep]
    by_check = defaultdict(list)
    for flag in flags:
        by_check[flag[0]].append(flag)
    if not args.counts:
        rng = random.Random(args.seed)
        for check, listed in by_check.items():
            if args.sample and len(listed) > args.sample:
                listed = sorted(rng.sample(listed, args.sample), key=flags.index)
            for flag in listed:
                print(describe(*flag, reach=args.context))
    counts = Counter(flag[0] for flag in flags)
    for check in CHECKS + ARTICLE_CHECKS:
        print(f"{check.__name__:28} {counts[check.__name__]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
