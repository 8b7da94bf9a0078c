"""Who a pronoun stands for.

"he"/"she" take the person mentioned last before them (as a source, or as the subject of
a recent sentence: ``subjects``), not the one named first most recently, "it" the latest
organisation, "they" the latest group; never a name inside the words attributed
("Populists care little, he said"); only when nobody is named before does a name inside
them stand for it ("Ada Roe will win, she says"). A quoted "I" or "we" is the last
speaker's (``_last_speaker``).
"""

from __future__ import annotations

from briefing.analysis.attribution.entities import AUTHOR, PLURALS_WITHOUT_S, UNNAMED, Entity
from briefing.analysis.attribution.evidence import GROUP_HEADS, is_group_name
from briefing.analysis.attribution.persons import Persons
from briefing.analysis.attribution.subjects import sentence_of
from briefing.model import SourceKind


class Pronouns(Persons):
    """The resolver's reading of pronouns."""

    def _pronoun(self, pronoun: str, at: int,
                 content: tuple[int, int] | None = None) -> Entity | None:
        """The entity a pronoun at ``at`` stands for; never a name inside ``content``.

        The speaker is not one of the names in the words attributed to them ("Obama is
        wrong, he said"), so names inside the attribution's content are passed over.
        """
        def fits(e: Entity) -> bool:
            if e.name in (UNNAMED, AUTHOR):
                return False
            unknown = e.proper and e.kind is SourceKind.OTHER and e.head not in GROUP_HEADS
            if pronoun in ("he", "she", "i"):
                if pronoun != "i" and self._gender(e) not in (None, pronoun):
                    return False  # "she" is not the Mr Okafor named before
                if e.name.lower() in ("he", "she") and e.name.lower() != pronoun:
                    return False  # "she" is not an unknown "he" met before
                if e.proper and is_group_name(e.name):
                    return False  # "the Lib Dems", "Tory": a party, whatever its kind
                if unknown and self.names.typed_as_body(e.name):
                    return False  # "Newcastle boss X", "a manager at Microsoft": a body
                return e.person or (unknown and self._personal_name(e))
            if pronoun == "it":
                return not e.person and not ((e.head.endswith("s") or e.head in
                                              PLURALS_WITHOUT_S) and not e.proper)
            if pronoun in ("they", "we"):
                # a group or a body, not a thing ("a video", "more important")
                return not e.person and (e.proper or e.kind is not SourceKind.OTHER
                                         or e.head.endswith("s"))
            return False

        sentence = sentence_of(self.sentence_starts, at)
        near = self.subjects.earlier_in_sentence(sentence, at, fits, content)
        if near is not None:
            return near
        # the one mentioned last, not the one met last: "Lind ... Ruiz ... Lind said" -> Lind
        best = max((e for e in self.entities if e.last < at and fits(e)),
                   key=lambda e: e.last, default=None)
        for s in range(sentence, max(-1, sentence - 3), -1):
            if self.sentence_starts[s] >= at:
                continue
            singular = pronoun in ("he", "she", "it", "i")
            found = next(((pos, e) for pos, e, plural in reversed(self.subjects.clause_subjects(s))
                          if pos < at and fits(e) and not (plural and singular) and not (
                              content is not None and content[0] <= pos < content[1])), None)
            if found is None:
                continue  # "Populists have little interest ..., he said": what he said
            pos, subj = found
            if best is None or best.last < pos:
                if subj not in self.entities:
                    self.entities.append(subj)
                return subj
            break
        if best is None and content is not None and pronoun in ("he", "she"):
            # nobody named before but in the words attributed: "For $89, entrepreneur Kyle
            # Waring will ship you snow, he says" is his own claim
            return self.subjects.earlier_in_sentence(sentence, at, fits)
        return best

    def _last_speaker(self, at: int) -> Entity | None:
        """The person whose words were attributed last before ``at``, if any."""
        people = [e for e in self.entities if e.members and e.last < at
                  and e.name not in (UNNAMED, AUTHOR)
                  and (e.person or (e.proper and e.kind is SourceKind.OTHER))]
        return max(people, key=lambda e: e.last, default=None)
