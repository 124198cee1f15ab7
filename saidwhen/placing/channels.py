"""Channels: the medium or venue a text names for what was said ("in a statement", "tweeted").

A clause may name several ("told CNN in a statement"); the most specific wins:
what was written or posted first, then the place it was said in, then the
occasion, then an outlet someone was told, then a medium in general.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from ..lexicon import PARLIAMENT_BUILDINGS, STRETCH_ORDER_WORDS
from ..lexicon import (ACCLAIM, AUDIENCE_RESPONSES, REACHED_OPENERS, CALLS, CAMPAIGN_STOPS, PARTY_OCCASIONS, CHANNEL_NOUNS, CHANNEL_PHRASES, CHANNEL_VERBS,
                       CHANNEL_WORDS, CHANNEL_WORDS_WHERE_PARSED, OWNED_DOCUMENTS, FILED_PAPERS, PAPERS_WRITTEN_IN, FILING_PARTICIPLES, MEETING_RECORDS,
                       COURT_NOUNS, COURT_WORDS, FILED_WITH, NOTE_READERS, NOTE_WRITERS, NOUNS_AFTER, OCCASIONS, OUTSIDE, PARLIAMENT_WORDS,
                       OUTLET_NAMES, PLATFORM_NEXT, PLATFORM_USERS, PLATFORMS, PRESS, READ_DOCUMENTS, SPEAKING,
                       SPEAKING_FORMS, TELLING, VENUE_NOUNS)
from ..lexicon import ASSEMBLIES, LEGISLATIVE_COUNCILS, HOSTS, NEWS_SERVICE_WORDS, SPENT_PERIODS as PERIODS, inflections
from ..lexicon import (PLACE_CHANNELS as PLACES, POSTED, RESULTS, SPEAKER_MEDIA as MEDIA, BEFORE_AFTER,
                       TOPIC_PREPOSITIONS as TOPIC, PARLIAMENT_MEMBERS as MEMBERS, WRITTEN_CHANNELS as WRITTEN,
                       EXCHANGES, RESPONSES, BROADCAST_CHANNELS as BROADCAST, PROGRAMMES, PLATFORM_LABELS)
from ..lexicon import CASE_PAPER_HEADS, COURT_STATEMENTS, RULING_NOUNS, TESTIFYING_PHRASES, TOLD, WRITING_TO
from ..lexicon import BODY_WORDS, COMMITTEE_WORDS as COMMITTEES, DEFINITE_DETERMINERS as DEFINITE, GATHERINGS
from ..lexicon import REFERRING_PARTICIPLES as REFERRING
from ..lexicon import ANSWERING, DOCUMENT_NOUNS, AUDIENCE_VERBS, AUDIENCES, CONVERSATION, INTERVIEWS, OUTLET_NOUNS
from ..lexicon import INTERVIEW_CARRIED
from ..lexicon import BROADCASTERS, MANNER_FORMS, MEDIA_WORDS, OUTLET_REPORTED, PUBLICATIONS, SPEECH_FORMS
from ..lexicon import HEARING_BOARDS, HEARING_PANELS, INQUIRY_COMMISSIONS, MUNICIPAL_WORDS, OUTSIDE_PLACES
from ..parsing.texts import text_of
from ..quotes.cues import direct_lemma
from .outlets import names_outlet, numbered_channel, outlet_named, outlet_of, reporting_outlet

# Lower rank wins. A generic medium ("social media", a post) yields to a platform
# named in the scene around it, see `Channel.generic`.
RANK = {
    "Instagram": 0, "Twitter": 0, "Facebook": 0, "TikTok": 0, "YouTube": 0, "Medium": 0,
    "statement": 0, "press release": 0, "email": 0, "letter": 0, "text message": 0, "book": 0,
    "report": 0, "blog": 0, "podcast": 0,
    "parliament": 1, "court": 1,
    "debate": 2, "news conference": 2, "speech": 2, "interview": 2,
    "social media": 4, "television": 4, "radio": 4,
}
OUTLET_RANK = 3
# The label of words given on a podcast, which names the interview it modifies.
PODCAST = "podcast"
# "conference" alone is a gathering someone addresses ("told the party conference").
CONFERENCE = "speech"
# The dependencies that make the parliament or the court (place-channels.txt) who speaks ("the
# committee said"), not a place where something is said.
AS_SPEAKER = {"nsubj", "nsubjpass", "compound", "poss"}
# The prepositions of words said at a sitting of an inquiry: "at the inquiry", "during the inquiry".
SITTING = ("at", "during")
# A parliament's sitting of questions to a minister, when a minister's title owns it: "during
# prime minister's questions" (read in lower case too, without making it a word the parser is
# asked to read a sentence for: the quote's sentence is read anyway).
SITTING_QUESTIONS = "questions"
# How many words before a hearing's sentence may name the court or parliament it is one of.
VENUE_REACH = 150
# How many capitalised words before "Committee" are read as its name.
NAME_REACH = 4


@dataclass(frozen=True, slots=True)
class Channel:
    """A channel named in the text: its label, the outlet for an interview, and where it is named."""

    label: str
    outlet: str | None
    token: int
    rank: int

    @property
    def generic(self) -> bool:
        """A medium that a platform named nearby makes more precise ("the caption" of an Instagram post)."""
        return self.rank == RANK["social media"]

    @property
    def occasion(self) -> bool:
        """An occasion of speaking someone may be at: an interview, a news conference, a speech, a debate."""
        return self.rank in (RANK["interview"], OUTLET_RANK)

    @property
    def platform(self) -> bool:
        return self.label in PLATFORM_LABELS


def channel_in(tokens: Iterable[Token], keep: Callable[[Channel], bool] | None = None) -> Channel | None:
    """The most specific channel named among `tokens` (those `keep` accepts), with the outlet of
    an interview if one is named (or, for "the interview", the one set up before it)."""
    found, podcasts, doc = [], [], None
    for tok in tokens:
        if (c := channel_at(tok)) is not None and (keep is None or keep(c)):
            found.append(c)
            doc = tok.doc
        elif c is not None and c.label == PODCAST:
            podcasts.append(c)  # the title's head noun, however an appearance on it is read
    if not found:
        return None
    best = min(found, key=lambda c: (c.rank, c.token))
    if best.outlet is not None and (podcast := _podcast_named(doc[best.token], found + podcasts)) is not None:
        best = podcast  # "a guest on the Money Matters podcast": the programme is a podcast
    if best.label == "interview" and best.outlet is None:
        outlet = next((c.outlet for c in found if c.outlet), None)
        if outlet is None:
            outlet = _outlet_set_up_before(doc[best.token])
        best = Channel(best.label, outlet, best.token, best.rank)
    return best


def _podcast_named(name: Token, found: list[Channel]) -> Channel | None:
    """The podcast whose title the outlet's name is ("the guest on Sunday's episode of the Money
    Matters podcast", "on the podcast Money Matters"): words given on a podcast are its own
    channel (conventions.md: `podcast`), whatever the appearance on it; said on a broadcaster
    ("said on CNN") is an interview."""
    for channel in found:
        if channel.label != PODCAST:
            continue
        noun, top = name.doc[channel.token], name
        while top.dep_ in ("compound", "flat") and top.head.i != top.i:
            top = top.head  # "Money" of "Money Matters"
        if noun.i in (top.i, top.i + 1) or noun.head.i == top.i or top.head.i == noun.i:
            return channel
    return None


# How far back "the interview" may reach for the interview it refers to: the sentences of its
# paragraph and of the one before.
INTERVIEW_REACH_SENTENCES = 6
INTERVIEW_REACH_PARAGRAPHS = 1


def _outlet_set_up_before(noun: Token) -> str | None:
    """The outlet of an interview set up earlier that "the interview" (or "that interview")
    refers back to: "Reed began with an interview on BBC Radio 4's Today programme. During the
    interview Reed said ...", "In an interview with NPR, ... ¶ In the interview, Reed said". The
    nearest earlier sentence, of this paragraph or the one before, that names an interview with
    an outlet, or an outlet told in the sentence right before ("Reed told CNN's Ana Silva ...
    In an excerpt of the interview"), names it; "In an interview, Reed said" (no "the") refers to none. So does an
    outlet told by its noun alone that refers back to one named: "A source told the Sunday
    Times ... Strategists told the paper he would ...", "In an interview with the Clarion, Reed
    said ... He told the newspaper: ..." (not "told a newspaper"; nor a broadcaster named
    before, "spoke to CBC News ... told the newspaper")."""
    told_again = noun.lower_ in OUTLET_NOUNS and noun.pos_ == "NOUN" and _definite_noun(noun)
    if not told_again and (noun.lower_ not in INTERVIEWS or not _the_interview(noun)):
        return None
    doc, text = noun.doc, text_of(noun.doc)
    sentence, breaks = noun.sent, 0
    for step in range(INTERVIEW_REACH_SENTENCES):
        if sentence.start == 0:
            break
        before = doc[sentence.start - 1].sent
        if "\n" in text[before.end_char - 1:sentence.start_char + 1].strip(" "):
            breaks += 1  # a paragraph ends between them
            if breaks > INTERVIEW_REACH_PARAGRAPHS:
                break
        sentence = before
        interviews = [t for t in sentence if t.lower_ in INTERVIEWS]
        if not interviews and step > 0 and not told_again:
            # "Reed told CNN's Ana Silva ...": an outlet told sets the interview up from the
            # sentence right before only; further back it is as likely another speaker's
            continue
        set_up = channel_in(sentence)
        outlet = set_up.outlet if set_up is not None and set_up.label == "interview" else None
        if outlet is None and told_again and noun.lower_ in PUBLICATIONS:
            # "The Halifax Chronicle obtained the plan. ... Ames told the newspaper": the outlet
            # the story names, told or not, is the publication told again by its noun; "told
            # the show" refers to a programme, not to "a CNN reporter" named before it
            outlet = outlet_named(list(sentence), bare=True)
        if outlet:
            if told_again and noun.lower_ in PUBLICATIONS and _broadcaster(outlet):
                return None  # "spoke to CBC News ... told the newspaper": another outlet
            return outlet
        if any(_the_interview(t) for t in interviews):
            breaks = 0  # "in its story on the interview": the same interview again, reached from here
    return _the_paper_followed(noun) if told_again else None


def _the_paper_followed(noun: Token) -> str | None:
    """The one outlet the article cites, before "told the newspaper", as reporting ("...,
    the Financial Times Deutschland reported."): wire and BBC copy that follow one paper's story
    name it once, write "the paper said" of it for paragraphs, then quote what people told it
    ("..., an economist with ABN Amro, told the newspaper."). None where it cites two or more,
    or where a paper is told and the one cited is a broadcaster."""
    doc = noun.doc
    reports = doc.user_data.get(REPORTS_KEY)
    if reports is None:  # read once for each article: a long one may tell the paper many times
        reports = doc.user_data[REPORTS_KEY] = [(tok.i, name) for tok in doc if tok.lower_ in OUTLET_REPORTED
                                                and (name := reporting_outlet(tok))]
    cited = {name for i, name in reports if i < noun.sent.start}
    if len(cited) != 1:
        return None
    name = cited.pop()
    return None if noun.lower_ in PUBLICATIONS and _broadcaster(name) else name


# Where each article's outlets cited as reporting are kept with its doc (`outlets.reporting_outlet`).
REPORTS_KEY = "saidwhen.reporting_outlets"


def _the_interview(noun: Token) -> bool:
    """"the interview", "that interview": one interview, named before."""
    return noun.tag_ == "NN" and _definite_noun(noun)


def _broadcaster(outlet: str) -> bool:
    """An outlet named as a broadcaster ("CBC News", "BBC Radio 4", "Sky Television", a channel
    by its number: "ITV1"), which "the newspaper" does not refer back to."""
    return any(w in BROADCASTERS or w in MEDIA_WORDS or numbered_channel(w) for w in outlet.split())


def _definite_noun(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


# Where each word's channel is kept with its doc: the placer asks about the same words for each
# quote (its attribution, its tail, the scene before it), and the parse no longer changes.
CHANNELS_KEY = "saidwhen.channels"


def channel_at(tok: Token) -> Channel | None:
    """The channel that the word `tok` names, if it names one (read once for each word)."""
    known = tok.doc.user_data.get(CHANNELS_KEY)
    if known is None:
        known = tok.doc.user_data[CHANNELS_KEY] = {}
    i = tok.i
    if i not in known:
        known[i] = _channel_at(tok)
    return known[i]


# The noun a party-occasions.txt word goes before: one home for the two rules that ask.
PARTY_NOUNS = frozenset(("party", "parties"))
PAGE = "page"  # "the page" written on: a platform's page named before ("a GoFundMe page")
PAGE_REACH = 150  # tokens back to that naming


def _occasion_party(tok: Token) -> bool:
    """'a victory party', 'an election-night party' (party-occasions.txt): a campaign's gathering."""
    return tok.lower_ in PARTY_NOUNS and tok.i > 0 and tok.doc[tok.i - 1].lower_ in PARTY_OCCASIONS


def _channel_at(tok: Token) -> Channel | None:
    # A gathering ("told a meeting of ..."), a court's paper that speaks ("the complaint said")
    # and a ruling in a phrase ("In a decision released Friday, Justice Reed ...") are read here
    # but are no channel words: a sentence is parsed for them only as it is for its
    # verb of telling or saying (saidwhen.parsing.selection).
    lower, text = tok.lower_, tok.text  # each read once: a Token's attribute is a call into spaCy
    if not (lower in CHANNEL_WORDS or lower in CHANNEL_WORDS_WHERE_PARSED or tok.is_title or tok.is_upper
            or text in PLATFORMS or text in OUTLET_NAMES or lower in GATHERINGS or lower == SITTING_QUESTIONS
            or (lower in COURT_NOUNS and tok.dep_ in ("nsubj", "nsubjpass"))
            or (lower in PARTY_NOUNS and _occasion_party(tok))
            or (lower in RULING_NOUNS and tok.dep_ == "pobj")
            or (lower == PAGE and tok.dep_ == "pobj")
            or (lower in HOSTS and tok.dep_ in ("dobj", "dative"))):  # "told the radio host"
        return None
    label = _platform(tok) or _verb(tok) or _noun(tok) or _platform_page_again(tok)
    if label == "testimony":
        label = _venue(tok)
    outlet = outlet_of(tok) if label in (None, "television", "radio") else None
    if label and outlet is None:
        return Channel(label, None, tok.i, RANK[label])
    if outlet is not None:  # "told state television" is an interview, "on television" is not
        return Channel("interview", outlet or None, tok.i, OUTLET_RANK)
    return None


def _platform(tok: Token) -> str | None:
    if tok.dep_ == "compound" and tok.head.lower_ in PLATFORM_USERS and tok.text in PLATFORMS:
        return PLATFORMS[tok.text]  # "said another Twitter user, Ann Reed": posted there
    if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ in ("compound", "poss") and _in_subject(tok)) \
            or (tok.dep_ == "pobj" and tok.head.lower_ in ("for", "at", "of") and _in_subject(tok)):
        # ("a spokeswoman for YouTube said": someone of the company)
        # the company speaking, or someone of it: "Twitter said in a statement", "Facebook
        # co-founder Mark Zuckerberg tweeted"
        return None
    label = PLATFORMS.get(tok.text)
    if label is None:
        return "Twitter" if _is_x(tok) else None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if tok.text in PLATFORM_NEXT and (nxt is None or nxt.text not in PLATFORM_NEXT[tok.text]) \
            and not _on_a_platform(tok):
        return None
    if tok.text == "Medium" and (tok.is_sent_start or (nxt is not None and nxt.text == "-")):
        return None  # "Medium-sized", or a sentence opening with the adjective
    return label


def _platform_page_again(tok: Token) -> str | None:
    """'set up a GoFundMe page on Sunday ... “...,” she wrote on the page': "the page" written on
    is the platform's page named before (a platform's name on "page"), within `PAGE_REACH`
    tokens; a page of nothing named (a newspaper's page, a web page) is none."""
    if tok.lower_ != PAGE or tok.dep_ != "pobj" or tok.head.lower_ != "on" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    doc = tok.doc
    for k in range(tok.i - 1, max(-1, tok.i - PAGE_REACH), -1):
        if doc[k].lower_ == PAGE:
            return next((PLATFORMS[c.text] for c in doc[k].children
                         if c.dep_ in ("compound", "amod") and c.text in PLATFORMS), None)
    return None


def _on_a_platform(tok: Token) -> bool:
    """A name that is a platform only before some words (platform-next.txt) is one alone, too,
    as what words were put "on", capitalised inside its sentence: "wrote on Threads that ...",
    "In a post on Telegram, ..."; not "Threads of the story" opening a sentence."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "on" and not tok.is_sent_start


def _is_x(tok: Token) -> bool:
    """X, the platform formerly Twitter: only "on X", "to X", "an X post"."""
    if tok.text.rstrip(".") != "X":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to", "via"):
        return True
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("post", "posts", "account")


def _verb(tok: Token) -> str | None:
    # "an emailed statement" is a statement: only a verb that reports names its channel, or
    # one that says how an answer came ("in an emailed response").
    if tok.lower_ in ACCLAIM and tok.dep_ in ("amod", "compound"):
        return "speech" if _told_to(tok.head) else None  # "told cheering supporters"
    if tok.dep_ == "amod":
        label = CHANNEL_VERBS.get(tok.lower_)
        return label if label in WRITTEN and _an_answer_in(tok.head) else None
    if _response_read_as_a_verb(tok):
        return "speech"
    if _reached_by_the_reporter(tok):
        return "interview"
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if posts_a_result(tok):
        return None  # "Acme posted a 20% gain": a result reported, no post
    return CHANNEL_VERBS.get(tok.lower_)


def _response_read_as_a_verb(tok: Token) -> bool:
    """'she said, to laughter': a noun of an audience's response (audience-responses.txt) that
    the tagger read as an infinitive after "to", on the cue: what the audience answered was
    a speech, as "to cheers" is."""
    if tok.lower_ not in AUDIENCE_RESPONSES or tok.pos_ != "VERB" or tok.i == 0:
        return False
    to = tok.doc[tok.i - 1]
    return to.lower_ == "to" and to.head.i == tok.i and tok.head.lower_ in SPEECH_FORMS


def _reached_by_the_reporter(tok: Token) -> bool:
    """'Reached Thursday, Sekhon-Bains said ...', 'Contacted at her home, she said ...': a
    participle opening the sentence (reached-openers.txt) on the cue, with no agent after "by":
    the article's own reporter got the speaker to talk, an interview. With "by" the phrase names
    its outlet or its call ("Reached by CBC News", "Reached by phone"), read as those are."""
    if tok.lower_ not in REACHED_OPENERS or tok.tag_ not in ("VBN", "VBD") or not tok.is_sent_start:
        return False
    if any(c.lower_ in ("by", "for") for c in tok.children):
        return False  # "Reached for comment, ...": how the answer came is not told
    return tok.head.lower_ in SPEECH_FORMS and tok.head.i > tok.i


def letter_written_to(verb: Token) -> Channel | None:
    """A letter for words a cue's verb wrote to someone ("wrote to the minister", "writes to
    shareholders"), where the attribution names no other medium ("wrote to staff in an email");
    not "wrote to say", whose "to" is no one's. Read for the quote's own verb only, not as a
    scene: a narrative "she has written to the minister" names no letter the words after it
    were said in (in stories of emails, or before an interview)."""
    if verb.lower_ not in WRITING_TO or verb.pos_ != "VERB":
        return None
    # ("to" of the one written to may be parsed a dative: "who wrote to her on Thursday")
    if not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
               for c in verb.children):
        return None
    return Channel("letter", None, verb.i, RANK["letter"])


def letter_of_its_writers(verb: Token) -> Channel | None:
    """A letter for words in the present tense of a speaker described as having written to
    someone ("the groups who wrote to her on Thursday say ...": what their letter says). Not a
    past "said" ("The residents, who wrote to the council last month, said ..." may be words to
    the reporter now), and not a letter named for another medium (read as the verb's own)."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    clause = next((c for c in subject.children if c.dep_ == "relcl"), None)
    if clause is None or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
        return None
    return letter_written_to(clause)


def posts_a_result(verb: Token) -> bool:
    """'Acme posted a 20% gain': "posted" for a company's result, no post and no saying."""
    return verb.lower_ in POSTED and any(c.dep_ == "dobj" and _a_result(c) for c in verb.children)


def _a_result(obj: Token) -> bool:
    """A company's result as what is posted: a figure ("posted $3 million") or a word of gain
    or loss ("posted a 20% gain", "posted record sales")."""
    return obj.lower_ in RESULTS or any(t.like_num or t.text in ("%", "$") for t in obj.subtree)


def _noun(tok: Token) -> str | None:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    doc, low = tok.doc, tok.lower_
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if low in CALLS:
        return _call(tok)
    if (prev, low) in CHANNEL_PHRASES:
        if tok.is_title and any(c.dep_ == "poss" and names_outlet([c]) for c in tok.children):
            return None  # a programme: "CTV's Question Period", an interview on CTV
        return _as_place(tok, CHANNEL_PHRASES[(prev, low)])  # named at the phrase's head: "press release"
    if (low, nxt) in CHANNEL_PHRASES:
        return None  # the first word of a phrase, or of one that is no channel ("conference call")
    if tok.is_title and _an_audience(tok):
        return "speech"  # "Speaking to the Greater Vancouver Board of Trade": its members gathered
    if CHANNEL_NOUNS.get(low) == "speech" and (medium := _broadcast_by(tok)):
        return medium  # "in his weekly radio address": the medium stated wins, as "told CNN by email"
    label = _single(tok, prev)
    if label and label not in PLACES and tok.is_title and not tok.is_sent_start:
        return None  # a word of a name: "The New York Post", "the Cook Political Report"
    return _as_place(tok, label)


def _broadcast_by(speech: Token) -> str | None:
    """The medium a noun of a speech is given on where a word before it names it ("a radio
    address", "a TV address"; broadcast-channels.txt)."""
    for c in speech.lefts:
        if c.dep_ in ("compound", "amod", "nmod") and CHANNEL_NOUNS.get(c.lower_) in BROADCAST:
            return CHANNEL_NOUNS[c.lower_]
    return None


def _single(tok: Token, prev: str) -> str | None:
    low = tok.lower_
    if low in PARLIAMENT_BUILDINGS and tok.dep_ == "pobj" and tok.head.lower_ == "at":
        return None  # "made the announcement at the legislature": the building, no sitting
    if _testifying(tok):
        return "testimony"  # "taking the stand": a court's or a parliament's, as the sentence says
    if low in ("submission", "submissions") and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
            and not (low in NOUNS_AFTER and prev in NOUNS_AFTER[low][0]) \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        # "In a submission to the inquiry, the union said": a paper filed with a body, as a
        # written submission is (a report); a court's where the sentence names a court or a trial
        return "court" if {t.lower_ for t in tok.sent} & COURT_WORDS - FILED_WITH else "report"
    if low in NOUNS_AFTER:
        words, label = NOUNS_AFTER[low]
        # "..., the release said": a release that speaks is a press release ("the text said" may
        # be a bill's, "the tribute said" a plaque's)
        return label if prev in words or low.startswith("release") and _speaking_text(tok) else None
    if low in OCCASIONS and prev in NEWS_SERVICE_WORDS:
        return None  # "told the wire service Reuters": a news agency, no memorial service
    if low == "conference" or low in OCCASIONS or (prev == "campaign" and low in CAMPAIGN_STOPS) \
            or _occasion_party(tok):
        # "told supporters at a victory party", "at an election-night party": a campaign's gathering
        return CONFERENCE if _addressed(tok) else None
    if low in GATHERINGS:
        # "told a meeting of the chamber of commerce": an audience; not "a meeting with the
        # minister", nor a meeting with reporters
        return "speech" if _a_gathering_told(tok) and _addressed(tok) and not _with_someone(tok) else None
    if low in VENUE_NOUNS:
        return "testimony"  # a hearing is a court's or a parliament's, as the sentence says
    if low in READ_DOCUMENTS or low in MEETING_RECORDS and _determined(tok):
        # "According to the budget", "the budget says", "the minutes said"; not "defended the
        # budget", nor "in minutes" (a time)
        read = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to") or tok.dep_ == "nsubj" and _speaks(tok.head)
        return "report" if read else None
    if low in OWNED_DOCUMENTS:
        # "In its order, the regulator said", "In its application, the bureau said": the paper
        # its maker issued or filed, a report (a court's where the sentence names a court); not
        # "in order to", nor "an order of fries"
        owned = tok.dep_ == "pobj" and tok.head.lower_ == "in" and any(c.dep_ == "poss" for c in tok.children)
        return ("court" if _of_a_court(tok) else "report") if owned else None
    if low in FILED_PAPERS:
        # "In documents filed with the regulator on Friday, the company said": a filing, a report
        return "report" if any(c.dep_ == "acl" and c.lower_ in FILING_PARTICIPLES for c in tok.children) else None
    if low in PAPERS_WRITTEN_IN and _written_in(tok):
        return "report"  # "In the paper, the authors write", "said in a paper published in Nature"
    if low in ("note", "notes"):
        return "report" if _written_to(tok) & NOTE_READERS or _by_analysts(tok) else None
    if low in COURT_NOUNS:
        return "court" if _of_a_court(tok) else None
    if tok.text == "House" and (tok.dep_ == "pobj" or _told_to(tok)) \
            and not any(c.dep_ in ("compound", "amod", "poss") for c in tok.children) \
            and not (tok.i > 1 and tok.doc[tok.i - 1].text == "The"):
        # "said in the House", "told the House"; not "the White House", nor a programme of an
        # outlet's ("on CBC Radio's The House", "said on The House": a title, with its "The")
        return "parliament"
    if tok.text == "house" and prev == "the" and _told_to(tok) \
            and not any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
        return "parliament"  # "told the house": a provincial legislature, as Canadian papers write it
    if low == SITTING_QUESTIONS and any(c.dep_ == "poss" and c.lower_ == "minister"
                                  and (tok.text == "Questions" or any(True for _ in c.lefts))
                                  for c in tok.children):
        # "during Prime Minister's Questions", "at First Minister's Questions", "during prime
        # minister's questions": a sitting; not "the minister's questions" put to someone
        return "parliament"
    if low == "chamber" and not _the_house(tok):
        return None  # "a chamber of commerce", "an echo chamber": no legislature's
    if tok.text == "Assembly" and prev in ASSEMBLIES:
        return "parliament"  # "told the National Assembly", "the Legislative Assembly"
    if tok.text == "Council" and prev in LEGISLATIVE_COUNCILS:
        return "parliament"  # "told the Legislative Council": a state's upper house
    if tok.text == "assembly" and prev in ASSEMBLIES and tok.i > 1 and tok.doc[tok.i - 2].lower_ == "the" \
            and (tok.dep_ == "pobj" and tok.head.lower_ == "in" or _told_to(tok)):
        # "said in the legislative assembly", "told the national assembly", as Canadian papers
        # write a territory's or Quebec's; not "told reporters at the national assembly"
        return "parliament"
    if low == "inquiry":
        # "told the inquiry": testimony, as "testified at the inquiry"; and so are words said at
        # or during its sitting ("During the inquiry, Lee said"), a parliament's where the
        # sentence says so ("during the Senate committee's inquiry"); not "the inquiry found"
        if _told_to(tok):
            return "court"
        return _venue(tok) if tok.dep_ == "pobj" and tok.head.lower_ in SITTING else None
    if low in ("board", "boards") and prev in HEARING_BOARDS and _told_to(tok):
        return "court"  # "told the Parole Board", "told the Labour Relations Board": a hearing's
    if low in ("commission", "commissions") and _told_to(tok) and _of_inquiry(tok):
        return "court"  # "told the commission" of a judicial commission of inquiry: testimony
    if low in HEARING_PANELS and _told_to(tok):
        return _panel_venue(tok)  # "told the commission's panel", as the story says
    if tok.dep_ == "compound" and _carried_read_as_noun(tok):
        return CHANNEL_NOUNS.get(low)  # "in an interview broadcast Sunday", the participle read as a noun
    if tok.dep_ == "compound" and not _told_first(tok):
        return _exchanged(tok)  # "a TV interview" is named by "interview"
    if low in CASE_PAPER_HEADS and _of_a_case(tok):
        # "a statement of claim", "an agreed statement of facts", "a notice of civil claim":
        # papers filed in court
        return "court"
    if _a_body_s(tok) or _a_council_s(tok):
        return None  # "told the Democratic National Committee": a party's, no parliament's
    if CHANNEL_NOUNS.get(low) == "report" and _told_to(tok) and (tok.dep_ == "pobj" or tok.head.lower_ in TOLD):
        # "told ZDF's heute journal": a programme or a paper told is an interview, no document;
        # not the report a verb of saying takes as its object ("denied a report", "cited analysis")
        return None
    return CHANNEL_NOUNS.get(low)


def _carried_read_as_noun(noun: Token) -> bool:
    """'said in an interview broadcast Sunday on CBS': the parser may read the participle of an
    interview carried (interview-carried.txt) as a noun and the interview as its compound; the
    interview is still the noun the words were said in."""
    head = noun.head
    return noun.lower_ in INTERVIEWS and head.i == noun.i + 1 and head.lower_ in INTERVIEW_CARRIED \
        and head.pos_ == "NOUN"


def _the_house(chamber: Token) -> bool:
    """"the chamber" of a legislature: alone, or named by a house's word or name before it ("the
    Senate chamber"); not "a chamber of commerce", "an echo chamber", "a decompression chamber"."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in chamber.children):
        return False
    return all(c.dep_ in ("det", "poss") or c.pos_ == "PROPN" or c.lower_ in PARLIAMENT_WORDS
               for c in chamber.lefts)


def _told_first(tok: Token) -> bool:
    """'told MPs child benefit would rise': a parliament's word or a name right after "told" (or
    "told the") is the one told, where the parser took it for a word of the reported clause's
    subject; not a word of the noun told ("told the debate audience")."""
    if not (tok.lower_ in PARLIAMENT_WORDS or tok.text[:1].isupper()):
        return False
    i = tok.i - 1 - (tok.i > 1 and tok.doc[tok.i - 1].lower_ == "the")
    return i >= 0 and tok.doc[i].lower_ in TOLD and tok.doc[i].pos_ == "VERB"


def _a_body_s(tok: Token) -> bool:
    """A committee of a party, a sport or a charity, by a word of its name (body-words.txt):
    "the Democratic National Committee", "the International Olympic Committee". Read from the
    capitalised words right before it, not the parse: the narrative sentences hold none."""
    if tok.lower_ not in COMMITTEES:
        return False
    i = tok.i - 1
    while i >= 0 and tok.i - i <= NAME_REACH and tok.doc[i].is_title:
        if tok.doc[i].lower_ in BODY_WORDS:
            return True
        i -= 1
    return False


def _a_council_s(tok: Token) -> bool:
    """A committee of a city's, a town's or a school board's government, by its owner or a word
    before it (municipal-words.txt): "the council's transportation committee", "city council's
    planning committee"; no legislature's."""
    return tok.lower_ in COMMITTEES and any(c.dep_ in ("poss", "compound", "amod", "nmod")
                                            and c.lower_ in MUNICIPAL_WORDS for c in tok.children)


def _parliament_word(tok: Token) -> bool:
    return tok.lower_ in PARLIAMENT_WORDS and not _a_body_s(tok) and not _a_council_s(tok)


def _a_gathering_told(tok: Token) -> bool:
    """"told a meeting", "said to the meeting", "addressing a public meeting": the gathering as
    the one told or addressed; not one described or recalled ("Describing that first meeting, he
    said")."""
    if tok.dep_ in ("dobj", "dative"):
        return tok.head.lower_ in TOLD or tok.dep_ == "dobj" and tok.head.lower_ in AUDIENCE_VERBS
    return _told_to(tok)


def _speaking_text(tok: Token) -> bool:
    """A text that is the subject of a verb of saying, or the one words were said in, of
    nothing named after it: "..., the release said" and "..., she said in the release" are the
    press release; "the release of the hostages" says nothing."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep":
        return _speaks(tok.head.head)  # "said in the release": the one the story told of before
    return tok.dep_ in ("nsubj", "nsubjpass") and _speaks(tok.head)


def _an_audience(tok: Token) -> bool:
    """A body that gathers its members to hear a speaker (audiences.txt), told, spoken to or
    addressed by name: "told the Calgary Chamber of Commerce", "Speaking to the Economic Club
    of Canada", "Addressing the Empire Club of Canada"; not one praised or joined."""
    addressed = tok.dep_ == "dobj" and tok.head.lower_ in AUDIENCE_VERBS
    if not ((_a_gathering_told(tok) or addressed) and _addressed(tok)):
        return False
    name = " ".join(t.lower_ for t in tok.subtree if not t.is_punct)
    return any(body in name for body in AUDIENCES)


def _with_someone(tok: Token) -> bool:
    """"a meeting with the minister": held with someone, no audience addressed; nor is "a
    meeting of reporters"."""
    return any(c.dep_ == "prep" and (c.lower_ == "with" or any(g.lower_ in PRESS for g in c.children))
               for c in tok.children)


def testifies(verb: Token) -> bool:
    """A verb made testifying by its object: "Taking the stand, Lee said ..."."""
    return any(_testifying(c) for c in verb.children)


def _testifying(obj: Token) -> bool:
    """The object that makes its verb testifying: "took the stand", "giving evidence"."""
    if obj.dep_ != "dobj" or obj.head.pos_ != "VERB":
        return False
    phrase = TESTIFYING_PHRASES.get(obj.head.lower_)
    return phrase is not None and " ".join(t.lower_ for t in (*obj.lefts, obj)) == phrase


def _of_a_court(tok: Token) -> bool:
    """A paper or a ruling of a court's: the sentence names a court or a case ("the judge said
    in her decision"); or, where the paper itself speaks, the one before it does ("The lawsuit
    was filed on Monday. The complaint said ...") or the paper is called a legal one ("The legal
    submission described ..."). Not a decision spoken of after a ruling ("After announcing its
    decision, the EU said")."""
    sentence = tok.sent
    if {t.lower_ for t in sentence} & COURT_WORDS:
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass") and not _written_in_the_ruling(tok):
        return False
    if any(c.dep_ == "amod" and c.lower_ == "legal" for c in tok.children):
        return True
    return sentence.start > 0 and bool({t.lower_ for t in tok.doc[sentence.start - 1].sent} & COURT_WORDS)


def _written_in_the_ruling(tok: Token) -> bool:
    """'“...,” Ms. Rao wrote in the decision, released Tuesday.' after 'Tribunal member Sunita Rao
    found that ...': a ruling written in, with a determiner that points back ("the decision",
    "her decision"), is the one of the court or tribunal the sentence before names."""
    return tok.lower_ in RULING_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
        and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "her", "his", "its", "their")
                for c in tok.children)


def _of_a_case(tok: Token) -> bool:
    return any(c.lower_ == "of" and any(g.lower_ in COURT_STATEMENTS for g in c.children) for c in tok.children)


def _told_to(tok: Token) -> bool:
    """Told or spoken to: "told the inquiry", "said to the inquiry", "testified before it"."""
    if tok.dep_ in ("dobj", "dative"):
        return _speaks(tok.head)
    return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "before") and _speaks(tok.head.head)


def _exchanged(tok: Token) -> str | None:
    """'in an email exchange', 'a back-and-forth email thread', 'in an email response': written
    words passed back and forth are named by their medium, and so is a programme ('on his radio
    show') and an interview given to a podcast ('in a podcast interview'); a compound names no
    channel otherwise ('a TV interview' is named by "interview")."""
    label = CHANNEL_NOUNS.get(tok.lower_)
    if label in WRITTEN and (tok.head.lower_ in EXCHANGES or _an_answer_in(tok.head)):
        return label
    if label == PODCAST and tok.head.lower_ in CONVERSATION:
        return label  # "in a podcast interview": the medium stated wins, as "told CNN by email"
    show = tok.head
    on_air = show.lower_ in PROGRAMMES and show.dep_ == "pobj" and show.head.lower_ == "on"
    if label not in BROADCAST or not on_air:
        return None
    # "on Glenn Beck's radio program" is someone else's show: an interview on it
    hosted = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in show.children)
    return "interview" if hosted else label


def _an_answer_in(noun: Token) -> bool:
    """"said in an email response", "by e-mail message": an answer the words were said in; not
    one spoken of ("a rise in phishing e-mail messages")."""
    return noun.lower_ in RESPONSES and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by", "via")


def _written_to(tok: Token) -> set[str]:
    """Who a note was written to: "a note to clients", "wrote to clients in a note"; the parser
    may hang "to clients" on the preposition before the note ("In a note to clients, ...")."""
    heads = (tok, tok.head, tok.head.head) if tok.dep_ == "pobj" else (tok, tok.head)
    return {g.lower_ for h in heads for c in h.children if c.lower_ == "to" for g in c.children}


def _by_analysts(note: Token) -> bool:
    """A note the verb it hangs on has analysts for its subject ("Analysts at Acme wrote in a
    note", "In a note, Citi economists said"; note-writers.txt)."""
    verb = note.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ == "prep" or verb.dep_ == "pobj":
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.lower_ in NOTE_WRITERS for c in verb.children)


def _call(tok: Token) -> str | None:
    """A call is a news conference when made to the press ("told reporters on a conference
    call", "a call with journalists"); "said by phone", with no one else told, was said to
    the reporter: an interview. A call with analysts or a leader is neither."""
    told = _told_whom(tok)
    if any(t.lower_ in PRESS and not t.is_title for t in told):
        return "news conference"  # not a name's last word: "told The Canadian Press by phone"
    if any(c.dep_ in ("compound", "amod") and c.lower_ in PRESS for c in tok.children):
        return "news conference"  # "said on a press call", "a media call set up by the unions"
    if tok.lower_ in ("phone", "telephone") and tok.dep_ == "pobj" and tok.head.lower_ in ("by", "over"):
        # said to the reporter, or to an outlet the verb names ("told the Clarion by phone")
        return None if told and not all(names_outlet(list(t.subtree)) for t in told) else "interview"
    return None


def _told_whom(tok: Token) -> list[Token]:
    """Who the words around a call were said to: the verb's object, or the call's "with"."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    whom = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    whom += [g for c in tok.children if c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
    # "Speaking to reporters on a video call": the verb's "to" says whom too
    whom += [g for c in verb.children if c.lower_ == "to" and c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return whom


def _addressed(tok: Token) -> bool:
    """An occasion spoken at or to ("said at a rally", "told the conference"); not one spoken
    of ("over dinner") nor one where the words went to the press ("told reporters at the gala")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "before"):
        verb = tok.head.head
    elif tok.dep_ in ("dobj", "dative") or (tok.dep_ == "pobj" and tok.head.lower_ == "to"):
        verb = tok.head if tok.dep_ != "pobj" else _inverted(tok.head.head)
        if not _speaks(verb):
            return False  # "refunded $43,100 to the donors": given to them, not said
        if tok.dep_ == "dobj" and verb.lower_ in MANNER_FORMS and verb.lower_ not in SPEECH_FORMS:
            return False  # "started an online fundraiser": a verb of a quotation's manner takes no audience
    else:
        return False
    return not any(c.lower_ in PRESS for c in verb.children)


def _inverted(tok: Token) -> Token:
    """The verb of a subject after it, on which the parser may hang what belongs to the verb
    ("said Bolden to the gathered crowd"); else `tok`."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i < tok.i:
        return tok.head
    return tok


def _speaks(verb: Token) -> bool:
    """A verb of saying or speaking to someone: "told donors", "spoke to the crowd"."""
    low = verb.lower_
    return low in TELLING or low in SPEAKING or low in SPEAKING_FORMS or direct_lemma(low) is not None


def _as_place(tok: Token, label: str | None) -> str | None:
    if label is None:
        return None  # (each test below only rules a label out: most nouns have none to test)
    prep = tok.head.lower_ if tok.dep_ == "pobj" else ""
    if prep in BEFORE_AFTER and not (label in PLACES and prep == "before"):
        return None  # "the morning after the debate": a time; "before the committee" is a place
    if prep in TOPIC:
        return None  # "said about Reed's statement": what was spoken of, not where
    if _answered(tok, label):
        return None  # "Responding to the ruling, a spokesman said": what the words answer
    if _cited(tok):
        return None  # "citing statistics about the outlook", "referring to a report": what he spoke of
    if _aimed_at(tok):
        return None  # "In a bid to shape the next debate, Reed said": what the act aims at
    if tok.dep_ == "poss" and RANK.get(label) == 0 and _owns_the_speaker(tok):
        return None  # "the study's lead author said in an interview": whose author, not where
    if label in MEDIA and tok.dep_ in ("nmod", "amod", "conj", "compound") and _in_subject(tok):
        # who speaks: "a spokesman for the cable television concern said", "the social media company said"
        return None
    if label not in PLACES:
        return label
    if _in_subject(tok, through_speaking=False):
        return None  # who speaks: "supporters in Congress say"; not "Reed, speaking in the Commons, said"
    if label == "parliament" and (tok.dep_ in AS_SPEAKER and not _told_first(tok) or _member_of(tok)):
        return None  # the parliament speaking, or someone of it: "a member of parliament"
    if tok.lower_ in ("judge", "jury") and tok.dep_ not in ("dobj", "dative", "pobj"):
        return None  # the judge as speaker or title, not the one told
    if tok.lower_ in ("judge", "jury") and not (_told_to(tok) or tok.dep_ == "pobj" and tok.head.lower_ == "before"):
        return None  # spoken of, not to: "attacked the judge", "action against the judge", "said of the jury"
    if _outside(tok) or any(c.lower_ in OUTSIDE for c in tok.lefts):
        return None
    if tok.dep_ == "pobj" and tok.head.head.lower_ in PERIODS and tok.head.head.pos_ == "NOUN":
        return None  # "said during her 22 years in Parliament": a time spent there, not where
    if label == "parliament" and _press_met_at(tok):
        return None  # "told reporters at the legislature": where the press met them
    return label


def _press_met_at(tok: Token) -> bool:
    """A house of parliament as the building where the press met the speaker, not a sitting of
    it: "told reporters at the legislature", "in a scrum with reporters at the legislature", "at
    a news conference at Queen's Park". "At" hangs on the press, on the verb that told them, or
    on a news conference's noun; "said in the legislature" is a sitting still."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return False
    host = tok.head.head
    if host.lower_ in PRESS or any(c.lower_ in PRESS and c.dep_ in ("dobj", "dative") for c in host.children):
        return True
    return host.pos_ == "NOUN" and (named := channel_at(host)) is not None and named.label == "news conference"


def _cited(tok: Token) -> bool:
    """A document the speaker points to ('citing statistics about the outlook he inherited',
    'citing a study', 'referring to a report'): what he spoke of, not the vehicle of his words
    (as a time under such a participle is that thing's, referring-participles.txt)."""
    host = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head if tok.dep_ == "dobj" else None
    return host is not None and host.lower_ in REFERRING


def _answered(tok: Token, label: str | None) -> bool:
    """A channel named as what the words answer or judge ("Responding to the ruling, ...", "in
    response to the report", "Commenting on the report, ...", "Welcoming the ruling, ..."): the
    answer was given elsewhere. A place told ("replied to the committee", "responded to the
    court") is where it went; a court's ruling is no place."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "on"):
        host = tok.head.head
    elif tok.dep_ == "dobj":
        host = tok.head
    else:
        return False
    if host.lower_ not in ANSWERING:
        return False
    return label not in PLACES or tok.lower_ in RULING_NOUNS or tok.lower_ in DOCUMENT_NOUNS


def _aimed_at(tok: Token) -> bool:
    """Whether the nearest verb above `tok` is an infinitive of doing, not of saying, that `tok`
    is part of: "in an attempt to influence the tone of the next debate", "to promote his book"
    tell what an act aims at or what is to come, not where words were said ("to say in a
    statement" still does)."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return not _speaks(verb) and verb.lower_ not in CHANNEL_VERBS


def _in_subject(tok: Token, through_speaking: bool = True) -> bool:
    """Whether `tok` is part of a subject; not, unless `through_speaking`, by a participle of
    speaking that the subject is described by ("Reed, speaking in the Commons, said": where)."""
    for a in tok.ancestors:
        if not through_speaking and a.tag_ == "VBG" and a.dep_ in ("acl", "advcl") and a.lower_ in SPEAKING_FORMS:
            return False
        if a.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


# The forms of "write": an author who writes may write in the document that owns them.
WRITES = frozenset(inflections("write"))


def _determined(tok: Token) -> bool:
    """A noun with an article, a possessive or a compound before it: "the minutes", "its
    minutes", "the board's minutes", "meeting minutes"; not a stretch of an event's time, which a
    number or an order word tells ("in the final four minutes", "the closing minutes")."""
    if any(c.dep_ == "nummod" or c.lower_ in STRETCH_ORDER_WORDS for c in tok.lefts):
        return False
    return any(c.dep_ in ("det", "poss", "compound") and c.i < tok.i for c in tok.children)


def _written_in(tok: Token) -> bool:
    """A paper the words are said or written in: the object of "in" on the verb of saying."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and (verb.lower_ in WRITES or _speaks(verb))


def _owns_the_speaker(tok: Token) -> bool:
    """A document whose author (or co-author, signatory) is the one who speaks, and who says the
    words rather than writing them: "the study's lead author, Dr. Mwangi, said in an interview"
    speaks outside the study; "the report's authors wrote" may write in it."""
    for a in tok.ancestors:
        if a.dep_ in ("nsubj", "nsubjpass"):
            return a.head.lower_ not in WRITES
    return False


def _outside(tok: Token) -> bool:
    """"outside court", "outside the House of Commons", "on the steps of the High Court", "on the
    courthouse steps": by the place, not in it."""
    while tok.dep_ in ("pobj", "compound") and tok.head.i != tok.i:
        prep = tok.head
        if prep.lower_ in OUTSIDE or prep.lower_ in OUTSIDE_PLACES or tok.lower_ in OUTSIDE_PLACES:
            return True
        if prep.lower_ != "of" and tok.dep_ == "pobj":
            return False
        tok = prep.head if tok.dep_ == "pobj" else prep
    return False


def _member_of(tok: Token) -> bool:
    of = tok.head
    return tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in MEMBERS


def _venue(tok: Token) -> str | None:
    """A hearing or testimony belongs to a court or a parliament, as the sentence says; to a
    court where it does not say ("Grant testified"), but a hearing may be either's: one the
    words were said at ("At the hearing, Lee said", "At a hearing in October, Lee asked") is the
    one of the court or parliament named last before it; one told ("told the hearing", "told a
    parole hearing"), or where a body was told ("told the board at an oral hearing"), is a
    court's where the words before name no parliament."""
    words = {t.lower_ for t in tok.sent}
    if any(_parliament_word(t) for t in tok.sent):
        return "parliament"
    if words & COURT_WORDS - {"testimony"} or not tok.lower_.startswith("hearing"):
        return "court"
    if _a_body_told_at(tok):
        return "court"
    # "At a hearing in October, X asked ...": a hearing the words were said at, told of before or
    # not, is the one of the court or parliament named last before it; not a council's "public
    # hearing" named with no body
    public = not _definite(tok) and any(c.dep_ == "amod" and c.lower_ == "public" for c in tok.children)
    if _told_to(tok) and not public:
        return _venue_before(tok) or "court"  # "told the hearing", "told a parole hearing"
    return _venue_before(tok) if _sat_at(tok) and not public else None


def _a_body_told_at(hearing: Token) -> bool:
    """A hearing where the phrase's verb told someone other than the press, an outlet or a
    city's council what was said: "told the board at an oral hearing", "told the regulator on
    the second day of its hearing" (a regulator's, a tribunal's or a board's hearing: court, as
    conventions.md's "arguments in a hearing"); not "told reporters at the hearing", nor "told
    council at a public hearing"."""
    tok = hearing
    while tok.dep_ == "pobj":
        prep = tok.head
        verb = prep.head
        if verb.pos_ == "VERB":
            if prep.lower_ not in ("at", "during", "in", "on") or verb.lower_ not in TOLD:
                return False
            told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            return bool(told) and not any(t.lower_ in PRESS or t.lower_ in MUNICIPAL_WORDS
                                          or any(c.lower_ in MUNICIPAL_WORDS for c in t.children)
                                          or names_outlet(list(t.subtree)) for t in told)
        if prep.lower_ != "of":
            return False
        tok = verb  # "on the second day of its hearing": the day's phrase
    return False


def _panel_venue(panel: Token) -> str | None:
    """A hearing's panel told: a parliament's or a court's as the sentence says; else the court
    or parliament the story named last before it, or a court where it tells of a hearing near
    it, before or after ("the second day of its hearing ... told the commission's panel", "...
    told the panel. ... The hearing continues until May 2.")."""
    if any(_parliament_word(t) for t in panel.sent):
        return "parliament"
    if {t.lower_ for t in panel.sent} & COURT_WORDS:
        return "court"
    venue = _venue_before(panel)
    if venue is not None:
        return venue
    doc, sentence = panel.doc, panel.sent
    near = doc[max(0, sentence.start - VENUE_REACH):min(len(doc), sentence.end + VENUE_REACH)]
    return "court" if any(t.lower_ in VENUE_NOUNS for t in near) else None


def _of_inquiry(commission: Token) -> bool:
    """A commission that hears witnesses, by its own words or the story's before it, up to
    VENUE_REACH words back ("a judicial commission of inquiry ... told the commission", "told the
    royal commission"; inquiry-commissions.txt)."""
    doc = commission.doc
    return any(t.lower_ in INQUIRY_COMMISSIONS
               for t in doc[max(0, commission.sent.start - VENUE_REACH):commission.sent.end])


def _sat_at(tok: Token) -> bool:
    """A hearing the words were said at or during, by the phrase's verb: "At the hearing, Lee
    said", "said during the evening session of the hearing"; not one spoken of ("her
    performance at the hearing")."""
    while tok.dep_ == "pobj":
        prep = tok.head
        if prep.head.pos_ in ("VERB", "AUX"):
            return prep.lower_ in ("at", "during", "in")
        if prep.lower_ != "of":
            return False
        tok = prep.head  # "the session of the hearing"
    return False


def _definite(tok: Token) -> bool:
    """"the hearing", "Tuesday's hearing": one the story has told of."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in tok.children)


def _venue_before(tok: Token) -> str | None:
    """The court or parliament the words before `tok`'s sentence name last, up to VENUE_REACH
    words back: "Lee appeared in court on Monday. ... At the hearing, ...". "house" is left out
    (more often a home, or the White House, than the chamber), and so is a committee: a party's
    platform committee holds hearings too."""
    start = tok.sent.start
    for t in reversed(tok.doc[max(0, start - VENUE_REACH):start]):
        if t.lower_ in PARLIAMENT_WORDS and t.lower_ != "house" and t.lower_ not in COMMITTEES:
            return "parliament"
        if t.lower_ in COURT_WORDS - {"testimony", "inquiry"}:
            return "court"
    return None
