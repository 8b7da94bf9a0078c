"""Stage 3, render: ``Briefing`` -> the files of the site, through Jinja2 templates.

``render_pages`` returns every generated file as ``{relative path: text}``; the
publish stage writes them into MkDocs' docs folder:

* one page per briefing (``<slug>.md``, template ``briefing.md.j2``);
* the pages across briefings (``pages.py``), cut into pages that stay small as the site
  grows: home ``index.md`` and ``archive/<yyyy-mm>.md``; ``sources/index.md`` and
  ``sources/<letter>.md``; ``questions/index.md`` and ``questions/<yyyy-mm>.md``;
  ``tags/index.md`` and ``tags/<tag>.md``;
* the Atom feed ``feed.xml`` (``feed.py``) and the JSON export ``briefings.json``
  (``export.py``).

A briefing's page depends on that briefing only; a listing page on the briefings it
lists. Nothing that every page carries grows with the number of briefings.
Templates: ``environment.make_environment``; views used by templates: ``views.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import jinja2

from briefing.errors import RenderError
from briefing.model import Briefing

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


def render_briefing(env: jinja2.Environment, briefing: Briefing, site: SiteInfo) -> str:
    """The Markdown page of one briefing."""
    return render_template(env, "briefing.md.j2", site=site, root="", briefing=briefing,
                           meta=briefing.meta, article=briefing.article,
                           key_points=briefing.key_points, sources=briefing.sources,
                           open_questions=briefing.open_questions,
                           readability=briefing.readability)


def render_pages(env: jinja2.Environment, briefings: Sequence[Briefing], site: SiteInfo,
                 *, page: Callable[[Briefing], str] | None = None) -> dict[str, str]:
    """Every generated file, keyed by its path relative to the docs folder.

    ``briefings`` come newest first (``pipeline.sort_briefings``); listings keep that order.
    ``page`` makes one briefing's page (default: ``render_briefing``); the pipeline passes
    one that reuses cached pages.
    """
    from briefing.render.export import export_json
    from briefing.render.feed import atom_feed
    from briefing.render.pages import listing_pages

    make = page or functools.partial(render_briefing, env, site=site)
    pages = {f"{b.slug}.md": make(b) for b in briefings}
    pages.update(listing_pages(env, briefings, site))
    pages[FEED_PATH] = atom_feed(briefings, site)
    pages[EXPORT_PATH] = export_json(briefings, site)
    return pages


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
