"""The pages across briefings: home, sources index, open questions, tags.

Each page lists only what it is about, so a changed briefing changes its own page and
the listings it appears in, and nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence

import jinja2
from markupsafe import Markup

from briefing.model import Briefing
from briefing.render import EXPORT_PATH, FEED_PATH, SiteInfo, render_template
from briefing.render.views import by_date, letters, question_groups, source_index, tag_groups

HOME = "index.md"
SOURCES = "sources.md"
QUESTIONS = "questions.md"
TAGS = "tags/index.md"

NAV: tuple[tuple[str, str], ...] = (
    ("Home", HOME),
    ("Sources", SOURCES),
    ("Open questions", QUESTIONS),
    ("Tags", TAGS),
)
"""The site's sections: the navigation lists these, never the briefings themselves."""


def default_nav() -> list[dict[str, str]]:
    """The ``nav`` of mkdocs.yml, for sites that do not set one."""
    return [{title: path} for title, path in NAV]


def listing_pages(env: jinja2.Environment, briefings: Sequence[Briefing],
                  site: SiteInfo) -> dict[str, str]:
    """Home, sources, open questions, the tag index and one page per tag."""
    common = {"site": site, "feed_path": Markup(FEED_PATH), "export_path": Markup(EXPORT_PATH)}
    tags = tag_groups(briefings)
    sources = source_index(briefings)
    pages = {
        HOME: render_template(env, "index.md.j2", root="", briefings=list(briefings),
                              groups=by_date(briefings), **common),
        SOURCES: render_template(env, "sources.md.j2", root="",
                                 named=letters(e for e in sources if not e.anonymous),
                                 anonymous=[e for e in sources if e.anonymous], **common),
        QUESTIONS: render_template(env, "questions.md.j2", root="",
                                   groups=by_date([g.briefing for g in
                                                   question_groups(briefings)]), **common),
        TAGS: render_template(env, "tags.md.j2", root="../", tags=tags, **common),
    }
    for tag in tags:
        pages[f"tags/{tag.slug}.md"] = render_template(env, "tag.md.j2", root="../", tag=tag,
                                                       groups=by_date(tag.briefings), **common)
    return pages
