"""Kinds of sources, and whether a source is named at all.

The kind is read from the words the article uses for the source: its head word
("ministry", "official", "newspaper"), its titles ("Sen.", "Gen."), its appositives
("Jane Roe, an economist at ...") and, for proper names, a short list of well-known
news organisations and of countries (which speak through their governments).

The rule for people and bodies: a person speaking from a public office (minister, MP,
judge, mayor, police chief, party leader, chairman of a public commission, a reigning head
of state named by title: "Pope Francis", "King Abdullah", "the Queen", a crown prince) and
any spokesperson is ``OFFICIAL``; church leaders below the Pope ("Cardinal X") and other
royals ("Prince Harry") speak from no public office and stay ``PERSON``; a company, club,
union, party, league or charity is ``ORGANIZATION``, and so are the people who speak for it
by a private post (chief executive, club manager, coach: ``PERSON``, unless a title says
official); newspapers, broadcasters and agencies are ``MEDIA``; armies and officers by rank
are ``MILITARY`` (a rank written out before the name, "General X", "Brigadier X", "Air Chief
Marshal X", or said of it, "X, a retired general"; not "Attorney General X"), but a police
officer by rank ("Detective Sergeant X", "police Lt. X", "Constable X") is ``OFFICIAL``;
ministries, police forces, regulators, watchdogs, countries, public bodies named "X of Y"
("Department of Justice", "Office for National Statistics") and named services ("the Rural
Fire Service") are ``GOVERNMENT``. A proper name that nothing types and nothing makes a person's (no
honorific, gendered word, common first name or full name ending with it) is an
organisation's (``persons.py``).

Anonymity: a source is anonymous when no name identifies it. That is so for a
description of people that is indefinite or bare ("an engineer at the dam", "a
spokesperson for the regulator", "forecasters", "some council members") or of
unnamed organisations ("patient groups", "a company"), and whenever the article says
so ("on condition of anonymity", "unnamed"). Proper names are on record, and so are
definite descriptions of an institution or office ("the ministry", "the mayor"), which
point at one known body, and documents ("an internal audit", "the board papers"),
which are quoted as they stand. An anonymous person keeps the kind of their role
(official, expert, military); with no role the kind is ``ANONYMOUS``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefing.analysis.attribution.genders import is_first_name
from briefing.analysis.attribution.wordclasses import DETERMINERS, POSSESSIVES
from briefing.model import SourceKind

_MEDIA_NAMES = frozenset({
    "reuters", "ap", "afp", "associated press", "agence france-presse", "cnn", "bbc", "nbc",
    "abc", "cbs", "msnbc", "npr", "pbs", "fox", "fox news", "bloomberg", "politico", "axios",
    "huffpost", "huffington post", "breitbart", "buzzfeed", "vox", "slate", "salon", "vice",
    "al jazeera", "tass", "ria novosti", "interfax", "xinhua", "yonhap", "kyodo", "dpa",
    "ansa", "efe", "upi", "cnbc", "c-span", "newsmax", "the daily beast", "daily beast",
    "the hill", "wikileaks", "sky news", "itv", "rt", "sputnik", "reddit", "twitter",
    "tmz", "espn", "sky sports", "bbc sport", "variety", "deadline", "people magazine",
    "us weekly", "e! news", "entertainment weekly", "the hollywood reporter", "billboard",
    "rolling stone", "mail online", "daily mail", "the sun", "the mirror", "anadolu",
    "ria", "itar-tass", "kcna", "irna", "fars", "isna", "mehr", "wafa", "sana", "petra",
})
_MEDIA_WORDS = frozenset({
    "newspaper", "paper", "magazine", "outlet", "broadcaster", "network", "channel", "tabloid",
    "newsletter", "blog", "website", "site", "reporter", "reporters", "journalist",
    "journalists", "columnist", "editor", "editors", "correspondent", "anchor", "news",
    "times", "post", "journal", "tribune", "herald", "gazette", "chronicle", "press",
    "radio", "television", "tv", "daily", "weekly", "media", "telegraph", "guardian",
    "economist", "atlantic", "examiner", "inquirer", "observer", "newsweek",
})
_MILITARY_WORDS = frozenset({
    "army", "navy", "military", "marines", "marine", "troops", "soldiers", "soldier",
    "commander", "commanders", "gen.", "general", "colonel", "col.", "lt.", "sgt.", "adm.",
    "admiral", "maj.", "capt.", "pentagon", "militia", "militias", "forces", "force",
    "brigade", "battalion", "regiment", "fighters", "rebels", "nato", "idf", "sergeant",
    "lieutenant", "captain", "officer", "officers", "airmen", "sailors", "defense", "defence",
})
_GOVERNMENT_WORDS = frozenset({
    "ministry", "department", "government", "administration", "kremlin", "cabinet",
    "parliament", "congress", "senate", "embassy", "agency", "bureau", "police", "court",
    "white", "state", "council", "commission", "authorities", "authority", "regime",
    "treasury", "fbi", "cia", "nsa", "doj", "epa", "irs", "fec", "fda", "cdc", "dhs", "gao",
    "cbo", "sec", "fcc", "ftc", "nih", "usda", "interpol", "u.n.", "un", "eu", "legislature",
    "prosecutors", "prosecutor", "downing", "élysée", "municipality", "city", "county",
    "province", "republic", "kingdom", "office", "watchdog", "regulator", "regulators",
    "nations", "countries", "registry", "inspectorate", "tribunal",
})
_OFFICIAL_WORDS = frozenset({
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
    "minister", "ministers", "secretary", "senator", "senators", "sen.", "rep.", "gov.",
    "sens.", "reps.", "representative", "congressman", "congresswoman", "lawmaker",
    "lawmakers", "legislator", "legislators", "governor", "mayor", "president", "premier",
    "chancellor", "ambassador", "diplomat", "diplomats", "aide", "aides", "adviser", "advisers",
    "advisor", "advisors", "envoy", "commissioner", "judge", "justice", "prosecutor",
    "sheriff", "attorney", "councilman", "councilwoman", "speaker", "staffer", "staffers",
    "administrator", "director", "chief", "deputy", "leader", "leaders", "vice", "pres.",
    "amb.", "mayors", "governors", "delegate", "delegates", "superdelegates",
    "mp", "mps", "msp", "msps", "mep", "meps", "mla", "mlas", "frontbencher",
    "frontbenchers", "backbencher", "backbenchers", "councillor", "councillors", "peer",
    "coroner", "coroners", "detective", "constable", "superintendent", "inspector",
})
_EXPERT_WORDS = frozenset({
    "analyst", "analysts", "expert", "experts", "economist", "economists", "professor",
    "prof.", "researcher", "researchers", "scientist", "scientists", "scholar", "scholars",
    "historian", "historians", "strategist", "strategists", "pollster", "pollsters", "fellow",
    "study", "studies", "survey", "surveys", "poll", "polls", "report", "research",
    "university", "institute", "institution", "think", "tank", "consultant", "consultants",
    "observers", "observer", "specialist", "specialists", "lawyer", "lawyers", "dr.",
    "doctor", "doctors", "physician", "data", "analysis", "index", "forecast", "model",
    "academic", "academics", "forecaster", "forecasters", "meteorologist",
    "meteorologists", "statistician", "statisticians", "epidemiologist", "epidemiologists",
})
CHANNEL_WORDS = frozenset({
    "statement", "statements", "post", "posts", "posting", "tweet", "tweets", "message",
    "messages", "video", "videos", "release", "announcement", "blog", "update", "recording",
    "broadcast", "footage", "clip",
})
"""Heads of the channels a source speaks through ("the post", "a statement", "a tweet"):
not a source of their own, but the words of whoever issued them."""
WEB_ENDING = r"\.(?:com|net|org|co\.uk|tv|fm)\b"
"""The end of a web address that names a publisher ("Loudwire.com")."""
_AGENCY_WORDS = frozenset({"agency", "service", "affiliate", "affiliates", "outlet", "wire",
                           "station", "website", "site", "broadcaster", "network"})
_EXPERT_ENDINGS = ("ologist", "ologists", "chemist", "chemists", "physicist", "physicists",
                   "geneticist", "geneticists", "specialist", "specialists", "scientist",
                   "scientists", "economist", "economists", "statistician", "mathematician")
_ORGANIZATION_WORDS = frozenset({
    "band", "museum", "airline", "fraternity", "sorority", "studio", "label", "zoo",
    "retailer", "manufacturer", "promotion", "promoter", "orchestra", "choir",
    "company", "companies", "firm", "firms", "corporation", "corp.", "inc.", "group", "groups",
    "organization", "organisation", "campaign", "party", "committee", "union", "unions",
    "association", "foundation", "coalition", "pac", "bank", "banks", "club", "league",
    "church", "charity", "nonprofit", "alliance", "movement", "society", "federation",
    "center", "centre", "fund", "project", "team", "board", "llc", "co.", "ltd", "network",
    "industry", "chamber", "caucus", "institute", "watch", "body", "bookmakers", "bookies",
    "insurers", "lenders", "retailers", "carmakers", "manufacturers", "airlines",
})
_ANONYMOUS_HEADS = frozenset({
    "source", "sources", "person", "people", "insider", "insiders", "someone", "somebody",
    "anyone", "anybody", "everyone", "everybody", "individual", "individuals", "official",
    "officials", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "diplomat",
    "diplomats", "staffer", "staffers", "expert", "experts", "analyst", "analysts", "observers",
    "critics", "operatives", "operative", "strategist", "strategists", "lawmakers", "executive",
    "executives", "employee", "employees", "member", "members", "ally", "allies", "confidant",
    "confidants", "associate", "associates", "investigator", "investigators", "officer",
    "officers",
})
_ANONYMITY_MARKERS = frozenset({
    "anonymity", "anonymously", "unnamed", "unidentified", "anonymous", "familiar",
    "briefed", "knowledgeable", "authorized",
})
_PERSON_WORDS = frozenset({
    "man", "woman", "men", "women", "voter", "resident", "mother", "father", "wife",
    "husband", "son", "daughter", "friend", "student", "teacher", "nurse", "worker",
    "supporter", "neighbor", "owner", "veteran", "candidate", "nominee", "businessman",
    "businesswoman", "billionaire", "mogul", "activist", "founder", "co-founder", "ceo",
    "host", "author", "writer", "actor", "actress", "singer", "star", "celebrity", "player",
    "coach", "pastor", "priest", "bishop", "rabbi", "imam", "pope", "he", "she", "i", "mr.",
    "mrs.", "ms.", "frontrunner", "front-runner", "boy", "girl", "kid", "victim", "witness",
})

DOCUMENT_WORDS = frozenset({
    "audit", "audits", "papers", "paper", "document", "documents", "memo", "memos",
    "memorandum", "minutes", "records", "record", "filing", "filings", "letter", "letters",
    "email", "emails", "e-mail", "e-mails", "review", "reviews",
    "assessment", "assessments", "inquiry", "investigation", "figures", "statistics",
    "accounts", "budget", "plan", "draft", "roster", "contract", "agreement", "file",
    "files", "notes", "transcript", "transcripts", "complaint", "lawsuit", "indictment",
    "ruling", "order", "guidance", "rules", "findings", "logs", "log",
})
"""Head words of documents: "an internal audit found", "the board papers describe"."""

_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")
_NOT_PEOPLE = frozenset({
    "paper", "papers", "newspaper", "newspapers", "letter", "letters", "order", "orders",
    "number", "numbers", "computer", "computers", "center", "centre", "register", "monitor",
    "counter", "water", "matter", "chapter", "filter", "poster", "posters", "flyer",
    "tracker", "meter", "headquarters", "quarter", "border", "corridor", "sector", "factor",
    "error", "mirror", "indicator", "indicators", "motor", "power", "layer", "ledger",
    "charter", "cluster", "river", "newsletter", "calendar", "barometer",
    "tower", "answer", "ether", "weather", "character", "banner", "trailer", "browser",
    "server", "servers", "player", "chamber", "merger", "mergers", "megamerger", "cover",
    "offer", "offers", "other", "others", "thriller", "blockbuster", "bestseller", "sticker",
    "disaster", "shelter", "theater", "theatre", "folder", "binder", "buffer", "marker",
})
_PEOPLE_NOUNS = frozenset({
    "people", "person", "persons", "resident", "residents", "student", "students",
    "patient", "patients", "parent", "parents", "agent", "agents", "client", "clients",
    "consultant", "consultants", "participant", "participants", "applicant", "applicants",
    "immigrant", "immigrants", "migrant", "migrants", "tenant", "tenants", "defendant",
    "defendants", "plaintiff", "plaintiffs", "claimant", "claimants", "opponent",
    "opponents", "proponent", "proponents", "respondent", "respondents", "correspondent",
    "correspondents", "nurses", "doctors", "colleague", "colleagues", "staff", "man", "woman",
    "men", "women", "members", "member", "mothers", "fathers", "families", "family",
    "victims", "witnesses", "friends", "neighbours", "neighbors", "farmers", "citizens",
    "citizen", "locals", "journalist", "journalists", "official", "officials", "insider",
    "insiders", "source", "sources", "spokesperson", "spokespeople", "spokesman",
    "spokeswoman", "child", "children", "relative", "relatives", "survivor", "survivors",
    "lawyer", "lawyers", "attorney", "attorneys", "expert", "experts", "analyst", "analysts",
    "mechanic", "mechanics", "deckhand", "deckhands", "pilot", "pilots", "clerk", "clerks",
    "surgeon", "surgeons", "paramedic", "paramedics", "midwife", "midwives", "chef", "chefs",
    "cook", "cooks", "guard", "guards", "pupil", "pupils", "technician", "technicians",
    "crew", "nurse", "doctor", "physician", "physicians", "scientist", "engineer",
})
_INDEFINITE = frozenset({
    "a", "an", "one", "some", "several", "many", "most", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "another", "other",
    "various", "numerous", "certain", "few", "more", "such", "dozen",
})
_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "it", "you", "who", "which", "that",
                       "me", "him", "her", "us", "them", "one", "this", "these", "those"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their",
                       "our", "my", "your", "whose"})


_NOT_AGENTS = frozenset({
    "earlier", "longer", "former", "latter", "further", "together", "whether", "either",
    "neither", "rather", "another", "matter", "manner", "summer", "winter", "dinner",
    "corner", "number", "bigger", "larger", "smaller", "higher", "lower", "better", "greater",
    "stronger", "weaker", "faster", "slower", "harder", "easier", "cheaper", "deeper",
    "wider", "closer", "sooner", "thereafter", "hereafter", "however", "whatever", "forever",
    "wherever", "whenever", "whoever", "november", "december", "october", "september",
    "shoulder", "chapter", "quarter", "pressure", "culture", "feature", "failure", "future",
    "behavior", "behaviour", "favor", "favour", "interior", "exterior", "minor", "major",
    "senior", "junior", "prior", "superior", "inferior", "mirror", "horror", "terror",
    "error", "honor", "honour", "humor", "labor", "labour", "flavor", "vapor", "anchor",
    "corridor", "sector", "factor", "vector", "doctor", "mentor", "actor", "editor",
    "christian", "christians", "median", "guardian", "indian", "asian", "canadian",
})
"""Words with an agent ending that are not (only) nouns of people found by the ending."""


def is_person_noun(head: str) -> bool:
    """True when a common noun names people: "nurse", "engineer", "forecasters", "officials".

    Known role and person words, and agent nouns ("-er", "-or", "-ist", "-ian") that
    are not a known thing ("paper", "letter", "water").
    """
    if head in _NOT_PEOPLE or head in DOCUMENT_WORDS or head in _ORGANIZATION_WORDS:
        return False
    if head in _PEOPLE_NOUNS or head in _PERSON_WORDS or head in _OFFICIAL_WORDS \
            or head in _ANONYMOUS_HEADS or head in _PLURAL_PEOPLE:
        return True
    if head in _EXPERT_WORDS or head in _MILITARY_WORDS:
        return head.endswith(_AGENT_ENDINGS) or head in ("troops", "soldiers", "soldier",
                                                         "marines", "sailors", "airmen")
    return len(head.removesuffix("s")) >= 6 and head.isalpha() \
        and head.endswith(_AGENT_ENDINGS) and head not in _NOT_AGENTS


def is_role_noun(word: str) -> bool:
    """True for a known singular noun of a person's role or trade ("actor", "nurse").

    Only listed words, not agent endings: a capitalised "Walker" or "Hunter" before a
    name is a first name more often than a trade.
    """
    return (word in _PERSON_WORDS or word in _PEOPLE_NOUNS or word in _OFFICIAL_WORDS
            or word in _EXPERT_WORDS) and not word.endswith("s") \
        and word not in _NOT_PEOPLE and word not in DOCUMENT_WORDS and word not in (
            "he", "she", "i", "mr.", "mrs.", "ms.", "vice", "study", "poll", "report",
            "research", "data", "analysis", "index", "forecast", "model", "think", "tank",
            "university", "institute", "institution", "staff", "crew", "family", "member")


def _indefinite(name: str, head: str) -> bool:
    """True for "a/an/some ..." and bare plurals ("officials"), False for "the/its ...".

    A bare singular ("founder of the institute", "reality star") is a title whose name
    stands elsewhere, not an unnamed person.
    """
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    if first in _DEFINITE or first.endswith(POSSESSIVES):
        return False
    if first in _INDEFINITE:
        return True
    return first not in DETERMINERS and head.endswith("s") and not head.endswith("ss")


_PLURAL_PEOPLE = frozenset({
    "protesters", "protestors", "demonstrators", "organizers", "organisers", "investors",
    "regulators", "teachers", "workers", "farmers", "growers", "residents", "voters",
    "supporters", "critics", "patients", "parents", "students", "nurses", "doctors",
    "engineers", "scientists", "campaigners", "advocates", "activists", "owners", "drivers",
    "passengers", "officers", "firefighters", "rescuers", "witnesses", "survivors", "victims",
    "families", "relatives", "neighbours", "neighbors", "locals", "citizens", "shoppers",
    "customers", "consumers", "tenants", "landlords", "employers", "employees",
    "negotiators", "inspectors", "auditors", "prosecutors", "investigators",
})
"""Plural nouns of people: at the start of a sentence they are descriptions, not names."""

COMMON_NOUNS = (_MEDIA_WORDS | _MILITARY_WORDS | _GOVERNMENT_WORDS | _OFFICIAL_WORDS
                | _EXPERT_WORDS | _ORGANIZATION_WORDS | _ANONYMOUS_HEADS | _PERSON_WORDS
                | _PLURAL_PEOPLE) - {
    "times", "post", "journal", "tribune", "herald", "gazette", "chronicle", "telegraph",
    "guardian", "economist", "atlantic", "examiner", "inquirer", "observer", "newsweek",
    "pentagon", "kremlin", "congress", "senate", "parliament", "nato", "idf", "fbi", "cia",
    "nsa", "doj", "epa", "irs", "fec", "fda", "cdc", "dhs", "gao", "cbo", "sec", "fcc", "ftc",
    "nih", "usda", "interpol", "u.n.", "un", "eu", "downing", "élysée", "white", "state",
    "he", "she", "i", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "col.",
    "lt.", "sgt.", "adm.", "maj.", "capt.", "prof.", "pres.", "amb.", "sens.", "reps.",
    "mp", "mps", "msp", "msps", "mep", "meps", "mla", "mlas",
}
"""Common nouns for sources: capitalised only at the start of a sentence."""

COUNTRIES = frozenset({
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
    "burkina", "burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia",
    "comoros", "congo", "croatia", "cuba", "cyprus", "czechia", "denmark", "djibouti", "dominica",
    "ecuador", "egypt", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france",
    "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea",
    "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
    "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati",
    "korea", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
    "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia",
    "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova",
    "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru",
    "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau",
    "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
    "romania", "russia", "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore",
    "slovakia", "slovenia", "somalia", "spain", "sudan", "suriname", "sweden", "switzerland",
    "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey",
    "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "venezuela",
    "vietnam", "yemen", "zambia", "zimbabwe", "britain", "america", "kyiv", "kiev", "moscow",
    "beijing", "washington", "tehran", "london", "paris", "berlin", "ankara", "damascus",
    "pyongyang", "seoul", "tokyo", "jerusalem", "riyadh", "cairo", "baghdad", "kabul", "islamabad",
    "delhi", "brussels",
})
"""Countries and capitals: as sources they speak through their governments."""

_MULTIWORD_COUNTRIES = frozenset({
    "united states", "united kingdom", "the united states", "the united kingdom", "u.s.",
    "uk", "u.k.", "us", "south korea", "north korea", "saudi arabia", "south africa",
    "new zealand", "sri lanka", "costa rica", "el salvador", "ivory coast", "czech republic",
    "dominican republic", "united arab emirates", "the netherlands", "great britain",
})


def _words(names: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for n in names:
        out.update(w.strip(",()").lower() for w in n.split())
    return out


_WEB_NAME_END = re.compile(WEB_ENDING + "$")


def is_media_name(name: str) -> bool:
    """True for a well-known news organisation ("Reuters", "the BBC") or a web address.

    A source named by its web address ("Loudwire.com", "Example.net") is a website that
    publishes: in the news, a news or entertainment site.
    """
    low = name.lower()
    return low in _MEDIA_NAMES or low.removeprefix("the ") in _MEDIA_NAMES \
        or (" " not in low and _WEB_NAME_END.search(low) is not None and len(low) > 6)


def is_country(name: str) -> bool:
    """True when ``name`` is a country (or capital) standing for its government."""
    low = name.lower().strip()
    return low in COUNTRIES or low in _MULTIWORD_COUNTRIES


def is_anonymous(name: str, proper: bool, head: str, words: Iterable[str]) -> bool:
    """True when nobody is named: "a senior official", "an engineer at the dam", "sources".

    See the module's docstring for the rule.
    """
    if proper or name.lower() in _PRONOUNS:
        return False
    if set(words) & _ANONYMITY_MARKERS or head in _ANONYMOUS_HEADS:
        return True
    if head in DOCUMENT_WORDS or not _indefinite(name, head):
        return False
    if is_person_noun(head):
        return True
    # unnamed organisations: "patient groups", "a company", "some firms"
    return head in _ORGANIZATION_WORDS and (head.endswith("s") or name.split()[0].lower()
                                            in _INDEFINITE)


_SEATS_OF_GOVERNMENT = frozenset({"downing street", "number 10", "no 10", "no. 10", "whitehall"})
"""Places whose name stands for the government that sits there (the White House and the
Kremlin are found by their words above)."""


def classify(name: str, proper: bool, head: str, words: Iterable[str],
             anonymous: bool) -> SourceKind:
    """The kind of a source, from its name, head word and everything said about it."""
    ws = _words([name]) | set(words)
    ws |= {w[:-2] for w in ws if w.endswith(("’s", "'s"))  # "Labour's X", "the city's"
           and w[:-2] in _PARTY_OR_GOVERNMENT_WORDS}
    low = name.lower()
    if proper and is_media_name(low):
        return SourceKind.MEDIA
    if proper and ws & _AGENCY_WORDS and (ws & {"news", "media", "tv", "radio", "television"}
                                          or any(is_media_name(w) for w in ws)):
        return SourceKind.MEDIA  # "news agency Anadolu", "CNN affiliate WKRN"
    if proper and _journalist(ws):
        return SourceKind.MEDIA  # "BBC labour affairs correspondent X", "the Guardian's critic"
    if not proper and head in CHANNEL_WORDS:
        return SourceKind.OTHER  # "the post", "a statement": a channel, not a body
    if proper and is_country(name):
        return SourceKind.GOVERNMENT
    if proper and _public_body_of(name) and not ws & _SCHOOL_WORDS:
        return SourceKind.GOVERNMENT  # "US Department of Justice", "Ministry of Communications"
    if head in _MEDIA_WORDS and (proper or head not in ("news", "press", "post", "times")):
        return SourceKind.MEDIA
    if ws & _POLICE_WORDS and ws & _POLICE_RANKS and not ws & _ARMED_WORDS:
        return SourceKind.OFFICIAL  # "Vallejo police Lt. Kenny Park": a police officer
    if head in _MILITARY_HEADS:
        return SourceKind.MILITARY
    if head == "agency" and ws & {"news", "press"}:
        return SourceKind.MEDIA
    if head in _GOVERNMENT_WORDS and head not in ("white", "state", "city", "office"):
        return SourceKind.GOVERNMENT
    if (proper or "Office" in name.split()) and head in ("house", "state", "office") and ws & {
            "white", "department", "oval", "foreign", "home", "cabinet", "war", "national",
            "statistics", "budget", "audit", "fraud", "met", "patent"}:
        return SourceKind.GOVERNMENT
    if proper and low.removeprefix("the ") in _SEATS_OF_GOVERNMENT:
        return SourceKind.GOVERNMENT  # "Downing Street said": the prime minister's office
    if anonymous and head not in _ROLE_KIND_WORDS:
        return SourceKind.ANONYMOUS
    if not proper and head in DOCUMENT_WORDS:
        return SourceKind.OTHER
    if _private_post(ws):
        return SourceKind.PERSON  # "a senior vice president of Acme Consulting"
    if head in _OFFICIAL_WORDS or ws & _OFFICIAL_MARKS or _sovereign(name, proper, head, ws):
        return SourceKind.OFFICIAL
    if ws & _HEAD_WORDS and ws & _PUBLIC_BODY_WORDS:
        return SourceKind.OFFICIAL  # "police chief", "chairman of the commission"
    if ws & {"leader", "leaders"} and ws & _POLITICAL_WORDS:
        return SourceKind.OFFICIAL  # "Commons leader X", "the Tory leader"
    if proper and ws & _PARTY_WORDS and len(name.split()) >= 2 and _looks_personal(name) \
            and not _words([name]) & _PARTY_WORDS \
            and not ws & {"nominee", "candidate", "voter", "supporter", "donor"}:
        return SourceKind.OFFICIAL  # "Liberal Democrat David Laws": a politician
    if ws & {"gen.", "colonel", "col.", "admiral", "adm.", "commander", "lt.",
             "sgt.", "maj.", "military", "army", "navy", "troops", "soldiers", "lt", "col",
             "gen", "maj", "sgt", "capt", "adm", "cmdr", "brigadier", "brig.", "brig",
             "commodore", "corporal", "cpl.", "cpl"}:
        return SourceKind.MILITARY
    if head in _EXPERT_WORDS or ws & {"professor", "prof.", "economist", "analyst", "expert",
                                      "researcher", "scientist", "historian", "pollster",
                                      "strategist", "scholar", "fellow"} \
            or any(w.endswith(_EXPERT_ENDINGS) for w in ws):
        return SourceKind.EXPERT
    if proper and ws & {"firm", "company", "corporation"} and not (
            ws & {"of", "at", "from", "with"} and _looks_personal(name)):
        return SourceKind.ORGANIZATION  # "ratings firm Nielsen", not "X of the firm Y"
    if proper and " and " in name and all(is_country(n) for n in name.split(" and ")):
        return SourceKind.GOVERNMENT  # "France and Germany"
    if head in _ORGANIZATION_WORDS or head in _MEDIA_WORDS:
        return SourceKind.ORGANIZATION
    if proper and head in _BODY_HEADS and len(name.split()) >= 2 \
            and not is_first_name(name.split()[0]):
        if head == "service" and not _words(name.split()[:-1]) & COMPANY_WORDS:
            return SourceKind.GOVERNMENT  # "the Rural Fire Service", "the Prison Service"
        return SourceKind.ORGANIZATION  # "the Federal Opposition"
    if ws & _MEDIA_MARKS and proper:
        return SourceKind.MEDIA
    if anonymous:
        return SourceKind.ANONYMOUS
    if head in _PERSON_WORDS or head.endswith("-year-old"):
        return SourceKind.PERSON  # "the 29-year-old"
    if proper and ws & {"government", "authorities"} and proper_kind(name) is not \
            SourceKind.PERSON:
        return SourceKind.GOVERNMENT  # "the government of Lowen Valley"
    if proper and ws & HONORIFICS:
        return SourceKind.PERSON  # "Mr Okafor", written with or without the full stop
    if proper:
        return proper_kind(name)
    return SourceKind.OTHER


_BODY_HEADS = frozenset({"service", "services", "opposition"})
"""Last words of the names of bodies that are also family names ("Robert Service")."""
_PUBLIC_BODY_HEADS = frozenset({"ministry", "department", "office", "agency", "bureau",
                                "commission", "authority", "inspectorate", "directorate",
                                "secretariat", "administration", "tribunal", "court"})
"""Heads of the names of public bodies written "X of Y" ("Department of Justice")."""
_SCHOOL_WORDS = frozenset({"university", "college", "school", "hospital", "institute"})
"""Words of a school or a hospital, whose departments are no public bodies."""
_POLICE_WORDS = frozenset({"police", "detective", "constable", "sheriff", "sheriff's",
                           "trooper", "patrol"})
"""Words of a police force or its officers."""
_POLICE_RANKS = frozenset({"lt.", "lt", "lieutenant", "sgt.", "sgt", "sergeant", "capt.",
                           "capt", "captain", "commander", "cmdr", "cmdr.", "maj.", "maj",
                           "major", "military"})
"""Ranks a police force shares with the armed forces: in the police, an official's."""
_ARMED_WORDS = frozenset({"army", "navy", "marine", "marines", "forces", "soldiers",
                          "troops", "air", "regiment", "brigade", "battalion"})
"""Words of the armed forces: their police ("military police") is military."""


def _public_body_of(name: str) -> bool:
    """True for the name of a public body written "X of Y" or "X for Y": "US Department of
    Justice", "Office of Fair Trading", "Ministry of Communications" (its head is the word
    before "of", not the last word)."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if word in ("of", "for"):
            return words[i - 1][:1].isupper() and words[i - 1].lower() in _PUBLIC_BODY_HEADS
    return False


_RANKS = frozenset({"general", "gen.", "gen", "colonel", "col.", "col", "lieutenant", "lt.",
                    "lt", "major", "maj.", "maj", "brigadier", "brig.", "brig", "admiral",
                    "adm.", "adm", "commodore", "corporal", "cpl.", "cpl", "sergeant", "sgt.",
                    "sgt", "marshal", "commander", "cmdr", "cmdr."})
"""Military ranks written as titles before a name."""
_OFFICES_BEFORE_GENERAL = frozenset({
    "attorney", "secretary", "surgeon", "inspector", "solicitor", "director", "postmaster",
    "auditor", "comptroller", "accountant", "registrar", "procurator", "advocate", "governor",
    "consul", "paymaster", "vicar", "minister", "receiver", "counsel", "manager",
})
"""Civil offices that "General" follows ("Attorney General", "Director General")."""


def is_military_rank(titles: Sequence[str]) -> bool:
    """True when the titles before a name end with a military rank: "General Tommy Franks",
    "Major General X", "Brigadier Jane Doe", "Air Chief Marshal X", "Lt Col X"; not
    "Attorney General X" or "Director General X" (a civil office), "Fire Marshal X" or
    a police rank ("Detective Sergeant X", "Police Lieutenant X")."""
    if not titles or titles[-1] not in _RANKS or not _POLICE_WORDS.isdisjoint(titles):
        return False
    last, before = titles[-1], (titles[-2] if len(titles) > 1 else "")
    if last == "general":
        return before not in _OFFICES_BEFORE_GENERAL
    if last == "marshal":
        return before in ("air", "field", "chief")
    return True

_HEAD_WORDS = frozenset({"chief", "deputy", "director", "chairman", "chairwoman", "chair",
                         "head", "president", "boss"})
"""Words for the head of a body: of a public body ("the commission") an official."""
_PARTY_WORDS = frozenset({"tory", "labour", "democrat", "republican", "snp", "ukip"})
"""Party words that, before a person's name, make a politician ("Labour's X")."""
_POLITICAL_WORDS = _PARTY_WORDS | {
    "party", "commons", "lords", "house", "senate", "majority", "minority", "opposition",
    "parliamentary", "council", "democratic", "democrats", "republicans", "conservatives",
    "liberals", "green", "greens",
}
"""Words that make a "leader" a political office ("Commons leader", "the Tory leader")."""
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"})
"""Honorifics of a person's name ("Mr Okafor"; British English drops the full stop)."""
_NATIONALITIES = frozenset({
    "british", "english", "scottish", "welsh", "irish", "american", "french", "german",
    "italian", "spanish", "russian", "chinese", "japanese", "indian", "european", "canadian",
    "australian", "dutch", "swiss", "swedish", "korean", "israeli", "iranian", "iraqi",
    "saudi", "turkish", "greek", "polish", "brazilian", "mexican", "african", "asian",
    "united", "royal", "national", "international", "global", "scotland", "england", "wales",
})
"""First words that make a capitalised name a body, not a person ("British Telecom")."""
NATIONALITIES = _NATIONALITIES
"""National adjectives ("British", "Scottish"): alone, no person's name."""
DEMONYMS = frozenset({
    "american", "briton", "englishman", "scot", "scotsman", "welshman", "irishman",
    "frenchman", "frenchwoman", "german", "italian", "spaniard", "russian", "australian",
    "canadian", "brazilian", "argentine", "argentinian", "chilean", "colombian", "mexican",
    "kenyan", "ethiopian", "nigerian", "south african", "swede", "dane", "norwegian", "finn",
    "dutchman", "belgian", "swiss", "austrian", "serb", "croat", "czech", "pole", "ukrainian",
    "romanian", "bulgarian", "greek", "portuguese", "israeli", "egyptian", "moroccan",
    "indian", "pakistani", "japanese", "chinese", "korean", "thai", "new zealander", "kiwi",
    "aussie", "jamaican", "cuban", "venezuelan", "peruvian", "uruguayan", "paraguayan",
    "ecuadorian", "slovak", "slovenian", "hungarian", "latvian", "lithuanian", "estonian",
    "georgian", "armenian", "turk", "iranian", "iraqi", "syrian", "lebanese", "saudi",
    "ghanaian", "cameroonian", "ivorian", "senegalese", "zimbabwean", "zambian",
})
"""Nouns of nationality that stand for a person just named ("said the American")."""
_PLACE_WORDS = frozenset({
    "valley", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "county", "province", "city", "river", "island", "islands", "region", "district", "town",
    "village", "republic", "kingdom", "emirates", "bay", "coast", "mount", "lake", "port",
})
COMPANY_WORDS = frozenset({
    "partners", "holdings", "systems", "technologies", "technology", "labs", "industries",
    "airlines", "airways", "energy", "capital", "ventures", "diagnostics", "pharmaceuticals",
    "pharma", "motors", "media", "solutions", "software", "services", "group", "bank",
    "insurance", "foods", "brands", "global", "international", "enterprises", "cooperative",
    "co-op", "trust", "health", "hospital", "hospitals", "clinic", "airport", "railway",
    "railways", "rail", "transit", "transport", "petroleum", "resources", "mining", "minerals",
    "chemicals", "electronics", "steel", "telecom", "communications", "properties",
    "shipping", "logistics", "electric",
})
"""Words that make a proper name a company or similar body ("Acme Diagnostics")."""


_PRIVATE_BODY_WORDS = COMPANY_WORDS | _ORGANIZATION_WORDS - {"party", "caucus", "committee",
                                                              "board", "body", "campaign"} | {
    "publishing", "publisher", "publishers", "consulting", "consultancy", "inc", "inc.",
    "studios", "records", "entertainment", "relations", "university", "college", "school",
    "cinemas", "productions", "pictures", "investments", "securities", "advisors",
}
"""Words of a private body: its president or vice president holds no public office."""
_PRIVATE_RANKS = frozenset({"senior", "executive", "assistant", "regional", "associate",
                            "corporate", "global"})


# Word sets that ``classify``, ``_private_post`` and ``_looks_personal`` test, built once.
_PARTY_OR_GOVERNMENT_WORDS = _PARTY_WORDS | _GOVERNMENT_WORDS
_MILITARY_HEADS = _MILITARY_WORDS - {"officer", "officers", "defense", "defence", "force"}
_ROLE_KIND_WORDS = (_OFFICIAL_WORDS | _EXPERT_WORDS | _MILITARY_WORDS | _ORGANIZATION_WORDS
                    | _MEDIA_WORDS)
_OFFICIAL_MARKS = _OFFICIAL_WORDS - {"leader", "leaders", "chief", "deputy", "vice", "director"}
_PUBLIC_BODY_WORDS = _GOVERNMENT_WORDS - {"office", "state", "white"}
_MEDIA_MARKS = _MEDIA_WORDS - {"news", "press", "post", "times", "site", "network"}
_PUBLIC_OFFICE_WORDS = _OFFICIAL_WORDS - {"president", "pres.", "vice", "chief", "deputy",
                                          "director", "leader", "leaders"}
_GOVERNMENT_BODY_WORDS = _GOVERNMENT_WORDS - {"office"}
_NOT_PERSONAL_WORDS = (_ORGANIZATION_WORDS | _GOVERNMENT_WORDS | _MEDIA_WORDS | _MILITARY_WORDS
                       | {"the", "of", "for"})


_JOURNALIST_WORDS = frozenset({
    "correspondent", "reporter", "journalist", "editor", "columnist", "critic", "reviewer",
    "presenter", "anchor", "newsreader", "broadcaster", "commentator", "writer",
})
"""Trades of the people who report for a news outlet."""
_OUTLET_WORDS = _MEDIA_WORDS - {"reporter", "reporters", "journalist", "journalists",
                                "columnist", "editor", "editors", "correspondent", "anchor",
                                "economist", "site", "blog", "press", "daily", "weekly"} | {
    "magazine", "programme", "program", "independent", "standard", "express",
    "mirror", "mail", "sun", "station",
}
"""Words of a news outlet's name or kind ("the Guardian", "the Times", "magazine")."""


def _journalist(ws: set[str]) -> bool:
    """True for a reporter, editor or critic of a named news outlet.

    "BBC labour affairs correspondent", "the Guardian's film critic", "ITV news
    presenter", "a reporter for the Daily Herald": the trade and the outlet both said
    (a party word before "correspondent" names a beat, not a post).
    """
    parts = {p for w in ws for p in w.split("-")}
    if not parts & _JOURNALIST_WORDS:
        return False
    outlets = {w.removesuffix("’s").removesuffix("'s") for w in ws}
    return bool(outlets & _OUTLET_WORDS) or any(is_media_name(w) for w in outlets)


_SOVEREIGN_TITLES = frozenset({"pope", "king", "queen", "emperor", "empress", "sultan", "emir"})
"""Titles of a head of state: "Pope Francis", "King Abdullah", "the Queen" speak from office."""


def _sovereign(name: str, proper: bool, head: str, ws: set[str]) -> bool:
    """True for a reigning head of state named by title ("Pope Francis", "Saudi King
    Salman", "the Queen", "the pope", "Crown Prince Mohammed bin Salman").

    The title is said of the name, not a word of it ("Burger King", "Billie Jean King"
    are no kings); a title alone after "the" ("the King", "the Pope") is the office
    itself, but not a bare "King", which may be a surname.
    """
    if ("crown" in ws and "prince" in ws) or (not proper and head in _SOVEREIGN_TITLES):
        return True
    if not proper or not ws & _SOVEREIGN_TITLES:
        return False
    own = _words([name])
    return not own & _SOVEREIGN_TITLES or ("the" in ws and own <= _SOVEREIGN_TITLES)


def _private_post(ws: set[str]) -> bool:
    """True for a president or vice president of a company or another private body.

    "president" alone is a head of state; "a senior vice president", "vice president
    for policy studies at the Cato Institute", "president and publisher of Grand
    Central Publishing" are posts in a company, an institute or a club, unless the
    words also hold a public office or a public body ("president of the commission").
    """
    if not ws & {"president", "pres."}:
        return False
    if ws & _PUBLIC_OFFICE_WORDS or ws & _GOVERNMENT_BODY_WORDS:
        return False
    if any(is_country(w) for w in ws) or ws & _NATIONALITIES or ws & _POLITICAL_WORDS:
        return False
    return bool(ws & _PRIVATE_BODY_WORDS) or ("vice" in ws and bool(ws & _PRIVATE_RANKS))


LEGAL_SUFFIXES = frozenset({"co", "corp", "inc", "ltd", "plc", "llc", "gmbh", "ag", "nv",
                            "pty", "corporation", "company", "bhd", "kk"})
"""Last words of a company's registered name ("Eastman Kodak Co", "Nissan Motor Co Ltd")."""


def is_company_name(name: str) -> bool:
    """True for a name of two words or more that ends with a company's legal suffix."""
    parts = name.split()
    return len(parts) >= 2 and parts[-1].strip(".,").lower() in LEGAL_SUFFIXES \
        and parts[-1][:1].isupper()


def proper_kind(name: str) -> SourceKind:
    """The kind of a proper name that no word of the article has typed."""
    parts = [p.strip(".,").lower() for p in name.split()]
    if set(parts) & COMPANY_WORDS or is_company_name(name):
        return SourceKind.ORGANIZATION
    if set(parts) & _PLACE_WORDS:
        return SourceKind.GOVERNMENT
    if len(parts) == 1:
        return SourceKind.ORGANIZATION if name.isupper() and len(name) > 1 else SourceKind.OTHER
    if _looks_personal(name):
        return SourceKind.PERSON
    return SourceKind.OTHER


_PARTICLES = frozenset({"bin", "ibn", "bint", "van", "von", "der", "den", "de", "da", "di",
                        "du", "del", "della", "dos", "das", "la", "le", "ter", "ten", "al", "el"})
"""Lower-case words inside a person's name ("Osama bin Laden", "Vincent van Vilsteren")."""
_ARTICLE_PREFIXES = ("al-", "el-")
"""Arabic article before a family name ("Haider al-Abadi")."""
_GROUP_FIRST_WORDS = frozenset({"jabhat", "ansar", "ahrar", "jaish", "jund", "harakat", "liwa",
                                "kataib", "saraya", "asaib", "hayat", "tahrir", "dar", "bayt"})
"""First words of Arabic names of groups and bodies ("Jabhat al-Nusra", "Ansar al-Sharia")."""


JOINED_PARTICLE = re.compile(r"(?:de|du|da|di|van|von|le|la|del|della|dos|das|ter|ten)"
                             r"[A-Z][a-z]")
"""A surname that joins its particle to it ("duPlessis", "vanDyke", "deVries")."""


def _name_word(part: str, first: bool) -> bool:
    """True for a word that may stand in a person's name: capitalised, or a particle.

    A particle ("bin", "van", "de") or a word with an Arabic article ("al-Abadi") may
    not open the name; a surname joined to its particle ("duPlessis") is capitalised.
    """
    if part[:1].isupper() or (not first and JOINED_PARTICLE.match(part) is not None):
        return True
    if first:
        return False
    if part in _PARTICLES:
        return True
    return part.startswith(_ARTICLE_PREFIXES) and part[3:4].isupper()


def _looks_personal(name: str) -> bool:
    """A proper name of two to four capitalised words with no organisation word.

    Name particles count as words of the name ("Osama bin Laden", "Haider al-Abadi"),
    but not after the first word of a group's Arabic name ("Jabhat al-Nusra").
    """
    parts = name.split()
    if not 1 <= len(parts) <= 4 or not all(_name_word(p, i == 0) for i, p in enumerate(parts)):
        return False
    if not parts[-1][:1].isupper() and not parts[-1].startswith(_ARTICLE_PREFIXES) \
            and JOINED_PARTICLE.match(parts[-1]) is None:
        return False  # "Osama bin", "Ludwig van": the family name is missing
    if not all(p[:1].isupper() for p in parts) and (
            parts[0].lower() in _GROUP_FIRST_WORDS or any(is_country(p) for p in parts)):
        return False  # "Ansar al-Sharia", "Banco de Mexico"
    low = {p.lower().strip(".,") for p in parts}
    first = parts[0].lower()
    for end in ("’s", "'s"):
        first = first.removesuffix(end)
    if first in _NATIONALITIES or first in COUNTRIES:
        return False  # "British Telecom", "France's Snecma", "Scotland Yard"
    return not low & _NOT_PERSONAL_WORDS
