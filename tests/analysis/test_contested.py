"""Contested claims: two sources, one says X, the other says not-X."""

from __future__ import annotations

from briefing.analysis.contested import contested, display_name
from briefing.ingest.text import read_text
from briefing.model import Article, Attribution, Source, SourceKind

HARBOUR = """Harbour dispute

The port authority said the new harbour wall had stopped the winter floods in Kestrel Bay.

Fishermen in Kestrel Bay said the harbour wall had not stopped the winter floods at all.

The weather office said more storms were due in March.

The port authority also said the wall cost less than planned.
"""


def article(source: str) -> Article:
    return read_text("t.txt", "t.txt", source)


def attribution(a: Article, sentence: int, who: str, cue: str, content: str,
                quote: bool = False) -> Attribution:
    """An attribution built from the words as they stand in one sentence."""
    s = a.sentences[sentence]

    def span(words: str):  # type: ignore[no-untyped-def]
        i = s.text.index(words)
        return a.span(s.start + i, s.start + i + len(words))

    return Attribution(source=span(who), cue=span(cue), content=span(content), quote=quote,
                       sentence=sentence)


def harbour_sources(a: Article) -> tuple[Source, ...]:
    authority = Source("port authority", SourceKind.OFFICIAL, False, (
        attribution(a, 0, "The port authority", "said",
                    "the new harbour wall had stopped the winter floods in Kestrel Bay"),
        attribution(a, 3, "The port authority", "said", "the wall cost less than planned"),
    ))
    fishermen = Source("Fishermen in Kestrel Bay", SourceKind.PERSON, False, (
        attribution(a, 1, "Fishermen in Kestrel Bay", "said",
                    "the harbour wall had not stopped the winter floods at all"),
    ))
    weather = Source("weather office", SourceKind.OFFICIAL, False, (
        attribution(a, 2, "The weather office", "said", "more storms were due in March"),
    ))
    return (authority, fishermen, weather)


def test_a_negated_claim_of_another_source_makes_a_contest() -> None:
    a = article(HARBOUR)
    (contest,) = contested(harbour_sources(a))
    assert contest.sentence == 0
    assert contest.related == (1,)
    assert contest.question.startswith("Has the new harbour wall stopped the winter floods")
    assert "as the port authority says, while Fishermen in Kestrel Bay say the harbour wall had" \
        in contest.question and contest.question.endswith("?")
    assert contest.cue == "had not stopped"


def test_one_source_never_contests_itself_and_unrelated_claims_do_not_clash() -> None:
    a = article(HARBOUR)
    authority, fishermen, weather = harbour_sources(a)
    same = Source("port authority", SourceKind.OFFICIAL, False,
                  authority.attributions + fishermen.attributions)
    assert contested((same, weather)) == []
    assert contested((authority, weather)) == []


def test_anonymous_and_pronoun_sources_are_left_to_the_other_checks() -> None:
    a = article(HARBOUR)
    authority, fishermen, _ = harbour_sources(a)
    nameless = Source("it", SourceKind.OTHER, False, fishermen.attributions)
    anonymous = Source("a fisherman", SourceKind.ANONYMOUS, True, fishermen.attributions)
    assert contested((authority, nameless)) == []
    assert contested((authority, anonymous)) == []


def test_display_names_read_as_running_text() -> None:
    assert display_name("UK Defense Ministry") == "the UK Defense Ministry"
    assert display_name("The ministry") == "the ministry"
    assert display_name("Ukraine") == "Ukraine"
    assert display_name("port authority") == "the port authority"


def test_only_short_third_person_counter_claims_of_named_sources_make_a_contest() -> None:
    a = article(HARBOUR)
    authority, fishermen, _ = harbour_sources(a)
    study = Source("a study by the harbour trust", SourceKind.OTHER, False,
                   fishermen.attributions)
    alias = Source("Kestrel Bay's harbour master", SourceKind.PERSON, False,
                   fishermen.attributions)
    kestrel = Source("Kestrel Bay council", SourceKind.OFFICIAL, False,
                     authority.attributions)
    assert contested((authority, study)) == []  # no name to say "as X says" with
    assert contested((kestrel, alias)) == []  # one place under two names


def test_a_contest_needs_a_claim_and_its_negation_not_just_one_topic() -> None:
    a = article("Pier\n\nThe council said the pier would reopen to visitors in May and the "
                "cafe would stay shut.\n\n"
                "Traders said the pier would not reopen to visitors in May.\n\n"
                "Anglers said the pier would reopen to visitors, but the council would not "
                "fund the cafe.\n")
    council = Source("council", SourceKind.OFFICIAL, False, (
        attribution(a, 0, "The council", "said",
                    "the pier would reopen to visitors in May and the cafe would stay shut"),))
    traders = Source("Traders", SourceKind.PERSON, False, (
        attribution(a, 1, "Traders", "said", "the pier would not reopen to visitors in May"),))
    anglers = Source("Anglers", SourceKind.PERSON, False, (
        attribution(a, 2, "Anglers", "said", "the pier would reopen to visitors, but the "
                    "council would not fund the cafe"),))
    (contest,) = contested((council, traders, anglers))
    # the anglers' "not" is about funding the cafe: no counter-claim to the council's,
    # though the anglers share more words with the council than the traders do
    assert contest.related == (1,)
    assert contest.question.startswith("Will the pier reopen to visitors in May")


AUDIT = """Campaign audit

As a tax lawyer pointed out, Mr Varga is free to publish his tax returns even if they are \
being audited.

The Varga campaign says he is not being audited for his tax returns before 2009.
"""


def test_a_pronoun_the_speaker_could_not_use_of_itself_is_not_replaced_by_its_name() -> None:
    a = article(AUDIT)
    lawyer = Source("tax lawyer", SourceKind.EXPERT, False, (
        attribution(a, 0, "a tax lawyer", "pointed out", "Mr Varga is free to publish his tax "
                    "returns even if they are being audited"),))
    campaign = Source("Varga campaign", SourceKind.ORGANIZATION, False, (
        attribution(a, 1, "The Varga campaign", "says",
                    "he is not being audited for his tax returns before 2009"),))
    # "he" is Mr Varga, not the campaign: an organisation is never a "he", so the
    # counter-claim keeps its pronoun (and, with no named subject, makes no contest)
    questions = [c.question for c in contested((lawyer, campaign))]
    assert not any("campaign says Varga campaign" in q for q in questions), questions


FRAUD = """Fraud report

The audit office said member states were failing to report customs fraud to the union.

A union spokesman said member states did not report customs fraud to the union in time.

The audit office said member states shared customs fraud data with the union.

The audit office said the union lost customs fraud money every year.
"""


def fraud_sources(a: Article) -> tuple[Source, Source]:
    office = Source("audit office", SourceKind.GOVERNMENT, False, (
        attribution(a, 0, "The audit office", "said",
                    "member states were failing to report customs fraud to the union"),
        attribution(a, 2, "The audit office", "said",
                    "member states shared customs fraud data with the union"),
        attribution(a, 3, "The audit office", "said",
                    "the union lost customs fraud money every year"),
    ))
    spokesman = Source("union spokesman", SourceKind.OFFICIAL, False, (
        attribution(a, 1, "A union spokesman", "said",
                    "member states did not report customs fraud to the union in time"),
    ))
    return office, spokesman


def test_a_claim_negative_in_sense_agrees_with_a_negation_and_each_counter_is_used_once() -> None:
    a = article(FRAUD)
    found = contested(fraud_sources(a))
    # "were failing to report" and "did not report" agree; of the other two claims that
    # share words with the one counter-claim, only the closest makes a question
    assert len(found) == 1, [c.question for c in found]
    assert found[0].sentence != 0


def said(a: Article, sentence: int, name: str, kind: SourceKind, who: str, cue: str,
         content: str) -> Source:
    """A source with one attribution, built from the words of one sentence."""
    return Source(name, kind, False, (attribution(a, sentence, who, cue, content),))


def questions(*sources: Source) -> list[str]:
    return [c.question for c in contested(sources)]


FERRY = """Ferry service

The ferry company said the new ferry had cut crossing times to the island.

The harbour board said the new ferry was an excuse for not building a bridge to the island.

Engineers said the new ferry was not without faults on the crossing to the island.
"""


def test_a_not_inside_a_phrase_of_its_own_or_a_double_negative_is_no_counter_claim() -> None:
    a = article(FERRY)
    company = said(a, 0, "ferry company", SourceKind.ORGANIZATION, "The ferry company", "said",
                   "the new ferry had cut crossing times to the island")
    board = said(a, 1, "harbour board", SourceKind.ORGANIZATION, "The harbour board", "said",
                 "the new ferry was an excuse for not building a bridge to the island")
    engineers = said(a, 2, "Engineers", SourceKind.PERSON, "Engineers", "said",
                     "the new ferry was not without faults on the crossing to the island")
    assert questions(company, board) == []  # "an excuse for not building"
    assert questions(company, engineers) == []  # "not without faults": it has faults


JURY = """Jury reform

The Law Panel said it had found wide support among judges for an end to the jury rule.

The home ministry said the jury rule would not be ended by judges.
"""


def test_support_for_a_change_is_not_contradicted_by_the_change_not_happening() -> None:
    a = article(JURY)
    panel = said(a, 0, "Law Panel", SourceKind.ORGANIZATION, "The Law Panel", "said",
                 "it had found wide support among judges for an end to the jury rule")
    ministry = said(a, 1, "home ministry", SourceKind.GOVERNMENT, "The home ministry", "said",
                    "the jury rule would not be ended by judges")
    # the panel speaks of its finding, the ministry of the rule: two subjects, no contest
    assert questions(panel, ministry) == []


WATCH = """Ferry delays

Ferrywatch said ferry firms were not doing enough to warn travellers about delays.

Ferrywatch spokesman Tom Reed said ferry firms warned travellers about delays only at the harbour.

The travel union said ferry firms should warn travellers about delays a day ahead.
"""


def test_a_speaker_described_by_the_other_side_s_name_and_a_should_claim_make_no_contest() -> None:
    a = article(WATCH)
    watch = said(a, 0, "Ferrywatch", SourceKind.ORGANIZATION, "Ferrywatch", "said",
                 "ferry firms were not doing enough to warn travellers about delays")
    reed = said(a, 1, "Tom Reed", SourceKind.OFFICIAL, "Ferrywatch spokesman Tom Reed", "said",
                "ferry firms warned travellers about delays only at the harbour")
    union = said(a, 2, "travel union", SourceKind.ORGANIZATION, "The travel union", "said",
                 "ferry firms should warn travellers about delays a day ahead")
    assert questions(watch, reed) == []  # the spokesman speaks for Ferrywatch
    assert questions(watch, union) == []  # what firms should do is no claim of what they do


HALE = """Harbour trust

The council said Mr Hale would run the harbour trust from next year.

Friends said Mr Hale had not lived near the harbour for years.

The Greens said daily rallies would be held with Ms Ash in the harbour square.

Labour organisers said daily rallies would not be held with Mr Bell in the harbour square.
"""


def test_a_plan_is_not_contradicted_by_the_past_and_two_persons_make_no_contest() -> None:
    a = article(HALE)
    council = said(a, 0, "council", SourceKind.GOVERNMENT, "The council", "said",
                   "Mr Hale would run the harbour trust from next year")
    friends = said(a, 1, "Friends", SourceKind.PERSON, "Friends", "said",
                   "Mr Hale had not lived near the harbour for years")
    greens = said(a, 2, "Greens", SourceKind.ORGANIZATION, "The Greens", "said",
                  "daily rallies would be held with Ms Ash in the harbour square")
    labour = said(a, 3, "Labour organisers", SourceKind.ORGANIZATION, "Labour organisers",
                  "said", "daily rallies would not be held with Mr Bell in the harbour square")
    assert questions(council, friends) == []  # "would run" / "had not lived"
    assert questions(greens, labour) == []  # rallies with Ms Ash / rallies with Mr Bell


RALLY = """City rallies

The Green Democrats say they are planning to hold daily rallies in the city centre.

The city police say the Green Democrats are not planning to hold rallies in the city centre.

The Harbour Commission said it had cut fees for every fishing boat in the bay.

Fishermen said the Harbour Commission had not cut fees for every fishing boat.
"""


def test_a_plural_name_takes_its_article_and_a_name_keeps_its_capitals() -> None:
    a = article(RALLY)
    greens = said(a, 0, "Green Democrats", SourceKind.ORGANIZATION, "The Green Democrats",
                  "say", "they are planning to hold daily rallies in the city centre")
    police = said(a, 1, "city police", SourceKind.GOVERNMENT, "The city police", "say",
                  "the Green Democrats are not planning to hold rallies in the city centre")
    commission = said(a, 2, "Harbour Commission", SourceKind.GOVERNMENT,
                      "The Harbour Commission", "said",
                      "it had cut fees for every fishing boat in the bay")
    fishermen = said(a, 3, "Fishermen", SourceKind.PERSON, "Fishermen", "said",
                     "the Harbour Commission had not cut fees for every fishing boat")
    (rally,) = questions(greens, police)
    assert rally.startswith("Are the Green Democrats planning to hold daily rallies"), rally
    assert "as the Green Democrats say, while the city police say" in rally, rally
    (fees,) = questions(commission, fishermen)
    assert fees.startswith("Has the Harbour Commission cut fees"), fees


LEAK = """Harbour files

Mr Dale said he had opened the sealed harbour files in March.

The port police said he never opened the sealed harbour files.
"""


def test_the_counter_claim_may_speak_of_the_claimant_as_he() -> None:
    a = article(LEAK)
    dale = said(a, 0, "Mr Dale", SourceKind.PERSON, "Mr Dale", "said",
                "he had opened the sealed harbour files in March")
    police = said(a, 1, "port police", SourceKind.GOVERNMENT, "The port police", "said",
                  "he never opened the sealed harbour files")
    (leak,) = questions(dale, police)
    assert leak.startswith("Did Mr Dale open the sealed harbour files in March"), leak
    assert "while the port police say he never opened" in leak, leak


TRUST = """Lighthouse sale

Mr Dale said the Harbour Trust had bought the old lighthouse on the point in March.

The Harbour Trust said: "We have never bought the old lighthouse on the point."
"""


def test_a_body_denying_as_we_contests_a_claim_about_it() -> None:
    a = article(TRUST)
    dale = said(a, 0, "Mr Dale", SourceKind.PERSON, "Mr Dale", "said",
                "the Harbour Trust had bought the old lighthouse on the point in March")
    trust = said(a, 1, "Harbour Trust", SourceKind.ORGANIZATION, "The Harbour Trust", "said",
                 "We have never bought the old lighthouse on the point.")
    (sale,) = questions(dale, trust)
    assert sale.startswith("Did the Harbour Trust buy the old lighthouse"), sale
    assert "while the Harbour Trust says it has never bought the old lighthouse" in sale, sale
