"""Whether a named source is a "he" or a "she", when the article makes it clear.

Only clear evidence counts, so that "she" does not take a man named before it and "he"
not a woman: a gendered word said of the source ("spokeswoman", "actress", "his
wife"), the honorific the article writes before the source's last name ("Mr Okafor",
"Mrs Okafor", "Ms Okafor"; when the article writes both, there is no answer), or a
common first name that is given to one gender only. Anything else gives no answer,
and a pronoun may then take the source as before.
"""

from __future__ import annotations

from collections.abc import Iterable


def _listed(names: str) -> list[str]:
    """The words of a block of names, one space or line apart."""
    return names.split()


_FEMALE_WORDS = frozenset({
    "spokeswoman", "congresswoman", "chairwoman", "councilwoman", "businesswoman",
    "actress", "waitress", "mother", "wife", "daughter", "sister", "grandmother", "aunt",
    "niece", "queen", "princess", "duchess", "lady", "dame", "woman", "girl", "mrs", "mrs.",
    "ms", "ms.", "miss", "madam", "baroness", "widow", "girlfriend", "mum", "mom",
    "herself",
})
_MALE_WORDS = frozenset({
    "spokesman", "congressman", "councilman", "businessman", "actor", "father", "husband",
    "son", "brother", "grandfather", "uncle", "nephew", "king", "prince", "duke", "lord",
    "sir", "man", "boy", "mr", "mr.", "baron", "widower", "boyfriend", "dad", "himself",
})
_FEMALE_NAMES = frozenset(_listed("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren
joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa
kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn
beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
alexis kayla hillary sheila claire clare louise fiona gemma hayley chloe sophie lucy
jane susanne ingrid monica angelina jennifer oprah beyonce rihanna serena venus hilary
anne betsy carly heidi ivana ivanka melania tiffany loretta nikki kate katie
"""))
_MALE_NAMES = frozenset(_listed("""
james robert john michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
vincent ralph eugene russell bobby mason philip louis barack vladimir boris tony gordon
ian neil colin graham nigel simon martin steve mike jim bill bob tom dave chris nick ben
sam dan rob greg jeff ken ted ed phil doug pete fred hugh ahmed mohammed muhammad ali
jeb bernie marco rand mitt newt tim curt rafael isaac saeed hassan omar khalid
"""))


def gender_of(name: str, words: Iterable[str], text: str) -> str | None:
    """"he", "she" or None for the source ``name`` described by ``words`` in ``text``."""
    said = {w.lower() for w in words}
    female, male = bool(said & _FEMALE_WORDS), bool(said & _MALE_WORDS)
    if female != male:
        return "she" if female else "he"
    parts = name.split()
    if not parts or not parts[-1][:1].isupper():
        return None
    mr, ms = _honorifics(parts[-1], text)
    if mr != ms:
        return "he" if mr else "she"
    if mr or len(parts) < 2:
        return None
    first = parts[0].lower()
    if first in _FEMALE_NAMES and first not in _MALE_NAMES:
        return "she"
    if first in _MALE_NAMES and first not in _FEMALE_NAMES:
        return "he"
    return None


def _honorifics(last: str, text: str) -> tuple[bool, bool]:
    """Whether ``text`` writes "Mr"/"Mr." and "Mrs"/"Ms"/"Miss" (dot or not) before ``last``."""
    mr = ms = False
    target = " " + last
    k = text.find(target)
    while k >= 0:
        before = text[max(0, k - 4):k]
        mr = mr or before.endswith(("Mr", "Mr."))
        ms = ms or before.endswith(("Mrs", "Mrs.", "Ms", "Ms.", "Miss"))
        k = text.find(target, k + 1)
    return mr, ms


def is_first_name(word: str) -> bool:
    """True when ``word`` is a common first name ("Ada", "Tom") of either gender."""
    low = word.lower()
    return low in _FEMALE_NAMES or low in _MALE_NAMES
