"""Word lists the placing stage leans on: where news says a quote was said, and who carried it.

Facts of English news writing, kept small on purpose; each list says what it
decides. Words are lower case unless the case is what tells them apart
("Medium" the platform, "medium" the size).
"""
from __future__ import annotations

# The channel labels of the record (product.md), from most to least specific.
LABELS = (
    "Instagram", "Twitter", "Facebook", "TikTok", "YouTube", "Medium", "blog", "podcast",
    "statement", "press release", "news conference", "interview", "speech", "debate",
    "parliament", "court", "email", "letter", "text message", "television", "radio", "book",
    "report", "social media",
)

# Platforms by their proper names. Those without a label of their own are
# "social media" (a platform, not one of the six named), or what they are used as.
PLATFORMS = {
    "Instagram": "Instagram", "Twitter": "Twitter", "Facebook": "Facebook", "TikTok": "TikTok",
    "Tiktok": "TikTok", "YouTube": "YouTube", "Youtube": "YouTube", "Medium": "Medium",
    "Snapchat": "social media", "Reddit": "social media", "LinkedIn": "social media",
    "Threads": "social media", "Bluesky": "social media", "Weibo": "social media",
    "Telegram": "social media", "Truth": "social media", "Parler": "social media",
    "Gab": "social media", "Mastodon": "social media", "Twitch": "social media",
    "Substack": "blog", "Tumblr": "blog", "WhatsApp": "text message",
}
# Names that are a platform only with these words after them ("Truth Social", not "the truth").
PLATFORM_NEXT = {"Truth": {"Social"}, "Telegram": {"channel", "post", "message"},
                 "Threads": {"post", "app"}, "Gab": {"post"}}

# Nouns for the thing said or the occasion it was said at. Compound phrases
# are matched first ("press release" before "release"), by lower-case words.
NOUN_PHRASES = {
    ("news", "conference"): "news conference", ("press", "conference"): "news conference",
    ("press", "briefing"): "news conference", ("news", "briefing"): "news conference",
    ("media", "briefing"): "news conference", ("press", "availability"): "news conference",
    ("media", "availability"): "news conference", ("press", "release"): "press release",
    ("news", "release"): "press release", ("media", "release"): "press release",
    ("text", "message"): "text message", ("text", "messages"): "text message",
    ("social", "media"): "social media", ("blog", "post"): "blog",
    ("conference", "call"): None, ("email", "address"): None, ("free", "speech"): None,
    ("hate", "speech"): None, ("job", "interview"): None, ("book", "tour"): None,
    ("clinical", "trial"): None, ("trial", "run"): None,
    ("prepared", "remarks"): "speech", ("state", "television"): "television",
    ("national", "television"): "television", ("live", "television"): "television",
    ("court", "documents"): "court", ("court", "papers"): "court", ("court", "filing"): "court",
    ("court", "filings"): "court", ("court", "records"): "court", ("court", "hearing"): "court",
    ("opening", "statement"): "testimony", ("closing", "statement"): "testimony",
    ("opening", "statements"): "testimony", ("closing", "statements"): "testimony",
    ("closing", "arguments"): "testimony", ("closing", "argument"): "testimony",
    ("opening", "arguments"): "testimony", ("impact", "statement"): "testimony",
    ("impact", "statements"): "testimony",
    ("research", "note"): "report", ("research", "notes"): "report",
    ("question", "period"): "parliament", ("senate", "floor"): "parliament",
    ("house", "floor"): "parliament", ("commons", "committee"): "parliament",
}
NOUNS = {
    "statement": "statement", "statements": "statement", "communique": "statement",
    "communiqué": "statement",
    "briefing": "news conference", "presser": "news conference", "scrum": "news conference",
    "interview": "interview", "interviews": "interview", "interviewer": "interview",
    "interviewers": "interview",
    "speech": "speech", "speeches": "speech", "address": "speech",
    "lecture": "speech", "sermon": "speech", "eulogy": "speech", "keynote": "speech",
    "cheers": "speech", "applause": "speech", "ovation": "speech", "onstage": "speech",
    "debate": "debate", "debates": "debate",
    "parliament": "parliament", "commons": "parliament", "legislature": "parliament",
    "congress": "parliament", "committee": "parliament", "senate": "parliament", "mps": "parliament", "subcommittee": "parliament",
    "court": "court", "courtroom": "court", "trial": "court", "jury": "court", "judge": "court",
    "inquest": "court", "tribunal": "court", "jurors": "court",
    "lawsuit": "court", "affidavit": "court", "deposition": "court", "indictment": "court",
    "email": "email", "emails": "email", "e-mail": "email", "e-mails": "email",
    "letter": "letter", "letters": "letter",
    "television": "television", "tv": "television", "radio": "radio",
    "book": "book", "memoir": "book", "autobiography": "book",
    "report": "report", "study": "report", "studies": "report", "analysis": "report",
    "audit": "report", "findings": "report", "filing": "report", "filings": "report",
    "ruling": "court", "rulings": "court", "judgment": "court", "judgement": "court",
    "podcast": "podcast", "blog": "blog", "tweet": "Twitter", "tweets": "Twitter",
    "post": "social media", "posts": "social media", "caption": "social media",
    "livestream": "social media",
}
# "conference" alone is a gathering someone addresses ("told the party conference").
CONFERENCE = "speech"
# Occasions at which one speaks to an audience: what is said there is a speech, unless the
# attribution says it was said to reporters ("told reporters at the gala").
OCCASIONS = {"gala", "fundraiser", "ceremony", "convention", "commencement", "memorial",
             "funeral", "vigil", "banquet", "luncheon", "rally", "rallies", "service", "services",
             # and the audiences addressed there ("told the crowd", "told donors")
             "crowd", "crowds", "audience", "congregation", "donors", "delegates", "graduates"}
PRESS = {"reporters", "journalists", "press", "media"}
# Occasions only as a campaign's: "at a campaign event", "at a campaign stop in Surrey".
CAMPAIGN_STOPS = {"event", "events", "stop", "stops"}
# Nouns of a channel only after these words: "by text", "in a text" (a text of a bill is not one).
NOUNS_AFTER = {"text": ({"a", "by", "in"}, "text message"), "texts": ({"in", "by"}, "text message"),
               # "in his tribute" is one delivered; "paid tribute" may be anything
               "tribute": ({"his", "her", "their", "a"}, "speech"),
               # "in its release" is a press release; "the release of the hostages" is none
               "release": ({"its", "their", "a"}, "press release")}
# Nouns that a sentence's other words must make a court or a parliament of.
VENUE_NOUNS = {"hearing", "hearings", "testimony", "cross-examination"}
PARLIAMENT_WORDS = {
    "senate", "house", "congress", "congressional", "committee", "subcommittee", "parliament",
    "parliamentary", "commons", "lawmakers", "legislators", "senators", "mps", "legislature",
    "legislative", "lords",
}
COURT_WORDS = {
    "court", "courtroom", "judge", "jury", "jurors", "trial", "prosecutor", "prosecutors",
    "defendant", "sentencing", "testimony", "witness", "lawsuit", "plaintiff", "plaintiffs",
    "inquiry", "inquest", "tribunal", "justice", "crown", "accused",
}
# Notes that are a report when written to these ("wrote in a note to clients"): an
# analyst's commentary; a note left for someone is no channel.
NOTE_READERS = {"clients", "investors", "customers", "subscribers"}
# Nouns that are a court's only where the sentence names a court: "the judge said in her
# decision"; a minister's decision is no channel.
COURT_NOUNS = {"decision", "decisions", "sentencing"}
# Words in the attribution that keep a court or parliament noun from naming the place:
# "said outside court" was said to reporters, not in court.
OUTSIDE = {"outside", "after", "leaving", "ahead"}

# Reporting verbs that name their channel ("tweeted"), by word form.
VERB_FORMS = {
    "tweet": "Twitter", "tweets": "Twitter", "tweeted": "Twitter", "tweeting": "Twitter",
    "retweeted": "Twitter", "retweeting": "Twitter",
    "blog": "blog", "blogs": "blog", "blogged": "blog", "blogging": "blog",
    "email": "email", "emails": "email", "emailed": "email", "emailing": "email",
    "e-mail": "email", "e-mails": "email", "e-mailed": "email", "e-mailing": "email",
    "texted": "text message", "texting": "text message",
    "posted": "social media", "posting": "social media", "posts": "social media",
    "testified": "testimony", "testifies": "testimony", "testify": "testimony",
    "testifying": "testimony", "cross-examined": "testimony", "cross-examining": "testimony",
}

# Verbs whose object or "to"/"with" phrase is the one a quote was said to ("told CNN").
TELLING = {"told", "tell", "tells", "telling", "speaking", "spoke", "speaks", "speak", "talking",
           "talked", "talks", "talk", "explained", "confirmed", "said", "says",
           "sat", "sits", "sitting"}  # "sat down with The Canadian Press"
# Verbs and nouns for an appearance on a programme ("said on CNN", "appeared on Fox News").
ON_AIR = {"said", "says", "saying", "speaking", "spoke", "appeared", "appearing", "appearance",
          "interview", "told", "tells", "remarks", "comments", "argued", "insisted", "added"}
# Nouns for a conversation with an outlet ("in an interview with the BBC").
CONVERSATION = {"interview", "interviews", "conversation", "comments", "remarks", "chat",
                "appearance", "exchange", "call"}
# Nouns that stand for a news outlet when someone is told them ("told the newspaper").
OUTLET_NOUNS = {"newspaper", "paper", "magazine", "network", "broadcaster", "station", "outlet",
                "website", "publication", "agency", "tabloid", "daily", "channel", "television",
                "tv", "radio", "program", "programme", "show", "podcast", "site", "weekly"}
# Outlets by name: acronyms and single words that do not end in an outlet word. Words that
# begin other names ("Vice President", "Global Affairs Canada") are left to their last word.
OUTLET_NAMES = {
    "CNN", "BBC", "CBC", "CTV", "NBC", "ABC", "CBS", "NPR", "PBS", "MSNBC", "CNBC", "Fox", "Reuters",
    "Bloomberg", "AP", "AFP", "Politico", "POLITICO", "Axios", "Vox", "Variety", "Newsweek",
    "People", "TMZ", "Vogue", "Elle", "GQ", "Esquire", "Billboard", "BuzzFeed", "HuffPost",
    "Breitbart", "ITV", "RTE", "RTÉ", "NHK", "Xinhua", "TASS", "Tass", "Interfax", "Yonhap", "Kyodo",
    "Haaretz", "Bild", "Spiegel", "Euronews", "Newsmax", "C-SPAN", "Telemundo", "Univision",
    "Al Jazeera", "Slate", "Salon", "Deadline", "Mediaite", "Semafor", "Insider", "ProPublica",
    "Radio-Canada", "CityNews", "Postmedia", "Maclean's", "Macleans", "Rolling Stone",
    "Vanity Fair", "Page Six", "Entertainment Tonight", "Good Morning America", "Meet the Press",
    "Face the Nation", "The View", "Today", "Nightline", "Newsnight", "Sky News", "Channel 4",
    "La Presse", "Le Devoir", "TVA", "TVO", "APTN", "CPAC", "CP24", "CHCH", "iPolitics", "Tyee",
}
# Last words of an outlet's name ("The Globe and Mail", "Fox News", "The Canadian Press").
OUTLET_LAST_WORDS = {
    "News", "Times", "Post", "Journal", "Press", "Herald", "Tribune", "Gazette", "Chronicle", "Star",
    "Sun", "Mail", "Globe", "Guardian", "Telegraph", "Independent", "Observer", "Express", "Mirror",
    "Standard", "Examiner", "Inquirer", "Dispatch", "Courier", "Bulletin", "Register", "Magazine",
    "Radio", "TV", "Television", "Network", "Channel", "Today", "Insider", "Reporter", "Economist",
    "Atlantic", "Citizen", "Sentinel", "Enquirer", "Daily", "Weekly", "Wire", "Monthly", "Review",
    "Broadcasting", "Programme", "Program", "Show", "Tonight", "Live", "Hour", "Podcast", "Beast",
    "Leader", "Republic", "Caller", "Beacon", "Record", "Agency", "Network",
}
# Of those, the ones that name an outlet alone after "the" ("told the Times"); "the TV",
# "the Network" are no names.
LONE_OUTLET_WORDS = {
    "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Star", "Sun", "Mail",
    "Globe", "Guardian", "Telegraph", "Independent", "Observer", "Express", "Mirror", "Standard",
    "Examiner", "Inquirer", "Dispatch", "Courier", "Economist", "Atlantic", "Citizen", "Sentinel",
    "Enquirer", "Register", "Bulletin",
    "Hill",  # only alone: "The Hill"; "Parliament Hill" and "Capitol Hill" are places
}

# Adverbs saying a thing was said again and again, or as a habit: no one day to put it on.
HABITUAL = {"often", "frequently", "regularly", "repeatedly", "always", "routinely", "long",
            "famously", "usually", "sometimes", "never", "consistently", "constantly"}
# Adverbs setting a saying at a past time the cue does not name ("once said", "later said").
UNDATED = {"once", "previously", "formerly", "later", "then"}
# Verbs of an adverbial clause in an attribution that tell how the words were said
# ("Speaking at a rally, ...", "Giving a speech in Toledo, ..."); a channel in any other
# ("Heading into the first debate, Sanders told MSNBC ...") is not the quote's.
SPEAKING_FORMS = {
    "speaking", "spoke", "giving", "gave", "addressing", "addressed", "appearing", "appeared",
    "writing", "wrote", "posting", "posted", "testifying", "testified", "responding", "responded",
    "answering", "answered", "asked", "interviewed", "talking", "talked", "telling", "told",
    "announcing", "announced", "tweeting", "tweeted", "replying", "replied", "commenting",
    "reacting", "reached", "delivering", "delivered", "opening", "closing", "taking", "took",
    "saying", "said", "sharing", "shared", "introducing", "briefing", "campaigning", "visiting",
    # what was issued the words are in ("released a statement saying", "sent a letter saying")
    "released", "releasing", "issued", "issuing", "published", "publishing", "sent", "sending",
    # how the words were received ("she said, drawing cheers")
    "drawing", "drew", "prompting", "prompted", "earning", "eliciting",
}
# Subordinators of a time clause in the attribution ("when she was elected, she said").
TIME_CLAUSE = {"when", "after", "before", "since", "until", "once"}
# Nouns that refer back to what was just said ("Smith made the comments at a news conference").
BACK_REFERENCE = {"comments", "comment", "remarks", "announcement", "statement", "statements",
                  "plea", "call", "warning", "message", "admission", "pledge", "promise", "vow",
                  "apology", "words"}
