"""Channels the people of a quote make: who speaks, or who is spoken to.

Words that name no channel may still have one by who says them or to whom: a
news outlet citing its own reporting ("CBC News reported", "according to
Reuters") or news reports ("reports in Kenya said") are a report; a judge
speaking, or spoken to ("told Justice Ann Bell"), is in court; "the agency's
report, which notes ..." is the report's.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..parsing.words import columns
from ..speakers.names import title_as_given_name
from ..lexicon import (COUNSEL_NOUNS, COURT_NOUNS, OBITUARY_PHRASES, COURT_PAPERS, COURT_WORDS, OUTSIDE, PRESS, TITLES, TRIAL_COUNSEL, TRIAL_VENUES,
                       WEBSITES)
from .channels import RANK, Channel, channel_at
from .layout import Layout
from .outlets import names_outlet
from ..lexicon import ASKING_VERBS, QUOTING_FORMS
from ..quotes.cues import characterising_lemma, direct_lemma, speech_lemma
from ..lexicon import (REPORTING_VERBS as REPORTING, PLAIN_SAYS as SAYS, PUBLICATIONS, NEWS_REPORTS, NEWS_MEDIA,
                       CONTEST_JUDGES, JUDGES, POLL_REPORTS, CHANNEL_NOUNS, MEDIA_FIRST_WORDS, MEDIA_WORDS)

# The verbs by which a station as speaker gives its words on its medium ("Baghdad Radio said", "... reported").
ON_AIR_VERBS = SAYS | REPORTING
# The words of a station's name that name its medium ("Radio Caracol", "Baghdad Radio").
MEDIUM_NAME_WORDS = MEDIA_FIRST_WORDS | MEDIA_WORDS


def party_channel(verb: Token) -> Channel | None:
    """The channel the speaker, or the one spoken to, makes of words that name none: a news
    outlet's report ("CBC News reported", "according to Reuters"), a judge's court."""
    speaker = _speaker(verb)
    if not speaker:
        return None
    if speaker[0].lower_ in ("which", "that") and verb.dep_ == "relcl":
        return channel_at(verb.head)  # "the agency's report, which notes ..."
    head = next(t for t in speaker if t.head.i == verb.i or t.head not in speaker)
    if head.lower_ in WEBSITES:
        return None  # "according to the event website": a website is no channel (conventions.md)
    named = _naming(speaker)
    if verb.lower_ in REPORTING and (names_outlet(named) or _titled(named)):
        return Channel("report", None, speaker[0].i, RANK["report"])
    if verb.lower_ in SAYS and _a_publication(verb):
        return Channel("report", None, speaker[0].i, RANK["report"])
    if _printed_claim(verb) and _a_publication(verb):
        # "The newspaper suggested ...", "Spanish daily Marca accuses ...": a publication, as
        # its noun names it, says what it says in its pages, whatever the verb of saying
        return Channel("report", None, speaker[0].i, RANK["report"])
    if verb.lower_ in ON_AIR_VERBS and (medium := _a_broadcaster(verb)) is not None:
        return Channel(medium, None, speaker[0].i, RANK[medium])
    if head.lower_ in NEWS_REPORTS:  # "Reports in Kenya said", "newspaper reports have said"
        return Channel("report", None, head.i, RANK["report"])
    if head.text in POLL_REPORTS:  # "according to a Leger poll", "the survey said"; not the referee "Poll said"
        return Channel("report", None, head.i, RANK["report"])
    if head.lower_ in NEWS_MEDIA and head.pos_ == "NOUN" and verb.lower_ in REPORTING | SAYS:
        return Channel("report", None, head.i, RANK["report"])
    if (relayed := _relayed_by(verb)) is not None:
        return relayed
    # the one told, by its name and the words before it ("told Justice Ann Bell"), not a thing
    # done about someone ("suggested action against the judge": the judge is spoken of)
    told = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree if t.i <= c.i]
    judge = next((t for t in speaker + told if _judge(t)), None)
    if judge is not None and (judge in told or not _an_obituary(verb.doc)):
        return Channel("court", None, judge.i, RANK["court"])  # "Judge Ann Bell said", "told Justice Ann Bell"
    return None


def _printed_claim(verb: Token) -> bool:
    """A verb of saying other than a plain "said" (read above) by which a publication puts its
    own words: "claimed", "suggested", "accuses"; not a question put to someone ("The Post asked
    the campaign whether ...") nor someone else's words it quotes ("the paper quoted Reed as
    saying": the one quoted names the vehicle, or none)."""
    lemma = speech_lemma(verb.lower_) or characterising_lemma(verb.lower_) or direct_lemma(verb.lower_)
    return lemma is not None and lemma not in ASKING_VERBS and verb.lower_ not in QUOTING_FORMS


def _an_obituary(doc) -> bool:
    """Whether the article is an obituary: it writes a phrase only obituaries write
    (obituary-phrases.txt: "is survived by") or gives the dead's age in a sentence of its own
    ("He was 81."). A judge quoted there ("said Judge Irene Castillo of Federal District Court,
    who worked as his associate") remembers the dead as anyone does, not in court."""
    text = doc.text
    lower = text.lower()
    return any(phrase in lower for phrase in OBITUARY_PHRASES) or AGE_SENTENCE.search(text) is not None


# "He was 81." / "She was 64." closing an obituary's first paragraph.
AGE_SENTENCE = re.compile(r"(?:^|[.!?]\s+)(?:He|She) was \d{2,3}\.(?:\s|$)")


def _relayed_by(verb: Token) -> Channel | None:
    """"said union leader Tom Reed, as reported by the Reuters news agency", "..., according
    to the Clarion": words that reach us through a news outlet's report are that report's,
    where no other channel is named (conventions.md: news outlets' reports); not words told to
    someone ("the pope told reporters, according to Reuters"), which were said there."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.lower_ == "reported" and \
                any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            by = next((c for c in clause.children if c.dep_ == "agent"), None)
        elif clause.dep_ == "prep" and clause.lower_ == "according":
            by = next((c for c in clause.children if c.lower_ == "to"), None)
        else:
            continue
        outlet = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if outlet is not None and outlet.lower_ not in WEBSITES and names_outlet(list(outlet.subtree)):
            return Channel("report", None, outlet.i, RANK["report"])
    return None


def counsel_channel(layout: Layout, verb: Token) -> Channel | None:
    """Court for the words of a side in a trial ("the defence argued", "Crown prosecutor Ana
    Silva said", and the papers it files: "a motion by the singer's lawyers stated") where the paragraph named the trial, its jury or its court before them: their
    arguments in it. Not words told to reporters, nor said outside court."""
    speaker = _speaker(verb)
    counsel = next((t for t in speaker if (t.lower_ in TRIAL_COUNSEL and _a_side(t))
                    or (t.lower_ in COURT_PAPERS and t.head.i == verb.i)), None)
    if counsel is None:
        counsel = _side_named_before(layout, verb, speaker)
    if counsel is None:
        return None
    if any(c.dep_ in ("dobj", "dative") and c.lower_ in PRESS for c in verb.children) or \
            any(t.lower_ in OUTSIDE for t in verb.sent):
        return None
    paragraph = layout.paragraph(verb.idx)
    i = verb.i - 1
    while i >= 0 and layout.paragraph(verb.doc[i].idx) == paragraph:
        if verb.doc[i].lower_ in TRIAL_VENUES:
            return Channel("court", None, counsel.i, RANK["court"])
        i -= 1
    return None


def _side_named_before(layout: Layout, verb: Token, speaker: list[Token]) -> Token | None:
    """A speaker by surname whom the paragraph named before as a side of the trial: "Prosecutor
    David Lang told the court ... “...,” Mr Lang said" (the same name right after a side's word,
    within the three words of a name and a lawyer's noun before it: "defence lawyer Tom Reed")."""
    name = next((t for t in speaker if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i), None)
    if name is None:
        return None
    doc, paragraph, cols = verb.doc, layout.paragraph(verb.idx), columns(verb.doc)
    i = speaker[0].i - 1
    # The walk back reads the columns, not a Token for each word; a dash the columns read as a
    # hyphen ("Kings—Hants") keeps its own mark in the text, which the name is matched on.
    while i >= 3 and layout.paragraph(cols.idx[i]) == paragraph:
        if cols.text[i] in (name.text, "-") and doc[i].text == name.text:
            side = next((t for t in (doc[i - 1], doc[i - 2], doc[i - 3]) if t.lower_ in TRIAL_COUNSEL), None)
            # only a name's words or a lawyer's noun between: not "defence minister Tom Reed"
            if side is not None and all(t.lower_ in COUNSEL_NOUNS or (t.is_title and t.lower_ not in TITLES)
                                        for t in doc[side.i + 1:i]):
                return side
        i -= 1
    return None


def _a_side(tok: Token) -> bool:
    """A side of a trial as who speaks: "the defence", "the prosecutors", or a word before a
    name or a lawyer ("Crown prosecutor Ana Silva", "defence lawyer Tom Reed"); not "the
    defence minister"."""
    if tok.dep_ not in ("compound", "amod", "nmod"):
        return True
    head = tok.head.lower_
    if head in COUNSEL_NOUNS or head in TRIAL_COUNSEL:
        return True
    return tok.head.pos_ == "PROPN" and head not in TITLES  # the parser may tag "minister" a name


def _a_publication(verb: Token) -> bool:
    """"the newspaper said", "said Uhuru, a Swahili newspaper": a publication the speaker is,
    by its head noun, a noun before its name or a description in apposition, is its report;
    not "a spokesman for the newspaper said", and not a network or a station, which speak as
    companies too."""
    subject = _subject(verb, ("nsubj", "nsubjpass"))
    if subject is None:
        return False
    described = [subject] + [c for c in subject.children if c.dep_ in ("appos", "compound")]
    described += [g for c in subject.children if c.dep_ == "conj" for g in c.children if g.dep_ == "appos"]
    # "Q Magazine said": the name's own head word, capitalised as a word of it
    # "Spanish daily Marca": the noun before the name in small letters, however tagged ("daily"
    # an adjective)
    return any(t.lower_ in PUBLICATIONS and (t.pos_ == "NOUN" or (t.i == subject.i and t.is_title)
                                             or (t.i < subject.i and t.dep_ == "compound" and t.is_lower))
               for t in described) or _typed_before(subject)


def _a_broadcaster(verb: Token) -> str | None:
    """"Baghdad Radio said", "Radio Caracol said", "Iraqi Television reported": a station the
    speaker is by the first or last word of its name (media-first-words.txt, media-words.txt)
    gives its words on its medium, as "the official radio said" does by its noun."""
    subject = _subject(verb, ("nsubj",))
    if subject is None or subject.pos_ != "PROPN" or _of_itself(verb):
        return None
    name = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [subject]
    for word in (name[0].text, name[-1].text) if len(name) > 1 else ():
        if word in MEDIUM_NAME_WORDS and CHANNEL_NOUNS.get(word.lower()) in ("radio", "television"):
            return CHANNEL_NOUNS[word.lower()]
    return None


def _of_itself(verb: Token) -> bool:
    """"Virgin Radio says it will become the first station to ...": a station telling of its own
    plans speaks as the firm it is, not on air; "Baghdad Radio said the troops had withdrawn" broadcast."""
    return any(c.dep_ == "ccomp" and any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("it", "we")
                                         for t in c.children) for c in verb.children)


def _typed_before(subject: Token) -> bool:
    """"the Communist Party daily Pravda said", "the official news agency Tass said": a name
    whose words start right after a publication's noun in small letters, however the parser
    hung that noun (as an adverb, or the name's own subject)."""
    if subject.pos_ != "PROPN":
        return False
    doc, start = subject.doc, subject.left_edge.i
    before = doc[start - 1] if start > 0 else None
    if before is None or not before.is_lower:
        return False
    two = f"{doc[start - 2].lower_} {before.lower_}" if start > 1 else ""
    return before.lower_ in PUBLICATIONS or two in PUBLICATIONS


def _naming(speaker: list[Token]) -> list[Token]:
    """The words of `speaker` that name it, without a relative clause that tells what it did:
    "Charlie Brooker, who created TV Go Home" is no outlet for the TV show he made."""
    told = {t.i for s in speaker if s.dep_ == "relcl" for t in s.subtree}
    return [t for t in speaker if t.i not in told]


def _titled(speaker: list[Token]) -> bool:
    """A publication by the way papers write a title: "The" in capitals in mid-sentence before a
    name ("“The count was off,” The Blaze reported"); no person's name holds it, and
    departments and agencies take a small "the" there."""
    return len(speaker) > 1 and speaker[0].text == "The" and not speaker[0].is_sent_start \
        and all(t.pos_ == "PROPN" and t.is_title for t in speaker[1:])


def _subject(verb: Token, deps: tuple[str, ...]) -> Token | None:
    """The subject of `verb`: the last (""“...,” declared the daily La Stampa": the parser may
    take a word of the quotation for a first subject), unless it is a name in apposition to the
    common noun that ends the phrase of the one before ("a poll carried out by research group the
    Civic Trust found": the group is the poll's maker, the poll what found)."""
    doc, t = verb.doc, columns(verb.doc)  # a Token is made only for a subject, not for each child
    subjects = [doc[c] for c in t.children[verb.i] if t.dep[c] in deps]
    if len(subjects) > 1 and subjects[-1].i < verb.i and _apposed(subjects[-2], subjects[-1]):
        return subjects[-2]
    return subjects[-1] if subjects else None


def _apposed(first: Token, second: Token) -> bool:
    """`second` opens right after `first`'s phrase, whose last word is a common noun in a phrase
    of a preposition ("by research group | the Civic Trust"): a name set beside that noun."""
    before = second.doc[second.left_edge.i - 1] if second.left_edge.i > 0 else None
    return before is not None and before.i == first.right_edge.i and before.pos_ == "NOUN" \
        and before.dep_ == "pobj" and second.pos_ == "PROPN"


def _speaker(verb: Token) -> list[Token]:
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    else:
        subject = _subject(verb, ("nsubj",))
        objects = [subject] if subject is not None else []
        if not objects and verb.lower_ in REPORTING:
            # "As reported by the Clarion, ...": the one the words were reported by
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
    return list(objects[0].subtree) if objects else []


def _names_a_court(tok: Token) -> bool:
    """Judges of a court: their sentence names a court or what courts do ("the appeal court
    judges", "the judges ruled"); judges of a prize or a show are no court's."""
    return any(t.lower_ in COURT_WORDS or t.lower_ in COURT_NOUNS or t.lower_.startswith("rul")
               for t in tok.sent if t.i != tok.i)


def _judge(tok: Token) -> bool:
    """"the judge", "Judge Ann Bell", "Justice Ann Bell"; not "the Justice Minister"."""
    if tok.lower_ not in JUDGES or title_as_given_name(tok.doc, tok.i):
        return False  # nor "Justice Mupfumira, a farmer": a given name
    if tok.lower_ == "judges" and not _names_a_court(tok):
        return False  # "“A moving book,” wrote the judges": a prize's, not a court's
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in CONTEST_JUDGES:
        return False  # "Fair judge Elaine Vos said": a contest's judge (contest-judges.txt)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_.startswith("judge") or (nxt is not None and nxt.pos_ == "PROPN"
                                             and nxt.lower_ not in ("minister", "department"))
