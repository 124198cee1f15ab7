"""Arcs the small parser draws against the grammar of news writing, redrawn once after the
parse so that every stage reads the same tree."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lexicon import CHANNEL_NOUNS, DAY_WORDS, DOCUMENT_NOUNS, MONTHS_AND_DAYS, NAME_PARTICLES, ROLE_NOUNS, SPEECH_FORMS
from ..lexicon import CUES_READ_AS_NOUNS
from ..lexicon import APPROXIMATING, DATING_PARTICIPLES as PUBLISHED, DIRECT_FORMS, MODAL_NAMES
from .marks import CLOSING_MARK_TOKENS, OPENING_MARK_TOKENS as OPENING_MARKS
from .words import positions

CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl")
CLOSING_MARKS = CLOSING_MARK_TOKENS - {"’"}  # a double closing mark: a single one is also an apostrophe
VERB_TAGS = frozenset({"VB", "VBP", "VBZ"})
PHRASE_DEPS = ("prep", "npadvmod")  # "on Thursday", "Thursday evening"
CLAUSES = frozenset({"ccomp"})
AUXILIARY_ARCS = frozenset({"aux"})
PAST_TAGS = ("VBD", "VBN")
SPEECH_WORDS = frozenset(SPEECH_FORMS)  # for `_tokens`, which looks its words up once an article
RELATIVE_CLAUSE = frozenset({"relcl"})
NOUN_MODIFIERS = ("det", "amod", "compound", "nmod", "poss", "nummod")
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # "that", "who", "whose" opening a relative clause


def _tokens(doc: Doc, attr: str, values: frozenset[str]) -> list[Token]:
    """The tokens whose `attr` is one of `values`, read from the parse's array: the rules below
    look at a few of an article's tokens, and a `Token` made for each of the others costs more."""
    return [doc[i] for i in positions(doc, attr, values)]


def _after_closing_marks(doc: Doc) -> list[Token]:
    """The word right after each closing mark: the two rules of a word read as a verb after a
    quotation look only there, and an article has far fewer closing marks than verbs."""
    return [doc[i + 1] for i in positions(doc, "ORTH", CLOSING_MARKS) if i + 1 < len(doc)]


def phrases_of_the_cue(doc: Doc) -> list[tuple[int, int]]:
    """(phrase head, cue) for a phrase that opens a reported clause with no "that", right after
    the cue and before the clause's subject: in "Ottawa said on Thursday it would appeal", "on
    Thursday" is when Ottawa said it, not when it would appeal, though the parser hangs it on
    "appeal". News writing puts the clause's own time after its subject or behind a "that".
    Only a phrase of a day, a month or a channel is moved (`_of_the_saying`)."""
    out = []
    for verb in _tokens(doc, "DEP", CLAUSES):
        if verb.dep_ != "ccomp" or verb.head.i > verb.i or verb.head.lower_ not in SPEECH_FORMS:
            continue
        cue = verb.head
        first = next((c for c in verb.children if c.left_edge.i == verb.left_edge.i), None)
        if first is None or first.dep_ not in PHRASE_DEPS or not _right_after(cue, first.left_edge) \
                or not _of_the_saying(first):
            continue
        if any(c.dep_ in CLAUSE_SUBJECTS and c.i > first.right_edge.i for c in verb.children):
            out.append((first.i, cue.i))
    return out


def _of_the_saying(phrase: Token) -> bool:
    """A phrase of a day or a month ("on Thursday", "Thursday evening", "in November") or of the
    channel ("in a statement"): what dates or carries words. Others may open the clause ("at
    first", "despite the delays", "after meeting the minister")."""
    objects = [t for t in phrase.children if t.dep_ == "pobj"]
    return any(t.lower_ in MONTHS_AND_DAYS or t.lower_ in DAY_WORDS for t in phrase.subtree) \
        or any(t.lower_ in CHANNEL_NOUNS or t.lower_ in DOCUMENT_NOUNS for t in objects)


def _right_after(cue: Token, first: Token) -> bool:
    """Nothing but the cue's own words (an object: "told reporters") stands between them."""
    return all(cue.i in (t.i, *(a.i for a in t.ancestors)) and t.dep_ != "ccomp"
               for t in cue.doc[cue.i + 1:first.i])


def participles_of_the_text(doc: Doc) -> list[tuple[int, int]]:
    """(participle, text) for a participle that tells what was done with the text the cue's
    words were in, right after it: in "the woman said in a victim impact statement read in court
    on Tuesday" the parser takes "read" for the clause she said, and the quotation before the cue
    loses its attribution. A participle with no subject nor auxiliary of its own that publishes
    or hands round a text (lexicon/dating-participles.txt) is the text's."""
    out = []
    for verb in _tokens(doc, "DEP", CLAUSES):
        if verb.dep_ != "ccomp" or verb.tag_ != "VBN" or verb.lower_ not in PUBLISHED or verb.i == 0:
            continue
        cue, text = verb.head, _text_before(doc[verb.i - 1])
        if cue.i > verb.i or cue.lower_ not in SPEECH_FORMS or text.dep_ != "pobj" \
                or not (text.lower_ in DOCUMENT_NOUNS or text.lower_ in CHANNEL_NOUNS) \
                or not any(a.i == cue.i for a in text.ancestors):
            continue
        if not any(c.dep_ in CLAUSE_SUBJECTS + ("aux", "auxpass", "mark") for c in verb.children):
            out.append((verb.i, text.i))
    return out


def texts_read_as_subjects(doc: Doc) -> list[tuple[int, int, int]]:
    """(participle, text, cue) for a text that opens the sentence as the cue's subject, with a
    participle of what was done with it after it: in "A government statement read on state
    television said the curfew would be lifted", the parser takes "read" for a verb whose subject
    is the statement and hangs it on the cue as its clause, leaving the cue with no subject. A
    participle (dating-participles.txt) with no auxiliary of its own, whose subject is a text's
    noun, before a cue that has no subject, is the text's; the text is the cue's subject."""
    out = []
    for verb in _tokens(doc, "DEP", CLAUSES):
        if verb.dep_ != "ccomp" or verb.tag_ != "VBN" or verb.lower_ not in PUBLISHED:
            continue
        cue = verb.head
        if cue.i < verb.i or cue.lower_ not in SPEECH_FORMS or any(c.dep_ in CLAUSE_SUBJECTS for c in cue.children):
            continue
        text = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if text is None or not (text.lower_ in DOCUMENT_NOUNS or text.lower_ in CHANNEL_NOUNS):
            continue
        if not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            out.append((verb.i, text.i, cue.i))
    return out


def _text_before(tok: Token) -> Token:
    """The text a participle right after `tok` may be of: `tok`, or the text `tok` was sent to
    ("a letter to Lalonde dated Oct. 22")."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "to" and prep.dep_ == "prep" and prep.head.dep_ == "pobj":
        return prep.head
    return tok


def _said_after(participle: Token) -> Token | None:
    """The that-clause the parser hung on a participle of the text ("said in a letter to
    Lalonde dated Oct. 22 that she had received it"): what the cue's words say."""
    return next((c for c in participle.rights if c.dep_ == "ccomp" and c.left_edge.lower_ == "that"
                 and c.left_edge.dep_ == "mark"), None)


def roles_read_as_verbs(doc: Doc) -> list[tuple[int, int, int]]:
    """(role, cue, subject) for a person's role in lower case right after a closing mark, before
    the name that says the quotation: in '“The science is clear,” epidemiologist Dr. Grace Liu
    told CBC' the tagger may read "epidemiologist" as a verb, the root of the sentence with the
    cue its clause, or the cue's clause with the quotation its own, so that the quotation has no
    cue of its own. A role noun (lexicon/role-nouns.txt) is no verb there: the cue is the root,
    and the role the name's."""
    out = []
    for role in _after_closing_marks(doc):
        if role.tag_ not in VERB_TAGS or not role.is_lower or role.i == 0 \
                or doc[role.i - 1].text not in CLOSING_MARKS or role.lower_ not in ROLE_NOUNS:
            continue
        k = role.i + 1
        if k >= len(doc) or doc[k].tag_ != "NNP":
            continue
        while k + 1 < len(doc) and doc[k + 1].tag_ == "NNP":
            k += 1
        subject, cue = doc[k], doc[k].head
        if subject.dep_ != "nsubj" or cue.i <= k or cue.lower_ not in SPEECH_FORMS \
                or subject.left_edge.i != role.i + 1:
            continue
        if role.dep_ == "ROOT" and cue.head.i == role.i or role.head.i == cue.i and cue.dep_ == "ROOT":
            out.append((role.i, cue.i, subject.i))
    return out


def names_read_as_verbs(doc: Doc) -> list[tuple[int, int, int]]:
    """(word, cue, subject) for a capitalised word right after a closing mark that begins the
    subject of the cue after it: in '“...,” Wanderers coach Patrice Thibodeau said' the tagger
    may read a team's or a body's plural name ("Wanderers", "Canadiens") as a verb hung on the
    cue, and the cue's subject no longer reaches the quotation. A capitalised word inside a
    sentence, not itself a verb of saying, right before the subject's first word is the
    subject's: a word of the name of whom the speaker is of."""
    out = []
    for word in _after_closing_marks(doc):
        if word.tag_ not in VERB_TAGS or not word.is_title or word.i == 0 or word.i + 1 >= len(doc) \
                or doc[word.i - 1].text not in CLOSING_MARKS or word.lower_ in SPEECH_FORMS:
            continue
        cue = word.head
        if cue.i <= word.i or cue.lower_ not in SPEECH_FORMS:
            continue
        subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if subject is not None and subject.tag_ == "NNP" and subject.left_edge.i == word.i + 1:
            out.append((word.i, cue.i, subject.i))
    return out


def _name_word_of_the_subject(doc: Doc, word: int, cue: int, subject: int) -> None:
    """"Wanderers" read as a verb becomes a word of the subject's name; what hung on it, the cue's."""
    for child in list(doc[word].children):
        child.head = doc[cue]
    doc[word].head = doc[subject]
    doc[word].dep_ = "compound"
    doc[word].tag_ = "NNPS" if doc[word].lower_.endswith("s") else "NNP"


def names_read_as_modals(doc: Doc) -> list[tuple[int, int]]:
    """(name, cue) for a capitalised word the tagger hung as an auxiliary on a past verb right
    after it: "Theresa May ... May said it would pass", "Will told reporters", '“...,” Will
    wrote'. No modal takes a past verb ("may said"), so the word is the verb's subject, a name:
    any word tagged a modal, or a surname that is also one ("May" read as the month) before a
    cue. Not where the verb has a subject or another auxiliary ("May has said")."""
    out = []
    for name in _tokens(doc, "DEP", AUXILIARY_ARCS):
        if not name.is_title or name.i + 1 >= len(doc) or name.head.i != name.i + 1:
            continue
        cue = name.head
        if cue.tag_ not in PAST_TAGS:
            continue
        if name.tag_ != "MD" and (name.lower_ not in MODAL_NAMES or cue.lower_ not in DIRECT_FORMS):
            continue
        if not any(c.dep_ in CLAUSE_SUBJECTS + ("aux", "auxpass") and c.i != name.i for c in cue.children):
            out.append((name.i, cue.i))
    return out


NAME_TAG = "NNP"
MISREAD_PARTICLE_DEPS = frozenset({"ROOT", "ccomp", "intj"})


def particles_read_as_verbs(doc: Doc) -> list[tuple[int, int, int]]:
    """(first, last, particle) of a name whose lower-case particle the parser read as a verb of
    the sentence (its root, or the cue's clause) or an interjection, splitting the name: in "said Ana Paula dos Santos Moreira" or '“...,” dos
    Santos said' the parser may make "dos" a verb with the words around it its subject and object,
    or a clause of the cue. A name particle (lexicon/name-particles.txt) before a capitalised proper
    noun is a name's word, and the name's last word its head."""
    out = []
    for p in _tokens(doc, "LOWER", NAME_PARTICLES):
        if not p.is_lower or p.i + 1 >= len(doc) \
                or p.dep_ not in MISREAD_PARTICLE_DEPS or not _name_word(doc[p.i + 1]):
            continue
        first, last = p.i, p.i + 1
        while first > 0 and (_name_word(doc[first - 1]) or doc[first - 1].lower_ in NAME_PARTICLES
                             and first > 1 and _name_word(doc[first - 2])):
            first -= 1
        while last + 1 < len(doc) and (_name_word(doc[last + 1]) or doc[last + 1].lower_ in NAME_PARTICLES
                                       and last + 2 < len(doc) and _name_word(doc[last + 2])):
            last += 1
        if not out or out[-1][1] < first:
            out.append((first, last, p.i))
    return out


def _name_word(tok: Token) -> bool:
    return tok.tag_ == NAME_TAG and tok.text[:1].isupper() and tok.text.isalpha()


def _name_as_one(doc: Doc, first: int, last: int, particle: int) -> None:
    """Make the name's last word its head, attached where the name hangs outside it (as a
    subject where the parse left one there; as the cue's subject where the particle was read as
    the cue's clause), and every other word of it a compound of that head."""
    span = range(first, last + 1)
    head, p = doc[last], doc[particle]
    outside = [t for t in doc[first:last + 1] if t.head.i not in span and t.dep_ != "ROOT" and t.i != particle]
    outside.sort(key=lambda t: (t.i != last, t.dep_ != "nsubj"))  # its own arc, else a subject's
    if outside:
        new_head, dep = outside[0].head, outside[0].dep_
    else:
        new_head = None if p.dep_ == "ROOT" else p.head
        dep = "nsubj" if p.dep_ == "ccomp" and p.head.lower_ in SPEECH_FORMS else p.dep_
    kids = [c for t in doc[first:last + 1] for c in t.children if c.i not in span]
    if new_head is not None and any(a.i == particle for a in new_head.ancestors):
        # what the parse hung the name on hangs, through the word right under the particle, on the
        # particle itself: that word takes the particle's place (the verb it stood for, a subject)
        link = next(t for t in (new_head, *new_head.ancestors) if t.head.i == particle)
        link.head = link if p.dep_ == "ROOT" else p.head
        link.dep_ = "ROOT" if p.dep_ == "ROOT" else link.dep_
    head.head = head if new_head is None else new_head
    head.dep_ = "ROOT" if new_head is None else dep
    for t in doc[first:last]:
        t.head = head
        t.dep_ = "compound"
    p.tag_ = NAME_TAG  # no verb: its part of speech follows from the tag (language._set_pos)
    for c in kids:
        if c.head.i in span and (new_head is None or c.i != new_head.i):
            c.head = new_head if new_head is not None and c.head.i == particle else head


def subjects_read_as_appositions(doc: Doc) -> list[tuple[int, int]]:
    """(subject, cue) for the subject of a cue that the parser hung in apposition on the place of
    a phrase opening the sentence: in "In Kano, the chairman of the marketers' association, Musa
    Bello, said" the cue is left with no subject and "the chairman" is read as Kano's. A place
    named to open the sentence takes no apposition before the cue; the description is the cue's
    subject."""
    out = []
    for cue in _tokens(doc, "LOWER", SPEECH_WORDS):
        if not cue.tag_.startswith("VB") \
                or any(c.dep_ in CLAUSE_SUBJECTS for c in cue.children):
            continue
        for phrase in (c for c in cue.children if c.dep_ == "prep" and c.i < cue.i and c.i == c.sent.start):
            place = next((c for c in phrase.children if c.dep_ == "pobj" and c.tag_ == NAME_TAG), None)
            if place is None:
                continue
            subject = next((c for c in place.children if c.dep_ == "appos"), None)
            if subject is not None and subject.left_edge.lower_ == "the" and subject.right_edge.i < cue.i:
                out.append((subject.i, cue.i))
    return out


def names_closing_an_opening_phrase(doc: Doc) -> list[tuple[int, int, int]]:
    """(first, name, cue) for a name that the parser hung inside the phrase opening the sentence,
    right before a cue that has no subject: in "At his sugar shack near Saint-Georges, in the
    Beauce, Jean-François D'Amours said he tapped 8,000 trees" the name is read as the Beauce's
    apposition and the cue is left with no speaker. A name set off by a comma from the opening
    phrase, with nothing between it and the cue, is the cue's subject."""
    out = []
    for cue in _tokens(doc, "LOWER", SPEECH_WORDS):
        if cue.lower_ not in SPEECH_FORMS or not cue.tag_.startswith("VB") or cue.i < 2 \
                or any(c.dep_ in CLAUSE_SUBJECTS for c in cue.children):
            continue
        name = doc[cue.i - 1]
        if name.tag_ not in ("NNP", "NNPS") or name.dep_ not in ("pobj", "appos", "conj", "nmod"):
            continue
        first = name.i
        while first > 0 and doc[first - 1].head.i in range(first, name.i + 1) \
                and (doc[first - 1].dep_ == "compound" or doc[first - 1].tag_ == "HYPH"):
            first -= 1  # "Jean - François D'Amours": the name's words, a hyphen's among them
        if first < 1 or doc[first - 1].text != "," or doc[first].tag_ not in ("NNP", "NNPS"):
            continue
        opener = next((c for c in cue.children if c.dep_ == "prep" and c.i == c.sent.start), None)
        if opener is not None and any(a.i == opener.i for a in name.ancestors):
            out.append((first, name.i, cue.i))
    return out


def _name_to_its_cue(doc: Doc, first: int, name: int, cue: int) -> None:
    """Hang the name on the cue as its subject; the words the name held before it (the place it
    was read as in apposition to) take its place in the phrase."""
    old_head, old_dep = doc[name].head, doc[name].dep_
    before = [c for c in doc[name].children if c.i < first]
    place = next((c for c in reversed(before) if not c.is_punct), None)
    for c in before:
        c.head = old_head if place is None or c.i == place.i or c.i > place.i else place
    if place is not None:
        place.dep_ = old_dep if old_dep in ("pobj", "appos", "conj") else "pobj"
    doc[name].head = doc[cue]
    doc[name].dep_ = "nsubj"


def words_after_the_cue_hung_in_the_quotation(doc: Doc) -> list[tuple[int, int]]:
    """(word, cue) for a word after a cue that closes a quotation, outside any quotation mark,
    that the parser hung on a word inside the quotation: in '“Every meeting, someone asked for
    it,” she said, to laughter.' it may read "to laughter" as a clause of "meeting". The
    quotation ended at its mark; what follows the cue is the attribution's."""
    out = []
    for mark in _tokens(doc, "ORTH", CLOSING_MARKS):
        if mark.text not in CLOSING_MARKS or mark.i + 2 >= len(doc):
            continue
        sentence = mark.sent
        cue = next((t for t in doc[mark.i + 1:min(sentence.end, mark.i + 8)]
                    if t.lower_ in SPEECH_FORMS and t.tag_.startswith("VB")), None)
        if cue is None:
            continue
        subject = next((c for c in cue.children if c.dep_ in CLAUSE_SUBJECTS and c.i > mark.i), None)
        if subject is None or subject.tag_ in RELATIVE_TAGS:
            continue  # 'as “The Wall Street Journal” wrote', '“chief trade prosecutor” who reports'
        if any(t.i not in range(subject.left_edge.i, subject.right_edge.i + 1) for t in doc[mark.i + 1:cue.i]):
            continue  # only the cue's subject between the mark and the cue ('records” that would respond')
        for word in doc[cue.i + 1:sentence.end]:
            if word.text in OPENING_MARKS or word.text in CLOSING_MARKS:
                break  # the quotation goes on after the cue: its words are its own
            if not word.is_punct and sentence.start <= word.head.i < mark.i \
                    and not any(a.i == word.i for a in cue.ancestors):
                out.append((word.i, cue.i))
    return out


def _hang_on_the_cue(doc: Doc, word: int, cue: int) -> None:
    """'to laughter' is a phrase of the cue: "to" its preposition, the noun its object."""
    tok = doc[word]
    to = next((c for c in tok.children if c.i < tok.i and c.lower_ == "to"), None)
    if to is not None and tok.pos_ == "NOUN":
        to.head, to.dep_ = doc[cue], "prep"
        tok.head, tok.dep_ = to, "pobj"
        return
    tok.head = doc[cue]
    tok.dep_ = "prep" if tok.tag_ in ("IN", "TO") else "npadvmod" if tok.pos_ in ("NOUN", "PROPN") else "advcl"


def infinitive_marks_on_nouns(doc: Doc) -> list[int]:
    """"to" that the parser made the infinitive mark of a noun right after it ('she said, to
    laughter', 'to applause'): a noun takes no infinitive, so "to" is its preposition."""
    return [t.i for t in _tokens(doc, "DEP", AUXILIARY_ARCS)
            if t.lower_ == "to" and t.head.i == t.i + 1 and t.head.tag_ in ("NN", "NNS")]


def _to_as_preposition(doc: Doc, i: int) -> None:
    to, noun = doc[i], doc[i + 1]
    if noun.head.i == noun.i:
        return  # the noun is the root: nothing to hang "to" on
    to.head, to.dep_ = noun.head, "prep"
    noun.head, noun.dep_ = to, "pobj"


def relative_clauses_read_as_clauses(doc: Doc) -> list[tuple[int, int]]:
    """(cue, noun) for a verb of saying in the present or past whose subject, a pronoun, comes
    right after a preposition's object: in "a new trial for a man ... for a killing he says he did
    not commit, finding that ..." the parser may make "says" a clause of the main verb, with no
    relative pronoun to tell it, and hang what follows on it. The clause describes the noun ("a
    killing [that] he says ..."); a verb of saying takes no clause through its object's phrase."""
    out = []
    for cue in _tokens(doc, "DEP", CLAUSES):
        if cue.tag_ not in ("VBZ", "VBD") or cue.lower_ not in SPEECH_FORMS or cue.i < 3:
            continue
        subject, noun = doc[cue.i - 1], doc[cue.i - 2]
        if subject.dep_ != "nsubj" or subject.head.i != cue.i or subject.tag_ != "PRP" or subject.is_title \
                or noun.dep_ != "pobj" or noun.tag_ not in ("NN", "NNS") or not noun.whitespace_:
            continue
        if cue.head.i < noun.i and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
            out.append((cue.i, noun.i))
    return out


def _clause_on_its_noun(doc: Doc, cue: int, noun: int) -> None:
    """"says" becomes a relative clause of "killing"; a participle set off after it by a comma
    ("finding that ...") goes back to the verb the clause hung on."""
    verb = doc[cue].head
    for child in list(doc[cue].children):
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > cue and doc[child.i - 1].text == ",":
            child.head = verb
            doc[child.i - 1].head = verb
    doc[cue].head = doc[noun]
    doc[cue].dep_ = "relcl"


def numbers_read_as_topics(doc: Doc) -> list[tuple[int, int, int]]:
    """(approximator, number, clause) for "about" or "around" right after a verb of saying, hung on
    it as a preposition with a number for its object, where the verb's clause comes right after
    the number's phrase with no subject of its own: in "Ostrowski said about 2,600 of the union's
    members worked on the project" the number is the clause's subject, not what was spoken about."""
    out = []
    for prep in _tokens(doc, "LOWER", APPROXIMATING):
        cue = prep.head
        if prep.dep_ != "prep" or cue.i != prep.i - 1 or cue.lower_ not in SPEECH_FORMS:
            continue
        number = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "CD"), None)
        if number is None:
            continue
        end = number.right_edge.i + 1
        clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i == end), None)
        if clause is not None and clause.tag_ in PAST_TAGS + ("VBZ", "VBP") and \
                not any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children):
            out.append((prep.i, number.i, clause.i))
    return out


def _number_as_subject(doc: Doc, prep: int, number: int, clause: int) -> None:
    doc[number].head, doc[number].dep_ = doc[clause], "nsubj"
    doc[prep].head, doc[prep].dep_ = doc[number], "quantmod"


SINGULAR_ARTICLES = ("a", "an")


def nouns_read_into_a_plural_subject(doc: Doc) -> list[tuple[int, int]]:
    """(noun, cue) where the parser read a singular noun with "a" before a plural subject as one
    phrase: in "..., a decision producers say will cost them millions" the relative clause has no
    "that" ("a decision [that] producers say ..."); "a" cannot go with a plural, so the noun and
    its article are no part of who speaks."""
    out = []
    for cue in _tokens(doc, "LOWER", SPEECH_WORDS):
        subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)
        if subject is None:
            continue
        noun = next((c for c in subject.lefts if c.dep_ == "compound" and c.tag_ == "NN" and c.i == subject.i - 1), None)
        if noun is not None and any(c.dep_ == "det" and c.lower_ in SINGULAR_ARTICLES and c.i < noun.i
                                    for c in subject.children):
            out.append((noun.i, cue.i))
    return out


def _noun_apart(doc: Doc, noun: int, cue: int) -> None:
    """The noun takes the article, and hangs on the cue as a phrase of its own."""
    subject = doc[noun].head
    for det in [c for c in subject.children if c.dep_ == "det" and c.i < noun]:
        det.head = doc[noun]
    doc[noun].head, doc[noun].dep_ = doc[cue], "npadvmod"


def closing_cues_read_as_relative_clauses(doc: Doc) -> list[tuple[int, int, int]]:
    """(noun, name, cue) for a closing attribution whose subject is a noun with the name after it:
    in "The congress voted Tuesday to end the monopoly, the official news agency Tass reported."
    the parser may hang "agency" on the main verb and make "Tass reported" its relative clause,
    leaving the words no cue. A cue that ends its sentence (nothing after it but a day or a
    phrase of one) with its subject, a name, right after a noun set off by a comma is the
    sentence's main verb, and the noun is a word of the name's phrase."""
    out = []
    for cue in _tokens(doc, "DEP", RELATIVE_CLAUSE):
        if cue.lower_ not in SPEECH_FORMS or cue.tag_ not in PAST_TAGS + ("VBZ", "VBP") or cue.i < 4:
            continue
        name, noun = doc[cue.i - 1], cue.head
        if name.dep_ != "nsubj" or name.head.i != cue.i or name.tag_ != NAME_TAG or noun.i != cue.i - 2 \
                or noun.tag_ not in ("NN", "NNS") or noun.dep_ not in ("npadvmod", "appos", "dobj", "conj", "ROOT"):
            continue
        clause = _clause_before(noun)
        if clause is None or doc[_phrase_start(noun) - 1].text != ",":
            continue
        if any(c.dep_ not in ("npadvmod", "prep", "punct") or c.i < cue.i and c.i != name.i
               for c in cue.children if c.i != name.i):
            continue
        end = cue.right_edge.i + 1
        if end < len(doc) and not (doc[end].is_punct or doc[end].is_space or doc[end].is_sent_start):
            continue
        out.append((noun.i, name.i, cue.i))
    return out


def _clause_before(noun: Token) -> Token | None:
    """The clause before the comma that a noun closing the sentence was hung on, or that the
    parser hung on the noun itself when it made the noun the root."""
    start = _phrase_start(noun)
    if noun.dep_ == "ROOT":
        return next((c for c in noun.children if c.dep_ in ("ccomp", "advcl") and c.i < start), None)
    return noun.head if noun.head.i < start else None


def _phrase_start(noun: Token) -> int:
    """Where the noun's own phrase starts: its article and the words that modify it right before
    it ("the official news agency"), not a clause the parser hung on it."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].head.i == noun.i and noun.doc[start - 1].dep_ in NOUN_MODIFIERS:
        start -= 1
    return start


def _cue_closing_its_sentence(doc: Doc, noun: int, name: int, cue: int) -> None:
    """The cue becomes the sentence's main verb, the clause it was read as describing its
    clause, and the noun a word of its subject's phrase ("the official news agency Tass")."""
    clause = _clause_before(doc[noun])
    doc[cue].head = doc[cue]
    doc[cue].dep_ = "ROOT"
    clause.head = doc[cue]
    clause.dep_ = "ccomp"
    comma = doc[_phrase_start(doc[noun]) - 1]
    for child in [c for c in doc[noun].children if c.i < comma.i]:
        child.head = doc[cue]  # the words the noun was read as the head of
    comma.head = doc[cue]
    doc[noun].head = doc[name]
    doc[noun].dep_ = "compound"


def names_of_the_opening_phrase_read_as_subjects(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(noun, name, subject, cue) for a name that ends the phrase opening the sentence and that
    the parser made the cue's subject, with the real subject hung on it in apposition: in "In a
    paper published last year in the journal Science, a group at Stanford University reported
    that ..." it reads "Science" as the subject and "a group" as its apposition. A name right
    after the phrase's own noun ("the journal Science") is that noun's; the description set off
    by the comma after it, with its article, is the cue's subject."""
    out = []
    for cue in _tokens(doc, "LOWER", SPEECH_WORDS):
        if not cue.tag_.startswith("VB"):
            continue
        name = next((c for c in cue.children if c.dep_ == "nsubj" and c.tag_ == NAME_TAG and c.i < cue.i), None)
        if name is None or name.i < 3 or doc[name.i + 1].text != ",":
            continue
        noun = doc[name.i - 1]
        opener = next((c for c in cue.children if c.dep_ == "prep" and c.i == c.sent.start), None)
        if noun.tag_ not in ("NN", "NNS") or noun.dep_ != "pobj" or opener is None \
                or not any(a.i == opener.i for a in noun.ancestors):
            continue
        subject = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i), None)
        if subject is not None and subject.left_edge.i == name.i + 2 and subject.left_edge.tag_ == "DT" \
                and subject.right_edge.i < cue.i:
            out.append((noun.i, name.i, subject.i, cue.i))
    return out

def clauses_read_as_the_vehicle_s(doc: Doc) -> list[tuple[int, int]]:
    """(clause, cue) for a reported clause with no "that" right after the vehicle the cue names,
    that the parser hung on the vehicle as a relative clause: in "Burton said in a release he
    ``issued a subpoena to the boy ...''" it reads "(that) he issued a subpoena" as the release's.
    A relative clause with no relative pronoun lacks its object ("the release he issued
    Monday"); one whose verb has its own object or complement lacks nothing, so it is what was
    said."""
    out = []
    for clause in _tokens(doc, "DEP", RELATIVE_CLAUSE):
        vehicle = clause.head
        phrase = vehicle.head
        if vehicle.dep_ != "pobj" or phrase.dep_ != "prep" or phrase.head.lower_ not in SPEECH_FORMS \
                or not phrase.head.tag_.startswith("VB") or phrase.head.i > phrase.i \
                or (vehicle.lower_ not in CHANNEL_NOUNS and vehicle.lower_ not in DOCUMENT_NOUNS) or clause.i < vehicle.i:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.left_edge.i != vehicle.i + 1 or subject.tag_ in RELATIVE_TAGS:
            continue
        # not a clause of its own: "said in a release he issued Monday that ..." hangs the words there
        if any(c.dep_ in ("dobj", "xcomp", "attr", "acomp") for c in clause.children):
            out.append((clause.i, phrase.head.i))
    return out

def cues_read_as_nouns(doc: Doc) -> list[tuple[int, int, int]]:
    """(cue, subject, clause) for a verb of saying in the present that the tagger read as a noun
    after a name, in a sentence the parser gave no verb: in "Dr. Ann Lee and her colleagues at
    the University of Wisconsin report in today's issue of the journal Nature that ..." it reads
    "Wisconsin report" as a noun and hangs the that-clause on the subject. A sentence needs its
    verb; the word of saying after the subject's last name, with a that-clause after it, is it."""
    out = []
    for sent in doc.sents:
        root = sent.root
        if root.tag_ not in ("NN", "NNS", NAME_TAG, "NNPS"):
            continue
        for cue in sent:
            if cue.i <= root.i or cue.tag_ not in ("NN", "NNS") or cue.lower_ not in CUES_READ_AS_NOUNS \
                    or doc[cue.i - 1].tag_ not in (NAME_TAG, "NNPS") or cue.head.dep_ != "prep":
                continue
            clause = next((t for t in sent if t.i > cue.i and t.lower_ == "that" and t.dep_ == "mark"
                           and t.head.dep_ in ("relcl", "acl", "ccomp") and t.head.head.i in (root.i, cue.i)), None)
            if clause is not None:
                out.append((cue.i, root.i, clause.head.i))
            break
    return out


def _cue_as_the_verb(doc: Doc, cue: int, subject: int, clause: int) -> None:
    """The cue becomes the sentence's verb, the subject its subject and the clause its clause;
    the name it was read as the head of goes back to the preposition it ended."""
    word = doc[cue]
    prep = word.head
    name = next((c for c in reversed(list(word.lefts)) if c.tag_ in (NAME_TAG, "NNPS")), None)
    if name is not None:
        for c in [c for c in word.lefts if c.i != name.i]:
            c.head = name
        name.head, name.dep_ = prep, "pobj"
    word.head, word.dep_ = word, "ROOT"
    word.tag_ = "VBZ" if word.lower_.endswith("s") else "VBP"
    doc[subject].head, doc[subject].dep_ = word, "nsubj"
    doc[clause].head, doc[clause].dep_ = word, "ccomp"
    for c in [c for c in doc[subject].children if c.i > cue and c.dep_ in ("punct",)]:
        c.head = word

def redraw(doc: Doc) -> None:
    """Hang each phrase of the cue on its cue, each participle of the text on the text (a text
    read as the participle's subject becoming the cue's), and a
    role the tagger read as a verb on the name it is the role of; make a surname read as a
    modal the subject of its cue."""
    for first, last, particle in particles_read_as_verbs(doc):
        _name_as_one(doc, first, last, particle)
    for cue, subject, clause in cues_read_as_nouns(doc):
        _cue_as_the_verb(doc, cue, subject, clause)
    for noun, name, subject, cue in names_of_the_opening_phrase_read_as_subjects(doc):
        doc[subject].head, doc[subject].dep_ = doc[cue], "nsubj"
        doc[name].head, doc[name].dep_ = doc[noun], "appos"
        doc[name + 1].head = doc[cue]  # the comma closes the opening phrase
    for subject, cue in subjects_read_as_appositions(doc):
        doc[subject].head = doc[cue]
        doc[subject].dep_ = "nsubj"
    for word, cue in words_after_the_cue_hung_in_the_quotation(doc):
        _hang_on_the_cue(doc, word, cue)
    for i in infinitive_marks_on_nouns(doc):
        _to_as_preposition(doc, i)
    for cue, noun in relative_clauses_read_as_clauses(doc):
        _clause_on_its_noun(doc, cue, noun)
    for noun, name, cue in closing_cues_read_as_relative_clauses(doc):
        _cue_closing_its_sentence(doc, noun, name, cue)
    for prep, number, clause in numbers_read_as_topics(doc):
        _number_as_subject(doc, prep, number, clause)
    for noun, cue in nouns_read_into_a_plural_subject(doc):
        _noun_apart(doc, noun, cue)
    for first, name, cue in names_closing_an_opening_phrase(doc):
        _name_to_its_cue(doc, first, name, cue)
    for role, cue, subject in roles_read_as_verbs(doc):
        doc[cue].head = doc[cue]
        doc[cue].dep_ = "ROOT"
        for child in [c for c in doc[role].children if c.i != cue]:
            child.head = doc[cue]
        doc[role].head = doc[subject]
        doc[role].dep_ = "compound"
        doc[role].tag_ = "NN"
    for word, cue, subject in names_read_as_verbs(doc):
        _name_word_of_the_subject(doc, word, cue, subject)
    for name, cue in names_read_as_modals(doc):
        doc[name].dep_ = "nsubj"
        doc[name].tag_ = "NNP"  # its part of speech follows from the tag (language._set_pos)
    for clause, cue in clauses_read_as_the_vehicle_s(doc):
        doc[clause].head, doc[clause].dep_ = doc[cue], "ccomp"
    for phrase, cue in phrases_of_the_cue(doc):
        doc[phrase].head = doc[cue]  # the setter also redraws the edges of both subtrees
    for participle, text, cue in texts_read_as_subjects(doc):
        doc[text].head, doc[text].dep_ = doc[cue], "nsubj"
        doc[participle].head, doc[participle].dep_ = doc[text], "acl"
    for participle, text in participles_of_the_text(doc):
        said = _said_after(doc[participle])
        cue = doc[participle].head
        doc[participle].head = doc[text]
        doc[participle].dep_ = "acl"
        if said is not None:
            said.head = cue
