"""Speaker mentions: the words in the text that name who said a quote.

A mention is the whole noun phrase of the speaker, descriptions included
("Phil Smith, a spokesman for the miners' union", "voters who backed him"), as
annotated news sets mark it. It is built outwards from the head, one dependent
at a time, and stops before a dependent that is not part of who the speaker is:
one that reaches into the quote, one set off by a dash or a line break before
the phrase (a dateline: "RENO, Nev. (AP) — Trump said"), a participle set off
by a comma that tells what the speaker was doing ("Trump, speaking at a rally,
said"; "Ann Moreau, surrounded by reporters, said"), a phrase set off by a comma that
tells where, when or how they spoke ("Trump, in Kentucky, said"; with no comma, what they
spoke in or the day: "Trump in a statement said", "the campaign on Monday said"), a verb's
clitic the parser hung on the speaker ("they’ve said"), a reflexive set off
that only stresses who ("Tom Keel, himself a candidate,"), a relative clause that
reports other words of the speaker ("Ann Moreau, who said last week that ..., told"), or
the sentence's own verb that the parser hung on the speaker ("Ann Moreau, the mayor,
endorsed the plan, saying"). A leading "even" stresses who spoke and is left out too.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import ASIDE_PREPOSITIONS, DIRECT_FORMS, MONTHS_AND_DAYS, REFLEXIVES, SPEECH_FORMS, SPOKEN_IN, TITLES
from ..parsing.marks import POSSESSIVE_S
from ..parsing.words import columns
from ..quotes.headline import LABEL_PREPOSITIONS
from .names import NAME_TAGS

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Span, Token

Spans = tuple[tuple[int, int], ...]  # character ranges [start, end)

MAX_TOKENS = 40
EDGE = {",", ";", ":", "—", "–", "-", "(", "\"", "“", "”", "'"}
DASHES = {"—", "–", "--", "―"}
# Dependents that are clauses: a mention takes one whole or not at all.
CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "parataxis"}
# Words that cannot end a phrase: what they join or introduce was cut off.
HANGING = {"cc", "det", "mark"}
# Verb forms that report words: a relative clause built on one is another attribution.
REPORTING = {"VBD", "VBZ", "VBP", "VBN", "VBG", "VB"}
# Verbs in a tense: one in a phrase that is no clause is the sentence's own verb, misread.
FINITE = {"VBD", "VBZ", "VBP"}


def mention_range(doc: Doc, head: Token, avoid: Spans = ()) -> tuple[int, int]:
    """Token range [start, end) of the speaker phrase headed by `head`.

    `avoid` holds the character ranges of the quote, which the mention must not overlap; a
    mention may stand between two of them ("“...,” Ann Moreau, a nurse, said. “...”"), or
    inside one, where a reported clause holds its own attribution ("In Miami, Ann Moreau said,
    the hospital is full"): that one is not avoided.
    """
    avoid = tuple((start, end) for start, end in avoid if not start <= head.idx < end)
    start = _left_bound(doc, head, avoid)
    end = _right_bound(doc, head, avoid, start)
    return _trim(doc, start, _whole_word(doc, end))


def _whole_word(doc: Doc, end: int) -> int:
    """The end moved past the rest of a hyphened word the parser split between two phrases
    ("that other firms re-sell", with "sell" read as a verb of the sentence): a mention never
    ends inside a word."""
    text = columns(doc).text  # a dash written as a hyphen ("Kings—Hants") reads as one
    while end + 1 < len(doc) and not doc[end - 1].whitespace_ and text[end] == "-" \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return end


def _whole_word_start(doc: Doc, start: int) -> int:
    """The start moved back to the first part of a hyphened word the parser split between two
    phrases ("St-Pierre said", with "St" read as a subject of its own): a mention headed by a
    proper noun never starts inside a word. (A common noun's, "co-chairman", is left as the
    parse gives it: its kind is read from the noun the mention starts with.)"""
    text = columns(doc).text  # a dash written as a hyphen ("Nanaimo—Ladysmith") reads as one
    if start > 0 and text[start] != "-" and text[start - 1] == "-" and not doc[start - 1].whitespace_:
        start -= 1
    while start > 0 and text[start] == "-" and not doc[start].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 1].is_alpha:
        start -= 1
    return start


def _left_bound(doc: Doc, head: Token, avoid: Spans) -> int:
    """The first token of the phrase: the first of the head's left dependents, but never back
    past a dash or a line break, which end another phrase, nor into the quote (a title the
    parser hangs under the quote's last word: '“...,” councilmember Ann Moreau said')."""
    start = _stray_given_name(doc, head, head.left_edge.i)
    start = _whole_word_start(doc, start) if head.tag_ in NAME_TAGS else start
    breaks = [t.i for t in doc[start:head.i] if _is_dash(t) or "\n" in t.text or "\n" in t.whitespace_
              or _overlaps(doc[t.i:t.i + 1], avoid)]
    start = breaks[-1] + 1 if breaks else start
    # "Even China said": the adverb stresses who spoke, it does not say who (PolNeAR leaves it out 8 times to 0).
    return start + 1 if start < head.i and doc[start].lower_ == "even" and doc[start].dep_ == "advmod" else start


def _stray_given_name(doc: Doc, head: Token, start: int) -> int:
    """'Darius Orr blamed ...' opening a paragraph: the parser may hang the given name on the
    verb (a time word to it) rather than on the surname; a capitalised proper noun right
    before a proper-noun head that is no day or month is part of the name all the same; so is
    a title before the name's first word that it hangs on a verb as an adverb ('Insp. J.P.
    Ouellette said', or on the quote's verb: '“...,” Coun. Ann Lee said')."""
    k = start - 1
    if start > head.i or k < 0 or head.tag_ not in NAME_TAGS:
        return start
    word = doc[k]
    stray = word.tag_ in NAME_TAGS and word.text[:1].isupper() and "\n" not in word.whitespace_ \
        and word.lower_ not in MONTHS_AND_DAYS and \
        (word.dep_ == "npadvmod" and start == head.i and word.head.i == head.head.i
         or word.dep_ in ("advmod", "npadvmod") and word.lower_ in TITLES)
    return k if stray else start


def _right_bound(doc: Doc, head: Token, avoid: Spans, start: int, top: bool = True) -> int:
    """The end of the phrase: the head's right dependents, nearest first and each cut back the
    same way, up to one that is not part of who the speaker is, reaches into the quote, or
    makes the phrase too long ('Ann Moreau, an analyst at Acme, who said ...' ends at "Acme").
    `top`: `head` heads the whole mention (not a word inside one of its dependents)."""
    end = head.i + 1
    for child in head.rights:
        if _aside(doc, head, child) or _overlaps(doc[end:child.i + 1], avoid) or child.i + 1 - start > MAX_TOKENS \
                or _clitic(child) or top and _how_or_when(head, child) or _past_its_verb(head, child):
            break
        inner = _right_bound(doc, child, avoid, start, top=False)
        if inner <= child.right_edge.i:  # cut short: what follows it is cut off with it
            return end if child.dep_ in CLAUSES else inner  # never half a clause
        end = inner
    return end


def _past_its_verb(head: Token, child: Token) -> bool:
    """A dependent the parser hung on the subject from beyond the subject's own verb: '"...,"
    Yusuf Haidari said after the ceremony, his youngest son on his shoulders' (the absolute
    phrase read as an apposition of the name) is no part of who speaks."""
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.i < verb.i < child.i


def _aside(doc: Doc, head: Token, child: Token) -> bool:
    """A dependent after the speaker that says what the speaker did rather than who they are."""
    after_comma = any(t.text == "," or _is_dash(t) for t in doc[head.i + 1:child.left_edge.i])
    if not after_comma:
        return False  # "voters who said the economy mattered most": a clause not set off names who speaks
    if child.dep_ == "acl" and child.tag_ == "VBG":
        return True  # "Trump, speaking at a rally in Reno,"; not "the ad, titled ..."
    # Right after a comma (a dash may set off a description: "Gingrich — mentioned by ... as"),
    # on a noun: in a clause, "who lost her daughter in Aurora, Colorado, in July", it is the clause's.
    if head.tag_.startswith(("NN", "PRP")) and doc[child.left_edge.i - 1].text == "," \
            and _set_off_aside(head, child):
        return True
    if child.dep_ not in CLAUSES and _misread_verb(child):
        return True
    return child.dep_ == "relcl" and _reports(child)


def _how_or_when(head: Token, child: Token) -> bool:
    """A phrase right on the speaker, with or without a comma, that tells how, when or to whom they
    spoke rather than who they are: what they spoke in ('Ann Moreau in a statement said', 'her lawyers
    in a court filing argued': `lexicon/spoken-in.txt`), the day ('the campaign on Monday said'), or
    in a label before a colon what or whom they spoke to ('Obama on Climate Change: ...'). Only on
    the speaker's own word: in a clause of the mention ('who endorsed Keel on Monday') the phrase
    is the clause's."""
    if child.dep_ != "prep" or not head.tag_.startswith(("NN", "PRP")):
        return False
    doc, end = head.doc, child.right_edge.i + 1
    if child.lower_ in LABEL_PREPOSITIONS and end < len(doc) and doc[end].text == ":":
        return True  # a label before a colon: 'Obama on Climate Change: ...', 'Moreau to Dockers: ...'
    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    if child.lower_ in ("in", "during"):
        return obj.lower_ in SPOKEN_IN
    return child.lower_ == "on" and obj.lower_ in MONTHS_AND_DAYS


def _clitic(tok: Token) -> bool:
    """A verb's clitic glued to the word before it that the parser hung on the speaker with nothing
    after it ('they’ve said', 'who’ve lived', read as a noun or as a clause of its own after a curly
    apostrophe): never part of who speaks ('an insider who’s on the slate' is a clause whole). A
    possessive "’s" is, but after a pronoun ('he’s') it is a verb."""
    text = tok.text
    glued = tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and len(text) in (2, 3) \
        and text[0] in "'’" and text[1:].isalpha() and tok.right_edge.i == tok.i
    if not glued:
        return False
    return text not in POSSESSIVE_S or tok.doc[tok.i - 1].tag_ in ("PRP", "WP")


def _set_off_aside(head: Token, child: Token) -> bool:
    """A dependent right after a comma that says how the speaker was or spoke: a participle after
    a name ("Ann Moreau, surrounded by reporters,"; a thing's describes it: "a report, prepared
    for the board,"), a reflexive that stresses who ("Tom Keel, himself a candidate,"; without a comma,
    "Keel himself", it is part of the mention as annotated), or a phrase of circumstance."""
    if child.dep_ == "acl" and child.tag_ == "VBN":
        return head.tag_ in NAME_TAGS
    return child.lower_ in REFLEXIVES or child.dep_ == "prep" and _circumstance(head, child)


def _circumstance(head: Token, prep: Token) -> bool:
    """'Ann Moreau, in Leeds,', 'Tom Keel, via email': where, how or when one spoke; and 'Ann
    Moreau, like Tom Keel,' after a name, which likens her to another (after a plural,
    'residents, like Tom Keel,' it names some of them)."""
    if prep.lower_ == "like":
        return head.tag_ in NAME_TAGS
    return prep.lower_ in ASIDE_PREPOSITIONS


def _misread_verb(phrase: Token) -> bool:
    """A verb in a tense in `phrase` outside any clause of it: the parser hung the sentence's own
    verb on the speaker ('Ann Moreau, the mayor, endorsed the plan Saturday, saying ...': no
    apposition holds "endorsed")."""
    for tok in phrase.subtree:
        # A word of a name the tagger took for a verb ("Perkins Coie") is capitalised.
        if tok.tag_ in FINITE and tok.dep_ not in ("aux", "auxpass", "compound") and tok.text.islower() \
                and tok.lower_ not in POSSESSIVE_S and not _in_clause(tok, phrase):
            return True
    return False


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether `tok` stands in a clause below `top` (a relative clause of an apposition)."""
    while tok.i != top.i:
        if tok.dep_ in CLAUSES:
            return True
        tok = tok.head
    return False


def _reports(verb: Token) -> bool:
    """'who said last week that ...': a verb of saying with its own reported clause (not 'who
    declared victory', a description, nor 'who did not say that ...')."""
    form = verb.lower_
    reporting = verb.tag_ in REPORTING and (form in SPEECH_FORMS or form in DIRECT_FORMS)
    return reporting and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children)


def _is_dash(tok: Token) -> bool:
    """A dash between phrases; a hyphen inside a word ("Shanklin-Hawkins") is not one, nor a
    dash written as a hyphen ("Nanaimo—Ladysmith", `words.hyphen_dashes`)."""
    text = columns(tok.doc).text[tok.i]
    # a spaced hyphen, or the underscore the AP of 1989-2000 wrote for a dash ('MOSCOW (AP) _ Russia')
    spaced = text in ("-", "_") and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    return text in DASHES or spaced


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Without marks and spaces at either end, nor a word left hanging at the end where a
    dependent was cut off ('Yahoo News and', 'a lawyer for'); "of the couple's" may end one. A
    full stop that is a word of its own ends a sentence ('“...” - Ann Lee.'): an abbreviation's
    ("Jr.", "D.C.") is one word with it."""
    while start < end - 1 and (doc[start].text in EDGE or doc[start].is_space):
        start += 1
    while end > start + 1 and (doc[end - 1].text in EDGE or doc[end - 1].is_space
                               or _hanging(doc[end - 1]) or doc[end - 1].text == "."):
        end -= 1
    return start, end


def _hanging(tok: Token) -> bool:
    """A word whose phrase was cut off after it: a conjunction, determiner or marker, or a
    preposition whose object was cut (one left stranded, "the group she works for", has none)."""
    return tok.dep_ in HANGING or tok.dep_ == "prep" and any(True for _ in tok.rights)


def _overlaps(span: Span, avoid: Spans) -> bool:
    return len(span) > 0 and any(span.start_char < end and start < span.end_char for start, end in avoid)
