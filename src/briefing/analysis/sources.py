"""Sources: who said, reported or believes what, grouped under one normalised name.

Rule-based, offline and fast (a few milliseconds for an 800-word article). The work is
split by concept in ``briefing.analysis.attribution``:

* ``tokens``  - words and punctuation with offsets;
* ``quotes``  - pairs of quotation marks;
* ``cues``    - the lexicon of reporting verbs and "according to";
* ``phrases`` - the noun phrases around a cue (the source, the hearer);
* ``frames``  - which cue goes with which source and content, per block;
* ``names``   - the normalised name of a source phrase;
* ``quantifiers`` - "each", "neither side", "all of the unions": no source, or a group;
* ``gazetteer`` - names the article uses anywhere (acronyms, full names of short ones);
* ``resolve`` - pronouns, short names and descriptions resolved to one source;
* ``kinds``   - government, military, media, official, expert... and anonymity.

Conventions of the output (``Attribution``):

* ``content`` of a direct quote (``quote=True``) is exactly the words inside the
  quotation marks, without a comma that only closes the quoted clause;
* a partial quote of four words or more inside reported speech ("said Russians were
  retreating "to gather their strength ..."") gives two attributions with the same
  source and cue: the reported content (``quote=False``) and the verbatim words
  (``quote=True``); shorter scare quotes ("a "dilemma"") stay inside the content only;
* a quotation that continues a quote after the cue ("“...,” she said. “...”"), also in
  the next paragraph, is one more attribution with the same source and cue (and so the
  cue's ``sentence``); so is the second half of "X, she said, Y";
* when nobody is named ("it was reported that ..."), the source is the one named
  ``UNNAMED`` (anonymous) and ``Attribution.source`` is the cue span itself;
* ``Attribution.source`` is the phrase as it stands ("it", "the ministry"); the
  resolved name is ``Source.name``;
* a source phrase that names nobody in particular ("neither side has said", "each was
  blaming the other", "either province can ask") is left out of the sources: it is
  either a negation of saying or several sources at once. ``find_attributions`` still
  returns it. "all of the unions" is the group "the unions".
"""

from __future__ import annotations

import bisect

from briefing.analysis.attribution.frames import Found, find_in_block
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.quantifiers import read_quantifier
from briefing.analysis.attribution.resolve import UNNAMED, Resolver
from briefing.model import Article, Attribution, BlockKind, Source
from briefing.options import AnalysisOptions

__all__ = ["UNNAMED", "find_attributions", "find_sources"]


def find_attributions(article: Article) -> list[Found]:
    """Every attribution in the body (highlights and title aside), in reading order."""
    by_block: dict[int, list[tuple[int, int]]] = {}
    for s in article.sentences:
        by_block.setdefault(s.block, []).append((s.start, s.end))
    out: list[Found] = []
    previous: Found | None = None
    for bi, block in enumerate(article.blocks):
        if block.kind is BlockKind.HIGHLIGHT or bi not in by_block:
            previous = None
            continue
        found = find_in_block(block.text, block.start, by_block[bi], previous)
        out.extend(found)
        previous = found[-1] if found else None
    return out


def find_sources(article: Article, options: AnalysisOptions) -> tuple[Source, ...]:
    """Every source the article attributes something to, in order of first appearance."""
    found = find_attributions(article)
    if not found:
        return ()
    starts = [s.start for s in article.sentences]
    text = article.text
    resolver = Resolver(text, starts, Gazetteer(text, article.meta.title))
    attributions: list[Attribution] = []
    for f in found:
        surface = text[f.source[0]:f.source[1]] if f.source is not None else None
        antecedent = text[f.antecedent[0]:f.antecedent[1]] if f.antecedent else None
        if surface is not None:
            quantified = read_quantifier(surface)
            if not quantified.source:
                continue  # "neither side", "each": nobody in particular
            surface = quantified.group or surface
        resolver.resolve(len(attributions), surface, f.source[0] if f.source else f.cue[0],
                         antecedent)
        source = f.source if f.source is not None else f.cue
        attributions.append(Attribution(
            source=article.span(*source),
            cue=article.span(*f.cue),
            content=article.span(*f.content),
            quote=f.quote,
            sentence=max(0, bisect.bisect_right(starts, f.cue_at) - 1),
        ))
    sources = []
    for r in resolver.finish():
        members = sorted({attributions[i] for i in r.members},
                         key=lambda a: (a.cue.start, a.content.start, a.content.end, a.quote))
        sources.append(Source(name=r.name, kind=r.kind, anonymous=r.anonymous,
                              attributions=tuple(members), aliases=r.aliases))
    sources.sort(key=lambda s: (s.attributions[0].cue.start, s.attributions[0].content.start,
                                s.name))
    return tuple(sources)
