"""Peer summarisers for the key-point evaluation: LEAD-3, sumy LexRank and TextRank.

sumy's own ``Tokenizer`` needs NLTK's punkt data, which cannot be downloaded here, so the
peers get ``OfflineTokenizer``: sentences from briefing's ``split_sentences`` (blingfire),
words from a regular expression. The stemmer is NLTK's Snowball stemmer (pure code, no data)
through sumy's ``Stemmer``, and the stop words are the list that ships inside sumy.

To compare like with like, the peers choose among the very sentences our ingest split
(``sumy_document``), so any difference comes from the ranking, not from the splitting.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence  # type: ignore[import-untyped]
from sumy.nlp.stemmers import Stemmer  # type: ignore[import-untyped]
from sumy.summarizers._summarizer import AbstractSummarizer  # type: ignore[import-untyped]
from sumy.summarizers.lex_rank import LexRankSummarizer  # type: ignore[import-untyped]
from sumy.summarizers.text_rank import TextRankSummarizer  # type: ignore[import-untyped]
from sumy.utils import get_stop_words  # type: ignore[import-untyped]

from briefing.ingest.assemble import split_sentences
from briefing.model import Article

LANGUAGE = "english"
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")


class OfflineTokenizer:
    """A drop-in for ``sumy.nlp.tokenizers.Tokenizer`` that needs no NLTK data."""

    language = LANGUAGE

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of ``paragraph``, split by blingfire."""
        return tuple(paragraph[s:e] for s, e in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Words of ``sentence``: runs of letters and digits, inner apostrophes kept."""
        return tuple(_WORD.findall(sentence))


TOKENIZER = OfflineTokenizer()


def sumy_document(article: Article) -> ObjectDocumentModel:
    """The article's body sentences, grouped by block, as a sumy document."""
    paragraphs: dict[int, list[Sentence]] = {}
    for s in article.sentences:
        paragraphs.setdefault(s.block, []).append(Sentence(s.text, TOKENIZER))
    return ObjectDocumentModel(Paragraph(v) for _, v in sorted(paragraphs.items()))


def _summarizer(cls: type[AbstractSummarizer]) -> AbstractSummarizer:
    summarizer = cls(Stemmer(LANGUAGE))
    summarizer.stop_words = get_stop_words(LANGUAGE)
    return summarizer


def _sumy(summarizer: AbstractSummarizer) -> Callable[[Article, int], list[str]]:
    def run(article: Article, count: int) -> list[str]:
        if not article.sentences:
            return []
        return [str(s) for s in summarizer(sumy_document(article), count)]

    return run


def lead(article: Article, count: int) -> list[str]:
    """The first ``count`` body sentences."""
    return [s.text for s in article.sentences[:count]]


lexrank = _sumy(_summarizer(LexRankSummarizer))
"""sumy LexRank at ``count`` sentences (returned in document order, as sumy does)."""
textrank = _sumy(_summarizer(TextRankSummarizer))
"""sumy TextRank at ``count`` sentences (returned in document order, as sumy does)."""

PEERS: dict[str, Callable[[Article, int], list[str]]] = {
    "LEAD-3": lead,
    "sumy LexRank": lexrank,
    "sumy TextRank": textrank,
}
