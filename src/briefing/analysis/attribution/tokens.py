"""Words and punctuation of a block, with their offsets in ``Article.text``.

The attribution rules work on tokens rather than characters: a token is a word
("O’Malley’s", "U.S.", "Mr."), one punctuation mark, or a quotation mark (``''`` and
````` `` ````` count as one mark, as in some wire copy).
"""

from __future__ import annotations

import re
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
# One pass that takes a word with the period after it; ``tokenize`` gives the period back
# unless the word is an abbreviation ("Mr.", "Calif.") or a middle initial ("Mark S. Kirk").
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
    """The tokens of ``text``; offsets are shifted by ``offset``."""
    # Hot path (every block of every article): tokens are made with ``tuple.__new__``,
    # which skips the Python-level ``Token.__new__`` frame (same tuples, ~30% faster).
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
