"""The Jinja2 environment that renders briefings to Markdown.

Templates are looked up first in the site's own ``templates/`` folder, then in the
package defaults. A site template can extend a default instead of copying it::

    {% extends "!default/briefing.md.j2" %}

Escaping is a property of the environment, not of each template: ``finalize`` runs on
every ``{{ expression }}`` and writes anything that is not ``Markup`` as inert Markdown
(see ``escape.py``). Templates mark trusted output with the filters below, which
return ``Markup``; ``{{ super() }}`` gives the parent block's (already escaped) output.
Partials are included (``{% include "_card.md.j2" %}``), not called as macros: a
macro's output would be escaped again, as text.

Globals for templates (``views.py``): ``briefing_page``, ``tag_page``, ``section_page``,
``key_point_anchor``, ``key_point_speaker``, ``sentence_anchor``, ``source_blocks``,
``source_rows``,
``description``; filters ``date_label``, ``minutes`` and ``counted`` (``3 | counted("tag")``
gives ``3 tags``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from briefing.render import escape, views

DEFAULT_PREFIX = "!default"


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if isinstance(value, bool):
        return Markup("yes" if value else "no")
    if isinstance(value, int | float):
        return Markup(str(value))
    if isinstance(value, dt.date):
        return Markup(value.isoformat())
    return escape.markdown_text(value)


class _Context(jinja2.runtime.Context):
    """A template context whose ``super()`` gives the parent block's output as ``Markup``.

    That output is template output, its values already escaped by ``finalize``; without
    this, ``{{ super() }}`` in an override would be escaped a second time, as text.
    """

    def super(self, name: str, current: Any) -> Any:
        parent = super().super(name, current)
        if isinstance(parent, jinja2.runtime.BlockReference):
            return _ParentBlock(parent)
        return parent


class _ParentBlock:
    """``super`` in a template: calling it renders the parent block."""

    def __init__(self, block: jinja2.runtime.BlockReference) -> None:
        self._block = block

    def __call__(self) -> Markup:
        return Markup(self._block())


def has_templates(templates_dir: Path | None) -> bool:
    """Whether a site's templates folder holds any template of its own (``*.j2``): only
    those can override the package's, whose briefing page does not show its slug."""
    return templates_dir is not None and templates_dir.is_dir() and any(
        p.is_file() for p in templates_dir.rglob("*.j2"))


def make_environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """A template environment: user templates over package defaults, escaping built in."""
    package = jinja2.PackageLoader("briefing", "render/templates")
    choices: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({DEFAULT_PREFIX: package}, "/")]
    if templates_dir is not None and templates_dir.is_dir():
        choices.append(jinja2.FileSystemLoader(str(templates_dir)))
    choices.append(package)
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(choices),
        autoescape=False,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.context_class = _Context
    env.filters["html"] = lambda v: Markup(escape.html_text(v))
    env.filters["fm"] = escape.front_matter_value
    env.filters["href"] = escape.url_attr
    env.filters["md"] = escape.markdown_text
    env.filters["date_label"] = views.date_label
    env.filters["minutes"] = views.minutes_label
    env.filters["counted"] = views.counted
    env.globals.update(
        briefing_page=views.briefing_page,
        tag_page=views.tag_page,
        section_page=views.section_page,
        key_point_anchor=views.key_point_anchor,
        key_point_speaker=views.key_point_speaker,
        sentence_anchor=views.sentence_anchor,
        source_blocks=views.source_blocks,
        source_rows=views.source_rows,
        description=views.description,
    )
    return env
