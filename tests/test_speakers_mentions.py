"""Speaker mentions and attribution (saidwhen.speakers, mentions.py): the words that name who said a
quote, and the speaker a quote without its own cue carries on."""
from __future__ import annotations

import pytest

import saidwhen
from speakers_support import speakers


def test_the_mention_is_the_whole_phrase_and_the_name_only_the_name():
    text = "“We will appeal,” said Tom Reyes, a lawyer for the family."
    assert speakers(text) == [("Tom Reyes", "Tom Reyes, a lawyer for the family")]


def test_the_mention_stops_where_the_quote_begins():
    text = "Tom Reyes, a lawyer, said: “We will appeal the ruling.”"
    assert speakers(text) == [("Tom Reyes", "Tom Reyes, a lawyer")]


def test_a_follow_on_quote_has_the_name_but_no_mention():
    text = "“It is over,” said Dana Pike. “We lost fairly and we move on.”"
    assert speakers(text) == [("Dana Pike", "Dana Pike"), ("Dana Pike", None)]


def test_a_quote_with_nothing_before_it_has_no_speaker():
    text = "“Nobody knows what will happen to the old mill now that the owners have gone.”"
    found = saidwhen.extract(text).quotes
    assert len(found) == 1 and found[0].speaker is None


def test_a_quote_after_a_sentence_about_someone_is_theirs():
    text = ("“Costs are rising,” said Nina Holm, the treasurer.\n\n"
            "Ken Abe, a councillor, disagreed sharply.\n\n"
            "“The budget is fine as it stands.”")
    assert [name for name, _ in speakers(text)] == ["Nina Holm", "Ken Abe"]


def test_a_name_after_a_dash_signs_the_quote_before_it():
    text = "“The park is the best thing this town ever built.” ― Maria Lind\n\nMore voices follow."
    found = saidwhen.extract(text).quotes
    assert [(q.speaker.name, q.speaker.mention.text, q.cue) for q in found] == [
        ("Maria Lind", "Maria Lind", None)]


def test_a_quote_reopened_right_after_another_keeps_its_speaker():
    # The sentence the first quote stands in is about Okafor; the second quote carries on
    # Lindgren's words with nothing of the narrator's between them.
    text = ('Ms. Okafor finished second behind the Dane, and Lindgren said: "I knew about her, she is '
            'a great rival. "She trained very hard all winter."')
    assert speakers(text) == [("Lindgren", "Lindgren"), ("Lindgren", None)]


def test_it_after_a_report_that_spoke_continues_the_report_s_issuer():
    text = ("Rents rose by a third, Greenhaven says in a report. The report said: \"Families "
            "are being priced out.\" It also points out that few councils have acted.")
    assert [name for name, _ in speakers(text)] == ["Greenhaven"] * 3


@pytest.mark.parametrize("text", [
    "The Lowden Star quoted Mayor Ana Ruiz as saying the budget was balanced.",
    "“The budget is balanced,” the Lowden Star quoted Mayor Ana Ruiz as saying.",
])
def test_the_one_quoted_as_saying_is_the_speaker_not_the_outlet_quoting(text):
    assert speakers(text) == [("Ana Ruiz", "Mayor Ana Ruiz")]


# The mention's bounds, as annotated news sets mark a source: the whole noun phrase, with its
# titles, appositions and descriptive clauses, and nothing that tells what the speaker did. The
# parses are written by hand (word, tag, dependency, head), as the parser gives them on real news.

def parsed(*words: tuple[str, str, str, int], spaces: tuple[int, ...] = ()):
    """A Doc of `words` (text, tag, dependency, index of its head), with a space after each word
    but those whose index is in `spaces`."""
    import spacy
    from spacy.tokens import Doc

    texts = [w[0] for w in words]
    return Doc(spacy.blank("en").vocab, words=texts, spaces=[i not in spaces for i in range(len(texts))],
               tags=[w[1] for w in words], deps=[w[2] for w in words], heads=[w[3] for w in words])


def mention(doc, head: int, avoid: tuple[tuple[int, int], ...] = ()) -> str:
    from saidwhen.speakers.mentions import mention_range

    start, end = mention_range(doc, doc[head], avoid)
    return doc[start:end].text


def with_pos(doc, *pos: str):
    """`doc` with these coarse parts of speech, which some rules read."""
    for tok, p in zip(doc, pos):
        tok.pos_ = p
    return doc


def test_an_apposition_and_a_describing_relative_clause_are_part_of_the_mention():
    doc = parsed(("Lena", "NNP", "compound", 1), ("Ortiz", "NNP", "nsubj", 9), (",", ",", "punct", 1),
                 ("who", "WP", "nsubj", 4), ("runs", "VBZ", "relcl", 1), ("the", "DT", "det", 7),
                 ("harbour", "NN", "compound", 7), ("cafe", "NN", "dobj", 4), (",", ",", "punct", 1),
                 ("said", "VBD", "ROOT", 9), (".", ".", "punct", 9), spaces=(1, 7, 9))
    assert mention(doc, 1) == "Lena Ortiz, who runs the harbour cafe"


def test_a_relative_clause_that_reports_other_words_is_another_attribution():
    # "Lena Ortiz, who said that it was small, told ...": what she said before is not who she is.
    doc = parsed(("Lena", "NNP", "compound", 1), ("Ortiz", "NNP", "nsubj", 10), (",", ",", "punct", 1),
                 ("who", "WP", "nsubj", 4), ("said", "VBD", "relcl", 1), ("that", "IN", "mark", 7),
                 ("it", "PRP", "nsubj", 7), ("was", "VBD", "ccomp", 4), ("small", "JJ", "acomp", 7),
                 (",", ",", "punct", 1), ("told", "VBD", "ROOT", 10), spaces=(1, 8))
    assert mention(doc, 1) == "Lena Ortiz"


def test_a_participle_after_a_comma_tells_what_the_speaker_did_and_is_left_out():
    doc = parsed(("Tom", "NNP", "compound", 1), ("Reyes", "NNP", "nsubj", 8), (",", ",", "punct", 1),
                 ("speaking", "VBG", "acl", 1), ("on", "IN", "prep", 3), ("the", "DT", "det", 6),
                 ("radio", "NN", "pobj", 4), (",", ",", "punct", 1), ("said", "VBD", "ROOT", 8),
                 spaces=(1, 6))
    assert mention(doc, 1) == "Tom Reyes"


def test_a_past_participle_that_describes_the_speaker_stays():
    doc = parsed(("A", "DT", "det", 1), ("report", "NN", "nsubj", 8), (",", ",", "punct", 1),
                 ("prepared", "VBN", "acl", 1), ("for", "IN", "prep", 3), ("the", "DT", "det", 6),
                 ("board", "NN", "pobj", 4), (",", ",", "punct", 1), ("said", "VBD", "ROOT", 8),
                 spaces=(1, 6))
    assert mention(doc, 1) == "A report, prepared for the board"


def test_a_dateline_before_a_dash_is_not_part_of_the_mention():
    # "PORTLOW (AP) — Ann Keel said": the parser hangs the dateline under the name.
    doc = parsed(("PORTLOW", "NNP", "nmod", 6), ("(", "-LRB-", "punct", 2), ("AP", "NNP", "appos", 0),
                 (")", "-RRB-", "punct", 2), ("—", ":", "punct", 0), ("Ann", "NNP", "compound", 6),
                 ("Keel", "NNP", "nsubj", 7), ("said", "VBD", "ROOT", 7), spaces=(1, 2))
    assert mention(doc, 6) == "Ann Keel"


def test_a_dateline_the_parser_takes_for_the_subject_gives_way_to_the_name_after_the_dash():
    from saidwhen.quotes.attribution import subject_of

    doc = parsed(("PORTLOW", "NNP", "nsubj", 7), (",", ",", "punct", 0), ("Maine", "NNP", "appos", 0),
                 ("—", ":", "punct", 0), ("Harbour", "NN", "compound", 6), ("master", "NN", "compound", 6),
                 ("Keel", "NNP", "appos", 0), ("said", "VBD", "ROOT", 7), spaces=(0,))
    assert subject_of(doc[7]).text == "Keel"
    assert mention(doc, 6) == "Harbour master Keel"


def test_a_place_in_capitals_that_opens_no_paragraph_is_no_dateline():
    from saidwhen.quotes.attribution import subject_of

    doc = parsed(("Then", "RB", "advmod", 8), ("NATO", "NNP", "nsubj", 8), ("—", ":", "punct", 1),
                 ("the", "DT", "det", 4), ("alliance", "NN", "appos", 1), ("—", ":", "punct", 1),
                 ("Ann", "NNP", "compound", 7), ("Keel", "NNP", "appos", 1), ("said", "VBD", "ROOT", 8))
    assert subject_of(doc[8]).text == "NATO"


def test_a_title_the_parser_hangs_under_the_quote_keeps_its_place_in_the_mention():
    # '“Over,” councilmember Ann Keel said': the quote's words sit in the title's subtree.
    doc = parsed(("“", "``", "punct", 4), ("Over", "RB", "advmod", 4), (",", ",", "punct", 1),
                 ("”", "''", "punct", 4), ("councilmember", "NN", "compound", 6),
                 ("Ann", "NNP", "compound", 6), ("Keel", "NNP", "nsubj", 7), ("said", "VBD", "ROOT", 7),
                 spaces=(0, 1, 2))
    assert mention(doc, 6, avoid=((0, doc[3].idx + 1),)) == "councilmember Ann Keel"


def test_a_mention_between_two_parts_of_the_quote_keeps_its_apposition():
    # '“Ready,” Ann Keel, the harbour master, said. “We open in May.”'
    doc = parsed(("“", "``", "punct", 1), ("Ready", "JJ", "ROOT", 1), (",", ",", "punct", 1),
                 ("”", "''", "punct", 1), ("Ann", "NNP", "compound", 5), ("Keel", "NNP", "nsubj", 11),
                 (",", ",", "punct", 5), ("the", "DT", "det", 9), ("harbour", "NN", "compound", 9),
                 ("master", "NN", "appos", 5), (",", ",", "punct", 5), ("said", "VBD", "ROOT", 11),
                 (".", ".", "punct", 11), ("“", "``", "punct", 14), ("Open", "VB", "ROOT", 14),
                 ("”", "''", "punct", 14), spaces=(0, 1, 2, 5, 9, 11, 12, 13, 14))
    quote = ((doc[0].idx, doc[3].idx + 1), (doc[13].idx, doc[15].idx + 1))
    assert mention(doc, 5, avoid=quote) == "Ann Keel, the harbour master"


def test_a_reported_clause_that_holds_its_own_attribution_does_not_cut_the_mention():
    # 'In Portlow, Mr. Keel said, the pier is a waste': the reported clause is the whole
    # sentence, attribution included.
    doc = parsed(("In", "IN", "prep", 11), ("Portlow", "NNP", "pobj", 0), (",", ",", "punct", 5),
                 ("Mr.", "NNP", "compound", 4), ("Keel", "NNP", "nsubj", 5), ("said", "VBD", "parataxis", 11),
                 (",", ",", "punct", 5), ("the", "DT", "det", 8), ("pier", "NN", "nsubj", 11),
                 ("is", "VBZ", "aux", 11), ("a", "DT", "det", 11), ("waste", "NN", "ROOT", 11),
                 spaces=(1, 5))
    assert mention(doc, 4, avoid=((0, len(doc.text)),)) == "Mr. Keel"



def test_a_mention_cut_short_does_not_end_on_the_word_that_joined_what_was_cut():
    doc = parsed(("Acme", "NNP", "compound", 1), ("News", "NNP", "nsubj", 6), ("and", "CC", "cc", 1),
                 ("“", "``", "punct", 4), ("Keel", "NNP", "conj", 1), ("”", "''", "punct", 4),
                 ("said", "VBD", "ROOT", 6), spaces=(3, 4))
    assert mention(doc, 1, avoid=((doc[3].idx, doc[5].idx + 1),)) == "Acme News"


def test_a_mention_cut_short_does_not_end_on_a_preposition_whose_object_was_cut():
    doc = parsed(("a", "DT", "det", 1), ("lawyer", "NN", "nsubj", 6), ("for", "IN", "prep", 1),
                 ("“", "``", "punct", 4), ("Acme", "NNP", "pobj", 2), ("”", "''", "punct", 4),
                 ("said", "VBD", "ROOT", 6), spaces=(3, 4))
    assert mention(doc, 1, avoid=((doc[3].idx, doc[5].idx + 1),)) == "a lawyer"


def test_a_preposition_left_standing_at_the_end_of_a_clause_stays():
    doc = parsed(("the", "DT", "det", 1), ("group", "NN", "nsubj", 5), ("she", "PRP", "nsubj", 3),
                 ("works", "VBZ", "relcl", 1), ("for", "IN", "prep", 3), ("said", "VBD", "ROOT", 5))
    assert mention(doc, 1) == "the group she works for"

def test_who_after_a_description_stands_for_the_one_described_not_the_firm_it_names():
    # 'Ann Keel, an analyst at Acme, who said ...': the parser hangs "who said" on "Acme".
    from saidwhen.quotes.attribution import subject_of

    doc = parsed(("Ann", "NNP", "compound", 1), ("Keel", "NNP", "ROOT", 1), (",", ",", "punct", 1),
                 ("an", "DT", "det", 4), ("analyst", "NN", "appos", 1), ("at", "IN", "prep", 4),
                 ("Acme", "NNP", "pobj", 5), (",", ",", "punct", 6), ("who", "WP", "nsubj", 9),
                 ("said", "VBD", "relcl", 6), ("it", "PRP", "nsubj", 11), ("failed", "VBD", "ccomp", 9),
                 spaces=(1, 6))
    with_pos(doc, "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "VERB")
    assert subject_of(doc[9]).text == "Keel"
    assert mention(doc, 1) == "Ann Keel, an analyst at Acme"


def test_who_after_a_name_in_a_phrase_about_something_else_stands_for_that_name():
    # 'a reply from Ann Keel, who said ...': Keel said it, not the reply.
    from saidwhen.quotes.attribution import subject_of

    doc = parsed(("a", "DT", "det", 1), ("reply", "NN", "ROOT", 1), ("from", "IN", "prep", 1),
                 ("Ann", "NNP", "compound", 4), ("Keel", "NNP", "pobj", 2), (",", ",", "punct", 4),
                 ("who", "WP", "nsubj", 7), ("said", "VBD", "relcl", 4), ("it", "PRP", "nsubj", 9),
                 ("failed", "VBD", "ccomp", 7), spaces=(4,))
    with_pos(doc, "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "VERB")
    assert subject_of(doc[7]).text == "Keel"



def test_who_after_the_place_a_person_is_from_stands_for_the_person():
    # 'Ann Keel, 24, from Leeds, who said ...': the parser hangs the clause on Keel.
    from saidwhen.quotes.attribution import subject_of

    doc = parsed(("Ann", "NNP", "compound", 1), ("Keel", "NNP", "ROOT", 1), (",", ",", "punct", 1),
                 ("24", "CD", "appos", 1), (",", ",", "punct", 1), ("from", "IN", "prep", 1),
                 ("Leeds", "NNP", "pobj", 5), (",", ",", "punct", 1), ("who", "WP", "nsubj", 9),
                 ("said", "VBD", "relcl", 1), ("it", "PRP", "nsubj", 11), ("failed", "VBD", "ccomp", 9),
                 spaces=(1, 3, 6))
    with_pos(doc, "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "VERB")
    assert subject_of(doc[9]).text == "Keel"


def test_a_speaker_the_parser_hangs_as_an_apposition_still_speaks():
    # 'with his wife Ann Keel, former mayor Tom Keel said ...': no subject under "said".
    from saidwhen.quotes.attribution import subject_of

    doc = with_pos(parsed(
        ("With", "IN", "prep", 10), ("his", "PRP$", "poss", 2), ("wife", "NN", "pobj", 0),
        ("Ann", "NNP", "compound", 4), ("Keel", "NNP", "appos", 2), (",", ",", "punct", 4),
        ("former", "JJ", "amod", 7), ("mayor", "NN", "compound", 9), ("Tom", "NNP", "compound", 9),
        ("Keel", "NNP", "appos", 4), ("said", "VBD", "ROOT", 10), ("it", "PRP", "nsubj", 12),
        ("failed", "VBD", "ccomp", 10), spaces=(4,)),
        "ADP", "PRON", "NOUN", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "VERB")
    assert subject_of(doc[10]).i == 9


def test_past_a_comma_the_apposition_before_the_cue_describes_the_speaker():
    # '“Over, Mr. President” Representative Tom Keel, Democrat of Maine, told him.': the parser
    # takes "President", inside the quote, for the subject and hangs the speaker on it.
    from saidwhen.quotes.attribution import after

    doc = with_pos(parsed(
        ("“", "``", "punct", 1), ("Over", "RB", "ccomp", 14), (",", ",", "punct", 1), ("Mr.", "NNP", "compound", 4),
        ("President", "NNP", "nsubj", 14), ("”", "''", "punct", 14), ("Representative", "NNP", "compound", 8),
        ("Tom", "NNP", "compound", 8), ("Keel", "NNP", "appos", 4), (",", ",", "punct", 8),
        ("Democrat", "NNP", "appos", 8), ("of", "IN", "prep", 10), ("Maine", "NNP", "pobj", 11),
        (",", ",", "punct", 8), ("told", "VBD", "ROOT", 14), ("him", "PRP", "dobj", 14), (".", ".", "punct", 14),
        spaces=(0, 1, 4, 8, 12, 15, 16)),
        "PUNCT", "ADV", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "ADP",
        "PROPN", "PUNCT", "VERB", "PRON", "PUNCT")
    cue, speaker = after(doc, 0, 5)
    assert (cue.text, speaker.text) == ("told", "Keel")


def test_past_a_comma_the_name_before_the_apposition_speaks_wherever_the_parser_hangs_it():
    # '“It is over,” Ann Keel, a top adviser, said at noon.': the parser takes "Keel" for a
    # word of the quote ("is ... Keel") and leaves the cue without a subject.
    from saidwhen.quotes.attribution import after

    doc = with_pos(parsed(
        ("“", "``", "punct", 2), ("It", "PRP", "nsubj", 2), ("is", "VBZ", "ccomp", 13), ("over", "RB", "advmod", 2),
        (",", ",", "punct", 7), ("”", "''", "punct", 7), ("Ann", "NNP", "compound", 7), ("Keel", "NNP", "attr", 2),
        (",", ",", "punct", 7), ("a", "DT", "det", 11), ("top", "JJ", "amod", 11), ("adviser", "NN", "appos", 7),
        (",", ",", "punct", 7), ("said", "VBD", "ROOT", 13), ("at", "IN", "prep", 13), ("noon", "NN", "pobj", 14),
        spaces=(0, 3, 4, 7, 11)),
        "PUNCT", "PRON", "AUX", "ADV", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN",
        "PUNCT", "VERB", "ADP", "NOUN")
    cue, speaker = after(doc, 0, 5)
    assert (cue.text, speaker.text) == ("said", "Keel")
    assert mention(doc, speaker.i, avoid=((0, doc[5].idx + 1),)) == "Ann Keel, a top adviser"


def test_a_relative_clause_not_set_off_by_commas_says_who_the_speakers_are():
    # "Those who said that it was small told ...": the clause is who they are, not other words.
    doc = parsed(("Those", "DT", "nsubj", 7), ("who", "WP", "nsubj", 2), ("said", "VBD", "relcl", 0),
                 ("that", "IN", "mark", 5), ("it", "PRP", "nsubj", 5), ("was", "VBD", "ccomp", 2),
                 ("small", "JJ", "acomp", 5), ("told", "VBD", "ROOT", 7))
    assert mention(doc, 0) == "Those who said that it was small"


def test_a_rank_written_with_no_is_part_of_the_mention():
    text = "Ann Keel, the No. 2 official at the port, said the pier would reopen in May."
    assert speakers(text) == [("Ann Keel", "Ann Keel, the No. 2 official at the port")]


@pytest.mark.parametrize("text, mention", [
    ("About 6 in 10 say they want the pier rebuilt before winter.", "About 6 in 10"),
    ("Less than a third agreed that the pier should close.", "Less than a third"),
    ("A majority said the toll was too high.", "A majority"),
])
def test_a_poll_s_share_that_opens_the_clause_is_its_cue_s_subject_and_no_speaker(text, mention):
    # The parser hangs the count on the verb as a number or a measure, not as its subject; the
    # cue's subject is the share all the same, and a poll's share is a figure, no quotation
    # (quotes.polled): the paper's cue is read, no record written.
    assert _subjects(text) == [mention]
    assert speakers(text) == []


def test_who_is_more_likely_to_say_something_is_the_cue_s_subject_and_no_speaker():
    # "more likely to say" compares what shares of a poll's groups answered (quotes.polled)
    text = "Harbour residents are far more likely to say that the ferry should run at night."
    assert _subjects(text) == ["Harbour residents"]
    assert speakers(text) == []


def _subjects(text: str) -> list[str]:
    """The words from the left edge of each found quote's subject to the subject itself."""
    from saidwhen.parsing.language import parse
    from saidwhen.quotes import find_quotes
    doc = parse(text)
    return [doc[doc[q.subject].left_edge.i:q.subject + 1].text for q in find_quotes(doc) if q.subject is not None]


def test_a_time_before_the_cue_is_no_share_that_speaks():
    text = "The harbour board last week said the pier would close in 2027."
    assert speakers(text) == [(None, "The harbour board")]


@pytest.mark.parametrize("text, mention", [
    ("The Courier shot back in an article stating that the council had lied.", "The Courier"),
    ("The harbour board replied with a statement saying that the pier was safe.", "The harbour board"),
])
def test_a_gerund_on_the_writing_the_words_went_out_in_reports_the_sender(text, mention):
    # The parser hangs "stating" on "article", not on the verb.
    assert [m for _, m in speakers(text)] == [mention]


def test_reports_someone_points_to_are_not_theirs():
    assert speakers("The mayor pointed to reports saying that the ferry was late.") == [(None, None)]


@pytest.mark.parametrize("text, name", [
    ("Dale Jordan, meanwhile, who sits on no committee at all, said that fact speaks volumes.", "Dale Jordan"),
    ("Ann Moreau, whose latest cafe, Driftwood, serves fish to the ferry crews, said the pier was safe.",
     "Ann Moreau"),
])
def test_a_relative_clause_between_the_speaker_and_the_cue_is_not_what_was_said(text, name):
    # The parser takes the relative clause for a clause "said" reports, with the name its subject.
    [(found, mention)] = speakers(text)
    assert found == name and mention.startswith(name)


@pytest.mark.parametrize("text, name", [
    # The parser hangs "tweeted" on the name as a modifier, which a verb in a tense never is.
    ("Ann Moreau, who is running for mayor, tweeted on Friday to say that she never backed the toll.",
     "Ann Moreau"),
    # It gives the name to "claiming" and leaves "said" without a subject.
    ("Dale Jordan, later claiming - again wrongly - that the ferry had sunk, said he would sue.", "Dale Jordan"),
    # "stating" hangs two prepositions below "vowed".
    ("In addition to stating that the pier was safe, Ann Moreau has vowed to rebuild it.", "Ann Moreau"),
])
def test_a_subject_set_apart_from_its_cue_by_the_parse_still_names_the_speaker(text, name):
    assert {found for found, _ in speakers(text)} == {name}


@pytest.mark.parametrize("text, name", [
    # The parser makes "contrast" the subject of "said" and the name that of "would be".
    ("That contrast, said Moreau, a lawyer, would be clear to voters by the autumn.", "Moreau"),
    ("The gap, said Ann Moreau, an economist at Acme, would close by the autumn.", "Ann Moreau"),
])
def test_an_attribution_set_off_inside_the_words_it_reports_names_the_one_after_the_cue(text, name):
    # The mention ranker prefers the parser's subject; where commas set the cue off, the grammar decides.
    [(found, mention)] = speakers(text)
    assert found == name and mention.startswith(name)


def test_a_subject_and_its_apposition_before_the_cue_still_speak():
    text = "Ann Moreau, the mayor, said the toll, which rose in May, would be scrapped."
    assert speakers(text) == [("Ann Moreau", "Ann Moreau, the mayor")]


def test_a_writing_sent_to_people_says_what_its_sender_says():
    # The parser hangs "saying" on "supporters", those the message went to.
    text = "Ann Moreau sent a text message to supporters saying the vote would be close."
    assert speakers(text) == [("Ann Moreau", "Ann Moreau")]


def test_a_gift_to_someone_is_no_writing_its_giver_speaks_in():
    assert speakers("Ann Moreau gave a prize to a pupil saying she had earned it.") == [(None, None)]


def test_a_name_opening_the_paragraph_after_a_headline_is_the_whole_mention():
    text = "Pell denies faking the fire\n\nTomas Pell told officials he had never been warned of the test."
    assert speakers(text) == [("Tomas Pell", "Tomas Pell")]


@pytest.mark.parametrize("text, speaker", [
    ('The vote is on Monday. "It seems extremely unlikely" that the council can close the gap, said Ann Moreau, '
     'a councillor in Lisle.', ("Ann Moreau", "Ann Moreau, a councillor in Lisle")),
    ('The pier closed. "It was a hard winter" for the ferry crews, Dale Jordan said.', ("Dale Jordan", "Dale Jordan")),
])
def test_a_quote_the_sentence_carries_on_is_said_by_the_speaker_that_ends_it(text, speaker):
    assert speakers(text) == [speaker]


def test_a_cue_that_reports_a_clause_of_its_own_after_the_sentence_s_end_is_not_the_quote_s():
    text = 'The pier closed. "It was a hard winter" for the ferry crews, Dale Jordan said, adding that he would sue.'
    assert speakers(text)[0] == (None, None)


def test_a_word_of_the_quote_the_parser_makes_a_second_subject_leaves_the_speaker_after_it():
    # '“My apologies,” Quick said': the parser hangs "apologies" on the cue as a subject too.
    from saidwhen.quotes.attribution import after

    doc = with_pos(parsed(
        ("“", "``", "punct", 6), ("My", "PRP$", "poss", 2), ("apologies", "NNS", "nsubj", 6), (",", ",", "punct", 6),
        ("”", "''", "punct", 6), ("Quick", "NNP", "nsubj", 6), ("said", "VBD", "ROOT", 6), (".", ".", "punct", 6),
        spaces=(0, 2, 5)),
        "PUNCT", "PRON", "NOUN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT")
    cue, speaker = after(doc, 0, 4)
    assert (cue.text, speaker.text) == ("said", "Quick")


def test_quoted_words_that_hold_no_clause_of_their_own_leave_the_sentence_to_its_cue():
    # The whole sentence is what the official told; the quoted words alone are no quote of theirs.
    text = 'The storm passed. "Very few" of the residents left their homes, an official told reporters.'
    [quote] = saidwhen.extract(text).quotes
    assert "of the residents left their homes" in quote.text and quote.speaker.mention.text == "an official"


def test_a_gerund_the_parser_takes_for_the_cue_s_subject_clause_leaves_its_subject_to_the_cue():
    # 'Voters going to the polls said ...': "going" is read as the clause that is the subject.
    from saidwhen.quotes.attribution import subject_of

    doc = with_pos(parsed(
        ("Voters", "NNS", "nsubj", 1), ("going", "VBG", "csubj", 5), ("to", "IN", "prep", 1),
        ("the", "DT", "det", 4), ("polls", "NNS", "pobj", 2), ("said", "VBD", "ROOT", 5),
        ("they", "PRP", "nsubj", 7), ("won", "VBD", "ccomp", 5)),
        "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "PRON", "VERB")
    assert subject_of(doc[5]).text == "Voters"


@pytest.mark.parametrize("verb, relative, speaker", [("tweeted", True, "Moreau"), ("asked", True, None),
                                                     ("tweeted", False, None)])
def test_a_verb_of_saying_tagged_a_participle_after_a_relative_clause_is_the_name_s(verb, relative, speaker):
    # 'Ann Moreau, who runs the cafe, tweeted to say ...': the parser hangs "tweeted" on the name
    # as a participle. 'Moreau, asked about it, ...' is one, and the one asked is no speaker; so
    # is one right after the name ('Moreau, described as ...').
    from saidwhen.quotes.attribution import subject_of

    clause = [("who", "WP", "nsubj", 4), ("runs", "VBZ", "relcl", 1), ("it", "PRP", "dobj", 4), (",", ",", "punct", 1)]
    k = len(clause) if relative else 0
    words = [("Ann", "NNP", "compound", 1), ("Moreau", "NNP", "ROOT", 1), (",", ",", "punct", 1), *clause[:k],
             (verb, "VBN", "acl", 1), ("to", "TO", "aux", 5 + k), ("say", "VB", "advcl", 3 + k),
             ("she", "PRP", "nsubj", 7 + k), ("won", "VBD", "ccomp", 5 + k)]
    pos = ["PROPN", "PROPN", "PUNCT", *["PRON", "VERB", "PRON", "PUNCT"][:k], "VERB", "PART", "VERB", "PRON", "VERB"]
    doc = with_pos(parsed(*words), *pos)
    subject = subject_of(doc[5 + k])
    assert (subject.text if subject is not None else None) == speaker


def test_a_cue_with_its_own_subject_that_the_parser_hangs_on_a_quoted_noun_still_attributes():
    # '“There is a result,” Ash wrote.': the parser makes "wrote" a modifier of "result".
    from saidwhen.quotes.attribution import after

    doc = with_pos(parsed(
        ("“", "``", "punct", 2), ("There", "EX", "expl", 2), ("is", "VBZ", "ROOT", 2), ("a", "DT", "det", 4),
        ("result", "NN", "attr", 2), (",", ",", "punct", 8), ("”", "''", "punct", 8), ("Ash", "NNP", "nsubj", 8),
        ("wrote", "VBD", "acl", 4), (".", ".", "punct", 2), spaces=(0, 4, 5, 8)),
        "PUNCT", "PRON", "AUX", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT")
    cue, speaker = after(doc, 0, 6)
    assert (cue.text, speaker.text) == ("wrote", "Ash")


@pytest.mark.parametrize("text, mention", [
    ("Ann Moreau, in Leeds, said the pier would reopen in May.", "Ann Moreau"),
    ("Ann Moreau, surrounded by reporters, said the council had lied about the pier.", "Ann Moreau"),
    ("Tom Keel, himself a candidate for mayor, said the vote was rigged.", "Tom Keel"),
])
def test_a_phrase_set_off_by_a_comma_that_tells_how_or_where_one_spoke_is_left_out(text, mention):
    # Where one spoke, a participle after a name, a reflexive set off: not who speaks.
    assert [m for _, m in speakers(text)] == [mention]


@pytest.mark.parametrize("text, mention", [
    ("Ann Moreau in her speech said the pier would open in May.", "Ann Moreau"),
    ("Her lawyers in a court filing argued that the ban was unlawful.", "Her lawyers"),
    ("The Moreau campaign on Monday said the pier would open in May.", "The Moreau campaign"),
    # Guards: a phrase that says who they are stays, and a document that holds voices of its own.
    ("Democrats in Congress said the pier would open in May.", "Democrats in Congress"),
    ("A footnote in the report warns that the pier may never open.", "A footnote in the report"),
])
def test_a_phrase_right_after_the_speaker_that_tells_what_they_spoke_in_or_the_day_is_left_out(text, mention):
    # Without a comma the parser hangs the phrase on the speaker rather than on the cue.
    assert [m for _, m in speakers(text)] == [mention]


@pytest.mark.parametrize("text, mention", [
    ("“We’ve waited long enough,” they’ve said for years.", "they"),
    ("Residents who’ve lived near the pier said it was rotten.", "Residents"),
    # Guard: a clause whole on its clitic stays ('who’s' with what follows it).
    ("Tom Keel, a dock hand who’s on the union slate, said the pier was rotten.",
     "Tom Keel, a dock hand who’s on the union slate"),
])
def test_a_verb_clitic_after_a_curly_apostrophe_is_no_part_of_the_speaker(text, mention):
    # The parser reads "’ve" as a noun on the pronoun, or as a clause of its own: the mention never
    # ends on it (a clause cut there is left out whole).
    assert [m for _, m in speakers(text)][-1] == mention


def test_a_preposition_of_how_one_spoke_set_off_after_the_speaker_is_left_out():
    # '“Over,” said Tom Keel, a lawyer, via email.'
    doc = parsed(("said", "VBD", "ROOT", 0), ("Tom", "NNP", "compound", 2), ("Keel", "NNP", "nsubj", 0),
                 (",", ",", "punct", 2), ("a", "DT", "det", 5), ("lawyer", "NN", "appos", 2),
                 (",", ",", "punct", 2), ("via", "IN", "prep", 2), ("email", "NN", "pobj", 7), spaces=(2, 5))
    assert mention(doc, 2) == "Tom Keel, a lawyer"


@pytest.mark.parametrize("head_tag, expected", [
    ("NNP", "Ann Moreau"),  # 'Ann Moreau, like Tom Keel, said': likened to another
    ("NNS", "Ann Moreau , like Tom Keel"),  # 'residents, like Tom Keel, said': some of them named
])
def test_like_after_a_name_likens_and_after_a_plural_names_some(head_tag, expected):
    doc = parsed(("Ann", "NNP", "compound", 1), ("Moreau", head_tag, "nsubj", 7), (",", ",", "punct", 1),
                 ("like", "IN", "prep", 1), ("Tom", "NNP", "compound", 5), ("Keel", "NNP", "pobj", 3),
                 (",", ",", "punct", 1), ("said", "VBD", "ROOT", 7))
    assert mention(doc, 1) == expected


def test_the_sentence_s_own_verb_the_parser_hangs_inside_an_apposition_ends_the_mention():
    # 'Ann Moreau, the mayor, endorsed Keel's plan Saturday, saying ...': no verb, the name the root.
    doc = parsed(("Ann", "NNP", "compound", 1), ("Moreau", "NNP", "ROOT", 1), (",", ",", "punct", 1),
                 ("the", "DT", "det", 4), ("mayor", "NN", "appos", 1), (",", ",", "punct", 1),
                 ("endorsed", "VBD", "amod", 7), ("Keel", "NNP", "poss", 9), ("'s", "POS", "case", 7),
                 ("plan", "NN", "appos", 1), ("Saturday", "NNP", "appos", 1), (",", ",", "punct", 1),
                 ("saying", "VBG", "acl", 1), spaces=(1, 4, 7, 10))
    assert mention(doc, 1) == "Ann Moreau, the mayor"


def test_a_quoted_title_after_the_cue_is_no_speaker_the_name_before_it_is():
    # '“It ends,” Ann Keel, a senator, said on “Morning Show.”': the parser takes the programme
    # for the subject and hangs the name on a word of the quote.
    from saidwhen.quotes.attribution import after

    doc = with_pos(parsed(
        ("“", "``", "punct", 2), ("It", "PRP", "nsubj", 2), ("ends", "VBZ", "ccomp", 11), (",", ",", "punct", 2),
        ("”", "''", "punct", 6), ("Ann", "NNP", "compound", 6), ("Keel", "NNP", "appos", 1), (",", ",", "punct", 6),
        ("a", "DT", "det", 9), ("senator", "NN", "appos", 6), (",", ",", "punct", 11), ("said", "VBD", "ROOT", 11),
        ("on", "IN", "prep", 11), ("“", "``", "punct", 15), ("Morning", "NNP", "compound", 15),
        ("Show", "NNP", "nsubj", 11), (".", ".", "punct", 11), ("”", "''", "punct", 11),
        spaces=(0, 2, 3, 6, 9, 13, 15, 16)),
        "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB",
        "ADP", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT")
    cue, speaker = after(doc, 0, 4)
    assert (cue.text, speaker.text) == ("said", "Keel")


@pytest.mark.parametrize("text, mention", [
    ("Keel himself said the pier was safe.", "Keel himself"),
    ("A report, prepared for the board, said the pier was unsafe.", "A report, prepared for the board"),
])
def test_what_names_or_describes_the_speaker_stays_in_the_mention(text, mention):
    # A participle describes a thing; "himself" with no comma is part of the phrase as
    # annotated news marks it.
    assert [m for _, m in speakers(text)] == [mention]


def test_a_dash_glued_to_the_closing_mark_still_signs_the_quote():
    text = "“The park is the best thing this town ever built.”― Maria Lind\n\nMore voices follow."
    found = saidwhen.extract(text).quotes
    assert [(q.content[0].text, q.speaker.mention.text, q.cue) for q in found] == [
        ("“The park is the best thing this town ever built.”", "Maria Lind", None)]


def test_a_transcript_turn_is_spoken_by_the_name_in_capitals_before_its_colon():
    text = 'Partial transcript:\n\n"KEEL: Will the pier open in May?"\n\n"MOREAU: It will open in June, not before."'
    found = saidwhen.extract(text).quotes
    assert [(q.content[0].text, q.speaker.mention.text, q.cue) for q in found] == [
        ('Will the pier open in May?"', "KEEL", None), ('It will open in June, not before."', "MOREAU", None)]


def test_a_lone_label_in_capitals_is_no_transcript_turn():
    text = 'The pier closed.\n\n"UPDATE: The pier is closed until further notice, the council says."'
    assert [m for _, m in speakers(text)] == [None]


def test_even_before_the_speaker_stresses_who_spoke_and_is_no_part_of_the_mention():
    text = "Even China, the only ally of the regime, said it was resolutely opposed to the test."
    assert speakers(text) == [("China", "China, the only ally of the regime")]


@pytest.mark.parametrize("text, expected", [
    ('But Sen. Maria Okafor (D-Ore.), noting the length of the waiting lists, said, "We can fund this clinic."',
     ("Maria Okafor", "Sen. Maria Okafor (D-Ore.)")),
    ("Keller, who backed Sen. Lisa Marr, D-Ohio, and openly opposed the plan during the hearings, also said the "
     "landlord would lose.", ("Keller", "Keller, who backed Sen. Lisa Marr, D-Ohio")),
    ("Keller, who backed Sen. Lisa Marr, D-Ohio, and openly opposed the plan during the hearings, on Monday said "
     "the landlord would lose.", ("Keller", "Keller, who backed Sen. Lisa Marr, D-Ohio")),
])
def test_a_name_before_a_clause_set_off_by_commas_speaks_where_the_parser_hangs_the_cue_in_it(text, expected):
    # The parser makes the participle or the relative clause the sentence's verb, or hangs the
    # cue under it, and leaves the cue without a subject.
    assert speakers(text) == [expected]


def test_a_sentence_that_does_not_open_with_the_name_gives_no_speaker_from_its_clause():
    text = "Officials said the man, who lives nearby, had said nothing."
    assert speakers(text) == [(None, "Officials")]


@pytest.mark.parametrize("text, expected", [
    ('"What is coming is a battle for the ages," said Dana Brock, a lawyer who heads the campaign group Protect '
     'the Vote.', [("Dana Brock", "Dana Brock, a lawyer who heads the campaign group")]),
    ("“I am better with my hands than with my head,” said Rita Mayne, half joking.", [("Rita Mayne", "Rita Mayne")]),
    # "sell" is read as the clause's verb: the mention still ends with the whole word.
    ('"This breakthrough led to a rise in orders," said Paul Reyna, chief executive of Acme Lines which provides '
     'phone lines that other firms re-sell.',
     [("Paul Reyna", "Paul Reyna, chief executive of Acme Lines which provides phone lines that other firms re-sell")]),
    # Guards: a participle after the name is left out as before, and a relative clause that reports
    # words of its own is its own attribution, not what the cue before the name reports.
    ("“You cannot run a railway like this,” said Ann Moreau, shaking her head.", [("Ann Moreau", "Ann Moreau")]),
    ("“We lost,” said the coach, who said the team had played badly.", [(None, "the coach"), (None, "the coach")]),
])
def test_a_cue_right_after_the_quote_and_before_its_speaker_reports_the_quote(text, expected):
    # The parser reads a word after the name as a clause that the cue reports ("Protect the Vote",
    # "half joking"), so the quote before it had no cue and the name became reported words.
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The parser makes the words that lead in to the quotation a second subject of its cue.
    ('His answer to the board: "We cannot pay for it," Tom Keel said.', [("Tom Keel", "Tom Keel")]),
    # A phrase set off by commas between the speaker and the cue, hung on the cue.
    ("“He had plenty of friends here,” Lind, after a long pause, said of the mayor. “I would be glad to see him "
     "back.”", [("Lind", "Lind"), ("Lind", None)]),
    # Guard: a set-off description stays in the mention, as before.
    ('"It was a hard winter," Ann Moreau, then a nurse in Leeds, recalled in an interview.',
     [("Ann Moreau", "Ann Moreau, then a nurse in Leeds")]),
])
def test_the_speaker_between_the_quote_and_its_cue_says_it_whatever_else_the_parser_hangs_there(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("“We will win this fight,” Keel said, “and we will win it by a mile.”", [("Keel", "Keel")]),
    # A wire's double marks: the second part keeps the cue too, as one quote in two fragments (the full
    # stop of "Mr." no longer ends the split: tests/test_quote_bounds.py, quotes14).
    ("''The tenants are furious,'' Mr. Lind said, ''and they are not letting a leaflet change their minds.''",
     [("Lind", "Mr. Lind")]),
    # Guards: after a colon the cue introduces a quotation of its own, not the one before it; so does a
    # cue after a question, and one with no subject after a programme's title.
    ('Lind said "the last year has taken its toll". He said: "This is the hardest decision."',
     [("Lind", "Lind"), ("Lind", "He")]),
    ("Lind was asked, “Would you have told her?” He answered, “I have no idea.”", [(None, None), ("Lind", "He")]),
    ('“It is over,” Graham said on "Morning Show," adding, “The problem is he is an insider.”',
     [("Graham", "Graham"), ("Graham", "Graham")]),
])
def test_a_cue_that_interrupts_a_quote_is_the_cue_of_its_first_part(text, expected):
    # The parser reads the quotation after the comma as the cue's own reported clause.
    assert speakers(text) == expected


def test_a_cue_the_parser_hangs_inside_the_quote_as_a_relative_clause_still_attributes_it():
    text = ("“This is a contest in which, if one side is really dull and the other side is really lively, the "
            "lively side gains ground,” he said. “That is all.”")
    assert speakers(text) == [(None, "he"), (None, None)]


def test_what_the_parser_makes_the_object_of_an_inverted_cue_speaks():
    # "one" and "another" are read as what was read; after a cue right after the marks they are who.
    text = "“Anybody but the mayor,” read one. “Go home,” read another."
    assert speakers(text) == [(None, "one"), (None, "another")]
