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
