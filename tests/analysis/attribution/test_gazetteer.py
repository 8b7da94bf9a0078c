"""Names used anywhere in an article: acronyms, heads, first words, modifiers."""

from __future__ import annotations

from briefing.analysis.attribution.gazetteer import NEAR, Gazetteer

TEXT = (
    "Marlow Coastal Rail (MCR) and the Signal Workers' Federation met on Friday. "
    "The federation said little. Tessel Robotics, a firm based in the capital, makes "
    "the trains. Acme Holdings and Acme Foods did not comment. Mr. Brand and Brand "
    "Logistics were not reached. The rail authority said nothing."
)
COMPANY = {"holdings", "foods", "logistics", "rail"}


def test_acronym_defined_in_parentheses() -> None:
    g = Gazetteer(TEXT)
    assert g.expand_acronym("MCR") == "Marlow Coastal Rail"
    assert g.expand_acronym("SWF") is None  # never defined


def test_acronym_letters_must_fit_the_name() -> None:
    assert Gazetteer("Marlow Coastal Rail (XYZ) met.").expand_acronym("XYZ") is None


def test_by_head_takes_a_name_used_shortly_before() -> None:
    g = Gazetteer(TEXT)
    at = TEXT.index("The federation")
    assert g.by_head("federation", at) == "Signal Workers' Federation"
    assert g.by_head("federation", 0) is None  # not yet named
    far = "The Signal Workers' Federation met. " + "x " * NEAR + "The federation said."
    assert Gazetteer(far).by_head("federation", far.index("The federation")) is None


def test_by_first_word_only_for_one_company() -> None:
    g = Gazetteer(TEXT)
    assert g.by_first_word("Tessel", COMPANY) == "Tessel Robotics"  # ", a firm ..."
    assert g.by_first_word("Acme", COMPANY) is None  # two companies
    assert g.by_first_word("Brand", COMPANY) is None  # "Mr. Brand": a surname
    assert g.by_first_word("Marlow", COMPANY) == "Marlow Coastal Rail"


def test_by_modifier_needs_a_name_used_twice() -> None:
    text = TEXT + " MCR said the rail timetable stands."
    assert Gazetteer(text, "Rail authority under fire").by_modifier(
        "authority") == "Marlow Coastal Rail"
    once = "Dorn Rail Group met. The rail authority said nothing."
    assert Gazetteer(once).by_modifier("authority") is None


def test_a_word_after_a_quote_that_ends_a_sentence_is_not_inside_one() -> None:
    text = ('"We will not pay." Unfortunately talks stalled. “No.” Sadly it ended. '
            '"Why?" Eventually they met. "We will pay," Okafor said.')
    g = Gazetteer(text)
    assert not g.capitalised_inside("Unfortunately")
    assert not g.capitalised_inside("Sadly")
    assert not g.capitalised_inside("Eventually")
    assert g.capitalised_inside("Okafor")  # after '," ': inside the sentence


def test_full_names_joined_by_and_are_each_a_name() -> None:
    g = Gazetteer("Ada Okafor and Tom Reyes met. Okafor spoke first. "
                  "Both Acme and Tessel Robotics sell robots. Acme said so.")
    assert g.full_names("Okafor") == frozenset({"Ada Okafor"})
    assert g.full_names("Reyes") == frozenset({"Tom Reyes"})
    assert g.full_names("Acme") == frozenset()  # "Both Acme": no first name


def test_full_names_after_a_title_and_not_after_an_opening_word() -> None:
    g = Gazetteer("Secretary of State Jon Husted spoke. However Acme disagreed. "
                  "Former President Bill Lowe came too.")
    assert g.full_names("Husted") == {"Jon Husted"}
    assert g.full_names("Acme") == frozenset()
    assert g.full_names("Lowe") == {"Bill Lowe"}
