"""Stage 3, render: ``Briefing`` -> Markdown pages, through Jinja2 templates.

``render_pages`` returns every generated file as ``{relative path: text}``; the
publish stage writes them. Templates: ``environment.make_environment``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import jinja2

from briefing.errors import RenderError
from briefing.model import Block, Briefing, KeyPoint, KeyPointOrigin, Sentence


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What templates may know about the site as a whole."""

    site_name: str = "Briefings"
    site_url: str | None = None


def _sentences_of(briefing: Briefing):  # type: ignore[no-untyped-def]
    by_block: dict[int, list[Sentence]] = {}
    for s in briefing.article.sentences:
        by_block.setdefault(s.block, []).append(s)
    index = {id(b): i for i, b in enumerate(briefing.article.blocks)}

    def sentences_of(block: Block) -> list[Sentence]:
        return by_block.get(index[id(block)], [])

    return sentences_of


def key_point_anchor(briefing: Briefing, point: KeyPoint) -> str:
    """The id of the source-text element a key point links to."""
    if point.origin is KeyPointOrigin.HIGHLIGHT:
        highlights = [b for b in briefing.article.blocks if b.kind.value == "highlight"]
        for i, b in enumerate(highlights):
            if briefing.article.span(b.start, b.end) == point.span:
                return f"h-{i}"
    if point.sentence is not None:
        return f"s-{point.sentence}"
    return "source-text"


def description(briefing: Briefing) -> str:
    """A one-sentence description of the briefing, for meta tags."""
    if briefing.key_points:
        return briefing.key_points[0].span.plain
    return briefing.meta.title


def render_briefing(env: jinja2.Environment, briefing: Briefing, site: SiteInfo) -> str:
    """The Markdown page of one briefing."""
    return _render(env, "briefing.md.j2", site=site, briefing=briefing, meta=briefing.meta,
                   article=briefing.article, key_points=briefing.key_points,
                   sources=briefing.sources, open_questions=briefing.open_questions,
                   readability=briefing.readability, blocks=briefing.article.blocks,
                   sentences_of=_sentences_of(briefing), description=description(briefing),
                   anchor=lambda p: key_point_anchor(briefing, p))


def render_index(env: jinja2.Environment, briefings: Sequence[Briefing], site: SiteInfo) -> str:
    """The home page listing every briefing."""
    return _render(env, "index.md.j2", site=site, briefings=list(briefings))


def render_pages(env: jinja2.Environment, briefings: Sequence[Briefing],
                 site: SiteInfo) -> dict[str, str]:
    """Every generated page, keyed by its path relative to the briefings folder."""
    pages = {f"{b.slug}.md": render_briefing(env, b, site) for b in briefings}
    pages["index.md"] = render_index(env, briefings, site)
    return pages


def _render(env: jinja2.Environment, name: str, **context: object) -> str:
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"template not found: {exc.name}", path=name) from exc
    except jinja2.TemplateError as exc:
        where = getattr(exc, "filename", None) or name
        lineno = getattr(exc, "lineno", None)
        raise RenderError(f"template error: {exc}", path=f"{where}:{lineno}" if lineno else where,
                          hint="check the template in templates/") from exc
