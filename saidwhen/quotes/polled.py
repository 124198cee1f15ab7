"""The people a poll asked are no speaker: '55 per cent of respondents said they would ...', 'a
third of those asked said ...', 'Voters told pollsters ...' report a poll's figure, answers
counted and no one's words on a day. A quote whose speaker phrase is a share of people, or the
people a poll asked, is no quotation; the poll or survey that gives the figure ('according to a
survey by ...', 'the poll found') stays its maker's report, as a document's words do."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (BARE_FIGURES, LIKELIHOOD_ADJECTIVES, PEOPLE_FIGURES, PERCENT_WORDS, POLL_RESPONDENTS, POLL_SHARES,
                       POLL_STORY_NOUNS, POLL_STORY_SHARES, POLLED_PARTICIPLES, POLLSTERS, SHARE_REMAINDERS)
from ..parsing.marks import paragraphs
from ..parsing.texts import text_of
from .cues import speech_lemma
from .found import FoundQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Prepositions of a ratio of people: 'one in four', 'seven out of 10'.
RATIO_PREPOSITIONS = ("in", "out")


def poll_answers(doc: Doc, found: list[FoundQuote]) -> frozenset[tuple[tuple[int, int], ...]]:
    """The content spans of the quotes whose speaker the grammar makes the people a poll asked.
    They are dropped from the records only at the end (pipeline): until then they are cues the
    paper wrote, that tell its way of telling ("say" in the present) and the runs of quotes."""
    return frozenset(q.content for q in found if _polled(doc, q))


def _polled(doc: Doc, q: FoundQuote) -> bool:
    """Whether the quote's cue and speaker phrase make it a poll's answer: told to pollsters,
    "more likely to say", a share or ratio, the people a poll asked, bare figures, or "most"
    in a poll's story. Never a speaker named by a proper noun, nor one after the cue."""
    if q.cue is None or q.subject is None:
        return False
    cue, subject = doc[q.cue[0]], doc[q.subject]
    if subject.tag_ == "NNP" or cue.i < subject.i < cue.i + 3 and subject.dep_ != "nsubj":
        return False  # "Diana Ruocco, ... who was among those surveyed, said", "50 Cent", "said Ann Moreau": one named
    return _told_pollsters(cue) or _likely_to_say(cue) or _share(subject) or _asked_by_a_poll(subject) \
        or _bare_figures(subject, cue) or _share_in_a_poll_story(subject)


def _bare_figures(subject: Token, cue: Token) -> bool:
    """'the latest data show', 'The numbers suggest that ...': figures with no maker in their
    phrase (no name, no possessive, no "from"/"by"/"of" phrase: 'Home Office figures', 'data
    from comScore' speak for their maker). Not figures that are people: the subject of "say"
    itself ('Labour figures said') or with a "who" clause ('figures who backed the plan')."""
    if subject.lower_ not in BARE_FIGURES or subject.tag_ not in ("NNS", "NN"):
        return False
    if subject.lower_ in PEOPLE_FIGURES and (speech_lemma(cue.lower_) == "say" or any(
            c.dep_ == "relcl" and any(w.tag_ == "WP" for w in c.children) for c in subject.children)):
        return False
    return not any(c.dep_ in ("compound", "poss", "prep", "nmod", "acl") for c in subject.children)


def _share_in_a_poll_story(subject: Token) -> bool:
    """'Most parents said they supported a ban' where the paragraph or the one after names a
    poll, a survey, those it asked or its pollsters ('The poll of 900 parents was done online')."""
    if not any(c.lower_ in POLL_STORY_SHARES and c.dep_ in ("amod", "advmod", "det") for c in subject.children) \
            and subject.lower_ not in POLL_STORY_SHARES:
        return False
    doc = subject.doc
    paras = paragraphs(text_of(doc))
    here = next((k for k, (start, end) in enumerate(paras) if start <= subject.idx < end), None)
    if here is None:
        return False
    start, end = paras[here][0], paras[min(here + 1, len(paras) - 1)][1]
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lower_ in POLL_STORY_NOUNS and t.pos_ == "NOUN" for t in span)


def _likely_to_say(cue: Token) -> bool:
    """'Republicans are far more likely than Democrats to say ...': a cue under an adjective of
    likelihood compares what shares of a poll's groups answered, or guesses at words to come."""
    return cue.head.i < cue.i and cue.head.lower_ in LIKELIHOOD_ADJECTIVES and cue.dep_ in ("xcomp", "advcl", "ccomp")


def _told_pollsters(cue: Token) -> bool:
    """'Voters in both parties told pollsters the economy was their top concern'."""
    return speech_lemma(cue.lower_) == "tell" and any(
        c.dep_ in ("dobj", "dative", "iobj") and c.lower_ in POLLSTERS for c in cue.children)


def _share(subject: Token) -> bool:
    """'Fifty-five per cent of respondents', 'Some 42%', 'A third of those asked', 'One in four
    Canadians', 'Two-thirds of Australians', 'the remainder': a percentage, a fraction or a
    ratio of people as the speaker phrase's head. Not a bare count ('Two officials said', '39
    said they back her'), which counts people who spoke."""
    if subject.lower_ in POLL_SHARES and _glued_to_a_word(subject):
        return False  # "The World Cup-winning fly-half said": a player's position, no share
    if _percent(subject) or subject.lower_ in POLL_SHARES or subject.lower_ in SHARE_REMAINDERS:
        return True
    if any(_percent(c) for c in subject.children):  # "42 %" with the number for head
        return True
    return _ratio(subject)


def _glued_to_a_word(token: Token) -> bool:
    """'fly-half', 'scrum-half', 'centre-half': the word after a hyphen, with no space either side,
    that follows a word, not a number ('one-third' is a share)."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].is_alpha and not _number(doc[i - 2])


def _ratio(subject: Token) -> bool:
    """'One in four Canadians', 'Three out of four women', 'About 6 in 10', 'one in three people
    aged 16 to 24': a number, "in" or "out of", a number, before the phrase's head or as it."""
    doc = subject.doc
    words = doc[subject.left_edge.i:subject.i + 1]
    for k, token in enumerate(words):
        if token.lower_ in RATIO_PREPOSITIONS and k > 0 and _number(words[k - 1]):
            after = doc[token.i + 1:min(token.i + 3, len(doc))]
            if any(_number(t) for t in after):
                return True
    return (subject.like_num or subject.tag_ == "CD") and any(
        c.lower_ in RATIO_PREPOSITIONS and any(_number(t) for t in c.subtree if t.i != c.i) for c in subject.children)


def _percent(token: Token) -> bool:
    """'%', 'percent', 'per cent' (not the rapper '50 Cent', whose "Cent" has no "per")."""
    if token.lower_ not in PERCENT_WORDS:
        return False
    return token.lower_ != "cent" or token.i > 0 and token.doc[token.i - 1].lower_ == "per"


def _number(token: Token) -> bool:
    return token.like_num or token.tag_ == "CD"


def _asked_by_a_poll(subject: Token) -> bool:
    """'Respondents', 'a majority of respondents', 'those polled', 'young Indians surveyed', 'the
    nurses who responded': a noun of the people a poll asked, or a polling participle on a
    plural or on "those" in the speaker phrase (not one whose agent or subject is someone else:
    'senators questioned by reporters said', 'the experts I asked said' spoke)."""
    for token in subject.subtree:
        if token.lower_ in POLL_RESPONDENTS:
            return True
        if token.lower_ in POLLED_PARTICIPLES and token.i != subject.i and _on_people(token) \
                and not any(c.dep_ == "agent" or c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT")
                            for c in token.children):
            return True
    return False


def _on_people(participle: Token) -> bool:
    """The participle describes a plural or "those" ('those asked', 'adults questioned')."""
    head = participle.head
    return head.lower_ in ("those", "people") or head.tag_ in ("NNS", "NNPS")
