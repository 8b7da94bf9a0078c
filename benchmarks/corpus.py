"""A synthetic news corpus for the scale benchmark: N articles in .txt, .md and .html.

    python benchmarks/corpus.py OUT_DIR -n 1000 [--seed 0] [--formats txt,md,html]

Every article is written here, by recombining sentence patterns of this module's own
(subjects, officials, agencies, fictional places, verbs, numbers) into ~800 words in 8-15
paragraphs: direct quotes, attributions ("X said", "according to Y", anonymous officials),
hedges ("may", "reportedly", "it is unclear whether") and competing claims. No third-party
text is used; the places, people, agencies and publishers are made up.

Formats, in turn by index:

* ``.txt``: like the seed: title line, optional bullet highlights, paragraphs, optional
  "Read the original article on X" closing line;
* ``.md``: YAML front matter (title, url, publisher, author, date in 2026, tags), then
  paragraphs with the odd sub-heading and link;
* ``.html``: a saved news page: title, og:site_name, canonical, author and date meta in the
  head; nav, share, newsletter and footer boilerplate around the article's paragraphs.

Deterministic: article ``i`` depends only on ``(seed, i)`` (its own ``random.Random``), so a
corpus of 100 is the first 100 files of a corpus of 1,000. No clock is read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("txt", "md", "html")

# ---------------------------------------------------------------------------------------
# Vocabulary. All names are invented for this benchmark.

PLACES = (
    "Ashford Vale", "Brennick", "Calder Bay", "Dunmere", "Eastholm", "Farrow Cross",
    "Glenarrow", "Harwick", "Istley", "Jessop Point", "Kellmoor", "Lindenfield", "Marrowgate",
    "Northbridge", "Oakhaven", "Port Elin", "Quarry Hill", "Redmarsh", "Saltcombe", "Thornbury",
    "Upper Wyle", "Vennick", "Westfall", "Yarrowby", "Aldermoor", "Bexley Ford", "Coldwater",
    "Drayfield", "Emberton", "Fenwick Heath", "Greystone", "Holloway Reach", "Ivel Bridge",
    "Kestrel Bay", "Larchmont Sands", "Millbeck", "Newstead Ridge", "Orwell Crossing",
)
REGIONS = (
    "the Northern Province", "the Coastal District", "the Upland Region", "the River Counties",
    "the Eastern Territory", "the Lake District Council area", "the Southern Plains",
)
FIRST = (
    "Amara", "Ben", "Clara", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
    "Keiko", "Liam", "Maya", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Samir", "Tessa",
    "Umar", "Vera", "Wes", "Xenia", "Yusuf", "Zoe", "Adele", "Bruno", "Chiara", "Desmond",
    "Esther", "Felix", "Greta", "Hassan", "Ivy", "Jorge", "Kofi", "Lena", "Marco", "Nadia",
    "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Ursula", "Viktor", "Wanda", "Yara", "Zane",
)
LAST = (
    "Abernathy", "Baptiste", "Castellan", "Delacroix", "Ellwood", "Fairbairn", "Gallagher",
    "Halvorsen", "Ishikawa", "Jankowski", "Kowalczyk", "Lindqvist", "Mbeki", "Novak", "Okafor",
    "Petrakis", "Quintero", "Rasmussen", "Sandoval", "Thackeray", "Underhill", "Varga",
    "Whitcombe", "Yilmaz", "Zielinski", "Achterberg", "Brannigan", "Caldwell", "Dunleavy",
    "Eriksen", "Ferreira", "Goldberg", "Hargreaves", "Iwu", "Jovanovic", "Kavanagh", "Lachance",
    "Moreau", "Nakamura", "Oyelaran", "Pellegrini", "Rourke", "Szabo", "Tanaka", "Valdez",
    "Wojcik", "Yamamoto", "Zamora", "Ashworth", "Blackwood", "Carrington", "Dempsey",
)
PUBLISHERS = (
    ("The Harbor Ledger", "harborledger.example"),
    ("Daily Meridian", "dailymeridian.example"),
    ("The Northbridge Courier", "northbridgecourier.example"),
    ("Coastline Post", "coastlinepost.example"),
    ("The Civic Observer", "civicobserver.example"),
    ("Valley Standard", "valleystandard.example"),
    ("The Morning Signal", "morningsignal.example"),
    ("Provincial Review", "provincialreview.example"),
)
UNIVERSITIES = (
    "the University of Northbridge", "Calder Bay Polytechnic", "the Institute for Public Policy",
    "Redmarsh College", "the Centre for Regional Studies", "Westfall University",
)
ANON = (
    "A senior official", "Two people familiar with the matter", "One person briefed on the talks",
    "A government official", "A former adviser", "Several staff members",
    "A person with knowledge of the negotiations", "An official at the ministry",
)
WEEKDAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
            "on Saturday", "on Sunday", "late on Tuesday", "earlier this week", "last week")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SAID = ("said", "said", "said", "told reporters", "added", "wrote in a statement",
        "said in an interview", "told a news conference")


@dataclass(frozen=True, slots=True)
class Topic:
    """The subject matter an article recombines."""

    tag: str
    things: tuple[str, ...]
    """Noun phrases for the matter at hand, with their article."""
    agencies: tuple[str, ...]
    groups: tuple[str, ...]
    """Plural noun phrases for the people affected."""
    problems: tuple[str, ...]
    measures: tuple[str, ...]
    """Quantities that go up and down."""
    actions: tuple[str, ...]
    """Past-tense verb phrases; ``{thing}`` is filled in."""
    futures: tuple[str, ...]
    """Bare-infinitive verb phrases for hedged predictions."""


TOPICS = (
    Topic("transport",
          ("the northern rail link", "the tram extension", "the new ring road",
           "the harbour ferry contract", "the airport expansion"),
          ("the Transport Ministry", "the Regional Rail Authority", "the Roads Agency",
           "the city council"),
          ("commuters", "rail unions", "local businesses", "residents near the route"),
          ("repeated signal failures", "cost overruns", "a shortage of drivers",
           "delays in the planning process", "a dispute over land"),
          ("ticket prices", "passenger numbers", "the project's budget", "journey times"),
          ("delayed the opening of {thing}", "approved extra funding for {thing}",
           "suspended work on {thing}", "ordered a review of {thing}",
           "cancelled a tender for {thing}"),
          ("be delayed again", "cost more than planned", "open in stages",
           "be scaled back", "need further public money")),
    Topic("water",
          ("the reservoir upgrade", "the new treatment plant", "the flood barrier",
           "the hosepipe ban", "the pipeline to the coast"),
          ("the Water Authority", "the Environment Agency", "the regional utility",
           "the Ministry of Agriculture"),
          ("farmers", "households", "anglers", "small growers", "hospitals"),
          ("a prolonged drought", "leaking mains", "contamination at an intake",
           "a failed pump station", "falling groundwater levels"),
          ("water bills", "reservoir levels", "daily consumption", "leakage rates"),
          ("extended the restrictions on {thing}", "brought forward {thing}",
           "paused spending on {thing}", "defended its handling of {thing}",
           "commissioned an inquiry into {thing}"),
          ("be extended into the autumn", "force further restrictions", "take years to fix",
           "push bills higher", "be challenged in court")),
    Topic("health",
          ("the hospital merger", "the new cancer unit", "the clinic closure plan",
           "the vaccination drive", "the ambulance contract"),
          ("the Health Ministry", "the hospital trust", "the medical council",
           "the public health agency"),
          ("nurses", "patients", "junior doctors", "care home operators", "pharmacists"),
          ("staff shortages", "long waiting lists", "a computer outage",
           "a shortfall in funding", "a spike in admissions"),
          ("waiting times", "bed occupancy", "the number of vacancies", "overtime costs"),
          ("postponed {thing}", "announced a review of {thing}", "scaled back {thing}",
           "defended {thing}", "promised new money for {thing}"),
          ("face further strikes", "be reversed", "need more staff than planned",
           "run over budget", "be delayed until next year")),
    Topic("economy",
          ("the trade agreement", "the factory closure", "the new tax on imports",
           "the steel plant rescue", "the port privatisation"),
          ("the Finance Ministry", "the central bank", "the Competition Authority",
           "the chamber of commerce"),
          ("workers", "exporters", "small firms", "shareholders", "pensioners"),
          ("weak demand", "rising energy costs", "a slump in orders",
           "a currency shock", "disruption to supply chains"),
          ("unemployment", "inflation", "export earnings", "the trade deficit"),
          ("signed off on {thing}", "put {thing} on hold", "criticised {thing}",
           "opened talks on {thing}", "revised its forecast after {thing}"),
          ("cost thousands of jobs", "be renegotiated", "lift prices further",
           "collapse before the deadline", "take effect next spring")),
    Topic("courts",
          ("the corruption trial", "the planning appeal", "the inquiry into the fire",
           "the class action", "the extradition case"),
          ("the prosecutor's office", "the High Court", "the police watchdog",
           "the Justice Ministry"),
          ("the families of the victims", "defence lawyers", "witnesses", "campaigners"),
          ("missing evidence", "a procedural error", "a conflict of interest",
           "delays in disclosure", "a leak of sealed documents"),
          ("legal costs", "the number of witnesses", "the backlog of cases",
           "the length of the hearings"),
          ("adjourned {thing}", "reopened {thing}", "narrowed the scope of {thing}",
           "appealed the ruling in {thing}", "asked for more time in {thing}"),
          ("be delayed by months", "end in a retrial", "reach the supreme court",
           "be settled out of court", "expose further failings")),
    Topic("energy",
          ("the offshore wind farm", "the grid connection", "the coal plant closure",
           "the new nuclear reactor", "the solar subsidy scheme"),
          ("the Energy Regulator", "the grid operator", "the Ministry of Energy",
           "the state power company"),
          ("households", "energy-intensive firms", "coastal communities", "installers"),
          ("a shortage of turbines", "grid congestion", "a legal challenge",
           "soaring construction costs", "an unplanned outage"),
          ("power prices", "output", "connection fees", "emissions"),
          ("approved {thing}", "delayed {thing}", "cut support for {thing}",
           "launched a review of {thing}", "backed {thing} despite objections"),
          ("raise bills", "miss its target date", "be sold to a foreign buyer",
           "need a new licence", "be expanded")),
    Topic("education",
          ("the school rebuilding programme", "the exam reform", "the university funding deal",
           "the teachers' pay offer", "the closure of rural schools"),
          ("the Education Ministry", "the schools inspectorate", "the teachers' union",
           "the district school board"),
          ("parents", "teachers", "students", "head teachers", "school governors"),
          ("crumbling buildings", "a shortage of teachers", "falling enrolment",
           "a budget freeze", "a marking error"),
          ("class sizes", "exam pass rates", "tuition fees", "the repair backlog"),
          ("pulled {thing}", "defended {thing}", "redrafted {thing}",
           "postponed {thing}", "won support for {thing}"),
          ("be phased in over three years", "face a legal challenge", "lead to walkouts",
           "be watered down", "cost more than estimated")),
)

ROLES = (
    "the mayor of {place}", "a spokesperson for {agency}", "the head of {agency}",
    "an economist at {uni}", "a councillor in {place}", "a lawyer representing {group}",
    "the chair of the {place} residents' association", "a researcher at {uni}",
    "an opposition lawmaker", "the deputy minister", "a union organiser in {place}",
)

CLAIMS = (
    "{thing} would cost about {money}",
    "{measure} had risen by {pct} percent since {month}",
    "{count} {group} had been affected so far",
    "{agency} had known about {problem} for {n} months",
    "work on {thing} was {n} weeks behind schedule",
    "{problem} had been largely to blame",
    "the decision had been taken without consulting {group}",
    "{group} in {place} would bear most of the cost",
    "{measure} had been forecast to fall by {pct} percent by the end of the year",
    "the plan had been approved by a narrow margin",
    "at least {count} {group} had written to complain",
    "{problem} had been flagged in an internal report in {month}",
    "the figures published last year were wrong",
    "{thing} was still on track",
)
COUNTERS = (
    "the figures were exaggerated",
    "{measure} had in fact fallen",
    "{problem} had been resolved in {month}",
    "{group} had been consulted at every stage",
    "the cost estimate left out {money} in extra spending",
    "no such report existed",
    "the delay was caused by {problem}, not by the contractor",
)
QUOTES = (
    "We have been clear from the start that {thing} will be finished",
    "Nobody in {place} was told what was happening",
    "This is about {group}, not about politics",
    "We are looking at every option, and nothing is off the table",
    "The numbers simply do not add up",
    "I have not seen anything like it in {n} years",
    "We will not accept {problem} as an excuse",
    "People deserve straight answers, and so far they have not had them",
    "It is too early to say what went wrong",
    "We knew this was coming and we did nothing",
    "Our priority is to keep {group} safe",
    "There is no money left, and everybody knows it",
    "We expect a decision within {n} weeks",
    "If this goes ahead, {group} will pay the price",
)
BACKGROUND = (
    "{thing_cap} was first proposed in {year}.",
    "{place}, a town of about {count} people, has long depended on {thing}.",
    "The dispute dates back to {month} {year}, when {agency} {action}.",
    "{agency_cap} has faced criticism over {problem} before.",
    "Similar plans were abandoned in {place2} {n} years ago.",
    "The budget for {thing} is {money}, compared with {money2} the year before.",
    "{count} {group} signed a petition against the plan in {month}.",
    "Concern about {measure} in {region} has grown for years.",
)
HEDGES = (
    "{thing_cap} may {future}.",
    "{agency_cap} reportedly {action}.",
    "It is unclear whether {claim}.",
    "It was not immediately clear whether {claim}.",
    "It remains to be seen whether {thing} will {future}.",
    "Analysts say {thing} could {future}, although forecasts vary widely.",
    "{agency_cap} appears to have {action}.",
    "Some officials fear that {thing} might {future}.",
    "There are signs that {measure} may rise again, but the data are incomplete.",
)
QUESTIONS = (
    "Why {agency} waited so long to act is still not known.",
    "Questions remain over who will pay for {thing}.",
    "Neither {agency} nor the contractor would say when {thing} will be finished.",
    "{agency_cap} did not respond to a request for comment.",
    "How many {group} will be affected has not been made public.",
)
SUBHEADS = ("What happens next", "Background", "The cost", "A long dispute", "Reaction",
            "Why it matters", "Competing accounts")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _number(rng: random.Random) -> str:
    return f"{rng.choice((120, 340, 800, 1200, 2500, 4000, 9000, 15000)) + rng.randint(0, 99):,}"


def _money(rng: random.Random) -> str:
    unit = rng.choice(("million", "million", "billion"))
    value = rng.randint(11, 990) / 10 if unit == "million" else rng.randint(11, 49) / 10
    return f"${value:g} {unit}"


@dataclass(frozen=True, slots=True)
class Person:
    """A named source and the role they are introduced with."""

    name: str
    role: str


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """One synthetic article before it is written out in a format."""

    index: int
    key: str
    """16 hex digits, part of the file name."""
    title: str
    publisher: str
    domain: str
    author: str
    date: dt.date
    tags: tuple[str, ...]
    highlights: tuple[str, ...]
    paragraphs: tuple[str, ...]
    subheads: tuple[tuple[int, str], ...]
    """``(paragraph index, heading)``: a sub-heading placed before that paragraph (md, html)."""
    closing_line: bool
    curly_quotes: bool

    @property
    def url(self) -> str:
        """The canonical address of the made-up original."""
        slug = re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")[:60].rstrip("-")
        return (f"https://www.{self.domain}/{self.tags[0]}/{self.date:%Y/%m/%d}/"
                f"{slug}-{self.key[:6]}")

    @property
    def words(self) -> int:
        """Words in the title, highlights and paragraphs."""
        return sum(len(t.split()) for t in (self.title, *self.highlights, *self.paragraphs))


class _Writer:
    """Sentence factory for one article: one topic, one cast, one random stream."""

    def __init__(self, rng: random.Random, topic: Topic, publisher: str) -> None:
        self.rng = rng
        self.topic = topic
        self.publisher = publisher
        self.place = rng.choice(PLACES)
        self.place2 = rng.choice([p for p in PLACES if p != self.place])
        self.region = rng.choice(REGIONS)
        self.thing = rng.choice(topic.things)
        self.agency = rng.choice(topic.agencies)
        self.rival = rng.choice([a for a in topic.agencies if a != self.agency])
        self.open, self.close = ("“", "”") if rng.random() < 0.5 else ('"', '"')
        self.cast = [self._person() for _ in range(rng.randint(3, 5))]
        self.introduced: set[str] = set()

    def _person(self) -> Person:
        rng = self.rng
        role = rng.choice(ROLES).format(place=rng.choice((self.place, self.place2)),
                                        agency=self.agency, uni=rng.choice(UNIVERSITIES),
                                        group=rng.choice(self.topic.groups))
        return Person(f"{rng.choice(FIRST)} {rng.choice(LAST)}", role)

    def slots(self) -> dict[str, str]:
        """Fresh values for every slot a pattern may use."""
        rng, t = self.rng, self.topic
        thing = self.thing if rng.random() < 0.7 else rng.choice(t.things)
        agency = self.agency if rng.random() < 0.7 else self.rival
        action = rng.choice(t.actions).format(thing=thing)
        slots = {
            "thing": thing, "agency": agency, "group": rng.choice(t.groups),
            "problem": rng.choice(t.problems), "measure": rng.choice(t.measures),
            "place": self.place, "place2": self.place2, "region": self.region,
            "month": rng.choice(MONTHS), "year": str(rng.randint(2009, 2024)),
            "n": str(rng.randint(2, 30)), "pct": str(rng.randint(3, 45)),
            "count": _number(rng), "money": _money(rng), "money2": _money(rng),
            "future": rng.choice(t.futures), "action": action,
            "weekday": rng.choice(WEEKDAYS), "publisher": self.publisher,
        }
        slots["claim"] = rng.choice(CLAIMS).format(**slots)
        slots["counter"] = rng.choice(COUNTERS).format(**slots)
        slots["quote"] = rng.choice(QUOTES).format(**slots)
        for key in ("thing", "agency", "measure"):
            slots[f"{key}_cap"] = _cap(slots[key])
        return slots

    def speaker(self) -> str:
        """A cast member, introduced with full name and role the first time, then by surname."""
        person = self.rng.choice(self.cast)
        if person.name in self.introduced:
            return person.name.split()[-1]
        self.introduced.add(person.name)
        return f"{person.name}, {person.role},"

    def quoted(self, text: str) -> str:
        return f"{self.open}{text}{self.close}"

    def sentence(self, kind: str) -> str:
        """One sentence of the given kind."""
        rng, s = self.rng, self.slots()
        if kind == "report":
            return _cap(rng.choice((
                "{agency} said {weekday} that {claim}.",
                "{agency} confirmed {weekday} that it had {action}.",
                "Officials said {claim}.",
                "{agency} {action} {weekday}, saying {claim}.",
            )).format(**s))
        if kind == "according":
            origin = rng.choice((
                f"a report by {s['agency']}", f"figures released by {s['agency']}",
                f"documents seen by {self.publisher}", f"a briefing note from {s['agency']}",
                self.speaker().rstrip(","),
            ))
            return f"According to {origin}, {s['claim']}."
        if kind == "quote":
            who = self.speaker()
            verb = rng.choice(SAID)
            form = rng.randrange(3)
            if form == 0:
                return f"{self.quoted(s['quote'] + ',')} {who} {verb}."
            if form == 1:
                return f"{who} said: {self.quoted(s['quote'] + '.')}"
            return (f"{self.quoted(s['quote'] + ',')} {who} said, adding that "
                    f"{s['claim']}.")
        if kind == "anon":
            return rng.choice((
                "{anon}, who spoke on condition of anonymity because they were not authorized "
                "to discuss the matter, said {claim}.",
                "{anon} told {publisher} that {claim}.",
                "{anon} said privately that {claim}, though {agency} has not confirmed this.",
            )).format(anon=rng.choice(ANON), **s)
        if kind == "hedge":
            return rng.choice(HEDGES).format(**s)
        if kind == "competing":
            a = self.speaker()
            return rng.choice((
                f"{a} said {s['claim']}, but {s['agency']} disputed that account, saying "
                f"{s['counter']}.",
                f"{_cap(s['agency'])} insists {s['claim']}; {s['group']} say {s['counter']}.",
                f"While {a} maintains that {s['claim']}, critics argue {s['counter']}.",
                f"{_cap(s['agency'])} denied the report and said {s['counter']}.",
            ))
        if kind == "background":
            return rng.choice(BACKGROUND).format(**s)
        return rng.choice(QUESTIONS).format(**s)

    def title(self) -> str:
        s = self.slots()
        return _cap(self.rng.choice((
            "{agency} {action} as costs climb in {place}",
            "Questions mount over {thing} after {problem}",
            "{group_cap} in {place} push back against {thing}",
            "{place} braces for {problem} as {agency} weighs options",
            "{thing_cap} faces new delay, officials say",
            "Row over {thing} deepens as {group} demand answers",
        )).format(group_cap=_cap(s["group"]), **s))


_KINDS = ("report", "according", "quote", "quote", "anon", "hedge", "hedge", "competing",
          "background", "background", "question")


def make_article(seed: int, index: int) -> GeneratedArticle:
    """Article ``index`` of the corpus for ``seed``; depends on nothing else."""
    rng = random.Random(f"briefing-corpus:{seed}:{index}")
    topic = rng.choice(TOPICS)
    publisher, domain = rng.choice(PUBLISHERS)
    w = _Writer(rng, topic, publisher)
    key = f"{rng.getrandbits(64):016x}"
    title = w.title()
    n_paragraphs = rng.randint(8, 15)
    target = rng.randint(680, 800)
    per_paragraph = target / n_paragraphs
    paragraphs: list[str] = []
    for p in range(n_paragraphs):
        sentences = [w.sentence("report" if p == 0 else rng.choice(_KINDS))]
        while sum(len(x.split()) for x in sentences) < per_paragraph * rng.uniform(0.75, 1.1):
            sentences.append(w.sentence(rng.choice(_KINDS)))
        paragraphs.append(" ".join(sentences))
    highlights: tuple[str, ...] = ()
    if rng.random() < 0.4:
        highlights = tuple(w.sentence(rng.choice(("report", "hedge", "background")))
                           for _ in range(3))
    subheads = tuple(sorted({(rng.randint(3, n_paragraphs - 1), rng.choice(SUBHEADS))
                             for _ in range(rng.randint(0, 2))}))
    date = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(365))
    tags = (topic.tag, *sorted(rng.sample(("policy", "local", "politics", "investigation",
                                           "analysis", "region"), 2)))
    first_author = rng.choice(FIRST)
    return GeneratedArticle(
        index=index, key=key, title=title, publisher=publisher, domain=domain,
        author=f"{first_author} {rng.choice(LAST)}", date=date, tags=tags,
        highlights=highlights, paragraphs=tuple(paragraphs), subheads=subheads,
        closing_line=rng.random() < 0.6, curly_quotes=w.open == "“")


# ---------------------------------------------------------------------------------------
# Formats


def to_txt(a: GeneratedArticle) -> str:
    """The seed's shape: title, optional bullets, paragraphs, optional closing line."""
    parts = [a.title, ""]
    if a.highlights:
        parts += [line for h in a.highlights for line in (f"  • {h}", "")]
    for p in a.paragraphs:
        parts += [p, ""]
    if a.closing_line:
        parts.append(f"Read the original article on {a.publisher}")
    return "\n".join(parts).rstrip("\n") + "\n"


def to_md(a: GeneratedArticle) -> str:
    """YAML front matter, then paragraphs with the odd sub-heading and one link."""
    front = [
        "---",
        f"title: {json.dumps(a.title, ensure_ascii=False)}",
        f"url: {a.url}",
        f"publisher: {json.dumps(a.publisher)}",
        f"author: {json.dumps(a.author)}",
        f"date: {a.date.isoformat()}",
        f"tags: [{', '.join(a.tags)}]",
        "---",
        "",
    ]
    heads = dict(a.subheads)
    body: list[str] = []
    for i, p in enumerate(a.paragraphs):
        if i in heads:
            body += [f"## {heads[i]}", ""]
        if i == 1:  # one inline link, as in most hand-written Markdown news copies
            p = re.sub(r"^(\S+ \S+)", rf"[\1]({a.url}#ref)", p, count=1)
        body += [p, ""]
    return "\n".join(front + body).rstrip("\n") + "\n"


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def to_html(a: GeneratedArticle) -> str:
    """A saved news page: metadata in the head, boilerplate around the article."""
    when = f"{a.date.isoformat()}T{6 + a.index % 12:02d}:{a.index % 60:02d}:00Z"
    heads = dict(a.subheads)
    author_slug = a.author.lower().replace(" ", "-")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(a.title)} | {_e(a.publisher)}</title>",
        f'<meta property="og:site_name" content="{_attr(a.publisher)}">',
        f'<meta property="og:title" content="{_attr(a.title)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{_attr(a.url)}">',
        f'<meta name="author" content="{_attr(a.author)}">',
        f'<meta property="article:published_time" content="{when}">',
        f'<meta name="keywords" content="{_attr(", ".join(a.tags))}">',
        *(f'<meta property="article:tag" content="{_attr(t)}">' for t in a.tags),
        '<link rel="stylesheet" href="/static/site.css">',
        "<script>window.dataLayer = window.dataLayer || [];</script>",
        "</head>",
        "<body>",
        '<header class="site-header">',
        f'<a class="logo" href="/">{_e(a.publisher)}</a>',
        '<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li>'
        '<li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li>'
        '<li><a href="/subscribe">Subscribe</a></li></ul></nav>',
        "</header>",
        "<main>",
        '<article class="story">',
        f"<h1>{_e(a.title)}</h1>",
        f'<p class="byline">By <a rel="author" href="/authors/{author_slug}">'
        f"{_e(a.author)}</a> · <time datetime=\"{when}\">{a.date:%B} {a.date.day}, 2026</time></p>",
        '<div class="share"><a href="#">Share</a> <a href="#">Copy link</a></div>',
    ]
    if a.highlights:
        out.append('<ul class="key-points">')
        out += [f"<li>{_e(h)}</li>" for h in a.highlights]
        out.append("</ul>")
    for i, p in enumerate(a.paragraphs):
        if i in heads:
            out.append(f"<h2>{_e(heads[i])}</h2>")
        out.append(f"<p>{_e(p)}</p>")
        if i == 3:
            out.append('<div class="ad" aria-hidden="true">Advertisement</div>')
    out += [
        "</article>",
        '<aside class="newsletter"><h3>Get the morning briefing</h3>'
        "<p>Sign up for our newsletter and never miss a story.</p>"
        '<form><input type="email" placeholder="Email address"><button>Sign up</button></form>'
        "</aside>",
        '<section class="related"><h3>Related stories</h3><ul>'
        '<li><a href="/news/1">More from the region</a></li>'
        '<li><a href="/news/2">Most read this week</a></li></ul></section>',
        "</main>",
        '<footer class="site-footer">',
        f"<p>© 2026 {_e(a.publisher)}. All rights reserved.</p>",
        '<p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a> · '
        '<a href="/contact">Contact us</a></p>',
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


RENDER = {"txt": to_txt, "md": to_md, "html": to_html}


def file_name(a: GeneratedArticle, fmt: str) -> str:
    """``00042_<16 hex>.<fmt>``, in the manner of the seed's name."""
    return f"{a.index:05d}_{a.key}.{fmt}"


def write_article(out_dir: Path, seed: int, index: int,
                  formats: Sequence[str] = FORMATS) -> Path:
    """Write article ``index`` in its format (``formats`` taken in turn) and return its path."""
    a = make_article(seed, index)
    fmt = formats[index % len(formats)]
    path = out_dir / file_name(a, fmt)
    path.write_text(RENDER[fmt](a), encoding="utf-8", newline="\n")
    return path


def write_corpus(out_dir: Path, n: int, seed: int = 0,
                 formats: Sequence[str] = FORMATS) -> list[Path]:
    """Write articles ``0 .. n-1`` into ``out_dir`` (created if missing)."""
    unknown = sorted(set(formats) - set(RENDER))
    if unknown or not formats:
        raise ValueError(f"unknown formats {unknown}; choose from {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_article(out_dir, seed, i, formats) for i in range(n)]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write a corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--formats", default=",".join(FORMATS),
                        help="comma-separated, taken in turn (default: txt,md,html)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("-n must be 0 or more")
    started = time.perf_counter()
    try:
        paths = write_corpus(args.out_dir, args.n, args.seed, args.formats.split(","))
    except ValueError as exc:
        parser.error(str(exc))
    print(f"wrote {len(paths)} articles to {args.out_dir} in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
