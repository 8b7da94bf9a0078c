"""What an article's own text says about its words: common words, people by surname."""

from __future__ import annotations

from briefing.analysis.attribution.evidence import NameEvidence, is_group_name, may_be_surname
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.kinds import classify
from briefing.analysis.attribution.names import parse_mention
from briefing.model import SourceKind

TEXT = (
    "Maybe the vote will pass. Candidates met on Monday, and two candidates spoke. "
    "Council leader Rowan Tessel said the plan was sound. Tessel added that the Harwick "
    "Federation agreed. Okafor said little. Okafor Foods is run by Ada Okafor and Ben Okafor. "
    "Spitting at staff is banned, the memo said."
)


def evidence(text: str = TEXT) -> NameEvidence:
    return NameEvidence(text, Gazetteer(text), parse_mention, classify)


def test_a_word_that_only_opens_sentences_is_common() -> None:
    names = evidence()
    assert names.common_word("Maybe")  # an adverb that opens a sentence
    assert names.common_word("Spitting")  # a gerund
    assert names.common_word("Candidates")  # also written in lower case
    assert not names.common_word("Candidates", lower_use=False)  # a description, a source
    assert not names.common_word("Tessel")  # a name written inside a sentence


def test_a_capitalised_word_alone_names_nobody_when_common() -> None:
    names = evidence()
    assert names.names_nobody("Maybe")
    assert not names.names_nobody("Tessel")
    assert not names.names_nobody("It")  # a pronoun: read elsewhere


def test_people_by_surname_are_the_full_names_of_persons() -> None:
    names = evidence()
    assert set(names.people("Okafor")) >= {"Ada Okafor", "Ben Okafor"}
    assert "Okafor Foods" not in names.people("Okafor")  # a company, no person
    assert names.full_people("Tessel") == ["Rowan Tessel"]  # "Council leader" is no name


def test_a_surname_written_after_a_given_name() -> None:
    names = evidence()
    assert names.after_given_name("Tessel")  # "Rowan Tessel"
    assert not names.after_given_name("Federation")  # a body's word, no surname
    text = "A Boca Raton lawyer and the Clean Power Plan were in the news. Raton said no."
    assert not evidence(text).after_given_name("Raton")  # after an article: a modifier


def test_group_words_and_surnames() -> None:
    assert is_group_name("Lib Dems") and is_group_name("Tory")
    assert not is_group_name("Ada Okafor")
    assert not may_be_surname("Guard") and not may_be_surname("Republicans")
    assert may_be_surname("Okafor")


def test_answers_do_not_depend_on_the_order_of_questions() -> None:
    first, second = evidence(), evidence()
    asked = ["Maybe", "Candidates", "Tessel", "Okafor", "Spitting"]
    one = [first.common_word(w) for w in asked]
    other = [second.common_word(w) for w in reversed(asked)][::-1]
    assert one == other
    assert first.people("Okafor") == second.people("Okafor")
    assert all(k in (SourceKind.PERSON, SourceKind.OFFICIAL, SourceKind.OTHER,
                     SourceKind.MILITARY, SourceKind.EXPERT)
               for k in first.people("Okafor").values())
