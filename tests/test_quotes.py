"""Finding quotations: one behaviour a case, in sentences written for these tests."""
from __future__ import annotations

import pytest

import saidwhen


def quotes(text: str):
    return saidwhen.extract(text).quotes


def texts(text: str) -> list[str]:
    return [q.text for q in quotes(text)]


def only(text: str):
    found = quotes(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# Direct quotations -----------------------------------------------------------

@pytest.mark.parametrize("text, quoted", [
    ("“The roof is safe,” the inspector said.", "“The roof is safe,”"),
    ('"The roof is safe," the inspector said.', '"The roof is safe,"'),
    ("''The roof is safe,'' the inspector said.", "''The roof is safe,''"),
    ("The inspector said: “The roof is safe.”", "“The roof is safe.”"),
    ("“The roof is safe,” said Maria Lopez, the city inspector.", "“The roof is safe,”"),
])
def test_a_direct_quote_is_its_quoted_stretch_marks_included(text, quoted):
    q = only(text)
    assert (q.kind, q.text) == ("direct", quoted)


def test_a_direct_quote_has_the_cue_and_the_mention_next_to_it():
    q = only("“We will not close the school,” she told parents.")
    assert q.cue.text == "told"
    assert q.speaker.mention.text == "she"


@pytest.mark.parametrize("text, cue", [
    ("“The science on this is settled,” epidemiologist Dr. Tom Hale said.", "said"),
    ("“The science on this is settled,” epidemiologist Dr. Tom Hale told CTV News.", "told"),
])
def test_a_role_in_lower_case_after_the_closing_mark_is_the_speaker_s_not_a_verb(text, cue):
    # the tagger may read "epidemiologist" as a verb; the cue after the name still reports
    q = only(text)
    assert (q.cue.text, q.speaker.name) == (cue, "Tom Hale")


def test_an_inverted_attribution_names_the_speaker_after_the_verb():
    q = only("“Nobody expected this,” said Omar Haddad, the coach.")
    assert q.speaker.mention.text == "Omar Haddad, the coach"
    assert q.speaker.name == "Omar Haddad"


def test_a_name_the_quote_ends_on_is_not_the_subject_of_the_cue_after_it():
    # the parser hangs "Tomas Reyes" under "said" as a second subject; the speaker is outside
    q = only("“We are monitoring the possible arrival of (the boy's father) Tomas Reyes in the "
             "United States,” said Laura Quinn, district director for the agency.")
    assert q.speaker.name == "Laura Quinn"
    assert q.speaker.mention.text.startswith("Laura Quinn")


def test_offsets_point_at_the_quote_in_the_text():
    text = "Before that, “it was fine,” he said."
    q = only(text)
    span = q.content[0]
    assert text[span.start:span.end] == span.text == "“it was fine,”"


def test_a_quote_split_by_its_attribution_in_one_sentence_is_one_quote_in_two_fragments():
    q = only("“The plan,” the minister said, “will be ready in spring.”")
    assert [s.text for s in q.content] == ["“The plan,”", "“will be ready in spring.”"]
    assert q.speaker.mention.text == "the minister"


def test_a_quoted_sentence_after_an_attributed_one_is_a_follow_on_quote():
    found = quotes("“The water is rising,” said Jane Marsh. “We have to leave tonight.”")
    assert [q.text for q in found] == ["“The water is rising,”", "“We have to leave tonight.”"]
    follow = found[1]
    assert follow.cue is None and follow.speaker.mention is None
    assert follow.speaker.name == "Jane Marsh"


def test_a_short_quoted_sentence_in_a_wire_s_double_marks_carries_on_the_quote_before():
    found = quotes("``The water came up faster than we thought,'' said Ann Marsh. ``It was scary.''")
    assert [q.text for q in found] == ["``The water came up faster than we thought,''", "``It was scary.''"]
    assert found[1].speaker.name == "Ann Marsh"


def test_a_quotation_carried_on_over_paragraphs_is_a_quote_a_paragraph_with_one_speaker():
    # the marks pair over the paragraphs (no closing mark before the break); news writing
    # and the gold sets count each paragraph as a quote, the later ones carried on
    text = ("“The first part ends here without a closing mark,” Ben Cole said. “Then it goes on.\n\n"
            "“And it finishes in this paragraph.”")
    found = quotes(text)
    assert [q.text for q in found[1:]] == ["“Then it goes on.", "“And it finishes in this paragraph.”"]
    assert [q.speaker.name for q in found] == ["Ben Cole"] * 3
    assert found[-1].cue is None and found[-1].speaker.mention is None


def test_a_quotation_over_paragraphs_that_no_attribution_reaches_stays_one_quote():
    text = ("Ben Cole runs the ferry. The storm came at night.\n\n“It was the worst night any of us had seen.\n\n"
            "“We lost the roof of the ticket office.”")
    assert texts(text) == ["“It was the worst night any of us had seen.\n\n“We lost the roof of the ticket office.”"]


def test_a_paragraph_of_a_quotation_with_an_attribution_of_its_own_takes_it():
    text = ("Ines Pardo said: “The tide came in faster than any of us expected.\n\n"
            "“We moved the boats twice before midnight,” said Tom Reed, her deputy.")
    first, second = quotes(text)
    assert (first.text, first.speaker.name) == ("“The tide came in faster than any of us expected.", "Ines Pardo")
    assert (second.text, second.cue.text, second.speaker.name) == (
        "“We moved the boats twice before midnight,”", "said", "Tom Reed")


def test_a_quotation_opening_with_its_cue_keeps_it_on_its_first_paragraph():
    # the marks pair over the paragraphs (no closing mark before the break); news writing
    # and the gold sets count each paragraph as a quote, the later ones carried on
    text = ("The harbour master, Ines Pardo, said: “The tide came in faster than any of us expected.\n\n"
            "“We moved the boats twice before midnight and lost none of them.”")
    first, second = quotes(text)
    assert first.text == "“The tide came in faster than any of us expected."
    assert (first.cue.text, first.speaker.name) == ("said", "Ines Pardo")
    assert second.text == "“We moved the boats twice before midnight and lost none of them.”"
    assert (second.cue, second.speaker.name) == (None, "Ines Pardo")


@pytest.mark.parametrize("text", [
    "She sang “Blue Moon” at the wedding.",
    "The so-called “experts” were wrong about the bridge.",
    "Robert “Bobby” Tan opened a new shop downtown.",
])
def test_quote_marks_that_are_not_speech_make_no_quote(text):
    assert quotes(text) == ()


def test_a_song_title_before_a_relative_clause_is_not_attributed():
    text = "She shared photos from the video for the song “Wild,” in which she revealed the news."
    assert texts(text) == []


def test_a_full_stop_inside_the_marks_ends_the_quote_before_the_next_sentence():
    found = quotes('He said "the timing is wrong." The council said it would vote next week.')
    assert [q.cue.text for q in found] == ["said", "said"]
    assert found[1].kind == "indirect"
    assert found[1].text == "it would vote next week"


def test_headline_quotes_in_single_marks_are_speech():
    found = quotes("Mayor: 'We are not giving up on the stadium'\n\nThe mayor spoke on Monday.")
    assert [q.text for q in found] == ["'We are not giving up on the stadium'"]


def test_a_surname_the_tagger_takes_for_a_common_noun_before_a_headline_colon_speaks():
    # The article writes "Ann Moreau" further on, so the word before the colon is a name.
    q = only("Moreau: 'Never underestimate the council.'\n\nAnn Moreau has advice for the new members.")
    assert (q.cue.text, q.speaker.mention.text, q.speaker.name) == (":", "Moreau", "Ann Moreau")


def test_a_word_before_a_headline_colon_that_ends_no_name_further_on_gives_no_speaker():
    q = only("Harbour: 'A deal is near on the new pier.'\n\nTalks on the Harbour pier resumed on Monday.")
    assert q.speaker is None


@pytest.mark.parametrize("text", [
    "MILLTOWN: The city's ferry has been idle since the storm in March. The harbour board said on "
    "Monday that it would run again in May.",
    "NEW MILLTOWN: The state's top court on Monday pulled up the harbour board for the delay. "
    "“This cannot go on,” the court observed.",
])
def test_a_place_in_capitals_before_a_colon_opening_a_story_is_its_dateline_not_a_speaker(text):
    # Indian papers open the story itself so, with no headline line above it: the line runs on
    # past one sentence into the next, as no headline does
    assert all(q.cue.text != ":" for q in quotes(text))


@pytest.mark.parametrize("text, speaker", [
    ("UNESCO: Milltown harbour is a heritage site\n\nThe ferry has been idle since the storm.", "UNESCO"),
    # one sentence, its full stop the data's own: a headline
    ("AP: Milltown mayor routed city money to D.C. lobbyists.\n\nThe mayor denies it.", "AP"),
])
def test_a_body_in_capitals_before_a_headline_colon_still_speaks(text, speaker):
    q = only(text)
    assert (q.cue.text, q.speaker.mention.text) == (":", speaker)


@pytest.mark.parametrize("line, cue, speaker", [
    ("Ann Lee tweeted Sunday: “The ferry will run again in May.”", "tweeted", "Ann Lee"),
    ("Lee tweeted on Sunday: “The ferry will run again in May.”", "tweeted", "Lee"),
    ("Lee wrote Sunday on Facebook: “The ferry will run again in May.”", "wrote", "Lee"),
    ("Lee said Tuesday: “The ferry will run again in May.”", "said", "Lee"),
])
def test_a_first_line_with_its_verb_of_saying_before_the_colon_is_no_headline(line, cue, speaker):
    # the day before the colon is no speaker's name: the verb is the cue and its subject speaks
    q = only(line + "\n\nThe ferry has been idle since the storm.")
    assert (q.text, q.cue.text, q.speaker.mention.text) == ("“The ferry will run again in May.”", cue, speaker)


@pytest.mark.parametrize("text, quoted", [
    ("The new pier, as Omar Haddad put it, “is a promise kept.”", "“is a promise kept.”"),
    ("The new pier is, as Omar Haddad put it on Monday, “a promise kept.”", "“a promise kept.”"),
    ("As Omar Haddad put it, “the new pier is a promise kept.”", "“the new pier is a promise kept.”"),
    ("“The new pier is a promise kept,” as Omar Haddad put it.", "“The new pier is a promise kept,”"),
])
def test_as_someone_put_it_attributes_the_quoted_words_next_to_it(text, quoted):
    q = only("The council voted on Monday.\n\n" + text)
    assert (q.text, q.cue.text, q.speaker.name) == (quoted, "put", "Omar Haddad")


def test_apostrophes_do_not_open_or_close_quotes():
    assert quotes("Teigen's husband didn't say much at the '90s reunion.") == ()


# Reported speech -------------------------------------------------------------

@pytest.mark.parametrize("text, content, cue", [
    ("The minister said that the budget would be balanced.", "that the budget would be balanced", "said"),
    ("The minister says the budget will be balanced.", "the budget will be balanced", "says"),
    ("The minister told reporters the budget would be balanced.", "the budget would be balanced", "told"),
    ("The budget will be balanced, the minister said.", "The budget will be balanced", "said"),
    ("She added that nobody had been hurt.", "that nobody had been hurt", "added"),
    ("The union has argued that the deal is unfair.", "that the deal is unfair", "argued"),
])
def test_reported_speech_is_the_clause_its_cue_governs(text, content, cue):
    q = only(text)
    assert (q.kind, q.text, q.cue.text) == ("indirect", content, cue)


@pytest.mark.parametrize("text, content", [
    ("His agent said in a statement that Brody had asked for the move.", "that Brody had asked for the move"),
    ("Ana Ruiz wrote in a letter to the council that the budget was balanced.",
     "that the budget was balanced"),
])
def test_a_that_clause_after_the_vehicle_of_the_words_is_what_was_said(text, content):
    q = only(text)
    assert (q.kind, q.text) == ("indirect", content)


def test_a_statement_s_own_relative_clause_is_not_what_was_said():
    assert texts("The club said nothing in a statement that it released on Monday.") == []


def test_according_to_reports_the_rest_of_the_sentence():
    q = only("According to the fire service, the blaze started in the kitchen.")
    assert q.text == "the blaze started in the kitchen"
    assert q.cue.text == "According to"
    assert q.speaker.mention.text == "the fire service"


def test_an_interposed_attribution_reports_the_whole_sentence():
    q = only("The delays, the engineer said, were caused by the rain.")
    assert q.text == "The delays, the engineer said, were caused by the rain"
    assert q.speaker.mention.text == "the engineer"


@pytest.mark.parametrize("cue, tag, reported", [("told", "VBD", "The plan adds a pier"), ("said", "VBD", None)])
def test_a_clause_joined_to_its_attribution_by_a_comma_alone_is_what_was_said(cue, tag, reported):
    # 'The plan adds a pier, Ann Moreau told the panel.': the parser joins "told" to "adds" as a
    # second verb; with "said nothing" the object is what was said, and the clause before is not.
    import spacy
    from spacy.tokens import Doc

    from saidwhen.quotes.indirect import _reported

    obj = "the panel" if cue == "told" else "nothing"
    words = ["The", "plan", "adds", "a", "pier", ",", "Ann", "Moreau", cue, *obj.split(), "."]
    n = len(words)
    heads = [1, 2, 2, 4, 2, 2, 7, 8, 2] + ([10, 8] if cue == "told" else [8]) + [8]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "punct", "compound", "nsubj", "conj"] + \
        (["det", "dobj"] if cue == "told" else ["dobj"]) + ["punct"]
    tags = ["DT", "NN", "VBZ", "DT", "NN", ",", "NNP", "NNP", tag] + (["DT", "NN"] if cue == "told" else ["NN"]) + ["."]
    spaces = [words[i + 1] not in (",", ".") for i in range(n - 1)] + [False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)
    for tok in doc:
        tok.pos_ = {"DT": "DET", "NN": "NOUN", "NNP": "PROPN", "VBZ": "VERB", "VBD": "VERB"}.get(tok.tag_, "PUNCT")
    found = _reported(doc[8])
    assert (doc[found[0]:found[1]].text if found else None) == reported


def test_an_and_between_two_verbs_of_the_clause_does_not_join_the_cue_to_it():
    # 'Crews should fix the road and not wait, she told reporters.': the "and" joins "wait" to
    # "fix"; nothing joins "told" but the comma, so the clause before it is what was said.
    import spacy
    from spacy.tokens import Doc

    from saidwhen.quotes.indirect import _reported

    words = ["Crews", "should", "fix", "the", "road", "and", "not", "wait", ",", "she", "told", "reporters", "."]
    heads = [2, 2, 2, 4, 2, 2, 7, 2, 10, 10, 2, 10, 10]
    deps = ["nsubj", "aux", "ROOT", "det", "dobj", "cc", "neg", "conj", "punct", "nsubj", "conj", "dobj", "punct"]
    tags = ["NNS", "MD", "VB", "DT", "NN", "CC", "RB", "VB", ",", "PRP", "VBD", "NNS", "."]
    spaces = [words[i + 1] not in (",", ".") for i in range(len(words) - 1)] + [False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)
    for tok in doc:
        tok.pos_ = {"NNS": "NOUN", "NN": "NOUN", "VB": "VERB", "VBD": "VERB", "PRP": "PRON"}.get(tok.tag_, "X")
    found = _reported(doc[10])
    assert doc[found[0]:found[1]].text == "Crews should fix the road and not wait"


def test_a_closing_cue_the_parser_hangs_inside_the_clause_reports_the_clause():
    # 'The ferry made it possible for crews to meet, she said.': the parser may hang "said" on
    # "made" and give it "crews" for a subject; the cue closes the sentence after a comma with
    # its own subject next to it, so the clause before the comma is what was said, and by "she".
    import spacy
    from spacy.tokens import Doc

    from saidwhen.quotes.indirect import _reported

    words = ["The", "ferry", "made", "it", "possible", "for", "crews", "to", "meet", ",", "she", "said", "."]
    heads = [1, 2, 2, 4, 2, 11, 11, 8, 11, 11, 11, 2, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "ccomp", "mark", "nsubj", "aux", "advcl", "punct", "nsubj", "advcl",
            "punct"]
    tags = ["DT", "NN", "VBD", "PRP", "JJ", "IN", "NNS", "TO", "VB", ",", "PRP", "VBD", "."]
    spaces = [words[i + 1] not in (",", ".") for i in range(len(words) - 1)] + [False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)
    for tok in doc:
        tok.pos_ = {"NNS": "NOUN", "NN": "NOUN", "VB": "VERB", "VBD": "VERB", "PRP": "PRON"}.get(tok.tag_, "X")
    start, end, cue, subject = _reported(doc[11])
    assert (doc[start:end].text, subject.text) == ("The ferry made it possible for crews to meet", "she")


def test_a_cue_set_off_by_commas_inside_its_sentence_does_not_close_it():
    # 'Voters, Reed suggested, need not worry.': the cue's only word after it is a comma
    import spacy
    from spacy.tokens import Doc

    from saidwhen.quotes.indirect import _closing_reach

    words = ["Voters", ",", "Reed", "suggested", ",", "need", "not", "worry", "."]
    heads = [3, 3, 3, 7, 3, 7, 7, 7, 7]
    deps = ["nsubj", "punct", "nsubj", "advcl", "punct", "aux", "neg", "ROOT", "punct"]
    tags = ["NNS", ",", "NNP", "VBD", ",", "MD", "RB", "VB", "."]
    spaces = [words[i + 1] not in (",", ".") for i in range(len(words) - 1)] + [False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)
    assert _closing_reach(doc[3]) is None


@pytest.mark.parametrize("text", [
    "When I joined the board, I made a promise to the members, I said to myself.",
    "After the vote on the bridge, she said.",
    "The family has lived here for a year, and though they know barely a word of Welsh, their faces said a lot.",
    "I learned it the hard way: when I was 19 years old, deep in my studies, I wrote in “Tom Reed” on my ballot.",
])
def test_a_closing_cue_after_no_clause_in_a_tense_reports_nothing(text):
    assert texts(text) == []


def test_a_cue_after_two_clauses_joined_by_and_still_reports_them():
    q = only("Officials should publish the figures and not hide behind words like “soon” and “later”, "
             "he told reporters.")
    assert q.text.startswith("Officials should publish the figures") and q.cue.text == "told"


@pytest.mark.parametrize("text, content, cue, mention", [
    ("The flood set off a row, with Senator Ann Reed telling reporters on Thursday he saw the mayor as "
     "responsible for the damage.", "he saw the mayor as responsible for the damage", "telling", "Senator Ann Reed"),
    ("The retired judge took up the charges in another interview, remarking from Leeds he had never seen "
     "so hard an inquiry.", "he had never seen so hard an inquiry", "remarking", "The retired judge"),
])
def test_a_participle_of_saying_right_before_a_clause_reports_it(text, content, cue, mention):
    # the parser hangs the participle on the clause after it, which is what was said
    q = only(text)
    assert (q.kind, q.text, q.cue.text, q.speaker.mention.text) == ("indirect", content, cue, mention)


@pytest.mark.parametrize("text", [
    "Speaking to reporters on Monday, he thanked the crews for their work.",
    "Saying goodbye he left the room.",
    "Telling jokes all night, the host kept the crowd happy.",
    "Schools are better at informing parents about any forms they need to sign.",
    "He first went to Oslo in 1973. While teaching at the college he spent a month at the central bank.",
])
def test_a_participle_that_frames_the_sentence_reports_nothing(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, content", [
    ("In any case, Mr. Okafor said, the ferry trade was badly over-supplied with boats. "
     "''It was only waiting for a slump,'' he said.",
     "In any case, Mr. Okafor said, the ferry trade was badly over-supplied with boats"),
    ("The demand, she noted, may come from the builders rather than the buyers. "
     "''Nothing sells like a name people know,'' she said.",
     "The demand, she noted, may come from the builders rather than the buyers"),
])
def test_a_wire_s_opening_marks_do_not_swallow_the_report_before_them(text, content):
    # The parser hangs a quotation's opening '' on the sentence before it; the report before
    # ends at that sentence's full stop, and both are found.
    found = quotes(text)
    assert [(q.kind, q.text) for q in found][0] == ("indirect", content)
    assert [q.kind for q in found] == ["indirect", "direct"]


@pytest.mark.parametrize("text, content", [
    ("What the crews found was a cracked beam, the engineer said.", "What the crews found was a cracked beam"),
    ("What they earn, not what they are called, is the real issue, he added.",
     "What they earn, not what they are called, is the real issue"),
    ("Where the money went is unclear, the auditor said.", "Where the money went is unclear"),
])
def test_a_reported_clause_before_its_cue_may_open_with_a_wh_word(text, content):
    # after the cue "explained why ..." names a topic; before it the wh-word opens the clause's subject
    q = only(text)
    assert (q.kind, q.text) == ("indirect", content)


def test_a_clause_of_time_before_a_cue_is_no_reported_clause_of_its_own():
    # the narration's "When ..." opens an adverbial clause, not the words said
    text = "When I joined the board, I made a promise to the members, I said to myself."
    assert [q.text for q in quotes(text)] == []


def test_reported_speech_with_a_quoted_phrase_is_a_mixed_quote():
    found = quotes("The mayor said the decision was “a betrayal of every family” in the city.")
    assert [(q.kind, q.text) for q in found] == [
        ("mixed", "the decision was “a betrayal of every family” in the city")]


def test_quoted_words_in_an_attack_make_a_mixed_quote():
    q = only("The senator attacked the “reckless” budget on Monday.")
    assert (q.kind, q.text, q.cue.text) == ("mixed", "the “reckless” budget on Monday", "attacked")


def test_quoted_words_in_what_someone_called_something_make_a_mixed_quote():
    q = only("The senator called the plan “a betrayal of every family” on Monday.")
    assert (q.kind, q.cue.text, q.speaker.mention.text) == ("mixed", "called", "The senator")
    assert q.text == "the plan “a betrayal of every family” on Monday"


def test_calling_something_without_quoted_words_is_not_speech():
    assert quotes("The senator called the police on Monday.") == ()


@pytest.mark.parametrize("text, content, cue", [
    ("The union accused the chancellor of ducking the hard choices.", "the chancellor of ducking the hard choices",
     "accused"),
    ("Reed blamed the delay on a shortage of steel at the yard.", "the delay on a shortage of steel at the yard",
     "blamed"),
    ("The bakery attributed the loss to the price of flour.", "the loss to the price of flour", "attributed"),
    ("Officials assailed the council for holding the vote in secret.", "the council for holding the vote in secret",
     "assailed"),
    ("The mayor called the harbour chairman a liar.", "the harbour chairman a liar", "called"),
    ("Critics accused the mayor of hiding the report.", "the mayor of hiding the report", "accused"),
])
def test_a_judgement_passed_on_someone_in_words_is_reported_speech(text, content, cue):
    q = only(text)
    assert (q.kind, q.text, q.cue.text) == ("indirect", content, cue)


@pytest.mark.parametrize("text", [
    "She called the police after midnight.",
    "The club called him Bobby from his first season.",
    "The coach was accused of cheating at the trials.",
    "It is wrong to attribute the slump to the weather alone.",
    "We called it a day at noon.",
    "Rebels attacked the village for the second time in a week.",
    "The president of the club criticised the plan for the harbour.",
])
def test_a_call_a_name_or_an_unjudged_accusation_is_no_quote(text):
    assert quotes(text) == ()


def test_a_verb_naming_a_topic_is_not_reported_speech():
    assert quotes("He explained why the trains were late.") == ()


@pytest.mark.parametrize("text, content", [
    ("The councillor asked what the board had to hide.", "what the board had to hide"),
    ("She asked why the ferry had been cancelled twice.", "why the ferry had been cancelled twice"),
    ("Residents have asked how the fund was spent.", "how the fund was spent"),
])
def test_a_question_asked_is_what_was_said(text, content):
    q = only(text)
    assert (q.kind, q.text) == ("indirect", content)
    assert q.cue.text.startswith("ask")


def test_the_reporter_s_question_to_the_speaker_is_not_the_speaker_s_words():
    found = quotes("Asked what she thought of the plan, Ana Ruiz said it was far too late.")
    assert [q.text for q in found] == ["it was far too late"]


def test_a_report_inside_a_report_is_one_quote():
    found = quotes("The senator said he believed that the vote would pass.")
    assert [q.text for q in found] == ["he believed that the vote would pass"]


def test_a_report_inside_a_direct_quote_is_part_of_it():
    found = quotes("“I told them that we would win,” the captain said.")
    assert [q.kind for q in found] == ["direct"]


def test_text_without_speech_has_no_quotes():
    assert quotes("The bridge opened in 1932 and carries 40,000 cars a day.") == ()


def test_a_mixed_quote_keeps_the_closing_mark_that_ends_the_sentence():
    q = only("The office said the delay was “regrettable but necessary.”")
    assert q.text == "the delay was “regrettable but necessary.”"


# Attributions the issue-7 news showed missing ---------------------------------

def test_according_to_after_a_direct_quote_is_its_attribution():
    q = only('"The river has not crested yet," according to Dr. Ines Laval, a hydrologist.')
    assert (q.cue.text, q.speaker.name) == ("according to", "Ines Laval")


def test_according_to_before_a_direct_quote_is_its_attribution():
    q = only('According to Dr. Haddad, "the vaccine is safe for children."')
    assert (q.kind, q.cue.text, q.speaker.name) == ("direct", "According to", "Haddad")


def test_a_short_whole_sentence_after_an_attributed_quote_carries_it_on():
    found = quotes('"We start on Monday!" says Moreau. "No delays."')
    assert [(q.text, q.speaker.name) for q in found] == [
        ('"We start on Monday!"', "Moreau"), ('"No delays."', "Moreau")]
    assert found[1].speaker.mention is None


def test_a_short_quoted_phrase_inside_a_sentence_is_no_follow_on():
    found = quotes('"We start on Monday," says Moreau. The "Fast Track" plan costs $2 million.')
    assert [q.text for q in found] == ['"We start on Monday,"']


def test_speakers_joined_by_and_after_an_inverted_cue_are_both_named():
    q = only('"We are ready for the vote," answer Ann Moreau and Omar Haddad.')
    assert (q.speaker.name, q.speaker.mention.text) == ("Ann Moreau and Omar Haddad",
                                                        "Ann Moreau and Omar Haddad")


def test_a_gerund_after_a_preposition_reports_for_the_sentence_subject():
    q = only("Norway has ordered the deportation of the singer after saying she was working illegally.")
    assert (q.text, q.speaker.name) == ("she was working illegally", "Norway")


def test_a_gerund_describing_the_object_reports_for_the_subject():
    q = only("Later that day, Ann Moreau fired back a response saying she would not back the plan.")
    assert (q.cue.text, q.speaker.name) == ("saying", "Ann Moreau")


def test_a_verb_inside_a_clause_before_a_colon_is_not_the_cue():
    q = only('Ann Moreau has since apologized for what happened: "I should have used two accounts."')
    assert (q.cue.text, q.speaker.name) == ("apologized", "Ann Moreau")


# Promises, threats and calls made in words -------------------------------------

def test_a_threat_made_in_words_reports_its_infinitive():
    q = only("The landlord threatened to evict the family if the rent stayed unpaid.")
    assert (q.cue.text, q.speaker.mention.text) == ("threatened", "The landlord")
    assert q.text.startswith("to evict the family")


@pytest.mark.parametrize("text", [
    "The storm threatened to flood the lower town.",
    "It threatened to flood the lower town.",
])
def test_a_thing_that_threatens_says_nothing(text):
    assert quotes(text) == ()


def test_a_call_for_a_thing_reports_what_was_called_for():
    q = only("The union called for an inquiry into the collapse of the pier.")
    assert (q.text, q.cue.text, q.speaker.mention.text) == (
        "an inquiry into the collapse of the pier", "called", "The union")


def test_two_gerunds_of_saying_joined_by_and_are_two_reports_of_one_speaker():
    found = quotes("Lee also wrote to the mayor this week, demanding that the pier be rebuilt and saying "
                   "he does not trust the council to do it.")
    assert [(q.text, q.cue.text, q.speaker.name) for q in found] == [
        ("that the pier be rebuilt", "demanding", "Lee"),
        ("he does not trust the council to do it", "saying", "Lee")]


@pytest.mark.parametrize("text, speaker", [
    ('The mayor praised the plan. Replied council spokesman Tom Reed, "We have not seen the plan yet."', "Tom Reed"),
    ('The mayor praised the plan. Added the council leader: "We will fight it in court."', None),
])
def test_a_sentence_opening_with_an_inverted_cue_attributes_the_quote_after_it(text, speaker):
    q = only(text)
    assert (q.kind, q.cue.text, q.speaker.name) == ("direct", text.split(". ")[1].split()[0], speaker)
    assert not q.speaker.mention.text.startswith(q.cue.text)


@pytest.mark.parametrize("text", [
    '"It is a disgrace to the city," as Ann Moreau put it.',
    'As Ann Moreau put it: "the budget is a disgrace to the city."',
])
def test_as_someone_put_it_attributes_the_quoted_words(text):
    q = only(text)
    assert (q.kind, q.cue.text, q.speaker.name) == ("direct", "put", "Ann Moreau")


def test_a_doubt_voiced_as_a_question_is_what_was_said():
    q = only("Critics questioned whether the council could afford the new bridge.")
    assert (q.kind, q.text, q.cue.text) == ("indirect", "whether the council could afford the new bridge", "questioned")


def test_questioning_a_thing_is_no_quote():
    assert quotes("Critics questioned the cost of the new bridge.") == ()


def _hand_parsed(*words: tuple[str, str, str, str, int]):
    """A Doc of `words` (text, tag, coarse part of speech, dependency, index of its head), as
    the parser gives them, a space after each."""
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=[w[0] for w in words], tags=[w[1] for w in words],
              pos=[w[2] for w in words], deps=[w[3] for w in words], heads=[w[4] for w in words])
    return doc


@pytest.mark.parametrize("words, reported", [
    # 'Moreau said after the vote she would run': the parser hangs the clause as adverbial.
    ([("Moreau", "NNP", "PROPN", "nsubj", 1), ("said", "VBD", "VERB", "ROOT", 1), ("after", "IN", "ADP", "prep", 7),
      ("the", "DT", "DET", "det", 4), ("vote", "NN", "NOUN", "pobj", 2), ("she", "PRP", "PRON", "nsubj", 7),
      ("would", "MD", "AUX", "aux", 7), ("run", "VB", "VERB", "advcl", 1)], ["after the vote she would run"]),
    # 'Moreau said so because she would run': a reason, not her words.
    ([("Moreau", "NNP", "PROPN", "nsubj", 1), ("said", "VBD", "VERB", "ROOT", 1), ("so", "RB", "ADV", "advmod", 1),
      ("because", "IN", "SCONJ", "mark", 6), ("she", "PRP", "PRON", "nsubj", 6), ("would", "MD", "AUX", "aux", 6),
      ("run", "VB", "VERB", "advcl", 1)], []),
])
def test_a_reported_clause_the_parser_reads_as_adverbial_is_still_what_was_said(words, reported):
    from saidwhen.quotes.indirect import find_indirect

    doc = _hand_parsed(*words)
    assert [doc.text[q.start:q.end] for q in find_indirect(doc, [], [])] == reported


@pytest.mark.parametrize("text, mention", [
    ("Polls were wrong - Ann Lee and Tom Keel: “One of the biggest misses was the turnout in the counties.”",
     "Ann Lee and Tom Keel"),
    ("Turnout was low.\n\nTom Keel: “The samples were far too small for any of this.”", "Tom Keel"),
])
def test_a_name_before_a_colon_that_opens_its_line_or_follows_a_dash_labels_the_quote(text, mention):
    # Round-ups of what others wrote drop the verb, as a headline does: the colon is the cue.
    q = only(text)
    assert (q.cue.text, q.speaker.mention.text) == (":", mention)


@pytest.mark.parametrize("text, name, mention", [
    ("Ashford won 2-1.\n\n- Ashford coach Tom Keel: “We were poor in the first half but the lads dug in.”",
     "Tom Keel", "Ashford coach Tom Keel"),
    ("The schedule was announced.\n\nRadio Four controller Mary Hale: “The comedy stays on Friday nights.”",
     "Mary Hale", "Radio Four controller Mary Hale"),
])
def test_a_label_may_carry_the_role_before_the_name(text, name, mention):
    # A round-up of reactions writes the speaker's club or post before the name.
    q = only(text)
    assert (q.cue.text, q.speaker.name, q.speaker.mention.text) == (":", name, mention)


def test_a_dashed_round_up_item_names_its_speaker_without_a_colon():
    text = ('Dover lost at home.\n\n- Dover boss Ann Lee "We gave away two soft goals and paid for it. '
            '"The lads will learn from this one."\n - Ashford coach Tom Keel "We rode our luck at times '
            'but I am happy with three points."')
    found = saidwhen.extract(text).quotes
    assert [(q.speaker.name, q.speaker.mention.text if q.speaker.mention else None, q.cue) for q in found] == [
        ("Ann Lee", "Dover boss Ann Lee", None), ("Ann Lee", None, None), ("Tom Keel", "Ashford coach Tom Keel", None)]


@pytest.mark.parametrize("text", [
    "Results were mixed.\n\n- Sales at the Ashford store rose \"sharply\" in the autumn.\n- Rents held.",
    "Her films:\n\n- Director Ann Lee \"Lost Roads\"\n- Director Tom Keel \"Salt\"",
])
def test_a_bullet_fact_or_a_title_after_a_name_is_no_quote(text):
    assert saidwhen.extract(text).quotes == ()


def test_a_heading_before_the_dash_is_no_part_of_the_label():
    text = "POLLS WERE WRONG - Ann Lee: “One of the biggest misses was the turnout in the counties.”"
    assert only(text).speaker.mention.text == "Ann Lee"


def test_a_place_before_a_colon_inside_a_sentence_labels_no_quote():
    text = "Keel said the judge was from Mexico: “He is a hater of mine, a total hater.”"
    assert only(text).cue.text == "said"



@pytest.mark.parametrize("text, said, speaker", [
    ("The Supreme Court of Milltown ruled on Friday that the council had overstepped its powers.",
     "that the council had overstepped its powers", "Supreme Court of Milltown"),
    ("Judge Ann Lee ruled that the evidence could be heard at trial.",
     "that the evidence could be heard at trial", "Ann Lee"),
    ("A new Norvik Institute survey found that 62 per cent of renters want a cap on rents.",
     "that 62 per cent of renters want a cap on rents", "Norvik Institute"),
])
def test_a_court_s_ruling_and_a_document_s_finding_are_their_words(text, said, speaker):
    quotes = saidwhen.extract(text).quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [(said, speaker)]


@pytest.mark.parametrize("text, said", [
    ("The court heard on Tuesday that the driver had been awake for 30 hours.",
     "that the driver had been awake for 30 hours"),
    ("The inquest heard the pilot had not slept the night before the crash.",
     "the pilot had not slept the night before the crash"),
])
def test_what_a_court_or_an_inquest_heard_is_said_in_it_by_no_one_named(text, said):
    # the court only listens, as in "the inquest was told that ...": the words are a witness's
    quotes = saidwhen.extract(text, date="2024-03-08").quotes
    assert [(q.text, q.speaker.name if q.speaker else None, q.channel) for q in quotes] == [(said, None, "court")]


def test_what_others_heard_is_no_quote():
    text = "The neighbours heard that the plant would close in the spring."
    assert not saidwhen.extract(text).quotes


@pytest.mark.parametrize("text", [
    "Police found that the door had been forced open.",  # a person's finding: what they learnt
    "The party ruled out a deal with the Greens on Monday.",
    "The king ruled that the land was his for forty years.",
    "Researchers showed that the drug cut deaths by a third.",
    "Papers show that the minister thought of resigning in 1974.",  # evidence, not a document's words
    "The judges who ruled that the law was void said on Monday that the state could appeal.",
])
def test_a_finding_or_a_ruling_of_anyone_else_is_no_quote(text):
    assert not [q for q in saidwhen.extract(text).quotes if q.cue.text in ("found", "showed", "show", "ruled")]


@pytest.mark.parametrize("text, said", [
    # the parser ends a sentence at the comma and opens one with it, ", she said."
    ("Olena Petrenko takes the bus. Her husband, Taras, works nights and cannot drive her, she said.",
     "Her husband, Taras, works nights and cannot drive her"),
    # the parser makes the clause a noun phrase ("works nights"), the cue's clausal complement all the same
    ("“If they cut the bus, I lose my job,” Petrenko said. Her husband, Taras Petrenko, works nights and "
     "cannot drive her, she said.",
     "Her husband, Taras Petrenko, works nights and cannot drive her"),
])
def test_a_clause_the_parser_misreads_before_a_closing_cue_is_still_what_was_said(text, said):
    assert said in [q.text for q in saidwhen.extract(text, date="2024-12-04").quotes]


@pytest.mark.parametrize("line", [
    "READ MORE: Shop owners say the new bike lane is driving customers away",
    "Related | Parents say the portables leak every spring",
])
def test_a_line_that_links_to_another_story_gives_no_quote(line):
    text = ("Council voted 14-11 to keep the lane.\n\n" + line + "\n\n"
            "\"It was the right call,\" Coun. Mara Quist said.")
    assert [q.text for q in saidwhen.extract(text).quotes] == ["\"It was the right call,\""]


@pytest.mark.parametrize("text, taken", [
    # "as" with a verb of going on or starting tells when: the sentence is the reporter's
    ("Even as she continues to face questions about the budget, Ann Moreau is trying to turn her "
     "attention to the harbour plan.", []),
    ("But as commuters continue to cross the bridge in large numbers, the council is planning to "
     "widen the road next year.", []),
    ("The ferry will stop running in May, as the fuel budget begins to run out.", []),
    # the verb that reports words of its own reports them, not the sentence around it
    ("The ferry will stop running in May, as officials warned last week that the fuel budget was spent.",
     ["that the fuel budget was spent"]),
    # with no complement of its own, "as Tom Keel noted" reports the sentence
    ("As Tom Keel noted, the pier has been closed since March.", ["the pier has been closed since March"]),
    # a bare "do" stands for the sentence: the supporters urged it
    ("Tom Keel and Dale Jordan will have every reason to stay in the race instead of dropping out, as "
     "their supporters have urged them to do.",
     ["Tom Keel and Dale Jordan will have every reason to stay in the race instead of dropping out"]),
])
def test_an_as_clause_reports_the_sentence_only_where_its_verb_has_no_complement_of_its_own(text, taken):
    assert [q.text for q in saidwhen.extract(text).quotes] == taken


@pytest.mark.parametrize("text, cue, mention", [
    ('"Voters should stay home on polling day," opined the Lisle Courier.', "opined", "the Lisle Courier"),
    ('"It is time we had a harbour for everyone," exhorted the mayor\'s sister, actress Ann Moreau.',
     "exhorted", "the mayor's sister, actress Ann Moreau"),
    ('"Nobody reads the budget," Tom Keel scoffed.', "scoffed", "Tom Keel"),
    ('"That is not how a council works," Dale Jordan fumed on Tuesday.', "fumed", "Dale Jordan"),
    ('"We did it," the coach beamed.', "beamed", "the coach"),
    ('"Sit down, sit down," Ann Moreau barked.', "barked", "Ann Moreau"),
    ('"He will be back by spring," Tom Keel surmised.', "surmised", "Tom Keel"),
    ('"A harbour with no boats," Dale Jordan mocked.', "mocked", "Dale Jordan"),
])
def test_a_verb_of_how_the_words_were_said_next_to_a_direct_quote_is_its_cue(text, cue, mention):
    q = only(text)
    assert (q.cue.text, q.speaker.mention.text) == (cue, mention)


def test_a_name_alone_between_a_quote_and_its_cue_speaks_where_the_parser_leaves_the_cue_no_subject():
    # '“The pier is full,” Keel, 49, told the Courier.': the parser may hang "Keel" on the quote's
    # verb and "told" on it as a second verb, leaving the cue no subject; the noun phrase alone
    # between the closing mark and the cue is who speaks.
    import spacy
    from spacy.tokens import Doc

    from saidwhen.quotes.attribution import after

    words = ["“", "The", "pier", "is", "full", ",", "”", "Keel", ",", "49", ",", "told", "the", "Courier", "."]
    heads = [3, 2, 3, 3, 3, 3, 3, 3, 7, 7, 7, 3, 13, 11, 3]
    deps = ["punct", "det", "nsubj", "ROOT", "acomp", "punct", "punct", "dep", "punct", "appos", "punct", "conj",
            "det", "dobj", "punct"]
    tags = ["``", "DT", "NN", "VBZ", "JJ", ",", "''", "NNP", ",", "CD", ",", "VBD", "DT", "NNP", "."]
    spaces = [False, True, True, True, False, False, True, False, True, False, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)
    for tok in doc:
        tok.pos_ = {"NN": "NOUN", "NNP": "PROPN", "VBZ": "AUX", "VBD": "VERB", "JJ": "ADJ", "DT": "DET",
                    "CD": "NUM"}.get(tok.tag_, "PUNCT")
    cue, subject = after(doc, 0, 6)
    assert (cue.text, subject.text) == ("told", "Keel")
    # a title in quotation marks before a noun hands on no words: '“Harbour Nights” star told ...',
    # read the same way, has no speaker
    words = ["“", "Harbour", "Nights", "”", "star", "told", "the", "Courier", "."]
    heads = [2, 2, 5, 2, 2, 5, 7, 5, 5]
    deps = ["punct", "compound", "npadvmod", "punct", "dep", "ROOT", "det", "dobj", "punct"]
    tags = ["``", "NNP", "NNP", "''", "NN", "VBD", "DT", "NNP", "."]
    spaces = [False, True, False, True, True, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)
    for tok in doc:
        tok.pos_ = {"NN": "NOUN", "NNP": "PROPN", "VBD": "VERB", "DT": "DET"}.get(tok.tag_, "PUNCT")
    assert after(doc, 0, 3) is None


@pytest.mark.parametrize("label", ["Moreau to Dockers", "Moreau on Dockers", "Moreau about Dockers"])
def test_a_headline_speaker_is_the_name_before_what_or_whom_they_spoke_to(label):
    # the phrase after the name says what she spoke on or to whom, not who she is
    text = label + ": We Will Not Sell the Pier.\n\nAnn Moreau spoke to the union on Monday."
    q = only(text)
    assert (q.speaker.mention.text, q.speaker.name) == ("Moreau", "Ann Moreau")
