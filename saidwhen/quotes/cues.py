"""Cues: the words that report speech ("said", "told", "according to").

The lexicon is keyed by word form, so that no lemmatizer has to run: each verb
is listed by its base form and its inflections are generated here.
"""
from __future__ import annotations

# Verbs that report what someone said or wrote, and can take a reported clause
# ("she said that ...", "he warned the plan would fail").
SPEECH_VERBS = """
say tell add note argue claim warn explain insist state announce report write suggest
acknowledge admit ask answer reply respond tweet post confirm deny declare maintain contend
assert allege stress emphasize emphasise recall continue conclude predict promise vow pledge
reveal disclose indicate mention remark observe comment testify complain concede caution urge
propose recommend estimate speculate inform assure reassure boast joke quip exclaim proclaim
counter retort rebut reiterate repeat charge affirm advise hint imply signal teach lament
acknowledge agree concur think remind reckon restate highlight dispute
describe share recount relate muse reason posit threaten demand order
blog email e-mail text testify brief instruct cite point clarify elaborate specify summarize
""".split()

# Verbs of belief ("believe", "hope", "fear", "know") are left out on purpose:
# they report what someone holds, not what someone said. "Think" stays: in
# news, "she thinks the plan will fail" is nearly always an opinion voiced.

# Verbs that introduce a direct quotation next to it but take no reported
# clause of their own ("“Go home,” she shouted.").
MANNER_VERBS = """
shout yell scream cry whisper murmur mutter sigh laugh chuckle smile grin snap sneer
scold rebuke chide blast slam lash criticize criticise praise thank sing chant read
gush plead beg exclaim interject interrupt chime begin start finish pen caption
""".split()

IRREGULAR = {
    "say": ["says", "said", "saying"], "tell": ["tells", "told", "telling"],
    "write": ["writes", "wrote", "written", "writing"], "think": ["thinks", "thought", "thinking"],
    "feel": ["feels", "felt", "feeling"], "know": ["knows", "knew", "known", "knowing"],
    "teach": ["teaches", "taught", "teaching"], "begin": ["begins", "began", "begun", "beginning"],
    "cry": ["cries", "cried", "crying"], "reply": ["replies", "replied", "replying"],
    "testify": ["testifies", "testified", "testifying"], "clarify": ["clarifies", "clarified", "clarifying"],
    "specify": ["specifies", "specified", "specifying"], "worry": ["worries", "worried", "worrying"],
    "text": ["texts", "texted", "texting"], "email": ["emails", "emailed", "emailing"],
    "e-mail": ["e-mails", "e-mailed", "e-mailing"],
    "snap": ["snaps", "snapped", "snapping"], "grin": ["grins", "grinned", "grinning"],
    "quip": ["quips", "quipped", "quipping"], "chime": ["chimes", "chimed", "chiming"],
    "pen": ["pens", "penned", "penning"], "blog": ["blogs", "blogged", "blogging"],
    "order": ["orders", "ordered", "ordering"], "counter": ["counters", "countered", "countering"],
    "answer": ["answers", "answered", "answering"], "offer": ["offers", "offered", "offering"],
    "admit": ["admits", "admitted", "admitting"], "rebut": ["rebuts", "rebutted", "rebutting"],
    "signal": ["signals", "signaled", "signalled", "signaling", "signalling"],
    "chat": ["chats", "chatted", "chatting"], "nod": ["nods", "nodded", "nodding"],
    "concur": ["concurs", "concurred", "concurring"], "beg": ["begs", "begged", "begging"],
}


def inflections(base: str) -> list[str]:
    """Third person, past and -ing forms of a regular English verb."""
    if base in IRREGULAR:
        return [base, *IRREGULAR[base]]
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else (
        base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else base + "s")
    return [base, third, past, ing]


# Verbs that say what something is, in words the text may quote ("called the plan
# “a disaster”"): speech only when such quoted words follow.
CHARACTERISING_VERBS = """
call describe dub label brand term deride hail praise blast slam criticize criticise accuse condemn
denounce dismiss mock ridicule characterize characterise refer
""".split()


def _forms(bases: list[str]) -> dict[str, str]:
    return {form: base for base in bases for form in inflections(base)}


SPEECH_FORMS = _forms(SPEECH_VERBS)
DIRECT_FORMS = {**_forms(MANNER_VERBS), **SPEECH_FORMS}


CHARACTERISING_FORMS = _forms(CHARACTERISING_VERBS)


def characterising_lemma(word: str) -> str | None:
    """The base form of a verb that characterises something in quotable words, else None."""
    return CHARACTERISING_FORMS.get(word.lower())


def speech_lemma(word: str) -> str | None:
    """The base form of a verb that reports speech (with a reported clause), else None."""
    return SPEECH_FORMS.get(word.lower())


def direct_lemma(word: str) -> str | None:
    """The base form of a verb that can introduce a direct quotation, else None."""
    return DIRECT_FORMS.get(word.lower())
