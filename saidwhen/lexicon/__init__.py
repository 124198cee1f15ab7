"""The word lists every stage leans on, in one place on the ground floor: facts of English
news writing, kept small on purpose.

Each list is a plain text file beside this module (shipped as package data), headed by
comment lines that say what it decides; it is read once, when this module is imported. A
line is one entry, a word or a few; `#` starts a comment line. In a table each line is
`WORD = VALUE`, and an empty VALUE is none. Case is kept: lists of names as written
("BBC", "Jr.") are compared with the text as written, the others with lower-case words.

Where two stages keep lists of the same kind with different members (the honorifics of a
name and of a gender, the particles of a name in one article and in a key across articles),
both are here under their own names, and their headers say why they differ.

A stage keeps no list of English words at the top of its modules: it imports its lists from
here, under the names its rules read (`from ..lexicon import BEFORE_AFTER as BOUNDS`). What
stays in code is the parser's vocabulary (tags, dependency and entity labels, punctuation),
the shape of a record, the time tagger's tables of values (saidwhen.timexes: a month's
number, a unit's letter, a word's offset in days) and the few words a rule names inline.
"""
from __future__ import annotations

from importlib.resources import files

from ..errors import SaidwhenError


class LexiconError(SaidwhenError):
    """A word list file that cannot be read."""


def _entries(name: str) -> list[tuple[int, str]]:
    path = files(__name__).joinpath(f"{name}.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(n, line.strip()) for n, line in enumerate(lines, 1)
            if line.strip() and not line.lstrip().startswith("#")]


def words(name: str) -> frozenset[str]:
    """The entries of the list `name` (`name`.txt), as a set."""
    return frozenset(entry for _, entry in _entries(name))


def ordered(name: str) -> tuple[str, ...]:
    """The entries of the list `name`, in the file's order."""
    return tuple(entry for _, entry in _entries(name))


def table(name: str) -> dict[str, str]:
    """The entries of the table `name`, WORD -> VALUE, in the file's order."""
    out: dict[str, str] = {}
    for n, entry in _entries(name):
        word, eq, value = entry.partition("=")
        if not eq or not word.strip():
            raise LexiconError(f"{name}.txt:{n}: expected 'WORD = VALUE', got {entry!r}")
        out[word.strip()] = value.strip()
    return out


def inflections(base: str) -> list[str]:
    """A verb's base form and its third person, past and -ing forms: the irregular ones as
    listed, the rest made by the regular rules."""
    if base in IRREGULAR_VERBS:
        return [base, *IRREGULAR_VERBS[base]]
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else (
        base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else base + "s")
    return [base, third, past, ing]


def _forms(bases: tuple[str, ...]) -> dict[str, str]:
    """Word form -> base form, for every form of `bases`."""
    return {form: base for base in bases for form in inflections(base)}


# Speakers: who is a person, who an organisation, and what the article says of their gender.
TITLES = table("titles")
TITLE_FULL_FORMS = table("title-full-forms")
ROLE_NOUNS = table("role-nouns")
BODIES_ALIKE = {noun: frozenset(alike.split()) for noun, alike in table("bodies-alike").items()}
DEMONYMS = words("demonyms")
PEOPLE_COUNTRIES = table("people-countries")
PARTY_MEMBERS = words("party-members")
FAMILY_NOUNS = words("family-nouns")
ORG_NOUNS = words("org-nouns")
ORG_NAME_WORDS = ORG_NOUNS | words("org-name-words")
CLUB_WORDS = words("club-words")
CONTINUING_CUES = words("continuing-cues")
OWN_VOICE = words("own-voice")
PROVINCE_NAME_ENDS = frozenset(tuple(entry.split()) for entry in words("province-name-ends"))
PERSON_PRONOUNS = table("person-pronouns")
GROUP_PRONOUNS = words("group-pronouns")
MONTHS_AND_DAYS = words("months-and-days")
DAY_WORDS = words("day-words")
FEMALE_NAMES = words("female-names")
MALE_NAMES = words("male-names")
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES  # built once: a union in a loop costs more than the lookup
SHARED_GIVEN_NAMES = words("shared-given-names")
AGENT_ENDINGS = ordered("agent-endings")
UNNAMED_NOUNS = words("unnamed-nouns")
UNNAMED_PEOPLE = words("unnamed-people")
CAPITALISED_PEOPLE = words("capitalised-people")
PATRONYMIC_PARTICLES = words("patronymic-particles")
IRISH_BODY_WORDS = words("irish-body-words")
SPEAKING_FOR = words("speaking-for")
PEOPLE_NOUNS = words("people-nouns")
FEMALE_HONORIFICS = words("female-honorifics")
MALE_HONORIFICS = words("male-honorifics")
FEMALE_NOUNS = words("female-nouns")
MALE_NOUNS = words("male-nouns")
DOCUMENT_NOUNS = words("document-nouns")
RELEASED_TEXTS = words("released-texts")
TEXT_FORMS = words("forms-of-a-text")
SPEAKING_PLACES = words("speaking-places")
PARLIAMENT_BUILDINGS = words("parliament-buildings")
TITLE_OFFICES = words("title-offices")
DEATH_VERBS = words("death-verbs")
PROVINCE_DEPARTMENT_FIELDS = words("province-department-fields")
FINDINGS = words("findings")
COMPILED_NUMBERS = words("compiled-numbers")
FIGURES_OF_PEOPLE = words("figures-of-people")
PRESS_NOUNS = words("press-nouns")
PAIR_NOUNS = words("pair-nouns")
COUNTS_OF_TWO = words("counts-of-two")
ONE_OF_TWO = table("one-of-two")
GENERIC_ORG_NOUNS = words("generic-org-nouns")
KINDS_AFTER_NAMES = words("kinds-after-names")
BODY_VARIATIONS = words("body-variations")
WATCHDOG_NOUNS = words("watchdog-nouns")
BARE_BODY_NOUNS = words("bare-body-nouns")
FIRM_NOUNS = words("firm-nouns")
NOT_FIRMS = words("not-firms")
TEAM_NOUNS = words("team-nouns")
FACILITY_NOUNS = words("facility-nouns")
BARE_BODY_ACRONYMS = {noun: frozenset(names.split()) for noun, names in table("bare-body-acronyms").items()}
BARE_BODY_FOREIGN_WORDS = {noun: frozenset(names.split()) for noun, names in table("bare-body-words-in-other-languages").items()}
BODIES_OVER_A_BODY = words("bodies-over-a-body")
COMPANY_EPITHETS = words("company-epithets")
GOVERNMENT_BODIES = words("government-bodies")
CHAMBERS = words("chambers")
ACRONYM_KINDS = words("acronym-kinds")
GOVERNMENT_FIELDS = words("government-fields")
MINISTRY_FIELDS = GOVERNMENT_FIELDS | words("ministry-fields")
DEPARTMENT_FIELDS = words("department-fields")
BODY_FIELDS = words("body-fields") | GOVERNMENT_FIELDS
BODY_WORDS = words("body-words")
GATHERINGS = words("gatherings")
AUDIENCES = words("audiences")
GOVERNMENTS = {noun: frozenset(names.split()) for noun, names in table("governments").items()}
PARTY_NAMES = words("governing-parties")  # the parties themselves, not their members
GOVERNING_PARTIES = PARTY_NAMES | PARTY_MEMBERS
OWNED_BODIES = words("owned-bodies")
STATE_OWNERS = words("state-owners")
INTRODUCING_VERBS = words("introducing-verbs")

# Names within one article: where a name starts and ends, and whose it is.
NEWSPAPER_WORDS = words("newspaper-words")
NAME_HONORIFICS = words("name-honorifics")
ORG_CONNECTORS = words("org-connectors")
NAME_MODIFIERS = words("name-modifiers")
BODY_PARTICIPLES = words("body-participles")
PAST_HOLDERS = words("past-holders")
COUNTERPART_OFFICES = words("counterpart-offices")
OFFICE_RANKS = words("office-ranks")
OFFICE_ADJECTIVES = words("office-adjectives")
NAME_PARTICLES = words("name-particles")
FRENCH_BODY_WORDS = words("french-body-words")
FRENCH_NAME_LINKS = words("french-name-links")
SURNAME_PREFIXES = words("surname-prefixes")
SAINTS = words("saints")
FIRM_ROLE_FIELDS = words("firm-role-fields")
FIRM_ROLES = words("firm-roles")
SEAT_NAME_ENDS = words("seat-name-ends")
CAPITALS = words("capitals")
BODY_OR_PERSON_ROLES = words("body-or-person-roles")
FIRM_OR_PERSON_ROLES = words("firm-or-person-roles")
UNION_NAME_WORDS = words("union-name-words")
UNION_LOCALS = words("union-locals")
NUMBERED_NAME_WORDS = words("numbered-name-words")
COMPANY_HOLDINGS = words("company-holdings")
GENERATIONAL_SUFFIXES = words("generational-suffixes")
POST_NOMINALS = words("post-nominals")
REGNAL_TITLES = words("regnal-titles")
TITLE_PAIRS = words("title-pairs")
GIVEN_NAME_TITLES = words("given-name-titles")
SURNAME_ARTICLES = words("surname-articles")
CORPORATE_SUFFIXES = words("corporate-suffixes")
PLURAL_POSSESSORS = words("plural-possessors")
MEMBER_CAUSES = words("member-causes")
ABBREVIATED_TITLES = words("abbreviated-titles")
CREDIT_WORDS = words("credit-words")
BYLINE_WORDS = words("byline-words")
PARTY_LETTERS = words("party-letters")
NAMED_FOR_WORDS = words("named-for-words")
TITLE_CASE_SMALL_WORDS = words("title-case-small-words")

# Names across articles: what a person's or an organisation's key leaves out or keeps. The
# generational suffixes are the same as in an article, folded as keys are ("Jr." -> "jr").
KEY_CORPORATE_SUFFIXES = words("key-corporate-suffixes")
KEY_GENERATIONAL_SUFFIXES = frozenset(w.lower().rstrip(".") for w in GENERATIONAL_SUFFIXES)
KEY_PARTICLES = words("key-particles")
KEY_CONNECTORS = words("key-connectors")

# Cues: the verbs that report speech, keyed by word form (form -> base form), so that no
# lemmatizer has to run.
IRREGULAR_VERBS = {base: forms.split() for base, forms in table("irregular-verbs").items()}
SPEECH_FORMS = _forms(ordered("speech-verbs"))
MANNER_FORMS = _forms(ordered("manner-verbs"))
DIRECT_FORMS = {**MANNER_FORMS, **SPEECH_FORMS}
CHARACTERISING_FORMS = _forms(ordered("characterising-verbs"))
ACCORDING = words("according")
INFINITIVE_CUE_FORMS = _forms(ordered("infinitive-cues"))
VOICING_FORMS = _forms(ordered("voicing-verbs"))
VOICED_NOUNS = words("voiced-nouns")
CUES_OF_THINGS = words("cues-of-things")
PRONOUNS_OF_THINGS = words("pronouns-of-things")
ASKING_VERBS = words("asking-verbs")
QUESTIONING_FORMS = _forms(ordered("questioning-verbs"))
FINDING_FORMS = _forms(ordered("finding-cues"))
RULING_FORMS = _forms(ordered("ruling-cues"))
HEARING_FORMS = _forms(ordered("hearing-cues"))
HEARING_BODIES = words("hearing-bodies")
JUDGING_VERBS = {verb: frozenset(preps.split()) for verb, preps in table("judging-verbs").items()}

# Channels: where news says a quote was said, and who carried it.
CHANNEL_LABELS = ordered("channel-labels")
PLATFORMS = table("platforms")
PLATFORM_USERS = words("platform-users")
INTERVIEWING = words("interviewing")
CHANNEL_PHRASES = {tuple(phrase.split()): label or None for phrase, label in table("channel-phrases").items()}
CHANNEL_NOUNS = table("channel-nouns")
CHANNEL_VERBS = table("channel-verbs")
OCCASIONS = words("occasions")
PRESS = words("press")
CAMPAIGN_STOPS = words("campaign-stops")
PARTY_OCCASIONS = words("party-occasions")
VENUE_NOUNS = words("venue-nouns")
HEARING_BOARDS = words("hearing-boards")
HEARING_PANELS = words("hearing-panels")
INQUIRY_COMMISSIONS = words("inquiry-commissions")
MUNICIPAL_WORDS = words("municipal-words")
CONTEST_JUDGES = words("contest-judges")
PARLIAMENT_WORDS = words("parliament-words")
COURT_WORDS = words("court-words")
FILED_WITH = words("filed-with")
TRIAL_COUNSEL = words("trial-counsel")
COURT_PAPERS = words("court-papers")
COUNSEL_NOUNS = words("counsel-nouns")
TRIAL_VENUES = words("trial-venues")
NOTE_READERS = words("note-readers")
NOTE_WRITERS = words("note-writers")
COURT_NOUNS = words("court-nouns")
RULING_NOUNS = words("ruling-nouns")
TESTIFYING_PHRASES = table("testifying-phrases")
OUTSIDE = words("outside")
OUTSIDE_PLACES = words("outside-places")
CALLS = words("calls")
TELLING = words("telling")
ON_AIR = words("on-air")
PHONE_INS = words("phone-ins")
ON_TOPICS = words("on-topics")
CONVERSATION = words("conversation")
APPEARING = words("appearing")
OUTLET_NOUNS = words("outlet-nouns")
OUTLET_NOUN_KINDS = words("outlet-noun-kinds")
OUTLET_NAMES = words("outlet-names")
OUTLET_LAST_WORDS = words("outlet-last-words")
LONE_OUTLET_WORDS = words("lone-outlet-words")
OUTLET_ARTICLES = words("outlet-articles")
SITTING_DOWN = frozenset(form for base in words("sitting-down") for form in inflections(base))
NEWSROOM_NOUNS = words("newsroom-nouns")
PLATFORM_NEXT = {name: set(after.split()) for name, after in table("platform-next").items()}
NOUNS_AFTER = {noun: (set(after.partition(":")[0].split()), after.partition(":")[2].strip())
               for noun, after in table("nouns-after").items()}
WRITING_TO = words("writing-to")
COURT_STATEMENTS = words("court-statements")
CASE_PAPER_HEADS = words("case-paper-heads")
# Every lower-case word that may name a channel; a capitalised one may be a name.
CHANNEL_WORDS = (CALLS | CAMPAIGN_STOPS | {"note", "notes", "conference"} | set(CHANNEL_NOUNS)
                 | set(CHANNEL_VERBS) | set(NOUNS_AFTER) | VENUE_NOUNS | OUTLET_NOUNS | OCCASIONS
                 | {head for _, head in CHANNEL_PHRASES}
                 | {phrase.split()[-1] for phrase in TESTIFYING_PHRASES.values()}) - words("channel-words-where-parsed")

# Lower-case words that name a channel only in a sentence parsed for another reason (its cue:
# "told cheering supporters", "According to the budget", "told the house"); not words of
# sentence selection, so that the many sentences holding "house" or "budget" are not parsed.
ACCLAIM = words("acclaim")
AUDIENCE_RESPONSES = words("audience-responses")
REACHED_OPENERS = words("reached-openers")
READ_DOCUMENTS = words("read-documents")
OWNED_DOCUMENTS = words("owned-documents")
FILED_PAPERS = words("filed-papers")
FILING_PARTICIPLES = words("filing-participles")
MEETING_RECORDS = words("meeting-records")
STRETCH_ORDER_WORDS = words("stretch-order-words")
PAPERS_WRITTEN_IN = words("papers-written-in")
STORM_WORDS = words("storm-words")
WITHHELD_NAMES = words("withheld-names")
CHANNEL_WORDS_WHERE_PARSED = ACCLAIM | READ_DOCUMENTS | OWNED_DOCUMENTS | FILED_PAPERS | PAPERS_WRITTEN_IN | MEETING_RECORDS | {"house", "assembly"} \
    | words("channel-words-where-parsed")

# When: how the telling of a quote is set in time.
HABITUAL = words("habitual")
KEPT_UP = words("kept-up")
SELF_NAMES = words("self-names")
UNDATED = words("undated")
NAMING_PARTICIPLES = words("naming-participles")
FIRST_TIMES = words("first-times")  # "after initially saying": an earlier saying
OLD_TEXTS = words("old-texts")  # "old posts in which he called": said long before
AFTERWARDS = words("afterwards")
STANDING_ADVERBS = words("standing-adverbs")
SENTENCE_ADVERBS = words("sentence-adverbs")  # "Meanwhile Rihanna said": no part of the name
DESCRIPTION_OPENERS = words("description-openers")
OPENING_CONJUNCTIONS = words("opening-conjunctions")
SPEAKING_FORMS = words("speaking-forms")
SPEAKING = words("speaking")
TIME_CLAUSE = words("time-clause")
EVENT_OPENERS = words("event-openers")
BACK_REFERENCE = words("back-reference")
REVISING = words("revising")
SAME_MOMENT = words("same-moment")
APPROXIMATING = words("approximating")
MOMENT_OR_COMPARISON = words("moment-or-comparison")
GESTURES = words("gestures")
PARTICIPLE_OCCASION_PREPOSITIONS = words("participle-occasion-prepositions")

# Speakers, more: the words the finding of names, ties, gender, salience and resolution read.
COUNTRY_LETTERS = words("country-letters")
COMMITTEE_WORDS = words("committee-words")
GATHERINGS_TOLD = words("gatherings-told")
OFFICE_LINKS = words("office-links")
OFFICES_FOR = words("offices-for")
ANY_PERSON_NOUNS = words("any-person-nouns")
QUESTION_WORDS = words("question-words")
EXPLETIVE_HEADS = words("expletive-heads")
REFLEXIVES = words("reflexives")
ASIDE_PREPOSITIONS = words("aside-prepositions")
RESIDENCE_PREPOSITIONS = words("residence-prepositions")
SPOKEN_IN = words("spoken-in")
PERSON_RELATIVE_PRONOUNS = words("person-relative-pronouns")
LEADING_PREPOSITIONS = words("leading-prepositions")
DESCRIPTION_DETERMINERS = words("description-determiners")
DESCRIPTION_ENDS = words("description-ends")
ING_NOUNS = words("ing-nouns")
NOT_AFTER_POSSESSIVE = words("not-after-possessive")
BE_FORMS = words("be-forms")
DEFINITE_DETERMINERS = words("definite-determiners")
COPULAS = words("copulas")
SERVES = words("serves")
TIE_DETERMINERS = words("tie-determiners")
LEADING_VERBS = table("leading-verbs")
CHILDREN_PARENTS = table("children-parents")
ORG_PLURALS = words("org-plurals")
ACRONYM_SKIPS = words("acronym-skips")
INDEFINITE_DETERMINERS = words("indefinite-determiners")
SHARE_NOUNS = words("share-nouns")
PRESS_NAME_ENDS = NEWSPAPER_WORDS | words("press-name-ends")

# Quotes, more: what the finding of quotes and their cues reads beside the verbs above.
QUOTING_FORMS = words("quoting-forms")
POINTING_BACK = words("pointing-back")
POINTING_MANNER = words("pointing-manner")
RESTATING = words("restating")
SAYING_NOUNS = words("saying-nouns")
ADDRESSING_VERBS = words("addressing-verbs")
INVERTED_ADDRESSING_VERBS = words("inverted-addressing-verbs")
AUDIENCE_VERBS = words("audience-verbs")
POLL_SHARES = words("poll-shares")
WRITINGS = words("writings")
DOCUMENT_VERBS = words("document-verbs")
CONCESSIVE = words("concessive")
WORD_BEARERS = words("word-bearers")
TRANSCRIPT_LABELS = table("transcript-labels")
SIGNING_VERBS = frozenset(form for base in words("signing-verbs") for form in inflections(base))
REASON_MARKS = words("reason-marks")
TIME_MARKS = words("time-marks")
WH_WORDS = words("wh-words")
HEADLINE_LABELS = words("headline-labels")
LINK_LABELS = words("link-labels")
RELATIVE_POSSESSIVES = words("relative-possessives")
KIN_ADJECTIVES = words("kin-adjectives")
LESSER_RANKS = words("lesser-ranks")
GENERATIONS_OF_WORDS = table("generations")
UNTAGGED_PRONOUNS = words("untagged-pronouns")

# Placing, more: the words by which a quote's channel and day are told.
DOCUMENT_CHANNELS = words("document-channels")
WRITTEN_EARLIER = words("written-earlier")
# wires20: a work whose title an apposition gives in marks (quotes.attribution.programme_title)
TITLED_WORKS = words("titled-works")
# wires20: what only an obituary writes (placing/parties._an_obituary)
OBITUARY_PHRASES = ordered("obituary-phrases")
# wires20: a journalist's question answered (placing/outlets._a_question_answered)
QUESTIONS_ANSWERED = words("questions-answered")
ANSWERING_QUESTIONS = words("answering-questions")
OCCASION_PHRASE_PREPOSITIONS = words("occasion-phrase-prepositions")
SCENE_OPENERS = words("scene-openers")
TESTIMONY_OPENERS = words("scene-openers-of-testimony")
FURTHER_TEXTS = words("further-texts")
MET_FOR = words("met-for")
SPANNING_PREPOSITIONS = words("spanning-prepositions")
OCCASION_PREPOSITIONS = words("occasion-prepositions")
DATING_PARTICIPLES = words("dating-participles")
MODAL_NAMES = words("modal-names")
TIME_UNITS = words("time-units")
OBTAINING_PARTICIPLES = words("obtaining-participles")
SPEAKING_DOCUMENTS = words("speaking-documents")
DOCUMENT_AUTHORS = words("document-authors")
POLL_REPORTS = words("poll-reports")
MADE_DOCUMENTS = words("made-documents")
FILED_DOCUMENTS = words("filed-documents")
OPEN_LIST_ENDS = words("open-list-ends")
HABIT_HAVE_FORMS = words("habit-have-forms")
HABIT_DETERMINERS = words("habit-determiners")
ADVISORY_PROGRESSIVES = words("advisory-progressives")
STANDING_VERBS = words("standing-verbs")
ONE_SPEAKER_PRONOUNS = words("one-speaker-pronouns")
PLURAL_SUBJECT_PRONOUNS = words("plural-subject-pronouns")
FRESH_PRESENT_VERBS = words("fresh-present-verbs")
MINDS_PAST = words("minds-past")
MINDS = words("minds")
INFORMANTS = words("informants")
FIRST_PERSON = words("first-person")
GROUP_QUANTIFIERS = words("group-quantifiers")
BROADCASTERS = ordered("broadcasters")
BROADCAST_ROLES = words("broadcast-roles")
NEWS_SAYING = frozenset(form for base in words("news-saying") for form in inflections(base))
RECENT = words("recent")
PERFECT_AUXILIARIES = words("perfect-auxiliaries")
PAST_AUXILIARIES = words("past-auxiliaries")
HABIT_VERBS = words("habit-verbs")
MODALS = words("modals")
FUTURE_CLAUSE_OPENERS = words("future-clause-openers")
CUES_READ_AS_NOUNS = words("cues-read-as-nouns")
TO_COME = words("to-come")
BACK_THEN = tuple(tuple(phrase.split()) for phrase in ordered("back-then"))
NOT_THE_EVENT = words("not-the-event")
REPORTING_VERBS = words("reporting-verbs")
PLAIN_SAYS = words("plain-says")
PUBLICATIONS = words("publications")
NEWS_REPORTS = words("news-reports")
NEWS_MEDIA = words("news-media")
JUDGES = words("judges")
DIVISIONS = words("divisions")
PLACE_CHANNELS = words("place-channels")
PLATFORM_LABELS = words("platform-labels")
POSTED = words("posted")
RESULTS = words("results")
SPEAKER_MEDIA = words("speaker-media")
BEFORE_AFTER = words("before-after")
TOPIC_PREPOSITIONS = words("topic-prepositions")
REFERRING_PARTICIPLES = words("referring-participles")
ON_RECORD = words("on-record")
BODY_PREPOSITIONS = words("body-prepositions")
PARLIAMENT_MEMBERS = words("parliament-members")
WRITTEN_CHANNELS = words("written-channels")
EXCHANGES = words("exchanges")
RESPONSES = words("responses")
ANSWERING = words("answering")
BROADCAST_CHANNELS = words("broadcast-channels")
PROGRAMMES = words("programmes")
TOLD = words("told")
OUTLET_NAME_LINKS = words("outlet-name-links")
MEDIA_WORDS = words("media-words")
MEDIA_FIRST_WORDS = words("media-first-words")
INTERVIEWS = words("interviews")
INTERVIEWED = words("interviewed")
INTERVIEW_CARRIED = words("interview-carried")
CARRIED_REMARKS = words("carried-remarks")
HOSTS = words("hosts")
NEWS_SERVICE_WORDS = words("news-service-words")
HOST_MEDIA = words("host-media")
ASSEMBLIES = words("assemblies")
LEGISLATIVE_COUNCILS = words("legislative-councils")
SPENT_PERIODS = words("spent-periods")
ASKED_PARTICIPLES = words("asked-participles")
WEBSITES = words("websites")
PROGRESSIVE_SPEAKING = words("progressive-speaking")
WEEKDAYS = words("weekdays")
OUTLET_REPORTED = words("outlet-reported")
POSTED_TO = words("posted-to")
NOT_SAID = words("not-said")
SCENE_PREPOSITIONS = words("scene-prepositions")
STATIVE = words("stative")
AWAITING = words("awaiting")
CONTENT_VERBS = words("content-verbs")
SCENE_PERSONAL_PRONOUNS = words("scene-personal-pronouns")
POSTED_NOUNS = set(CHANNEL_NOUNS) | words("posted-nouns")

# Time expressions, more: the words around a match that decide whether it is a time, and its tense.
MONTH_CUES = words("month-cues")
YEAR_CUES = words("year-cues")
QUANTITY_WORDS = words("quantity-words")
NOT_PLURAL_NOUNS = words("not-plural-nouns")
SEASON_CUES = words("season-cues")
AGE_POSSESSIVES = words("age-possessives")
TENSE_ABBREVIATIONS = words("tense-abbreviations")
FUTURE_WORDS = words("future-words")
FUTURE_BEFORE_TO = words("future-before-to")
TENSE_BE_FORMS = words("tense-be-forms")
FUTURE_AFTER_BE = words("future-after-be")
PAST_WORDS = words("past-words")
NOT_PAST = words("not-past")
PLUPERFECT = tuple(phrase.split() for phrase in ordered("pluperfect"))
NUMBER_MULTIPLIERS = words("number-multipliers")

# Parsing: words the parse is corrected by.
AUXILIARIES = words("auxiliaries")
HYPHENATED = ordered("hyphenated")
WEB_DOMAINS = words("web-domains")
AMPERSANDS = words("ampersands")

# Placing: words tied to an event of the week before the article (placing/ties.py).
EVENT_ROLES = table("event-roles")
EVENT_DAY_WORDS = words("event-day-words")
EVENT_NOUNS = words("event-nouns")

# Placing: a document named again, on the day of the one the quote before was said in.
DOCUMENT_AGAIN_DETERMINERS = words("document-again-determiners")
EVENT_SPEECHES = words("event-speeches")
EVENT_DEEDS = words("event-deeds")
SPAN_EVENTS = words("span-events")
BEFORE_AN_EVENT = words("before-an-event")
FIRST_DAYS = words("first-days")

# Polls: the people a poll asked are no speaker (quotes/polled.py).
POLL_RESPONDENTS = words("poll-respondents")
POLLED_PARTICIPLES = words("polled-participles")
POLLSTERS = words("pollsters")
SHARE_REMAINDERS = words("share-remainders")
PERCENT_WORDS = words("percent-words")
LIKELIHOOD_ADJECTIVES = words("likelihood-adjectives")
POLL_STORY_SHARES = words("poll-story-shares")
BARE_FIGURES = words("bare-figures")
PEOPLE_FIGURES = words("people-figures")
POLL_STORY_NOUNS = words("poll-story-nouns")
