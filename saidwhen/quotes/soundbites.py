"""Sound bites of a broadcast transcript: a speaker's recorded words, printed without marks.

A radio or television report as transcribed (TimeBank's CNN, ABC and VOA stories) gives the
words of the people it plays as paragraphs of their own, with no quotation marks and no cue:
"Finance Minister Ann Lee says the cuts will save $2 billion. ¶ We are serious. We will do what
the fund asks." The paragraph after a reporter's "says" or "said" of a named or described
speaker, in the first person, is that speaker's words going on (a follow-on quote, as after
"...,” she said."): tb-placed's convention reads a correspondent's recorded speaker turns as
direct quotes without marks or cue. Only in a transcript its reporter signs off ("Paul Reyes,
CNN, Jakarta."), where the first person is no writer's own.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import BROADCAST_ROLES, BROADCASTERS, FIRST_PERSON, NEWS_SAYING
from ..parsing.positions import TokenIndex
from .found import FoundQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A broadcast reporter's sign-off ("Jim Laurie, ABC News, Hong Kong.", "For The World, I'm Nancy
# Marshall in Washington."): a transcript, told in the radio's and television's "says".
SIGN_OFF = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+, (?:%s)(?: [Nn]ews)?(?:,|\.?\s*$)" % "|".join(BROADCASTERS)
                      + r"|\bI'm [A-Z][a-z]+ [A-Z][a-z]+ in [A-Z]", re.M)
# Marks that open a quotation: a paragraph holding one is not a bite printed without them.
MARKS = ('"', "“", "”", "``", "''")
# A turn labelled by its speaker in capitals ("REYES: ...", "LINDA CARR, CNN ANCHOR: ..."):
# another way of printing a transcript, read elsewhere or not at all.
LABEL = re.compile(r"[ \t]*[A-Z][A-Z.'\- ]+(?:,[A-Z.'\- ]+)*:")


# A transcript that labels its turns has at least this many.
LABELLED_TURNS = 2


def find_sound_bites(doc: Doc, text: str, found: list[FoundQuote]) -> list[FoundQuote]:
    """The sound bites of a transcript, each a follow-on of the quote it comes after: in one
    signed off, a paragraph in the first person; in one that labels its turns, a turn labelled
    with the name of the one the reporter has just said spoke ("... Dan Whitaker said the
    president urged reform. ¶ DAN WHITAKER, WHITE HOUSE SPOKESMAN: The president made clear
    ..."), its words after the label."""
    paragraphs = _paragraphs(text)
    signed_off = SIGN_OFF.search(text) is not None
    labelled = sum(1 for start, end in paragraphs if LABEL.match(text, start)) >= LABELLED_TURNS
    if not signed_off and not labelled:
        return []
    index = TokenIndex(doc)
    bites = []
    reporters = _reporters(text) if labelled else set()
    for (prev_start, prev_end), (start, end) in zip(paragraphs, paragraphs[1:]):
        last = max((q for q in found if prev_start <= q.start < prev_end), key=lambda q: q.start, default=None)
        if last is None or not _said_at_the_end(doc, text, last, prev_end):
            if labelled and (turn := _introduced_turn(doc, text, index, start, end, reporters, found)) is not None:
                bites.append(turn)
            continue
        label = LABEL.match(text, start)
        if label is not None and labelled:
            if doc[last.subject].text.upper() not in label.group().split(",")[0].split():
                continue  # another's turn: the anchor's, the correspondent's
            start = label.end() + len(text[label.end():end]) - len(text[label.end():end].lstrip())
        elif not signed_off or not _a_bite(doc, text, index, start, end, found):
            continue
        if start >= end or any(start <= q.start < end for q in found):
            continue
        bites.append(FoundQuote("direct", ((start, end),), None, None, follow_on=True,
                                words=(index.range(start, end),)))
    return bites


# A reporter led in ("The World's Anne McCarthy reports from Belfast.") or signing off.
REPORTER = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][A-Za-z]+)+) reports\b|\b([A-Z][a-z]+(?: [A-Z][A-Za-z]+)+), (?:%s)\b"
                      % "|".join(BROADCASTERS) + r"|\bI'm ([A-Z][a-z]+(?: [A-Z][A-Za-z]+)+)")


def _reporters(text: str) -> set[str]:
    """The surnames, in capitals, of the transcript's own people: those it leads in, who sign
    off, and who say "I'm"."""
    return {next(g for g in m.groups() if g).split()[-1].upper() for m in REPORTER.finditer(text)}


def _introduced_turn(doc: Doc, text: str, index: TokenIndex, start: int, end: int, reporters: set[str],
                     found: list[FoundQuote]) -> FoundQuote | None:
    """'Omagh shopkeeper Brian Devlin lost his sister in the blast. ¶ BRIAN DEVLIN: They knew what
    they were doing.': in a transcript that labels its turns, a turn labelled with the name of
    someone the report has named before, neither one of the broadcast's own (its anchor, host,
    correspondents: led in, signing off, or so labelled) nor a quote's speaker there, is that
    person's recorded words, however the report brought them in (tb-placed reads a
    correspondent's recorded speaker turns as direct quotes without marks or cue). The speaker is
    the label's name."""
    label = LABEL.match(text, start)
    if label is None:
        return None
    name, *roles = label.group().rstrip(":").split(",")
    words = name.split()
    if not words or any(w.lower() in BROADCAST_ROLES for role in roles for w in role.split()) or \
            words[-1] in reporters:
        return None
    surname = words[-1][:1] + words[-1][1:].lower()
    if not re.search(r"\b%s\b" % re.escape(surname), text[:start], re.I) or \
            not re.search(r"\b[A-Z][a-z]+ %s\b" % re.escape(surname), text[:start], re.I):
        return None  # never named before in the report
    words_start = label.end() + len(text[label.end():end]) - len(text[label.end():end].lstrip())
    if words_start >= end or any(start <= q.start < end for q in found) or text[:end].rstrip().endswith("?"):
        return None  # 'TAPPER: Do you think ...?': the interviewer's question, no one's bite
    first, last = index.range(start, end)
    head = next((i for i in range(first, last) if doc[i].text == words[-1] and doc[i].tag_ in ("NNP", "NNPS")), None) \
        if len(words) > 1 else None
    if head is None:  # a surname alone in capitals, or one the tagger reads as a common noun: the name before
        head = next((i for i in range(first - 1, -1, -1) if doc[i].text == surname and doc[i].tag_ == "NNP"), None)
    if head is None:
        return None
    return FoundQuote("direct", ((words_start, end),), None, head, words=(index.range(words_start, end),))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each line of the text that holds words, its spaces trimmed."""
    out, at = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = at + line.index(stripped)
            out.append((start, start + len(stripped)))
        at += len(line) + 1
    return out


def _a_bite(doc: Doc, text: str, index: TokenIndex, start: int, end: int, found: list[FoundQuote]) -> bool:
    """A paragraph of a speaker's own words: in the first person, with no quotation marks, no
    quote found in it, no label and no sign-off."""
    line = text[start:end]
    if any(mark in line for mark in MARKS) or LABEL.match(line) or SIGN_OFF.search(line):
        return False
    if any(start <= q.start < end for q in found):
        return False
    first, last = index.range(start, end)
    return any(doc[i].lower_ in FIRST_PERSON for i in range(first, last))


def _said_at_the_end(doc: Doc, text: str, quote: FoundQuote, paragraph_end: int) -> bool:
    """Whether the quote closes its paragraph (nothing after it but its cue's sentence) and is
    told with a verb of the news's saying ("says", "said", "told") and a speaker of its own."""
    if quote.cue is None or quote.subject is None or quote.follow_on:
        return False
    cue = doc[quote.cue[0]]
    if cue.lower_ not in NEWS_SAYING:
        return False
    sentence_end = cue.sent.end_char
    return quote.end <= sentence_end and not text[sentence_end:paragraph_end].strip()
