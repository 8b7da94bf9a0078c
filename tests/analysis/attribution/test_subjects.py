"""The names a sentence is about, read through a real resolver."""

from __future__ import annotations

from briefing.analysis.attribution.entities import Entity
from briefing.analysis.attribution.resolve import Resolver
from briefing.analysis.attribution.subjects import sentence_of

TEXT = (
    "Mayor Maria Lopez spoke first. "
    "Mr Brown has headed the campaign before but Mr Milburn is taking that role. "
    "During a town hall, Tina Houchins had questions. "
    "Herzog's party is in the lead. "
    "A nurse at the hospital, who asked not to be named, said staff were tired. "
    "The union told a Boca Raton lawyer that Ada Okafor, a member of the Harwick Club, "
    "would speak, he said."
)


def resolver(text: str = TEXT) -> Resolver:
    starts = [0]
    for i, c in enumerate(text):
        if c == "." and i + 2 < len(text):
            starts.append(i + 2)
    return Resolver(text, starts)


def names(found: list[tuple[int, Entity, bool]]) -> list[str]:
    return [e.name for _, e, _ in found]


def test_sentence_of_finds_the_sentence_of_an_offset() -> None:
    starts = [0, 10, 20]
    assert [sentence_of(starts, at) for at in (0, 9, 10, 25)] == [0, 0, 1, 2]
    assert sentence_of([], 5) == 0


def test_the_subject_is_the_name_after_titles() -> None:
    r = resolver()
    subject = r.subjects.subject(0)
    assert subject is not None and subject.name == "Maria Lopez"


def test_clauses_after_but_have_subjects_of_their_own() -> None:
    r = resolver()
    assert names(r.subjects.clause_subjects(1)) == ["Brown", "Milburn"]


def test_the_subject_after_an_opening_adverbial() -> None:
    r = resolver()
    assert names(r.subjects.clause_subjects(2)) == ["Tina Houchins"]


def test_the_possessor_of_a_subject_counts() -> None:
    r = resolver()
    assert r.subjects.subject(3) is None
    assert names(r.subjects.clause_subjects(3)) == ["Herzog"]


def test_an_indefinite_person_set_off_by_a_comma() -> None:
    r = resolver()
    subject = r.subjects.subject(4)
    assert subject is not None and subject.name == "a nurse at the hospital"
    assert subject.person


def test_the_nearest_name_before_skips_modifiers_and_prepositional_phrases() -> None:
    r = resolver()
    at = TEXT.index("he said")
    found = r.subjects.earlier_in_sentence(5, at, lambda e: e.person)
    assert found is not None and found.name == "Ada Okafor"  # not the Harwick Club, not Boca


def test_names_before_lists_every_name_in_that_order_and_adds_none() -> None:
    r = resolver()
    at = TEXT.index("he said")
    found = [e.name for e in r.subjects.names_before(5, at)]
    # nearest first, a name in a prepositional phrase last; the modifier "Boca Raton" never
    assert found[0] == "Ada Okafor" and found[-1] == "Harwick Club"
    assert "Boca Raton" not in found
    assert r.entities == []  # nothing is "met" by listing
    assert [e.name for e in r.subjects.names_before(5, at)] == found


def test_a_subject_seen_recently_is_reported_with_its_offset() -> None:
    r = resolver()
    subject = r.subjects.subject(0)
    assert subject is not None
    assert r.subjects.last_as_subject(subject, 0, 1) == TEXT.index("Mayor")
    assert r.subjects.last_as_subject(subject, 1, 2) == -1


def test_subjects_read_from_block_tokens_as_from_the_text() -> None:
    """With the article's block tokens (as ``find_sources`` passes them), the same tokens
    and subjects as read from the text."""
    from briefing.analysis.attribution.tokens import BlockTokens

    starts = [0]
    for i, c in enumerate(TEXT):
        if c == "." and i + 2 < len(TEXT):
            starts.append(i + 2)
    plain = Resolver(TEXT, starts)
    shared = Resolver(TEXT, starts, tokens=BlockTokens(TEXT, [(0, len(TEXT))]))
    for s in range(len(starts)):
        assert shared.subjects._sentence_tokens(s) == plain.subjects._sentence_tokens(s)
        assert names(shared.subjects.clause_subjects(s)) == names(plain.subjects.clause_subjects(s))
    for at in range(0, len(TEXT), 7):
        s = sentence_of(starts, at)
        assert shared.subjects._runs_before(s, at) == plain.subjects._runs_before(s, at)


def test_a_resolver_is_freed_as_soon_as_it_is_dropped() -> None:
    """Its readers (subjects, names) refer back to it weakly: no reference cycle keeps an
    article's entities and tokens alive until the cycle collector runs."""
    import gc
    import weakref

    r = resolver()
    assert names(r.subjects.clause_subjects(1)) == ["Brown", "Milburn"]  # in use
    assert r.names.common_word("Maybe")
    ref = weakref.ref(r)
    gc.disable()
    try:
        del r
        assert ref() is None
    finally:
        gc.enable()
