"""Quantified sources: "each", "neither side", "either province", "all of the unions".

A quantifier phrase is not the name of one source:

* a negative one ("neither side has said", "no one", "none of the candidates") says
  that nobody said something, so it is not a source at all;
* a distributive one over single members ("each", "either province", "every
  candidate") points at several sources at once, and which ones is not written in the
  phrase;
* "<quantifier> of <group>" ("all of the unions", "both of his rivals") names the
  group, which is the source: "the unions";
* "everyone" or "everybody" restricted by a clause of its own ("everyone I interviewed")
  is the group of those people, a source;
* "both" / "all" with a plural noun ("both candidates", "all three campaigns") is a
  group as it stands.

``read_quantifier`` tells which; ``analysis.sources`` leaves the first two out of the
grouped sources (their spans remain in ``find_attributions``).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.attribution.wordclasses import PERSONAL_SUBJECTS

_NEGATIVE = frozenset({"no", "none", "neither", "nobody", "nothing", "nor"})
_DISTRIBUTIVE = frozenset({"each", "either", "every", "any"})
_COLLECTIVE = frozenset({"both", "all"})
_UNIVERSAL_PRONOUNS = frozenset({"everyone", "everybody", "anyone", "anybody", "everything",
                                 "anything"})
_LEADS = _NEGATIVE | _DISTRIBUTIVE | _COLLECTIVE | _UNIVERSAL_PRONOUNS
_PRONOUN_GROUPS = frozenset({"them", "us", "you", "these", "those", "whom", "which", "it",
                             "this", "that", "theirs", "ours"})


@dataclass(frozen=True, slots=True)
class Quantified:
    """How a source phrase that starts with a quantifier is to be read."""

    source: bool
    """False when the phrase names no source of its own ("neither side", "each")."""
    group: str | None = None
    """The group it names, when that is written after "of" ("the unions")."""


_PLAIN = Quantified(source=True)


def _words(surface: str) -> list[str]:
    return [w.strip(",;:()").lower() for w in surface.split() if w.strip(",;:()")]


def read_quantifier(surface: str) -> Quantified:
    """Whether a source phrase names a source, and the group it stands for, if any."""
    lead = surface.split(None, 1)
    if not lead or lead[0].strip(",;:()").lower() not in _LEADS:
        return _PLAIN
    words = _words(surface)
    if not words:
        return _PLAIN
    first = words[0]
    if first in _NEGATIVE or words[:2] == ["no", "one"]:
        return Quantified(source=False)
    if first in _UNIVERSAL_PRONOUNS:
        # "everyone I interviewed" is the people the writer spoke to: a group
        return Quantified(source=len(words) > 2 and words[1] in PERSONAL_SUBJECTS
                          and first.startswith("every"))
    if first not in _DISTRIBUTIVE and first not in _COLLECTIVE:
        return _PLAIN
    if len(words) == 1:
        return Quantified(source=False)  # "each was blaming the other"
    if words[1] == "of":
        rest = words[2:]
        if not rest or rest[0] in _PRONOUN_GROUPS:
            return Quantified(source=False)  # "each of them", "both of whom"
        # the group as written: "all of the unions" -> "the unions"
        cut = surface.lower().find(" of ")
        group = " ".join(surface[cut + 4:].split()).rstrip(",")
        return Quantified(source=True, group=group or None)
    if first in _DISTRIBUTIVE:
        return Quantified(source=False)  # "either province", "each side"
    return _PLAIN  # "both candidates", "all three campaigns", "both Roe and Lee"
