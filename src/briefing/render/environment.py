"""The Jinja2 environment that renders briefings to Markdown.

Templates are looked up first in the site's own ``templates/`` folder, then in the
package defaults. A site template can extend a default instead of copying it::

    {% extends "!default/briefing.md.j2" %}

Escaping is a property of the environment, not of each template: ``finalize`` runs on
every ``{{ expression }}`` and writes anything that is not ``Markup`` as inert Markdown
(see ``escape.py``). Templates mark trusted output with the filters below, which
return ``Markup``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from briefing.render import escape

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
    env.filters["html"] = lambda v: Markup(escape.html_text(v))
    env.filters["fm"] = escape.front_matter_value
    env.filters["href"] = escape.url_attr
    env.filters["md"] = escape.markdown_text
    return env
