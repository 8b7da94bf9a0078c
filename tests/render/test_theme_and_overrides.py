"""The plugin's theme hooks (assets, default nav) and template overrides from templates/."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from briefing.errors import RenderError
from briefing.model import Briefing
from briefing.render import SiteInfo, render_briefing, render_pages
from briefing.render.environment import make_environment
from briefing.render.theme import asset_names, ensure_nav

REPO = Path(__file__).resolve().parents[2]


def config_for(tmp_path: Path, extra: str = "") -> Any:
    (tmp_path / "docs").mkdir(parents=True, exist_ok=True)
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: Test\ndocs_dir: docs\ntheme:\n  name: material\n{extra}", encoding="utf-8")
    return load_config(str(tmp_path / "mkdocs.yml"))


def files_for(config: Any) -> Any:
    """The build's files after the plugins' ``on_files`` (where the stylesheet is added)."""
    config.plugins.on_startup(command="build", dirty=False)
    return config.plugins.on_files(get_files(config), config=config)


def test_the_stylesheet_is_added_to_the_build_and_to_every_page(tmp_path: Path) -> None:
    config = config_for(tmp_path, "plugins:\n  - briefing\n")
    files = files_for(config)
    assert "briefing.css" in asset_names()
    css = files.get_file_from_path("assets/briefing/briefing.css")
    assert css is not None and Path(css.abs_src_path or "").read_text("utf-8").startswith("/*")
    assert config.extra_css == ["assets/briefing/briefing.css"]
    config.plugins.on_files(files, config=config)  # a rebuild (mkdocs serve) adds nothing twice
    assert config.extra_css == ["assets/briefing/briefing.css"]
    assert len([f for f in files if f.src_uri == "assets/briefing/briefing.css"]) == 1


def test_a_site_can_replace_the_stylesheet(tmp_path: Path) -> None:
    config = config_for(tmp_path, "plugins:\n  - briefing\n")
    own = tmp_path / "docs" / "assets" / "briefing" / "briefing.css"
    own.parent.mkdir(parents=True)
    own.write_text("/* mine */", encoding="utf-8")
    css = files_for(config).get_file_from_path("assets/briefing/briefing.css")
    assert css is not None and css.abs_src_path == str(own)


def test_default_nav_only_when_the_site_sets_none(tmp_path: Path) -> None:
    config = config_for(tmp_path)
    ensure_nav(config)
    assert [next(iter(item)) for item in config.nav] == ["Home", "Sources", "Open questions",
                                                        "Tags"]
    own = config_for(tmp_path / "own", "nav:\n  - Start: index.md\n")
    ensure_nav(own)
    assert own.nav == [{"Start": "index.md"}]


def test_the_repository_mkdocs_yml_lists_sections_only() -> None:
    config = load_config(str(REPO / "mkdocs.yml"))
    assert [next(iter(item)) for item in config.nav] == ["Home", "Sources", "Open questions",
                                                        "Tags"]
    assert config.theme["font"] is False
    assert "navigation.instant" not in config.theme["features"]
    assert "material/search" in config.plugins and "briefing" in config.plugins


OVERRIDE = """\
{% extends "!default/briefing.md.j2" %}
{% block readability %}
## How long it takes

{% set short, long = readability.briefing, readability.source %}
{{ short.reading_time_minutes | minutes }} instead of {{ long.reading_time_minutes | minutes }}.

{% endblock %}
{% block tags %}{% endblock %}
"""


def test_an_override_extends_the_default_and_replaces_one_block(
        tmp_path: Path, briefing: Briefing) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(OVERRIDE, encoding="utf-8")
    page = render_briefing(make_environment(templates), briefing, SiteInfo())
    default = render_briefing(make_environment(), briefing, SiteInfo())
    assert "## How long it takes\n\nunder 1 min instead of 2 min." in page
    assert "## Readability" not in page and "## Readability" in default
    assert "## Key points" in page and "## Source text" in page  # the rest is the default's


def test_a_partial_can_be_overridden_by_name(tmp_path: Path, briefing: Briefing) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "_card.md.j2").write_text(
        "- [{{ b.meta.title }}]({{ briefing_page(b, root) }}) — {{ b.meta.publisher }}\n",
        encoding="utf-8")
    pages = render_pages(make_environment(templates), [briefing], SiteInfo())
    assert ("- [Council approves the harbour plan](council-approves-the-harbour-plan.md)"
            " — The Gazette") in pages["index.md"]


def test_override_values_are_still_escaped(tmp_path: Path,
                                           article_file: Callable[..., Any],
                                           briefing_of: Callable[..., Briefing]) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text("# {{ meta.title }}\n", encoding="utf-8")
    evil = briefing_of(article_file("e.md", title='"<img src=x onerror=alert(1)> *x*"'))
    page = render_briefing(make_environment(templates), evil, SiteInfo())
    assert page.startswith("# &lt;img src") and "<img" not in page
    assert "*x*" not in page and "&#42;x&#42;" in page


def test_a_broken_override_names_the_file_and_line(tmp_path: Path, briefing: Briefing) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text("# ok\n{{ meta.nonexistent_field }}\n",
                                              encoding="utf-8")
    with pytest.raises(RenderError) as caught:
        render_briefing(make_environment(templates), briefing, SiteInfo())
    assert caught.value.path is not None and caught.value.path.endswith("briefing.md.j2:2")


def test_the_example_in_templates_readme_renders(tmp_path: Path, briefing: Briefing) -> None:
    readme = (REPO / "templates" / "README.md").read_text("utf-8")
    example = re.search(r"```jinja\n(.*?)```", readme, re.S)
    assert example is not None
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(example.group(1), encoding="utf-8")
    page = render_briefing(make_environment(templates), briefing, SiteInfo())
    assert "## Readability" not in page and "## Key points" in page
