"""Outlets: the newspaper, network or programme a quote was said to ("told CNN").

An outlet is an interview's channel only where the text says the speaker spoke
to it or on it ("told The Canadian Press", "in an interview with the BBC",
"said on CNN's State of the Union"); "according to Reuters" or "wrote in The
Times" name where the words were printed, not who was spoken to.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy

from spacy.tokens import Span, Token

from ..parsing.language import parse
from ..parsing.recogniser import Recognised, recognise
from ..parsing.texts import text_of
from ..parsing.words import Columns, columns
from ..speakers.ties import NOUN_TAGS as COMMON_NOUNS  # the tagger's tags of a common noun
from ..lexicon import (CONVERSATION, DEMONYMS, FEMALE_NAMES, LONE_OUTLET_WORDS, MALE_NAMES, MONTHS_AND_DAYS,
                       NEWSROOM_NOUNS, ON_AIR, ORG_NAME_WORDS, ORG_NOUNS, OUTLET_LAST_WORDS, OUTLET_NAMES, OUTLET_NOUNS,
                       SPEECH_FORMS, TELLING, TITLES)
from ..lexicon import ANSWERING_QUESTIONS, CARRIED_REMARKS, INTERVIEW_CARRIED, PHONE_INS, QUESTIONS_ANSWERED
from ..lexicon import INDEFINITE_DETERMINERS, OUTLET_ARTICLES, OUTLET_NOUN_KINDS, SITTING_DOWN
from ..lexicon import APPEARING, DEPARTMENT_FIELDS, HOSTS, HOST_MEDIA, NEWS_SERVICE_WORDS, ON_TOPICS, PROGRAMMES, WEBSITES
from ..lexicon import (TOLD, OUTLET_NAME_LINKS as NAME_LINKS, MEDIA_WORDS, MEDIA_FIRST_WORDS,
                       INTERVIEWS, INTERVIEWED, OUTLET_REPORTED as REPORTED)

# US and Canadian broadcasters' call signs: WABC-TV, KTLA, CFRB; Australian stations' a state's
# digit and two letters: 2GB, 3AW, 6PR.
CALL_SIGN = re.compile(r"^(?:[KW][A-Z]{2,3}|C[FHIJK][A-Z]{2}|[2-8][A-Z]{2})(?:-(?:TV|FM|AM))?$")
# A broadcaster's channel with its number written on: "ITV1", "BBC2", "RTÉ2".
NUMBERED_CHANNEL = re.compile(r"^([A-ZÉ]{2,})([1-9])$")
# A station's frequency as written after its name: AM in kilohertz, FM in megahertz.
AM, FM = re.compile(r"^\d{3,4}$"), re.compile(r"^\d{2,3}\.\d$")
# The whole numbers of the FM band that stations take as their brand ("Hot 97", "Power 106").
FM_WHOLE = (88, 107)
# The recogniser's labels of a place or a people, which are told things as governments ("told Ottawa").
PLACES_AND_PEOPLES = {"GPE", "LOC", "NORP"}
# The recogniser's labels of a title of a work or a show: a programme told with no small word in its title.
WORKS = {"WORK_OF_ART", "EVENT"}
MULTIWORD_NAMES = [n for n in OUTLET_NAMES if " " in n]
# The listed names of more than one word (or hyphened words), by their first word: at a sentence's
# start a capital tells nothing, but a listed name written in full there is one ("Le Devoir reported").
LISTED_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {}
for _name in OUTLET_NAMES:
    _first = _name.replace("-", " ").split()[0]
    if _first != _name:
        LISTED_BY_FIRST_WORD[_first] = LISTED_BY_FIRST_WORD.get(_first, ()) + (_name,)
INITIALS_KEY = "saidwhen.outlet_initials"
# Per article, what each name's mentions show, read once: a long article names one outlet hundreds of times.
MENTIONS_KEY, TYPED_KEY = "saidwhen.outlet_mentions", "saidwhen.outlet_typed"
# Steps from an outlet's name up to the verb or noun that says it was spoken to.
MAX_STEPS = 6
CLIMB = {"poss", "compound", "conj", "appos", "nmod", "amod", "npadvmod", "flat"}
# How far after a name its description in apposition may name the outlet ("the Clarion, a
# family-owned Milltown weekly").
APPOSITION_REACH = 6
# The most words a programme's title in quotation marks may hold ("“Face the Nation”").
QUOTED_TITLE = 6


def outlet_of(tok: Token) -> str | None:
    """The outlet `tok` names as the one a quote was said to: its name, "" for an unnamed
    one ("told the newspaper"), None if it names none."""
    in_name = _name_words(tok.doc)  # read by index: a Token for the word before cost more than the answer
    if tok.i > 0 and in_name[tok.i - 1] and in_name[tok.i]:
        return None  # a name is looked at once, from its first word
    if _after_a_hyphen_in_name(tok):
        return None  # "told Ouest-France", "told Rolls-Royce": no "France" nor "Royce" told
    programme = programme_at(tok)
    if programme is not None:
        return programme.text
    quoted = _quoted_title_on(tok)
    if quoted is not None:
        return quoted.text
    name = _name_at(tok)
    if name is not None and (told := _told_before_its_clause(name)) is not None:
        return told.text  # "told the Sunday Times Mr Reed would ...": the Sunday Times
    if name is not None and _names_another(name):
        return None  # "US TV network Fox News": the outlet is the name after the noun
    if name is not None and _days_programme(name):
        return name.text  # "an interview filed for Sunday's Meet the Press"
    # (Of two tests that both must hold, the cheap one on the words after or in the name goes
    # first: `_is_outlet` and `_spoken_to` are asked of every name a channel is looked for at.)
    if name is not None and _programme_spoken_on(name) and _is_outlet(name):
        return name.text  # "Appearing on Radio-Canada's Tout le monde en parle", however parsed
    if name is not None and _fm_brand(name) and _spoken_to(_word_root(name)):
        return name.text  # "told Hot 97": a station by its name and its FM number
    if name is not None and (_spoken_to(_word_root(name)) or _article_read_as_verb(name)) \
            and (_is_outlet(name) or _called_an_outlet(name)
                                                       or _told_by_name_alone(name)
                                                       or _owns_a_programme(name)
                                                       or _titled_in_another_language(name)):
        outlet = _before_a_journalist(_outlet_part(name))
        if outlet.end == name.end and name.end < len(tok.doc) and _frequency(tok.doc[name.end]):
            return tok.doc[outlet.start:name.end + 1].text  # "Virgin 95.3"
        if outlet.start == name.start and name.start > 0 and _in_band(tok.doc[name.start - 1].text):
            return tok.doc[name.start - 1:outlet.end].text  # "680 CJOB", "680 News": a station by its frequency first
        return outlet.text
    if name is not None and name.end + 2 < len(tok.doc) and tok.doc[name.end].text in ("'s", "’s") \
            and programme_at(tok.doc[name.end + 1], owned=True) is not None:
        return name.text  # "said on Global's The West Block": the broadcaster's programme
    if name is not None and name.end + 2 < len(tok.doc) and tok.doc[name.end].text in ("'s", "’s") \
            and _quoted_title_on(tok.doc[name.end + 2], owner=name) is not None:
        return name.text  # "said on CBS's “Face the Nation”": the broadcaster's programme
    if name is not None and _hosted(name) and _spoken_to(name.root):
        return ""  # "told host Matt Galloway": an interview on a programme the text does not name
    if name is None and _a_broadcast_host(tok) and _told(tok):
        return ""  # "told the radio host, Joe Duffy,": an interview on a programme not named
    if name is None and (tok.lower_ in OUTLET_NOUNS or _news_service(tok)) and tok.pos_ == "NOUN" and _told(tok):
        # "told the newspaper"; but "told the club's website" names no outlet (a website is no
        # channel), unless the site is named: "told technology site Techwire" is that outlet's
        if tok.lower_ in WEBSITES:
            named = _site_name(tok)
            return named.text if named is not None else None
        titled = _titled_in_marks(tok)
        if titled is not None:
            return titled.text
        named = _name_in_apposition(tok)
        return named.text if named is not None else ""
    return None


def _news_service(noun: Token) -> bool:
    """"the wire service", "a news service" (news-service-words.txt): a news agency's noun."""
    return noun.lower_ in ("service", "services") and noun.i > 0 and noun.doc[noun.i - 1].lower_ in NEWS_SERVICE_WORDS


def _name_in_apposition(noun: Token) -> Span | None:
    """'told the Finnish newspaper Helsingin Sanomat': the parser may make the noun the one told
    and the name after it the noun's apposition; the name is the outlet, as it is where the noun
    is a word of the name's ("told the newspaper Le Monde"). Not the subject of a clause told
    with no "that" ("told the newspaper Reed would resign"), nor a day ("told the paper Monday").
    So too the name set off by a comma: "told the local paper, the Western Star"."""
    doc, at = noun.doc, noun.i + 1
    if at + 2 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ == "the":
        at += 2  # "told the local paper, the Western Star"
    if at >= len(doc) or doc[at].lower_ in MONTHS_AND_DAYS:
        return None
    name = _name_at(doc[at])
    if name is None:
        return None
    if name.root.dep_ == "appos" and name.root.head.i == noun.i:
        return name
    # "told the news agency PTI the plan was ...": the name right after the noun hung on the
    # verb of telling as an adverb
    if name.root.dep_ == "npadvmod" and name.start == noun.i + 1 and name.root.head.i == noun.head.i:
        return name
    return None


def _days_programme(name: Span) -> bool:
    """"told Ann Todd during an interview filed for Sunday's Meet the Press": a listed outlet
    after a day's possessive is that day's programme, spoken on as the day is ("for Sunday's");
    the parser may read the programme's first word as a verb ("Meet") and hang it elsewhere."""
    doc, at = name.doc, name.start
    if at < 2 or doc[at - 1].text not in ("'s", "’s") or doc[at - 2].lower_ not in MONTHS_AND_DAYS:
        return False
    return _is_outlet(name) and _spoken_to(doc[at - 2])


def _programme_spoken_on(outlet: Span) -> bool:
    """An outlet's programme, its title capitalised after the possessive, spoken on or told
    right after "on" or a verb of telling ("Appearing on Radio-Canada's Tout le monde en parle",
    "told CBC's As It Happens"), however the parser took a title of another language's words;
    not "insisted on CNN's ..." (on-topics.txt)."""
    doc = outlet.doc
    if outlet.start == 0 or outlet.end + 1 >= len(doc) or doc[outlet.end].text not in ("'s", "’s") \
            or not doc[outlet.end + 1].is_title:
        return False
    before = doc[outlet.start - 1]
    if before.lower_ in TOLD:
        return True
    return before.lower_ == "on" and before.head.lower_ in ON_AIR and before.head.lower_ not in ON_TOPICS


def _fm_brand(name: Span) -> bool:
    """A station by a word and a whole number of the FM band, as stations brand themselves
    ("Hot 97", "Power 106", "Kiss 100"); not an organisation's or a person's name with a number
    ("Local 100", org-name-words.txt)."""
    if len(name) != 2 or not name[1].is_digit or not name[0].is_alpha or not name[0].is_title:
        return False
    low = name[0].lower_
    return FM_WHOLE[0] <= int(name[1].text) <= FM_WHOLE[1] and low not in ORG_NAME_WORDS \
        and low not in MALE_NAMES and low not in FEMALE_NAMES and low not in TITLES


def _owns_a_programme(owner: Span) -> bool:
    """A name whose programme, by its title and a programme's noun, was told or spoken on is a
    broadcaster's ("told Triple J's Hack program"; programmes.txt): the programme is the
    broadcaster's, as "CTV's Question Period" is CTV's; not a person's ("Glenn Beck's radio
    program", a given name or a title first)."""
    doc, i = owner.doc, owner.end
    if i + 2 >= len(doc) or doc[i].text not in ("'s", "’s") or _opens_a_name(owner[0]) \
            or any(t.ent_type_ == "PERSON" for t in owner):
        return False
    if len(owner) == 1 and owner[0].lower_ in MONTHS_AND_DAYS:
        return False  # "Friday's Sunrise program": the day it aired, no owner
    i += 1
    while i < len(doc) and i - owner.end <= QUOTED_TITLE and doc[i].is_title:
        i += 1
    return owner.end + 1 < i < len(doc) and doc[i].lower_ in PROGRAMMES


def _word_root(name: Span) -> Token:
    """The root of a name as the parse links it: "told The Guardian newspaper" hangs the name's
    "The", like its last word, on the noun after it, and a span's root is then its first word,
    the determiner, through which no telling is reached; the name's own word is the root."""
    root = name.root
    glued = len(name) > 1 and _glued_call_sign(name[1]) and name[1].i == name.start + 1
    return name[1:].root if (root.dep_ == "det" or glued) and len(name) > 1 else root


def _quoted_title_on(tok: Token, owner: Span | None = None) -> Span | None:
    """A programme's title set in quotation marks, as American papers set it, spoken on: "said on
    “Face the Nation”", or on a broadcaster's (`owner`): "said on CBS's “Face the Nation”". The
    title opens at `tok`, right after the mark, with a capital, and ends at the closing mark
    within QUOTED_TITLE words, every one capitalised or a small word; "on" hangs on a verb or
    of saying or a noun of appearing (on-air.txt; not "insisted on", on-topics.txt, nor "remarks
    on": what the words were about), however the parser took the title's words."""
    doc = tok.doc
    if tok.i < 2 or not tok.is_title or not doc[tok.i - 1].is_quote:
        return None
    on = doc[tok.i - 2] if owner is None else (doc[owner.start - 1] if owner.start > 0 else None)
    if owner is not None and on is not None and on.lower_ in TOLD and _is_outlet(owner):
        pass  # "told CBS's “Face the Nation”": the broadcaster's programme told, however parsed
    elif owner is None and on.lower_ in TOLD and on.pos_ == "VERB":
        pass  # "told “Fox and Friends” on Monday": the programme told
    elif on is None or on.lower_ != "on" or on.head.lower_ in ON_TOPICS \
            or not (on.head.lower_ in ON_AIR or _interview_carried(on.head)):
        return None
    elif on.head.pos_ not in ("VERB", "AUX") and on.head.lower_ not in APPEARING and not _interview_carried(on.head):
        return None  # "remarks on “Building Back Better”": what the remarks were about
    return _title_in_marks(tok)


def _title_in_marks(tok: Token) -> Span | None:
    """The title that opens at `tok`, right after a quotation mark, and ends at the closing mark
    within QUOTED_TITLE words, every one capitalised or a small word ("Face the Nation")."""
    doc, end = tok.doc, tok.i
    while end < len(doc) and end - tok.i <= QUOTED_TITLE and not doc[end].is_quote:
        if doc[end].text in (".", ",") and end + 1 < len(doc) and doc[end + 1].is_quote:
            return doc[tok.i:end] if end > tok.i else None  # "said on “Face the Nation.”"
        if not (doc[end].is_title or doc[end].is_stop or doc[end].text == "&"):
            return None
        end += 1
    if end >= len(doc) or not doc[end].is_quote or end == tok.i:
        return None
    return doc[tok.i:end]


def _titled_in_marks(noun: Token) -> Span | None:
    """"told the television program ''Road Patrol''", "told the show “Night Desk”": an outlet's
    noun told, its title set in quotation marks right after it."""
    doc, first = noun.doc, noun.i + 2
    if first >= len(doc) or not doc[noun.i + 1].is_quote or not doc[first].is_title:
        return None
    return _title_in_marks(doc[first])


def _site_name(site: Token) -> Span | None:
    """The proper name right after a website's noun ("technology site ZDNet", "the website
    Techwire"), written as a name however it is cased; None where none follows."""
    doc, end = site.doc, site.i + 1
    while end < len(doc) and doc[end].tag_ in ("NNP", "NNPS") and doc[end].text[:1].isupper():
        end += 1
    return doc[site.i + 1:end] if end > site.i + 1 else None


def outlet_named(tokens: list[Token], bare: bool = False) -> str | None:
    """The name of the first news outlet among `tokens`, told or not ("CNN" in "Wednesday's
    broadcast of CNN's New Day"); `bare`: without a "The" that opens its sentence, a capital
    that says nothing of the name ("The Halifax Chronicle obtained ...": Halifax Chronicle)."""
    for tok in tokens:
        if tok.i > 0 and _in_name(tok.doc[tok.i - 1]):
            continue  # a name is looked at once, from its first word
        name = _name_at(tok)
        if name is not None and _is_outlet(name):
            if bare and len(name) > 1 and name[0].text == "The" and name[0].is_sent_start:
                name = name[1:]
            return name.text
    return None


def reporting_outlet(verb: Token) -> str | None:
    """The outlet that a verb of an outlet's reporting (outlet-reported.txt) cites, where its
    subject is a name right before it and the verb reports a clause, not a thing: "...,
    the Financial Times Deutschland reported.", "Le Devoir reported that ..."; not "Apple
    reported a loss" (a firm's results), nor a name the article gives a person elsewhere."""
    doc = verb.doc
    if verb.lower_ not in REPORTED or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != verb.i - 1 or subject.pos_ != "PROPN":
        return None
    start = subject.i
    while start > 0 and _in_name(doc[start - 1]):
        start -= 1
    name = _name_at(doc[start])
    if name is None or name.end != verb.i:
        return None
    if _is_outlet(name):
        return name.text
    words = name[1:] if name[0].text == "The" else name
    if not all(t.pos_ == "PROPN" for t in words) or any(_of_a_person(m) for m in _mentions(doc, words.text)):
        return None
    return name.text


def programme_at(tok: Token, owned: bool = False) -> Span | None:
    """A programme named by its title alone, starting at `tok`, as the one told or spoken on:
    "told As It Happens", "said on The Current", "an interview with The National's Rosemary
    Barton". A title is told from a person's name by its small words ("The" in capitals in
    mid-sentence, "As It", "&"), which no one's name holds; one after a broadcaster's
    possessive ("Global's The West Block") is `owned` and named by the broadcaster."""
    doc = tok.doc
    if not tok.is_title or tok.is_sent_start or tok.i == 0:
        return None
    before = doc[tok.i - 1]
    if before.is_title or before.text == "&" or (before.text in ("'s", "’s")) != owned:
        return None  # a title is looked at once, from its first word
    end = tok.i + 1
    while end < len(doc) and ((doc[end].is_title and doc[end].is_alpha) or doc[end].text == "&"):
        end += 1
    title = doc[tok.i:end]
    if len(title) < 2 or title[-1].lower_ in ORG_NOUNS:
        return None  # "told The Salvation Army": an organisation
    # The cheap tests on the title's own words and on how it is told go first: each of the
    # tests up to the recogniser only rules a title out, so their order gives the same answer.
    # A given name after a capital "The" in mid-sentence is its host's ("said on The Joe Rogan
    # Experience"): no one's own name opens with "The".
    hosted = tok.text == "The" and title[-1].lower_ not in ORG_NAME_WORDS  # not "The Mary Rose Trust"
    if any((t.lower_ in TITLES and doc[t.i - 1].text != "&") or (t.lower_ in MALE_NAMES or t.lower_ in FEMALE_NAMES)
           and not hosted or t.lower_ in MONTHS_AND_DAYS for t in title):
        # "told The Prime Minister", "told Will Reed", "On Monday"; a title's word joined by
        # "&" is a common noun, no one's title: "told Crime & Justice"
        return None
    # The parser often makes no object of such a title ("told As It Happens" read as a clause).
    told = before.lower_ in TOLD or owned
    if not (told or _spoken_to(title.root)):
        return None
    if _headline_case(tok.sent):
        return None  # "Reed Tells #Rebel Voters They Need To Change Course": every word capitalised
    name = _name_at(title[1] if tok.text == "The" else tok)
    if name is not None and _is_outlet(name):
        return None  # "The Globe and Mail": an outlet by its name, read from its own first word
    sentence = tok.sent
    found = recognise(doc, [(sentence.start, sentence.end)])
    if not any(t.is_stop for t in title):
        # "told Metro Morning", "said on Power Play": a title with no small word is one only as
        # the recogniser types it, a work or an event; "told Johnson & Johnson" is a company's name
        works = any(r.start == title.start and r.end == title.end and r.label in WORKS for r in found)
        return title if works or _appeared_on(title, found) or _nouns_joined(title) else None
    # A people's word in the singular after "The" in capitals is a paper's title ("told The
    # Hindu"): a people is told in the plural ("told the Americans"), a place stays a place.
    paper = tok.text == "The" and len(title) == 2 and title[1].tag_ == "NNP"
    placed = any(r.start <= tok.i + 1 < r.end and r.label in PLACES_AND_PEOPLES
                 and not (paper and r.label == "NORP") for r in found)
    return None if placed else title  # "told The Hague": a government


def _headline_case(sentence: Span) -> bool:
    """A sentence set in title case, as headlines are, where capitals mark no title: every word
    of four letters or more is capitalised, with at least four such words."""
    long = [t for t in sentence if t.is_alpha and len(t) >= 4]
    return len(long) >= 4 and all(t.text[:1].isupper() for t in long)


def _nouns_joined(title: Span) -> bool:
    """"told Power & Politics", "said on Money & Markets": two common nouns joined by "&" make a
    programme's title, where a firm joins its founders' names ("Johnson & Johnson", "Procter &
    Gamble", "Marks & Spencer"). A word is a common noun as the tagger reads it written in lower
    case, and no given name; a title that describes a noun after it ("Parks & Recreation staff")
    is none, and neither is a department named by two fields it runs ("Parks & Recreation")."""
    doc = title.doc
    if len(title) != 3 or title[1].text != "&" or (title.end < len(doc) and doc[title.end].pos_ == "NOUN"):
        return False
    words = (title[0].lower_, title[2].lower_)
    if any(w in MALE_NAMES or w in FEMALE_NAMES for w in words):
        return False
    if all(w in DEPARTMENT_FIELDS for w in words):
        return False  # "told Parks & Recreation": a city's department
    # The tagger reads some pairs as a name by their "&" alone ("crime & justice"): each
    # reading, with "&" and with "and", may show them common nouns.
    return any(_common_nouns(_lower_case_tags(f" {link} ".join(words))) for link in ("&", "and"))


def _common_nouns(tags: tuple[str, ...]) -> bool:
    return len(tags) == 3 and tags[0] in COMMON_NOUNS and tags[2] in COMMON_NOUNS


# Bounded: its keys are titles from the articles read, so a long run would otherwise keep one
# entry per distinct "X & Y" title it ever met.
@functools.lru_cache(maxsize=4096)
def _lower_case_tags(words: str) -> tuple[str, ...]:
    """The tags of `words` told, written in lower case: "NN CC NNS" for "power & politics"."""
    doc = parse(f"She told {words}.")
    return tuple(t.tag_ for t in doc[2:-1])


def _appeared_on(title: Span, found: list[Recognised]) -> bool:
    """"during an appearance on Power Play", "appeared on Question Period": what someone appears
    on, named by a title the recogniser types as nothing else, is a programme (not "appeared on
    Parliament Hill", a place, nor "on Ann Reed's show", a person's)."""
    root = title.root
    if not (root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.lower_ in APPEARING):
        return False
    return not any(r.start < title.end and title.start < r.end and r.label not in WORKS for r in found)


def _hosted(name: Span) -> bool:
    """A name after the word for who hosts a programme: "host Matt Galloway", "anchor Lise Park"."""
    return name.start > 0 and name.doc[name.start - 1].lower_ in HOSTS


def _a_broadcast_host(noun: Token) -> bool:
    """A host's noun told with a word of a broadcast medium before it ("the radio host",
    "talkback host", "the TV presenter"), whose name may follow set off by commas: not a host
    alone ("told his hosts" at a dinner, "the host nation")."""
    if noun.lower_ not in HOSTS or noun.pos_ != "NOUN":
        return False
    return any(t.lower_ in HOST_MEDIA for t in noun.doc[noun.left_edge.i:noun.i])


def names_outlet(tokens: list[Token]) -> bool:
    """Whether `tokens` (a subject, say) name a news outlet: "The Globe and Mail", "the newspaper"."""
    for tok in tokens:
        if tok.lower_ in OUTLET_NOUNS and tok.pos_ == "NOUN":
            return True
        name = _name_at(tok) if not (tok.i > 0 and _in_name(tok.doc[tok.i - 1])) else None
        if name is not None and _is_outlet(name):
            return True
    return False


def _name_at(tok: Token) -> Span | None:
    """The capitalised name that starts at `tok` ("The Globe and Mail", "BBC Radio 4")."""
    if not _in_name(tok) or tok.lower_ in NAME_LINKS:
        return None
    doc, end = tok.doc, tok.i + 1
    in_name, lower = _name_words(doc), columns(doc).lower  # the words after it read by index
    # A day or a month after the name is when it was told, no word of it: "told CNN Monday",
    # "told the Milltown Herald Friday" ("the Sunday Times" opens with its day).
    while end < len(doc) and (in_name[end] or _links_names(doc, end)) and lower[end] not in MONTHS_AND_DAYS:
        end += 1
    start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text == "The" else tok.i
    if _glued_call_sign(tok):
        start = tok.i - 1  # "told 2GB": the tokenizer splits a state's digit off as off a unit ("2 GB")
    return doc[start:end]


def _glued_call_sign(tok: Token) -> bool:
    """Letters written on to the digit before them that together make an Australian station's
    call sign ("2GB", "4BC"), which the tokenizer splits as it splits a number from its unit."""
    if tok.i == 0:
        return False
    digit = tok.doc[tok.i - 1]
    return digit.is_digit and not digit.whitespace_ and CALL_SIGN.match(digit.text + tok.text) is not None


def _told_before_its_clause(name: Span) -> Span | None:
    """The outlet told, where its capitalised words run on into the subject of the clause it
    was told, with no "that" between: "told the Sunday Times Mr Reed would front the campaign",
    "told the BBC Tom Reed has always backed it" (where the parser makes the outlet a word of
    the subject's name). The outlet is the words before the subject's name; None where they
    are no outlet ("told the Red Cross Ana Silva would come") or no clause was told."""
    subject = name[-1]
    clause = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.lower_ not in TOLD:
        return None
    for k in range(1, len(name)):
        before, rest = name[:k], name[k:]
        if not _opens_a_name(rest[0]):
            continue  # the subject's name begins with a given name or a title: "Tom", "Mr"
        if not all(t.i == subject.i or t.head.i in (subject.i, *(r.i for r in rest)) for t in rest):
            return None  # the words after the outlet are not all the subject's name
        return before if _is_outlet(before) or _called_an_outlet(before) else None
    return None


def _opens_a_name(tok: Token) -> bool:
    """A word that opens a person's name: a given name or a title ("Tom", "Mr", "Senator")."""
    low = tok.lower_.rstrip(".")
    return low in MALE_NAMES or low in FEMALE_NAMES or low in TITLES


def _names_another(name: Span) -> bool:
    """A name that only describes the outlet named after it: "US TV network Fox News",
    "French radio station RTL"; not an outlet's before its programme's title, which it owns:
    "the BBC World Service programme Go Digital" (programmes.txt)."""
    doc, end = name.doc, name.end
    if not (end + 1 < len(doc) and doc[end].lower_ in OUTLET_NOUNS and _in_name(doc[end + 1])):
        return False
    return not (doc[end].lower_ in PROGRAMMES and _is_outlet(name))


def _named_before_of(name: Span) -> bool:
    """"The News of the World", "the Times of India": an outlet's word before "of"."""
    words = [t.text for t in name]
    return "of" in words and words.index("of") > 0 and words[words.index("of") - 1] in OUTLET_LAST_WORDS


def _outlet_part(name: Span) -> Span:
    """"Bill Grant of Fox News" was told as one of Fox News; "Times of India" is one name."""
    for tok in name:
        if tok.lower_ == "of" and _is_outlet(name.doc[tok.i + 1:name.end]):
            return name.doc[tok.i + 1:name.end]
    return name


def _before_a_journalist(name: Span) -> Span:
    """"NBC News Senior Investigative Correspondent Cynthia McFadden" was told as one of NBC
    News: the outlet's name ends with its last word before the words of its journalist's post."""
    post = next((t.i for t in name[1:] if t.lower_ in NEWSROOM_NOUNS or t.lower_ in HOSTS), None)
    if post is None:
        return name
    ends = [t.i for t in name.doc[name.start:post] if t.text in OUTLET_LAST_WORDS or t.text in OUTLET_NAMES]
    return name.doc[name.start:(ends[-1] + 1 if ends else post)]


def _in_name(tok: Token) -> bool:
    return _name_words(tok.doc)[tok.i]


# Where each article's answer to `_in_name`, for every word, is kept with its doc: the name
# rules ask it of the same words again and again (a name's words from each of them, the
# article's initials, each capitalised word a channel is looked for at), and a spaCy Token
# made for each ask cost more than the answer.
NAME_WORDS_KEY = "saidwhen.outlet_name_words"
_FLAGS = ("IS_DIGIT", "LIKE_NUM", "IS_TITLE", "IS_UPPER", "IS_ALPHA")


def _name_words(doc) -> list[bool]:
    """Whether each word of `doc` may be a word of an outlet's name (`_name_word`), read once."""
    found = doc.user_data.get(NAME_WORDS_KEY)
    if found is None:
        found = doc.user_data[NAME_WORDS_KEY] = [False] * len(doc)
        if not len(doc):
            return found
        flags = doc.to_array(list(_FLAGS))
        t = columns(doc)
        words = _Words(t, *flags.T.tolist(), doc=doc)
        # Only a word in capitals, of capitals or of digits, a sentence's first, a listed name or
        # another language's article may be one (each other test of `_name_word` asks one of these first).
        may = flags[:, _FLAGS.index("IS_TITLE")] | flags[:, _FLAGS.index("IS_UPPER")] \
            | flags[:, _FLAGS.index("IS_DIGIT")]
        for i in sorted({*numpy.flatnonzero(may).tolist(), *(i for i, s in enumerate(t.sent_start) if s),
                         *(i for i, word in enumerate(t.text)
                              if word in OUTLET_NAMES or word in OUTLET_ARTICLES or word[:1].isdigit())}):
            found[i] = _name_word(words, i)
    return found


@dataclass(frozen=True, slots=True)
class _Words:
    """What `_name_word` reads of an article's words: the columns and the lexical flags."""

    columns: Columns
    is_digit: list[int]
    like_num: list[int]
    is_title: list[int]
    is_upper: list[int]
    is_alpha: list[int]
    doc: object


def _name_word(w: _Words, i: int) -> bool:
    # (A list's index -1, as a Doc's, is the last word: the rules are read as they were on Tokens.)
    text = w.columns.text[i]
    if text in OUTLET_NAMES or numbered_channel(text):
        return True
    if text[:1].isdigit() and CALL_SIGN.match(text):
        return True  # "told 4BC", however tagged: a state's digit and two letters
    last = len(w.columns.text) - 1
    if text in OUTLET_ARTICLES and not w.columns.sent_start[i] and i < last and w.is_title[i + 1]:
        return True  # "told Die Zeit", the article tagged a verb
    if w.is_digit[i] or (w.like_num[i] and w.is_title[i]):  # "BBC Radio 4", "Channel Five", "BBC One"
        if w.is_title[i] and i < last and w.columns.text[i + 1] in OUTLET_LAST_WORDS:
            return True  # "the Nine Network", "Ten News": a broadcaster named by its number first
        return i > 0 and bool(w.is_title[i - 1] or w.is_upper[i - 1] and w.is_alpha[i - 1])
    if w.columns.sent_start[i]:
        return _opens_a_listed_name(w.doc, i)
    if w.columns.pos[i] not in ("PROPN", "NOUN", "ADJ"):
        # "BBC Radio 5 Live": a capitalised word after a name's number goes on with it, however tagged
        return len(text) > 1 and bool(w.is_title[i]) and bool(w.is_alpha[i]) and bool(w.is_digit[i - 1]) \
            and _name_word(w, i - 1)
    # a word of capitals, or a call sign with a state's digit ("told 2GB")
    return bool(w.is_title[i] or w.is_upper[i]) and bool(w.is_alpha[i] or CALL_SIGN.match(text) is not None)


def numbered_channel(word: str) -> bool:
    """A listed broadcaster's channel by its number written on to its name ("ITV1", "BBC2",
    "RTÉ2"), as "BBC One" is written apart."""
    match = NUMBERED_CHANNEL.match(word)
    return match is not None and match.group(1) in OUTLET_NAMES


def _opens_a_listed_name(doc, i: int) -> bool:
    """'Le Devoir reported ...', 'Radio-Canada reported ...': a sentence's first word is a name's
    only where a listed outlet's name (outlet-names.txt) is written in full from it."""
    t = columns(doc)
    names = LISTED_BY_FIRST_WORD.get(t.text[i])
    if not names:
        return False
    text, idx = text_of(doc), t.idx[i]
    for name in names:
        end = idx + len(name)
        if text.startswith(name, idx) and (end >= len(text) or not text[end].isalnum()):
            return True
    return False


def _after_a_hyphen_in_name(tok: Token) -> bool:
    """A word written on to a capitalised word by a hyphen ("France" of "Ouest-France"): part
    of that name, looked at from its first word."""
    doc = tok.doc
    return tok.i > 1 and doc[tok.i - 1].text == "-" and _links_names(doc, tok.i - 1) and doc[tok.i - 2].is_title


def _links_names(doc, i: int) -> bool:
    """"and" or "of" inside a name: "The Globe and Mail", "Times of India"; a hyphen between
    two of its words: "Radio-Canada", "the Milltown Herald-Tribune"."""
    # Read from the columns first: asked of the word after each name; a Token only past these tests.
    t, in_name = columns(doc), _name_words(doc)
    if t.lower[i] == "of" and i + 2 < len(doc) and t.lower[i + 1] == "the" and in_name[i + 2]:
        return True  # "The News of the World"
    if i + 1 >= len(doc) or not in_name[i + 1]:
        return False
    if doc[i].text == "-":
        return not doc[i - 1].whitespace_ and not doc[i].whitespace_
    if doc[i].lower_ == "the" and doc[i].head.dep_ in ("nsubj", "nsubjpass") and doc[i].head.head.dep_ == "ccomp":
        return False  # "tells the BBC the Sandinistas will not ...": the clause's subject begins
    return doc[i].lower_ in NAME_LINKS and doc[i].text != "The"


def _is_outlet(name: Span) -> bool:
    if _typed_as_outlet(name):
        return True
    words = [t.text for t in name]
    if any(w in OUTLET_NAMES or numbered_channel(w) or (CALL_SIGN.match(w) and not _spelled_out_before(name))
           for w in words):
        return True
    if len(name) >= 2 and _glued_call_sign(name[1]):
        return True  # "2GB", split by the tokenizer
    if any(len(w) > 3 and w.isupper() and w.title() in OUTLET_NAMES for w in words):
        return True  # a name set in capitals, as papers write their own: "USA TODAY"
    if len(words) == 1 and words[0].isupper() and words[0] in _outlet_initials(name.doc):
        return True  # "told the FT" where the article wrote "the Financial Times"
    text = name.text  # a Span joins its words anew on each access
    if text in OUTLET_NAMES or _possessive_in_name(name) or _named_before_of(name) \
            or any(n in text for n in MULTIWORD_NAMES):
        return True  # "Radio-Canada", "Maclean's"
    # A last word alone ("Times") is an outlet only as "the Times"; "Times Square" is no outlet.
    before = name.doc[name.start - 1].lower_ if name.start > 0 else ""
    if before in OUTLET_NOUNS and name.doc[name.start - 1].head.i < name.end:
        # "radio station RTL", "the newspaper Le Monde": named as an outlet; not "the weekly
        # Executive Council meeting", where the word qualifies the noun after the name
        return True
    if words[0] == "The" and len(words) == 2:
        before, words = "the", words[1:]  # "The Hill", "The Star"
    if len(words) == 1:
        if name.start > 0 and name.doc[name.start - 1].like_num:
            return words[0] in OUTLET_LAST_WORDS  # a station by its frequency: "680 News"
        after = name.doc[name.end] if name.end < len(name.doc) else None
        if after is not None and _frequency(after) and words[0].lower() not in ORG_NAME_WORDS:
            return True  # "Virgin 95.3": a station by its name and frequency
        return before == "the" and words[0] in LONE_OUTLET_WORDS and not _modifies_a_noun(after)
    if len(words) == 2 and _frequency(name[-1]) and words[0].lower() not in ORG_NAME_WORDS:
        return True  # "Newstalk 770", "CFRB 1010": a station by its name and frequency
    last = next(w for w in reversed(words) if not w.isdigit())  # "BBC Radio 4"
    if last in MEDIA_WORDS and all(t.pos_ == "ADJ" for t in name if t.text != last):
        return False  # "German TV", "national radio": a medium, no outlet's name
    return last in OUTLET_LAST_WORDS or last.title() in OUTLET_LAST_WORDS


def _modifies_a_noun(after: Token | None) -> bool:
    """A word before a common noun that is no outlet's part or kind modifies it: "told the Hindu
    community", not "the Hindu newspaper", "a Nation reporter" nor "in the Post interview" (the
    interview is the outlet's)."""
    return after is not None and after.pos_ == "NOUN" and after.lower_ not in OUTLET_NOUNS \
        and after.lower_ not in NEWSROOM_NOUNS and after.lower_ not in INTERVIEWS


def _frequency(tok: Token) -> bool:
    """A radio frequency written after a station's name: a number of the AM band (530 to 1710)
    or of the FM band with its decimal (87.5 to 108.0), "Newstalk 770", "Virgin 95.3"; not a
    union local's or a model's number ("Local 444", "Apollo 11", "Boeing 737 pilots")."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "NOUN":
        return False  # "told Boeing 737 pilots": the number is of the noun's
    return _in_band(tok.text)


def _in_band(number: str) -> bool:
    """A number of the AM band (530 to 1710) or of the FM band with its decimal (87.5 to 108.0)."""
    if FM.match(number):
        return 87.5 <= float(number) <= 108.0
    return AM.match(number) is not None and 530 <= int(number) <= 1710


def _outlet_initials(doc) -> frozenset[str]:
    """The initials of the outlets the article names by a known name or last word ("FT" for the
    Financial Times), read once per article."""
    if INITIALS_KEY not in doc.user_data:
        # Read from the columns: this walks every word of the article
        named, text = _name_words(doc), columns(doc).text
        found, i = set(), 0
        while i < len(doc):
            if not named[i] or text[i].isupper():
                i += 1
                continue
            end = i + 1
            while end < len(doc) and named[end] and not text[end].isupper():
                end += 1
            words = text[i:end]
            if len(words) > 1 and (words[-1] in OUTLET_LAST_WORDS or " ".join(words) in OUTLET_NAMES):
                found.add("".join(w[0] for w in words))
            i = end
        doc.user_data[INITIALS_KEY] = frozenset(found)
    return doc.user_data[INITIALS_KEY]


def _spelled_out_before(name: Span) -> bool:
    """An acronym in brackets after the words it stands for, which no call sign is: "the World
    Travel and Tourism Council (WTTC)"."""
    doc = name.doc
    if len(name) != 1 or name.start < 2 or doc[name.start - 1].text != "(":
        return False
    initials, i = "", name.start - 2
    while i >= 0 and (doc[i].is_title or doc[i].lower_ in NAME_LINKS) and len(initials) < len(name.text):
        if doc[i].is_title:
            initials = doc[i].text[0] + initials
        i -= 1
    return initials == name.text


def _typed_as_outlet(name: Span) -> bool:
    """An outlet by what the text makes of it, not by its name: "the Milltown Clarion
    newspaper", "the Clarion, a Milltown weekly", "Radio Milltown", and the one an interview
    is given to, "an interview with the Milltown Clarion" (not a title: "the Prime Minister",
    nor another organisation: "the White House")."""
    doc, root = name.doc, name.root
    words = [t for t in name if t.text != "The"]
    if _outlet_noun_after(name) and all(t.pos_ == "PROPN" for t in words):
        return True
    if any(c.dep_ == "appos" and c.lower_ in OUTLET_NOUNS for c in root.children):
        return True
    if len(words) > 1 and words[0].text in MEDIA_FIRST_WORDS:
        return True
    if len(words) == 2 and words[0].text == "Channel" and words[1].like_num:
        return True  # a broadcaster by its number: "Channel Five", "Channel 4"; not "the Channel Tunnel"
    the = name.start > 0 and doc[name.start - 1].lower_ == "the" or name[0].text == "The" \
        or _titled_in_another_language(name)
    interviewed = root.dep_ == "pobj" and root.head.lower_ == "with" \
        and (root.head.head.lower_ in INTERVIEWS or _sat_down(root.head.head) and _an_organisation_sat_down_with(name))
    return the and interviewed and len(words) > 1 and \
        not any(t.lower_ in TITLES or t.lower_ in ORG_NAME_WORDS for t in words)


def _sat_down(verb: Token) -> bool:
    """'sat down with the Stavanger Tidende': the verb and its particle make the noun of an
    interview (sitting-down.txt), as "in a sit-down with" does."""
    return verb.lower_ in SITTING_DOWN and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _an_organisation_sat_down_with(name: Span) -> bool:
    """A name sat down with is as often a side of a talk: it must be what the recogniser calls
    an organisation, and not a plural name (a team, a band, a union: "the New York Yankees",
    "the Teamsters")."""
    if name[-1].text.endswith("s"):
        return False
    sentence = name[0].sent
    found = recognise(name.doc, [(sentence.start, sentence.end)])
    return any(r.label == "ORG" and r.start <= name.start and name.end <= r.end for r in found)


def _possessive_in_name(name: Span) -> bool:
    """An outlet whose name ends in a possessive: "Maclean's"."""
    doc, end = name.doc, name.end
    return end < len(doc) and doc[end].text in ("'s", "’s") and name.text + "'s" in OUTLET_NAMES


def _called_an_outlet(name: Span) -> bool:
    """Whether the article calls what `name` names a news outlet where it writes it again:
    "the Clarion newspaper", "the Swedish daily Kvällsposten", "the Clarion, a Milltown
    weekly", "a Clarion reporter", "the Clarion reported". An organisation someone told is an
    interview with an outlet only as the article types it, never by a list of names: the Red
    Cross is told things too.

    Read from the words around each mention, not the parse: the article's narrative
    sentences hold no parse (saidwhen.parsing.selection)."""
    words = [t for t in name if t.text != "The"]
    if not words or any(t.pos_ != "PROPN" and t.text != "-" and not (t.is_digit and t.i > words[0].i)
                        for t in words):
        # "French radio station RTL", "a TV interviewer": no name ("France 2" is one, by its number)
        return False
    if any(t.lower_ in TITLES or t.lower_ in ORG_NAME_WORDS or t.tag_ == "NNPS" for t in words):
        return False  # a title, an organisation by its own words, a people or a team
    doc = name.doc
    key = text_of(doc)[words[0].idx:words[-1].idx + len(words[-1].text)]
    typed = doc.user_data.setdefault(TYPED_KEY, {})
    if key not in typed:
        typed[key] = _typed_somewhere(_mentions(doc, key))
    return typed[key]


def _typed_somewhere(mentions: list[Span]) -> bool:
    """Whether the words around the mentions of one name make it an outlet, and none a person's."""
    if any(_of_a_person(span) for span in mentions):
        return False  # "Reed" after "Tom Reed reported"
    return any(_typed_here(span) for span in mentions)


def _told_by_name_alone(name: Span) -> bool:
    """"told Kvällsposten", "told Forbes": the one told is a name of one word, with no "the",
    that is no person's and no place's. People in news are named in full before a surname
    stands alone ("Tom Reed ... told Reed"), they speak ("Reed said"), or carry a title; a
    place or a people (the recogniser's GPE, LOC, NORP: "told Ottawa") is a government. An
    acronym ("told AIPAC") and a name of more words ("told Ana Silva") are left to `_is_outlet`
    and `_called_an_outlet`: most often another organisation, or a person."""
    if len(name) != 1 or name.root.dep_ not in ("dobj", "dative") or name.root.head.lower_ not in TOLD:
        return False
    tok = name.root
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return False  # "told the Red Cross": left to what the article calls it
    if tok.is_upper or tok.pos_ != "PROPN" or tok.tag_ == "NNPS" or tok.lower_ in TITLES or \
            tok.lower_ in ORG_NAME_WORDS or tok.lower_ in MONTHS_AND_DAYS or tok.lower_ in DEMONYMS:
        return False
    if tok.lower_ in MALE_NAMES or tok.lower_ in FEMALE_NAMES:
        return False  # a given name: "told Ana"
    if any(_in_longer_name(span) or _speaks(span) for span in _mentions(tok.doc, tok.text)):
        return False
    sentence = tok.sent
    found = recognise(tok.doc, [(sentence.start, sentence.end)])
    return not any(r.start <= tok.i < r.end and r.label in PLACES_AND_PEOPLES for r in found)


def _article_read_as_verb(name: Span) -> bool:
    """'told Die Zeit': the parser may read another language's article that opens a title as a
    verb under the verb of telling ("die"), the title its object; the title is still told."""
    first = name[0]
    return first.text in OUTLET_ARTICLES and first.pos_ in ("VERB", "AUX") and first.head.lower_ in TOLD \
        and first.dep_ in ("xcomp", "ccomp", "conj", "dobj")


def _titled_in_another_language(name: Span) -> bool:
    """'told Le Soir', 'in an interview with Der Abendblatt': a name of more words opened by a
    definite article of another language (outlet-articles.txt) is a paper's or a station's
    title, as "The" opens one in English. Not a person's name with a particle: no given name or
    title may open it, and none of its mentions may follow one, be part of a longer name
    ("Marine Le Pen") or say something ("Le Pen said"); people in news are named in full before
    a surname stands alone. Not a place (the recogniser's "told La Paz"). The recogniser's other
    labels decide nothing here: it calls "Der Abendblatt" a person and "Le Pen" a building."""
    if len(name) < 2 or name[0].text not in OUTLET_ARTICLES or name.start == name[0].sent.start:
        return False
    if any(t.lower_ in TITLES or t.lower_ in MALE_NAMES or t.lower_ in FEMALE_NAMES for t in name):
        return False
    if any(_of_a_person(span) or _speaks(span) or _in_longer_name(span) for span in _mentions(name.doc, name.text)):
        return False
    sentence = name[0].sent
    found = recognise(name.doc, [(sentence.start, sentence.end)])
    return not any(r.start < name.end and name.start < r.end and r.label in PLACES_AND_PEOPLES for r in found)


def _mentions(doc, key: str) -> list[Span]:
    """Every place the article writes `key` as whole tokens, found once per article."""
    found = doc.user_data.setdefault(MENTIONS_KEY, {})
    if key not in found:
        found[key] = _find_mentions(doc, key)
    return found[key]


def _find_mentions(doc, key: str) -> list[Span]:
    text = text_of(doc)
    found, at = [], text.find(key)
    while at != -1:
        span = doc.char_span(at, at + len(key))
        if span is not None:
            found.append(span)
        at = text.find(key, at + 1)
    return found


def _in_longer_name(span: Span) -> bool:
    """A word of a longer name ("Tom Reed"), or one after a title ("Ms. Reed", "Mayor Reed")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # By the words' case, not their tags: the narrative sentences hold no parse.
    if before is not None and (before.lower_ in TITLES or _capitalised(before)):
        return True
    if before is not None and before.is_quote and span.start > 1 and _capitalised(doc[span.start - 2]):
        return True  # after a nickname: George "Jay" Keyworth
    return after is not None and _capitalised(after)


def _capitalised(tok: Token) -> bool:
    """A capitalised word of a name, "Corp." and "O'Neill" too; not "The" nor a number."""
    word = tok.text.rstrip(".").replace("'", "").replace("-", "")
    return tok.text[:1].isupper() and word.isalpha() and not tok.is_stop


def _speaks(span: Span) -> bool:
    """A name that says or does something elsewhere ("Reed said", "Reed rushed to meet her",
    where the sentence is parsed): a person, not the outlet told; an outlet reports."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.lower_ in SPEECH_FORMS or (after.tag_ in ("VBD", "VBZ") and after.lower_ not in REPORTED
                                            and span.root.dep_ in ("nsubj", "nsubjpass"))


def _of_a_person(span: Span) -> bool:
    """A name written after a given name or a title somewhere: a person's ("Tom Reed", "Ms. Reed")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.lower_ in MALE_NAMES or before.lower_ in FEMALE_NAMES or before.lower_ in TITLES


def _typed_here(span: Span) -> bool:
    """Whether the words right around one mention of a name make it an outlet."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].text in ("'s", "’s"):
        end += 1  # "the Clarion's editorial board"
    after = doc[end].lower_ if end < len(doc) else ""
    if after in NEWSROOM_NOUNS or after in REPORTED or _outlet_noun_after(span):
        return True
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    if start > 0 and doc[start - 1].lower_ in OUTLET_NOUNS:
        return True  # "according to the Clarion" is not: agencies and people are cited so too
    return _apposed_outlet(doc, end)


def _apposed_outlet(doc, end: int) -> bool:
    """", a Milltown weekly" right after a name: a description in apposition that calls it one."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    for tok in doc[end + 2:min(len(doc), end + 2 + APPOSITION_REACH)]:
        if tok.is_punct and tok.text != "-":  # "a family-owned weekly"
            return False
        if tok.lower_ in OUTLET_NOUNS and tok.pos_ == "NOUN":
            return True
    return False


def _outlet_noun_after(name: Span) -> bool:
    """'the Milltown Clarion newspaper', 'Novastream web radio' (a word of its kind between,
    outlet-noun-kinds.txt); not 'French radio station RTL', whose noun goes on."""
    doc, end = name.doc, name.end
    if end + 1 < len(doc) and doc[end].lower_ in OUTLET_NOUN_KINDS and doc[end].text.islower():
        if name.start > 0 and doc[name.start - 1].lower_ in INDEFINITE_DETERMINERS:
            return False  # "a Milltown web radio": an unnamed one of a place's
        end += 1
    if end >= len(doc) or doc[end].lower_ not in OUTLET_NOUNS or doc[end].pos_ != "NOUN":
        return False
    return end + 1 >= len(doc) or not (doc[end + 1].lower_ in OUTLET_NOUNS or _in_name(doc[end + 1]))


def _spoken_to(tok: Token) -> bool:
    """Whether the text says the speaker spoke to or on what `tok` heads."""
    # Whether the climb went through "of" or "from" ("the subject of Israel"), and whether it
    # reached a thing of the outlet's ("AP's requests"), not one of its people ("CBS News' Charlie
    # Rose") nor one of its programmes ("on the BBC's Today programme").
    through_of = thing = False
    for _ in range(MAX_STEPS):
        if tok.dep_ in ("dobj", "dative") and tok.head.lower_ in TOLD:
            return True
        if tok.dep_ == "npadvmod" and tok.head.lower_ in TOLD and tok.i == tok.head.i + 1 \
                and tok.lower_ not in MONTHS_AND_DAYS:
            return True  # "told Today" parsed as a time, as "told today" would be
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and _a_question_answered(tok.head.head):
            return True  # "in answer to a question from a Xinhua reporter": the outlet's interview
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "told Bill O'Reilly of Fox News": the one told is the outlet's
            # "on Wednesday's broadcast of CNN's New Day": the outlet's programme, spoken on
            through_of = through_of or tok.lower_ not in PROGRAMMES
            continue
        if tok.dep_ == "pobj":
            return _spoken_through(tok.head, through_of, thing)
        if tok.dep_ not in CLIMB or tok.head.i == tok.i:
            return False
        tok = tok.head
        thing = thing or tok.pos_ != "PROPN"
        if tok.lower_ in CONVERSATION:
            return True  # "a CNN interview", "CNN's interview"
    return False


def _a_question_answered(noun: Token) -> bool:
    """A journalist's question the speaker answers ("in answer to a question from ...", "answering
    questions from ...", "in reply to queries from ..."): a question's noun (questions-answered.txt)
    after "to" of an answering word (answering-questions.txt), or that word's object."""
    if noun.lower_ not in QUESTIONS_ANSWERED:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        return noun.head.head.lower_ in ANSWERING_QUESTIONS
    return noun.dep_ == "dobj" and noun.head.lower_ in ANSWERING_QUESTIONS


def _an_interview_given(verb: Token) -> bool:
    """"gave an interview to Le Monde", "granted an exclusive interview to NDTV", "an interview
    given to the Hindu": the parser hangs "to" on the verb of giving, whose object (or the noun
    its participle describes) is the conversation."""
    if verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.lower_ in CONVERSATION for c in verb.children) or \
        (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lower_ in CONVERSATION)


def _put_it(verb: Token) -> bool:
    """"as she put it on CNN": words put, not a thing put ("put the ad on CNN")."""
    return verb.lower_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)


def _told(tok: Token) -> bool:
    """An outlet named by a noun alone is an interview's only as the one told or interviewed
    with ("told the newspaper"); "said to the TV" is no interview."""
    if tok.dep_ in ("dobj", "dative"):
        return tok.head.lower_ in TOLD
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lower_ in CONVERSATION


def _spoken_through(prep: Token, through_of: bool, thing: bool) -> bool:
    """Whether the phrase of `prep` is one spoken to or on, its object reached from the outlet
    `through_of` "of" or "from" ("criticism from BBC Sport pundit ...", "On the subject of
    Israel"), or through a `thing` of the outlet's ("responded to AP's requests")."""
    host = prep.head.lower_
    if prep.lower_ in ("to", "with"):
        # "told", "in an interview with", and any verb of saying to the outlet: "reiterated to ABC News"
        return host in TELLING or host in CONVERSATION or \
            (prep.lower_ == "to" and host in SPEECH_FORMS and not (through_of or thing)) or \
            (prep.lower_ == "to" and _an_interview_given(prep.head))
    if prep.lower_ == "on":
        phone_in = host in PHONE_INS and prep.head.pos_ == "NOUN"  # "Taking calls on ABC Radio Melbourne"
        # "an interview aired Sunday on CBS": the outlet that carried the interview
        return (host in ON_AIR or phone_in or _put_it(prep.head) or _interview_carried(prep.head)
                or _remarks_carried(prep.head)) and not through_of
    if prep.lower_ in ("in", "for"):
        # "in an email interview in the Harbour Gazette", "an interview for the Orbis network's
        # Night Hour", "an interview recorded for Sunday's Newsdesk": the outlet the interview was
        # given to, where it ran; "wrote in The Times" names where words were printed, no interview;
        # "a sit-down in the Clarion's offices" names a place of the outlet's, not where it ran
        placed = thing and prep.lower_ == "in" and not any(
            c.dep_ == "pobj" and c.lower_ in OUTLET_NOUNS for c in prep.children)  # "in the newspaper the Clarion"
        return not through_of and not placed and (host in INTERVIEWS or _interview_carried(prep.head))
    if prep.lower_ == "by":
        # "was interviewed by the Clarion", "reached by CBC News"; "quoted by" is its report; "an
        # interview published Sunday by the Financial Times" is that outlet's
        return host in INTERVIEWED or _interview_carried(prep.head) or _remarks_carried(prep.head)
    return False


def _remarks_carried(verb: Token) -> bool:
    """"said in comments published by the Sowetan", "remarks aired on CBS": a participle of
    carrying (interview-carried.txt) that describes the words spoken (carried-remarks.txt)."""
    return verb.lower_ in INTERVIEW_CARRIED and verb.dep_ == "acl" and verb.head.lower_ in CARRIED_REMARKS


def _interview_carried(verb: Token) -> bool:
    """"an interview published Sunday", "an interview recorded for ...": a participle of carrying
    (interview-carried.txt) that describes an interview noun; or that participle read as a noun
    with the interview its compound ("in an interview broadcast Sunday on CBS")."""
    if verb.lower_ not in INTERVIEW_CARRIED:
        return False
    if verb.pos_ == "NOUN":
        return any(c.dep_ == "compound" and c.i == verb.i - 1 and c.lower_ in INTERVIEWS for c in verb.children)
    return verb.dep_ == "acl" and verb.head.lower_ in INTERVIEWS
