"""The words that say where and when: a quote's attribution, and a scene-setting sentence.

An attribution is the cue with everything that hangs on it in the parse (its
subject, objects, "in a statement", "on Monday"), outside any quoted words and
any clause of its own: in "she said, adding that she would post it on
Instagram" the reported clause names no channel of the saying.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..quotes.attribution import SUBJECT_DEPS as SUBJECTS, title_article
from ..quotes.cues import direct_lemma
from ..parsing.words import columns
from .channels import TOPIC, channel_at, channel_in, testifies
from .outlets import programme_at
from .layout import Layout
from .when import yet_to_come
from ..lexicon import CHANNEL_NOUNS, DOCUMENT_NOUNS, REASON_MARKS, SPEAKING_FORMS, TELLING, TOLD, ASKED_PARTICIPLES as ASKED
from ..lexicon import APPEARING, BACK_REFERENCE, NAMING_PARTICIPLES, RELEASED_TEXTS, TEXT_FORMS, UNDATED
from ..lexicon import REFERRING_PARTICIPLES as REFERRING
from ..lexicon import (OCCASION_PHRASE_PREPOSITIONS as OPENING, SPANNING_PREPOSITIONS as SPANS,
                       OCCASION_PREPOSITIONS as OCCASION, DATING_PARTICIPLES as PUBLISHED,
                       OBTAINING_PARTICIPLES as OBTAINED, PAST_AUXILIARIES, SAME_MOMENT, MOMENT_OR_COMPARISON,
                       PARTICIPLE_OCCASION_PREPOSITIONS as AT_AN_OCCASION, QUOTING_FORMS)

# The tags of a verb in a simple tense: "wrote", "says", "say".
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# Clauses with a subject and time of their own, and descriptions of the speaker ("David
# Plouffe, the architect of Obama's 2008 campaign"), left out of an attribution.
OWN_CLAUSES = {"relcl", "ccomp", "parataxis", "appos"}
# "appeared on CNN and said", "wrote on Twitter, saying", "took to Instagram to say":
# the verb the cue hangs on is part of the attribution too.
RAISING = {"conj", "advcl", "xcomp"}
MAX_RAISE = 2
# Clauses of a narrative sentence that may be about something else than saying.
ASIDES = {"advcl", "xcomp", "pcomp", "acl"}
# Phrases before a verb that set time and place ("In court on Tuesday, ...").
FRONTED = {"prep", "npadvmod", "advmod"}
# The climb from a time to the verb of the saying stops after this many words: a longer path
# leads through something else.
MAX_PATH = 8
# Dependencies that open a clause of its own: a time in it tells of that clause's verb first.
CLAUSES = {"advcl", "relcl", "acl", "ccomp", "xcomp", "conj", "parataxis", "csubj"}
# Words that set a clause at the moment of what it hangs on ("Wednesday, when Ryan said"); not
# "as", which also compares or cites ("prices rose in 2004, as the report said").
MOMENT = SAME_MOMENT - MOMENT_OR_COMPARISON


def attribution(layout: Layout, cue: Token) -> tuple[list[Token], list[Token]]:
    """The words of the attribution around `cue`, in text order, and those of them that may
    name its channel: not those of an adverbial clause about something else than the saying."""
    roots = _roots(layout, cue)
    words = _gathered(layout, roots, OWN_CLAUSES)
    opening = _opening(layout, roots[-1])
    borrowed = _fronted(layout, roots[-1]) + _host_phrases(layout, roots[-1]) + opening \
        + _described(cue) + _spoken_before(layout, roots[-1]) + _published(layout, words) \
        + _moment_of_host(layout, roots[-1]) + _one_told(layout, roots[-1]) + _thing_quoted(roots[-1])
    if borrowed:
        words = sorted(set(words) | set(borrowed), key=lambda t: t.i)
    # the opening phrase is the main verb's however the parser hung it: "In a letter to the
    # minister dated Feb. 27, the union warned" hangs the letter on "dated", read as a clause
    told = sorted(set(_told(words, {"advcl"}, roots)) | set(opening), key=lambda t: t.i)
    occasion = _occasion_clause(layout, roots[-1]) + _participle_occasion(layout, roots[-1]) \
        + _participle_sitting(layout, roots[-1])
    return words, sorted(set(told) | set(occasion), key=lambda t: t.i) if occasion else told


def _thing_quoted(verb: Token) -> list[Token]:
    """"State radio quoted a letter from the minister as saying ...": what the reporter quoted
    as saying is the vehicle of the words where it is a thing (the letter, a statement), the
    object of "quoted" that "as saying" hangs on; "quoted the minister as saying" names none."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lower_ not in QUOTING_FORMS:
        return []
    return [c for c in prep.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]


def _one_told(layout: Layout, verb: Token) -> list[Token]:
    """'told the BBC progress had been made': the words between "told" and the clause it
    reports are the one told, however the parser hung them (as words of the clause's subject)."""
    if verb.lower_ not in TOLD:
        return []
    titled = [t for c in verb.children if c.dep_ == "ccomp" and title_article(c) for t in c.subtree]
    if titled:
        return titled  # "told the German weekly Die Zeit": the title read as a clause ("die")
    doc, out = verb.doc, []
    i = verb.i + 1
    while i < len(doc) and not layout.quoted[i] and not doc[i].is_punct and not doc[i].is_space:
        out.append(doc[i])
        i += 1
    return out if i < len(doc) and layout.quoted[i] else []


def _occasion_clause(layout: Layout, verb: Token) -> list[Token]:
    """"When Simpson held a news conference on Monday, he said": a clause of the same subject,
    set at the same moment, that names an occasion of speaking is where the words were said.
    "When he was mayor" names none; "After she spoke at the rally" is another moment (and
    "When the mayor held a rally, Reed said" another person's)."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or not _same_subject(clause, verb) or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in SAME_MOMENT and c.i < clause.i for c in clause.children):
            continue
        words = [t for t in clause.subtree if not layout.quoted[t.i]]
        if (channel := channel_in(words)) is not None and channel.occasion:
            return words
    return []


def _moment_of_host(layout: Layout, verb: Token) -> list[Token]:
    """"The anxiety was underscored Wednesday when Ryan criticized ...": a saying in a clause of
    "when" (or "as", "while") happened at the moment the clause hangs on: the time it is a
    relative clause of ("Wednesday, when ..."), or the phrases of time of the verb it is an
    adverbial clause of. Only phrases that hold a time: the verb's others tell of what it is
    about, not of the saying."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "when Ryan lamented ... and criticized ..."
    host = verb.head
    if verb.dep_ not in ("advcl", "relcl") or host.i == verb.i or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in MOMENT and c.i < verb.i for c in verb.children):
        return []
    if verb.dep_ == "relcl":
        timex = layout.timex_at.get(host.i)
        return [t for t in host.subtree if layout.timex_at.get(t.i) is timex] if timex is not None else []
    if host.pos_ not in ("VERB", "AUX"):
        return []
    phrases = [c for c in host.children if c.dep_ in ("prep", "npadvmod") and c.i < verb.i
               and any(t.i in layout.timex_at for t in c.subtree)]
    return [t for c in phrases for t in c.subtree if not layout.quoted[t.i]]


def _participle_occasion(layout: Layout, verb: Token) -> list[Token]:
    """"said Murphy, using a term he coined, on a conference call with reporters": the parser
    hangs the occasion on the participle that tells how the words were said, which happened
    where they were said; only that phrase, not what the participle is about."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i < verb.i or \
                any(c.dep_ in SUBJECTS for c in clause.children):
            continue
        for phrase in clause.children:
            if phrase.dep_ != "prep" or phrase.lower_ not in AT_AN_OCCASION or phrase.i < clause.i:
                continue
            words = [t for t in phrase.subtree if not layout.quoted[t.i]]
            if (channel := channel_in(words)) is not None and channel.occasion:
                found += words
    return found


def _participle_sitting(layout: Layout, verb: Token) -> list[Token]:
    """"Opposing the budget in the Dáil on Tuesday, Mulvey said": a participle of the speaker's
    own that opens the sentence, done in a sitting of parliament, puts the words said with it
    there; only that phrase ("in the Dáil"), not what the participle is about, and not a
    place gone to ("Heading into the Commons")."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i > verb.i or \
                any(c.dep_ in SUBJECTS for c in clause.children):
            continue
        # the parser may hang the phrase on the participle's object ("the budget in the Dáil")
        heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
        for phrase in (p for h in heads for p in h.children):
            if phrase.dep_ != "prep" or phrase.lower_ not in AT_AN_OCCASION or phrase.i < clause.i:
                continue
            words = [t for t in phrase.subtree if not layout.quoted[t.i]]
            if (channel := channel_in(words)) is not None and channel.label == "parliament":
                found += words
    return found


def _same_subject(clause: Token, verb: Token) -> bool:
    """Whether a clause before `verb` is about its subject: the same word, or a pronoun for
    the other ("When Simpson held ..., he said")."""
    theirs = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    mine = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if theirs is None or mine is None:
        return False
    return mine.pos_ == "PRON" or theirs.pos_ == "PRON" or mine.lower_ == theirs.lower_


def swallowed(layout: Layout, words: Span) -> list[Token]:
    """The words at the end of a reported clause (`words`, a quote's last span, in no quotation
    marks) that say where and when its words were said: in "Reed said the members were cowards
    in a tweet Tuesday" the parser hangs "in a tweet Tuesday" on "were" and the span takes it
    in. A phrase of "in" and a text or a post ("a tweet", "a statement") followed by a time
    ends such a clause only as the saying's; with no time ("had lied in a statement") it may
    be what was reported, and is left to it. The text's participle of its own time may stand
    between ("paid too much, in a report released Wednesday")."""
    end = words.end
    while end > words.start and words.doc[end - 1].is_punct:
        end -= 1
    t = columns(words.doc)
    for i in range(words.start, end):
        if t.dep[i] != "prep" or t.lower[i] != "in":
            continue  # (read from the columns: a Token is made only for a phrase of "in")
        tok = words.doc[i]
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "NOUN" or channel_at(noun) is None:
            continue
        after = words.doc[noun.i + 1:end]  # nothing after the text but its time: "Tuesday", "on Tuesday"
        if after and after[0].lower_ in PUBLISHED and after[0].head.i == noun.i and words.doc[tok.i - 1].text == ",":
            after = after[1:]  # set off at the clause's end: "..., in a report released Wednesday"
        if any(yet_to_come(layout.timex_at[t.i], layout.date) for t in after if t.i in layout.timex_at):
            continue  # "he will raise the matter in parliament next week": where and when it is to be
        if any(t.i in layout.timex_at for t in after) and \
                all(t.i in layout.timex_at or t.lower_ == "on" for t in after):
            return list(words.doc[tok.i:end])
    return []


def _roots(layout: Layout, cue: Token) -> list[Token]:
    """The cue and the verbs of saying it hangs on ("appeared on CNN and said")."""
    roots = [cue]
    first = _first_participle(cue)
    if first is not None and not layout.quoted[first.i]:
        roots.append(first)
    for _ in range(MAX_RAISE):
        tok = roots[-1]
        if tok.dep_ not in RAISING or tok.head.i == tok.i or layout.quoted[tok.head.i]:
            break
        if not _saying(tok.head):
            break  # "welcomed the statement and said": the statement is not where she said it
        roots.append(tok.head)
    return roots


def _first_participle(cue: Token) -> Token | None:
    """"wrote to the mayor, demanding that the mill be reopened and saying ...": the parser may
    join a second participle of saying to the first one's reported clause; it goes with the first."""
    clause = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "conj" or clause.dep_ != "ccomp":
        return None
    first = clause.head
    # the first one tells how a finite saying was done ("wrote ..., demanding"); not what was
    # heard ("was hearing a candidate acknowledging ... and promising")
    if first.tag_ != "VBG" or not _saying(first) or first.head.tag_ not in FINITE_TAGS:
        return None
    return first


def saying_times(layout: Layout, cue: Token, words: list[Token]) -> list[Token]:
    """The words of `words` that are times of the saying, the most directly tied first: "said
    on Wednesday" before "after Tuesday's vote". A time is left out where its path up the parse
    to the cue shows it dates something else: the speaker ("said 2012 champion Ana Silva", "Reed,
    arrested on Monday, said"; not a document's time, "a report released Wednesday said"), what
    was spoken about ("in an interview about the Feb. 1 vote"), or what someone in the attribution
    did ("told the committee investigating the Jan. 6 attack"; not "in an essay published Monday"),
    a figure ("Marous said, from an estimated $470 million this year"), or a state's span ("in office
    since 2019"). A time on the saying itself comes before one of a phrase borrowed from the verb
    the cue hangs on: "By September, sales overtook dial-up and in December BT announced" is
    December's."""
    roots = {t.i for t in _roots(layout, cue)}
    ranked = []
    for tok in words:
        timex = layout.timex_at.get(tok.i)
        if timex is None:
            continue
        nouns = _nouns_to_saying(layout, tok, roots)
        if nouns is not None:
            ranked.append((not _on_the_saying(tok, roots), nouns, tok.i, tok))
    return [tok for *_, tok in sorted(ranked)]


def _on_the_saying(tok: Token, roots: set[int]) -> bool:
    """Whether the climb from `tok` up the parse reaches the cue or a verb of saying it hangs on
    through phrases alone, not through a clause of its own ("chanting ... after the union failed
    on Friday" is not on the chanting)."""
    for _ in range(MAX_PATH):
        if tok.i in roots:
            return True
        if tok.head.i == tok.i or tok.dep_ in CLAUSES:
            return False
        tok = tok.head
    return False


def _nouns_to_saying(layout: Layout, tok: Token, roots: set[int]) -> int | None:
    """How many nouns the path from the time at `tok` to the saying passes (none for "said
    Monday", one for "at the June 9 briefing"); None where the time dates something else."""
    timex = layout.timex_at[tok.i]
    if tok.dep_ == "advmod" and tok.lower_ in UNDATED \
            and (tok.head.pos_ == "PROPN" or tok.head.lower_ in NAMING_PARTICIPLES):
        return None  # "said on X, formerly Twitter, that": when the name was another, not the saying
    nouns = 0
    occasion = False  # "Officials at Monday's meeting said": where they spoke, not who they are
    came_from = tok.i  # the word the climb came from
    for _ in range(MAX_PATH):
        if tok.i in roots:
            return nouns
        if tok.dep_ in SUBJECTS and tok.head.i in roots and not (occasion or _a_document(tok)):
            return None  # a time in the description of the speaker
        own = layout.timex_at.get(tok.i) is timex
        if not _speaking(tok) and _of_something_else(tok, own, layout.timex_at.get(came_from) is timex,
                                                     nouns, roots):
            return None
        # "Moreau, speaking to reporters on Thursday, said": the speaking is the saying
        occasion = occasion or (tok.dep_ == "prep" and tok.lower_ in OCCASION) or _speaking(tok)
        if tok.pos_ in ("NOUN", "PROPN") and not own:
            nouns += 1
        if tok.head.i == tok.i:
            break
        came_from, tok = tok.i, tok.head
    return nouns  # a phrase borrowed from the verb the cue hangs on ("voted on Tuesday, saying")


def _moment_named(prep: Token, roots: set[int]) -> bool:
    """"has argued for it since 2017, when he told a Senate committee ...": the saying is in a
    clause of "when" on the time the span starts from, at that moment, not over the span."""
    return any(clause.dep_ == "relcl" and clause.i in roots
               and any(c.dep_ in ("mark", "advmod") and c.lower_ in MOMENT for c in clause.children)
               for time in prep.children if time.dep_ == "pobj" for clause in time.children)


def _of_something_else(tok: Token, own: bool, from_time: bool, nouns: int, roots: set[int]) -> bool:
    """Whether the word `tok`, met climbing from a time to the saying, shows that the time is of
    something else. `own`: `tok` is a word of the time; `from_time`: the climb came from one."""
    if tok.dep_ == "prep" and tok.lower_ in TOPIC and nouns:
        return True  # "in an interview about the Feb. 1 vote": what was spoken about
    if tok.dep_ == "advcl" and tok.lower_ in REFERRING:
        return True  # "said Reed, referring to the operation in 2004": what was spoken of
    if tok.dep_ == "prep" and tok.lower_ in SPANS and from_time and not _moment_named(tok, roots):
        return True  # "Park, in office since 2019, said": how long a state lasts
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in REASON_MARKS | SPANS for c in tok.children):
        # "Although profits were squeezed in 1989, the company said": that clause's time; "Since
        # the ruling was announced Wednesday, they have said": a bound, not when they said it
        return True
    if tok.dep_ == "acl" and tok.pos_ in ("VERB", "AUX") and tok.lower_ not in PUBLISHED:
        # "the agency, founded in May, said": what it did; "a memo seen by Reuters on Tuesday
        # said": when it was found, not when its words were written
        return tok.lower_ in OBTAINED or not _a_document(tok.head)
    if tok.dep_ == "conj" and tok.head.i in roots and tok.pos_ in ("VERB", "AUX") and not _saying(tok) \
            and any(c.dep_ in SUBJECTS and tok.head.i < c.i < tok.i for c in tok.head.children):
        # "said Tom Reed, who ran the council, and led it to victory in 2008": after a subject set
        # after the cue, the parser may join to the saying a deed that goes on describing the
        # speaker; its time dates that deed
        return True
    if from_time and words_held_to(tok, roots):
        return True  # "As Hale stood by his remark Monday that ..., Lind tried": that remark's day
    if tok.dep_ == "dobj" and tok.head.i not in roots and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head.lower_ not in PUBLISHED  # "told the committee investigating the Jan. 6 attack"
    return not own and _a_figure(tok)  # "said, from an estimated $470 million this year"


def words_held_to(noun: Token, roots: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether a noun of words said before (`lexicon/back-reference.txt`: "his remark Monday", "her
    comments Tuesday"), right on a time, is what a verb of another clause does something to ("As
    the debate went on and Hale stood by his remark Monday that ..., Lind tried to rebuke him"):
    the time dates those earlier words, not the scene; "In his remarks Monday, Hale said" and a
    scene's own "Hale repeated his remarks Monday" hang on the saying or the scene's verb."""
    if noun.lower_ not in BACK_REFERENCE or noun.dep_ not in ("dobj", "pobj"):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return verb.pos_ in ("VERB", "AUX") and verb.i not in roots and not _saying(verb)


def _speaking(tok: Token) -> bool:
    """A participle of the act of saying itself, or of being asked for the words: "Moreau,
    speaking to reporters on Thursday, said", "she said, addressing the legislature on Tuesday",
    "Moreau, asked about the plan on Tuesday, said"."""
    if _speaking_relative(tok):
        return True  # "Moreau, who spoke to reporters on Thursday, said"
    if tok.dep_ not in ("acl", "advcl"):
        return False
    return (tok.tag_ == "VBG" and tok.lower_ in SPEAKING_FORMS) or (tok.tag_ == "VBN" and tok.lower_ in ASKED)


def _spoken_before(layout: Layout, verb: Token) -> list[Token]:
    """"Moreau, who spoke to reporters Thursday, said ...": a relative clause on the speaker that
    tells only of the act of speaking (no words of its own) is the saying's occasion; its
    phrases of time and place are the attribution's. "Moreau, who said last week that ...,
    said" tells of another saying, and is left out."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return []
    phrases = []
    for clause in subject.children:
        if not _speaking_relative(clause):
            continue
        phrases += [t for c in clause.children if c.dep_ in FRONTED for t in c.subtree if not layout.quoted[t.i]]
    return phrases


def _published(layout: Layout, words: list[Token]) -> list[Token]:
    """"In an interview that aired Saturday, Lee said": a relative clause that tells only when a
    channel of the attribution went out (aired, was broadcast, was released) gives the channel's
    own time, as the participle does ("an interview broadcast Sunday"); other relative clauses
    have a subject and time of their own ("the interview, which she regrets"). A participle's
    time the parser hung on the name before it is the participle's ("a letter to Gauthier dated
    Oct. 30")."""
    phrases = []
    for tok in words:
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lower_ in PUBLISHED and tok.i + 1 < len(tok.doc):
            # "In a letter to Gauthier dated Oct. 30": the parser may hang the date on the name
            # before the participle, as its apposition; it is the participle's all the same
            time = tok.doc[tok.i + 1]
            if time.dep_ == "appos" and time.head.i == tok.head.i and time.i in layout.timex_at:
                phrases += [t for t in time.subtree if not layout.quoted[t.i]]
            continue
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        clauses = [c for c in tok.children if c.dep_ == "relcl" and c.lower_ in PUBLISHED and _went_out(c)]
        carried = tok if tok.pos_ == "NOUN" else _broadcasting(tok)
        # the clause's subject put out the channel, or a text or figures with none of their own
        # ("according to figures the ministry released on Wednesday")
        if clauses and carried.pos_ == "NOUN" and (carried.lower_ in RELEASED_TEXTS
                                                   or channel_at(carried) is not None):  # channel_at costs more
            phrases += [t for clause in clauses for c in clause.children if c.dep_ in FRONTED
                        for t in c.subtree if not layout.quoted[t.i]]
    return phrases


def _broadcasting(name: Token) -> Token:
    """The channel a programme or an outlet carried: "an interview with CBC Radio's The House that
    aired Saturday", where the parser hangs the relative clause on the programme's name; the name
    itself where it carried none (a name's own clause says nothing of a channel's day)."""
    prep = name.head
    return prep.head if name.dep_ == "pobj" and prep.lower_ in ("with", "on") and prep.head.pos_ == "NOUN" else name


def _went_out(verb: Token) -> bool:
    """A verb in a past tense ("aired", "was broadcast", "has aired"): "an interview that airs
    Sunday" or "will air Sunday" was given before the day it names."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return all(c.lower_ in PAST_AUXILIARIES for c in verb.children if c.dep_ in ("aux", "auxpass"))


def _speaking_relative(clause: Token) -> bool:
    """A relative clause of speaking with nothing said in it: "who spoke to reporters Thursday"."""
    return clause.dep_ == "relcl" and clause.lower_ in SPEAKING_FORMS and \
        not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in clause.children)


def _a_figure(tok: Token) -> bool:
    """A number or an amount ("$470 million", "22%"): a time on it dates the figure, and such a
    phrase in an attribution is the reported words the parse hung on the cue."""
    return tok.pos_ == "NUM" or tok.lower_ in ("%", "percent") or \
        any(c.dep_ == "quantmod" for c in tok.children)


def _a_document(subject: Token) -> bool:
    """A subject whose words are dated as written: "the report", "Monday's statement", and a
    form of one ("a Spanish version of the letter, dated Feb. 4": the letter's words)."""
    word = subject.lower_
    if word in TEXT_FORMS:
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subject = next((c for c in of.children if c.dep_ == "pobj"), subject) if of is not None else subject
        word = subject.lower_
    return word in DOCUMENT_NOUNS or word in CHANNEL_NOUNS or channel_at(subject) is not None


def _host_phrases(layout: Layout, cue: Token) -> list[Token]:
    """"She voted against the bill on Tuesday, saying ...", "He resigned in 2014, claiming ...":
    a participle is said when and where the verb it hangs on happened; so is a verb joined to it
    with no subject of its own ("She greeted supporters at a rally and told them ...")."""
    host = cue.head
    participle = cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp")
    joined = cue.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in cue.children)
    if not (participle or joined) or host.pos_ not in ("VERB", "AUX"):
        return []
    phrases = [c for c in host.children if c.dep_ in FRONTED and c.i != cue.i]
    return [t for c in phrases for t in c.subtree if not layout.quoted[t.i]]


def _described(cue: Token) -> list[Token]:
    """"The town issued a statement saying ...": a participle that tells what a noun says is
    said in what that noun names."""
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or cue.head.pos_ not in ("NOUN", "PROPN"):
        return []
    noun = cue.head
    return [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]


def _opening(layout: Layout, verb: Token) -> list[Token]:
    """"In a statement released after ..., Cruz said": a sentence that opens with a phrase of
    "in", "during" or "at" sets it for its main verb, read up to the phrase's first verb or
    comma, whatever the parser hung it on (it may hang it on a verb inside the phrase). So
    does one before a cue that the parser hung on the quotation's verb ("In a statement, a State
    Department official said, "We are not going to ..."": the phrase on "going", the cue a
    parataxis of it): the reporter's words open the sentence, not the speaker's."""
    if verb.dep_ != "ROOT" and not (verb.dep_ == "parataxis" and layout.quoted[verb.head.i]):
        return []
    # The sentence's first word read from the columns: most sentences open with no such
    # phrase, and their Span is not made.
    doc, t = verb.doc, columns(verb.doc)
    start = t.sentence_start(verb.i)
    if verb.i == start:
        return []
    if t.tag[start] == "VBG" and (t.lower[start] in TELLING or t.lower[start] in APPEARING):
        # "Sitting down with CNN's “Evening Hour” on Friday, during which ..., Reed remarked": an
        # opening participle of telling tells whom the main verb's words were said to, up to its
        # comma; so does one of appearing on a programme ("Appearing on Radio-Canada's Tout le
        # monde en parle, ...", whose words the parser takes for verbs of the sentence)
        phrase = list(itertools.takewhile(lambda t: t.text != ",", doc[start + 1:verb.i]))
        return [doc[start], *phrase]
    if t.lower[start] not in OPENING:
        return []
    phrase = []
    for tok in doc[start + 1:verb.i]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX") or layout.quoted[tok.i]:
            break
        phrase.append(tok)
    return [doc[start], *phrase] if phrase else []


def _fronted(layout: Layout, verb: Token) -> list[Token]:
    """"During his testimony, he played down ... and denied ...": a phrase put before the first
    of two joined verbs sets the scene for both."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    first = verb.head
    phrases = [c for c in first.children if c.i < first.i and c.dep_ in FRONTED]
    return [t for c in phrases for t in c.subtree if not layout.quoted[t.i]]


def scene_clause(layout: Layout, sentence: Span) -> tuple[list[Token], list[Token]]:
    """The words of a narrative sentence but its relative clauses ("the song in which ..."),
    and those of them that may name where something was said."""
    words = _gathered(layout, [sentence.root], {"relcl"})
    return words, _told(words, ASIDES, [sentence.root])


def _told(words: list[Token], asides: set[str], roots: list[Token]) -> list[Token]:
    """`words` but those of clauses about something else than saying: "Heading into the debate,
    she told MSNBC ...", "voted to hold him in contempt for refusing to testify"; a clause of
    testifying ("Taking the stand, she said ...") is about the saying."""
    left_out: set[int] = set()
    for tok in words:
        if tok.dep_ in asides and tok not in roots and tok.i not in left_out and \
                (not (_saying(tok) or testifies(tok)) or _another_speaker(tok, roots[-1])) and programme_at(tok.left_edge) is None:
            # "told As It Happens", parsed as a clause: a programme's title, kept
            left_out.update(t.i for t in tok.subtree)
    return [t for t in words if t.i not in left_out]


def _another_speaker(clause: Token, verb: Token) -> bool:
    """A clause of saying with a named subject of its own, not the one of `verb`: "Although the
    company's statement said ..., observers said": the statement is not where the observers spoke."""
    theirs = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    mine = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if theirs is None or theirs.pos_ == "PRON":
        return False
    return mine is not None and mine.pos_ != "PRON" and mine.lower_ != theirs.lower_


def _saying(verb: Token) -> bool:
    # a participle of telling or sitting down with someone ("Sitting down with CNN on Friday,
    # Reed said") is the saying's own clause: whom the words were said to
    return verb.lower_ in SPEAKING_FORMS or direct_lemma(verb.lower_) is not None \
        or (verb.tag_ == "VBG" and verb.lower_ in TELLING)


def subject_of(words: Iterable[Token]) -> Token | None:
    """The subject of the main verb among `words` (the root's, else the first verb's)."""
    words = list(words)
    for tok in sorted(words, key=lambda t: (t.dep_ != "ROOT", t.i)):
        subject = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _gathered(layout: Layout, roots: list[Token], pruned: set[str]) -> list[Token]:
    doc = roots[0].doc
    t = columns(doc)  # the tree walked by index: a Token is made only for the words gathered
    seen: set[int] = set()
    stack = [tok.i for tok in roots]
    while stack:
        i = stack.pop()
        if i in seen or layout.quoted[i]:
            continue
        seen.add(i)
        stack.extend(c for c in t.children[i] if t.dep[c] not in pruned)
    return [doc[i] for i in sorted(seen)]
