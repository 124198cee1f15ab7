"""Word lists the speaker stage leans on: titles, roles, organisation words, first names.

These are facts of English news writing, kept small on purpose; each list says
what it decides.
"""
from __future__ import annotations

from . import given_names

# Titles written before a name. The value is the gender the title implies, or "".
TITLES = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m",
    "dame": "f", "lady": "f", "lord": "m", "king": "m", "queen": "f", "prince": "m", "princess": "f",
    "dr": "", "dr.": "", "prof": "", "prof.": "", "professor": "", "president": "", "vice": "",
    "prime": "", "minister": "", "premier": "", "mayor": "", "governor": "", "gov": "", "gov.": "",
    "senator": "", "sen": "", "sen.": "", "rep": "", "rep.": "", "representative": "", "judge": "",
    "justice": "", "chief": "", "officer": "", "sgt": "", "sgt.": "", "sergeant": "", "lt": "",
    "lt.": "", "gen": "", "gen.": "", "general": "", "col": "", "col.": "", "capt": "", "capt.": "",
    "captain": "", "det": "", "det.": "", "detective": "", "const": "", "const.": "", "constable": "",
    "rev": "", "rev.": "", "reverend": "", "father": "m", "pope": "m", "coach": "", "secretary": "",
    "speaker": "", "leader": "", "chancellor": "", "ambassador": "", "attorney": "", "mp": "",
    "mpp": "", "mla": "", "councillor": "", "councilor": "", "commissioner": "", "director": "",
    "ceo": "", "chair": "", "chairman": "m", "chairwoman": "f", "deputy": "", "inspector": "",
    "superintendent": "", "dean": "", "bishop": "m", "cardinal": "m", "rabbi": "", "imam": "",
    "st": "", "st.": "", "saint": "", "agent": "", "admiral": "", "major": "", "sheriff": "",
    "treasurer": "", "supt": "", "supt.": "", "insp": "", "insp.": "", "cpl": "", "cpl.": "",
    "staff": "", "sergeant-at-arms": "", "nurse": "", "doctor": "", "trustee": "",
    "senators": "", "reps.": "", "sens.": "", "ministers": "", "presidents": "", "judges": "",
    "dj": "", "cfo": "", "coo": "", "cto": "", "mep": "", "mna": "",
}

# Nouns naming a person's role or relation; the value is the gender it implies, or "".
ROLE_NOUNS = {
    "actress": "f", "actor": "m", "woman": "f", "man": "m", "girl": "f", "boy": "m", "wife": "f",
    "husband": "m", "mother": "f", "father": "m", "mom": "f", "dad": "m", "daughter": "f", "son": "m",
    "sister": "f", "brother": "m", "aunt": "f", "uncle": "m", "grandmother": "f", "grandfather": "m",
    "spokeswoman": "f", "spokesman": "m", "chairwoman": "f", "chairman": "m", "businesswoman": "f",
    "businessman": "m", "congresswoman": "f", "congressman": "m", "widow": "f", "widower": "m",
    "queen": "f", "king": "m", "singer": "", "spokesperson": "", "minister": "", "president": "",
    "premier": "", "mayor": "", "leader": "", "official": "", "officer": "", "senator": "",
    "lawyer": "", "attorney": "", "judge": "", "chief": "", "director": "", "executive": "",
    "ceo": "", "founder": "", "owner": "", "professor": "", "researcher": "", "scientist": "",
    "economist": "", "analyst": "", "expert": "", "doctor": "", "physician": "", "nurse": "",
    "coach": "", "player": "", "star": "", "candidate": "", "governor": "", "secretary": "",
    "chair": "", "manager": "", "author": "", "writer": "", "host": "", "model": "", "rapper": "",
    "musician": "", "artist": "", "teacher": "", "student": "", "resident": "", "victim": "",
    "witness": "", "councillor": "", "councilor": "", "mp": "", "legislator": "", "lawmaker": "",
    "politician": "", "activist": "", "advocate": "", "organizer": "", "organiser": "",
    "commissioner": "", "ambassador": "", "diplomat": "", "general": "", "commander": "",
    "prosecutor": "", "detective": "", "inspector": "", "sergeant": "", "constable": "",
    "constable": "", "representative": "", "head": "", "chancellor": "", "dean": "", "agent": "",
    "athlete": "", "comedian": "", "director-general": "", "strategist": "", "adviser": "",
    "advisor": "", "consultant": "", "partner": "", "colleague": "", "friend": "", "neighbour": "",
    "neighbor": "", "parent": "", "father-in-law": "m", "mother-in-law": "f", "pollster": "",
    "journalist": "", "reporter": "", "editor": "", "columnist": "", "critic": "", "fan": "",
    "veteran": "", "survivor": "", "mp": "", "premier-designate": "", "nominee": "", "rival": "",
    "challenger": "", "incumbent": "", "opponent": "", "chef": "", "designer": "", "producer": "",
    "filmmaker": "", "novelist": "", "poet": "", "historian": "", "investor": "", "entrepreneur": "",
    "justice": "", "speaker": "", "deputy": "", "treasurer": "", "auditor": "", "minister-designate": "",
    # sport: positions and standing
    "midfielder": "", "striker": "", "defender": "", "defenceman": "m", "defenseman": "m",
    "goalkeeper": "", "goaltender": "", "goalie": "", "keeper": "", "forward": "", "winger": "",
    "fullback": "", "quarterback": "", "pitcher": "", "catcher": "", "shortstop": "", "rookie": "",
    "captain": "", "skipper": "", "boss": "", "champion": "", "seed": "", "batsman": "m", "bowler": "",
    "jockey": "", "trainer": "", "driver": "", "rider": "", "cyclist": "", "skier": "", "swimmer": "",
    "sprinter": "", "runner": "", "boxer": "", "fighter": "", "golfer": "", "lock": "", "prop": "",
    "flanker": "", "fly-half": "", "scrum-half": "", "centre-back": "", "full-back": "", "playmaker": "",
    "teammate": "", "newcomer": "", "youngster": "", "teenager": "", "veteran": "", "peer": "",
    "backbencher": "", "frontbencher": "", "winner": "", "pastor": "", "priest": "m", "nun": "f",
    "mep": "", "mla": "", "mpp": "", "mna": "", "organist": "", "retiree": "", "cashier": "",
    "farmer": "",
    # where someone is from, what they do, what befell them
    "native": "", "teen": "", "paramedic": "", "firefighter": "", "pilot": "", "netminder": "",
    "landlord": "", "tenant": "", "homeowner": "", "commuter": "", "passenger": "", "volunteer": "",
    "protester": "", "protestor": "", "demonstrator": "", "defendant": "", "plaintiff": "",
    "accused": "", "suspect": "", "inmate": "", "soldier": "", "engineer": "", "architect": "",
    "accountant": "", "surgeon": "", "dentist": "", "pharmacist": "", "veterinarian": "",
    "epidemiologist": "", "virologist": "", "psychologist": "", "biologist": "", "technician": "",
    "granddaughter": "f", "grandson": "m", "niece": "f", "nephew": "m", "girlfriend": "f",
    "boyfriend": "m",
}

# Nationalities and origins that news writes as nouns for a person ("the Russian said").
DEMONYMS = set("""
american canadian british briton englishman englishwoman scot welshman irishman frenchman
frenchwoman german italian spaniard portuguese dutchman dutchwoman belgian swiss austrian swede
norwegian dane finn icelander pole czech slovak hungarian romanian bulgarian serb serbian croat
croatian slovenian bosnian greek turk russian ukrainian belarusian georgian armenian israeli
palestinian lebanese syrian iraqi iranian saudi egyptian moroccan algerian tunisian libyan
nigerian kenyan ghanaian ethiopian somali african zimbabwean indian pakistani afghan
bangladeshi lankan nepalese chinese japanese korean vietnamese thai filipino indonesian
malaysian singaporean australian zealander kiwi mexican brazilian argentine argentinian
chilean colombian peruvian venezuelan cuban jamaican haitian quebecer quebecker albertan
ontarian manitoban newfoundlander torontonian montrealer vancouverite texan californian
yorker londoner parisian berliner catalan basque kurd uzbek kazakh latvian lithuanian
estonian moldovan albanian macedonian montenegrin cypriot maltese luxembourger monegasque
""".split())

# Members of a party, written as nouns: "a New Hampshire Democrat" describes, it does not name.
PARTY_MEMBERS = {"democrat", "republican", "liberal", "conservative", "tory", "libertarian",
                 "independent", "green", "socialist", "nationalist", "unionist", "new democrat"}

# Nouns that name someone as another's relative ("her son Luc", "mother of Sean Smith").
FAMILY_NOUNS = {
    "son", "daughter", "brother", "sister", "mother", "father", "mom", "mum", "dad", "wife",
    "husband", "parent", "parents", "child", "children", "grandson", "granddaughter", "grandmother",
    "grandfather", "niece", "nephew", "cousin", "uncle", "aunt", "widow", "widower", "fiancé",
    "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "stepson", "stepdaughter",
    "stepfather", "stepmother", "sons", "daughters", "brothers", "sisters", "twin", "sibling",
}

# Nouns that stand for an organisation when a text refers back to it ("the company said").
ORG_NOUNS = {
    "company", "firm", "group", "ministry", "department", "government", "agency", "party",
    "union", "association", "council", "committee", "commission", "board", "police", "service",
    "court", "organization", "organisation", "office", "campaign", "administration", "bank",
    "university", "college", "school", "hospital", "network", "team", "club", "league", "newspaper",
    "paper", "station", "authority", "corporation", "institute", "foundation", "charity", "force",
    "regulator", "city", "province", "state", "county", "municipality", "federation", "embassy",
    "coalition", "alliance", "society", "centre", "center", "airline", "retailer", "broadcaster",
    "watchdog", "lab", "laboratory", "agency", "bureau", "tribunal", "army", "navy", "military",
    "utility", "railway", "railroad", "automaker", "carmaker", "supplier", "startup", "studio", "provider",
    "conglomerate", "franchise",
}

# Words inside a proper name that make it an organisation, not a person.
ORG_NAME_WORDS = ORG_NOUNS | {
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "co", "co.", "llc", "plc", "news", "times", "post",
    "press", "journal", "herald", "star", "globe", "mail", "sun", "tribune", "gazette", "media",
    "ministry", "parliament", "senate", "house", "congress", "assembly", "statistics", "reuters",
    "associated", "canada", "canadian", "american", "british", "national", "international",
    "federal", "royal", "united", "nations", "democrats", "republicans", "liberals", "conservatives",
    "house", "white", "pentagon", "kremlin", "fund", "trust", "systems", "technologies", "energy",
    "airlines", "airways", "motors", "pharmaceuticals", "health", "hydro", "transit", "railway", "rail",
}

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GROUP_PRONOUNS = {"they", "them", "we", "it"}

MONTHS_AND_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.",
    "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec",
    "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}

# Common given names in English-language news, by the gender they most often go with.
# Only a tie-breaker: what the article itself says (titles, pronouns, roles) comes first.
FEMALE_NAMES = set("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
kayla alexis lori chrissy christy hillary hilary kamala nancy elizabeth michelle melania ivanka
chelsea jill theresa angela justine chrystia catherine jane jody jodie kathleen rachel caroline
andrea christine marissa patty jenny jen jennifer kate kathy katie meghan megan oprah beyonce
taylor rihanna adele serena venus simone naomi greta jacinda ursula nicola priti liz kim karen
leah leslie lucy luna maya mia nina nora paula penny rose ruby sally sophie stella susan tina
tracy valerie vanessa wendy yvonne zoe elaine eileen ellen erin fiona gail hazel holly iris irene
jasmine joanne josephine julia june kristen laurie lena lily lindsay lynn mandy margot megan melanie
monica nadia nicola olga pam peggy rita rosa ruth sabrina sheila sonia sylvia tanya tara vera
veronica wanda whitney yolanda annie bonnie carla carmen claire clara dana dawn eva faith gina
""".split()) | given_names.FEMALE
MALE_NAMES = set("""
james robert john michael david william richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin
carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan
juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie
mike mitt ted rand marco chris tim jeb joe hunter donald doug jim bill bob tom dan dave steve
pierre jagmeet andrew doug jason stephen brian jean-yves francois justin boris vladimir xi emmanuel
angus kevin rob rick ben sam max leo luke liam owen ian neil nigel gordon tony dominic keir rishi
jeremy nick hugh colin craig derek dean duncan eddie frederick glen graham harry howard hugo jake
jim jimmy joel karl ken lee lloyd marcus martin matt miles morgan murray oliver oscar pete phil
ray reginald rex roland rory ross rupert seth shane simon stan stuart ted terence theo toby travis
trevor troy victor vince warren wesley will ahmed mohammed muhammad ali omar hassan ibrahim yusuf
""".split()) | given_names.MALE


# Endings of nouns for someone who does something: organist, retiree, defenceman, rookie aside.
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "ant", "ent", "ive")


def person_noun(word: str) -> bool:
    """Whether a noun the article ties to a name says it is a person ("the organist")."""
    if word in ORG_NOUNS:
        return False
    return word == "year-old" or word in ROLE_NOUNS or word in TITLES or word in FAMILY_NOUNS or \
        (len(word) > 4 and word.endswith(AGENT_ENDINGS))
