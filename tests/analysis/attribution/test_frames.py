"""Frames across paragraphs: quotations that go on, and who they go on for."""

from __future__ import annotations

from briefing.analysis.attribution.blocks import Found
from briefing.analysis.attribution.continuations import name_words
from briefing.analysis.attribution.frames import Paragraph, find_in_blocks
from briefing.ingest.assemble import split_sentences


def paragraphs(*blocks: str | None) -> tuple[str, list[Paragraph | None]]:
    """The article text of ``blocks`` ("\\n\\n" apart) and its paragraphs; None: a highlight."""
    out: list[Paragraph | None] = []
    text = ""
    for block in blocks:
        if text:
            text += "\n\n"
        if block is None:
            text += "*"
            out.append(None)
            continue
        start = len(text)
        text += block
        bounds = [(start + s, start + e) for s, e in split_sentences(block)]
        out.append(Paragraph(block, start, bounds))
    return text, out


def read(*blocks: str | None) -> list[tuple[str | None, str, str]]:
    """(source, cue, quotation) of every quote attribution of ``blocks``."""
    text, paras = paragraphs(*blocks)

    def span(s: tuple[int, int] | None) -> str | None:
        return text[s[0]:s[1]] if s is not None else None

    found: list[Found] = find_in_blocks(paras)
    return [(span(f.source), text[f.cue[0]:f.cue[1]], text[f.content[0]:f.content[1]])
            for f in found if f.quote]


def test_name_words_leave_out_titles_and_pronouns() -> None:
    assert name_words("Ada Okafor, the union leader,") == {"ada", "okafor"}
    assert name_words("Mr. Reed’s") == {"reed"}
    assert name_words("She") == frozenset()


def test_a_highlight_between_paragraphs_ends_the_quotation() -> None:
    assert read("“We are not moving,” Ada Okafor said.", "“We will stay out.”") == [
        ("Ada Okafor", "said", "We are not moving"),
        ("Ada Okafor", "said", "We will stay out.")]
    assert read("“We are not moving,” Ada Okafor said.", None, "“We will stay out.”") == [
        ("Ada Okafor", "said", "We are not moving")]


def test_sentences_that_open_without_a_name_do_not_end_the_quotation() -> None:
    # a sentence opening with a number, a possessive, an organisation or a place: nobody
    for between in ("30 workers joined the strike.", "Tom Reed’s depot shut.",
                    "Acme Corp closed the depot.", "Harbour Road was closed."):
        assert read(f"“We are not moving,” Ada Okafor said. {between}",
                    "“We will stay out.”")[-1] == (
            "Ada Okafor", "said", "We will stay out."), between


def test_earlier_paragraphs_follow_the_cue_they_take() -> None:
    # the source of "said Mr Joseph" is read before the paragraphs that take its cue
    found = read("“The plant will close.", "“We lose our jobs,” said Mr Joseph.")
    assert found == [("Mr Joseph", "said", "We lose our jobs"),
                     ("Mr Joseph", "said", "The plant will close.")]
