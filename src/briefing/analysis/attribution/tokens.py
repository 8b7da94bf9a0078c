"""Words and punctuation of a block, with their offsets in ``Article.text``.

The attribution rules work on tokens rather than characters: a token is a word
("O’Malley’s", "U.S.", "Mr."), one punctuation mark, or a quotation mark (``''`` and
````` `` ````` count as one mark, as in some wire copy).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

# Titles and other abbreviations whose period belongs to the word.
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Sen|Rep|Reps|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev|Gens|"
    "Jr|Sr|St|Pres|Atty|Supt|Insp|Cpl|Pvt|Amb|Hon|Messrs|Mmes|Inc|Co|Corp|Ltd|Bros|Dept|Univ|"
    "No|Nos|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    "Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo"
)
_ABBREVIATION_SET = frozenset(_ABBREVIATIONS.split("|"))
# One pass that takes a word with the period after it; ``tokenize_by_match`` gives the period
# back unless the word is an abbreviation ("Mr.", "Calif.") or a middle initial ("Mark S. Kirk").
#
# Speed: the pattern is run over every block, so two guards come first that change no match.
# ``(?=\S)`` lets the search skip a space without trying every branch (every branch starts
# with a non-space); a plain ASCII word with no apostrophe, hyphen, period or other word
# character after it is what the ``\w+`` branch would take anyway, read in one step.
_TOKEN = re.compile(
    r"(?=\S)(?:"
    r"[A-Za-z]+(?![\w.’'\-])"  # a plain word: the same match as the ``\w+`` branch below
    r"|\d+(?:[.,]\d+)+%?"  # 3.2, 125,000
    r"|(?:[A-Za-z]\.){2,}(?![A-Za-z])"  # U.S., F.B.I.
    r"|\w+(?:[’'\-]\w+)*(?:(?<=s)[’'](?![\w’']))?\.?"  # words, O’Malley’s, Growers’, Mr.
    r"|''|``|--|[^\w\s])",  # quotation marks and single punctuation
)

# The same tokens in one ``re.split`` (``tokenize``'s fast path): the pattern never takes a
# period after a word, except where ``tokenize_by_match`` keeps it for an abbreviation (before
# a space, a comma or the end: ``_keeps_period``), so the period left is matched on its own,
# as ``[^\w\s]``. Every non-space character starts a token, so the pieces between tokens are
# white space only and the offsets are running sums of the pieces' lengths. The lookahead
# before the abbreviations only skips trying them for words that are none.
_SPLIT = re.compile(
    r"(?=\S)("
    r"[A-Za-z]+(?![\w.’'\-])"
    r"|\d+(?:[.,]\d+)+%?"
    r"|(?:[A-Za-z]\.){2,}(?![A-Za-z])"
    r"|(?=[A-Za-z]{2,6}\.)(?:" + _ABBREVIATIONS + r")\.(?=[ \t\n\r,\u00a0]|\Z)"
    r"|\w+(?:[’'\-]\w+)*(?:(?<=s)[’'](?![\w’']))?"
    r"|''|``|--|[^\w\s])",
)
# Where the fast path could differ from ``tokenize_by_match``: a web name ("CNN.com"), and a
# possible middle initial, that is a capital word character (of one character, so not after a
# letter: only a number can end a token right before a word character) with a period and a
# space after it ("Mark S. Kirk"). The pattern opens with the period, so the search is a quick
# scan for periods; it finds more than initials ("the U.S. Army"), which only costs speed.
_SLOW_CASES = re.compile(r"\.(?:com|org|net|(?<=(?<![^\W\d])[^\W\d_a-z]\.)\s)")

_SHORT = 40
"""Texts shorter than this (a name, a phrase) are read one match at a time: quicker there."""

_WEB_ENDS = frozenset({"com", "org", "net"})
"""Last parts of a web name that the period before joins to the word ("CNN.com")."""

QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "„", "«", "»"})
"""Double quotation marks (single ones are too often apostrophes to trust)."""


class Token(NamedTuple):
    """One token: its text, and where it stands in ``Article.text``."""

    text: str
    start: int
    end: int
    lower: str
    """The text in lower case."""

    @property
    def is_word(self) -> bool:
        """True for words and numbers, False for punctuation."""
        return self.text[0].isalnum() or self.text[0] == "$"

    @property
    def is_capitalized(self) -> bool:
        """True when the token starts with a capital letter."""
        return self.text[0].isupper()

    @property
    def is_quote(self) -> bool:
        """True for a double quotation mark."""
        return self.text in QUOTE_MARKS


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """The tokens of ``text``; offsets are shifted by ``offset``.

    The same tokens as ``tokenize_by_match``, the clear form, made without a Python step
    per token: one ``re.split`` and C-level maps (a quarter less time on a block). Text with
    a web name or a possible middle initial, where a token's period depends on the words
    around it, goes the clear way.
    """
    if len(text) < _SHORT or _SLOW_CASES.search(text) is not None:
        return tokenize_by_match(text, offset)
    return tokenize_by_split(text, offset)


def tokenize_by_split(text: str, offset: int = 0) -> tuple[Token, ...]:
    """``tokenize`` of a text in which ``_SLOW_CASES`` finds nothing, in one ``re.split``."""
    parts = _SPLIT.split(text)  # white space, token, white space, ..., token, white space
    words = parts[1::2]
    bounds = list(accumulate(map(len, parts), initial=offset))  # token i: 2i + 1 to 2i + 2
    # ``tuple.__new__`` makes each ``Token`` without the Python-level ``Token.__new__``
    return tuple(map(tuple.__new__, repeat(Token), zip(
        words, bounds[1:-1:2], bounds[2::2], map(str.lower, words), strict=True)))


def tokenize_by_match(text: str, offset: int = 0) -> tuple[Token, ...]:
    """``tokenize`` one match at a time: each word's period is given back unless the word
    is an abbreviation or a middle initial, and "CNN" "." "com" are joined."""
    # tokens are made with ``tuple.__new__``, which skips the Python-level
    # ``Token.__new__`` frame (same tuples, ~30% faster)
    out: list[Token] = []
    append = out.append
    new = tuple.__new__
    for m in _TOKEN.finditer(text):
        word = m.group()
        start = m.start() + offset
        if word[-1] == "." and len(word) > 1 and "." not in word[:-1] \
                and not _keeps_period(word[:-1], text, m.end()):
            core = word[:-1]
            if core in _WEB_ENDS:
                start = _join_web_name(out, core, start)
                core = text[start - offset:m.end() - 1]
            end = start + len(core)
            append(new(Token, (core, start, end, core.lower())))
            append(new(Token, (".", end, end + 1, ".")))
            continue
        if word in _WEB_ENDS:
            start = _join_web_name(out, word, start)
            word = text[start - offset:m.end()]
        append(new(Token, (word, start, start + len(word), word.lower())))
    return tuple(out)


def _join_web_name(out: list[Token], last: str, start: int) -> int:
    """Where "CNN.com" starts when ``last`` ("com") follows a word and a period with no
    space: the two tokens before are taken back from ``out``. Else ``start`` as it is."""
    if len(out) >= 2 and out[-1][0] == "." and out[-1][2] == start \
            and out[-2][2] == out[-1][1] and out[-2][0][0].isalnum():
        first = out[-2][1]
        del out[-2:]
        return first
    return start


def _keeps_period(core: str, text: str, end: int) -> bool:
    """True for "Mr." before a space or comma, and for a middle initial ("S. Kirk")."""
    after = text[end:end + 2]
    if core in _ABBREVIATION_SET:
        return not after or after[0] in " \t\n\r,\u00a0"
    return len(core) == 1 and core.isupper() and len(after) == 2 and after[0].isspace() \
        and after[1].isupper()


_start = itemgetter(1)
_end = itemgetter(2)
_PLAIN_SPACE = frozenset(" \t\n\r\u00a0")
"""White space after which an abbreviation keeps its period, as at the end of the text."""


class BlockTokens:
    """The tokens of one article's blocks, each block read once, and of any stretch of text
    inside a block (``between``), taken from the block's tokens where they are the same."""

    def __init__(self, text: str, blocks: Sequence[tuple[int, int]]) -> None:
        """``blocks``: the (start, end) offsets in ``text`` of the blocks, in order."""
        self.text = text
        self._starts = [s for s, _ in blocks]
        self._ends = [e for _, e in blocks]
        self._tokens: dict[int, tuple[Token, ...]] = {}

    def block(self, index: int) -> tuple[Token, ...]:
        """``tokenize`` of block ``index``, read when first asked for."""
        toks = self._tokens.get(index)
        if toks is None:
            start = self._starts[index]
            toks = self._tokens[index] = tokenize(self.text[start:self._ends[index]], start)
        return toks

    def between(self, start: int, end: int) -> list[Token]:
        """``tokenize(text[start:end], start)``, as a list, taken from the block's tokens
        where they read the same.

        A token depends only on its stretch of non-space text and, past the white space
        that ends the stretch, on one more character (the capital after a middle initial,
        "S. Kirk"; the kind of space after an abbreviation, "Mr."). So when ``start`` opens
        a stretch (it opens the block or follows white space), the text reads as the block
        does if it ends with the block, or if its last word is no possible initial ("S.")
        and ends in white space or before a plain space; else the block's tokens hold up to
        the last white space before ``end - 1``, and the words after it are read again.
        """
        text = self.text
        b = bisect_right(self._starts, start) - 1
        if b < 0 or end > self._ends[b] or (start > self._starts[b]
                                             and not text[start - 1].isspace()):
            return list(tokenize(text[start:end], start))
        k = end  # past the last word
        while k > start and text[k - 1].isspace():
            k -= 1
        if end == self._ends[b] or ((k < end or text[end] in _PLAIN_SPACE) and not (
                k - 2 >= start and text[k - 1] == "." and text[k - 2].isupper())):
            toks = self.block(b)
            i = bisect_left(toks, start, key=_start)
            return list(toks[i:bisect_right(toks, end, key=_end, lo=i)])
        w = end - 2
        while w >= start and not text[w].isspace():
            w -= 1
        if w < start:
            return list(tokenize(text[start:end], start))
        toks = self.block(b)
        i = bisect_left(toks, start, key=_start)
        j = bisect_right(toks, w, key=_end, lo=i)
        return [*toks[i:j], *tokenize(text[w + 1:end], w + 1)]
