"""Names: what a source phrase calls its source, normalised.

"the UK Defense Ministry" -> "UK Defense Ministry"; "Former Florida Gov. Jeb Bush" ->
"Jeb Bush" (titles go to the descriptors); "Jack Dorsey, the company's chief
executive," -> "Jack Dorsey"; "A pro-Russian official" -> "a pro-Russian official";
"The Washington Post" keeps its "The", which is part of the paper's name; "the
government of Lowen Valley" and "Lowen Valley's government" -> "Lowen Valley" (a place
speaks through its government); "Forecasters" at the start of a sentence is a
description ("forecasters"), not a name, because it is a known common noun; "The acting
Trade Minister, Ann Vale," -> "Ann Vale" (an office named in capitals, then its holder);
"Attorney-General Tom Harker" -> "Tom Harker"; "President Carlos de la Vega" keeps "de la";
"Firefighter Robert Savin" -> "Robert Savin" (a trade before a given name and a surname);
"Lowenia's President, Ana Ferro," -> "Ana Ferro"; "General Motors" keeps "General" (what
follows is a company's name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.attribution.genders import is_first_name
from briefing.analysis.attribution.kinds import (
    COMMON_NOUNS,
    HONORIFICS,
    JOINED_PARTICLE,
    WEB_ENDING,
    is_military_rank,
    is_person_noun,
    is_role_noun,
    proper_kind,
)
from briefing.analysis.attribution.tokens import Token, tokenize
from briefing.analysis.attribution.wordclasses import PERSONAL_SUBJECTS
from briefing.model import SourceKind

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that",
                      "this", "these", "those", "one"})

TITLE_WORDS = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.",
    "capt.", "prof.", "rev.", "adm.", "maj.", "sens.", "reps.", "gens.", "pres.", "amb.",
    "president", "vice", "secretary", "senator", "governor", "mayor", "speaker", "minister",
    "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson",
    "leader", "judge", "justice", "attorney", "representative", "congressman",
    "congresswoman", "ambassador", "chancellor", "commissioner", "sheriff", "chief", "former",
    "ex", "king", "queen", "prince", "princess", "pope", "sir", "lord", "dame", "coach",
    "officer", "host", "anchor", "moderator", "founder", "co-founder", "ceo", "executive",
    "candidate", "nominee", "frontrunner", "front-runner", "premier", "general", "colonel",
    "lieutenant", "sergeant", "captain", "admiral", "major", "professor", "doctor", "reverend",
    "deputy", "assistant", "acting", "press", "treasurer", "counsel", "manager", "adviser",
    "advisor", "aide", "strategist", "pollster", "analyst", "economist", "author", "writer",
    "columnist", "reporter", "correspondent", "editor", "publisher", "businessman",
    "businesswoman", "billionaire", "mogul", "activist", "lawmaker", "delegate", "mr", "mrs",
    "ms", "dr", "sen", "rep", "gov", "gen", "mp", "msp", "mep", "mla", "qc", "frontbencher",
    "backbencher", "democrat", "republican", "tory", "labour", "scrum-half", "fly-half",
    "striker", "midfielder", "defender", "goalkeeper", "winger", "skipper", "full-back",
    "flanker", "hooker", "international", "miss", "lt", "col", "maj", "sgt", "capt", "adm",
    "cmdr", "brigadier", "brig", "brig.", "marshal", "corporal", "cpl", "cpl.", "commodore",
    "constable", "detective", "inspector", "superintendent", "supt", "supt.", "det", "det.",
    "archbishop", "bishop", "cardinal", "rabbi", "imam", "pastor", "rev", "baroness",
    "baron",
})
"""Words that, inside a capitalised run, title the name after them ("Sen. Ted Cruz")."""

ORG_WORDS = frozenset({
    "ministry", "department", "office", "agency", "committee", "party", "campaign",
    "institute", "institution", "university", "college", "school", "bureau", "council",
    "commission", "association", "foundation", "group", "center", "centre", "company",
    "corp.", "corp", "inc.", "inc", "co.", "llc", "ltd", "news", "times", "post", "journal",
    "network", "service", "administration", "house", "court", "senate", "congress", "army",
    "navy", "force", "forces", "police", "guard", "board", "union", "federation", "league",
    "coalition", "alliance", "project", "fund", "bank", "club", "church", "society", "trust",
    "authority", "command", "corps", "embassy", "parliament", "government", "pac", "state",
    "states", "nations", "organization", "organisation", "cabinet", "staff", "team",
    "movement", "caucus", "watch", "review", "magazine", "press", "radio", "tv",
})
"""Words that make a capitalised run an organisation: no titles are stripped from it."""
PLACE_WORDS = frozenset({
    "street", "road", "avenue", "lane", "square", "park", "river", "bridge", "city", "county",
    "town", "hall", "station", "airport", "hospital", "prison", "stadium", "palace", "castle",
    "abbey", "island", "valley", "beach", "bay", "harbour", "harbor", "port", "north", "south",
    "east", "west"})
"""Last words of the names of places ("Downing Street", "Harbour Road", "Hallam Bridge")."""


NEWSPAPER_WORDS = frozenset({
    "post", "times", "journal", "guardian", "atlantic", "economist", "hill", "independent",
    "telegraph", "globe", "sun", "herald", "tribune", "observer", "examiner", "gazette",
    "star", "chronicle", "nation", "inquirer", "register", "republic", "spectator", "sentinel",
    "bulletin", "courier", "dispatch", "mirror", "standard", "daily", "week", "intercept",
    "onion", "verge", "blaze", "federalist", "washingtonian", "new yorker", "associated press",
    "new republic",
})
"""Last words of publication names that keep their "The" ("The Washington Post")."""

_AFTER_NAME_TITLES = frozenset({"MP", "MSP", "MEP", "MLA", "QC", "MPs"})
"""Titles written after a name ("Ada Okafor MP")."""
_PARTICLES = frozenset({"of", "for", "the", "and", "&", "de", "van", "von", "al", "bin",
                        "den", "der", "du", "da", "di", "del", "della", "dos", "das", "le",
                        "la", "ibn", "el", "ter", "ten"})
"""Lower-case words inside a capitalised name ("Nick Van den Brul", "Bank of England")."""
_NAME_PARTICLES = _PARTICLES - {"of", "for", "the", "and", "&"}
"""Particles of persons' names, which may follow one another ("de la", "van der")."""
_PREFIXED = re.compile(r"[a-z]{1,3}-[A-Z]|" + JOINED_PARTICLE.pattern)
"""A surname with a lower-case prefix ("al-Jibouri", "el-Sisi", "duPlessis", "vanDyke"),
capitalised all the same."""
_ARTICLES = frozenset({"the", "a", "an"})
_WEB_NAME = re.compile(r"[A-Z][\w-]*(?:\.[\w-]+)*" + WEB_ENDING)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_POSTMODIFIERS = frozenset({
    "of", "for", "at", "in", "from", "with", "on", "by", "to", "among", "within", "inside",
    "near", "under", "over", "against", "about", "across", "familiar", "close", "briefed",
    "involved", "who", "that", "which", "whose", "speaking", "knowledgeable", "aware",
    "authorized", "granted", "told", "said",
})


_BODY_NOUNS = frozenset({"firm", "company", "brand", "band", "label", "site", "website", "app",
                         "outlet", "paper", "newspaper", "channel", "station", "charity",
                         "consultancy", "retailer", "carrier", "airline", "operator"})
"""Nouns of bodies that may come before their name ("IT firm Brindle Data")."""

_GOVERNING = frozenset({"government", "authorities", "administration"})
_POSSESSIVE_ENDS = ("’s", "'s", "’", "'")
"""Possessive endings, longest first: "Growers’", "Okafor’s"."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One way a source is referred to in the text."""

    surface: str
    """The source phrase as it stands (plain text)."""
    name: str
    """Normalised name: a proper name without titles, or the description."""
    proper: bool
    """True when ``name`` is a proper name ("Jeb Bush", "UK Defense Ministry")."""
    pronoun: str | None
    """The pronoun, lower case, when the source is one ("he", "it", "who")."""
    head: str
    """Last word of the name, lower case, without a possessive ("ministry", "bush")."""
    words: frozenset[str]
    """Lower-case words of the whole phrase: titles, appositives, relative clauses."""
    definite: bool
    """True for "the ..." descriptions, which point back to a source already named."""

    @property
    def plural(self) -> bool:
        """True for plural descriptions ("officials") and "they"/"we"."""
        if self.pronoun is not None:
            return self.pronoun in ("they", "we", "these", "those")
        return not self.proper and self.head.endswith("s") and not self.head.endswith("ss")


def _strip_possessive(word: str) -> str:
    if not word.endswith(_POSSESSIVE_ENDS):
        return word  # most words: one test instead of four
    for end in _POSSESSIVE_ENDS:
        if word.endswith(end):
            return word[: -len(end)]
    return word


def _parts(tokens: tuple[Token, ...]) -> list[list[Token]]:
    """The phrase split at commas, with parentheses dropped."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    return [p for p in parts if p]


def _cut_relative(part: list[Token]) -> list[Token]:
    """The part without its relative clause ("officials who spoke ..." -> "officials"),
    also one with no relative word ("the experts I interviewed" -> "the experts")."""
    for i, t in enumerate(part):
        if t.lower in ("who", "whose", "which", "that") and (i > 0 or len(part) > 1):
            return part[:i]
        if i > 0 and t.lower in PERSONAL_SUBJECTS and i + 1 < len(part) \
                and part[i + 1].text.isalpha() and part[i + 1].text.islower():
            return part[:i]
    return part


def _capital(t: Token) -> bool:
    """True for a capitalised word, a number or a prefixed surname ("al-Jibouri")."""
    return t.is_capitalized or t.text[0].isdigit() or _PREFIXED.match(t.text) is not None


def _proper_run(part: list[Token]) -> list[Token] | None:
    """The capitalised run that ends ``part``, if the part ends with a capital."""
    if not part or not _capital(part[-1]):
        return None
    i = len(part)
    while i > 0:
        t = part[i - 1]
        if _capital(t) or (t.lower in _PARTICLES and i < len(part)
                           and _after_capital(part, i - 1)):
            i -= 1
            continue
        break
    run = part[i:]
    while run and run[0].lower in ("of", "for", "and", "&"):
        run = run[1:]
    return run or None


_HYPHEN_TITLE_PARTS = frozenset({"solicitor", "inspector", "auditor", "surgeon", "governor",
                                 "attorney", "secretary", "director", "general", "vice",
                                 "president", "chancellor", "minister", "consul"})


def is_hyphen_title(word: str) -> bool:
    """True for a title written with a hyphen ("attorney-general", "vice-president"),
    each part of which is a word of titles."""
    parts = word.split("-")
    return len(parts) >= 2 and all(p in _HYPHEN_TITLE_PARTS for p in parts)


def _after_capital(part: list[Token], k: int) -> bool:
    """True when the particle at ``k`` follows a capitalised word, directly or through
    other particles of a person's name ("Fernando de la Rua"); not through "of", "the" or
    "and" ("Jaffer of the ACLU", "Two of the Republicans", "Britain and the United States"
    are no one name)."""
    j = k - 1
    if part[k].lower in _NAME_PARTICLES:
        while j >= 0 and part[j].lower in _NAME_PARTICLES:
            j -= 1
    return j >= 0 and part[j].is_capitalized


def _without_titles(run: list[Token]) -> tuple[list[Token], list[str]]:
    """A capitalised run without the titles before the name, and those titles."""
    if len(run) > 2 and run[-1].text in _AFTER_NAME_TITLES:
        rest, titles = _without_titles(run[:-1])  # "Ada Okafor MP"
        return rest, [*titles, run[-1].lower]
    lowered = [_strip_possessive(t.lower) for t in run]
    if lowered[-1] in ORG_WORDS:
        return run, []
    owner = max((i for i, t in enumerate(run[:-1]) if t.text.endswith(("’s", "'s"))),
                default=-1)  # not a plural's "Growers’ Cooperative", part of a name
    if owner >= 0 and any(w not in ORG_WORDS for w in lowered[owner + 1:]):
        rest, titles = _without_titles(run[owner + 1:])  # "Iraq's Trade Minister X"
        return rest, [t.lower for t in run[:owner + 1]] + titles
    last_title = -1
    for i, w in enumerate(lowered[:-1]):
        if w in TITLE_WORDS or is_hyphen_title(w):
            last_title = i
    roles = 0
    while roles < len(run) - 2 and (is_role_noun(lowered[roles]) or _trade(run, roles)):
        roles += 1  # "Actor Robert Blake": a role before a person's full name
    if roles > last_title + 1 and proper_kind(
            " ".join(t.text for t in run[roles:])) is SourceKind.PERSON:
        last_title = roles - 1
    if last_title < 0:
        return run, []
    rest = run[last_title + 1:]
    if len(rest) > 2 and rest[0].lower == "of":  # "Secretary of State John Kerry"
        rest = rest[2:]
    if rest and rest[0].lower == "of":
        return run, []  # "Bishop of Winchester": an office, no name after the title
    if not rest or all(t.lower in COMMON_NOUNS or (
            t.lower.endswith("s") and t.lower[:-1] in TITLE_WORDS) for t in rest):
        return run, []  # "Labour MPs": a description, no name after the title
    if proper_kind(" ".join(t.text for t in rest)) is SourceKind.ORGANIZATION:
        return run, []  # "General Motors", "General Electric": a company's name, no title
    return rest, [t.lower for t in run[: len(run) - len(rest)]]


def _trade(run: list[Token], k: int) -> bool:
    """True when word ``k`` of a capitalised run is a trade before a person's full name:
    a noun of people ("Firefighter", "Trooper") that is no given name, followed by a given
    name and at least one more word ("Firefighter Robert Savarese"); not "Hunter Biden" or
    "Spencer Tracy", where no given name and surname follow the word."""
    word = run[k].lower
    return k + 2 < len(run) and word.isalpha() and is_person_noun(word) \
        and not is_first_name(run[k].text) and is_first_name(run[k + 1].text) \
        and run[k + 1].is_capitalized


def _names_office(run: list[Token]) -> bool:
    """True for a capitalised run that names an office, not who holds it: it ends with a
    title ("Cabinet Minister", "Federal Attorney-General"), not with the word of a body
    ("Foreign Ministry", "Press")."""
    last = _strip_possessive(run[-1].lower)
    if len(run) >= 3 and run[1].lower == "of" and run[0].lower in TITLE_WORDS:
        return True  # "the Bishop of Winchester", "the Secretary of State"
    return (last in TITLE_WORDS or is_hyphen_title(last)) and last not in ORG_WORDS \
        and not is_first_name(run[0].text)  # "Stephen King" is a name


def _holder(part: list[Token]) -> bool:
    """True when ``part`` is a person's name and no more, with or without a title
    ("Daryl Williams", "Mr Howard", "General Musharraf")."""
    if len(part) > 1 and part[0].lower == "the":
        part = part[1:]  # "the Rt Rev Michael Scott-Joynt"
    run = _proper_run(part)
    if run is None or len(run) != len(part) or _common(run) \
            or any(t.lower in _PARTICLES for t in run):
        return False  # "Republican of New York": no person's name
    name, titles = _without_titles(run)
    return _personal_core(part) or (bool(titles) and 1 <= len(name) <= 3
                                    and all(t.is_capitalized for t in name))


def _person_of(run: list[Token]) -> list[Token]:
    """"Ada Okafor" in "Ada Okafor of Acme Capital": a person's name before "of" a body.

    Only when two to four capitalised words before "of" look like a person's name (no
    word of a body, a title or a place: "Bank of England", "United States of America").
    """
    k = next((i for i, t in enumerate(run) if t.lower == "of"), -1)
    if not 2 <= k <= 5 or k == len(run) - 1:
        return run
    before = run[:k]
    capitals = [t for t in before if t.is_capitalized]
    if not before[0].is_capitalized or any(
            t.lower in ORG_WORDS or t.lower in TITLE_WORDS or t.lower in COMMON_NOUNS
            or not (t.is_capitalized or t.lower in _PARTICLES) for t in before):
        return run
    return before if proper_kind(" ".join(t.text for t in capitals)) is SourceKind.PERSON \
        else run


def _personal_core(core: list[Token]) -> bool:
    """True when ``core`` ends with a person's name ("Mr Hirsch", "analyst Ian Hunter")."""
    run = _proper_run(core)
    if run is None or (len(run) < len(core)
                       and core[len(core) - len(run) - 1].text in ("’s", "'s")):
        return False
    name, titles = _without_titles(run)
    if any(_strip_possessive(t.text) != t.text for t in name):
        return False
    if titles and (titles[-1] in HONORIFICS or titles[-1] in ("dr", "dr.")) and len(name) == 1:
        return True
    return len(name) >= 2 and proper_kind(" ".join(t.text for t in name)) is SourceKind.PERSON


def _named_core(core: list[Token]) -> bool:
    """True when ``core`` is a proper name and no more ("Amnesty International" in ...)."""
    run = _proper_run(core)
    return run is not None and len(run) == len(core) and not _common(run) \
        and run[0].lower not in ("one", "none", "half", "some", "many", "most", "all", "each") \
        and all(t.is_capitalized for t in (run[0], run[-1]))


def _trailing_person(part: list[Token], run: list[Token] | None) -> list[Token] | None:
    """"Praful Patel" in "the minister for civil aviation Praful Patel".

    A person's full name (two or more words) that ends a description and follows one
    of its lower-case words, not a preposition or an article ("officials at the State
    Department", "supporters of Ada Okafor" keep their description). ``run`` is
    ``_proper_run(part)``.
    """
    if run is None or len(run) >= len(part) or len(run) < 2:
        return None
    before = part[len(part) - len(run) - 1]
    if not before.text.isalpha() or not before.text.islower() or before.lower in _PARTICLES \
            or before.lower in _ARTICLES or before.lower in _POSTMODIFIERS \
            or before.lower in ("and", "or", "but", "than", "as", "like"):
        return None
    described = [t.lower for t in part[:len(part) - len(run)]]
    if not any(w in TITLE_WORDS or is_role_noun(w) for w in described) \
            or any(w in ORG_WORDS or w in _BODY_NOUNS for w in described):
        return None  # "IT firm Brindle Data": a body's name, not a person's
    name, _titles = _without_titles(run)
    if len(name) < 2 or proper_kind(" ".join(t.text for t in name)) is not SourceKind.PERSON:
        return None
    return run


def _person_after_body(part: list[Token], run: list[Token] | None) -> list[Token] | None:
    """"Ian Roe" in "senior forecaster with the Weather Bureau Ian Roe".

    A role ("forecaster", "spokesman") written with the body it serves, then the name of
    the one who holds it, in one capitalised run: the run is cut after the body's last
    word ("Bureau") when a person's full name of two or three words follows it. ``run``
    is ``_proper_run(part)``.
    """
    if run is None or len(run) < 3:
        return None
    k = max((i for i, t in enumerate(run[:-2]) if t.lower in ORG_WORDS), default=-1)
    tail = run[k + 1:]
    if k < 0 or len(tail) > 3 or any(not t.is_capitalized for t in tail) \
            or proper_kind(" ".join(t.text for t in tail)) is not SourceKind.PERSON:
        return None
    described = [t.lower for t in part[:len(part) - len(run)]]
    if not any(w in TITLE_WORDS or is_role_noun(w) for w in described):
        return None
    return tail


def _without_participle(part: list[Token]) -> list[Token]:
    """"a CBS poll" in "a CBS poll released": a description without its trailing -ed word."""
    if len(part) < 3:
        return part
    last, before = part[-1], part[-2]
    if last.text.isalpha() and last.text.islower() and last.lower.endswith("ed") \
            and before.is_word and not before.lower.endswith("ly") \
            and before.lower not in _ARTICLES and before.lower not in _PARTICLES:
        return part[:-1]
    return part


def _core(part: list[Token]) -> list[Token]:
    """The part before its first post-modifier ("officials" in "officials at the ...")."""
    for i, t in enumerate(part):
        if i > 0 and t.lower in _POSTMODIFIERS:
            return part[:i]
    return part


_INDEFINITE_PRONOUNS = frozenset({"everyone", "everybody", "anyone", "anybody", "someone",
                                  "somebody"})
"""Pronouns that stand for people unnamed ("Everyone I interviewed"), however capitalised."""


def _common(tokens: list[Token]) -> bool:
    """True when every word is a common noun, an article or an indefinite pronoun, whatever
    its capital."""
    return all(t.lower in COMMON_NOUNS or t.lower in _ARTICLES or t.lower in _INDEFINITE_PRONOUNS
               for t in tokens)


def _governed_place(part: list[Token], text: str) -> str | None:
    """"X" in "the government of X" and "X's government", when X is no person's name."""
    toks = part[1:] if part and part[0].lower == "the" else part
    run: list[Token] = []
    if len(toks) >= 3 and toks[0].lower in _GOVERNING and toks[1].lower == "of":
        run = toks[2:]
        if run and run[0].lower == "the":
            run = run[1:]
    elif len(toks) >= 2 and toks[-1].lower in _GOVERNING \
            and _strip_possessive(toks[-2].text) != toks[-2].text:
        run = toks[:-1]
    if not run or not run[0].is_capitalized or not run[-1].is_capitalized or any(
            not (t.is_capitalized or t.lower in ("of", "and", "the")) for t in run):
        return None
    name = _strip_possessive(_join(run, text, 0))
    return name if proper_kind(name) is not SourceKind.PERSON else None


def _role_after_name(part: list[Token]) -> bool:
    """True when a description ends with a person's role after a capitalised name that
    holds a post-modifier ("a Ministry of Transport spokesperson", "a Department for
    Education source"): the role is the head, not the word before "of"."""
    last, cut = part[-1], len(_core(part))
    if not 2 <= cut < len(part) - 2 or part[cut].lower not in ("of", "for") \
            or not part[cut - 1].is_capitalized:
        return False  # "a statement from Pettit's parents", "a poll of Indiana voters"
    name = part[cut + 1:-1]
    return last.text.isalpha() and last.text.islower() \
        and (is_person_noun(last.lower) or last.lower in TITLE_WORDS) \
        and all(t.is_capitalized or t.lower in _PARTICLES for t in name) \
        and name[-1].is_capitalized


def _join(tokens: list[Token], text: str, offset: int) -> str:
    """The words of ``tokens`` as they stand in ``text``, white space collapsed."""
    return " ".join(text[tokens[0].start - offset: tokens[-1].end - offset].split())


def parse_mention(text: str) -> Mention:
    """Read a source phrase: its normalised name, head word, descriptors."""
    surface = " ".join(text.split())
    if "." in surface and _WEB_NAME.fullmatch(surface):  # "Loudwire.com": a website's name
        low = surface.lower()
        return Mention(surface, surface, True, None, low, frozenset({low}), False)
    w = surface.lower()
    if w in PRONOUNS:  # one token: only ASCII letters lower-case to a pronoun's letters
        return Mention(surface, w, False, w, w, frozenset({w}), False)
    tokens = tokenize(surface)
    parts = [_cut_relative(p) for p in _parts(tokens)]
    parts = [p for p in parts if p]
    # what the phrase says of the source, relative clauses aside ("who met the president")
    words = frozenset([t.lower for p in parts for t in p if t.is_word])
    words |= {w for t in words if "-" in t and is_hyphen_title(t) for w in t.split("-")[:1]}
    if any(p[-1].text.islower() and is_military_rank([t.lower for t in _core(p)])
           for p in parts):
        words |= {"military"}  # "Tommy Franks, a retired general,": a rank said of the name
    if not parts:
        return Mention(surface, surface, False, None, surface.lower(), words, False)
    place = _governed_place(parts[0], surface)
    if place is not None:
        head = _strip_possessive(place.split()[-1].lower())
        return Mention(surface, place, True, None, head, words, False)
    for k, part in enumerate(parts):
        run = _proper_run(part)
        trailing = _trailing_person(part, run) or _person_after_body(part, run)
        if trailing is not None:
            part = trailing  # "the minister for civil aviation Praful Patel"
            run = _proper_run(part)
        core = _core(part)
        if len(core) < len(part) and (_personal_core(core) or (
                part[len(core)].lower in ("in", "at", "from") and _named_core(core))):
            part = core  # "Ian Hunter at Acme Capital in Dublin": the person, not the place
            run = _proper_run(part)
        if not (core[-1].is_capitalized or _PREFIXED.match(core[-1].text)) or (
                len(core) < len(part) and _common(core)
                and (core[0].lower in _ARTICLES or core[-1].lower.endswith("s"))):
            continue  # "officials at the State Department": a description
        if run is not None and _common(run):
            continue  # "Sources", "Economists" at the start of a sentence
        if run is None or (len(run) == 1 and run[0].lower in _ARTICLES):
            continue
        if len(part) > len(run) and part[len(part) - len(run) - 1].lower in ("’s", "'s"):
            continue
        name_tokens, _titles = _without_titles(run)
        if (not _titles or all(t.endswith(("’s", "'s")) for t in _titles)) \
                and _names_office(name_tokens) and any(_holder(p) for p in parts[k + 1:]):
            continue  # "The acting Immigration Minister, Daryl Williams,", "Argentina's
            # President, Nestor Kirchner,": the name follows
        if is_military_rank(_titles):
            words |= {"military"}  # "General Tommy Franks", "Brigadier Jane Doe"
        name_tokens = _person_of(name_tokens)
        lowered = [t.lower for t in name_tokens]
        keep_the = any(w in NEWSPAPER_WORDS for w in lowered[1:]) or " ".join(
            lowered[-2:]) in NEWSPAPER_WORDS
        if lowered[0] == "the" and len(name_tokens) > 1:
            name = _join(name_tokens[1:], surface, 0)
            if keep_the:
                name = "The " + name
        elif keep_the and part[len(part) - len(run) - 1:][0].lower == "the" \
                and len(part) > len(run):
            name = "The " + _join(name_tokens, surface, 0)
        else:
            name = _join(name_tokens, surface, 0)
        heads = [t for t in name_tokens if t.lower.rstrip(".") not in _SUFFIXES] or name_tokens
        head = _strip_possessive(heads[-1].lower)
        return Mention(surface, name, True, None, head, words, False)
    first = _without_participle(parts[0])
    name = _join(first, surface, 0)
    if first[0].lower in _ARTICLES or first[0].lower in ("some", "many", "several", "most") \
            or first[0].lower in COMMON_NOUNS or first[0].lower in _INDEFINITE_PRONOUNS:
        name = first[0].lower + name[len(first[0].text):]
    head = _strip_possessive(_without_participle(_core(first))[-1].lower)  # "poll conducted"
    if _role_after_name(first):
        head = first[-1].lower  # "a Ministry of Transport spokesperson": a spokesperson
    definite = first[0].lower in ("the", "this", "that", "these", "those")
    return Mention(surface, name, False, None, head, words, definite)
