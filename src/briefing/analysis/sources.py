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
  cue's ``sentence``); so is the second half of "X, she said, Y". Not when a sentence in
  between has another named person as its subject ("Tom Reed runs the depot. “...”"), nor
  when a sentence of its own gives the quotation a cue ("“...?” Tom Reed asked."); the
  paragraphs of a quotation that runs over several (each opens with a mark, only the last
  closes) take the cue of the last ("“...¶“...,” said Mr Joseph.");
* when nobody is named ("it was reported that ..."), the source is the one named
  ``UNNAMED`` (anonymous) and ``Attribution.source`` is the cue span itself;
* the article's own "I" or "we" outside quotations, with no speaker named before it in
  its sentence ("we now know", "I called the office"), is the source named ``AUTHOR``;
* ``Attribution.source`` is the phrase as it stands ("it", "the ministry"); the
  resolved name is ``Source.name``;
* a source phrase that names nobody in particular ("neither side has said", "each was
  blaming the other", "either province can ask") is left out of the sources: it is
  either a negation of saying or several sources at once. ``find_attributions`` still
  returns it. "all of the unions" is the group "the unions";
* so is a generic "you" or "one" ("you might think", "one can imagine"), a question's
  "who" ("Who knows?"), a "who", "which" or "that" whose antecedent is not found and
  a common word written capitalised because it opens the
  sentence ("Maybe thinking about ...", "Remember, knowing ...");
* a claim made in a relative clause ("the regions that Russia says it is annexing")
  lacks the noun it is about: its ``content`` offsets are the claim's own words, and
  ``content.plain`` (what the reader is shown) fills the gap in square brackets, "it is
  annexing [the regions]" (``attribution.gaps``);
* content that is only a topic ("tweeted about the game", "said of the plan", "said
  during a visit") or a duration ("has railed against it for weeks") is no claim, and
  neither is a refusal to speak ("declined to comment", "did not respond to a request
  for comment"): such attributions are left out of the sources (``find_attributions``
  still returns them).
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from briefing.analysis.attribution.blocks import Found
from briefing.analysis.attribution.closing_cues import TOPIC_PREPOSITIONS
from briefing.analysis.attribution.entities import AUTHOR, UNNAMED, Entity
from briefing.analysis.attribution.frames import Paragraph, find_in_blocks
from briefing.analysis.attribution.gaps import fill
from briefing.analysis.attribution.gazetteer import Gazetteer
from briefing.analysis.attribution.kinds import CHANNEL_WORDS, WEB_ENDING
from briefing.analysis.attribution.quantifiers import read_quantifier
from briefing.analysis.attribution.resolve import Resolver
from briefing.analysis.attribution.statements import states_something
from briefing.analysis.attribution.tokens import BlockTokens
from briefing.analysis.attribution.wordclasses import PREPOSITIONS
from briefing.model import Article, Attribution, BlockKind, Source, Span
from briefing.options import AnalysisOptions

__all__ = ["AUTHOR", "UNNAMED", "find_attributions", "find_sources", "is_claim"]

_WEB_SUFFIX = re.compile(r"(?:\.[a-z][\w-]*)*" + WEB_ENDING)
_GENERIC = frozenset({"you", "one"})
"""Source phrases that stand for anyone at all ("you might think", "one can imagine")."""
_RELATIVES = frozenset({"who", "which", "that"})
_PRONOUN_CONTRACTIONS = re.compile(r"^(i|they|he|she|it)[’'](m|re|ll|ve|d|s)$", re.I)
_CONTRACTION = re.compile(r"^\w+(?:[’'](?:m|re|ll|ve|d|s)|n[’']t)$", re.I)
_CLAUSE_MARK = re.compile(r"[\"“”:;]|\b(?:that|to say|saying|whether)\b", re.I)
_TOPIC_WORDS = 14
"""Longest topic-only content: "said during a visit to the plant on Monday"."""
_AMOUNTS = frozenset({"least", "most", "half", "one", "two", "three", "four", "five", "six",
                      "seven", "eight", "nine", "ten", "hundreds", "thousands",
                      "dozens", "millions", "billions"})
_NO_COMMENT = re.compile(
    r"^(?:to\s+)?(?:(?:a|any|an|the|our|\w+['’]s|repeated|multiple|several)\s+)*"
    r"(?:requests?|calls?|messages?|e-?mails?|inquir(?:y|ies)|questions?)\s+(?:for|seeking)"
    r"\s+comment|^to\s+(?:comment|speak|talk|respond|elaborate|be\s+interviewed|"
    r"discuss|answer|return)\b", re.I)

_DURATION = re.compile(
    r"^(?:for|over|throughout|since)\s+(?:(?:the|a|an|past|last|several|many|few|some|long|"
    r"\d+|two|three|four|five|six|ten|\w+teen|twenty)\s+)*"
    r"(?:time|hours?|days?|weeks?|months?|years?|decades?)\.?$", re.I)
"""Content that is only how long something went on ("for weeks", "for the past two years")."""


def is_claim(cue: str, content: str, quote: bool, after_cue: bool) -> bool:
    """True unless the content says nothing: only a topic, or a refusal to speak.

    "tweeted about the game", "said of the plan", "said during a visit" (content that
    follows its cue, opens with a preposition and holds no clause of its own: no "that",
    no quotation, at most ``_TOPIC_WORDS`` words) name a topic or an occasion, not what
    was said; "declined to comment", "has not responded to a request for comment" say
    nothing. Quotes, contents before their cue and "according to" always count.
    """
    if quote or not after_cue or cue.lower().startswith("according"):
        return True
    words = content.split(maxsplit=2)
    if not words:
        return False
    if words[0].lower() in TOPIC_PREPOSITIONS and not (
            len(words) > 1 and (words[1][:1].isdigit() or words[1].lower() in _AMOUNTS)) \
            and _CLAUSE_MARK.search(content) is None and len(content.split()) <= _TOPIC_WORDS:
        return False  # but "says about 60 members ...", "said on Monday that ..." are claims
    if _DURATION.match(content.strip()) is not None:
        return False  # "that he has been railing against for weeks": how long, not what
    return _NO_COMMENT.match(content.strip()) is None


def find_attributions(article: Article, gazetteer: Gazetteer | None = None,
                      tokens: BlockTokens | None = None) -> list[Found]:
    """Every attribution in the body (highlights and title aside), in reading order
    (``frames.find_in_blocks``); ``gazetteer`` is the article's, when one is made already,
    and ``tokens`` its block tokens (``block_tokens``), which the blocks read are kept in."""
    by_block: dict[int, list[tuple[int, int]]] = {}
    for s in article.sentences:
        by_block.setdefault(s.block, []).append((s.start, s.end))
    if tokens is None:
        tokens = block_tokens(article)
    return find_in_blocks([
        None if block.kind is BlockKind.HIGHLIGHT or bi not in by_block
        else Paragraph(block.text, block.start, by_block[bi], tokens.block(bi))
        for bi, block in enumerate(article.blocks)],
        gazetteer or Gazetteer(article.text, article.meta.title))


def block_tokens(article: Article) -> BlockTokens:
    """The tokens of the article's blocks, each block read once: by ``find_attributions``,
    then by the resolver for the sentences that pronouns look back at."""
    return BlockTokens(article.text, [(b.start, b.end) for b in article.blocks])


def find_sources(article: Article, options: AnalysisOptions) -> tuple[Source, ...]:
    """Every source the article attributes something to, in order of first appearance."""
    gazetteer = Gazetteer(article.text, article.meta.title)
    tokens = block_tokens(article)
    found = find_attributions(article, gazetteer, tokens)
    if not found:
        return ()
    starts = [s.start for s in article.sentences]
    text = article.text
    resolver = Resolver(text, starts, gazetteer, tokens)
    attributions: list[Attribution] = []
    issued: list[tuple[int, str, Entity]] = []
    """(cue offset, cue, source) of each attribution: who posted, tweeted, stated."""
    for f in found:
        if f.source is not None and text.startswith(".", f.source[1]):
            web = _WEB_SUFFIX.match(text, f.source[1])
            if web is not None:  # "according to Example.com": the site, not "Example"
                f = dataclasses.replace(f, source=(f.source[0], web.end()))
        if f.source is not None:
            f = _without_according_to(_without_opening_word(f, text, resolver), text)
        surface = text[f.source[0]:f.source[1]] if f.source is not None else None
        antecedent = text[f.antecedent[0]:f.antecedent[1]] if f.antecedent else None
        if not is_claim(text[f.cue[0]:f.cue[1]], text[f.content[0]:f.content[1]], f.quote,
                        f.content[0] >= f.cue[1]):
            continue  # "tweeted about the game", "declined to comment"
        if not states_something(text, f.source, f.cue, f.content, f.quote):
            if surface is not None:
                resolver.note(surface, f.source[0] if f.source else f.cue[0])
            continue  # "found work at the harbour", "the congestion charging scheme"
        if surface is not None:
            quantified = read_quantifier(surface)
            if not quantified.source or _names_nobody(surface, antecedent, resolver):
                continue  # "neither side", "each", "you", "Maybe": nobody in particular
            surface = quantified.group or surface
            contraction = _PRONOUN_CONTRACTIONS.match(surface.strip())
            if contraction is not None:
                surface = contraction.group(1)  # "we'll" -> "we"
        at = f.source[0] if f.source else f.cue[0]
        issuer = _channel_issuer(surface, at, issued, text)
        if issuer is not None:
            resolver.resolve_as(len(attributions), issuer, at)
        else:
            issued.append((f.cue[0], text[f.cue[0]:f.cue[1]].lower(),
                           resolver.resolve(len(attributions), surface, at, antecedent,
                                            f.content)))
        source = f.source if f.source is not None else f.cue
        attributions.append(Attribution(
            source=article.span(*source),
            cue=article.span(*f.cue),
            content=_content_span(article, f),
            quote=f.quote,
            sentence=max(0, bisect.bisect_right(starts, f.cue_at) - 1),
        ))
    sources = []
    for r in resolver.finish():
        # each distinct attribution once, in a total order (not a set's, which follows string
        # hashes); the key tells any two attributions apart (a span's text is its offsets')
        by_key = {_order(attributions[i]): attributions[i] for i in r.members}
        sources.append(Source(name=r.name, kind=r.kind, anonymous=r.anonymous,
                              attributions=tuple(by_key[k] for k in sorted(by_key)),
                              aliases=r.aliases))
    sources.sort(key=lambda s: (s.attributions[0].cue.start, s.attributions[0].content.start,
                                s.name))
    return tuple(sources)


def _order(a: Attribution) -> tuple[int, int, int, bool, int, int, int, int, str, str, str]:
    """The order of a source's attributions: by cue, then content, then the rest."""
    return (a.cue.start, a.content.start, a.content.end, a.quote, a.source.start, a.source.end,
            a.cue.end, a.sentence, a.source.plain, a.cue.plain, a.content.plain)


def _content_span(article: Article, f: Found) -> Span:
    """The content's span; a relative clause's gap filled in what the reader is shown.

    "the regions that Russia says it is annexing": the offsets are those of "it is
    annexing", the text shown is "it is annexing [the regions]" (``attribution.gaps``).
    """
    span = article.span(*f.content)
    if f.gap is None or span.plain != article.text[f.content[0]:f.content[1]]:
        return span
    antecedent = article.text[f.gap[0]:f.gap[1]]
    return dataclasses.replace(span, plain=fill(span.plain, f.gap_at - f.content[0], antecedent))


_OPENING_WORD = re.compile(r"([A-Z][a-z]+),\s+(?=\S)")


def _without_opening_word(f: Found, text: str, resolver: Resolver) -> Found:
    """"Remarkably, economists believe": the source starts after the sentence adverb.

    A word capitalised only because it opens the sentence, set off by a comma before
    the source phrase, is no part of it (``NameEvidence.common_word``, by the article's own
    usage: "Remarkably" is never written capitalised inside a sentence).
    """
    assert f.source is not None
    m = _OPENING_WORD.match(text, f.source[0], f.source[1])
    if m is None or not resolver.names.common_word(m.group(1), lower_use=False):
        return f
    return dataclasses.replace(f, source=(m.end(), f.source[1]))


_ACCORDING_TO = re.compile(r"according\s+to\s+(?=\S)", re.I)


def _without_according_to(f: Found, text: str) -> Found:
    """"..., according to an alert posted by police": the source starts after "according to".

    A source phrase that another cue follows ("posted") keeps the words "according to"
    that open it out of its name ("an alert", not "according to an alert").
    """
    assert f.source is not None
    m = _ACCORDING_TO.match(text, f.source[0], f.source[1])
    if m is None or m.end() >= f.source[1]:
        return f
    return dataclasses.replace(f, source=(m.end(), f.source[1]))


def _no_antecedent(antecedent: str) -> bool:
    """True when the phrase before "that" is no noun phrase: "that" is then a determiner.

    "kept true to that promise" (a preposition before it), "are making that vow" (a lone
    participle): "that" opens the noun phrase "that promise", not a relative clause.
    """
    words = antecedent.split()
    if not words or not words[-1].islower():
        return False
    last = words[-1]
    return last in PREPOSITIONS or (len(words) == 1 and last.endswith("ing"))


def _names_nobody(surface: str, antecedent: str | None, resolver: Resolver) -> bool:
    """True for "you", "one", a question's "who" and a capitalised common word."""
    low = surface.strip().lower()
    if low in _GENERIC:
        return True
    if _PRONOUN_CONTRACTIONS.match(low):
        return False  # "he's", "it's": the pronoun speaks
    if _CONTRACTION.match(low):
        return True  # "you're wondering", "we'll find", "hadn't": no one named
    if low == "who" and antecedent is None and surface.strip()[:1].isupper():
        return True  # "Who knows?"
    if low in _RELATIVES and antecedent is None:
        return True  # "than that offered by ...": a relative pronoun standing for nothing found
    if low == "that" and antecedent is not None and _no_antecedent(antecedent):
        return True  # "making that vow", "kept true to that promise": "that" is a determiner
    return resolver.names.names_nobody(surface)


_CHANNEL_REACH = 600
"""Characters back within which "the post" takes whoever "posted" before it."""


def _channel_issuer(surface: str | None, at: int, issued: list[tuple[int, str, Entity]],
                    text: str) -> Entity | None:
    """Who issued "the post", "the statement": the latest source whose cue names it.

    "The band posted on its page. ... said the post." -> the band: the cue "posted"
    shares the channel's stem. Only a definite description of a channel ("the post",
    "the tweet") looks back, within ``_CHANNEL_REACH`` characters.
    """
    if surface is None:
        return None
    words = surface.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in CHANNEL_WORDS:
        return None
    stem = words[1].rstrip("s")
    for cue_at, cue, entity in reversed(issued):
        if at - cue_at > _CHANNEL_REACH:
            break
        if stem in cue and entity.head not in CHANNEL_WORDS:
            return entity
    return None
