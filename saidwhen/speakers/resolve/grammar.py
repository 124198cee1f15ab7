"""Small readings of the grammar around a speaker mention, from its tokens alone: whether a verb
opens a passive, a role is possessed, a name is bracketed, a phrase counts its people."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicon import BE_FORMS, BODY_PREPOSITIONS, DEMONYMS, GOVERNMENTS, ORG_NAME_WORDS, PARTY_MEMBERS, QUESTION_WORDS
from ...parsing.texts import text_of
from .. import descriptions
from ..salience import INDEFINITE, SHARE_NOUNS

if TYPE_CHECKING:  # spaCy is imported where parsing happens, not here
    from spacy.tokens import Doc, Token

    from ..names import NameMention

# "One Iowa Republican", "an Ontario Liberal": one of a party or a people, whatever its capitals.
MEMBER_NOUNS = PARTY_MEMBERS | DEMONYMS
QUALIFIER_REACH = 4  # words before a title or role that say which one: 'Fire department spokesman'
OPEN_CLASS_BREAKS = frozenset({"DT", "PDT", "IN", "CC", "PRP", "PRP$", "MD", "POS", "WDT", "WP"})


def passive(doc: Doc, verb: int) -> bool:
    """'were charged', 'have been arrested', 'was badly hurt': the verb at `verb` opens a
    passive (read from words and tags, as the sentence may be unparsed). 'Were expected to
    sign', 'are due to meet' are not: the subject does what the infinitive says."""
    if verb >= len(doc) or doc[verb].lower_ not in BE_FORMS | {"have", "has", "had"}:
        return False
    for tok in doc[verb + 1:verb + 5]:
        if tok.lower_ in ("been", "being") or tok.tag_ == "RB":
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return tok.tag_ == "VBN" and (doc[verb].lower_ in BE_FORMS or doc[tok.i - 1].lower_ == "been") \
            and (after is None or after.lower_ != "to")
    return False


def counted(head: Token) -> bool:
    """'the two leaders', 'both men': a plural description that counts the people it means."""
    return any(t.lower_ in descriptions.PAIR_NOUNS for t in head.lefts)


def shares_of(tok: Token) -> bool:
    """'Shares in Multiplex Group fell after it said': a company whose shares a story reports
    acts as the subject would."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.lower_ in SHARE_NOUNS


def a_question(verb: Token) -> bool:
    """'asked Sanders how he was feeling', 'asked her about the vote', 'asked if ...': a
    question put, not a request ('asked Ana Ruiz to join the board')."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ == "ccomp" and any(t.lower_ in QUESTION_WORDS for t in child.subtree if t.i < child.i):
            return True
    return False


def place_qualifier(head: Token) -> Token | None:
    """'The US central bank', 'the UK federal agency': a name before an organisation noun with
    an adjective in lower case between them says where the body is, not whose it is ('the
    Acme board', 'the Trump campaign' and 'the Interfax news agency' are theirs). Documents
    and the press aside."""
    if descriptions.is_document(head) or head.lower_ in descriptions.PRESS_NOUNS:
        return None
    for tok in head.lefts:
        if tok.dep_ in ("compound", "nmod") and tok.tag_ in ("NNP", "NNPS"):
            between = head.doc[tok.i + 1:head.i]
            if len(between) and all(t.text.islower() and t.tag_ == "JJ" for t in between):
                return tok
    return None


def of_document(head: Token) -> Token | None:
    """The document a plural is part of: 'the results of the poll', 'the findings of a study'."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children if o.dep_ == "pobj" and descriptions.is_document(o)), None)
    return None


def of_a_body(head: Token) -> bool:
    """'The deputy head of China's delegation', 'the state's party leader': a role the phrase
    places in a body of its own, an office, not a word for whoever the passage is about."""
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in head.children):
        return True
    # Not 'the father of three': a count of children is no body.
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ != "NUM" for o in c.children)
               for c in head.children)


def another_government(head: Token) -> bool:
    """'The Indonesian government', 'the federal government', 'the US government': a government
    the phrase itself qualifies is not the place whose government the article named elsewhere
    (only a bare 'the government', 'the province' is)."""
    return head.lower_ in GOVERNMENTS and not descriptions.is_bare(head)


def placed_around(doc: Doc, mention: NameMention, role: str) -> set[str]:
    """'Fire department spokesman Tom Reed', 'spokesman Tom Reed of the fire service': the words
    that say whose `role` a name holds, lower-cased: those of its title but the role, and those
    before the title back to a determiner, verb or punctuation; and "of" (or "for", "at") where
    such a phrase follows the name, or an apposition does."""
    start = mention.start - len(mention.title.split())
    out = {w.lower() for w in mention.title.split()} - {role}
    for tok in reversed(doc[max(0, start - QUALIFIER_REACH):start]):
        if tok.tag_ in OPEN_CLASS_BREAKS or tok.tag_.startswith("VB") or not tok.is_alpha:
            break
        out.add(tok.lower_)
    after = doc[mention.end:mention.end + 2]
    if len(after) and after[0].lower_ in BODY_PREPOSITIONS:
        out.add(after[0].lower_)
    elif len(after) == 2 and after[0].text == "," and after[1].tag_ == "DT":
        out.add(",")
    return out - {role}


def one_of_many(head: Token) -> bool:
    """'One Iowa Republican', 'an Ontario Liberal': a member of a party or a people."""
    return head.lower_ in MEMBER_NOUNS and head.left_edge.lower_ in INDEFINITE | {"one"}


def possessed(head: Token) -> bool:
    """'Connecticut's tax commissioner', 'the team's coach' (not 'her lawyer')."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in head.children)


def opens_paragraph(doc: Doc, start: int) -> bool:
    text, i = text_of(doc), doc[start].idx
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def bracketed(tok: Token) -> bool:
    """'the secretary of CEI (Italian Bishops' Conference), Ann Lee,': a name in brackets
    spells out the one before it; it names no one in apposition."""
    start = tok.left_edge.i
    return start > 0 and tok.doc[start - 1].text == "("


def past_a_clause(tok: Token) -> bool:
    """'The actor, whose films include Michael Collins and Star Wars: The Phantom Menace, said':
    what the parser hangs on a head as its apposition after a relative clause of that head is the
    clause's own list, not a name of the head."""
    head = tok.head
    return any(c.dep_ == "relcl" and head.i < c.i < tok.i for c in head.children)


def proper_name(head: Token) -> str:
    """The run of proper nouns that ends at `head`: 'Obama' of 'Obama on Climate Change'."""
    first = head.i
    doc = head.doc
    while first > 0 and doc[first - 1].tag_ in ("NNP", "NNPS") and not doc[first - 1].whitespace_.count("\n"):
        first -= 1
    if first > 0 and doc[first - 1].text == "The" and \
            any(t.lower_ in ORG_NAME_WORDS for t in doc[first:head.i + 1]):
        first -= 1  # "The New York Times" is the paper's name
    return doc[first:head.i + 1].text
