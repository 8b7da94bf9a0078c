"""Families: the people of a surname, and which of them a surname alone stands for."""

from __future__ import annotations

from briefing.analysis.attribution.families import Families, Member

TITLES = frozenset({"president", "senator", "former", "mr", "mrs"})
TEXT = ("Hillary Lowe spoke in Leeds. Hillary Rodham Lowe met workers. Hillary Lowe left.\n\n"
        "Her husband, former President Bill Lowe, stayed home.")


def families(text: str = TEXT, title: str = "") -> Families:
    names = {"Lowe": ["Hillary Lowe", "Hillary Rodham Lowe", "Bill Lowe"]}
    return Families(text, title, lambda surname: names.get(surname, []), TITLES)


def never(_: Member) -> tuple[int, str | None]:
    return -1, None


def test_forms_of_one_name_are_one_member() -> None:
    members = families().members("Lowe")
    assert [m.name for m in members] == ["Hillary Lowe", "Bill Lowe"]
    assert members[0].names == {"Hillary Lowe", "Hillary Rodham Lowe"}
    assert (members[0].gender, members[1].gender) == ("she", "he")
    assert members[1].titles == {"president"}
    assert members[0].uses == 3 and members[0].first == 0


def test_a_surname_of_one_person_has_no_family() -> None:
    assert families().members("Reed") == ()


def test_rules_in_order() -> None:
    f = families()
    members = f.members("Lowe")
    end = len(TEXT)
    assert f.decide(members, "he", [], never, end, end)[1] == "gender"
    assert f.decide(members, None, ["President"], never, end, end)[1] == "title"
    assert f.decide(members, None, [], never, end, end)[0] is members[0]  # first and most
    headline = families(title="Bill Lowe speaks")
    assert headline.decide(headline.members("Lowe"), None, [], never, end, end)[1] \
        == "headline"


def test_named_last_as_a_subject_wins_nearby() -> None:
    f = families()
    members = f.members("Lowe")
    end = len(TEXT)
    # "former President Bill Lowe" follows a comma and a comma follows it: an appositive
    assert members[1].named_at == ()
    spoke = {"Bill Lowe": (end - 5, None)}
    chosen, rule = f.decide(members, None, [], lambda m: spoke.get(m.name, (-1, None)), end, 0)
    assert (chosen, rule) == (members[1], "near")


def test_unclear_is_nobody() -> None:
    text = "Tom Reed and Sam Reed opened a bakery."
    f = Families(text, "", lambda s: ["Tom Reed", "Sam Reed"], TITLES)
    assert f.choose(f.members("Reed"), None, [], never, len(text), len(text)) is None


def test_an_honorific_takes_the_one_member_known_of_its_gender() -> None:
    # "Mr. Lowe" next to "Bill Lowe" and "Chelsea Lowe", whose first name is of no
    # listed gender: Bill Lowe, by the gender rule (nothing near, no headline)
    text = "Bill Lowe and Chelsea Lowe run the charity."
    f = Families(text, "", lambda s: ["Bill Lowe", "Chelsea Lowe"], TITLES)
    members = f.members("Lowe")
    assert [m.gender for m in members] == ["he", None]
    chosen, rule = f.decide(members, "he", ["Mr."], never, len(text), len(text))
    assert (chosen, rule) == (members[0], "gender")
    assert f.decide(members, None, [], never, len(text), len(text))[0] is None
