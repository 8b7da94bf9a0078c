"""Stage 3, render: ``Briefing`` -> the files of the site, through Jinja2 templates.

``site_files`` gives every generated file as ``{relative path: maker}`` (a maker renders
the file when the publish stage writes it into MkDocs' docs folder; ``render_pages`` does
the same for briefings held in memory):

* one page per briefing (``<slug>.md``, template ``briefing.md.j2``);
* the pages across briefings (``pages.py``), cut into pages that stay small as the site
  grows: home ``index.md`` and ``archive/<yyyy-mm>.md``; ``sources/index.md`` and
  ``sources/<letter>.md``; ``questions/index.md`` and ``questions/<yyyy-mm>.md``;
  ``tags/index.md`` and ``tags/<tag>.md``;
* the Atom feed ``feed.xml`` (``feed.py``) and the JSON export ``briefings.json``
  (``export.py``).

A briefing's page depends on that briefing only; a listing page on the digests
(``digest.py``) of the briefings it lists. Nothing that every page carries grows with the
number of briefings.
Templates: ``environment.make_environment``; views used by templates: ``views.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import jinja2

from briefing.errors import RenderError
from briefing.model import Briefing

if TYPE_CHECKING:
    from briefing.render.digest import Digest

FEED_PATH = "feed.xml"
"""The Atom feed, relative to the site root."""
EXPORT_PATH = "briefings.json"
"""The JSON export of every briefing, relative to the site root."""


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What templates may know about the site as a whole."""

    site_name: str = "Briefings"
    site_url: str | None = None
    """The public address of the site; feed links are relative without it."""
    description: str | None = None
    """One line about the site, for the feed's subtitle."""
    directory_urls: bool = True
    """MkDocs' ``use_directory_urls``: pages live at ``slug/`` rather than ``slug.html``."""
    updated: dt.datetime | None = None
    """The build date from ``SOURCE_DATE_EPOCH``, used where no article gives one."""
    feed_entries: int = 50
    """How many of the newest briefings the Atom feed carries."""
    page_size: int = 50
    """How many briefings one page of the monthly archive or of a month's open questions
    lists on average (at most twice as many), and sources one page of a letter of the
    sources index: a longer listing goes on over more pages (``archive/undated-2.md``), so
    no page grows with the site (``views.paged``)."""


def page_path(slug: str) -> str:
    """Where a briefing's page is written, relative to the output folder (MkDocs' docs)."""
    return f"{slug}.md"


def render_briefing(env: jinja2.Environment, briefing: Briefing, site: SiteInfo) -> str:
    """The Markdown page of one briefing."""
    return render_template(env, "briefing.md.j2", site=site, root="", briefing=briefing,
                           meta=briefing.meta, article=briefing.article,
                           key_points=briefing.key_points, sources=briefing.sources,
                           open_questions=briefing.open_questions,
                           readability=briefing.readability)


FileMaker = Callable[[], Iterable[str]]
"""Makes one generated file's text, in one or more pieces, when the file is written."""


def site_files(env: jinja2.Environment, digests: Sequence[Digest], site: SiteInfo, *,
               page: Callable[[Digest], str], briefing: Callable[[Digest], Briefing],
               export_line: Callable[[Digest], str]) -> dict[str, FileMaker]:
    """Every generated file, keyed by its path relative to the docs folder, each made
    only when it is written: a build holds the digests, not every page at once.

    ``digests`` come newest first (``Digest.sort_key``); listings keep that order.
    ``page`` makes a briefing's page, ``export_line`` its line of the JSON export, and
    ``briefing`` gives back the whole briefing (the feed shows the newest ones in full).
    """
    from briefing.render.export import export_chunks
    from briefing.render.feed import atom_feed
    from briefing.render.pages import listing_pages

    files: dict[str, FileMaker] = {
        page_path(d.slug): functools.partial(_one_piece, page, d) for d in digests}
    for name, make in listing_pages(env, digests, site).items():
        files[name] = functools.partial(_one_piece, make)
    newest = digests[: site.feed_entries]
    files[FEED_PATH] = lambda: (atom_feed([briefing(d) for d in newest], site),)
    files[EXPORT_PATH] = lambda: export_chunks(map(export_line, digests), site)
    return files


def _one_piece(make: Callable[..., str], *args: object) -> tuple[str]:
    return (make(*args),)


def render_pages(env: jinja2.Environment, briefings: Sequence[Briefing], site: SiteInfo,
                 ) -> dict[str, str]:
    """Every generated file of ``briefings`` (newest first, with their slugs), as text:
    ``site_files`` for briefings held in memory."""
    from briefing.render.digest import digest
    from briefing.render.export import export_line

    by_slug = {b.slug: b for b in briefings}  # slugs are unique in a site
    files = site_files(env, [digest(b) for b in briefings], site,
                       page=lambda d: render_briefing(env, by_slug[d.slug], site),
                       briefing=lambda d: by_slug[d.slug],
                       export_line=lambda d: export_line(by_slug[d.slug]))
    return {name: "".join(make()) for name, make in files.items()}


def render_template(env: jinja2.Environment, name: str, **context: object) -> str:
    """Render template ``name``; a missing or broken template is a ``RenderError``."""
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"template not found: {exc.name}", path=name) from exc
    except jinja2.TemplateError as exc:
        where = _template_position(exc) or name
        raise RenderError(f"template error: {exc}", path=where,
                          hint="check the template in templates/") from exc


def _template_position(exc: jinja2.TemplateError) -> str | None:
    """``file:line`` of the template where ``exc`` arose: from a syntax error's own
    position, else from the innermost template frame of the traceback (Jinja gives those
    frames the template's file name and line)."""
    filename, lineno = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    if filename and lineno:
        return f"{filename}:{lineno}"
    position = None
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code.co_filename
        if code.endswith(".j2"):
            position = f"{code}:{tb.tb_lineno}"
        tb = tb.tb_next
    return position
