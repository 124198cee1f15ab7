"""Attributing speakers: the mention of each quote's speaker and the name it refers to."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..parsing.positions import ParsedQuote, ParsedSpeaker
from ..parsing.spans import SpanSet
from ..parsing.texts import text_of

if TYPE_CHECKING:  # the package is light: saidwhen.identity reads its word lists (lexicon)
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as WordSpan

    from ..quotes import FoundQuote
    from .resolve import Resolver

__all__ = ["attribute"]

# A follow-on quotation takes the speaker of the quote before it only if that
# one ended at most this many paragraphs earlier.
FOLLOW_ON_PARAGRAPHS = 2
PARAGRAPH_BREAKS = re.compile(r"\n\s*")


def attribute(doc: Doc, found: list[FoundQuote]) -> list[ParsedQuote]:
    """Quotes with their speakers, in text order, as token positions in the parse."""
    from .entities import find_entities
    from .gender import identify
    from .resolve import Resolver

    text = text_of(doc)
    quoted = SpanSet(span for f in found if f.kind == "direct" for span in f.content)
    speaker_heads = {f.subject for f in found if f.subject is not None}
    resolver = Resolver(doc, find_entities(doc, quoted, speaker_heads), quoted, speaker_heads)
    quotes: list[ParsedQuote] = []
    for f in found:
        words = tuple(doc[start:end] for start, end in f.words)
        if f.follow_on and _runs_on(text, quotes, f):
            speaker = _carried(text, quotes, f)
        elif f.follow_on:
            speaker = _cue_subject_before(quotes, words[0]) or _narrator_subject(resolver, quoted, words[0]) or \
                _carried(text, quotes, f)
            speaker = _joint_goes_on(quotes, words[0], speaker)
        else:
            speaker = _it_continues(text, resolver, quotes, _speaker(doc, resolver, f))
            speaker = _quoting_self(text, quotes, speaker)
        quotes.append(ParsedQuote(kind=f.kind, content=f.content, words=words,
                                  cue=doc[f.cue[0]:f.cue[1]] if f.cue else None, speaker=speaker))
    return identify(doc, resolver, _runs_into_attribution(text, quotes))


def _runs_into_attribution(text: str, quotes: list[ParsedQuote]) -> list[ParsedQuote]:
    """'“He was sent off in the 90th minute. “We do not know more,” said an SFA statement.': a
    quotation whose sentences each open with a mark, attributed only after its last, is one
    speaker's. A piece with no cue and no speaker that runs on into the next quote (nothing
    between them but marks and spaces) takes that quote's speaker, with no mention of its own."""
    out = list(quotes)
    for i in range(len(out) - 2, -1, -1):
        piece, nxt = out[i], out[i + 1]
        if piece.speaker is None and piece.cue is None and piece.kind == "direct" and nxt.speaker is not None \
                and nxt.speaker.name and not any(ch.isalnum() for ch in text[piece.end:nxt.start]):
            out[i] = replace(piece, speaker=ParsedSpeaker(name=nxt.speaker.name, mention=None))
    return out


def _speaker(doc: Doc, resolver: Resolver, f: FoundQuote) -> ParsedSpeaker | None:
    from .mentions import mention_range
    from .names import (holder_after_body, named_after_client, named_after_office, named_after_title, named_before_day,
                        named_before_label, named_before_of, past_credit, titled_before_of)

    if f.subject is None:
        return None
    # "Sen. Rosa Wyman D-Ore. said": the parser may make the label the subject; the name is its head.
    named = named_before_label(doc, f.subject)
    if named is None and resolver.name_start(f.subject) is None:
        named = named_before_day(doc, f.subject)  # "Patel Tuesday told": the day is the cue's time
    if named is None:
        named = past_credit(doc, f.subject)  # "Jacques Boissinot/The Canadian Press Tremblay's mother"
    head = doc[f.subject if named is None else named]
    start, end = mention_range(doc, head, avoid=f.content)
    if f.cue and start <= f.cue[0] < head.i:
        start = f.cue[1]  # 'Added Smith: “...”': the parser took the cue for the first word of the name
    start = _french_body_start(doc, resolver, head, start)
    if start > 0 and doc[start - 1].dep_ == "det" and doc[start - 1].head.pos_ in ("VERB", "AUX"):
        start -= 1  # "The 31-year-old insisted": a determiner the parser hung on the cue is the mention's
    # "Registrar of Voters Maria Lund said": the title is the subject, and the name after its "of" the head.
    holder = named_after_office(doc, f.subject, resolver.name_start) \
        or holder_after_body(doc, f.subject, resolver.name_start) \
        or titled_before_of(doc, f.subject, resolver.name_start) \
        or named_before_of(doc, f.subject, resolver.name_start) \
        or named_after_client(doc, f.subject, resolver.name_start) \
        or named_after_title(doc, f.subject, resolver.name_start)
    head = _past_joint_owner(head if holder is None else doc[holder])
    content = (f.words[0][0], f.words[-1][1])
    return ParsedSpeaker(name=resolver.name(head, start, end, content=content), mention=doc[start:end])


def _french_body_start(doc: Doc, resolver: Resolver, head: Token, start: int) -> int:
    """'The Caisse de dépôt et placement du Québec said': a parser trained on English splits a
    French body's name into phrases and heads the subject with its place ("du Québec"); the
    mention runs from the name's start (and its "the") all the same."""
    from .names import french_body

    hit = resolver.by_token.get(head.i)
    if hit is None or hit[1].start >= start or not french_body(hit[1].words):
        return start
    first = hit[1].start
    return first - 1 if first > 0 and doc[first - 1].lower_ == "the" else first


def _past_joint_owner(head: Token) -> Token:
    """'Ernst and Young's Sanjay Mehta said': the parser may join the first word of a firm named
    with "and" to the person it employs; the possessive after "and" shows that the pair is the
    firm, and the person after it speaks alone."""
    for conj in head.conjuncts:
        owner = next((c for c in conj.children if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS")), None)
        if conj.i > head.i and owner is not None and owner.left_edge.i == owner.i and \
                head.doc[owner.i - 1].lower_ in ("and", "&") and owner.i - 1 == head.i + 1:
            return conj
    return _past_joint_possessor(head)


def _past_joint_possessor(head: Token) -> Token:
    """"Newfoundland and Labrador's Department of Fisheries said": the parser may make the place
    named with "and" and the body it owns three conjuncts; the possessive on the second shows
    that the pair owns what follows, and the owned one speaks."""
    conjuncts = sorted((t for t in head.conjuncts if t.i > head.i), key=lambda t: t.i)
    if len(conjuncts) < 2:
        return head
    second, owned = conjuncts[:2]
    mark = next((c for c in second.children if c.tag_ == "POS"), None)
    if mark is not None and head.doc[second.i - 1].lower_ in ("and", "&") and owned.left_edge.i == mark.i + 1:
        return owned
    return head


def _it_continues(text: str, resolver: Resolver, before: list[ParsedQuote],
                  speaker: ParsedSpeaker | None) -> ParsedSpeaker | None:
    """'The report said: “...” It also points out that ...': "it" or "they" that names nobody
    nearby continues the organisation or document that spoke just before."""
    if speaker is None or speaker.name or speaker.mention is None or \
            speaker.mention.text.lower() not in ("it", "they") or not before:
        return speaker
    prev = before[-1]
    if prev.speaker is None or not prev.speaker.name or not resolver.is_organisation(prev.speaker):
        return speaker
    if speaker.mention.text.lower() == "they" and resolver._continues_people_subject(speaker.mention.root):
        return speaker  # "Experts studying the seas have forecast storms. They predicted ...": the experts
    if len(PARAGRAPH_BREAKS.findall(text, prev.end, speaker.mention.start_char)) > FOLLOW_ON_PARAGRAPHS:
        return speaker
    return ParsedSpeaker(name=prev.speaker.name, mention=speaker.mention)


def _quoting_self(text: str, before: list[ParsedQuote], speaker: ParsedSpeaker | None) -> ParsedSpeaker | None:
    """'Brooks said the debate “was substantive. And I think he did well.”': "I" between the
    marks of a quotation an earlier quote lies in is whoever says that quotation, when the
    article names them."""
    from ..parsing.marks import find_quoted

    if speaker is None or speaker.name or speaker.mention is None or speaker.mention.text != "I":
        return speaker
    at = speaker.mention.start_char
    stretch = next((q for q in find_quoted(text) if not q.single and q.start < at < q.end), None)
    if stretch is None:
        return speaker
    for prev in reversed(before):
        inside = any(start < stretch.end and stretch.start < end for start, end in prev.content)
        if prev.speaker is not None and inside:
            return ParsedSpeaker(name=prev.speaker.name, mention=speaker.mention) if prev.speaker.name else speaker
    return speaker


def _runs_on(text: str, before: list[ParsedQuote], f: FoundQuote) -> bool:
    """'... Kluft said: “I knew her. “She was good.”': nothing but marks and spaces since the
    quote before, so no sentence of the narrator's stands between them to change the speaker."""
    return bool(before) and not any(ch.isalnum() for ch in text[before[-1].end:f.start])


def _carried(text: str, before: list[ParsedQuote], f: FoundQuote) -> ParsedSpeaker | None:
    """The speaker of the previous quote, if it stands near enough to carry on."""
    if not before or before[-1].speaker is None:
        return None
    prev = before[-1]
    if len(PARAGRAPH_BREAKS.findall(text, prev.end, f.start)) > FOLLOW_ON_PARAGRAPHS:
        return None
    return ParsedSpeaker(name=prev.speaker.name, mention=None)


def _joint_goes_on(before: list[ParsedQuote], words: WordSpan,
                   speaker: ParsedSpeaker | None) -> ParsedSpeaker | None:
    """'“We took a kicking,” Ann Moreau and Luc Haddad said. “It was good for us.”': a follow-on
    quote after the sentence that attributed the quote before it to joint speakers goes on in
    their voice, not in that of the first of them, whom the sentence's subject names."""
    if speaker is None or not speaker.name or not before or before[-1].speaker is None:
        return speaker
    prev = before[-1].speaker
    sentence = _sentence_before(words)
    if prev.mention is None or sentence is None or not prev.name \
            or not (sentence.start <= prev.mention.start and prev.mention.end <= sentence.end) \
            or speaker.name not in prev.name.split(" and ") or speaker.name == prev.name:
        return speaker
    return ParsedSpeaker(name=prev.name, mention=None)


def _narrator_subject(resolver: Resolver, quoted: SpanSet, words: WordSpan) -> ParsedSpeaker | None:
    """'Jones disagreed. “It will never work.”': a quotation with no attribution of its own
    belongs to the person the sentence before it is about, when that sentence is the narrator's
    (not a quotation) and stands in the same or the previous paragraph: its subject, else,
    where it attributes no quote itself, whom it puts first ('For Ana Ruiz, the closure is
    personal.', 'Ana Ruiz's family has farmed here since 1890.'), unless the quotation names them."""
    sentence = _sentence_before(words)
    if sentence is None or sentence.root.idx in quoted:
        return None
    # '“The obvious pick is Dale” said Nolan.', '“[Moss] can be divisive,” Vance said.': the parser
    # may take a name inside the quotation for the subject of the sentence that attributes it;
    # whom the quoted words speak about is no topic of the narrator's.
    subject, *topics = (t if t is None or t.idx not in quoted else None for t in _topics(sentence))
    if subject is not None:
        name = resolver.person(subject)
        if name:
            return ParsedSpeaker(name=name, mention=None)
    # "Moreau's office said in a statement: ..." speaks for Moreau and is not Moreau.
    if any(sentence.start <= h < sentence.end for h in resolver.speaker_heads):
        return None
    named_inside = {resolver.person(t) for t in words if t.tag_ in ("NNP", "NNPS")}
    for topic in filter(None, topics):
        name = resolver.person(topic) or _body_introducing(resolver, sentence, words, topic)
        if name and name not in named_inside:  # "Trump's comments angered many. “Trump's claim is absurd”"
            return ParsedSpeaker(name=name, mention=None)
    return None


def _body_introducing(resolver: Resolver, sentence: WordSpan, words: WordSpan, topic: Token | None) -> str | None:
    """'Labour's election slogan will be: “...”': the organisation that owns the subject of a
    sentence that leads into the quotation with a colon says it."""
    if topic is None or topic.dep_ != "poss" or sentence.end <= words.start - 1 or \
            not any(t.text == ":" for t in sentence.doc[max(sentence.start, words.start - 2):words.start]):
        return None
    named = resolver._named(topic)
    return named.name if named is not None and named.kind == "org" and named.name else None


def _topics(sentence: WordSpan) -> list[Token | None]:
    """Where a narrator's sentence puts whom it is about, first to last: its subject (None if
    it has none), then the owner of its subject ('Ana Ruiz's family has farmed here since
    1890') and a person in a "for" or "to" that opens it ('For Ana Ruiz, the closure is
    personal')."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    out: list[Token | None] = [subject]
    if subject is not None:
        out.extend(c for c in subject.children if c.dep_ == "poss" and c.tag_ != "PRP$")
    opening = [c for c in root.children if c.dep_ == "prep" and c.i == sentence.start and c.lower_ in ("for", "to")]
    out.extend(g for c in opening for g in c.children if g.dep_ == "pobj")
    return out


def _cue_subject_before(quotes: list[ParsedQuote], words: WordSpan) -> ParsedSpeaker | None:
    """'“We have no choice,” he said. “It'll get done so quickly.”': where the sentence before a
    quotation with no cue attributed the direct quote just before it (words in marks, whose
    bounds are sure), and that quote's speaker mention
    is the sentence's subject, the quotation goes on with that speaker as the quote named it,
    not with whom the pronoun would be read to refer to afresh (the narrator's subject read
    again may be another person named since, as a name the tagger read once as a noun)."""
    sentence = _sentence_before(words)
    last = quotes[-1] if quotes else None
    if sentence is None or last is None or last.kind != "direct" or last.speaker is None or \
            last.speaker.mention is None or not last.speaker.name:
        return None
    mention = last.speaker.mention
    subject = _topics(sentence)[0]
    if subject is None or not (sentence.start <= mention.start and mention.end <= sentence.end) or \
            not mention.start <= subject.i < mention.end:
        return None
    return ParsedSpeaker(name=last.speaker.name, mention=None)


def _sentence_before(words: WordSpan) -> WordSpan | None:
    """The sentence before the one the quote's first word is in, when only marks, spaces and at
    most one line break stand between them."""
    doc = words.doc
    if words.start == 0:
        return None
    i = words.start - 1
    breaks = 0
    while i >= 0 and (doc[i].is_space or doc[i].is_punct):
        breaks += doc[i].text.count("\n") > 0
        i -= 1
    return doc[i].sent if i >= 0 and breaks <= 1 else None

