"""Sources: a surname several people of the article share, and words that are no person.

A surname alone ("Okafor said") goes to the one of several people named so whom the
article means (``attribution.families``), or to none of them when that is not clear; a
word capitalised because it opens a sentence ("Speculation", "Candidates") is nobody a
"he" or "she" stands for; a participle that opens a sentence ("Speaking in Leeds") is no
part of the source.
"""

from __future__ import annotations

from briefing.analysis.sources import find_sources
from briefing.ingest.text import read_text
from briefing.model import Source, SourceKind
from briefing.options import AnalysisOptions

OPTIONS = AnalysisOptions()


def sources(body: str, title: str = "A story") -> tuple[Source, ...]:
    return find_sources(read_text("t.txt", "t.txt", f"{title}\n\n{body}\n"), OPTIONS)


def speaker_of(found: tuple[Source, ...], words: str) -> Source:
    """The source of the attribution whose content holds ``words``."""
    hits = [s for s in found for a in s.attributions if words in a.content.plain]
    assert hits, f"no attribution says {words!r}: {[s.name for s in found]}"
    return hits[0]


# --------------------------------------------------------------------------- families

SON_AND_FATHER = (
    "Eric Okafor, son of the party's candidate, spoke on Monday.\n\n"
    "“She has been attacking us for weeks,” Eric Okafor said. “It is a compliment.”\n\n"
    "“He will go after her record,” Eric Okafor said.\n\n"
    "Eric Okafor’s remarks came after his father posted a new nickname for Reyes.\n\n"
    "“Reyes is spending a fortune against me,” Okafor tweeted.\n\n"
    "Donald Okafor also criticized Reyes during a rally on Friday in Leeds.\n\n"
    "“Reyes is a joke,” he said. “She knows nothing about trade.”\n\n"
    "“She said she was poor, and she had millions,” Okafor said Friday.\n\n"
    "“I was shaking my head,” Eric Okafor said.\n\n"
    "“We live in a free country,” said Eric Okafor.")


def test_a_surname_goes_to_the_one_just_named_not_the_one_named_most() -> None:
    found = sources(SON_AND_FATHER)
    assert speaker_of(found, "she was poor").name == "Donald Okafor"
    assert speaker_of(found, "shaking my head").name == "Eric Okafor"


def test_mr_and_mrs_go_to_the_man_and_the_woman_of_the_name() -> None:
    found = sources(
        "Bill Lowe and Hillary Lowe arrived in Leeds on Monday.\n\n"
        "Mrs. Lowe said the plan would create jobs. Mr. Lowe said the plan was hers.\n\n"
        "Later Mrs. Lowe said she would campaign in York.")
    assert speaker_of(found, "create jobs").name == "Hillary Lowe"
    assert speaker_of(found, "campaign in York").name == "Hillary Lowe"
    assert speaker_of(found, "was hers").name == "Bill Lowe"
    assert all(s.name != "Lowe" for s in found)


def test_a_title_tells_which_of_the_family_speaks() -> None:
    found = sources(
        "Former President Bill Lowe campaigned for his wife, Senator Hillary Lowe, in "
        "Leeds.\n\nThe crowd cheered.\n\nIt rained all day.\n\nThe buses were late.\n\n"
        "President Lowe said the plan would work.")
    assert speaker_of(found, "would work").name == "Bill Lowe"


def test_the_headline_tells_which_of_the_family_the_story_is_about() -> None:
    body = ("Ada Okafor and her brother Ben Okafor met in Leeds.\n\nThe weather was poor.\n\n"
            "The buses were late.\n\nThe hall was full.\n\n"
            "Okafor said the new plan would fail.")
    assert speaker_of(sources(body, "Ada Okafor wins the vote"), "would fail").name \
        == "Ada Okafor"


def test_the_one_named_first_and_most_is_the_one_the_story_is_about() -> None:
    found = sources(
        "Hillary Lowe toured Leeds on Monday. Hillary Lowe met workers. Hillary Lowe "
        "visited a school.\n\nHer husband, Bill Lowe, stayed in York.\n\nThe buses were "
        "late.\n\nThe hall was full.\n\nThe rain stopped.\n\n"
        "Lowe said the plan would create jobs.")
    assert speaker_of(found, "create jobs").name == "Hillary Lowe"


def test_the_pronoun_after_the_surname_tells_a_man_from_a_woman() -> None:
    found = sources(
        "Bill Lowe and Hillary Lowe arrived in Leeds.\n\nThe buses were late.\n\n"
        "The hall was full.\n\nThe rain stopped.\n\n"
        "Lowe said she would campaign in York.")
    assert speaker_of(found, "campaign in York").name == "Hillary Lowe"


def test_a_surname_that_could_be_either_stays_a_person_of_its_own() -> None:
    found = sources(
        "Tom Reed and Sam Reed opened a bakery in Leeds.\n\nThe buses were late.\n\n"
        "The hall was full.\n\nThe rain stopped.\n\nReed said the bread sold out.")
    speaker = speaker_of(found, "bread sold out")
    assert speaker.name == "Reed"
    assert speaker.kind is SourceKind.PERSON


def test_a_word_that_opens_the_sentence_before_a_surname_is_no_first_name() -> None:
    found = sources(
        "The novel by Harper Lee was published in 1960.\n\nSince Lee moved to Alabama, "
        "the town has changed.\n\nLee wrote that the book was finished.")
    assert speaker_of(found, "book was finished").name == "Harper Lee"


# --------------------------------------------------------------------------- no person

def test_an_abstract_noun_that_speaks_is_no_he() -> None:
    found = sources(
        "Speculation suggests that the exchange will make a bid.\n\n"
        "Despite insisting he wants a deal, he may pull out of the talks.")
    assert [len(s.attributions) for s in found if s.name == "Speculation"] == [1]


def test_a_plural_noun_that_opens_a_sentence_is_no_she() -> None:
    found = sources(
        "Ada Okafor spoke to the crowd in Leeds.\n\nShe attacked candidates who ignore "
        "the region.\n\nCandidates who think “the war is over are dangerously wrong,” "
        "she said.")
    speaker = next(s for s in found for a in s.attributions if a.source.plain == "she")
    assert speaker.name == "Ada Okafor"
    assert by_kind(found, "Candidates") is SourceKind.OTHER  # no organisation either


def test_women_are_no_he() -> None:
    found = sources(
        "Tom Reed studies old age in Leeds.\n\nWomen can expect to live until 85, men "
        "until 78.\n\n“The food has improved,” he remarks.")
    assert speaker_of(found, "food has improved").name == "Tom Reed"


def by_kind(found: tuple[Source, ...], name: str) -> SourceKind:
    return next(s.kind for s in found if s.name == name)


# --------------------------------------------------------------------------- openers

def test_a_participle_that_opens_the_sentence_is_no_part_of_the_source() -> None:
    found = sources("Speaking in Harrogate Mr Reed said: “People want a party.”")
    assert [a.source.plain for s in found for a in s.attributions] == ["Mr Reed"]


def test_a_participle_clause_before_the_subject_is_no_source() -> None:
    found = sources("Speaking at a town hall event in Leeds, Tom Reed went after Ada "
                    "Okafor, calling her “a total stiff.”")
    assert {s.name for s in found} == {"Tom Reed"}


def test_a_clause_before_saying_is_no_appositive() -> None:
    found = sources("Back in 1999, Mr. Reed expressed admiration for Mr. Okafor, saying "
                    "he was a good man.")
    assert speaker_of(found, "good man").name == "Reed"


def test_saying_goes_to_the_name_that_opens_its_own_sentence() -> None:
    found = sources("Tom Reed said the line was late.\n\nThe Transport Ministry approved "
                    "extra funding for the line on Tuesday, saying it would open in May.")
    assert speaker_of(found, "open in May").name == "Transport Ministry"


# --------------------------------------------------------------------------- kinds, names

def test_a_body_is_not_the_document_it_released() -> None:
    found = sources("Costs rose, according to figures released by the Ministry of Energy. "
                    "The Ministry of Energy insists the plan is fine.")
    assert speaker_of(found, "plan is fine").name == "the Ministry of Energy"


def test_a_body_is_not_the_person_who_speaks_for_it() -> None:
    found = sources("“We will appeal,” said Ada Okafor, a spokeswoman for the Justice "
                    "Ministry.\n\nThe Justice Ministry said the ruling was wrong.")
    assert speaker_of(found, "ruling was wrong").name == "the Justice Ministry"


def test_a_quantifier_that_opens_a_sentence_is_no_organisation() -> None:
    found = sources("Some say the plan will fail. Some believe it will work.")
    assert by_kind(found, "Some") is SourceKind.OTHER


def test_a_surname_after_a_title_and_an_office_is_a_person() -> None:
    found = sources("Secretary of State Jon Husted appealed the ruling.\n\n"
                    "Husted said the law was fair.")
    speaker = speaker_of(found, "law was fair")
    assert (speaker.name, speaker.kind) == ("Jon Husted", SourceKind.PERSON)


def test_his_father_is_the_other_man_of_the_surname() -> None:
    # "Eric Okafor’s remarks came after his father posted ...": his father is Donald
    # Okafor, and so is the "Okafor" who tweets right after it
    found = sources(SON_AND_FATHER)
    assert speaker_of(found, "spending a fortune").name == "Donald Okafor"
    assert speaker_of(found, "a new nickname").name == "Donald Okafor"
    assert all(s.name != "his father" for s in found)


def test_a_relative_of_a_surname_no_one_else_has_stays_a_description() -> None:
    found = sources("Eric Okafor spoke on Monday. His remarks came after his father posted "
                    "a nickname for Reyes on Sunday.")
    assert speaker_of(found, "a nickname").name == "his father"


CHARITY = (
    "The Lowe Foundation has raised money from foreign governments for a decade.\n\n"
    "Bill Lowe founded the charity after he left office. The board includes Chelsea Lowe, "
    "who has said the charity will grow.\n\n"
    "The board met in Leeds on Monday. Its accounts were published in March.\n\n"
    "Its staff of forty work in Leeds and York. The charity runs clinics in six countries."
    "\n\nThe accounts list gifts from companies too. Some gave more than once.\n\n"
    "Critics said the gifts raised questions about access.\n\n"
    "Mr. Lowe said the charity had saved thousands of lives.")


def test_mr_goes_to_the_man_of_the_name_beside_a_woman_of_no_listed_name() -> None:
    # "Chelsea" is in no list of first names; "Mr." still picks the one man, Bill Lowe
    found = sources(CHARITY)
    assert speaker_of(found, "saved thousands").name == "Bill Lowe"
    assert all(s.name != "Mr. Lowe" for s in found)


# --------------------------------------------------------------------------- persons

def test_a_surname_written_after_a_given_name_in_a_long_title_is_a_person() -> None:
    # "Archbishop of Canterbury Rowan Williams": "Williams" follows the given name "Rowan"
    # (no organisation); with "Archbishop" read as a title, the full name is found too
    found = sources("The class read a book by the former Archbishop of Canterbury Rowan "
                    "Williams.\n\nWilliams writes that healing means facing painful memories.")
    assert [(s.name, s.kind) for s in found] == [("Rowan Williams", SourceKind.PERSON)]


def test_a_surname_after_a_middle_initial_is_a_person() -> None:
    found = sources("Rep. Gregory W. Meeks spoke at the hearing. Meeks said the bill "
                    "would fail.")
    assert speaker_of(found, "bill would fail").kind is SourceKind.PERSON


def test_a_one_word_name_that_is_also_an_it_stays_unknown() -> None:
    # "Cyclone Pam": a capitalised word before the name, but "it" stands for the name
    found = sources("Cyclone Pam hit the islands on Friday. Forecasters said Pam would "
                    "weaken. Pam has since moved south, and it is expected to weaken, "
                    "the weather service said. It said the winds had dropped.")
    assert all(s.kind is not SourceKind.PERSON for s in found if s.name == "Pam")


def test_a_one_word_name_a_he_stands_for_is_a_person() -> None:
    found = sources("Arkwright, himself a former officer, has long been blunt. Arkwright "
                    "said the force had changed. He said recruits now train longer.\n\n"
                    "“It is a different job,” Arkwright said.")
    assert by_kind(found, "Arkwright") is SourceKind.PERSON


def test_a_name_with_a_particle_is_a_person() -> None:
    found = sources("In a video released on Friday, Tariq bin Hadri said the attacks would "
                    "continue.")
    assert speaker_of(found, "attacks would continue").kind is SourceKind.PERSON
