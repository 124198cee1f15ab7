"""Speaker names checked against GUM's coreference on the Wikinews demo corpus.

    python benchmarks/names_gum.py [GUM_DIR] [--part tuned|held-back|all] [--errors N]

A gold for names that nobody on the team wrote. GUM (../shared/data/gum) marks every mention of
every entity by hand, with its type and, for many named entities, a Wikipedia title. Each quote
saidwhen finds in examples/wikinews.jsonl (the articles rebuilt by benchmarks/build_wikinews.py)
is tied to GUM by its speaker mention's offsets, as benchmarks/gender_gum.py ties them
(`linked`, here the GUM mention that shares the most of the two spans, so that "a spokesman for
NASA" is the spokesman and not NASA); a follow-on quote (no mention) by the mention of the quote
it continues, the nearest quote before it that has a mention and the same name (one that
continues no such quote, introduced by the sentence before it, is tied to none). Only mentions of an entity of type person
or organization count; a speaker mention GUM ties to none of them is counted apart (interviews'
"Name:" turns are not GUM's text, so they are among those).

The gold name is derived, by conventions.md ("the person or organisation as the article names it
most fully"), from the entity's proper-name mentions: a mention whose head word (the one word
whose dependency head lies outside the mention) is tagged NNP/NNPS gives the run of proper-noun
words around its head ("of", "for", "and", "the", "'s" and hyphens inside the run kept: "Church of
Scientology", "Korean People's Army"), with those joining words and a leading "the" dropped at its
ends and the titles of lexicon/titles.txt before it ("Dr.", "Senator") dropped. The longest such
name (in words, then characters) is the gold; an entity with no proper-name mention whose "I", "me" and "my" (three at least)
all lie in the turns of an interview that one label opens ("Hugh McGuire: ...", not GUM's text)
has that label for its gold; an entity with none has the gold null (an unnamed
speaker: "a spokesman", "officials"). Where GUM gives a Wikipedia title (underscores to spaces,
"(...)" dropped) and the derived name ends with it after more words, those leading words are read
as a title or role the list lacks and dropped too ("Governor Bob McDonnell" -> "Bob McDonnell");
where the title holds more words than the derived name, holds all its words and is written as it
is somewhere in the article (an interview's "Shimon Peres:" turns, which are not GUM's text), it
is the gold;
the share of gold names that equal their Wikipedia title is printed as a cross-check.

Where the gold can disagree with conventions.md: GUM ties a mention to an entity as its
annotators read the whole document, pronouns inside quotations included; a proper-name run can
hold a modifier the conventions leave out ("Hong Kong legislator"), or miss a name that GUM marks
as a description's part ("the Wikinews reporter"); a group (joint speakers) is one entity whose
longest name may be one member's. An acronym the article expands is not expanded here unless the
expansion is itself a mention of the entity. So the figure is a check, not a verdict: the tuned
part's errors were judged by hand (/work/notes/judged/gumnames16-errors.md).

Names are compared as the scorer compares them (../shared/eval/quotescore.py `norm_name`: accents
and case folded, words of letters and digits, a leading "the" dropped). Errors are classed as
issue 12 classes them: `no name` (gold named, saidwhen null), `another entity` (saidwhen names
someone whose name shares no word with any of the gold entity's names), `wrong bounds` (it shares
a word: the same entity named with too many or too few words), and `named the unnamed` (gold null,
saidwhen a name). The pronoun ranker (training/coref.py) is trained on GUM, these documents
included, so quotes whose speaker mention is a pronoun are training data; the figure over quotes
whose mention is a name or a description (or that continue one) is printed apart.

The held-back third is that of gender_gum.py: every third document in sorted order (`--part
held-back`, 14 of 43), whose figures only are read; the rules are tuned on the rest.
"""
from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

from saidwhen.lexicon import ROLE_NOUNS, TITLES
from saidwhen.pipeline import extract_articles
from saidwhen.records import Article

ROOT = Path(__file__).resolve().parents[1]
GUM = ROOT.parent / "shared" / "data" / "gum"
SCORER = ROOT.parent / "shared" / "eval" / "quotescore.py"
KINDS = ("person", "organization")
PROPER = ("NNP", "NNPS")
BREAKS = (",", ":", "-LRB-", "-RRB-")  # the Penn tags of a comma, colon and brackets
JOINING = ("IN", "CC", "DT", "CD", "HYPH")  # "of", "and", "the", "5", "-" inside a body's name
FIRST_PERSON = ("i", "me", "my")
TURN = re.compile(r"(?m)^([A-Z][^:\n]{1,40}): ")  # "Hugh McGuire: " opening an interview's turn
TURNS_AT_LEAST = 3  # first-person mentions in one interviewee's turns, for the turns' label to name them
# The Penn tags of a pronoun: a speaker mention of one word so tagged is a pronoun.
PRONOUN_TAGS = ("PRP", "PRP$", "WP")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def proper_name(mention, text: str) -> str | None:
    """The proper name a GUM mention writes (see the module's summary), or None."""
    tokens = mention.tokens  # (tag, number, head, label, start, end)
    ids = {t[1] for t in tokens}
    heads = [n for n, t in enumerate(tokens) if t[2] not in ids]
    if not heads:
        return None
    head = heads[0]
    if mention.kind == "person":
        run = _person_name(tokens, head, text)
    elif tokens[head][0] in PROPER:
        run = _body_name(tokens, head)
    else:
        run = []
    while len(run) > 1 and _word(run[0], text).lower() in TITLES:
        run = run[1:]
    if not run or (len(run) == 1 and _word(run[0], text).lower().rstrip(".") in TITLES):
        return None
    name = text[run[0][4]:run[-1][5]]
    return name.replace(" and the ", " and ")  # joint names, each without its "the"


def _word(token, text: str) -> str:
    return text[token[4]:token[5]]


def _person_name(tokens, head: int, text: str) -> list:
    """A person's name: the proper noun that heads the mention, or else (a common noun or a
    title heads it) the first proper noun after the head that hangs on it ("curator Elaine
    Gustafon", "Undersecretary for Education Mr. Toccafondi"), with the proper nouns and hyphens
    right after it ("Charles Bolden" in "NASA Administrator Charles Bolden": GUM makes the first
    word of a name its head; "Jean-Paul Sartre"; "Ann and Bob Reed"), not the words before it."""
    number = tokens[head][1]
    word = _word(tokens[head], text).lower().rstrip(".")
    apposed = next((n for n in range(head + 1, len(tokens)) if tokens[n][2] == number and tokens[n][3] == "appos"), None)
    if tokens[head][0] in PROPER and apposed is not None and tokens[apposed][0] in PROPER and \
            not any(t[0] in BREAKS for t in tokens[head + 1:apposed]):
        head = apposed  # "Undersecretary for Education Mr. Toccafondi": a title GUM heads, its holder in apposition
    elif tokens[head][0] not in PROPER or word in TITLES or word in ROLE_NOUNS:
        head = next((n for n in range(head + 1, len(tokens))
                     if tokens[n][0] in PROPER and tokens[n][2] == number), None)
        if head is None:
            return []
    hi = head
    while hi + 1 < len(tokens) and (tokens[hi + 1][0] in PROPER + ("HYPH",) or (
            tokens[hi + 1][3] == "cc" and hi + 2 < len(tokens) and tokens[hi + 2][0] in PROPER)):
        hi += 1
    return tokens[head:hi + 1]


def _body_name(tokens, head: int) -> list:
    """An organisation's name: the run of proper nouns around its head, with "of", "for", "and",
    "the", numbers and hyphens inside it ("Church of Scientology"), not a possessor before it
    ("Saudi Arabia's")."""
    lo = hi = head
    while lo > 0 and tokens[lo - 1][0] in PROPER + JOINING:
        lo -= 1
    while hi + 1 < len(tokens) and tokens[hi + 1][0] in PROPER + JOINING:
        hi += 1
    run = tokens[lo:hi + 1]
    while run and run[0][0] not in PROPER:
        run = run[1:]
    while run and run[-1][0] not in PROPER:
        run = run[:-1]
    return run


def wikipedia_title(identity: str) -> str:
    """'Labour_Party_%28Hong_Kong%29' -> 'Labour Party'."""
    title = unquote(identity).replace("_", " ")
    return title.split(" (")[0].strip()


def gold_name(mentions: list, text: str, norm) -> tuple[str | None, str]:
    """The entity's fullest proper name as the text writes it (None: unnamed), and its Wikipedia
    title ('' where GUM gives none)."""
    names = [n for n in (proper_name(m, text) for m in mentions) if n]
    wiki = next((wikipedia_title(m.identity) for m in mentions if m.identity), "")
    if not names:
        return None, wiki
    best = max(names, key=lambda n: (len(norm(n).split()), len(n)))
    words, title = norm(best).split(), norm(wiki).split()
    if title and len(words) > len(title) and words[-len(title):] == title:
        best = " ".join(best.split()[-len(title):])
    elif title and len(words) < len(title) and set(words) <= set(title) and wiki in text:
        best = wiki  # "Peres" in GUM's mentions, "Shimon Peres" as the article writes it elsewhere
    return best, wiki


def turn_name(mentions: list, text: str) -> str | None:
    """An interviewee whom the article names only in the labels of their turns ("Hugh McGuire:
    ..."), which are not GUM's text: the label of the paragraphs that hold the entity's "I", "me"
    and "my", where three at least lie in turns of that one label (a turn runs from its label to the
    next)."""
    labels = []
    for m in mentions:
        if len(m.words) == 1 and m.words[0].lower() in FIRST_PERSON:
            turns = TURN.findall(text, 0, m.start)  # the turn it lies in: the last label before it
            labels.append(turns[-1] if turns else None)
    return labels[0] if len(labels) >= TURNS_AT_LEAST and None not in labels and len(set(labels)) == 1 else None


def classed(said: str | None, gold: str | None, names: set[str], norm) -> str:
    if norm(said or "") == norm(gold or ""):
        return "right"
    if gold is None:
        return "named the unnamed"
    if not said:
        return "no name"
    words = set(norm(said).split())
    return "wrong bounds" if any(words & set(norm(n).split()) for n in names) else "another entity"


def compare(path: Path, result, reader, norm) -> list[dict]:
    """One row per quote with a speaker: its link to GUM, the gold and saidwhen's names, the
    class, and whether its mention (or that of the quote it continues) is a pronoun."""
    text = result.article.text
    found = reader.mentions(path, text)
    by_entity: dict[str, list] = {}
    for m in found:
        by_entity.setdefault(m.entity, []).append(m)
    rows, last = [], {}
    for quote in result.quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        mention = speaker.mention if speaker.mention is not None else last.get(speaker.name)
        if speaker.mention is not None:
            last[speaker.name] = speaker.mention
        row = {"article": result.article.id, "said": speaker.name, "quote": quote.content[0].text[:70],
               "mention": mention.text if mention is not None else None, "follow_on": speaker.mention is None}
        tie = None if mention is None else reader.linked(found, mention.start, mention.end, KINDS, closest=True)
        if tie is None:
            rows.append({**row, "linked": False})
            continue
        mentions = by_entity[tie.entity]
        gold, wiki = gold_name(mentions, text, norm)
        if gold is None:
            gold = turn_name(mentions, text)
        names = {n for n in (proper_name(m, text) for m in mentions) if n}
        pronoun = len(tie.tokens) == 1 and tie.tokens[0][0] in PRONOUN_TAGS
        rows.append({**row, "linked": True, "entity": f"{tie.entity} {tie.kind}", "gold": gold, "wiki": wiki,
                     "class": classed(speaker.name, gold, names, norm), "pronoun": pronoun})
    return rows


def evaluate(gum: Path = GUM, which: str = "all", errors: int = 0) -> dict:
    """The figures of one part of GUM's Wikinews documents (see the module's summary), and up
    to `errors` quotes whose name differs from the gold."""
    reader = _load("gender_gum", ROOT / "benchmarks" / "gender_gum.py")
    norm = _load("quotescore", SCORER).norm_name
    build = reader._builder()
    files = reader.part(sorted(f for pattern in build.PATTERNS for f in gum.glob(pattern)), which)
    articles = [Article(id=r["id"], text=r["text"]) for r in (build.article(path) for path in files)]
    rows = [row for path, result in zip(files, extract_articles(articles))
            for row in compare(path, result, reader, norm)]
    linked = [r for r in rows if r["linked"]]
    not_pronoun = [r for r in linked if not r["pronoun"]]
    named = [r for r in linked if r["gold"]]
    listed = [f"{r['article']} [{r['class']}] entity {r['entity']}: gold {r['gold']!r} (wiki {r['wiki']!r}), "
              f"saidwhen {r['said']!r}; mention {r['mention']!r}{' (follow-on)' if r['follow_on'] else ''}; "
              f"“{r['quote']}”" for r in linked if r["class"] != "right"][:errors]
    return {"documents": len(files), "quotes": len(rows), "linked": len(linked),
            "unlinked_share": 1 - len(linked) / max(1, len(rows)),
            "name_acc": sum(r["class"] == "right" for r in linked) / max(1, len(linked)),
            "not_pronoun": len(not_pronoun),
            "name_acc_not_pronoun": sum(r["class"] == "right" for r in not_pronoun) / max(1, len(not_pronoun)),
            "gold_null": sum(r["gold"] is None for r in linked),
            "wiki_agrees": sum(norm(r["gold"]) == norm(r["wiki"]) for r in named if r["wiki"])
            / max(1, sum(bool(r["wiki"]) for r in named)),
            "classes": Counter(r["class"] for r in linked if r["class"] != "right"),
            "errors": listed}


def main() -> None:
    a = _load("gender_gum", ROOT / "benchmarks" / "gender_gum.py").part_arguments(__doc__.split("\n")[0])
    f = evaluate(a.gum, a.part, a.errors)
    print(f"{f['quotes']} quotes with a speaker in {f['documents']} Wikinews articles; "
          f"{f['linked']} tied to a GUM person or organization ({f['unlinked_share']:.3f} tied to none); "
          f"name accuracy {f['name_acc']:.3f}; over the {f['not_pronoun']} whose mention is no pronoun "
          f"{f['name_acc_not_pronoun']:.3f}; gold null for {f['gold_null']}; gold names equal to their "
          f"Wikipedia title {f['wiki_agrees']:.3f}")
    print("errors: " + ", ".join(f"{k} {v}" for k, v in f["classes"].most_common()))
    print("\n".join(f["errors"]))


if __name__ == "__main__":
    main()
