"""Kinds and anonymity from the words used for a source."""

from __future__ import annotations

import pytest

from briefing.analysis.attribution.kinds import classify, is_anonymous, is_country
from briefing.analysis.attribution.names import parse_mention
from briefing.model import SourceKind


def kind(phrase: str) -> SourceKind:
    m = parse_mention(phrase)
    return classify(m.name, m.proper, m.head, m.words,
                    is_anonymous(m.name, m.proper, m.head, m.words))


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Ukraine", SourceKind.GOVERNMENT),
    ("the Defense Ministry", SourceKind.GOVERNMENT),
    ("Reuters", SourceKind.MEDIA),
    ("The Daily Planet", SourceKind.MEDIA),
    ("the Meridian News Agency", SourceKind.MEDIA),
    ("Gen. Ada Brook", SourceKind.MILITARY),
    ("the army", SourceKind.MILITARY),
    ("Rep. Ada Brook", SourceKind.OFFICIAL),
    ("Ada Brook, an economist at the bank,", SourceKind.EXPERT),
    ("sources close to the talks", SourceKind.ANONYMOUS),
    ("Acme Holdings", SourceKind.ORGANIZATION),
    ("Ada Brook", SourceKind.PERSON),
    ("voters", SourceKind.OTHER),
])
def test_kinds(phrase: str, expected: SourceKind) -> None:
    assert kind(phrase) is expected


def test_anonymity() -> None:
    for phrase in ("a senior official", "people familiar with the matter", "aides"):
        m = parse_mention(phrase)
        assert is_anonymous(m.name, m.proper, m.head, m.words), phrase
    for phrase in ("Ada Brook", "the ministry", "a spokesman for the ministry"):
        m = parse_mention(phrase)
        assert not is_anonymous(m.name, m.proper, m.head, m.words), phrase


def test_countries() -> None:
    assert is_country("France") and is_country("the United States")
    assert not is_country("Kherson")
