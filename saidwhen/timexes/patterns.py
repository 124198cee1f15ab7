"""The surface patterns of time expressions in English news, one regular expression a rule.

Each rule names what it finds (`month_day`, `ago`, `duration` ...); the readers
turn a match of that rule into a TIMEX3 type, value and mod. Month and weekday
names must be capitalised (`(?-i:...)`): "may" and "march" are mostly verbs.
A rule with a group named `span` marks only that group as the expression, the
rest of the match being context ("for years": only "years" is the timex).
"""
from __future__ import annotations

import re

from . import lexicon


def words(items) -> str:
    """An alternation of the words, longest first, with spaces matching any whitespace."""
    ordered = sorted(set(items), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


MONTH = (r"(?-i:(?P<month>(?:January|February|March|April|May|June|July|August|September"
         r"|October|November|December|Sept|Sep)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct"
         r"|Nov|Dec)\.))")
WEEKDAY = (r"(?-i:(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
           r"|(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.))")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR_DIGITS = (r"(?<![\d$\u00a3\u20ac.,#/])(?<!\d-)(?:1[0-9]{3}|20[0-9]{2})"
               r"(?![\d%]|,\d|\.\d|-(?:year|old)|\s*(?:GMT|UTC|hours?\b|local\s+time))")
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
SPELLED_NUMBER = rf"(?:{TENS}(?:[\s-]+{ONES})?|{TEENS}|{ONES}|(?:a\s+|one\s+)?hundred)"
SPELLED_CENTURY_YEAR = (rf"(?:nineteen|eighteen)[\s-]+(?:{TENS}(?:[\s-]+{ONES})?|{TEENS}"
                        rf"|oh[\s-]+{ONES})")
SPELLED_MILLENNIUM_YEAR = rf"two\s+thousand(?:\s+and)?(?:[\s-]+(?:{TEENS}|{ONES}))?"
YEAR = (rf"(?P<year>{YEAR_DIGITS}|{SPELLED_CENTURY_YEAR}\b"
        rf"|(?<=\byear\s){SPELLED_MILLENNIUM_YEAR}\b)")
NUMBER = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1/2|\u00bd)?"
VAGUE_AMOUNT = (r"a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|several|many|some"
                r"|a\s+dozen|dozens\s+of|a\s+number\s+of|hundreds\s+of|thousands\s+of")
AMOUNT = (rf"(?P<amount>{NUMBER}|{SPELLED_NUMBER}(?:\s+and\s+a\s+half)?|{VAGUE_AMOUNT}"
          r"|half\s+an?|an?)")
UNIT = (r"(?P<unit>(?:second|sec|minute|min|hour|hr|day|night|week|weekend|fortnight"
        r"|month|quarter|year|decade|millennium)s?|centur(?:y|ies)|millennia)(?![\w-])")
NOT_AGE = r"(?![\s-]+old\b|\s+of\s+age\b)"
AMOUNT_MOD = rf"(?P<mod>{words(lexicon.AMOUNT_MODS)})"
POSITION = (r"(?P<position>early|late|mid|the\s+(?:beginning|start|end|middle|close|dawn|height"
            r"|first\s+part|last\s+part|latter\s+part)\s+of)")
SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
PART_OF_DAY = r"(?P<part>morning|afternoon|evening|night)"
HOLIDAYS = (list(lexicon.FIXED_HOLIDAYS) + list(lexicon.WEEKDAY_HOLIDAYS)
            + list(lexicon.EASTER_HOLIDAYS))
HOLIDAY = rf"(?P<holiday>{words(HOLIDAYS)})\b"
RELATIVE = (r"(?P<relative>this\s+(?:past|coming)|this|last|next|past|coming|current|previous"
            r"|following|same|that|the\s+(?:past|last|next|coming|current|previous|following"
            r"|same|latest|present|preceding|upcoming|prior|ensuing)|the)")
CLOCK = (r"(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>(?-i:[ap]\.\s?m\.?|[ap]m\b"
         r"|[AP]\.?M\b\.?))(?:\s+(?P<zone>(?-i:[A-Z]{1,3}[SD]?T|GMT|UTC)\b|local\s+time))?")
DAY_REF = rf"(?P<dayref>{WEEKDAY}|today|yesterday|tomorrow|{MONTH}\s*{DAY})"
DURATION_DET = (r"(?:each\s+of\s+)?the\s+(?:past|last|next|first|coming|previous|following"
                r"|final|remaining|latest|same|prior|ensuing|initial|last\s+several"
                r"|past\s+several|next\s+several)|past|last|next|first|coming|previous|final"
                r"|the|another|an\s+additional")
ORDINAL_QUARTER = r"(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
OF_YEAR = rf"(?P<of_year>{YEAR_DIGITS}|this\s+year|last\s+year|next\s+year|the\s+year)"

RULES: dict[str, str] = {
    # Calendar dates written out.
    "iso_date": (r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
                 r"(?:T(?P<hour>[012]\d):(?P<minute>[0-5]\d))?\b"),
    "slash_date": r"(?<![\d/])(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d{4}|\d{2})(?![\d/])",
    "month_day": (rf"(?:{WEEKDAY},?\s+)?(?:(?P<relative>last|next|this\s+past|this\s+coming)\s+)?"
                  rf"(?:{POSITION}[\s-]*)?{MONTH}\s*{DAY}(?:,?\s+{YEAR})?"),
    "day_month": rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?",
    "month_year": rf"(?:{POSITION}[\s-]*)?{MONTH},?\s+(?:of\s+)?{YEAR}",
    "month_relative_year": rf"{MONTH}\s+(?:of\s+)?(?P<relative>last|next|this)\s+year",
    "month": (rf"(?:(?:{POSITION}|(?P<relative>this\s+past|this\s+coming|last|next|this))"
              rf"[\s-]*)?{MONTH}"),
    "year": (rf"(?:(?:{POSITION}|(?P<fiscal>fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?"
             rf"|FY))[\s-]*)?{YEAR}"),
    "decade": (rf"(?:the\s+)?(?:{POSITION}[\s-]*)?(?<![\d$])(?P<decade>1[0-9]{{2}}0|20[0-9]0"
               r"|'[0-9]0|[0-9]0)'?s\b"),
    "spelled_decade": (rf"the\s+(?:{POSITION}[\s-]*)?(?:nineteen[\s-]+)?(?P<decade>twenties"
                       r"|thirties|forties|fifties|sixties|seventies|eighties|nineties)"),
    "century": (rf"(?:the\s+)?(?:{POSITION}[\s-]*)?(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)"
                rf"|{words(lexicon.ORDINALS)})[\s-]+century"),
    "quarter": (rf"(?:(?P<det>the|its|a|this|last|next|(?:this|last|next)\s+year's)\s+)?"
                rf"(?:{YEAR}\s+)?(?:fiscal[\s-]+)?{ORDINAL_QUARTER}[\s-]+(?:fiscal[\s-]+)?"
                rf"quarter\b(?:\s+of\s+(?:fiscal\s+)?{OF_YEAR})?"),
    "quarter_code": rf"\b(?-i:Q(?P<quarter>[1-4]))(?:\s+(?P<year>{YEAR_DIGITS}))?\b",
    "half": rf"(?:the\s+)?(?P<ordinal>first|second|last|latter)\s+half\s+of\s+{OF_YEAR}",
    "season": (rf"(?:(?P<relative>this\s+past|this\s+coming|this|last|next|the|in)\s+)?"
               rf"(?:{POSITION}[\s-]*)?{SEASON}\b(?:\s+(?:of\s+)?{YEAR})?"),
    "holiday": rf"(?:(?P<relative>last|next|this)\s+)?{HOLIDAY}(?:,?\s+{YEAR})?",
    "weekday": (rf"(?:(?:(?P<relative>last|next|this\s+past|this\s+coming|this|the\s+previous"
                rf"|the\s+following|the\s+next)|{POSITION}|(?P<early>earlier|later))\s+)?{WEEKDAY}"
                rf"(?:,?\s+{PART_OF_DAY}\b)?(?!s)"),
    # Times of day.
    "clock": (rf"(?:(?P<mod>about|around|approximately|shortly\s+(?:before|after)"
              rf"|just\s+(?:before|after))\s+)?{CLOCK}(?:,?\s+(?:on\s+)?{DAY_REF})?"),
    "noon": rf"(?P<word>noon|midnight|midday)(?:\s+{DAY_REF})?",
    "part_of_day": (rf"(?:(?:{POSITION}|(?P<early>earlier|later))[\s-]*)?"
                    rf"(?P<dayword>this|yesterday|tomorrow|today|last|the\s+(?:next|following"
                    rf"|previous|same)|that(?:\s+same)?)\s+{PART_OF_DAY}\b"
                    r"|(?P<word>tonight|overnight)"),
    "clock_24h": (r"(?<![\d:.,$])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d:.,]\d)"
                  r"(?:\s*(?P<zone>(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|ET)\b)"
                  r"|(?<=(?:at|by)\s(?:1[3-9]|2[0-3]):\d\d))"
                  rf"(?:,?\s+(?:on\s+)?{DAY_REF})?"),
    "clock_words": (r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
                    r"|(?<=\baround\s)|(?<=\babout\s))(?P<hour>1[0-2]|0?[1-9])"
                    r"(?::(?P<minute>[0-5]\d))?(?:\s+o'clock)?\s+(?P<daypart>in\s+the\s+"
                    r"(?:morning|afternoon|evening)|at\s+night)\b"),
    # Times named relative to the article date or to another time in the text.
    "day_word": (r"(?:(?P<position>early|late|earlier|later)\s+)?(?P<word>today|yesterday"
                 r"|tomorrow)|(?P<phrase>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"),
    "ref": (r"(?P<ref>right\s+now|just\s+now|now|currently|at\s+present|presently|these\s+days"
            r"|nowadays|recently|lately|formerly|the\s+past|(?:the\s+)?(?:near\s+|distant\s+)?"
            r"future|the\s+(?:near|short|long|medium)\s+term|a\s+later\s+date"
            r"|as\s+soon\s+as\s+possible|soon|current|recent)\b"),
    "unit_relative": (rf"(?:(?:{POSITION}|(?P<early>earlier|later))[\s-]+(?:(?:in|of)\s+)?)?"
                      rf"{RELATIVE}\s+(?:(?P<fiscal>fiscal|calendar|full)\s+)?"
                      r"(?P<unit>year|month|week|weekend|quarter|decade|century|day|half"
                      r"|period)(?![\w-])"),
    "year_end": (r"(?:(?P<mod>around|about)\s+)?(?:the\s+)?(?:(?P<relative>this|last|next)\s+)?"
                 r"(?:year[\s-]end|year's\s+end)\b"),
    "week_of": rf"the\s+week\s+of\s+{MONTH}\s*{DAY}(?:,?\s+{YEAR})?",
    "at_the_time": r"(?<=\bat\s)the\s+time\b(?!\s+(?:of|when|being)\b)",
    "anchored_day": (r"(?P<phrase>the\s+(?P<which>day|week|month|year)\s+"
                     r"(?P<direction>before|after)"
                     r"(?=\s*[,.;:)]|\s+(?:that|the|this|last|his|her|their|its))"
                     r"|(?:the\s+)?(?:same|very)\s+day|that\s+(?:same\s+)?day)"),
    "ago": (rf"(?:{AMOUNT_MOD}\s+)?(?:{AMOUNT}\s+)?{UNIT}(?:\s+or\s+so)?\s+(?P<dir>ago)\b"
            r"(?:\s+(?P<this>this\s+(?:month|week)|today)\b)?"),
    "offset": (rf"(?:{AMOUNT_MOD}\s+)?{AMOUNT}\s+{UNIT}(?:\s+or\s+so)?\s+"
               r"(?P<dir>later|earlier|afterwards?|before(?=\s*[,.;:])|after(?=\s*[,.;:])"
               r"|from\s+now|hence|previously|prior(?=\s*[,.;:]))"),
    "year_ago": (r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?P<adj>year-(?:earlier|ago)"
                 r"|year\s+earlier|prior-year|year-before)(?:\s+(?:(?P<ordinal>first|second|third"
                 r"|fourth)\s+)?(?P<what>quarter|period)\b)?"),
    # Amounts of time.
    "duration": (rf"(?:{AMOUNT_MOD}\s+(?!the\b))?(?:(?P<det>{DURATION_DET})\s+)?{AMOUNT}"
                 rf"(?:\s+(?:to|or)\s+(?P<upper>\d+|{SPELLED_NUMBER}))?"
                 r"(?:\s+(?:more|additional|other|straight|consecutive|full|long))?"
                 r"[\s-]+(?P<trading>(?:trading|business|working)\s+)?"
                 rf"{UNIT}(?P<or_so>\s+or\s+so|\s+and\s+a\s+half)?{NOT_AGE}"),
    "unit_long": (r"(?P<unit>day|week|month|year|decade|hour|night|centur(?:y|ie))s?-long\b"),
    "vague_units": (r"(?:\b(?P<context>for|over|within|during|take|took|takes|taking|spent|"
                    r"spend|spends|lasted|lasting|in|after|than)\s+)?(?P<span>(?:(?P<det>recent"
                    r"|coming|the\s+coming|the\s+past|past|the\s+last|the\s+next|the\s+ensuing)"
                    r"\s+)?(?P<unit>(?:minute|hour|day|week|month|year|decade)s|centuries))"
                    rf"\b{NOT_AGE}"),
    # Times that recur.
    "set": (r"(?P<every>every|each|per)\s+(?:other\s+)?(?:(?P<amount>\d+|two|three|four|five"
            rf"|six)\s+)?(?:{UNIT}|{WEEKDAY}|{PART_OF_DAY}\b|{MONTH}|{SEASON}\b)"),
    "set_adverb": (r"\b(?P<adverb>daily|weekly|monthly|annually|yearly|hourly|nightly"
                   r"|quarterly(?!\s+[a-z])|biweekly|semiannually|bimonthly)\b"),
    "set_rate": (r"(?:(?<=\btimes\s)|(?<=\bonce\s)|(?<=\btwice\s))(?P<amount>a|an)\s+"
                 r"(?P<unit>day|week|month|year|hour)\b"),
    "weekday_plural": (rf"(?-i:(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))s"
                       rf"(?:\s+{PART_OF_DAY}s?)?\b"),
}

# A word each rule's matches contain, found far faster than the rule itself: a rule is
# only tried in windows around its trigger's hits (see finding.py).
UNIT_WORD = (r"\b(?:sec|min|hour|hr|day|night|week|fortnight|month|quarter|year|decade|centur"
             r"|millenni)")
MONTH_WORD = r"(?-i:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
WEEKDAY_WORD = r"(?-i:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))"
TRIGGERS: dict[str, str] = {
    "iso_date": r"\d{4}-\d\d-\d\d", "slash_date": r"\d/\d",
    "month_day": MONTH_WORD, "day_month": MONTH_WORD, "month_year": MONTH_WORD,
    "month_relative_year": MONTH_WORD, "month": MONTH_WORD,
    "year": r"\d{4}|\b(?:nineteen|eighteen|thousand)", "decade": r"0'?s\b",
    "spelled_decade": r"ties\b", "century": r"century", "quarter": r"quarter",
    "quarter_code": r"(?-i:Q[1-4])", "half": r"\bhalf\b",
    "season": r"\b(?:spring|summer|fall|autumn|winter)",
    "holiday": (r"\b(?:christmas|new\s+year|halloween|valentine|independence|july|fourth"
                r"|boxing|veterans|patrick|bastille|may\s+day|thanksgiving|labor|memorial"
                r"|luther|president|mother|father|easter|good\s+friday|palm)"),
    "weekday": WEEKDAY_WORD, "weekday_plural": WEEKDAY_WORD,
    "clock": r"\d\s*[ap]\.?\s?m", "noon": r"\b(?:noon|midnight|midday)",
    "part_of_day": r"\b(?:morning|afternoon|evening|night|tonight|overnight)",
    "clock_words": r"\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b",
    "clock_24h": r"\d[:.]\d\d",
    "week_of": r"\bweek\s+of\b", "at_the_time": r"\bat\s+the\s+time\b",
    "day_word": r"\b(?:today|yesterday|tomorrow)",
    "ref": (r"\b(?:now|current|present|these\s+days|nowadays|recent|lately|formerly|past"
            r"|future|term|later\s+date|soon)"),
    "unit_relative": UNIT_WORD + r"|\bperiod",
    "anchored_day": r"\bday\b|\b(?:week|month|year)\s+(?:before|after)\b",
    "year_end": r"\byear(?:'s)?[\s-]+end",
    "ago": r"\bago\b", "year_ago": r"\byear",
    "offset": r"\b(?:later|earlier|after|before|hence|from\s+now|previously|prior)",
    "duration": UNIT_WORD, "unit_long": r"-long\b", "vague_units": UNIT_WORD,
    "set": r"\b(?:every|each|per)\b",
    "set_adverb": r"\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly"
                  r"|biweekly|semiannually|bimonthly)",
    "set_rate": r"\b(?:times|once|twice)\s+an?\s",
}
assert TRIGGERS.keys() == RULES.keys()

# re.compile caches by pattern text, so rules with the same trigger share one object,
# and finding.py scans for it once a text.
COMPILED = {name: (re.compile(r"(?<!\w)(?:" + pattern + ")", re.IGNORECASE),
                   re.compile(TRIGGERS[name], re.IGNORECASE))
            for name, pattern in RULES.items()}

# A trigger that names no capital (and switches off no case-folding) finds the same hits
# in the lower-cased text without re.IGNORECASE, in about half the time: a case-insensitive
# scan compares every character's lower case (finding.py lower-cases each text once).
_CASED = re.compile(r"[A-Z]|\(\?-i|\\[xuUN0-9]")
LOWER_CASE_TRIGGERS = {trigger: re.compile(trigger.pattern) for _, trigger in COMPILED.values()
                       if not _CASED.search(trigger.pattern)}

# A trigger's word edges (\b) keep the scan from taking the fast paths of re, which looks ahead
# for a pattern's first letters only where the pattern opens with them. So each trigger with an
# edge is first sought without its edges (more hits, found faster), and each such hit kept where
# the trigger itself matches there (finding.py): the same hits, in about half the time.
_WORD_EDGE = re.compile(r"(?<!\\)\\b")
EDGELESS = {trigger: re.compile(_WORD_EDGE.sub("", trigger.pattern), trigger.flags)
            for trigger in {t for _, t in COMPILED.values()} | set(LOWER_CASE_TRIGGERS.values())
            if _WORD_EDGE.search(trigger.pattern)}

