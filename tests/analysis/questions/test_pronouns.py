"""A "he" or "she" that plainly stands for one person, named in the question
(``questions.pronouns`` through ``open_questions``)."""

from __future__ import annotations

from briefing.analysis.questions import open_questions
from briefing.ingest.text import read_text
from briefing.model import OpenQuestion
from briefing.options import AnalysisOptions

ALL = AnalysisOptions(max_open_questions=0)


def _questions(body: str) -> list[str]:
    a = read_text("t.txt", "t.txt", "Harbour news\n\n" + body)
    qs: tuple[OpenQuestion, ...] = open_questions(a, ALL)
    return [q.question for q in qs]


def test_a_she_after_the_one_person_named_before_is_asked_by_name() -> None:
    qs = _questions("Marta Lindqvist left the harbour office on Friday.\n\n"
                    "She is now thought to be in Gothenburg.\n")
    assert qs == ["Is Marta Lindqvist in Gothenburg?"]


def test_a_he_named_earlier_in_the_same_sentence_keeps_the_honorific() -> None:
    qs = _questions("When Mr Okonjo was hired last year, it was widely believed he would "
                    "rebuild the fleet.\n")
    assert qs == ["Will Mr Okonjo rebuild the fleet?"]


PLAIN = ("Marta Lindqvist left the harbour office on Friday.\n\n"
         "She is now thought to be in Gothenburg.\n\n")
"""A plain case, so that each test below asks exactly one question."""
ASKED = ["Is Marta Lindqvist in Gothenburg?"]


def test_a_he_before_the_name_points_further_back_and_asks_nothing() -> None:
    qs = _questions(PLAIN + "He has missed three months of the season.\n\n"
                    "But coach Peter Hallam hinted he may be back by March.\n")
    assert qs == ASKED


def test_two_people_before_the_pronoun_ask_nothing() -> None:
    qs = _questions(PLAIN + "Ingrid Dahl met Elsa Berg at the harbour office.\n\n"
                    "She is now thought to be in Oslo.\n")
    assert qs == ASKED


def test_a_described_person_after_the_name_takes_the_pronoun() -> None:
    qs = _questions(PLAIN + "Councillor Ruth Abney said a Kelso fisherman had been told he "
                    "could keep his nets in the harbour.\n")
    assert qs == ASKED


def test_the_subject_of_a_relative_clause_about_a_noun_is_not_named() -> None:
    # the question would lose the loss: "Did Omar Reyes use to avoid paying taxes?"
    qs = _questions(PLAIN + "Omar Reyes faces questions over his tax return.\n\nLeaked "
                    "documents show he took a large loss that he may have used to avoid "
                    "paying taxes, perhaps for as long as ten years.\n")
    assert qs == ASKED


VARGA = ("Donald Varga and Hillary Moss met in the harbour debate on Monday. Varga said the "
         "port was in decline. He called for new cranes.\n\nThe count was slow. If Varga had "
         "a strategy coming into the debate, it was not evident.\n\nHe apparently believed the "
         "polls that showed him ahead.\n")
"""A bare "Varga" that the article's reading makes Donald Varga."""


def test_a_bare_surname_is_the_person_the_article_named_before() -> None:
    assert _questions(VARGA) == ["Did Donald Varga believe the polls that showed him ahead?"]


def test_the_answer_does_not_depend_on_which_sentences_were_asked_about_before() -> None:
    from briefing.analysis.questions.pronouns import SUBJECT_PRONOUN, PronounNames

    a = read_text("t.txt", "t.txt", "Harbour news\n\n" + VARGA)
    asked = [(s.index, s.start + m.start(), m.group().lower())
             for s in a.sentences for m in SUBJECT_PRONOUN.finditer(s.text)]
    assert len(asked) == 2
    in_order = PronounNames(a)
    forward = [in_order.name_for(*q) for q in asked]
    backward_names = PronounNames(a)
    backward = [backward_names.name_for(*q) for q in reversed(asked)][::-1]
    alone = [PronounNames(a).name_for(*q) for q in asked]
    assert forward == backward == alone == [None, "Donald Varga"]
