"""The pages across briefings: home, sources index, open questions, tags, archive.

Every listing is cut into pages that stay small as the site grows, so a changed briefing
rewrites its own page and a few small listings, never one page that lists everything:

* the home (``index.md``) shows the ``LATEST`` newest briefings, then links to one
  archive page per month (``archive/<yyyy-mm>.md``, ``archive/undated.md``);
* the open questions (``questions/index.md``) show those of the ``LATEST`` newest
  briefings that raise any, then link to one page per month (``questions/<yyyy-mm>.md``);
* the sources index (``sources/index.md``) links to one page per letter
  (``sources/a.md`` ... ``sources/z.md``, ``sources/other.md``), where each source
  shows its claims in its ``SOURCE_LATEST`` newest briefings and counts the rest;
* a month or a letter with more than ``SiteInfo.page_size`` briefings or sources goes on
  over further pages (``archive/undated-2.md``, ``sources/s-2.md``), each linking to all
  the others: undated articles all fall in one month, and a site of ten thousand would
  otherwise have one page of megabytes. The pages are cut where the entries say
  (``views.paged``), so a briefing added or removed rewrites its own page of a listing,
  not the pages after it;
* a tag's page (``tags/<tag>.md``) shows its ``TAG_LATEST`` newest briefings and points
  to the monthly archive for older ones; ``tags/index.md`` lists the tags.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import jinja2
from markupsafe import Markup

from briefing.render import EXPORT_PATH, FEED_PATH, SiteInfo, render_template
from briefing.render.digest import Digest
from briefing.render.views import (
    SourceEntry,
    by_date,
    by_month,
    letters,
    paged,
    question_groups,
    source_index,
    tag_groups,
)

HOME = "index.md"
SOURCES = "sources/index.md"
QUESTIONS = "questions/index.md"
TAGS = "tags/index.md"
ARCHIVE = "archive"
"""The folder of the monthly archive pages."""

LATEST = 30
"""How many of the newest briefings the home and the open questions page show."""
TAG_LATEST = 100
"""How many of its newest briefings a tag's page shows."""
SOURCE_LATEST = 10
"""How many of its newest briefings a source's entry in the sources index shows (a vague
source such as "analysts" or "a senior official" recurs in hundreds of briefings)."""

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


Maker = Callable[[], str]
"""Makes one page's text when it is written (so a build never holds every listing at once)."""


def listing_pages(env: jinja2.Environment, briefings: Sequence[Digest],
                  site: SiteInfo) -> dict[str, Maker]:
    """Home and archive, sources, open questions, the tag index and one page per tag,
    each as a function that renders it. ``briefings`` come newest first."""
    common = {"site": site, "feed_path": Markup(FEED_PATH), "export_path": Markup(EXPORT_PATH)}
    pages: dict[str, Maker] = {}
    pages.update(_home_and_archive(env, briefings, common, site.page_size))
    pages.update(_questions(env, briefings, common, site.page_size))
    pages.update(_sources(env, briefings, common, site.page_size))
    pages.update(_tags(env, briefings, common))
    return pages


def _page(env: jinja2.Environment, template: str, **context: object) -> Maker:
    return functools.partial(render_template, env, template, **context)


def _briefing_key(b: Digest) -> str:
    return f"{b.id}\0{b.slug}"  # the slug tells apart briefings of one file (in tests)


def _source_key(e: SourceEntry) -> str:
    return f"{e.anonymous}\0{e.name}"


def _home_and_archive(env: jinja2.Environment, briefings: Sequence[Digest],
                      common: dict[str, object], size: int) -> dict[str, Maker]:
    latest = list(briefings[:LATEST])
    months = by_month(briefings)
    pages = {HOME: _page(env, "index.md.j2", root="", briefings=latest,
                         total=len(briefings), groups=by_date(latest), months=months,
                         **common)}
    for month in months:
        for pager, shown in paged(month.slug, month.briefings, size, _briefing_key):
            pages[f"{ARCHIVE}/{pager.stem}.md"] = _page(
                env, "archive.md.j2", root="../", month=month, pager=pager,
                groups=by_date(shown), **common)
    return pages


def _questions(env: jinja2.Environment, briefings: Sequence[Digest],
               common: dict[str, object], size: int) -> dict[str, Maker]:
    asked = [g.briefing for g in question_groups(briefings)]
    months = by_month(asked)
    latest = asked[:LATEST]
    pages = {QUESTIONS: _page(env, "questions.md.j2", root="../", groups=by_date(latest),
                              shown=len(latest), total=len(asked), months=months, **common)}
    for month in months:
        for pager, shown in paged(month.slug, month.briefings, size, _briefing_key):
            pages[f"questions/{pager.stem}.md"] = _page(
                env, "questions_month.md.j2", root="../", month=month, pager=pager,
                groups=by_date(shown), **common)
    return pages


def _sources(env: jinja2.Environment, briefings: Sequence[Digest],
             common: dict[str, object], size: int) -> dict[str, Maker]:
    groups = letters(source_index(briefings))
    pages = {SOURCES: _page(env, "sources.md.j2", root="../", letters=groups, **common)}
    for group in groups:
        entries = [*group.named, *group.anonymous]
        for pager, shown in paged(group.slug, entries, size, _source_key):
            named = tuple(e for e in shown if not e.anonymous)
            anonymous = tuple(e for e in shown if e.anonymous)
            pages[f"sources/{pager.stem}.md"] = _page(
                env, "sources_letter.md.j2", root="../", group=group, pager=pager,
                named=named, anonymous=anonymous, latest=SOURCE_LATEST, **common)
    return pages


def _tags(env: jinja2.Environment, briefings: Sequence[Digest],
          common: dict[str, object]) -> dict[str, Maker]:
    tags = tag_groups(briefings)
    pages = {TAGS: _page(env, "tags.md.j2", root="../", tags=tags, **common)}
    for tag in tags:
        shown = tag.briefings[:TAG_LATEST]
        pages[f"tags/{tag.slug}.md"] = _page(
            env, "tag.md.j2", root="../", tag=tag, shown=len(shown), groups=by_date(shown),
            **common)
    return pages
